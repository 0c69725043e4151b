"""Speech verbs in a parsed sentence: their full lemma, and forms that report nothing.

German splits particle verbs ("teilte … mit" is mitteilen) and the parser does not always
link the particle; `verb_lemma` puts it back, so that the cue list (``cues.tsv``) can be
keyed by the dictionary form.
"""
from __future__ import annotations

from . import lexicon
from .german import SOURCE_PREPOSITIONS
from .nlp import Sentence, Word
from .trees import zu_infinitive

SET_PHRASES = lexicon.words("set_phrases")  # "genauer gesagt"
NOT_SPEECH_WHEN_REFLEXIVE = lexicon.words("reflexive_non_speech")  # "das bestätigt sich"


#: verb forms the lemmatizer takes for another word: "weiß" (wissen) for the colour
VERB_LEMMAS = {"weiß": "wissen", "weißt": "wissen"}


def verb_lemma(sent: Sentence, w: Word) -> str:
    """Lemma with its separable particle: "teilte … mit" -> "mitteilen"."""
    lemma = VERB_LEMMAS.get(w.text.lower(), w.lemma) if w.upos == "VERB" else w.lemma
    if w.text.lower() == "geraten" and any(a.lemma in ("werden", "haben") for a in sent.dependents(w.i, "aux", "aux:pass")):
        lemma = "raten"  # "wurde geraten, …", "hat geraten": advised (getting into something is "ist geraten")
    # (not a particle after a verb coordinated with this one, which closes that verb's
    # clause: "schrieben die Hacker und kündigten weitere Aktionen an")
    later = [d.i for d in sent.dependents(w.i, "conj") if d.upos == "VERB" and d.i > w.i]
    for c in sent.dependents(w.i, "compound:prt"):
        if c.text.isalpha() and c.text.lower() not in SOURCE_PREPOSITIONS and not any(j < c.i for j in later):
            return c.text.lower() + lemma  # not "betonte … seinem Redetext zufolge"
    # the parser sometimes calls the particle an adverb: "stellten … fest"
    lex = lexicon.load()
    for c in sent.dependents(w.i, "advmod", "obl", "compound"):
        if c.i > w.i and c.text.isalpha() and c.text.islower() and lex.cue(c.text + lemma):
            return c.text + lemma
    # written apart before a participle or infinitive, or a finite verb at the end of a
    # subordinate clause: "hatte Putin bekannt gegeben", "wie die Bank bekannt gab"
    final = w.xpos in ("VVPP", "VVINF", "VVIZU") or any(
        d.deprel == "mark" or d.xpos in ("PRELS", "PRELAT") for d in sent.dependents(w.i))
    for c in sent.dependents(w.i, "advmod", "xcomp", "compound", "obl"):
        if c.i == w.i - 1 and final and c.text.isalpha() and lex.cue(c.text.lower() + lemma):
            return c.text.lower() + lemma
    # … or a preposition: "teilte gestern mit, …" -- the particle closes the clause
    prt = clause_end_particle(sent, w)
    if prt is not None and lex.cue(prt.text + lemma):
        return prt.text + lemma
    return lemma


def clause_end_particle(sent: Sentence, w: Word) -> Word | None:
    """The word before the first comma, colon or final stop after a finite verb, if it
    can be a separable particle -- or before the comma that closes an apposition there
    ("gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass …")."""
    if not (w.xpos.endswith("FIN") or w.featdict.get("VerbForm") == "Fin"):
        return None
    words = sent.words
    stops = (",", ":", ".", ";", "!", "?", "–", "„", "\"")
    j = w.i + 1
    while j < len(words):
        if words[j].text not in stops:
            j += 1
            continue
        prev = words[j - 1]
        if j - 1 > w.i and prev.text in lexicon.PARTICLES:
            return prev
        close = next((k for k in range(j + 1, len(words)) if words[k].text in stops), len(words))
        inserted = words[j].text == "," and close < len(words) and words[close].text == "," \
            and j + 1 < close and words[j + 1].upos in ("PROPN", "DET", "NOUN") \
            and not any(words[k].upos in ("VERB", "AUX") or words[k].xpos in ("KOUS", "PRELS")
                        for k in range(j + 1, close))
        if not inserted:
            return None
        j = close + 1  # past the apposition: the particle may stand before the next stop
    return None


def is_cue_verb(sent: Sentence, w: Word) -> bool:
    """A verb of the cue list, with or without its particle."""
    lex = lexicon.load()
    return w.upos == "VERB" and (lex.cue(verb_lemma(sent, w)) is not None or lex.cue(w.lemma) is not None)


def modal_passive(sent: Sentence, w: Word) -> bool:
    """"Ist das Prinzip des Remakes generell zu kritisieren?", "bleibt abzuwarten": "sein"
    or "bleiben" with a zu-infinitive says what can or must be done, not what was said."""
    zu = zu_infinitive(w) or any(d.text == "zu" for d in sent.dependents(w.i, "mark"))
    return zu and any(d.lemma in ("sein", "bleiben") for d in sent.dependents(w.i, "cop", "aux"))


def idiom(sent: Sentence, w: Word, lemma: str) -> bool:
    """"genauer gesagt", "das bestätigt sich", "das heißt", "ist zu kritisieren", "auf Hilfe
    angewiesen": forms of cue verbs that report nothing."""
    prev = sent.words[w.i - 1].text.lower() if w.i > 0 else ""
    if w.text == "gesagt" and prev in SET_PHRASES:
        return True
    if lemma == "heißen" and w.text.lower() == "heißt" and prev == "das" \
            and not any(d.text.lower() == "es" for d in sent.dependents(w.i)):
        return True  # "das heißt" (that is): an explanation, nobody speaks
    nxt = sent.words[w.i + 1].text.lower() if w.i + 1 < len(sent.words) else ""
    if lemma == "heißen" and (nxt == "das" or w.i == 0 and w.text == "Heißt"):
        return True  # "Im Umkehrschluss heißt das: …", "Heißt im Umkehrschluss: …": that means
    if lemma == "finden" and any(d.deprel == "obj" and d.upos == "NOUN" for d in sent.dependents(w.i)):
        return True  # "…, fand keine Erwähnung", "fand Gehör": a noun found, not an opinion
    if lemma == "meinen" and nxt == "es" and w.i + 2 < len(sent.words) \
            and sent.words[w.i + 2].text.lower() in ("gut", "ernst", "schlecht", "nicht", "ehrlich"):
        return True  # "Das Wetter meinte es gut mit den Teilnehmern": well-disposed, nothing said
    if lemma == "anweisen" and w.text == "angewiesen" and any(
            d.lemma == "sein" for d in sent.dependents(w.i, "cop", "aux")):
        return True  # "auf Hilfe angewiesen sein": to depend on, not to be instructed
    if modal_passive(sent, w):
        return True
    if lemma in NOT_SPEECH_WHEN_REFLEXIVE and any(
            d.xpos == "PRF" or (d.text.lower() == "sich" and d.upos == "PRON") for d in sent.dependents(w.i)):
        return True
    return False
