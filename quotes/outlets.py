"""The outlet that carried a statement: agency, broadcaster, newspaper or platform.

"…, berichtet die staatliche Nachrichtenagentur BelTA" -> BelTA; "sagte er der ARD" ->
ARD; "teilte das Ministerium auf Telegram mit" -> Telegram; "im russischen
Staatsfernsehen" -> "russisches Staatsfernsehen".  A named outlet wins over the common
noun beside it; a common noun alone ("Staatsfernsehen") is normalised to the nominative.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .german import ADJ_END, stem_adj
from .nlp import Sentence, Word
from .trees import opens_affiliation

WORD = re.compile(r"\w+")


def outlet_in(sent: Sentence, idx: list[int]) -> str | None:
    """The outlet named by the words sent.words[idx], or None."""
    lex = lexicon.load()
    words = [sent.words[j] for j in idx]
    generic = None
    # a multi-word name first ("RIA Nowosti", "Deutsche Welle", "New York Times", "der
    # Deutschen Presse-Agentur": written as in the text, a leading adjective in any case)
    for n in (5, 4, 3, 2):
        for k in range(len(words) - n + 1):
            for written in _spellings(words[k:k + n]):
                name = lex.outlet(written)
                if name and lex.outlets[name] != "generic":
                    return name
    for w in words:
        for part in [w.text, *w.text.split("-")]:
            name = lex.outlet(part)
            if name is None and w.lemma:
                name = lex.outlet(w.lemma)
            if name is None:
                continue
            if lex.outlets[name] != "generic":
                return name
            if generic is None:
                generic = w
    if generic is not None:
        return _generic_name(sent, generic)
    return None


def outlet_named(words: list[Word]) -> str | None:
    """The outlet these words name, all of them and nothing else ("ZEIT ONLINE"), or None
    (a generic medium, "Zeitung", is none)."""
    lex = lexicon.load()
    for written in _spellings(words):
        name = lex.outlet(written)
        if name and lex.outlets[name] != "generic":
            return name
    return None


def _spellings(words: list[Word]) -> list[str]:
    """The words as the text writes them ("Presse-Agentur", which the tokenizer splits),
    and with a leading adjective in the nominative ("Deutschen" -> "Deutsche",
    "Evangelischen" -> "Evangelischer")."""
    written = words[0].text
    for prev, w in zip(words, words[1:]):
        written += ("" if w.start == prev.end else " ") + w.text
    first = words[0].text
    out = [written]
    if first[:1].isupper() and first.endswith("en") and words[0].upos == "ADJ":
        rest = written[len(first):]
        out += [first[:-1] + rest, first[:-2] + "er" + rest]
    return out


def is_outlet(sent: Sentence, idx: list[int]) -> bool:
    """True when the mention is a medium rather than a person or institution."""
    lex = lexicon.load()
    cut = next((j for j in idx if opens_affiliation(sent, j)
                and any(sent.words[k].upos == "PROPN" for k in idx if k < j)), None)
    if cut is not None:
        idx = [j for j in idx if j < cut]  # "Yolanda Alvarez vom Sender RTVE": a person, whose outlet is named
    words = [sent.words[j] for j in idx if sent.words[j].upos in ("NOUN", "PROPN", "X")]
    if not words:
        return False
    head = words[-1] if words[-1].upos == "PROPN" else next(
        (w for w in words if w.head not in idx), words[-1])
    candidates = [head.text, head.lemma, *head.text.split("-")]
    if any(lex.outlet(c) for c in candidates if c):
        return True
    # "die Nachrichtenagentur BelTA": a generic outlet noun in apposition
    return any(lex.outlets.get(lex.outlet(w.lemma) or "", "") == "generic" for w in words
               if w.upos == "NOUN")


def _generic_name(sent: Sentence, noun: Word) -> str:
    """"dem russischen Staatsfernsehen" -> "russisches Staatsfernsehen"; adjectives from
    place names do not inflect ("der Berliner Zeitung" -> "Berliner Zeitung")."""
    number = noun.featdict.get("Number")
    gender = "Plur" if number == "Plur" else noun.featdict.get("Gender", "Neut")
    adjs = [sent.words[j] for j in sent.children[noun.i] if sent.words[j].upos == "ADJ" and j < noun.i]
    parts = [a.text if a.text[:1].isupper() and a.text.endswith("er") else stem_adj(a.text) + ADJ_END.get(gender, "es")
             for a in adjs]
    lemma = noun.lemma if noun.lemma and noun.lemma[:1].isupper() else noun.text
    return " ".join(parts + [lemma])


@lru_cache(maxsize=1)
def _type_words() -> list[tuple[str, str]]:
    return [(r["part"], r["type"]) for r in lexicon.rows("outlet_words.tsv")]


def outlet_type(name: str) -> str | None:
    """Outlet type for faceting: from the outlet list (``outlets.tsv``) when the name is
    in it, else a guess from the words of the name (``outlet_words.tsv``); None when
    unknown."""
    lex = lexicon.load()
    known = lex.outlet(name)
    if known and lex.outlets[known] != "generic":
        return lex.outlets[known]
    low = name.lower()
    words = set(WORD.findall(low))
    for part, kind in _type_words():
        if part in words or (len(part) > 4 and part in low):
            return kind
    return None
