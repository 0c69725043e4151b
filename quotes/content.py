"""What a speech verb reports: the content clause in its sentence.

"X sagte, Y sei Z", "X sagte, dass …", "Y sei Z, sagte X", "Y ist Z, wie X sagte": the
clause is found in the tree where the parser shows it, else from the word order.  A
clause that opens like an adverbial or relative clause ("…, weil", "…, die") is never
content.  Nothing here changes the parse.
"""
from __future__ import annotations

from .german import COMPLEMENTIZERS
from .konjunktiv import clause_mood
from .nlp import Sentence, Word
from .trees import (after_complementizer, is_clause, is_finite, main_verb, opens_relative, opens_with_dass, separated, trim,
                    verb_cluster_end, zu_clause)
from .verbs import is_cue_verb

CLAUSE_RELS = ("ccomp", "parataxis", "xcomp", "csubj")
COORDINATORS = {"und", "aber", "oder", "doch", "sondern", "denn", "jedoch"}
CONTENT_MARKS = set(COMPLEMENTIZERS) | {"wie", "warum", "weshalb", "wieso", "wann", "wo", "wer", "was",
                                        "welche", "welcher", "welches", "inwiefern", "inwieweit", "zu"}
NON_CONTENT_START = {"sodass", "damit", "weil", "da", "zumal", "wenn", "falls", "obwohl", "als", "nachdem",
                     "bevor", "während", "um", "sofern", "indem", "seit", "seitdem", "bis", "ehe", "wobei"}
PRONOMINAL_ADVERBS = ("davon", "darauf", "dafür", "darüber", "damit")
#: dependents of a speech verb that belong to its inquit: "sagte er dazu im Bundestag",
#: "der gesagt hat"
INQUIT_PARTS = ("nsubj", "advmod", "obl", "iobj", "compound", "expl", "aux")
#: Marks that set an inquit off from the clause it follows ("Y sei Z, sagte X").
SEPARATORS = (",", "–", "—", "-", "(", ";", ":")
DASHES = ("–", "—", "-")


def verb_content(sent: Sentence, cue_word: Word, lemma: str, source: list[int]) -> list[int]:
    """The content clause of the speech verb `cue_word` (lemma `lemma`, speaker mention
    `source`), as word indices; [] when the sentence holds none."""
    v = main_verb(sent, cue_word)  # "wie bekannt wurde": the clause hangs off "bekannt"
    if lemma in ("nennen", "bezeichnen") and (v.xpos == "VVPP" and not sent.dependents(v.i, "aux", "aux:pass")
                                             or is_wie(sent, v)):
        return []  # "das Profil 1.1, auch „Bonus View“ genannt, …", "„Uncle Ted“, wie der
        # Senator genannt wurde, …": a name given, no speech act
    found = insertion_clause(sent, v, cue_word, source) or _content(sent, v, cue_word, source)
    if v.i in found or cue_word.i in found:
        return []  # a stretch over the verb itself is no clause it reports (a parse gone wrong)
    if found and found[-1] < v.i and not has_own_verb(sent, found):
        return []
    if lemma == "drohen" and found and found[0] > v.i and not separated(sent, v.i, found[0]):
        return []  # "Entwicklungsländer drohen völlig abgehängt zu werden": a danger, no threat
        # (one says "drohte, … zurückzutreten" with a comma)
    if lemma in ("nennen", "bezeichnen") and found and zu_clause(sent, found) \
            and any(d.upos == "NOUN" for d in sent.dependents(v.i, "obj", "obl", "xcomp")):
        return []  # "bezeichnet die Maßnahme als einen Versuch, die BBC … zu hindern": the
        # infinitive says what the noun is; what was said is the naming (kind reported)
    if found and _reported_by_later_verb(sent, v, found):
        return []  # "bezeichnete das Unglück als „Tragödie“ und erklärte, ihr Land helfe": the
        # clause is what "erklärte" reports, whatever the parser hung it on
    if found and found[0] > v.i and inquit_only(sent, found):
        return []  # "Das muss erklärt werden, sagte der Sprecher": an inquit, not what was explained
    found = without_aside(sent, found)
    found = with_fronted_phrase(sent, v, cue_word, source, found)
    return without_comment(sent, before_cue_conjunct(sent, cue_word, found))


def with_fronted_phrase(sent: Sentence, v: Word, cue_word: Word, source: list[int], found: list[int]) -> list[int]:
    """"erklärte die Ministerin, in den Bundesländern, in denen …, sei die Zahl gestiegen":
    a reported main clause that seems to open with its finite verb has its first phrase
    before it, after the comma that ends the inquit; the parser hung that phrase on the
    speech verb.  The clause then starts there."""
    words = sent.words
    if not found or found[0] <= max([v.i, cue_word.i] + source) + 1 or not is_finite(words[found[0]]) \
            or words[found[0] - 1].text != ",":
        return found
    start = max([v.i, cue_word.i] + source) + 1
    comma = next((k for k in range(start, found[0] - 1) if words[k].text == ","), None)
    if comma is None or comma + 1 >= found[0] - 1:
        return found
    lead = words[comma + 1]
    if lead.lemma.lower() in COMPLEMENTIZERS or lead.upos in ("VERB", "AUX", "PUNCT", "CCONJ") \
            or any(is_finite(words[k]) and words[k].head == v.i for k in range(comma + 1, found[0])):
        return found
    return list(range(comma + 1, found[0])) + found


