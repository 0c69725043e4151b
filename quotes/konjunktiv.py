"""Konjunktiv: the verb mood that marks reported speech in German.

A clause in Konjunktiv I ("sei", "habe", "werde", "er sage") reports someone's words
even without a cue; Konjunktiv II ("wäre", "hätte", "würde") does so only right after
other reported speech, since it is also the mood of the hypothetical.  The tagger's
``Mood=Sub`` (set from the verb form by `quotes.mood` before parsing) is trusted only
where the form itself can be a Konjunktiv.
"""
from __future__ import annotations

from . import lexicon
from .german import COMPLEMENTIZERS
from .nlp import Sentence, Word
from .trees import is_finite, root

FORMS = lexicon.konjunktiv_forms()  # the one list of forms, shared with quotes.mood
# forms that are Konjunktiv I even when the tagger misses it
KONJ1 = {f for f, kind in FORMS.items() if kind.startswith("1")}
# distinct Konjunktiv II forms ("sollte", "wollte" are also plain past tense)
KONJ2 = {f for f, kind in FORMS.items() if kind == "2"}
KONJ_FORMS = KONJ1 | KONJ2
PAST_IN_E = {"wurde", "ward"}
CONDITIONAL_MARKS = {"wenn", "falls", "ob", "als", "sofern", "damit"}


def subjunctive(w: Word) -> bool:
    """Konjunktiv (I or II) on a finite verb, from the tagger or the form itself."""
    if not is_finite(w) and w.text.lower() not in KONJ1:
        return False
    low = w.text.lower()
    if low in KONJ1 or low in KONJ2 or umlaut_past(w):
        return True
    if w.is_subjunctive:
        # the tagger's Mood=Sub on "sagten", "hatten", "weihten": the past tense of weak
        # verbs and plural present forms look the same in both moods, so trust it only
        # where the form itself can be a Konjunktiv
        ambiguous = low.endswith(("te", "ten", "tet", "test")) or (
            w.featdict.get("Number") == "Plur" and low != "seien")
        return not ambiguous
    # 3rd person singular in -e is Konjunktiv I: "er sage" (indicative: "er sagt"); "-te"
    # is the past tense ("sagte", "erfolgte"), the same form in both moods.  The tagger's
    # Tense=Past on "steige", "erhöhe" is wrong: no past form of the third person ends in
    # -e but "-te" and "wurde" -- unless the form is the stem of the infinitive with -e:
    # "halte", "arbeite" (halten, arbeiten; their past is "hielt", "arbeitete")
    if (w.featdict.get("Person") == "3" and w.featdict.get("Number") == "Sing"
            and low.endswith("e") and (not low.endswith("te") or low == w.lemma.lower()[:-1])
            and low not in PAST_IN_E and w.upos in ("VERB", "AUX") and len(low) > 3):
        return True
    # "Die Präsentation erfolge, …": the stem with -e, tagged plural (whose form would be
    # "erfolgen") and no person: only the first person singular, or Konjunktiv I, has it
    return (w.featdict.get("Number") == "Plur" and "Person" not in w.featdict and w.upos == "VERB"
            and w.lemma.lower().endswith("en") and low == w.lemma.lower()[:-1] and len(low) > 4
            and low not in PAST_IN_E)


def konj1(w: Word) -> bool:
    """Konjunktiv I only: unambiguous reported speech (Konjunktiv II is also hypothetical)."""
    low = w.text.lower()
    return subjunctive(w) and low not in KONJ2 and not umlaut_past(w)


_UMLAUTS = str.maketrans("äöü", "aou")


def umlaut_past(w: Word) -> bool:
    """Konjunktiv II of a strong verb not in the list: an umlaut the infinitive lacks, and
    the ending of the first or third person ("befänden", "fände", "hülfe"; the
    indicative has "befanden", and the present puts an umlaut only before -st/-t:
    "fährt"; "brächte", "dächte", "wüsste" of the mixed verbs). The tagger often calls
    these indicative."""
    low, lemma = w.text.lower(), w.lemma.lower()
    if low.endswith(("te", "ten")) and not lemma.endswith(("bringen", "denken", "wissen")):
        return False  # "fällte": a weak past (the umlaut is the stem's); "brächte" is not
    return (w.upos in ("VERB", "AUX") and is_finite(w) and low.endswith(("e", "en"))
            and any(c in low for c in "äöü") and not any(c in lemma for c in "äöü")
            and low.translate(_UMLAUTS) != low and len(low) > 4)


def main_clause_verbs(sent: Sentence, head: int | None = None) -> list[Word]:
    """Finite verbs of the clause headed by `head` (the root by default), not those of
    its subordinate clauses."""
    if head is None:
        top = root(sent)
        if top is None:
            return []
        head = top.i
    out = [sent.words[head]]
    out += [w for w in sent.dependents(head, "aux", "cop", "aux:pass")]
    return [w for w in out if is_finite(w) or w.text.lower() in KONJ1]


def clause_mood(sent: Sentence, idx: list[int]) -> str:
    """"konj1", "konj2" or "ind" for the content clause sent.words[idx]."""
    ids = set(idx)
    heads = [j for j in idx if sent.words[j].head not in ids]
    verbs = []
    for h in heads:
        verbs += main_clause_verbs(sent, h)
    if not verbs:
        verbs = [sent.words[j] for j in idx if is_finite(sent.words[j])]
    if any(konj1(v) for v in verbs):
        return "konj1"
    if any(subjunctive(v) for v in verbs):
        return "konj2"
    return "ind"


#: "möchte(n)": Konjunktiv II in form, but the present of wanting in use ("Blair möchte die
#: Lage analysieren"); it reports nobody's words.
WANTING = {"möchte", "möchten", "möchtest", "möchtet"}


