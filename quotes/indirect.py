"""Indirect speech: content clauses after cues, and Konjunktiv without a cue.

German marks reported speech twice: with a cue (a dass-clause or V2 clause after "sagte",
"laut X", "X zufolge", "so X") and with the verb mood.  A clause in Konjunktiv I ("sei",
"habe", "werde", "solle") with no cue of its own continues the reported speech of the
sentence before it ("Am Montag hätten die Soldaten … begonnen."), or reports the subject
of its main clause ("Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus
habe").  A reported clause with quotation marks in it is a mixed quote.
"""
from __future__ import annotations

from .attribution import Attribution, attribute, orphan_speaker, subject_before
from .context import ArticleContext
from .content import inquit_end, inquit_start, quoting_aside
from .cues import NON_VERB_KINDS, Cue
from .direct import before_mark, is_fragment, is_title
from .german import COMPLEMENTIZERS
from .konjunktiv import clause_mood, continuation, konj1, konj1_clauses, main_clause_verbs, subjunctive
from .marks import CLOSERS, OPENERS, Quoted
from .nlp import Sentence
from .nouns import is_document
from .outlets import is_outlet
from .records import Quote
from .speakers import plausible_source
from .verbs import verb_lemma
from .trees import after_complementizer, first_person, has_verb, is_finite, main_verb, root, trim, zu_clause


def cue_quote(ctx: ArticleContext, sent: Sentence, cue: Cue) -> bool:
    """The indirect (or mixed) quote of a cue not spent on a direct quote; True if the
    cue's content clause became a quote.  A speech act without content ("Lukaschenko hat
    Garantien gefordert") still makes its subject the speaker of what follows."""
    if cue.lemma == "danach" and not after_document(ctx, sent):
        return False  # "Danach brach Feuer aus": afterwards, nobody's words
    back = anaphoric(ctx.sentences, sent, cue) if not cue.content and cue.source else None
    if back and ctx.overlaps(*back) and _named_after(ctx, sent, cue, back):
        return False
    if back and not ctx.overlaps(*back):
        att = attribute(cue, ctx.speakers, ctx.discourse)
        whole = wholly_quoted(ctx, *back)
        kind, c0, c1 = ("direct", *whole) if whole else ("indirect", *back)
        ctx.quotes.append(ctx.quote(kind, c0, c1, att, 0.6 * cue.weight + 0.2, "cue:anaphoric", sent))
        ctx.discourse.last, ctx.discourse.last_sentence = att, sent.index
        return False
    ahead = colon_next(ctx.sentences, sent, cue) if not cue.content and cue.source else None
    if ahead and not ctx.overlaps(*ahead):
        kind, c0, c1 = reported_span(ctx, *ahead)
        att = attribute(cue, ctx.speakers, ctx.discourse)
        ctx.quotes.append(ctx.quote(kind, c0, c1, att, 0.8 * cue.weight, "cue:colon", sent))
        ctx.discourse.last, ctx.discourse.last_sentence = att, sent.index
        return True
    if not cue.content or not accept_content(cue):
        if cue.kind in ("say", "report") and cue.source and not is_outlet(sent, cue.source) \
                and not looming(cue):
            # (not "drohe ein Zusammenbruch der Versorgung": a threat that looms, nobody's words)
            # "Lukaschenko hat Garantien gefordert" -- no content, but the speaker of
            # what the next sentence may report ("…, berichtet BelTA") or go on
            # to report in Konjunktiv ("Auch sei die Dokumentation …")
            ctx.discourse.last = attribute(cue, ctx.speakers, ctx.discourse)
            ctx.discourse.last_sentence = sent.index
        return False
    c0, c1 = cue.content_span
    full = [r for r in ctx.covered(c0, c1) if not is_fragment(ctx.text, r, c0, c1)]
    if full and ctx.overlaps(c0, c1, kind="direct"):
        return False  # the clause is a direct quote already
    kind, c0, c1 = reported_span(ctx, c0, c1)
    att = attribute(cue, ctx.speakers, ctx.discourse)
    if cue.kind not in NON_VERB_KINDS and ctx.discourse.last is not None and reported_cue(sent, cue):
        # "Der Bürger müsse immer wissen, was …": the cue's own clause is reported speech,
        # so its subject is part of what the last speaker said
        att = Attribution(ctx.discourse.last.speaker, cue, att.outlet)
    mood = clause_mood(sent, cue.content)
    conf = cue.weight * (1.0 if mood == "konj1" or cue.kind in NON_VERB_KINDS else 0.85)
    before = clause_before_inquit(sent, cue)
    if before and not ctx.overlaps(sent.words[before[0]].start, sent.words[before[-1]].end):
        b0, b1 = sent.words[before[0]].start, sent.words[before[-1]].end
        kind_b, b0, b1 = reported_span(ctx, b0, b1)
        ctx.quotes.append(ctx.quote(kind_b, b0, b1, att, conf, "cue:" + cue.kind, sent))
    ctx.quotes.append(ctx.quote(kind, c0, c1, att, conf, "cue:" + cue.kind, sent))
    ctx.discourse.last = att
    ctx.discourse.last_sentence = sent.index
    return True