def subject_after_apposition(sent: Sentence, source: list[int], found: list[int]) -> tuple[list[int], list[int]]:
    """"erklärte der Direktor der IAEO, Mohammed el-Baradei, Nordkorea besitze …": a
    Konjunktiv clause that seems to open with its verb right after the speaker's closed
    apposition has its subject in what the parser ran on into the apposition, the phrase
    after the apposition's closing comma.  Returns the source and the content."""
    words = sent.words
    if not found or not source or found[0] != source[-1] + 1 or not words[found[0]].is_subjunctive:
        return source, found
    commas = [k for k in source if words[k].text == ","]
    if len(commas) < 2 or commas[-1] + 1 >= found[0]:
        return source, found
    return trim(sent, [k for k in source if k < commas[-1]]), list(range(commas[-1] + 1, found[0])) + found


def _reported_by_later_verb(sent: Sentence, v: Word, found: list[int]) -> bool:
    """Does the clause hang, as its content, on a speech verb coordinated after `v`?"""
    inside = set(found)
    for j in found:
        gov = sent.words[j].head
        if gov not in inside and gov > v.i and sent.words[j].deprel.split(":")[0] in ("ccomp", "parataxis") \
                and sent.words[gov].deprel == "conj" and is_cue_verb(sent, sent.words[gov]):
            return True
    return False


def quoting_aside(words: list[Word]) -> bool:
    """"Thym sagte dazu – ich zitiere –:", "…, Zitat:": the speaker's own aside that the
    words after the colon are quoted."""
    said = [w.text.lower() for w in words if any(c.isalnum() for c in w.text)]
    return said in (["ich", "zitiere"], ["zitat"], ["ich", "zitiere", "wörtlich"])


def without_aside(sent: Sentence, idx: list[int]) -> list[int]:
    """A content span without a quoting aside at its end ("äußerte sich deutlicher – ich
    zitiere –:"); [] when nothing with a finite verb is left: what was said follows the
    colon."""
    words = sent.words
    for k, j in enumerate(idx):
        if quoting_aside([words[x] for x in idx[k:]]) and (k == 0 or words[j].upos == "PUNCT"):
            rest = trim(sent, idx[:k])
            return rest if any(is_finite(words[x]) for x in rest) else []
    return idx


#: words that open a relative clause on a whole clause: a comment on it, not part of it
COMMENT_OPENERS = {"was", "wobei", "womit", "weshalb", "weswegen", "wodurch", "worauf", "woraufhin"}


def without_comment(sent: Sentence, idx: list[int]) -> list[int]:
    """"…, den Putsch verantwortet zu haben, was dieser jedoch zurückweist": the clause on
    the whole reported clause is the writer's comment; the content ends before it, as it
    ends at a semicolon that opens a main clause of the writer's."""
    words = sent.words
    for k, j in enumerate(idx[1:-1], start=1):
        if words[j].text == ";" and not any(words[i].text in "„“\"»«" for i in idx[:k]):
            return idx[:k]  # "…, die Anschläge verübt zu haben; diese bekannte sich nie …"
        opener = words[idx[k + 1]]
        if words[j].text != "," or opener.text.lower() not in COMMENT_OPENERS \
                or opener.xpos not in ("PRELS", "PWS", "PWAV", "PRELAT", "PROAV", "ADV"):
            continue
        if opener.text.lower() == "was" and not _has_object(sent, idx[:k]):
            continue  # "die Regierung erkenne an, was Serbien geleistet habe": the object itself
        return idx[:k]
    return idx


def _has_object(sent: Sentence, idx: list[int]) -> bool:
    """Has the last verb of `idx` an object of its own and no "danach"/"darüber" pointing
    ahead (then a "was" clause after it is no object of it)?"""
    verbs = [sent.words[j] for j in idx if sent.words[j].upos == "VERB"]
    if not verbs:
        return False
    kids = sent.dependents(verbs[-1].i)
    return any(d.deprel == "obj" for d in kids) and not any(
        d.xpos in ("PAV", "PROAV") or d.lemma in PRONOMINAL_ADVERBS for d in kids)


def inquit_only(sent: Sentence, idx: list[int]) -> bool:
    """Is the clause `idx` an inquit and nothing else: a speech verb first, then its
    subject and adverbs, no object ("…, sagte der Sprecher", "…, teilte ein Sprecher mit")?"""
    w = sent.words[idx[0]]
    if not is_finite(w) or not is_cue_verb(sent, w):
        return False
    kids = [k for k in sent.dependents(w.i) if k.i in idx]
    return any(k.deprel.startswith("nsubj") for k in kids) and all(
        k.deprel.split(":")[0] in ("nsubj", "advmod", "compound", "punct", "obl", "aux") for k in kids) \
        and set(idx) <= set(sent.subtree(w.i))