def continuation(sent: Sentence) -> str | None:
    """"konj1" when the main clause is in Konjunktiv I (reported speech without a cue),
    "konj2" for Konjunktiv II (reported speech only right after other reported speech)."""
    verbs = [v for v in main_clause_verbs(sent) or first_clause_verb(sent) if not formula(sent, v)]
    if not verbs:
        return None
    top = root(sent)
    # "Wenn er käme, wäre …" is a conditional, not reported speech
    marks = {w.lemma.lower() for w in sent.dependents(top.i, "mark")}
    if marks & CONDITIONAL_MARKS:
        return None
    if any(konj1(v) for v in verbs):
        return "konj1"
    if any(subjunctive(v) and v.text.lower() not in WANTING for v in verbs):
        return "konj2"
    return None


def formula(sent: Sentence, w: Word) -> bool:
    """A Konjunktiv fixed in a phrase that reports nothing: "Gott sei Dank", "es sei denn",
    "sei es …, sei es …"."""
    if w.text.lower() != "sei":
        return False
    words = sent.words
    before = words[w.i - 1].text.lower() if w.i > 0 else ""
    after = words[w.i + 1].text.lower() if w.i + 1 < len(words) else ""
    pair = sum(1 for a, b in zip(words, words[1:]) if a.text.lower() == "sei" and b.text.lower() == "es") > 1
    return before == "gott" or after in ("dank", "denn") or (after == "es" and (w.i == 0 or pair))


def first_clause_verb(sent: Sentence) -> list[Word]:
    """The finite verb of the first clause, by position, when the tree shows none at its
    root ("Heutige Fahrzeuge seien oft gar nicht in der Lage, … zu fahren": root "Lage",
    "seien" hung on "fahren"): in a main clause it comes second, before any comma. None
    when the sentence opens with a subordinate clause."""
    for w in sent.words:
        if w.text in (",", ";", ":", "–") or w.upos == "SCONJ" or w.xpos in ("PRELS", "PWS", "PWAV"):
            return []
        if is_finite(w) or w.text.lower() in KONJ1:
            return [w]
    return []


def _verb_final_end(sent: Sentence, idx: list[int]) -> list[int]:
    """A clause opened by a subordinator or a wh-word ends with its finite verb: "wie viele
    Häuser er besitze, nicht beantworten konnte" is the question and then the main clause
    the parser hung on it. Cut at the comma after a finite verb in Konjunktiv I when an
    indicative verb and no other Konjunktiv follow (not "…, mehr Vertrauen … zu setzen",
    "…, wie die Bebauung umgesetzt werde")."""
    words = [sent.words[j] for j in idx]
    lead = next((w for w in words if w.upos != "PUNCT"), None)
    if lead is None or not (lead.xpos in ("KOUS", "PWAV", "PWS", "PWAT", "PRELS", "PRELAT") or lead.lemma in COMPLEMENTIZERS):
        return idx
    for k, w in enumerate(words):
        if konj1(w) and k + 1 < len(words) and words[k + 1].text == ",":
            rest = words[k + 2:]
            verb_first = rest and (rest[0].upos in ("VERB", "AUX") or rest[0].xpos in ("PTKNEG", "ADV")
                                   and len(rest) > 1 and rest[1].upos in ("VERB", "AUX"))
            if verb_first and not any(konj1(r) or subjunctive(r) for r in rest) and any(
                    is_finite(r) and r.featdict.get("Mood") == "Ind" for r in rest):
                return idx[:k + 1]  # (the rest of the main clause: "…, nicht beantworten konnte")
            return idx
    return idx


#: Konjunktiv II of "haben" and "werden" in the plural, where Konjunktiv I would look like
#: the indicative ("sie haben"): reported speech uses these instead ("weil die Abgeordneten
#: keinen Eilantrag gestellt hätten")
REPLACING = {"hätten", "würden"}


def replacing_konj2(w: Word) -> bool:
    return w.text.lower() in REPLACING and is_finite(w)


def hypothetical(sent: Sentence, w: Word) -> bool:
    """Is the clause of `w` a condition ("falls sich Hinweise ergeben würden") or a
    counterfactual ("… hätten entdeckt werden können"), where Konjunktiv II is its own
    mood, not a stand-in for reported speech?"""
    if any(d.lemma.lower() in CONDITIONAL_MARKS for d in sent.dependents(w.i, "mark")):
        return True
    return any(sent.words[j].xpos in ("VMINF", "VMPP") for j in sent.subtree(w.i))


def konj1_clauses(sent: Sentence) -> list[list[int]]:
    """Subordinate clauses (relative, adverbial, complement) whose own verb is in
    Konjunktiv I: the mood says someone's words are reported, though no cue does.
    Only the outermost of nested ones, each without its edge punctuation."""
    found = []
    for w in sent.words:
        if w.head < 0 or w.deprel.split(":")[0] not in ("acl", "advcl", "ccomp"):
            continue
        verbs = main_clause_verbs(sent, w.i)
        if not any(konj1(v) for v in verbs) and not (any(replacing_konj2(v) for v in verbs)
                                                     and not hypothetical(sent, w)):
            continue
        idx = _verb_final_end(sent, sent.subtree(w.i))
        while idx and sent.words[idx[-1]].upos == "PUNCT":
            idx = idx[:-1]
        while idx and (sent.words[idx[0]].upos == "PUNCT" or sent.words[idx[0]].lemma in COMPLEMENTIZERS):
            idx = idx[1:]  # ANNOTATION.md: the reported clause without its complementizer
        if len(idx) >= 4:
            found.append(idx)
    return [idx for idx in found if not any(set(idx) < set(other) for other in found)]
