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


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#") and line.strip()]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: dict[str, tuple[str, float]]  # lemma -> (kind, weight)
    cue_nouns: frozenset[str]
    content_nouns: frozenset[str]  # "die Forderung, …": nouns whose clause is the content
    outlets: dict[str, str]  # name -> type
    outlets_lower: dict[str, str]  # lower-case name -> canonical name
    roles: dict[str, str]  # person description -> group

    def cue(self, lemma: str) -> tuple[str, float] | None:
        return self.cue_verbs.get(lemma)

    def outlet(self, name: str) -> str | None:
        """Canonical outlet name for `name` (any case), or None."""
        return self.outlets_lower.get(name.lower())


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The one-column word list ``quotes/data/<name>.tsv`` (column ``word``)."""
    return frozenset(r["word"] for r in rows(f"{name}.tsv"))


@lru_cache(maxsize=1)
def konjunktiv_forms() -> dict[str, str]:
    """Konjunktiv verb form -> its kind (1, 1-aux, 1-verb or 2; ``konjunktiv.tsv``): the
    one list that the rules (`quotes.konjunktiv`) and the tagger (`quotes.mood`) read."""
    return {r["form"]: r["kind"] for r in rows("konjunktiv.tsv")}


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, tuple[str, ...]]:
    """Base verb -> stems of its irregular forms (``irregular_verbs.tsv``)."""
    return {r["verb"]: tuple(r["forms"].split()) for r in rows("irregular_verbs.tsv")}


@lru_cache(maxsize=1)
def load() -> Lexicon:
    cues = {r["lemma"]: (r["kind"], float(r["weight"])) for r in rows("cues.tsv")}
    nouns = frozenset(r["lemma"] for r in rows("cue_nouns.tsv"))
    content_nouns = frozenset(r["lemma"] for r in rows("content_nouns.tsv"))
    outlets = {r["name"]: r["type"] for r in rows("outlets.tsv")}
    lower = {}
    for name in outlets:
        lower.setdefault(name.lower(), name)
    for r in rows("outlet_aliases.tsv"):  # "Deutsche Presse-Agentur" is dpa
        lower.setdefault(r["alias"].lower(), r["name"])
    roles = {r["noun"]: r["group"] for r in rows("roles.tsv")}
    return Lexicon(cues, nouns, content_nouns, outlets, lower, roles)


# separable verb particles (a closed class): "teilte … mit", "wies … hin"
PARTICLES = ("hinzu", "mit", "an", "bekannt", "hin", "aus", "zu", "vor", "ein", "dar", "fest", "klar",
             "zurück", "auf", "nach", "ab", "ver", "voraus", "vorher", "er", "ent")


@lru_cache(maxsize=1)
def cue_form_pattern():
    """A regex that finds any inflected form of a cue verb in raw text: "sagte",
    "gesprochen", "mitgeteilt", and "teilte … mit" (the bare stem of a particle verb
    only with its particle later in the sentence, or "gab" would select every sentence)."""
    import re

    stems, separated = set(), {}  # separated: particle -> stems of its verbs
    for lemma, (_, weight) in load().cue_verbs.items():
        if weight < 0.4:
            continue  # "sehen", "halten": too common to select a sentence by, too weak to quote
        base, particle = lemma, None
        for prt in sorted(PARTICLES, key=len, reverse=True):
            if lemma.startswith(prt) and len(lemma) - len(prt) >= 5 and prt not in ("ver", "er", "ent"):
                base, particle = lemma[len(prt):], prt
                break
        stem = base[:-2] if base.endswith("en") else base[:-1]
        forms = {stem} if len(stem) >= 4 else set()  # "reg" (anregen) would select every "regnet"
        if base.endswith("eln"):
            forms.add(base[:-3] + "l")  # "ich bezweifle", "handle": the e of -eln drops
        for verb, irregular in irregular_forms().items():
            if base.endswith(verb):
                forms.update(base[: -len(verb)] + f for f in irregular)
        if particle is None:
            stems.update(forms)
        else:
            stems.update(particle + x + f for f in forms for x in ("", "ge", "zu"))
            separated.setdefault(particle, set()).update(forms)
    alts = prefix_tree(s for s in stems if len(s) >= 3)
    seps = []
    for particle, forms in sorted(separated.items()):
        if not forms:
            continue
        tree = prefix_tree(forms)
        # "kündigte am 6. Mai … an": the period of a date or number ends no sentence
        seps.append(rf"{tree}\w*\b(?:[^.!?]|(?<=\d)\.)*\b{particle}")
        if len(particle) >= 4:  # old spelling in a subordinate clause: "wie die Bank bekannt gab"
            seps.append(rf"{particle}\s+{tree}\w*")
    seps = "|".join(seps)
    return re.compile(rf"(?i)\b(?:(?:ge|zu)?{alts}\w*|(?:{seps})\b)")


def prefix_tree(words) -> str:
    """A regex that matches the start of a word beginning with any of `words` (letters
    only), as a tree of shared prefixes: Python's regex engine tries the branches of a flat
    alternation one by one at every position of the text, which made selecting sentences
    by 450 verb stems cost a fifth of a millisecond a sentence.  A word that extends
    another is left out: the shorter one already matches."""
    import re

    tree: dict = {}
    for word in sorted(set(words), key=len):
        node = tree
        for ch in word:
            if "" in node:
                break  # a shorter word already ends here
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}

    def branch(node: dict) -> str:
        if "" in node:
            return ""
        parts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return branch(tree)


def names_source(sentence: str) -> bool:
    """Does raw text name a source with a noun: "nach <source noun>" ("Nach ersten
    Informationen", "nach Angaben der Polizei", "Nach einer Stellungnahme der Armee"),
    "dem Vernehmen nach", "aus Sicht der Polizei", or a content noun with a dass/ob clause
    ("kamen zu dem Ergebnis, dass …", "die Forderung der Gewerkschaft, dass …")?  Each
    pattern runs only on text holding a word it needs: as one regex tried at every position
    of every sentence, they took 0.2 ms a sentence, most of the time spent selecting."""
    low = sentence.lower()
    nach, vernehmen, sicht, dass, content = _source_patterns()
    return bool("nach" in low and nach.search(sentence) or "vernehmen" in low and vernehmen.search(sentence)
                or "sicht" in low and sicht.search(sentence) or dass.search(sentence) and content.search(sentence))


@lru_cache(maxsize=1)
def _source_patterns():
    """The patterns of `names_source`: "nach <noun>", "vernehmen nach", "aus … Sicht", a
    dass/ob clause, and a content noun before it."""
    import re

    nouns = sorted({n.lower() for n in load().cue_nouns if len(n) >= 4}, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in nouns)
    content = "|".join(sorted((re.escape(n.lower()) for n in load().content_nouns), key=len, reverse=True))
    return (re.compile(rf"(?i)\bnach\s+(?:\w+\s+){{0,3}}?\w*(?:{alts})"),
            re.compile(r"(?i)\bvernehmen\s+nach\b"),
            re.compile(r"(?i)\baus\s+(?:\w+\s+){0,2}?sicht\b"),
            re.compile(r"(?i),\s+(?:dass|daß|ob)\b"),
            re.compile(rf"(?i)(?:{content})\w{{0,3}}(?:\s+\w+){{0,3}},\s+(?:dass|daß|ob)\b"))


@lru_cache(maxsize=1)
def attribution_pattern():
    """"laut", "zufolge", "nach Ansicht", ", so X", "Danach …" opening a sentence, "hält es für möglich, dass …", "ist
    zuversichtlich, dass …" in raw text (``attribution_words.tsv``,
    ``judgement_adjectives.tsv``, ``attitude_adjectives.tsv``)."""
    import re

    attribution = "|".join(sorted(words("attribution_words"), key=len, reverse=True))
    adjectives = "|".join(sorted(words("judgement_adjectives"), key=len, reverse=True))
    attitudes = "|".join(sorted(words("attitude_adjectives"), key=len, reverse=True))
    return re.compile(rf"(?i)\b({attribution})\b|,\s*so\b|^so\b|^danach\b|\bfür\s+(?:\w+\s+)?(?:{adjectives})\b"
                      rf"|\b(?:{attitudes}),\s*(?:dass|daß)\b")


@lru_cache(maxsize=1)
def furniture_pattern():
    """How a paragraph of page furniture begins (``page_furniture.tsv``)."""
    import re

    alts = "|".join(re.escape(r["prefix"]) + (r"\b" if r["whole_word"] == "yes" else "")
                    for r in rows("page_furniture.tsv"))
    return re.compile(rf"^({alts})", re.I)