def before_cue_conjunct(sent: Sentence, cue_word: Word, idx: list[int]) -> list[int]:
    """The content up to "und" + a verb in the cue's own tense and mood with no subject of
    its own: "sagte, sie müssten ihre Zurückhaltung aufgeben und bemühte hier das Bild
    vom …" -- the second verb is the speaker's next act, not part of what was said.  In an
    indicative dass clause only a verb that goes before its own objects ("teilte mit, dass
    die Niederschläge anhalten und warnte vor neuen Regenfällen"): within the clause every
    verb would come last."""
    words = sent.words
    if not idx or idx[0] < cue_word.i or not is_finite(cue_word) or cue_word.featdict.get("Mood", "Ind") != "Ind":
        return idx
    dass = clause_mood(sent, idx) == "ind"
    if dass and not after_complementizer(sent, idx):
        return idx
    tense = cue_word.featdict.get("Tense")
    for k, j in enumerate(idx[1:-1], 1):
        v = words[idx[k + 1]]
        if words[j].lemma in ("und", "sowie") and is_finite(v) and v.featdict.get("Tense") == tense \
                and v.featdict.get("Mood", "Ind") == "Ind" and not sent.dependents(v.i, "nsubj", "nsubj:pass") \
                and (not dass or any(d.i > v.i and d.upos != "PUNCT" for d in sent.dependents(v.i))):
            return trim(sent, idx[:k])
    return idx


def clause_after(sent: Sentence, j: int) -> list[int]:
    """The clause after the comma or colon right after word `j` (a cue's last word: "gab
    … bekannt, dass …"), to the end of the sentence; [] if none stands there or it opens
    like an adverbial or relative clause."""
    words = sent.words
    if j + 1 >= len(words) or words[j + 1].text not in (",", ":"):
        return []
    idx = trim(sent, list(range(j + 2, _end(sent))))
    return idx if len(idx) >= 3 and not bad_start(sent, idx) else []


def has_own_verb(sent: Sentence, idx: list[int]) -> bool:
    """Does a clause before the cue have a finite verb outside its relative clauses?  "In
    einem Referendum, das … stattfand, sprach sich …", "Die Zahl der Menschen, die …
    getötet worden sein sollen, bezifferte Xinhua mit 13": a phrase with a relative
    clause is no content clause."""
    words = sent.words
    ids = set(idx)
    if idx and idx[0] > 0 and words[idx[0] - 1].text in "„“\"»«‚‘›‹":
        return True  # words in marks are what was said, with a verb or without
    if not idx or words[idx[0]].xpos != "APPR" and not any(
            words[j].head not in ids and words[j].upos in ("NOUN", "PROPN") for j in idx):
        return True  # (a clause whose head is a verb, even one the tagger missed)
    relative = False  # inside ", die … ," / ", in denen … ,"
    for k, j in enumerate(idx):
        if words[j].text == ",":
            nxt = words[idx[k + 1]] if k + 1 < len(idx) else None
            relative = nxt is not None and nxt.xpos in ("PRELS", "PRELAT", "APPR")
        elif is_finite(words[j]) and not relative:
            return True
    return False


def _content(sent: Sentence, v: Word, cue_word: Word, source: list[int]) -> list[int]:
    """The steps of `verb_content`, in order: the first that finds a clause wins."""
    colon = inquit_colon(sent, v, cue_word, source)
    found = wie_inquit(sent, cue_word, source) or colon_clause(sent, colon)
    if found or colon is not None and min(source, default=v.i) >= min(v.i, cue_word.i) - 1:
        # ("Auf die Frage, ob …, antwortete er: „Nein.“": after an inquit that opens with
        # its verb, what he said follows the colon, whatever stands before it)
        return found
    found = dependent_clause(sent, v, source)
    if found:
        return found
    found = governing_clause(sent, v)
    if found is not None:
        return found
    # 3. the word order, when the tree does not show the clause -- not for a cue inside an
    #    adverbial clause ("Nachdem sie die Polizei informiert hatte, wurde …") nor for a
    #    second main clause ("bestreiten den Vorwurf, beharren aber auf …")
    marks = {d.lemma.lower() for d in sent.dependents(v.i, "mark")}
    if marks - {"wie"} - CONTENT_MARKS:
        return after_subordinate_inquit(sent, v)
    linear = linear_content(sent, cue_word)
    coordinated = {c.i for c in sent.dependents(v.i, "conj")
                   if any(d.lemma.lower() in COORDINATORS for d in sent.dependents(c.i, "cc"))}
    if coordinated & set(linear):
        linear = _dass_before_conjunct(sent, linear, coordinated)
    if len(linear) >= 3 and not set(linear) & set(source) and not bad_start(sent, linear) \
            and not coordinated & set(linear) \
            and not (linear[0] > v.i and _noun_object(sent, v, sent.words[linear[0]])
                     and clause_mood(sent, linear) == "ind" and not zu_clause(sent, linear)):
        return linear
    return clause_beside_root(sent, v)


