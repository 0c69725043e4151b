"""Reported speech: speech acts without a content clause, and reportive "sollen".

"Der Minister forderte den Rücktritt des Bürgermeisters", "Die Polizei warnte vor
Glatteis", "Eine Reporterin sprach von 800 Autos": a speech act whose content the clause
gives, though no content clause follows.  "Der Ehemann soll sofort aus seinem Wagen
gestiegen sein": a claim passed on from a source named in the context.  Both are quotes of
kind ``reported``; the span is the clause, as the Wikinews corpus marks it (its Reported
and FreeIndirect annotations; they mark no cue word, so neither do these quotes: the cue
lemma is kept, its offsets are not).  A speech act with no content ("sprach mit
Journalisten", "hat über Atomwaffen gesprochen") is none.

The verbs and the lines drawn here were measured on the Wikinews train split: a verb is
listed where most of its uses without a content clause are annotated as reported speech.
"""
from __future__ import annotations

import re

from . import lexicon
from .attribution import Attribution, attribute, nobody
from .context import ArticleContext
from .cues import NON_VERB_KINDS, Cue
from .german import SOURCE_PREPOSITIONS
from .konjunktiv import clause_mood
from .nlp import Sentence, Word
from .nouns import is_document
from .records import Quote
from .speakers import plausible_source
from .trees import first_person, is_finite, main_verb

#: speech verbs whose object or prepositional phrase gives what was said
REPORTED_VERBS = lexicon.words("reported_verbs")
#: "forderte 73 Todesopfer": a disaster claiming lives, not a demand
VICTIMS = {"Todesopfer", "Opfer", "Tote", "Toter", "Menschenleben", "Leben", "Verletzte", "Tribut"}
#: verbs that report only with a phrase of what was said: "sprach von 800 Autos"
NEEDS_PREPOSITION = {"sprechen": {"von"}, "berichten": {"von", "über"}, "aussprechen": {"für", "gegen"},
                     "verweisen": {"auf"}}  # "des Landes verwiesen": expelled, nothing said
#: verbs that name or mean when reflexive or without "als": "nennt sich „documenta 12“",
#: "Ubuntu bezeichnet eine afrikanische Philosophie" (not "bezeichnete X als Fehler")
NAMING = {"nennen", "bezeichnen"}
#: "zu einer Geldstrafe verurteilt": a sentence passed, not a condemnation spoken
SENTENCING = {"verurteilen": "zu"}
#: verbs that report only as reflexives: "sprach sich für X aus" (not "sprach sein Beileid aus")
NEEDS_REFLEXIVE = {"aussprechen"}
#: clauses of the verb that are statements of their own, not part of the speech act
OWN_CLAUSES = ("conj", "parataxis", "advcl", "ccomp", "csubj")
#: subordinators of clauses that are circumstances, not speech acts reported for their content
#: (not "während": "…, während die EU-Staaten den Vorstoß begrüßten" sets one act against another)
ADVERBIAL_MARKS = {"wie", "als", "wenn", "nachdem", "zu", "weil", "da", "obwohl", "bevor", "damit",
                   "sodass", "falls", "seit", "seitdem", "indem", "sobald", "dass", "daß", "ob"}
SOLLEN = re.compile(r"(?i)^(soll|sollen)$")
#: words that open a subordinate clause: conjunctions, relative and interrogative words
SUBORDINATORS = {"wie", "dass", "daß", "ob", "weil", "wenn", "da", "damit", "als", "obwohl", "nachdem", "bevor",
                 "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches",
                 "wo", "wobei", "womit", "wodurch", "worin", "was", "wer", "warum", "wann"}
# "geflohen sein", "gesagt haben", "getötet worden sein": a claim about the past
PERFECT = re.compile(r"\b\w+(t|en|n)\s+(haben|sein)\b|\bworden\s+sein\b|\bgewesen\s+sein\b")
#: "soll es sich um Hintermänner … handeln", "soll rund 120 Millionen Dollar betragen",
#: "sollen von Angestellten stammen": what someone or something is said to be, never a plan
IDENTIFYING = re.compile(r"\bsich\b.*\bum\b.*\bhandeln\b|\b(betragen|stammen)\b")