#: verbs that make a document public: "Die UBS veröffentlichte heute neue Quartalszahlen."
PUBLISHING = {"veröffentlichen", "vorstellen", "vorlegen", "publizieren", "bekanntgeben", "herausgeben"}


def after_document(ctx: ArticleContext, sent: Sentence) -> bool:
    """Does the sentence before name a document or its publication, so that "Danach …"
    gives what it says ("Die UBS veröffentlichte heute neue Quartalszahlen. Danach …")?"""
    if sent.index == 0:
        return False
    prev = ctx.sentences[sent.index - 1]
    return prev.parsed and any(is_document(w) and not w.lemma.lower().endswith(GATHERINGS)
                               or verb_lemma(prev, w) in PUBLISHING for w in prev.words if w.upos in ("NOUN", "VERB"))


#: meetings, which speak as documents do ("die Sitzung beschloss") but after which
#: "danach" is a time: "…zu einer Sitzung geladen. Danach werden die Parteien …"
GATHERINGS = ("sitzung", "treffen", "konferenz", "gipfel", "tagung", "versammlung")


def _named_after(ctx: ArticleContext, sent: Sentence, cue: Cue, back: tuple[int, int]) -> bool:
    """"Der Rat werde die Regierung absichern. Das erklärte General Winai am Montag.": the
    sentence before, in Konjunktiv with no cue of its own, was already taken as reported
    speech of whoever spoke last (or of nobody); the "Das erklärte X" after it names its
    speaker.  Its Konjunktiv quotes get this attribution; True if there were any and
    nothing else was found there."""
    inside = [k for k, q in enumerate(ctx.quotes) if q.kind != "reported" and q.start < back[1] and back[0] < q.end]
    if not inside or any(not ctx.quotes[k].rule.startswith("konjunktiv")
                         or not back[0] <= ctx.quotes[k].start < ctx.quotes[k].end <= back[1] for k in inside):
        return False
    att = attribute(cue, ctx.speakers, ctx.discourse)
    for k in inside:
        q = ctx.quotes[k]
        ctx.quotes[k] = ctx.quote(q.kind, q.start, q.end, att, max(q.confidence, 0.6 * cue.weight + 0.2),
                                  "cue:anaphoric", ctx.sentences[ctx.sentence_at(q.start)])
    ctx.discourse.last, ctx.discourse.last_sentence = att, sent.index
    return True


def reports_both_sides(ctx: ArticleContext, cue: Cue) -> bool:
    """"Auch diese Uninformiertheit habe Methode, so Elshorst weiter: „Das ist …“": an
    inquit between a clause before it and a quote after its colon reports both; the quote
    spent the cue, the clause before is still reported speech of the same speaker."""
    words = cue.sent.words
    if not cue.content or cue.content[-1] > cue.i or ctx.overlaps(*cue.content_span):
        return False
    end = max([cue.i] + cue.source)
    colon = next((k for k in range(end + 1, min(end + 4, len(words))) if words[k].text == ":"), None)
    return colon is not None and all(w.upos in ("ADV", "ADJ") for w in words[end + 1:colon])


def clause_before_inquit(sent: Sentence, cue: Cue) -> list[int]:
    """"Die Lage sei ernst, sagte Müller, die Regierung müsse handeln": an inquit between
    two clauses in Konjunktiv I reports both; the one after it is the cue's content, this
    is the one before (from the start of the sentence), or [] if there is none."""
    if cue.kind in NON_VERB_KINDS or not cue.content or cue.content[0] < cue.i:
        return []
    words = sent.words
    v = main_verb(sent, cue.word)
    begin = inquit_start(sent, v, cue.word, cue.source)
    if begin is None or begin < 4 or words[begin - 1].text != ",":
        return []
    idx = trim(sent, list(range(0, begin - 1)))
    return idx if len(idx) >= 3 and konj1_only(sent, idx) else []