def _dass_before_conjunct(sent: Sentence, linear: list[int], coordinated: set[int]) -> list[int]:
    """"Wir haben gesagt, dass der Einbruch keine Bagatelle ist, sondern es ist ein
    Verbrechen": the parser made the second main clause a conjunct of the speech verb and
    hung the dass clause on it; the dass clause, up to that conjunct's "sondern/und", is
    still what was said."""
    words = sent.words
    if not after_complementizer(sent, linear):
        return linear
    ccs = [d.i for c in coordinated for d in sent.dependents(c, "cc") if d.i in linear]
    cut = [j for j in linear if j < min(ccs)] if ccs else []
    cut = trim(sent, cut)
    return cut if cut and any(is_finite(words[j]) for j in cut) and not coordinated & set(cut) else linear


def insertion_clause(sent: Sentence, v: Word, cue_word: Word, source: list[int]) -> list[int]:
    """"Die Lage, sagte Müller, sei ernst", "Die Lage sei – das hat Müller gesagt – sehr
    ernst": an inquit set off by commas or dashes inside the clause it reports, which
    has no finite verb on one side of it.  What was said is the whole clause, the
    inquit inside it (as ANNOTATION.md wants an attribution that sits inside a clause)."""
    words = sent.words
    end = inquit_end(sent, v, cue_word, source)
    begin = inquit_start(sent, v, cue_word, source)
    if end is None or begin is None or begin < 2 or end + 2 >= _end(sent):
        return []
    left, right = words[begin - 1].text, words[end + 1].text
    if not (left == right == "," or left in DASHES and right in DASHES) \
            or not all(begin <= k <= end for k in source) or v.deprel.startswith("acl") \
            or not (begin == min(v.i, cue_word.i) or words[begin].text.lower() in INSERTION_OPENERS):
        return []  # not a relative clause ("…, der angab, …"), nor a subject before the comma
    before, after = range(0, begin - 1), range(end + 2, _end(sent))
    finite = [any(is_finite(words[k]) for k in part) for part in (before, after)]
    if finite[0] == finite[1] or any(words[k].text in SEPARATORS for k in before):
        return []  # both sides a clause (or neither); or the clause opens further back
    # (the inquit's words are left out of the clause: its mood is the clause's own)
    return trim(sent, list(before)) + trim(sent, list(after))


#: words that open an inquit inserted in a clause, besides its verb ("…, sagte Müller, …"):
#: "…, so Müller weiter, …", "…, wie Müller sagte, …", "… – das hat Müller gesagt – …"
INSERTION_OPENERS = ("so", "wie", "das", "dies")


def inquit_start(sent: Sentence, v: Word, cue_word: Word, source: list[int]) -> int | None:
    """The first word of an inquit that ends with its verb ("sagte …" opens with it; "das
    hat Müller gesagt", "wie Müller sagte"): its subject, auxiliaries, adverbs and a
    demonstrative object before the verb."""
    words = sent.words
    first = min(v.i, cue_word.i)
    sep = max((k for k in range(first) if words[k].text in SEPARATORS), default=-1)
    # (not what the parser hung on the verb before the separator: the clause's subject)
    inquit = {k for k in _inquit_words(sent, v, cue_word, source, before=True) if k > sep}
    j = first
    while j - 1 > sep and j - 1 in inquit:
        j -= 1
    return j if j <= min(inquit) else None


def inquit_colon(sent: Sentence, v: Word, cue_word: Word, source: list[int]) -> int | None:
    """The index of a colon right after the inquit (the verb, its particle, its subject,
    its adverbs), or None."""
    j = inquit_end(sent, v, cue_word, source)
    return j + 1 if j is not None and j + 1 < len(sent.words) and sent.words[j + 1].text == ":" else None


def colon_clause(sent: Sentence, colon: int | None) -> list[int]:
    """0. "Ich will ganz deutlich sagen: Wer regiert, darf …", "Er sagte dazu: Die Lage
    ist ernst": a colon right after the inquit (`inquit_colon`) opens what was said, all
    the rest of the sentence, however the parser split it."""
    if colon is None:
        return []
    # a whole sentence follows the colon, whatever it opens with ("Wenn man …, zeichnet
    # man …", "Auch da sind Sie gescheitert")
    idx = trim(sent, list(range(colon + 1, _end(sent))))
    return idx if len(idx) >= 3 and any(is_finite(sent.words[k]) for k in idx) else []


