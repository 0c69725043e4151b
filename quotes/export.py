"""Quotes out of the database as CSV or JSONL, for spreadsheets, R and pandas.

One flat row per quote with names instead of ids (speaker, outlet, article title), since
that is what a spreadsheet user needs; filters mirror the Datasette facets.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

import sqlite_utils

from .records import KINDS

COLUMNS = ["id", "article_id", "title", "publisher", "date", "url", "kind", "text",
           "speaker", "speaker_mention", "cue", "outlet", "outlet_type", "confidence",
           "start", "end", "sentence"]

SQL = """select quotes.id, quotes.article_id, articles.title, articles.publisher,
  articles.date, articles.url, quotes.kind, quotes.text, speakers.name as speaker,
  quotes.speaker_mention, quotes.cue, outlets.name as outlet, outlets.type as outlet_type,
  quotes.confidence, quotes.start, quotes.end, quotes.sentence
from quotes
  join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
  left join outlets on outlets.id = quotes.outlet_id"""


@dataclass
class Filters:
    """Which quotes to export; None means no restriction. Names match case-insensitively
    and by substring ("putin" matches "Wladimir Putin"); dates compare as ISO strings, so
    "2023" or "2023-04" work as bounds."""

    speaker: str | None = None
    outlet: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.speaker:
            clauses.append("(speakers.name like ? or quotes.speaker_mention like ?)")
            params += [f"%{self.speaker}%"] * 2
        if self.outlet:
            clauses.append("outlets.name like ?")
            params.append(f"%{self.outlet}%")
        if self.kind:
            if self.kind not in KINDS:
                raise ValueError(f"unknown kind {self.kind!r}: use one of {', '.join(KINDS)}")
            clauses.append("quotes.kind = ?")
            params.append(self.kind)
        if self.since:
            clauses.append("articles.date >= ?")
            params.append(self.since)
        if self.until:
            # "2023-04" as an upper bound should include 2023-04-30: compare prefixes
            clauses.append("substr(articles.date, 1, ?) <= ?")
            params += [len(self.until), self.until]
        return (" where " + " and ".join(clauses)) if clauses else "", params


def rows(db: sqlite_utils.Database, filters: Filters | None = None) -> Iterator[dict]:
    """Matching quotes, ordered by date, article and position."""
    where, params = (filters or Filters()).where()
    yield from db.query(SQL + where + " order by articles.date, quotes.article_id, quotes.start",
                        params)


def write(db: sqlite_utils.Database, out: IO[str], fmt: str = "csv",
          filters: Filters | None = None, excel: bool = False) -> int:
    """Write matching quotes to `out` as ``csv`` or ``jsonl``; returns the row count.

    ``excel=True`` starts the file with a UTF-8 byte order mark, without which Excel
    reads UTF-8 CSV as cp1252 and garbles every umlaut and „quote mark“."""
    if fmt not in ("csv", "jsonl"):
        raise ValueError(f"unknown format {fmt!r}: use csv or jsonl")
    if excel:
        out.write("\ufeff")
    n = 0
    if fmt == "csv":
        w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n" if excel else "\n")
        w.writeheader()
        for r in rows(db, filters):
            w.writerow(r)
            n += 1
    else:
        for r in rows(db, filters):
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n


def export(db: sqlite_utils.Database, path: str | None, fmt: str = "csv",
           filters: Filters | None = None, excel: bool = False) -> int:
    """`write` to a file (``None`` or ``-``: stdout)."""
    if path in (None, "-"):
        return write(db, sys.stdout, fmt, filters, excel)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        return write(db, fh, fmt, filters, excel)