def konj1_only(sent: Sentence, idx: list[int]) -> bool:
    """Is the stretch `idx` a whole clause in Konjunktiv I (with whatever clauses it
    holds), not the start of one ("Das Fahrzeug sei, anders als …, langsam gefahren")?"""
    finite = [sent.words[k] for k in idx if is_finite(sent.words[k])]
    return clause_mood(sent, idx) == "konj1" and bool(finite) and all(
        w.head in idx for w in finite if w.deprel in ("aux", "aux:pass", "cop"))


def reported_cue(sent: Sentence, cue: Cue) -> bool:
    """Is the cue's own clause part of what someone else said: in Konjunktiv I ("Der
    Bürger müsse immer wissen, was …"), or in Konjunktiv II with a subject that cannot
    speak ("Piktogramme würden erklären, wo man sie anfasst")?"""
    if in_first_person(cue):
        return False  # "Ich habe gesagt, …", "Ich wünsche mir, dass …": the indicative of the first person
    verbs = [v for v in main_clause_verbs(sent, cue.i) if v.i not in cue.content]
    # (not the content's own verb that the parser hung on the cue: "hat erklärt, er habe …")
    if any(konj1(v) for v in verbs):
        return True
    return any(subjunctive(v) for v in verbs) and bool(cue.source) and not plausible_source(sent, cue.source)


def looming(cue: Cue) -> bool:
    """"drohen" with a subject that cannot speak ("droht ein Bußgeld", "drohe ein
    Zusammenbruch der Versorgung"): something impends, nobody threatens."""
    return cue.lemma == "drohen" and bool(cue.source) and not plausible_source(cue.sent, cue.source)


def accept_content(cue: Cue) -> bool:
    """Is the cue's content a reported clause (not "sagte das gestern")?  An attitude verb
    ("glaubt", "hofft") reports only a dass-clause or a clause in Konjunktiv."""
    sent, idx = cue.sent, cue.content
    if len(idx) < (2 if after_complementizer(sent, idx) else 3) or not has_verb(sent, idx):
        return False  # (a dass clause may be two words: "bestätigte, dass Ermittlungen laufen")
    if cue.kind in NON_VERB_KINDS:
        return True
    if looming(cue):
        return False  # "Bei einem Verstoß droht ein Bußgeld – …": impending, nobody threatens
    if cue.passive and any(a.lemma in ("müssen", "können", "dürfen") for a in sent.dependents(cue.i, "aux")):
        return False  # "Die Entscheidung muss noch bestätigt werden, …": not said yet
    first = sent.words[idx[0] - 1] if idx[0] > 0 else None
    mood = clause_mood(sent, idx)
    if unanswered(cue) and mood != "konj1":
        return False
    dass = first is not None and first.lemma in COMPLEMENTIZERS
    if cue.kind == "think":
        # (the first person has no Konjunktiv to mark it: "Ich glaube, das ist richtig")
        # (a zu-infinitive is what one hopes or weighs to do: "hofft, die Frau halten zu
        # können"; not after "sieht sich gezwungen", "hält es für nötig")
        colon = first is not None and first.text == ":" and cue.word.upos == "ADJ"  # "ist überzeugt: Die Impfung schützt"
        return dass or colon or mood != "ind" or first_person_opinion(cue) \
            or zu_clause(sent, idx) and cue.lemma not in ("sehen", "halten")
    return True


def first_person_opinion(cue: Cue) -> bool:
    """"Ich glaube, das ist richtig", "Wir denken, es reicht nicht": the first person has
    no Konjunktiv to mark what it thinks; a finite verb of its own and a statement, not a
    question ("ohne zu wissen, was …")."""
    sent = cue.sent
    first = sent.words[cue.content[0]]
    return in_first_person(cue) and is_finite(sent.words[cue.i]) \
        and first.text.lower() not in INTERROGATIVES and first.lemma.lower() not in INTERROGATIVES


def in_first_person(cue: Cue) -> bool:
    """Is the cue's source "ich" or "wir"?"""
    return [cue.sent.words[j].text.lower() for j in cue.source] in (["ich"], ["wir"])


