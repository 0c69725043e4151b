"""The SQLite database that Datasette browses and `quotes export` reads.

Design choices, each for a user-visible reason:

* **Deterministic ids** (hashes of what identifies a row), so re-running the same files
  changes nothing and links in Datasette stay valid across runs.
* **One transaction per article**: an article's old quotes are deleted and the new ones
  inserted together, so a run killed half-way leaves every article either fully old,
  fully new or absent -- never half-stored. The next run skips articles whose id and
  content hash are already stored and so continues where it stopped.
* **Denormalised `date` and `publisher` on quotes**, so Datasette can facet and sort the
  quotes table by them without a view (views lose foreign-key labels).
* **Stemmed full-text search**: German inflects heavily ("Atomwaffe", "Atomwaffen",
  "Atomwaffenfähige"), so `quotes_fts` indexes Snowball stems, and queries are stemmed
  the same way (`stem_query`, installed into Datasette by `quotes.serve`).
* **Migrations** (sqlite-utils' `Migrations`): each schema change is a new function
  appended below; existing databases are upgraded when opened.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from .records import Article, Quote

DEFAULT_DB = Path("db") / "quotes.db"

migrations = Migrations("quotes")


# --------------------------------------------------------------------------- ids, stems

def stable_id(*parts: object) -> int:
    """A 52-bit integer from a hash of `parts`: deterministic across runs and machines,
    an INTEGER PRIMARY KEY (so it is also the FTS rowid), and exact in JavaScript."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode())
    return int(h.hexdigest()[:13], 16)


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("german")


@lru_cache(maxsize=1 << 18)
def _stem(word: str) -> str:
    """One lower-cased word's stem, cached: the Snowball stemmer is pure Python (~0.1 ms
    a word) and news vocabulary repeats, so the cache makes storing several times faster."""
    return _stemmer().stemWord(word)


def stems(text: str) -> str:
    """Space-separated Snowball stems of the words in `text` (lower-cased, umlauts folded),
    the form stored in `quotes_fts`."""
    return " ".join(_stem(w.lower()) for w in _WORD.findall(text))


_FTS_BITS = re.compile(r'\s+|(".*?")')


def stem_query(query: str) -> str:
    """A user's search words as an FTS5 query over stems: every word must occur, a
    "quoted phrase" must occur as a phrase. Never raises on odd input (quotes, brackets,
    operators), because it runs on whatever is typed into the search box."""
    if query.count('"') % 2:
        query += '"'
    terms = []
    for bit in _FTS_BITS.split(query or ""):
        if not bit or bit == '""':
            continue
        s = stems(bit.strip('"'))
        if s:
            terms.append(f'"{s}"')
    return " ".join(terms) if terms else '""'


# --------------------------------------------------------------------------- schema

@migrations()
def m001_tables(db: sqlite_utils.Database) -> None:
    """Articles, speakers, outlets and quotes, with foreign keys and facet indexes."""
    db["articles"].create({
        "id": str, "title": str, "publisher": str, "date": str, "url": str, "path": str,
        "text": str, "sha256": str, "quote_count": int,
    }, pk="id")
    db["speakers"].create({"id": int, "name": str, "aliases": str}, pk="id")
    db["outlets"].create({"id": int, "name": str, "type": str}, pk="id")
    # column order = what Datasette shows first: the quote, who, how, where
    db["quotes"].create({
        "id": int, "date": str, "kind": str, "text": str, "speaker_id": int,
        "speaker_mention": str, "cue": str, "outlet_id": int, "article_id": str,
        "publisher": str, "confidence": float, "sentence": str, "start": int, "end": int,
        "speaker_start": int, "speaker_end": int, "cue_start": int, "cue_end": int,
        "rule": str,
    }, pk="id", foreign_keys=[
        ("article_id", "articles", "id"),
        ("speaker_id", "speakers", "id"),
        ("outlet_id", "outlets", "id"),
    ])
    db["speakers"].create_index(["name"], unique=True)
    db["outlets"].create_index(["name"], unique=True)
    for cols in (["article_id"], ["kind"], ["speaker_id"], ["outlet_id"], ["date"],
                 ["publisher"], ["cue"]):
        db["quotes"].create_index(cols)
    db["articles"].create_index(["date"])
    db["articles"].create_index(["publisher"])