def inquit_end(sent: Sentence, v: Word, cue_word: Word, source: list[int]) -> int | None:
    """The last word of an inquit that runs from its verb on ("sagte er dazu", "erklärte
    der Kanzler im Bundestag", "will ganz deutlich sagen"), or None when it has words of
    its own after that (an object: "nannte drei Gründe")."""
    words = sent.words
    inquit = _inquit_words(sent, v, cue_word, source, before=False)
    j = min(v.i, cue_word.i)
    while j + 1 < len(words) and j + 1 in inquit and words[j + 1].text not in (":", "„", "“", "»", "«", '"'):
        j += 1
    # (the parser may hang a clause after the colon on the subject: not the inquit's)
    return j if j >= max(k for k in inquit if k <= j + 1) else None


def _inquit_words(sent: Sentence, v: Word, cue_word: Word, source: list[int], before: bool) -> set[int]:
    """The verb, its subject and the phrases of the verb that belong to an inquit
    (`INQUIT_PARTS`) on one side of it; before it also a demonstrative object ("das hat
    Müller gesagt") and "wie" ("wie die Zeitung schreibt")."""
    inquit = {v.i, cue_word.i} | set(source)
    for k in sent.dependents(v.i):
        rel = k.deprel.split(":")[0]
        if (k.i < v.i) == before and (rel in INQUIT_PARTS or before and (
                rel == "obj" and k.lemma.lower() in ("das", "dies", "der") or rel == "mark" and k.lemma.lower() == "wie")):
            inquit |= set(sent.subtree(k.i))
    return inquit


def wie_inquit(sent: Sentence, cue_word: Word, source: list[int]) -> list[int]:
    """0. "Wie der Focus berichtet, ist HL Tau b …" / "…, wie die Nachrichtenagentur ANSA
    berichtete.": an inquit opened by "wie" that opens or closes the sentence reports all
    the rest of it, wherever the parser hung the wie-clause (on a noun, on an infinitive
    of the main clause).  Only with a speaker inside the wie-clause; "…, wie angekündigt"
    and inquits in mid-sentence are left to the tree."""
    words, end = sent.words, _end(sent)
    first = min(source) if source else cue_word.i
    w0 = next((j for j in range(cue_word.i - 1, -1, -1) if words[j].text in SEPARATORS and j < first
               or words[j].text.lower() == "wie"), None)  # (commas after the name set off its apposition)
    if w0 is None or words[w0].text.lower() != "wie" or not source \
            or not all(w0 < j < cue_word.i for j in source):
        return []
    stop = next((j for j in range(cue_word.i + 1, end) if words[j].text in SEPARATORS), end)
    if any(words[j].upos not in ("VERB", "AUX", "ADP", "ADV") or words[j].xpos == "APPR"
           for j in range(cue_word.i + 1, stop)):
        return []  # not verb-final: "wie" asks ("sagte, wie es weitergehe")
    if w0 == 0 and stop < end:
        idx = trim(sent, list(range(stop + 1, end)))
    elif w0 > 0 and words[w0 - 1].text in SEPARATORS and stop == end:
        idx = trim(sent, list(range(0, w0 - 1)))
    else:
        return []
    return idx if len(idx) >= 3 and not bad_start(sent, idx) else []


def dependent_clause(sent: Sentence, v: Word, source: list[int]) -> list[int]:
    """1. The clause is a dependent: "X sagte, Y sei Z" / "X sagte, dass ..." -- or hangs
    off a pronominal adverb: "geht davon aus, dass ...".  Parsers label such clauses
    ccomp, parataxis, xcomp, conj or advcl; what counts is a verbal clause after a comma
    (or colon) that is not an adverbial clause ("weil", "wenn", "um … zu")."""
    exclude = {v.i} | set(source)
    kids = sent.dependents(v.i)
    kids += [d for k in kids if k.xpos in ("PAV", "PROAV") or k.lemma in PRONOMINAL_ADVERBS
             for d in sent.dependents(k.i)]
    kids += dass_clauses_on_nouns(sent, v)
    kids.sort(key=lambda c: (c.i < v.i, c.i))  # "X sagte, <clause>" is the common order
    for c in kids:
        rel = c.deprel.split(":")[0]
        if not _may_be_content(sent, v, c, rel):
            continue
        idx = sent.subtree(c.i, exclude=exclude)
        if len(idx) < 3 or set(idx) & set(source):
            continue
        if c.i < v.i and not separated(sent, max(idx), v.i):
            continue  # "An die Gewerkschaften gewandt sagte Köhler, …": no clause of its own
        if c.i > v.i and not separated(sent, v.i, min(idx)) and rel not in ("ccomp", "xcomp"):
            continue  # "sagte das gestern" -- a clause after a cue is set off by a comma
        if c.i > v.i:
            # the clause starts right after the comma, whatever the parser attached where
            sep = max((j for j in range(v.i + 1, min(idx) + 1) if sent.words[j].text in (",", ":", "–", "—")),
                      default=None)
            if sep is not None and not set(range(sep + 1, min(idx))) & exclude:
                idx = list(range(sep + 1, max(idx) + 1))
        elif v.i > 0 and sent.words[v.i - 1].text == "," and max(idx) < v.i - 1:
            # "Der neu entdeckte Riesenplanet begleitet den Stern …, teilte die Universität
            # mit": the parser split the clause in two; before an inverted inquit, the
            # clause runs from the start of the sentence (when all of it hangs on the cue)
            before = set(range(0, v.i - 1))
            if not before & exclude and before <= set(sent.subtree(v.i)):
                idx = sorted(before)
        if bad_start(sent, trim(sent, idx)) or c.deprel == "acl:relcl" and not opens_with_dass(sent, c):
            continue
        return trim(sent, idx)
    return []


