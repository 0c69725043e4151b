"""Speech cues in a parsed sentence, and who they point to.

A cue is what marks reported speech: a speech verb ("sagte", "teilte … mit"), a
preposition ("laut", "zufolge", "gemäß"), a source noun after "nach" ("nach Angaben der
Polizei"), or "so X".  For each cue this module finds the *source* mention (the subject
of the verb, the agent of a passive, the object of "laut") and, where the sentence holds
one, the *content*: the reported clause.  Direct and indirect quotes both use it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon
from .nlp import Sentence, Word

CLAUSE_RELS = ("ccomp", "parataxis", "xcomp", "csubj")
PUNCT_EDGE = set(",;:–—-()[]\"'„“”»«‚‘’›‹")
SUBJ_PRONOUNS_REL = {"der", "die", "das", "welcher", "welche", "welches"}


@dataclass
class Cue:
    sent: Sentence
    i: int  # the cue word (verb, preposition or noun)
    lemma: str  # "mitteilen", "laut", "Angabe", "so"
    kind: str  # say | report | think | prep | noun | so
    weight: float
    words: list[int] = field(default_factory=list)  # every word of the cue (verb + particle)
    source: list[int] = field(default_factory=list)  # the speaker (or outlet) mention
    name: list[int] | None = None  # where the name is, when the mention is wider ("Angaben der Polizei")
    content: list[int] = field(default_factory=list)  # the reported clause, if in this sentence
    outlet_words: list[int] = field(default_factory=list)  # "der ARD" in "sagte er der ARD"
    passive: bool = False

    @property
    def word(self) -> Word:
        return self.sent.words[self.i]

    @property
    def span(self) -> tuple[int, int]:
        ws = [self.sent.words[j] for j in self.words or [self.i]]
        return min(w.start for w in ws), max(w.end for w in ws)


def verb_lemma(sent: Sentence, w: Word) -> str:
    """Lemma with its separable particle: "teilte … mit" -> "mitteilen"."""
    lemma = w.lemma
    for c in sent.dependents(w.i, "compound:prt"):
        if c.text.isalpha():
            return c.text.lower() + lemma
    # the parser sometimes calls the particle an adverb: "stellten … fest"
    lex = lexicon.load()
    for c in sent.dependents(w.i, "advmod", "obl", "compound"):
        if c.i > w.i and c.text.isalpha() and c.text.islower() and lex.cue(c.text + lemma):
            return c.text + lemma
    # written apart before a participle or infinitive: "hatte Putin bekannt gegeben"
    for c in sent.dependents(w.i, "advmod", "xcomp", "compound", "obl"):
        if c.i == w.i - 1 and w.xpos in ("VVPP", "VVINF", "VVIZU") and c.text.isalpha() \
                and lex.cue(c.text.lower() + lemma):
            return c.text.lower() + lemma
    # … or a preposition: "teilte gestern mit, …" -- the particle closes the clause
    prt = _clause_end_particle(sent, w)
    if prt is not None and lex.cue(prt.text + lemma):
        return prt.text + lemma
    return lemma


def _clause_end_particle(sent: Sentence, w: Word) -> Word | None:
    """The word before the first comma, colon or final stop after a finite verb, if it
    can be a separable particle."""
    if not (w.xpos.endswith("FIN") or w.featdict.get("VerbForm") == "Fin"):
        return None
    for j in range(w.i + 1, len(sent.words)):
        if sent.words[j].text in (",", ":", ".", ";", "!", "?", "–", "„", "\""):
            prev = sent.words[j - 1]
            return prev if j - 1 > w.i and prev.text in lexicon.PARTICLES else None
    return None


def find_cues(sent: Sentence) -> list[Cue]:
    """Every cue in the sentence, with its source and content where found."""
    lex = lexicon.load()
    cues: list[Cue] = []
    for w in sent.words:
        if w.upos in ("VERB", "AUX") or (w.upos == "ADJ" and w.xpos == "VVPP"):
            lemma = verb_lemma(sent, w)
            hit = lex.cue(lemma)
            if hit is None and lemma != w.lemma and w.upos == "VERB":
                continue  # "gab … an" is angeben, not geben
            if hit is None:
                hit = lex.cue(w.lemma)
            if w.lemma == "werden" and any(d.text == "bekannt" for d in sent.dependents(w.i)) or (
                    w.lemma == "werden" and w.i > 0 and sent.words[w.i - 1].text == "bekannt"):
                lemma, hit = "bekanntwerden", lex.cue("bekanntwerden")  # "wie heute bekannt wurde, …"
            if hit is None or (w.upos == "AUX" and w.lemma not in ("heißen", "werden")):
                continue
            if _idiom(sent, w, lemma):
                continue
            cue = Cue(sent, w.i, lemma, hit[0], hit[1])
            cue.words = [w.i] + [c.i for c in sent.dependents(w.i) if c.i > w.i and lemma.startswith(c.text.lower())
                                 and lemma != w.lemma and c.text.isalpha()]
            prt = _clause_end_particle(sent, w) if lemma != w.lemma else None
            if prt is not None and lemma.startswith(prt.text) and prt.i not in cue.words:
                cue.words.append(prt.i)
            _verb_source(cue)
            _verb_content(cue)
            cues.append(cue)
        elif w.lemma.lower() in ("laut", "zufolge", "gemäß") and w.upos == "ADP":
            cues.append(_prep_cue(sent, w))
        elif w.upos == "NOUN" and ((source_noun := _is_cue_noun(w.lemma, lex.cue_nouns))
                                   or w.lemma in lex.content_nouns):
            cue = _noun_cue(sent, w) if source_noun else None
            if cue is None and w.lemma in lex.content_nouns:
                cue = _content_noun_cue(sent, w)
            if cue:
                cues.append(cue)
        elif w.text.lower() in ("demnach", "wonach") and w.upos in ("ADV", "PRON", "SCONJ"):
            # "Demnach steht der Kopilot in der Schusslinie": the source is the one before
            cue = Cue(sent, w.i, w.text.lower(), "prep", 0.5, words=[w.i])
            cue.content = _clause_minus(sent, _clause_head(sent, w), [w.i])
            cues.append(cue)
        elif w.text.lower() == "so" and w.upos in ("ADV", "CCONJ", "SCONJ"):
            cue = _so_cue(sent, w)
            if cue:
                cues.append(cue)
    cues = [c for c in cues if c is not None]
    # "äußerte die Hoffnung, dass …", "wurde mit den Worten zitiert, er habe …": the
    # clause of the noun is the content of the speech verb it depends on
    by_verb = {c.i: c for c in cues if c.kind not in ("noun", "prep", "so")}
    for c in [c for c in cues if c.kind == "noun" and c.words == [c.i] and c.content]:
        verb = by_verb.get(_clause_head(sent, c.word))
        if verb is not None and not verb.content:
            verb.content = c.content
            cues.remove(c)
    return cues


# --- verbs ---------------------------------------------------------------------------

def _verb_source(cue: Cue) -> None:
    sent, v = cue.sent, cue.word
    subj = sent.dependents(v.i, "nsubj")
    auxes = sent.dependents(v.i, "aux")
    # passive: "wurde … zitiert"; "hat … gefordert" is active whatever the labels say
    cue.passive = any(d.deprel == "aux:pass" for d in auxes) or (
        v.xpos == "VVPP" and any(d.lemma == "werden" for d in auxes))
    if not cue.passive:
        for d in subj:
            if d.deprel == "nsubj:pass":
                d.deprel = "nsubj"
    agent = [w for w in sent.dependents(v.i, "obl:agent")] or [
        w for w in sent.dependents(v.i, "obl") if any(c.lemma == "von" for c in sent.dependents(w.i, "case"))]
    if cue.lemma == "zitieren":
        # "Tass zitierte ihn" / "er wurde von Tass zitiert": the quoted one is the speaker
        if cue.passive:  # "wurde er von Tass zitiert"
            quoted = [w for w in sent.dependents(v.i, "nsubj") if w not in agent]
            medium = agent
        else:  # "Tass zitierte ihn"
            quoted = [w for w in sent.dependents(v.i, "obj")]
            medium = [w for w in subj if w.deprel == "nsubj"]
        if quoted:
            cue.source = _mention(sent, quoted[0])
        if medium:
            cue.outlet_words = _mention(sent, medium[0])
        return
    if _inverted(sent, v, subj):
        # "<clause>, sagte X": the subject follows the verb, whatever the parser thought
        after = [d for d in sent.dependents(v.i) if d.i > v.i and d.upos in ("NOUN", "PROPN", "PRON")
                 and not sent.dependents(d.i, "case") and d.deprel.split(":")[0] in ("nsubj", "obj", "iobj", "obl", "dep", "appos", "nmod")]
        if after:
            # "sagte Russlands Verteidigungsminister Sergej Schoigu": the title with the
            # name, not the genitive before it
            after.sort(key=lambda d: (d.deprel != "nsubj", not _has_name(sent, d),
                                      d.featdict.get("Case") not in ("Nom", None), -len(_mention(sent, d)), d.i))
            cue.source = _mention(sent, after[0])
            return _verb_outlet(cue)
    if len(subj) > 1:
        # two subjects (a parse error): the one with a title and a name, not a genitive
        subj = sorted(subj, key=lambda d: (d.deprel != "nsubj", not _has_name(sent, d),
                                           -len(_mention(sent, d)), d.i))
    subj = _prefer_named(sent, v, subj)
    if subj and subj[0].lemma in TIME_NOUNS:
        # "Wenige Tage zuvor hatte Putin bekannt gegeben": a time taken for the subject;
        # the name the parser made an object is who spoke
        other = [d for d in sent.dependents(v.i, "obj", "nsubj") if d.upos in ("PROPN", "NOUN")
                 and d.lemma not in TIME_NOUNS and d.featdict.get("Case", "Nom") == "Nom"]
        subj = [other[0]] if other else []
    if subj and subj[0].deprel != "nsubj:pass":  # a subject, or the named one `_prefer_named` chose
        s = subj[0]
        if s.lemma in SUBJ_PRONOUNS_REL and s.upos == "PRON" and v.deprel.startswith("acl"):
            s = sent.words[v.head]  # relative clause: "der Sprecher, der sagte, ..."
        cue.source = _mention(sent, s)
    elif cue.passive and agent:
        cue.source = _mention(sent, agent[0])
    elif v.deprel in ("conj", "xcomp") and v.head >= 0:
        head_subj = sent.dependents(v.head, "nsubj")
        if head_subj:
            cue.source = _mention(sent, head_subj[0])
    if not cue.source and not cue.passive:
        # "Um 10 Uhr meldete die Nachrichtenseite „Golem“, …": with a fronted adverbial and
        # a nominative that looks accusative, the parser takes the subject for an object;
        # a noun right after the verb whose phrase ends at the comma is the subject
        for d in sent.dependents(v.i, "obj"):
            m = _mention(sent, d)
            nxt = max(m) + 1 if m else len(sent.words)
            while nxt < len(sent.words) and sent.words[nxt].text in "“”\"»«‘’":
                nxt += 1
            if d.i > v.i and d.upos in ("NOUN", "PROPN") and d.featdict.get("Case") not in ("Dat", "Gen") \
                    and nxt < len(sent.words) and sent.words[nxt].text in (",", ":") and min(m) == v.i + 1:
                cue.source = m
                break
    if not cue.source and not cue.passive:
        # "die Marke, die Gerhard Schröder erklärt hatte": a relative pronoun and a name
        # both before the verb, both taken for objects; one of them is the subject
        objs = sent.dependents(v.i, "obj")
        if any(d.xpos == "PRELS" for d in objs):
            named = [d for d in objs if d.xpos != "PRELS" and d.upos in ("NOUN", "PROPN")
                     and d.i < v.i and d.featdict.get("Case") not in ("Dat", "Gen")]
            if len(named) == 1:
                cue.source = _mention(sent, named[0])
    if cue.lemma == "heißen" and [sent.words[j].text.lower() for j in cue.source] == ["es"]:
        cue.source = []  # "hieß es": an expletive; the speaker comes from the context
    if not cue.source and cue.passive:
        # "So wird in einer Pressemitteilung der Organisation gefordert, dass …": with no
        # agent, the document the passive speaks through is the source
        for o in sent.dependents(v.i, "obl"):
            if any(c.lemma == "in" for c in sent.dependents(o.i, "case")) and _document(o):
                cue.source = _mention(sent, o)
                break
    if not cue.source and cue.lemma == "heißen":
        # "In der Mitteilung des Ministeriums heißt es, ..."
        for o in sent.dependents(v.i, "obl"):
            gen = sent.dependents(o.i, "nmod")
            cue.source = _mention(sent, gen[0] if gen else o)
            break
    _verb_outlet(cue)


DOCUMENTS = {"Brief", "Schreiben", "Interview", "Urteil", "Beschluss", "Resolution", "Rede", "Antwort",
             "Klage", "Anklage", "Anklageschrift", "Entscheidung", "Begründung", "Konferenz", "Sitzung"}


def _document(w: Word) -> bool:
    """A noun for something that says things: "Bericht", "Pressemitteilung", "Urteil"."""
    nouns = lexicon.load().cue_nouns
    return w.upos == "NOUN" and (w.lemma in nouns or w.lemma in DOCUMENTS or any(
        w.lemma.endswith(n.lower()) for n in ("bericht", "mitteilung", "erklärung", "studie", "brief")))


TIME_NOUNS = {"Tag", "Woche", "Monat", "Jahr", "Stunde", "Minute", "Zeit", "Abend", "Morgen", "Nacht",
              "Wochenende", "Vormittag", "Nachmittag", "Mittag", "Zeitpunkt"}


def _verb_outlet(cue: Cue) -> None:
    """The medium it was said to: "sagte er der ARD", "sagte er im Interview mit dem ZDF"."""
    sent, v = cue.sent, cue.word
    # "teilte das Ministerium im Onlinedienst Telegram mit": the parser hangs the medium on
    # the subject; it is the outlet, not part of who spoke
    for j in list(cue.source):
        d = sent.words[j]
        if d.deprel == "nmod" and d.head in cue.source and sent.dependents(d.i, "case") and _outlet_candidate(sent, d):
            medium = set(sent.subtree(d.i))
            cue.source = [k for k in cue.source if k not in medium]
            cue.outlet_words = cue.outlet_words or _outlet_candidate(sent, d)
            break
    for d in sent.dependents(v.i, "obj", "iobj", "obl", "nsubj", "dep", "nmod", "appos"):
        if set(sent.subtree(d.i)) & set(cue.source) or (d.deprel == "nsubj" and not cue.source):
            continue
        cue.outlet_words = cue.outlet_words or _outlet_candidate(sent, d)


SET_PHRASES = {"genauer", "anders", "kurz", "ehrlich", "offen", "salopp", "vereinfacht", "besser", "sozusagen"}
NOT_SPEECH_WHEN_REFLEXIVE = {"bestätigen", "zeigen", "erklären", "finden", "halten", "melden"}
NON_CONTENT_START = {"sodass", "damit", "weil", "da", "wenn", "falls", "obwohl", "als", "nachdem",
                     "bevor", "während", "um", "sofern", "indem", "seit", "seitdem", "bis", "ehe"}


def _idiom(sent: Sentence, w: Word, lemma: str) -> bool:
    """"genauer gesagt", "das bestätigt sich": forms of cue verbs that report nothing."""
    prev = sent.words[w.i - 1].text.lower() if w.i > 0 else ""
    if w.text == "gesagt" and prev in SET_PHRASES:
        return True
    if lemma in NOT_SPEECH_WHEN_REFLEXIVE and any(
            d.xpos == "PRF" or (d.text.lower() == "sich" and d.upos == "PRON") for d in sent.dependents(w.i)):
        return True
    return False


def _bad_start(sent: Sentence, idx: list[int]) -> bool:
    """Content that opens like an adverbial or relative clause ("…, so dass", "…, die
    wiederum …") is not what was said."""
    if not idx:
        return True
    first = sent.words[idx[0]]
    nxt = sent.words[idx[0] + 1].text.lower() if idx[0] + 1 < len(sent.words) else ""
    if first.text.lower() == "so" and nxt in ("dass", "daß", ","):
        return True  # "…, so dass": a consequence, not content ("so viele Besucher" is)
    if first.upos == "ADV" and nxt in NON_CONTENT_START:
        return True  # "Selbst wenn …", "Erst nachdem …"
    return first.text.lower() in NON_CONTENT_START or first.xpos in ("PRELS", "PRELAT") or (
        first.xpos == "KOUS" and first.lemma.lower() not in CONTENT_MARKS)


def _inverted(sent: Sentence, v: Word, subj: list[Word]) -> bool:
    """"<clause>, sagte X": a comma right before the verb and a finite clause before the
    comma (not "Ein Sprecher, Lars Beringer, sagte", where the comma closes an apposition)."""
    if subj and subj[0].i > v.i:
        return False
    if subj and subj[0].i == 0 and subj[0].text.lower() in ("dies", "das", "dieses", "es"):
        return True  # "Dies bestätigte Stoiber": the demonstrative is the object
    if v.i < 2 or sent.words[v.i - 1].text not in (",", "–", "—"):
        return False
    inside_subj = set(sent.subtree(subj[0].i)) if subj else set()
    return any(w.i < v.i - 1 and w.i not in inside_subj and w.upos in ("VERB", "AUX")
               and (w.xpos.endswith("FIN") or w.featdict.get("VerbForm") == "Fin") for w in sent.words)


def _has_name(sent: Sentence, w: Word) -> bool:
    """A person or institution by name or role, or a personal pronoun standing for one."""
    lex = lexicon.load()
    if w.upos == "PRON" and w.xpos == "PPER" and w.text.lower() in ("er", "sie", "ich", "wir"):
        return True
    return any(sent.words[j].upos == "PROPN" or sent.words[j].lemma in lex.roles for j in _mention(sent, w))


def _prefer_named(sent: Sentence, v: Word, subj: list[Word]) -> list[Word]:
    """Object-first sentences fool the parser ("Die Anwendung … stellte der Vorsitzende
    Franz Müntefering in Frage"): when the subject names no one and another bare noun
    phrase of the verb is a named person in the nominative, that one speaks."""
    if subj and subj[0].deprel == "nsubj" and not _has_name(sent, subj[0]) and subj[0].upos != "PRON":
        others = [d for d in sent.dependents(v.i, "obj", "iobj", "nsubj", "obl")
                  if d is not subj[0] and not sent.dependents(d.i, "case")
                  and d.featdict.get("Case") == "Nom" and _has_name(sent, d)]
        if others:
            return [others[0]]
    return subj


def _outlet_candidate(sent: Sentence, w: Word) -> list[int]:
    lex = lexicon.load()
    for j in sent.subtree(w.i):
        x = sent.words[j]
        if x.upos in ("PROPN", "NOUN", "X") and (lex.outlet(x.text) or x.lemma in lex.outlets):
            return _mention(sent, sent.words[j])
    return []


def _verb_content(cue: Cue) -> None:
    sent, v = cue.sent, cue.word
    if v.deprel in ("aux", "cop", "aux:pass") and v.head >= 0:
        v = sent.words[v.head]  # "wie bekannt wurde": the clause hangs off "bekannt"
    if v.xpos == "VVPP" and cue.lemma in ("nennen", "bezeichnen") and not sent.dependents(v.i, "aux", "aux:pass"):
        return  # "das Profil 1.1, auch „Bonus View“ genannt, …": a name given, no speech act
    exclude = {v.i} | set(cue.source)
    # 1. the clause is a dependent: "X sagte, Y sei Z" / "X sagte, dass ..." -- or hangs
    #    off a pronominal adverb: "geht davon aus, dass ...".  Parsers label such clauses
    #    ccomp, parataxis, xcomp, conj or advcl; what counts is a verbal clause after a
    #    comma (or colon) that is not an adverbial clause ("weil", "wenn", "um … zu").
    kids = sent.dependents(v.i)
    kids += [d for k in kids if k.xpos in ("PAV", "PROAV") or k.lemma in ("davon", "darauf", "dafür", "darüber", "damit")
             for d in sent.dependents(k.i)]
    kids.sort(key=lambda c: (c.i < v.i, c.i))  # "X sagte, <clause>" is the common order
    for c in kids:
        rel = c.deprel.split(":")[0]
        if rel not in CLAUSE_RELS + ("advcl", "conj", "obj", "acl", "obl", "nmod"):
            continue
        if not _is_clause(sent, c):
            continue
        marks = {d.lemma.lower() for d in sent.dependents(c.i, "mark")}
        if marks - CONTENT_MARKS:
            continue  # "weil …", "wenn …", "um … zu": not what was said
        lead = [sent.words[j] for j in sorted(sent.subtree(c.i)) if sent.words[j].upos != "PUNCT"][:2]
        if any(x.text.lower() in ("ohne", "statt", "anstatt", "außer") for x in lead):
            continue  # "…, ohne dass die Dauer angegeben wurde": circumstance, not content
        if rel in ("conj", "advcl", "obl", "nmod", "acl") and c.i < v.i:
            continue
        if rel == "conj" and any(d.lemma.lower() in COORDINATORS for d in sent.dependents(c.i, "cc")):
            continue  # "bestreiten den Vorwurf, beharren aber auf …": a second main clause
        idx = sent.subtree(c.i, exclude=exclude)
        if len(idx) < 3 or set(idx) & set(cue.source):
            continue
        if c.i < v.i and not _separated(sent, max(idx), v.i):
            continue  # "An die Gewerkschaften gewandt sagte Köhler, …": no clause of its own
        if c.i > v.i and not _separated(sent, v.i, min(idx)) and rel not in ("ccomp", "xcomp"):
            continue  # "sagte das gestern" -- a clause after a cue is set off by a comma
        if c.i > v.i:
            # the clause starts right after the comma, whatever the parser attached where
            sep = max((j for j in range(v.i + 1, min(idx) + 1) if sent.words[j].text in (",", ":", "–", "—")),
                      default=None)
            if sep is not None and not set(range(sep + 1, min(idx))) & exclude:
                idx = list(range(sep + 1, max(idx) + 1))
        if _bad_start(sent, _trim(sent, idx)) or c.deprel == "acl:relcl":
            continue
        cue.content = _trim(sent, idx)
        return
    # 2. the cue hangs off the clause: "Y sei Z, sagte X" / "Y ist Z, wie X sagte"
    marks = {d.lemma.lower() for d in sent.dependents(v.i, "mark")}
    if v.head >= 0 and v.deprel.split(":")[0] in ("parataxis", "advcl", "conj", "ccomp", "acl") \
            and not marks - {"wie"}:  # "…, dass X nicht informiert worden war" reports nothing
        h = sent.words[v.head]
        if v.deprel.startswith("acl") and not _is_wie(sent, v):
            return
        if v.deprel.startswith("conj") and (h.i > v.i or _is_cue_verb(sent, h)):
            return  # "sagte, … und fügte hinzu": the first verb's clause is no content
        idx = sent.subtree(h.i, exclude=set(sent.subtree(v.i)))
        if len(idx) >= 3 and not _bad_start(sent, _trim(sent, idx)):
            cue.content = _trim(sent, idx)
            return
    # 3. the word order, when the tree does not show the clause -- not for a cue inside an
    #    adverbial clause ("Nachdem sie die Polizei informiert hatte, wurde …") nor for a
    #    second main clause ("bestreiten den Vorwurf, beharren aber auf …")
    if marks - {"wie"} - CONTENT_MARKS:
        return
    linear = _linear_content(cue)
    coordinated = {c.i for c in sent.dependents(v.i, "conj")
                   if any(d.lemma.lower() in COORDINATORS for d in sent.dependents(c.i, "cc"))}
    if len(linear) >= 3 and not set(linear) & set(cue.source) and not _bad_start(sent, linear) \
            and not coordinated & set(linear):
        cue.content = linear
        return
    # 4. the cue is the root and the clause sits beside it without a link
    if v.deprel == "root":
        for c in sent.dependents(v.i, "parataxis", "advcl", "conj"):
            if c.upos in ("VERB", "AUX") and c.i < v.i:
                idx = sent.subtree(c.i)
                if len(idx) >= 3 and not _bad_start(sent, _trim(sent, idx)):
                    cue.content = _trim(sent, idx)
                    return


COORDINATORS = {"und", "aber", "oder", "doch", "sondern", "denn", "jedoch"}
CONTENT_MARKS = {"dass", "daß", "ob", "wie", "warum", "weshalb", "wieso", "wann", "wo", "wer", "was",
                 "welche", "welcher", "welches", "inwiefern", "inwieweit", "zu"}


def _is_clause(sent: Sentence, c: Word) -> bool:
    """A verbal clause: a verb with a subject, a finite verb, or a zu-infinitive."""
    deps = sent.dependents(c.i)
    if c.upos not in ("VERB", "AUX") and not any(d.deprel == "cop" for d in deps):
        return False
    if any(d.deprel.startswith(("nsubj", "csubj")) for d in deps):
        return True
    if c.xpos.endswith(("FIN", "IZU")) or c.featdict.get("VerbForm") == "Fin" or _zu_infinitive(c):
        return True
    return any(d.lemma == "zu" or d.xpos.endswith("FIN") for d in deps)


def _separated(sent: Sentence, a: int, b: int) -> bool:
    """A comma, colon or dash between words a and b."""
    lo, hi = sorted((a, b))
    return any(sent.words[j].text in (",", ":", "–", "—", "-") for j in range(lo + 1, hi + 1))


def _is_cue_verb(sent: Sentence, w: Word) -> bool:
    lex = lexicon.load()
    return w.upos == "VERB" and (lex.cue(verb_lemma(sent, w)) is not None or lex.cue(w.lemma) is not None)


def _linear_content(cue: Cue) -> list[int]:
    """The two commonest shapes of German attribution, read off the word order when the
    parse is unhelpful: "<clause>, sagte X [adverbs]." and "X sagte [adverbs], <clause>"."""
    sent, v = cue.sent, cue.word
    words = sent.words
    end = len(words)
    while end > 0 and words[end - 1].upos == "PUNCT":
        end -= 1
    own = set(sent.subtree(v.i))
    # inverted: a comma right before the verb, and only the verb's own words after it
    if v.i > 1 and words[v.i - 1].text in (",", "–", "—") and all(j in own for j in range(v.i, end)):
        return _trim(sent, list(range(0, v.i - 1)))
    # forward: only the verb's own words before it, a comma after them
    if all(j in own for j in range(0, v.i)):
        for j in range(v.i + 1, end):
            if words[j].text in (",", ":"):
                if all(k in own for k in range(v.i, j)):
                    return _trim(sent, list(range(j + 1, end)))
                break
    return []


def _is_wie(sent: Sentence, v: Word) -> bool:
    return any(d.lemma == "wie" for d in sent.dependents(v.i, "mark", "advmod"))


def _trim(sent: Sentence, idx: list[int]) -> list[int]:
    """Drop edge punctuation and the complementizer ("dass", "ob") from a content span;
    fill gaps so the span is contiguous."""
    if not idx:
        return idx
    idx = list(range(min(idx), max(idx) + 1))
    while idx and (sent.words[idx[0]].upos == "PUNCT" or sent.words[idx[0]].text in PUNCT_EDGE
                   or (sent.words[idx[0]].deprel == "mark" and sent.words[idx[0]].lemma in ("dass", "daß", "ob"))
                   or sent.words[idx[0]].upos == "CCONJ"):
        idx.pop(0)
    while idx and (sent.words[idx[-1]].upos == "PUNCT" and sent.words[idx[-1]].text not in "“”\"«»‘’‹"
                   or sent.words[idx[-1]].text in ",;:–—-"):
        idx.pop()
    return idx


def _mention(sent: Sentence, w: Word) -> list[int]:
    """The noun phrase of `w` without relative clauses and long appendages: what a reader
    would underline as "the speaker"."""
    cut = {d.i for d in sent.words if d.head == w.i and d.deprel in ("acl:relcl", "acl", "punct", "parataxis")}
    # "von Musikkennern als „Meilensteine …“ bezeichnet": the parser may hang the
    # predicative "als" phrase on the agent; it is what was said, not who said it
    cut |= {d.i for d in sent.words if d.head == w.i and d.i > w.i
            and any(c.deprel in ("case", "cc") and c.text.lower() in ("als", "wie") for c in sent.dependents(d.i))}
    idx = sent.subtree(w.i, exclude=cut)
    # keep the contiguous block around w
    idx = sorted(idx)
    lo = hi = idx.index(w.i)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi < len(idx) - 1 and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    block = idx[lo:hi + 1]
    while block and sent.words[block[-1]].upos == "PUNCT":
        block.pop()
    while block and sent.words[block[0]].upos == "PUNCT":
        block.pop(0)
    return block


# --- prepositions, nouns, "so" -------------------------------------------------------

def _clause_minus(sent: Sentence, head: int, phrase: list[int]) -> list[int]:
    """The clause of `head` without the attribution phrase when the phrase sits at its
    edge; the whole clause when the phrase is inside it."""
    clause = sent.subtree(head)
    lo, hi = min(clause), max(clause)
    plo, phi = min(phrase), max(phrase)
    body = list(range(lo, hi + 1))
    if plo <= lo + 1:
        body = [j for j in body if j > phi]
    elif phi >= _last_non_punct(sent, hi) - 1:
        body = [j for j in body if j < plo]
    return _trim(sent, body)


def _last_non_punct(sent: Sentence, hi: int) -> int:
    while hi > 0 and sent.words[hi].upos == "PUNCT":
        hi -= 1
    return hi


def _clause_head(sent: Sentence, w: Word) -> int:
    """The verb (or predicate) whose clause contains w."""
    j = w.i
    while sent.words[j].head >= 0:
        h = sent.words[j].head
        if sent.words[h].upos in ("VERB", "AUX") or sent.words[j].deprel in ("obl", "advmod", "nmod") \
                and sent.words[h].upos not in ("NOUN", "PROPN", "PRON"):
            return h
        j = h
    return j


def _prep_cue(sent: Sentence, w: Word) -> Cue | None:
    noun = sent.words[w.head] if w.head >= 0 else None
    lemma = w.lemma.lower()
    if lemma == "zufolge" and (noun is None or noun.i > w.i):
        # a postposition: its noun comes before it, whatever the parse says
        before = [x for x in sent.words[max(0, w.i - 4):w.i] if x.upos in ("NOUN", "PROPN")]
        noun = before[-1] if before else noun
    cue = Cue(sent, w.i, lemma, "prep", 0.85, words=[w.i])
    if noun is None:
        return cue
    head = _clause_head(sent, noun)
    if noun.upos == "NOUN" and _is_cue_noun(noun.lemma, lexicon.load().cue_nouns):
        _noun_source(cue, noun, head)
        cue.source = [j for j in cue.source if j != w.i]
    else:
        cue.source = [j for j in _mention(sent, noun) if j != w.i]
    phrase = sorted(set(cue.source) | {w.i})
    cue.content = _clause_minus(sent, head, phrase)
    return cue


def _is_cue_noun(lemma: str, nouns: frozenset[str]) -> bool:
    """"Angabe", and compounds ending in one: "Polizeiangabe", "Medienbericht"."""
    if lemma in nouns:
        return True
    low = lemma.lower()
    return any(low.endswith(n.lower()) and len(low) > len(n) + 2 for n in nouns if len(n) >= 6)


def _noun_cue(sent: Sentence, w: Word) -> Cue | None:
    """"nach Angaben der Polizei", "nach seinen Worten", "nach Ansicht von X"."""
    case = sent.dependents(w.i, "case")
    if not any(c.lemma in ("nach", "laut", "zufolge", "gemäß") for c in case):
        return None
    cue = Cue(sent, w.i, _cue_noun_lemma(w.lemma), "noun", 0.8, words=[c.i for c in case] + [w.i])
    phrase = sent.subtree(w.i)
    head = _clause_head(sent, w)
    _noun_source(cue, w, head)
    if w.lemma == "Vernehmen":
        cue.source = []  # "dem Vernehmen nach": hearsay, nobody named
    cue.content = _clause_minus(sent, head, phrase)
    return cue


def _content_noun_cue(sent: Sentence, w: Word) -> Cue | None:
    """"die Forderung Stoibers, auf die SPD zuzugehen", "kamen zu dem Ergebnis, dass …",
    "die Ankündigung, der Iran werde …": the clause after the noun (and its genitive) is
    what was said or thought.  The parser hangs such clauses anywhere, so the clause is
    read off the word order: a comma, then a dass/ob/wh-clause, a zu-infinitive, or a
    verb-second clause in Konjunktiv."""
    from .indirect import clause_mood  # indirect imports this module

    words = sent.words
    own = set(sent.subtree(w.i))
    j = w.i + 1
    while j < len(words) and words[j].text != "," and (j in own or words[j].xpos == "PTKVZ") \
            and words[j].upos not in ("VERB", "AUX"):
        j += 1  # the noun's genitive, or the particle of its verb ("stellten die Theorie auf")
    if j + 1 >= len(words) or words[j].text != ",":
        return None
    start = j + 1
    h = start
    while words[h].head >= 0 and min(sent.subtree(words[h].head)) >= j:
        h = words[h].head
    head = words[h]
    if head.upos not in ("VERB", "AUX") and not sent.dependents(h, "cop"):
        return None
    idx = _trim(sent, [k for k in sent.subtree(h) if k >= start])
    if len(idx) < 3 or idx[0] > start + 1:
        return None
    first = words[start]
    dass = first.lemma.lower() in ("dass", "daß", "ob") or first.text.lower() in ("dass", "daß", "ob")
    zu_clause = first.xpos not in ("KOUS", "PRELS", "PRELAT", "PWAV") and any(
        x.xpos in ("PTKZU", "VVIZU") or _zu_infinitive(x) for x in (words[k] for k in idx))
    if not (dass or zu_clause) and (clause_mood(sent, idx) == "ind" or _bad_start(sent, idx)):
        return None  # a verb-second clause counts only in Konjunktiv; no relative clauses
    cue = Cue(sent, w.i, w.lemma, "noun", 0.7, words=[w.i])
    clause_head = _clause_head(sent, w)
    _noun_source(cue, w, clause_head)
    if cue.name is None:
        # "Die Experten kamen zu dem Ergebnis": the subject of the noun's verb; "X ist der
        # Meinung": the subject of the noun itself
        subj = sent.dependents(w.i, "nsubj") if clause_head == w.i else \
            [d for d in sent.dependents(clause_head, "nsubj") if d.i not in own]
        h = sent.words[clause_head]
        if not subj and h.deprel == "conj" and h.head >= 0:
            subj = sent.dependents(h.head, "nsubj")  # "äußerte Vorbehalte und wagte die Prognose, …"
        cue.source = _mention(sent, subj[0]) if subj else []
    cue.content = idx
    return cue


def _zu_infinitive(w: Word) -> bool:
    """"zuzugehen", "anzukündigen": an infinitive with "zu" inside (tagged VVINF)."""
    low, lemma = w.text.lower(), w.lemma.lower()
    return w.upos == "VERB" and low != lemma and low.replace("zu", "", 1) == lemma


def _cue_noun_lemma(lemma: str) -> str:
    """"Polizeiangabe" -> "Angabe": the cue is the source noun."""
    lex = lexicon.load()
    if lemma in lex.cue_nouns:
        return lemma
    low = lemma.lower()
    for n in sorted(lex.cue_nouns, key=len, reverse=True):
        if low.endswith(n.lower()):
            return n
    return lemma


def _noun_source(cue: Cue, noun: Word, clause_head: int) -> None:
    """The mention is the whole source phrase ("Angaben der Polizei", "seinen Worten"),
    the name comes from its genitive or von-phrase, from "eigenen" the clause subject."""
    sent = cue.sent
    cue.source = [j for j in _mention(sent, noun) if j not in cue.words or j == noun.i]
    owner = [d for d in sent.dependents(noun.i, "nmod", "det:poss")] + \
        [d for d in sent.dependents(noun.i, "det") if "Poss=Yes" in d.feats]
    if owner:
        cue.name = _mention(sent, owner[0])
    elif any(d.lemma == "eigen" for d in sent.dependents(noun.i, "amod")):
        subj = [d for d in sent.dependents(clause_head, "nsubj")]
        if subj:
            cue.name = _mention(sent, subj[0])


def _so_cue(sent: Sentence, w: Word) -> Cue | None:
    """"…, so der Sprecher." / "So Müller." -- "so" followed by a short source phrase
    that ends the sentence."""
    words = sent.words
    prev = words[w.i - 1] if w.i > 0 else None
    if prev is not None and prev.text not in (",", "–", "—", "-", ":"):
        return None
    tail = [x for x in words[w.i + 1:]]
    while tail and tail[-1].upos == "PUNCT":
        tail.pop()
    # the phrase: up to the next comma, a few words, with a noun or name, and no finite verb
    phrase = []
    for x in tail:
        if x.text in (",", ":", ";"):
            break
        phrase.append(x)
    if not phrase or len(phrase) > 8 or not any(x.upos in ("PROPN", "NOUN", "PRON") for x in phrase):
        return None
    if any(x.upos in ("VERB", "AUX") or x.text in "„“”\"»«" for x in phrase):
        return None  # "so „schütze sie Gott“": a clause, not a source
    cue = Cue(sent, w.i, "so", "so", 0.8, words=[w.i])
    cue.source = [x.i for x in phrase if x.text.lower() not in ("weiter", "zudem", "auch")]
    if prev is not None:
        cue.content = _trim(sent, list(range(0, w.i)))
    return cue
