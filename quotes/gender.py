"""Noun gender from a lexicon: a Stanza processor that corrects ``Gender`` in FEATS.

Grammatical gender is a property of the noun, not of the sentence, and the tagger,
trained on 3k sentences, has seen too few nouns to know it: it guesses from the ending
and gets a third of them wrong.  Raw German text tells the gender of any frequent noun:
"das Haus", "eine Tür", "einen Plan".  ``scripts/train_models.py gender`` counts these
articles before every capitalised word in text-de and keeps the nouns with a clear
majority in ``noun_gender.tsv.gz`` (shipped with the models).

The processor runs after ``lemma`` (the lexicon is keyed by the singular form, which is
the lemma) and before ``depparse`` (which reads FEATS): it sets the noun's gender and
that of the attributive adjectives and singular determiners right before it, which
agree with it.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from stanza.pipeline.processor import Processor, register_processor
from stanza.pipeline.registry import PIPELINE_NAMES

FILE = "noun_gender.tsv.gz"


@lru_cache(maxsize=4)
def load_lexicon(path: str) -> dict[str, str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t", 1) for line in f if "\t" in line)


def _feats(w) -> dict[str, str]:
    return dict(f.split("=", 1) for f in (w.feats or "").split("|") if "=" in f)


def _set(w, feats: dict[str, str]) -> None:
    w.feats = "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower())) or None


def lookup(noun: str, lexicon: dict[str, str]) -> str | None:
    """The noun's gender, or that of its last part: a German compound has the gender of
    its head ("Bundeskanzlerin" like "Kanzlerin", "Zugvögel" like "Vogel")."""
    gender = lexicon.get(noun)
    if gender is not None:
        return gender
    for k in range(1, len(noun) - 3):
        tail = noun[k:]
        if tail[0] == "-":
            continue
        gender = lexicon.get(tail[0].upper() + tail[1:])
        if gender is not None:
            return gender
    return None


def correct(words, lexicon: dict[str, str]) -> None:
    """Set the lexicon gender on nouns and on the adjectives and determiners before them."""
    for i, w in enumerate(words):
        if w.upos != "NOUN":
            continue
        gender = None
        for name in dict.fromkeys(n for n in (w.lemma, w.text) if n):  # the lemma first; once if equal
            gender = lookup(name, lexicon)
            if gender is not None:
                break
        if gender is None:
            continue
        feats = _feats(w)
        feats["Gender"] = gender
        _set(w, feats)
        j = i - 1
        while j >= 0 and words[j].upos in ("ADJ", "DET", "ADV", "NUM"):
            x = words[j]
            xf = _feats(x)
            if x.upos == "ADJ" and x.xpos == "ADJA" or x.upos == "DET" and xf.get("Number") == "Sing":
                if "Gender" in xf or x.upos == "ADJ":
                    xf["Gender"] = gender
                    _set(x, xf)
            j -= 1


@register_processor("gender")
class GenderProcessor(Processor):
    """Corrects Gender on nouns (and their adjectives and determiners) from a lexicon."""

    PROVIDES_DEFAULT = {"gender"}
    REQUIRES_DEFAULT = {"tokenize", "pos", "lemma"}

    def __init__(self, config, pipeline, device):
        super().__init__(config, pipeline, device)
        self._lexicon = load_lexicon(str(Path(config["model_path"])))

    def _set_up_model(self, config, pipeline, device):
        pass

    def process(self, doc):
        for sent in doc.sentences:
            correct(sent.words, self._lexicon)
        return doc


# Stanza runs processors in registration order, custom ones after its own; the parser
# reads FEATS, so the corrected genders must be in place before it runs
PIPELINE_NAMES.remove("gender")
PIPELINE_NAMES.insert(PIPELINE_NAMES.index("depparse"), "gender")
