"""Word lists the rules consult, read once from ``quotes/data/*.tsv``.

The lists are data, not code: each file says in its header where its entries come from,
and adding a speech verb or an outlet needs no change to the rules.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#") and line.strip()]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: dict[str, tuple[str, float]]  # lemma -> (kind, weight)
    cue_nouns: frozenset[str]
    outlets: dict[str, str]  # name -> type
    outlets_lower: dict[str, str]  # lower-case name -> canonical name
    roles: dict[str, str]  # person description -> group

    def cue(self, lemma: str) -> tuple[str, float] | None:
        return self.cue_verbs.get(lemma)

    def outlet(self, name: str) -> str | None:
        """Canonical outlet name for `name` (any case), or None."""
        return self.outlets_lower.get(name.lower())


@lru_cache(maxsize=1)
def load() -> Lexicon:
    cues = {r["lemma"]: (r["kind"], float(r["weight"])) for r in _rows("cues.tsv")}
    nouns = frozenset(r["lemma"] for r in _rows("cue_nouns.tsv"))
    outlets = {r["name"]: r["type"] for r in _rows("outlets.tsv")}
    lower = {}
    for name in outlets:
        lower.setdefault(name.lower(), name)
    roles = {r["noun"]: r["group"] for r in _rows("roles.tsv")}
    return Lexicon(cues, nouns, outlets, lower, roles)