def dass_clauses_on_nouns(sent: Sentence, v: Word) -> list[Word]:
    """Dass/ob-clauses after the verb `v` that the parser hung on a noun of the verb's
    phrase as if they were relative clauses ("sagte vor der Presse, dass …": on
    "Presse"; "berichtet die Online-Ausgabe des „Spiegel“, dass …": on "Spiegel"). A
    relative clause never opens with "dass", so the clause is the verb's."""
    out = []
    for c in sent.words:
        if c.i <= v.i or not c.deprel.startswith("acl") or not opens_with_dass(sent, c):
            continue
        h = sent.words[c.head] if c.head >= 0 else None
        while h is not None and h.upos in ("NOUN", "PROPN") and h.i > v.i:
            h = sent.words[h.head] if h.head >= 0 else None
        if h is not None and h.i == v.i:
            out.append(c)
    return out


def _may_be_content(sent: Sentence, v: Word, c: Word, rel: str) -> bool:
    """Can the dependent `c` of the verb `v` head its content clause?"""
    if rel not in CLAUSE_RELS + ("advcl", "conj", "obj", "acl", "obl", "nmod"):
        return False
    if not is_clause(sent, c):
        return False
    marks = {d.lemma.lower() for d in sent.dependents(c.i, "mark")}
    if marks - CONTENT_MARKS:
        return False  # "weil …", "wenn …", "um … zu": not what was said
    lead = [sent.words[j] for j in sorted(sent.subtree(c.i)) if sent.words[j].upos != "PUNCT"][:2]
    if any(x.text.lower() in ("ohne", "statt", "anstatt", "außer") for x in lead):
        return False  # "…, ohne dass die Dauer angegeben wurde": circumstance, not content
    if rel in ("conj", "advcl", "obl", "nmod", "acl") and c.i < v.i:
        return False
    if rel == "conj" and any(d.lemma.lower() in COORDINATORS and _opens(sent, c, d)
                             for d in sent.dependents(c.i, "cc")):
        return False  # "bestreiten den Vorwurf, beharren aber auf …": a second main clause
        # (not "…, Nicolas Sarkozy solle doch in Deutschland antreten": a particle inside)
    if rel in ("parataxis", "conj") and c.i > v.i and not marks and _noun_object(sent, v, c) \
            and clause_mood(sent, sent.subtree(c.i)) == "ind" and not zu_clause(sent, sent.subtree(c.i)):
        return False  # "Das Eheideal behauptet seine Herrschaft …, es verschanzt sich …"
    return True


def _opens(sent: Sentence, c: Word, d: Word) -> bool:
    """Does the coordinator `d` open the clause of `c` (first word, or second after its
    verb: "beharren aber")?  Inside the clause "doch", "aber" or "jedoch" is a particle."""
    if d.lemma.lower() not in ("doch", "aber", "jedoch"):
        return True  # "und", "oder", "sondern" coordinate wherever the parser hangs them
    words = [j for j in sorted(sent.subtree(c.i)) if sent.words[j].upos != "PUNCT"]
    return d.i in words[:2]


def _noun_object(sent: Sentence, v: Word, c: Word) -> bool:
    """Has the verb a noun object before the clause `c` (what it did is said already)?
    Not when a colon opens the clause: "empfiehlt X vier Dinge: Vorher Rücklagen bilden, …"
    announces it."""
    start = min(sent.subtree(c.i))
    if start > 0 and sent.words[start - 1].text == ":" or c.text == ":":
        return False
    return any(d.upos in ("NOUN", "PROPN") and d.i < c.i for d in sent.dependents(v.i, "obj"))


