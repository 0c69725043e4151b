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
        if a.endswith(suf) and len(a) >= len(suf) + 3:  # "neue" -> "neu
            return a[: -len(suf)]
    return a

#: Abbreviations after which a full stop ends no sentence when a number or a lower-case
#: word follows ("seit ca. 8.00 Uhr", "nach Art. 51", "bzw. nur"): the tokenizer, trained
#: on 3k sentences, splits there.
ABBREVIATIONS = {"ca", "bzw", "vgl", "ggf", "evtl", "inkl", "zzgl", "Nr", "Art", "Abs", "Corp", "Bros",
                 "Co", "Inc", "Ltd", "Mio", "Mrd", "Jh", "Tel", "Std", "Min", "usw", "etc"}
