"""Konjunktiv from the verb form: a Stanza processor that sets ``Mood=Sub``.

The tagger learns verb mood from about 180 ``Mood=Sub`` words in its training data and,
trained on so few, never predicts it.  German marks the Konjunktiv in the form itself,
so a small rule set recovers it: the distinct Konjunktiv II forms ("wäre", "hätte",
"würde", "könnte"), the Konjunktiv I forms of the auxiliaries and modals ("sei", "habe",
"werde", "könne", "solle"), and the 3rd person singular present in "-e" of any verb ("er
sage", where the indicative is "er sagt").  Forms that are the same in both moods (the
past tense of weak verbs, most plural forms) keep the tagger's indicative.

Registered as the Stanza processor ``mood``; `quotes.nlp.load_pipeline()` adds it after
``pos``.
"""
from __future__ import annotations

from stanza.pipeline.processor import Processor, register_processor

from . import lexicon

# the forms of quotes/data/konjunktiv.tsv, the list the rules use too
FORMS = lexicon.konjunktiv_forms()
KONJ2 = {f for f, kind in FORMS.items() if kind == "2"}
# Konjunktiv I forms that differ from the indicative even outside the 3rd person singular
KONJ1 = {f for f, kind in FORMS.items() if kind == "1"}
# 3rd person singular Konjunktiv I of auxiliaries and modals ("er habe"; "ich habe" is indicative)
KONJ1_3SG = {f for f, kind in FORMS.items() if kind == "1-aux"}
FIRST_PERSON = {"ich"}


def subjunctive_form(text: str, feats: dict[str, str], xpos: str, subject: str | None = None) -> bool:
    """Is this finite verb form a Konjunktiv?  `subject` is its subject's text, if known."""
    low = text.lower()
    if low in KONJ1 or low in KONJ2:
        return True
    if subject is not None and subject.lower() in FIRST_PERSON | {"wir", "ihr", "du"}:
        return False
    if low in KONJ1_3SG:
        return True
    third_sing = feats.get("Person", "3") == "3" and feats.get("Number", "Sing") == "Sing"
    present = feats.get("Tense") != "Past"
    return (third_sing and present and xpos in ("VVFIN", "VAFIN", "VMFIN") and low.endswith("e")
            and not low.endswith("te") and len(low) > 3 and subject is not None)


@register_processor("mood")
class MoodProcessor(Processor):
    """Sets Mood=Sub on finite verbs whose form is a Konjunktiv."""

    PROVIDES_DEFAULT = {"mood"}
    REQUIRES_DEFAULT = {"tokenize", "pos"}

    def _set_up_model(self, config, pipeline, device):
        pass

    def process(self, doc):
        for sent in doc.sentences:
            words = sent.words
            subjects = {}
            for w in words:
                if w.deprel and w.deprel.startswith("nsubj") and w.head:
                    subjects[w.head] = w.text
            for w in words:
                if w.upos not in ("VERB", "AUX") or not w.xpos or not w.xpos.endswith("FIN"):
                    continue
                feats = dict(f.split("=", 1) for f in (w.feats or "").split("|") if "=" in f)
                # the subject of an auxiliary is the subject of its head verb
                subject = subjects.get(w.id) or (subjects.get(w.head) if w.deprel in ("aux", "cop", "aux:pass") else None)
                if subject is None:
                    subject = _subject_nearby(words, w)
                if subjunctive_form(w.text, feats, w.xpos, subject):
                    feats["Mood"] = "Sub"
                    w.feats = "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower()))
        return doc


def _subject_nearby(words, w) -> str | None:
    """Without a parse (mood runs before depparse when asked to): the pronoun or noun
    right next to the verb."""
    for j in (w.id, w.id - 2):  # the word after, then the word before (ids are 1-based)
        if 0 <= j < len(words) and words[j].upos in ("PRON", "NOUN", "PROPN"):
            return words[j].text
    return None