def governing_clause(sent: Sentence, v: Word) -> list[int] | None:
    """2. The cue hangs off the clause: "Y sei Z, sagte X" / "Y ist Z, wie X sagte".
    None: look further; []: the verb reports no clause at all."""
    marks = {d.lemma.lower() for d in sent.dependents(v.i, "mark")}
    if not (v.head >= 0 and v.deprel.split(":")[0] in ("parataxis", "advcl", "conj", "ccomp", "acl")
            and not marks - {"wie"}):  # "…, dass X nicht informiert worden war" reports nothing
        return None
    h = sent.words[v.head]
    if v.deprel.startswith("acl") and not is_wie(sent, v):
        return []
    first = sent.words[min(sent.subtree(v.i))]
    if first.lemma.lower() in ("was", "wer") and first.head == v.i:
        return []  # "Was Deutschland beschließt, bekommen die Partner zu spüren": a free relative clause
    if v.deprel.startswith("conj") and (h.i > v.i or is_cue_verb(sent, h)):
        return []  # "sagte, … und fügte hinzu": the first verb's clause is no content
    if v.deprel.startswith("parataxis") and h.i < v.i and is_cue_verb(sent, h) and sent.dependents(h.i, "nsubj") \
            and h.featdict.get("Mood") != "Sub":
        return []  # "Klose nannte seinen Platzverweis „überzogen“, Löw bezeichnete …": two speakers
        # (but "Sie wisse, dass …, hatte Koch-Mehrin gesagt" reports the clause)
    if v.deprel.startswith("conj") and any(d.lemma.lower() in COORDINATORS for d in sent.dependents(v.i, "cc")):
        # "Podolski war anwesend und sagte …, er freue sich": the first conjunct is what
        # the subject did, not what it said
        return conjunct_content(sent, v)
    own = sent.subtree(v.i)
    idx = sent.subtree(h.i, exclude=set(own))
    if h.i < v.i:
        # "Y ist Z, stellten die Wissenschaftler fest.": the clause before the cue (the
        # final mark hangs on Y's head; it must not stretch Y over the cue). A clause that
        # goes on after the cue, or that no comma or dash sets off from it, is not one the
        # cue follows ("Der … verhaftete 15 Jahre alte Junge wurde … angeklagt": a parse
        # that split a noun phrase)
        start = min(own)
        if sent.words[start].text in SEPARATORS:
            start += 1  # (the comma hangs on the cue's clause)
        if any(j > start and sent.words[j].upos != "PUNCT" for j in idx) \
                or start == 0 or sent.words[start - 1].text not in SEPARATORS:
            return None
        # the inquit opens after the last mark before the verb: the parser may hang the
        # end of the clause on the cue ("…, nicht nur bestimmte Gruppen, verlangt der
        # Gewerkschaftschef": "Gruppen" as its object)
        sep = next((j for j in range(start - 1, v.i)
                    if sent.words[j].text in SEPARATORS and inquit_opening(sent, v, j + 1)), None)
        if sep is None:
            return []  # "…, die Betreiber sprechen von bis zu 850": a clause of its own
        idx = sorted(j for j in set(idx) | set(own) if j < sep)
    if len(idx) >= 3 and not bad_start(sent, trim(sent, idx)):
        return trim(sent, idx)
    return None


def inquit_opening(sent: Sentence, v: Word, start: int) -> bool:
    """Does the part from `start` (after the comma) open as an inquit: the verb (or its
    auxiliary) first ("…, sagte er", "…, hatte Koch gesagt"), or "wie", "so" or a
    demonstrative before it ("…, wie die Polizei mitteilte", "…, das teilte das STSI
    mit")? A subject or object before the verb ("…, die Betreiber sprechen von …", "…,
    das Urteil sprechen die Richter später") makes a clause of its own."""
    def verb_or_aux(w: Word) -> bool:
        return w.i == v.i or (w.head == v.i and w.deprel.startswith("aux"))

    first = sent.words[start]
    lead = first.text.lower()
    if verb_or_aux(first) or lead == "wie":
        return True
    return lead in ("so", "das", "dies", "was") and start + 1 < len(sent.words) \
        and verb_or_aux(sent.words[start + 1])


def conjunct_content(sent: Sentence, v: Word) -> list[int]:
    """"Podolski war anwesend und sagte bei der Gelegenheit, er freue sich": a second
    conjunct's clause after its own words and a comma (the parser may hang it anywhere)."""
    idx = after_own_comma(sent, v)
    if idx and len(idx) >= 3 and any(is_finite(sent.words[k]) for k in idx) and not bad_start(sent, idx):
        return idx
    return []


def after_own_comma(sent: Sentence, v: Word) -> list[int] | None:
    """The words after the first comma (or colon) that follows the verb `v`, when only
    the verb's own words stand between ("sagte bei der Gelegenheit, <this>"); None when
    others do or no comma follows."""
    words = sent.words
    end = _end(sent)
    own = set(sent.subtree(v.i))
    for j in range(v.i + 1, end):
        if words[j].text in (",", ":"):
            return trim(sent, list(range(j + 1, end))) if all(k in own for k in range(v.i, j)) else None
    return None


def _end(sent: Sentence) -> int:
    """Index after the last word of the sentence that is not punctuation."""
    end = len(sent.words)
    while end > 0 and sent.words[end - 1].upos == "PUNCT":
        end -= 1
    return end


def clause_beside_root(sent: Sentence, v: Word) -> list[int]:
    """4. The cue is the root and the clause sits before it without a link."""
    if v.deprel != "root":
        return []
    for c in sent.dependents(v.i, "parataxis", "advcl", "conj"):
        if c.upos in ("VERB", "AUX") and c.i < v.i:
            idx = sent.subtree(c.i)
            if len(idx) >= 3 and not bad_start(sent, trim(sent, idx)):
                return trim(sent, idx)
    return []