INTERROGATIVES = {"ob", "wie", "wann", "wo", "warum", "weshalb", "wieso", "wer", "was", "welche", "welcher",
                  "welches", "inwiefern", "inwieweit"}
NEGATIONS = {"nicht", "nie", "niemals", "kaum"}


def unanswered(cue: Cue) -> bool:
    """"Man wusste ja nicht, wie es sein würde", "liesse sich nicht vorhersagen, ob …",
    "Wieso die Maschine den Flug abbrach, gab die Flugsicherung nicht bekannt": a negated
    verb with a question beside it says what is not known, not what was said; so does a
    negated verb after its clause ("…, konnte solche bislang nicht feststellen")."""
    sent, idx = cue.sent, cue.content
    if not idx:
        return False
    first = sent.words[idx[0]]
    lead = [first] + sent.words[max(0, idx[0] - 1):idx[0]]  # "…, ob" (trimmed) or "ob …"
    if first.upos == "ADP" and idx[0] + 1 < len(sent.words):
        lead.append(sent.words[idx[0] + 1])  # "…, in welchem Gebiet"
    question = any(w.text.lower() in INTERROGATIVES or w.lemma.lower() in INTERROGATIVES for w in lead)
    if not question and idx[-1] > cue.i:
        return False
    verbs = [sent.words[cue.i]]
    if verbs[0].head >= 0:
        verbs.append(sent.words[verbs[0].head])  # "lässt sich nicht vorhersagen"
    verbs += sent.dependents(cue.i, "compound:prt", "xcomp")  # "gab … nicht bekannt"
    mods = [d for v in verbs for d in sent.dependents(v.i, "advmod")]
    mods += [m for d in mods for m in sent.dependents(d.i, "advmod")]  # "noch nicht": on "noch"
    return any(d.lemma.lower() in NEGATIONS and d.i not in idx for d in mods)


#: verbs whose object is a claim the subject rejects
DENIALS = {"bestreiten", "abstreiten", "dementieren", "zurückweisen", "leugnen", "widersprechen"}


def anaphoric(sentences: list[Sentence], sent: Sentence, cue: Cue) -> tuple[int, int] | None:
    """"Dies bestätigte Stoiber.": a demonstrative object of the cue at the start of the
    sentence points back to the sentence before, which is what was confirmed."""
    within = _pointing_back_within(sent, cue)
    if within is not None:
        return within
    first = sent.words[0]
    if sent.index == 0 or first.text.lower() not in ("dies", "das", "dieses") \
            or first.head != cue.i and not (cue.i == 1 and first.head in cue.source):
        return None  # ("Das bestätigte Finanzminister Lang": the parser made "Das" his article)
    if [sent.words[j].text.lower() for j in cue.source] in (["ich"], ["wir"], ["man"], ["sie"], ["du"]) \
            or any(d.text.lower() in NEGATIONS for d in sent.dependents(cue.i, "advmod")) \
            or cue.lemma in ("nennen", "bezeichnen") and len(sent.dependents(cue.i, "obj", "xcomp", "obl")) > 1:
        return None  # a speech's own voice ("Das sage ich Ihnen ganz deutlich", "Das nennt man
        # Vorsorgeprinzip", "Das sagen Sie nicht"): no statement of someone quoted
    if cue.lemma in DENIALS:
        return None  # "Das wurde von der Polizei bestritten": the sentence before is what
        # others said, and the opposite of what the police said
    prev = sentences[sent.index - 1]
    if prev.paragraph != sent.paragraph and (prev.paragraph != sent.paragraph - 1 or not prev.parsed):
        return None  # (a paragraph may open with it: "Dies teilte der Ministerpräsident … mit.")
    words = [w for w in prev.words if w.upos != "PUNCT" or w.text in "“”\"«»"]
    if len(words) < 4:
        return None
    return words[0].start, words[-1].end


def wholly_quoted(ctx: ArticleContext, c0: int, c1: int) -> tuple[int, int] | None:
    """"„Ja, es gibt Zumutungen“. Das musste Steinbrück einräumen.": a sentence pointed
    back to that is one quotation in marks is a direct quote; its span without the marks."""
    for r in ctx.covered(c0, c1):
        if r.closed and not ctx.text[c0:r.start].strip("".join(OPENERS) + " ") \
                and not ctx.text[r.end:c1].strip("".join(CLOSERS) + " "):
            return r.start, r.end
    return None