def speech_act_quote(ctx: ArticleContext, sent: Sentence, cue: Cue) -> bool:
    """The clause of a speech verb that reports a speech act with its content in an
    object or prepositional phrase, not in a clause: a ``reported`` quote."""
    told = not cue.source and _passive_after_speaker(ctx, sent, cue)
    if cue.kind in NON_VERB_KINDS or cue.lemma not in REPORTED_VERBS or not (cue.source or told) \
            or own_content(sent, cue) or not speech_act(sent, cue):
        return False
    if cue.lemma == "ausgehen" and not cue.passive and not plausible_source(sent, cue.source):
        return False  # "Gefahren gehen auch von anderen Arten aus": they come from, nobody assumes
    v = cue.word
    if ctx.inside(v.start) or any(q.start <= v.start < q.end for q in ctx.quotes if q.kind in ("indirect", "mixed")):
        return False  # the verb is part of what someone else reports
    idx = act_clause(sent, v, cue.words)
    if len(idx) < 3:
        return False
    with ctx.speakers.quietly():  # the other rules' pronoun resolution stays as it was
        att = attribute(cue, ctx.speakers, ctx.discourse)
    if told:
        att = Attribution(ctx.discourse.last.speaker, cue, ctx.discourse.last.outlet)
    start, end = sent.words[idx[0]].start, sent.words[idx[-1]].end
    if any(q.cue_start == v.start and not start <= q.start < end for q in ctx.quotes):
        return False  # "„…“, begründet das Gericht seine Entscheidung": the inquit of a quote outside it
    for r in ctx.covered(start, end):
        if start <= r.start and end < r.outer[1] <= sent.end:
            end = r.outer[1]  # "warnte vor den „Lohnverzichtstheorien”": with the mark that closes
    last = sent.words[-1]
    if last.text == "." and end <= last.start and not ctx.text[end:last.start].strip():
        end = last.end  # the act ends the sentence: with its full stop, as Wikinews marks it
    if any(q.kind == "reported" and q.start <= start and end <= q.end for q in ctx.quotes):
        return False  # "Oxfam begrüßte die Entscheidung, fordert aber …": one act, one quote
    ctx.quotes.append(_uncued(ctx.quote("reported", start, end, att, 0.5 * cue.weight + 0.2,
                                        "reported:act", sent)))
    return True


def _passive_after_speaker(ctx: ArticleContext, sent: Sentence, cue: Cue) -> bool:
    """"Nach Angaben der Agentur Xinhua … Die Anzahl der zerstörten Geschäfte wurde mit 214
    angegeben", "Laut Spiegel … Es wurde auch die Instandhaltung bemängelt": a
    werden-passive of a speech act with no agent, right after someone spoke, goes on
    reporting what that speaker said (a passive of "zurückweisen" or "schätzen" often
    tells what someone else did or thought)."""
    last = ctx.discourse.last
    return cue.passive and cue.lemma not in ("zurückweisen", "schätzen", "einschätzen") \
        and last is not None and last.speaker.name is not None \
        and 0 <= sent.index - ctx.discourse.last_sentence <= 1 \
        and any(k.lemma == "werden" for k in sent.dependents(cue.i, "aux", "aux:pass"))


def own_content(sent: Sentence, cue: Cue) -> bool:
    """Does the cue report a content clause of its own?  A clause before the verb is not
    what it reports when the verb's object or "von"-phrase says what was said ("Heute
    demonstrierten 7.000 Menschen, die Polizei spricht von 4.000", "…, forderte X den
    Rücktritt"): the parse took the clause before for the content."""
    if not cue.content:
        return False
    if cue.content[-1] > cue.i:
        return True
    if not any(sent.words[j].upos in ("VERB", "AUX") for j in cue.content):
        return False  # "Den zu erzielenden Einspareffekt, …, bezifferte Enders mit 22,5 Millionen": a fronted object
    if clause_mood(sent, cue.content) == "konj1":
        return True  # "Private Daten seien … nicht geschützt, begründeten die Richter ihr
        # Urteil": the Konjunktiv marks the clause before as what they said
    kids = sent.dependents(cue.i)
    if any(k.deprel == "obj" and k.upos in ("NOUN", "PROPN") for k in kids):
        return False
    return not _prepositions(sent, cue.word) & NEEDS_PREPOSITION.get(cue.lemma, set())


