"""Small facts of German grammar that several rule families use.

Closed classes (complementizers, the prepositions of attribution) and the adjective
endings a description is normalised with.  Open word lists (speech verbs, nouns, outlets)
are data, in ``quotes/data/*.tsv`` (`quotes.lexicon`).
"""
from __future__ import annotations

#: complementizers of a content clause: "sagte, dass …", "fragte, ob …"
COMPLEMENTIZERS = ("dass", "daß", "ob")
#: prepositions that name a source: "laut X", "X zufolge", "gemäß X"
SOURCE_PREPOSITIONS = ("laut", "zufolge", "gemäß")
#: strong adjective endings by gender/number, for a description in the nominative
ADJ_END = {"Masc": "er", "Neut": "es", "Fem": "e", "Plur": "e"}


def stem_adj(a: str) -> str:
    """An adjective without its inflection ending, lower-cased: "belarussischen" ->
    "belarussisch" (so that descriptions of one person match whatever their case)."""
    a = a.lower()
    for suf in ("en", "em", "er", "es", "e"):
        if a.endswith(suf) and len(a) > len(suf) + 3:
            return a[: -len(suf)]
    return a