def _pointing_back_within(sent: Sentence, cue: Cue) -> tuple[int, int] | None:
    """"Die Hauptkamera ist ausgefallen, das teilte das Institut mit": a demonstrative
    right before the verb after a comma points back to the main clause before it."""
    k = cue.i - 1
    words = sent.words
    if k < 4 or words[k].text.lower() not in ("dies", "das") or words[k - 1].text != "," \
            or k in cue.source or cue.kind in NON_VERB_KINDS:
        return None
    before = [w for w in words[:k - 1] if w.upos != "PUNCT" or w.text in "“”\"«»"]
    if len(before) < 4 or not any(is_finite(w) for w in before) or before[0].xpos in ("KOUS", "PRELS", "PWAV"):
        return None
    return before[0].start, before[-1].end


def colon_next(sentences: list[Sentence], sent: Sentence, cue: Cue) -> tuple[int, int] | None:
    """"Ich will ganz deutlich sagen:" and the next sentence: the tokenizer may end a
    sentence at the colon of an inquit; what follows is what was said, up to the end of
    that sentence, also when the colon ends a paragraph ("Dazu erklärte der Minister:" on a
    line of its own).  Not after a verb whose object already names it ("gab die Namen
    bekannt:", a list follows), nor before quotation marks (a direct quote)."""
    words = sent.words
    if cue.kind in NON_VERB_KINDS or words[-1].text != ":" or sent.index + 1 >= len(sentences):
        return None
    v = main_verb(sent, cue.word)
    end = inquit_end(sent, v, cue.word, cue.source)
    if end is None or end != len(words) - 2 and not quoting_aside(words[end + 1:-1]) or any(
            k.deprel in ("obj", "nsubj:pass") and k.upos in ("NOUN", "PROPN")
            and not (cue.lemma == "zitieren" and k.i in cue.source)  # ("Ich zitiere X:" names the source)
            for k in sent.dependents(v.i)):
        return None
    nxt = sentences[sent.index + 1]
    if nxt.paragraph != sent.paragraph:
        clause = [v] + ([sent.words[v.head]] if v.deprel == "conj" and v.head >= 0 else [])
        if any(sent.dependents(c.i, "mark") for c in clause):
            return None  # "…, wenn wir ihm sagen:" and a new paragraph: no one has said it
    said = [w for w in nxt.words if any(c.isalnum() for c in w.text)]
    if nxt.paragraph not in (sent.paragraph, sent.paragraph + 1) or len(said) < 4 \
            or nxt.words[0].text in "„“\"»«‚":
        return None
    return said[0].start, said[-1].end  # (an unparsed sentence has no PUNCT tags)


def reported_span(ctx: ArticleContext, c0: int, c1: int) -> tuple[str, int, int]:
    """Kind and span of reported speech over text[c0:c1]: mixed when quotation marks stand
    in it, else indirect. A reported clause widened to the marks of the quotes that open
    in it: "der Bericht sei „ein grundlegendes Dokument“" ends after the closing mark, and
    a quote that opens in the clause and runs on past the sentence ("müssten „alle …
    schauen. Je eher …“") belongs to it to its end. Marks that already make a direct quote
    of their own ("…, und es gebe nun keine Sicherheit: „Ich meine …“") stay apart, and
    marks around a name or title ("die Anlagen „Parchin“ und „Lavisan II“") quote nobody."""
    covered = ctx.covered(c0, c1)
    direct = {q.start for q in ctx.quotes if q.kind == "direct"}
    for r in covered:
        if c0 <= r.start <= c1 and r.start not in direct:
            c0, c1 = min(c0, r.outer[0]), max(c1, r.outer[1])
    quoted = [r for r in covered if not is_title(ctx.text, r)]
    return ("mixed" if quoted else "indirect"), c0, c1