def _prepositions(sent: Sentence, v: Word) -> set[str]:
    """Prepositions of the verb's phrases, and of the phrases hung on them ("sprach trotz
    der Kritik von einer freien Wahl": the parser may hang "von" on "Kritik")."""
    phrases = [k for k in sent.dependents(v.i) if k.deprel.startswith(("obl", "nmod", "obj"))]
    phrases += [m for k in phrases for m in sent.dependents(k.i, "nmod")]
    return {c.lemma.lower() for k in phrases for c in sent.dependents(k.i, "case")}


def speech_act(sent: Sentence, cue: Cue) -> bool:
    """Is this use of a listed verb a speech act whose content the clause gives?  Not
    with "man" or the first person, in a relative clause or participle phrase, in a "wie/als/wenn/nachdem"
    clause, as a zu-infinitive; not "Das berichtet X" (the sentence before is the
    content), "forderte Todesopfer", "sprach mit X" without "von", nor "von X wurde
    berichtet" (a passive whose "von" is the topic, not the speaker); not naming ("nennt
    sich", "bezeichnet" without "als"), nor a sentence passed ("zu einer Strafe verurteilt")."""
    v = cue.word
    kids = sent.dependents(v.i)
    if any(k.deprel.startswith("nsubj") and k.lemma.lower() in ("man", "ich", "wir") for k in kids):
        return False  # (the first person outside quotation marks is the writer: "empfehlen wir Ihnen unsere App")
    if v.deprel.startswith("acl") or (v.xpos == "VVPP" and not any(k.deprel.startswith("aux") for k in kids)):
        return False
    if any(k.deprel == "aux" and (k.lemma in ("können", "dürfen", "müssen")
                                  or k.lemma == "werden" and v.xpos == "VVINF") for k in kids):
        return False  # "kann … per Mobilfunk warnen", "müssen Tarife genannt werden", "werden …
        # berichten": what one can, must or will do, not a speech act that took place
    if any(k.deprel == "mark" and k.i > 0 and sent.words[k.i - 1].text.lower() in ("ohne", "statt", "anstatt")
           for k in kids):
        return False  # "…, ohne dass die Dauer angegeben wurde": what did not happen
    if any(k.deprel == "mark" and k.lemma.lower() in ADVERBIAL_MARKS for k in kids):
        return False  # "…, weil die US-Regierung Georgien als „junge Demokratie“ bezeichnet hat"
    if any(k.deprel == "advmod" and (k.text in ("nicht", "nie", "niemals") or any(
            n.text == "nicht" for n in sent.dependents(k.i, "advmod"))) for k in kids) or any(
            k.deprel == "obj" and any(d.lemma.lower() == "kein" for d in sent.dependents(k.i, "det")) for k in kids):
        return False  # "wurden von den Behörden nicht genannt", "nennt keine Termine", "kritisieren das
        # nicht einmal mehr": no act, no content
    if v.xpos == "VVPP" and not cue.source \
            and any(k.lemma == "sein" for k in kids if k.deprel.startswith("aux")):
        return False  # "Weitere Aktionen sind für Montag angekündigt": nobody named, a state
    if any(k.deprel in ("obj", "nsubj", "nsubj:pass") and (k.upos == "PRON" or k.xpos == "PDS")
           and {k.text.lower(), k.lemma.lower()} & {"das", "dies", "dieser", "dieses"} for k in kids) \
            and not _says_what_it_is(sent, v):
        return False  # (the tagger may read a demonstrative "Das" as an article, lemma "der")
    if cue.lemma == "fordern" and any(k.lemma in VICTIMS or k.text in VICTIMS for k in kids):
        return False
    if cue.lemma in NEEDS_REFLEXIVE and not any(k.xpos == "PRF" for k in kids):
        return False
    if cue.lemma in NAMING and (any(k.xpos == "PRF" for k in kids)
                                or cue.lemma == "bezeichnen" and not _with_als(sent, v)):
        return False
    if cue.lemma in SENTENCING and SENTENCING[cue.lemma] in _prepositions(sent, v):
        return False
    if any(k.xpos in ("PRELS", "PRELAT") and k.i < v.i for k in kids):
        return False  # "…, den sie HL Tau b nennen": a relative clause names, it reports nothing
    if cue.lemma == "begrüßen" and any(k.deprel == "obj" and k.upos == "NOUN" and plausible_source(sent, [k.i])
                                       and not is_document(k) for k in kids):
        return False  # "begrüßte die Fahrer und Besucher": a greeting, not a position taken
    needed = NEEDS_PREPOSITION.get(cue.lemma)
    if needed is not None and cue.passive:
        return False  # "war in Medien von der Entscheidung berichtet worden": "von" is the topic
    if needed is not None:
        return bool(_prepositions(sent, v) & needed)
    return True


