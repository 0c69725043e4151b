"""Indirect speech: content clauses after cues, and Konjunktiv continuations.

German marks reported speech twice: with a cue (a dass-clause or V2 clause after "sagte",
"laut X", "X zufolge", "so X") and with the verb mood.  A clause in Konjunktiv I ("sei",
"habe", "werde", "solle") with no cue of its own continues the reported speech of the
sentence before it ("Am Montag hätten die Soldaten … begonnen.").
"""
from __future__ import annotations

from .cues import Cue
from .nlp import Sentence, Word

# forms that are Konjunktiv I even when the tagger misses it
KONJ1 = {"sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe",
         "möge", "wisse", "gebe", "gehe", "komme", "stehe", "liege", "bestehe", "handle", "handele",
         "brauche", "lasse", "bleibe", "sehe", "plane", "arbeite", "wünsche", "verfüge", "gelte",
         "fehle", "trage", "führe"}
# distinct Konjunktiv II forms ("sollte", "wollte" are also plain past tense)
KONJ2 = {"wäre", "hätte", "würde", "könnte", "müsste", "dürfte", "möchte", "gäbe", "käme", "wären",
         "hätten", "würden", "könnten", "müssten", "dürften", "ginge", "bräuchte", "stünde", "läge"}
CONDITIONAL_MARKS = {"wenn", "falls", "ob", "als", "sofern", "damit"}


def is_finite(w: Word) -> bool:
    return w.featdict.get("VerbForm") == "Fin" or w.xpos.endswith("FIN")


def subjunctive(w: Word) -> bool:
    """Konjunktiv (I or II) on a finite verb, from the tagger or the form itself."""
    if not is_finite(w) and w.text.lower() not in KONJ1:
        return False
    low = w.text.lower()
    if low in KONJ1 or low in KONJ2:
        return True
    if w.is_subjunctive:
        # the tagger's Mood=Sub on "sagten", "hatten", "weihten": the past tense of weak
        # verbs and plural present forms look the same in both moods, so trust it only
        # where the form itself can be a Konjunktiv
        ambiguous = low.endswith(("te", "ten", "tet", "test")) or (
            w.featdict.get("Number") == "Plur" and low != "seien")
        return not ambiguous
    # 3rd person singular present in -e is Konjunktiv I: "er sage" (indicative: "er sagt");
    # "-te" is the past tense ("sagte", "erfolgte"), the same form in both moods
    return (w.featdict.get("Person") == "3" and w.featdict.get("Number") == "Sing"
            and w.featdict.get("Tense") != "Past" and low.endswith("e") and not low.endswith("te")
            and w.upos in ("VERB", "AUX") and len(low) > 3)


def konj1(w: Word) -> bool:
    """Konjunktiv I only: unambiguous reported speech (Konjunktiv II is also hypothetical)."""
    low = w.text.lower()
    return subjunctive(w) and low not in KONJ2


def main_clause_verbs(sent: Sentence, head: int | None = None) -> list[Word]:
    """Finite verbs of the clause headed by `head` (the root by default), not those of
    its subordinate clauses."""
    if head is None:
        roots = [w for w in sent.words if w.head < 0]
        if not roots:
            return []
        head = roots[0].i
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


def has_verb(sent: Sentence, idx: list[int]) -> bool:
    return any(sent.words[j].upos in ("VERB", "AUX") for j in idx)


def accept_content(cue: Cue) -> bool:
    """Is the cue's content a reported clause (not "sagte das gestern")?"""
    sent, idx = cue.sent, cue.content
    if len(idx) < 3 or not has_verb(sent, idx):
        return False
    if cue.kind in ("prep", "noun", "so"):
        return True
    first = sent.words[idx[0] - 1] if idx[0] > 0 else None
    mood = clause_mood(sent, idx)
    dass = first is not None and first.lemma in ("dass", "daß", "ob")
    if cue.kind == "think":
        return dass or mood != "ind"
    return True


def continuation(sent: Sentence) -> str | None:
    """"konj1" when the main clause is in Konjunktiv I (reported speech without a cue),
    "konj2" for Konjunktiv II (reported speech only right after other reported speech)."""
    verbs = main_clause_verbs(sent)
    if not verbs:
        return None
    root = [w for w in sent.words if w.head < 0][0]
    # "Wenn er käme, wäre …" is a conditional, not reported speech
    marks = {w.lemma.lower() for w in sent.dependents(root.i, "mark")}
    if marks & CONDITIONAL_MARKS:
        return None
    if any(konj1(v) for v in verbs):
        return "konj1"
    if any(subjunctive(v) for v in verbs):
        return "konj2"
    return None