def konjunktiv_quote(ctx: ArticleContext, sent: Sentence) -> bool:
    """A main clause in Konjunktiv that continues the reported speech of the sentences
    before (Konjunktiv I within two sentences, II right after), or a Konjunktiv I main
    clause with no cue at all ("Wowereit bedauerte die Entscheidung. Anfang der
    neunziger Jahre seien …"): the whole sentence is reported speech."""
    discourse = ctx.discourse
    mood = continuation(sent)
    gap = sent.index - discourse.last_sentence
    fresh = discourse.last is not None and (mood == "konj1" and gap <= 2 or mood == "konj2" and gap == 1) \
        and not (mood == "konj1" and says_ich(sent)) \
        and (discourse.last.speaker.mention or "").lower() not in ("ich", "wir", "man")
    # ("ich beginne" is the indicative; after "Ich glaube, …" a speaker's Konjunktiv is
    # their own hypothesis, not reported speech: "Das wäre ein Fehler")
    orphan = not fresh and mood == "konj1" and not first_person(sent)
    if not (fresh or orphan):
        return False
    idx = [x.i for x in sent.words]
    while idx and sent.words[idx[-1]].upos == "PUNCT":
        idx.pop()
    if len(idx) < 3 or any(ctx.inside(sent.words[j].start) for j in idx[:1]):
        return False
    c0, c1 = sent.words[idx[0]].start, sent.words[idx[-1]].end
    kind, c0, c1 = reported_span(ctx, c0, c1)
    # the sentence before reported nothing but has a subject who may speak ("Dekan Berg
    # sieht einen Rechtsstreit gelassen. Von den Vorwürfen habe man nichts gewusst"):
    # that one, not the speaker of two sentences ago
    before = subject_before(sent, ctx.sentences, ctx.speakers) if fresh and gap >= 2 else None
    if before is not None:
        att = before
    elif fresh:
        att = Attribution(discourse.last.speaker, None, discourse.last.outlet)
    else:
        att = orphan_speaker(sent, ctx.sentences, ctx.speakers, discourse)
    conf = 0.5 if orphan else 0.65 if mood == "konj1" else 0.45
    ctx.quotes.append(ctx.quote(kind, c0, c1, att, conf, "konjunktiv", sent))
    discourse.last_sentence = sent.index
    return True


def konjunktiv_over_fragments(ctx: ArticleContext, sent: Sentence, directs: list[tuple[Quote, Quoted]],
                              speaker_before: Attribution | None = None) -> bool:
    """"Außerdem halte die Fraktion den Schritt für „überfällig und dringend geboten“": a
    sentence in Konjunktiv that continues reported speech and quotes only fragments is a
    mixed quote, as a cue's clause with a fragment in it is, and the fragments are no
    quotes of their own.  Its speaker is who spoke before the sentence (`speaker_before`)
    unless a fragment has a cue of its own.  True if the sentence became one."""
    if not directs or not sent.parsed or not all(
            before_mark(ctx.text, r) != ":" and is_fragment(ctx.text, r, sent.start, sent.end) for _, r in directs):
        return False  # (after a colon a quote is an utterance of its own: "so X weiter: „…“")
    before, last = list(ctx.quotes), ctx.discourse.last
    fragments = {id(q) for q, _ in directs}
    ctx.quotes[:] = [q for q in ctx.quotes if id(q) not in fragments]  # (so the span takes their marks)
    if speaker_before is not None and all(q.cue is None for q, _ in directs):
        ctx.discourse.last = speaker_before  # a fragment with no cue named nobody new
    if konjunktiv_quote(ctx, sent) and ctx.quotes[-1].kind == "mixed":
        return True
    ctx.quotes[:], ctx.discourse.last = before, last
    return False


def says_ich(sent: Sentence) -> bool:
    """Is "ich" the subject of the main clause?  Then "beginne" is the indicative."""
    top = root(sent)
    return top is not None and any(w.text.lower() == "ich" for w in sent.dependents(top.i, "nsubj"))


def konjunktiv_clause_quotes(ctx: ArticleContext, sent: Sentence) -> bool:
    """A subordinate clause in Konjunktiv I in a sentence that reports nothing else:
    "Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe".  Its speaker
    is the subject of the main clause.  True if one was found."""
    if first_person(sent):
        return False
    found = False
    for idx in konj1_clauses(sent):
        if any(ctx.inside(sent.words[j].start) for j in idx[:1]):
            continue
        c0, c1 = sent.words[idx[0]].start, sent.words[idx[-1]].end
        if ctx.overlaps(c0, c1):
            continue
        kind, c0, c1 = reported_span(ctx, c0, c1)
        att = orphan_speaker(sent, ctx.sentences, ctx.speakers, ctx.discourse, own=True)
        ctx.quotes.append(ctx.quote(kind, c0, c1, att, 0.45, "konjunktiv:clause", sent))
        found = True
    return found