def _says_what_it_is(sent: Sentence, v: Word) -> bool:
    """"nannte dies einen „Militärputsch“", "wies dies als „Unverschämtheit“ zurück": a
    second object or an "als" phrase gives the content the demonstrative does not."""
    kids = sent.dependents(v.i)
    return sum(k.deprel == "obj" for k in kids) > 1 or any(k.deprel == "xcomp" and k.upos != "VERB" for k in kids) \
        or _with_als(sent, v)


def _with_als(sent: Sentence, v: Word) -> bool:
    """Does an "als" phrase stand in the verb's phrase ("bezeichnete X als Fehler")?"""
    return any(sent.words[i].lemma.lower() == "als" for i in sent.subtree(v.i))


def act_clause(sent: Sentence, v: Word, cue_words: list[int] = ()) -> list[int]:
    """The clause of a speech act: the verb's subtree (its head's, for an auxiliary)
    without the clauses in it that say something of their own, without edge punctuation;
    with the verb's particle right after it, wherever the parser hung that ("und
    kündigten weitere Aktionen an")."""
    head = main_verb(sent, v)
    ids = set(sent.subtree(head.i))
    for k in sent.dependents(head.i):
        if k.deprel.split(":")[0] in OWN_CLAUSES and k.upos in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") and (
                k.deprel.startswith(("parataxis", "ccomp"))
                or any(d.deprel.startswith(("nsubj", "csubj")) for d in sent.dependents(k.i))):
            ids -= set(sent.subtree(k.i))
    for j in sorted(ids):
        k = sent.words[j]
        if j in ids and k.deprel == "conj" and k.i > head.i and is_finite(k) and k.upos == "VERB" \
                and (k.head != head.i and sent.dependents(k.i, "cc") or sent.dependents(k.i, "ccomp")):
            ids -= set(sent.subtree(k.i))  # "bezeichnete das Unglück als „Tragödie“ und erklärte, …":
            # a finite verb the parser coordinated with a noun of the act, or one with a
            # content clause of its own ("sprach sich gegen X aus und sagte, …"), is an act of its own
    idx = sorted(ids)
    while idx and sent.words[idx[0]].upos == "PUNCT":
        idx.pop(0)
    while idx and sent.words[idx[-1]].upos == "PUNCT" and sent.words[idx[-1]].text not in ")“\"":
        idx.pop()
    return idx + [j for j in cue_words if idx and j == idx[-1] + 1]