@migrations()
def m002_quotes_fts(db: sqlite_utils.Database) -> None:
    """Full-text index over the Snowball stems of each quote; rowid = quotes.id."""
    db.execute("CREATE VIRTUAL TABLE quotes_fts USING fts5("
               "stems, tokenize='unicode61 remove_diacritics 2')")
    for row in db.execute("SELECT id, text FROM quotes").fetchall():
        db.execute("INSERT INTO quotes_fts(rowid, stems) VALUES (?, ?)", [row[0], stems(row[1])])


def open_db(path: str | Path = DEFAULT_DB) -> sqlite_utils.Database:
    """Open (creating it and its folder if needed) and migrate the quotes database."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    # Write-ahead log: a commit (one per article) needs no fsync with synchronous=NORMAL,
    # which makes storing ~5x faster; a killed run still leaves every committed article,
    # and a power cut at worst the last few, never a broken file. Readers (Datasette,
    # also with mode=ro) see each committed article and do not block the writer.
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    migrations.apply(db)
    return db


# --------------------------------------------------------------------------- writing

OUTLET_TYPES = [
    # (substring of the lower-cased name, type): a coarse guess for faceting
    ("nachrichtenagentur", "agency"), ("agentur", "agency"), ("tass", "agency"),
    ("belta", "agency"), ("ria", "agency"), ("interfax", "agency"), ("dpa", "agency"),
    ("afp", "agency"), ("reuters", "agency"), ("ap", "agency"),
    ("telegram", "platform"), ("twitter", "platform"), ("facebook", "platform"),
    ("vk", "platform"), ("youtube", "platform"), ("instagram", "platform"),
    ("fernsehen", "broadcaster"), ("tv", "broadcaster"), ("sender", "broadcaster"),
    ("kanal", "broadcaster"), ("rundfunk", "broadcaster"), ("radio", "broadcaster"),
    ("zeitung", "newspaper"), ("blatt", "newspaper"), ("magazin", "magazine"),
]


def outlet_type(name: str) -> str | None:
    """Outlet type: from the outlet lexicon when the name is in it, else a coarse guess
    from the words of the name (None when unknown)."""
    from . import lexicon

    lex = lexicon.load()
    known = lex.outlet(name)
    if known and lex.outlets[known] != "generic":
        return {"paper": "newspaper"}.get(lex.outlets[known], lex.outlets[known])
    words = set(_WORD.findall(name.lower()))
    low = name.lower()
    for key, kind in OUTLET_TYPES:
        if key in words or (len(key) > 4 and key in low):
            return kind
    return None


def stored_hash(db: sqlite_utils.Database, article_id: str) -> str | None:
    """The content hash stored for `article_id`, or None if it is not stored."""
    row = db.execute("SELECT sha256 FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def is_unchanged(db: sqlite_utils.Database, article: Article) -> bool:
    """True if this article, with this exact text, is already stored (skip it)."""
    return stored_hash(db, article.id) == article.sha256


def quote_id(q: Quote) -> int:
    """Same article, kind and span -> same id, on every run."""
    return stable_id("quote", q.article, q.kind, q.start, q.end)


def unique_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    """`quotes` without repeats of the same kind and span (they would share an id):
    the first one is kept."""
    seen, out = set(), []
    for q in quotes:
        qid = quote_id(q)
        if qid not in seen:
            seen.add(qid)
            out.append(q)
    return out


def save_article(db: sqlite_utils.Database, article: Article, quotes: Iterable[Quote]) -> int:
    """Store `article` and replace its quotes, all in one transaction. Returns the
    number of quotes stored."""
    quotes = unique_quotes(quotes)
    with db.atomic():
        old_speakers = {r[0] for r in db.execute(
            "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ? AND speaker_id IS NOT NULL",
            [article.id])}
        old_outlets = {r[0] for r in db.execute(
            "SELECT DISTINCT outlet_id FROM quotes WHERE article_id = ? AND outlet_id IS NOT NULL",
            [article.id])}
        old_ids = [r[0] for r in db.execute("SELECT id FROM quotes WHERE article_id = ?", [article.id])]
        for i in range(0, len(old_ids), 500):
            chunk = old_ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM quotes_fts WHERE rowid IN ({marks})", chunk)
            db.execute(f"DELETE FROM quotes WHERE id IN ({marks})", chunk)
        db["articles"].upsert({
            "id": article.id, "title": article.title, "publisher": article.publisher,
            "date": article.date, "url": article.url, "path": article.path,
            "text": article.text, "sha256": article.sha256, "quote_count": len(quotes),
        }, pk="id")
        rows = []
        new_speakers = set()
        for q in quotes:
            qid = quote_id(q)
            speaker_id = outlet_id = None
            if q.speaker:
                speaker_id = stable_id("speaker", q.speaker)
                new_speakers.add(speaker_id)
                db["speakers"].insert({"id": speaker_id, "name": q.speaker, "aliases": "[]"},
                                      pk="id", ignore=True)
            if q.outlet:
                outlet_id = stable_id("outlet", q.outlet)
                db["outlets"].insert({"id": outlet_id, "name": q.outlet,
                                      "type": outlet_type(q.outlet)}, pk="id", ignore=True)
            rows.append({
                "id": qid, "article_id": article.id, "date": article.date,
                "publisher": article.publisher, "kind": q.kind, "text": q.text,
                "start": q.start, "end": q.end, "sentence": q.sentence,
                "speaker_id": speaker_id, "speaker_mention": q.speaker_mention,
                "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                "cue": q.cue, "cue_start": q.cue_start, "cue_end": q.cue_end,
                "outlet_id": outlet_id, "confidence": round(float(q.confidence), 3),
                "rule": q.rule,
            })
        if rows:
            db["quotes"].insert_all(rows, pk="id")
            db.conn.executemany("INSERT INTO quotes_fts(rowid, stems) VALUES (?, ?)",
                                [(r["id"], stems(r["text"])) for r in rows])
        _refresh_speakers(db, old_speakers | new_speakers)
        # outlets that only this article's old quotes named (not a scan of all quotes,
        # which would make storing slower with every article stored)
        for oid in old_outlets:
            db.execute("DELETE FROM outlets WHERE id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM quotes WHERE outlet_id = ?)", [oid, oid])
    return len(rows)


def _refresh_speakers(db: sqlite_utils.Database, speaker_ids: set[int]) -> None:
    """Aliases = every distinct mention text attributed to the speaker; a speaker with
    no quotes left is removed. Recomputed, not appended, so re-runs are idempotent."""
    for sid in speaker_ids:
        mentions = sorted({r[0] for r in db.execute(
            "SELECT speaker_mention FROM quotes WHERE speaker_id = ? AND speaker_mention IS NOT NULL",
            [sid])})
        n = db.execute("SELECT count(*) FROM quotes WHERE speaker_id = ?", [sid]).fetchone()[0]
        if n == 0:
            db.execute("DELETE FROM speakers WHERE id = ?", [sid])
        else:
            db.execute("UPDATE speakers SET aliases = ? WHERE id = ?",
                       [json.dumps(mentions, ensure_ascii=False), sid])


def search_quotes(db: sqlite_utils.Database, query: str) -> list[dict]:
    """Quotes whose text contains all words of `query`, in any inflected form."""
    return [dict(r) for r in db.query(
        "SELECT quotes.* FROM quotes JOIN quotes_fts ON quotes_fts.rowid = quotes.id "
        "WHERE quotes_fts MATCH ? ORDER BY quotes.date, quotes.id", [stem_query(query)])]