def linear_content(sent: Sentence, v: Word) -> list[int]:
    """The two commonest shapes of German attribution, read off the word order when the
    parse is unhelpful: "<clause>, sagte X [adverbs]." and "X sagte [adverbs], <clause>"."""
    words = sent.words
    own = set(sent.subtree(v.i))
    # inverted: a comma right before the verb (or before its finite auxiliary: "…, hat
    # Elizabeth Byrs vom UN-Büro gestern gewarnt"), and only the verb's own words after it
    aux = [d.i for d in sent.dependents(v.i, "aux") if d.i < v.i and is_finite(d)
           and d.lemma in ("haben", "sein") and v.xpos == "VVPP"]
    front = aux[0] if aux else v.i
    if front > 1 and words[front - 1].text in (",", "–", "—") and all(j in own for j in range(front, _end(sent))):
        return trim(sent, list(range(0, front - 1)))
    # forward: only the verb's own words before it, a comma after them
    if all(j in own for j in range(0, v.i)):
        return after_own_comma(sent, v) or []
    return []


def after_subordinate_inquit(sent: Sentence, v: Word) -> list[int]:
    """"…, indem er sagte, <clause in Konjunktiv>": an inquit that is a subordinate clause
    ends with its verb; what it reports follows its comma (in Konjunktiv: "Nachdem sie
    die Polizei informiert hatte, wurde …" reports nothing)."""
    words = sent.words
    verbs = [v] + [d for d in sent.dependents(v.i, "aux", "aux:pass") if d.i > v.i]
    last = verb_cluster_end(sent, v)  # ("…, da die PDM angekündigt hatte, …": the clause ends with its auxiliary)
    if last + 2 >= len(words) or words[last + 1].text != "," or not any(is_finite(w) for w in verbs) \
            or not any(d.xpos == "KOUS" for d in sent.dependents(v.i, "mark")):
        return []
    rest = []
    for k in range(last + 2, _end(sent)):
        if words[k].text in (":", ";") or words[k].text == "," and k + 1 < len(words) \
                and words[k + 1].text.lower() in ("doch", "aber", "jedoch"):
            break  # ("…, doch die Richterin ließ sich auf keinen Kompromiss ein": the writer's again)
        rest.append(k)
    rest = trim(sent, rest)
    if len(rest) >= 3 and not bad_start(sent, rest) and (clause_mood(sent, rest) != "ind" or zu_clause(sent, rest)):
        return rest  # (or a zu-infinitive: "…, da die PDM angekündigt hatte, mit allen Parteien verhandeln zu wollen")
    return []


def is_wie(sent: Sentence, v: Word) -> bool:
    """"…, wie X sagte": the verb's clause is introduced by "wie"."""
    return any(d.lemma == "wie" for d in sent.dependents(v.i, "mark", "advmod"))


def _demonstrative_subject(sent: Sentence, idx: list[int]) -> bool:
    """"Er sagte, das sei gut": "das" followed at once by a finite verb, which more words
    follow, opens a reported main clause (verb second); a relative clause ends with its
    verb. Not in the indicative after a demonstrative of its own ("Das sagt die Politik,
    das tun die Betriebe": two clauses side by side)."""
    words = sent.words
    k = idx[0] + 1
    return words[idx[0]].xpos == "PRELS" and k + 1 in idx and is_finite(words[k]) \
        and words[k + 1].upos != "PUNCT" and (words[k].is_subjunctive or not any(
            w.upos == "PRON" and w.lemma in ("der", "dies") for w in words[:idx[0]]))


def bad_start(sent: Sentence, idx: list[int]) -> bool:
    """Content that opens like an adverbial or relative clause ("…, so dass", "…, die
    wiederum …") is not what was said."""
    if not idx:
        return True
    first = sent.words[idx[0]]
    nxt = sent.words[idx[0] + 1].text.lower() if idx[0] + 1 < len(sent.words) else ""
    if first.text.lower() == "so" and nxt in ("dass", "daß", ","):
        return True  # "…, so dass": a consequence, not content ("so viele Besucher" is)
    if after_complementizer(sent, idx) and first.xpos == "APPR":
        return False  # "dass während der Feier Musik spielte", "dass seit Jahren …": the
        # "dass" (trimmed) opened the clause; the word after it is a preposition
    if first.xpos in ("PRELS", "PRELAT", "APPR") and zu_clause(sent, idx):
        return False  # "…, der Klage stattzugeben": no relative clause without a finite verb
    if first.upos == "ADV" and nxt in NON_CONTENT_START:
        return True  # "Selbst wenn …", "Erst nachdem …"
    if opens_relative(sent, idx[0]) and not _demonstrative_subject(sent, idx):
        return True  # "…, die wiederum …", "…, gegen die es Verbotsversuche gegeben hat"
    return first.text.lower() in NON_CONTENT_START or (
        first.xpos == "KOUS" and first.lemma.lower() not in CONTENT_MARKS)