def reportive_sollen(ctx: ArticleContext, sent: Sentence, acted: bool = False) -> bool:
    """"Der Täter soll durch ein Fenster geflohen sein", "Die Verfahren sollen vereinfacht
    werden": present "soll(en)" passes on a claim or a plan when a perfect infinitive
    makes it a claim about the past, or a source spoke in the sentences just before;
    with neither, it is a plan or an obligation ("Die Steuer soll sinken").  Not inside
    quotation marks, not beside "laut X" (an indirect quote already), not in the first
    person, not in a clause under the sentence's own reported speech act (`acted`).  Its
    speaker is the last speaker; a run of such sentences is one quote.
    Read off the words, so it works on sentences the parser skipped."""
    words = sent.words
    w = next((w for w in words if SOLLEN.match(w.text) and not ctx.inside(w.start)), None)
    if w is None or (sent.parsed and first_person(sent)) or words[-1].text == "?":
        return False
    text = ctx.text[sent.start:sent.end]
    if any(x.lemma.lower() in SOURCE_PREPOSITIONS or x.text.lower() in SOURCE_PREPOSITIONS for x in words) \
            or any(c.kind in ("prep", "noun") for c in ctx.cues.get(sent.index, [])):
        return False
    after = ctx.text[w.end:sent.end].split(",")[0]
    before = ctx.text[sent.start:w.start].split(",")[-1]
    claim = bool(PERFECT.search(after) or PERFECT.search(before) or IDENTIFYING.search(after))
    if subordinate(sent, w) and (acted or not claim):
        return False  # "…, wie seine Insel aussehen soll": a plan or purpose inside another clause;
        # "Die Zahl der Menschen, die getötet worden sein sollen, bezifferte Xinhua …": the
        # sentence's speech act (`acted`) reports the clause the "sollen" stands in
    discourse = ctx.discourse
    source = discourse.last is not None and sent.index - discourse.last_sentence <= 2 or any(
        c.source or c.kind in ("prep", "noun") for k in (sent.index - 1, sent.index - 2) for c in ctx.cues.get(k, []))
    run_on = _after_sollen(ctx, sent)
    if not (claim or source or run_on):
        return False
    if ctx.overlaps(sent.start, sent.end) or len(text.split()) < 4:
        return False
    if run_on:
        prev = ctx.quotes[-1]
        ctx.quotes[-1] = ctx.quote("reported", prev.start, _end(sent), _attribution(discourse),
                                   prev.confidence, "reported:sollen", sent)
        return True
    conf = 0.55 if claim else 0.45
    ctx.quotes.append(ctx.quote("reported", sent.start, _end(sent), _attribution(discourse), conf,
                                "reported:sollen", sent))
    return True


def subordinate(sent: Sentence, w: Word) -> bool:
    """Is "soll" the verb at the end of a subordinate clause ("…, wie seine Insel aussehen
    soll", "…, das im Herbst eröffnet werden soll")?  There it passes a claim on only with
    a perfect infinitive ("…, welcher dann Kühlflüssigkeit entzündet haben soll").  Read
    off the words: the clause between commas opens with a subordinator and ends with it."""
    words = sent.words
    k = w.i
    while k > 0 and words[k - 1].text not in (",", ";", ":", "–", "—"):
        k -= 1
    last = w.i + 1 == len(words) or words[w.i + 1].text in (",", ";", ".", "!", "?", "–", "—", ")")
    return last and words[k].text.lower() in SUBORDINATORS  # (also opening the sentence: "Ob … soll, ist unklar")


def _attribution(discourse) -> Attribution:
    if discourse.last is None:
        return Attribution(nobody(), None, None)
    return Attribution(discourse.last.speaker, None, discourse.last.outlet)


def _end(sent: Sentence) -> int:
    """End of a sentence with its final full stop, as the Wikinews corpus marks reported
    speech (the stop of an abbreviation or a number kept by the tokenizer counts too),
    but without a colon, comma or semicolon that leads on."""
    words = sent.words
    k = len(words)
    while k > 1 and words[k - 1].text in ("!", "?", ";", ":", ","):
        k -= 1
    return words[k - 1].end


def _after_sollen(ctx: ArticleContext, sent: Sentence) -> bool:
    """Does the sentence follow one reported with "sollen" (a run of hearsay)?"""
    prev = ctx.quotes[-1] if ctx.quotes else None
    return prev is not None and prev.rule == "reported:sollen" and _adjacent(ctx, prev, sent)


def _adjacent(ctx: ArticleContext, q: Quote, sent: Sentence) -> bool:
    """Is `q` the quote of the sentence right before `sent`, in the same paragraph?"""
    if sent.index == 0:
        return False
    before = ctx.sentences[sent.index - 1]
    return before.paragraph == sent.paragraph and before.start <= q.end <= before.end + 1


def _uncued(q: Quote) -> Quote:
    """Reported speech as Wikinews marks it: the cue lemma, no cue offsets."""
    q.cue_start = q.cue_end = None
    return q
