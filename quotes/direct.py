"""Direct quotes: which quoted regions are speech, and which cue they hang on.

A region between quotation marks is a quote when something says so: a speech cue right
beside it ("…“, sagte er.), a colon before it (Er sagte: „…“), a speaker's name and a
colon (Putin: „…“), or it continues a quote of the paragraph before.  Short regions with
none of these are terms, titles or scare quotes ("das Thema „schneller Kohleausstieg“").
"""
from __future__ import annotations

import re
from typing import Callable

from . import lexicon
from .attribution import Attribution, attribute, nobody, subject_before
from .context import ArticleContext
from .cues import NON_VERB_KINDS, Cue
from .german import COMPLEMENTIZERS
from .konjunktiv import konj1
from .marks import Quoted
from .nouns import is_document
from .nlp import Sentence
from .records import Quote
from .sources import first_noun_after, prefer_named
from .speakers import plausible_source
from .trees import is_finite, mention
from .verbs import is_cue_verb

WORD = re.compile(r"\w+")
TITLE_NOUNS = lexicon.words("title_nouns")
SO_CALLED = re.compile(r"[Ss]ogenannte?[nmrs]?|genannte?[nmrs]?")  # "so genannten „…“" too
#: a translation given in brackets: "(etwa: „Partei der Volksmacht“, engl. „…“)", "[auf Deutsch: „…“]"
GLOSS = re.compile(r"[(\[][^()\[\]]{0,60}\b(etwa|deutsch|übersetzt|engl\.|englisch|französisch|russisch)\s*:?\s*$",
                   re.IGNORECASE)
MAX_GAP = 60  # characters between a quote and a cue that attributes it
# what crowds chant or carry: "skandierten Parolen wie „…“", "die Aufschrift „…“"
SLOGAN = re.compile(r"\b(?:" + "|".join(sorted(lexicon.words("slogan_nouns"), key=len, reverse=True)) + ")"
                    r"\s+(?:wie\s+(?:zum\s+Beispiel\s+|etwa\s+)?)?$")
# "…“ und „…“: a second quote in the same breath
SEQUENCE = re.compile(r"[\s„“”\"»«,;–-]*(und|oder|sowie)?[\s„“”\"»«,;–-]*")


def n_words(text: str) -> int:
    return len(WORD.findall(text))


def attach_cue(text: str, region: Quoted, cues: list[Cue], inside) -> Cue | None:
    """The cue that attributes `region`: its content covers the region, or it stands
    within a few characters of it with only punctuation and the source between.  A cue
    whose content holds the region beats one that only stands near it ("teilte mit, dass
    die „…“ anhalten und warnte vor …")."""
    lo, hi = region.outer
    best, best_gap = None, None
    covering = [c for c in cues if covers(c, region) and c.kind not in ("prep", "noun")
                and not inside(c.span[0]) and not in_source(c, region)]
    if covering:  # the quote is (part of) the cue's content: the nearest such cue
        return min(covering, key=lambda c: min(abs(c.span[0] - hi), abs(lo - c.span[1])))
    for cue in cues:
        cs, ce = cue.span
        if inside(cs) or in_source(cue, region):
            continue
        if ce <= lo:
            between = text[ce:lo]
            gap = lo - ce
            if ":" not in between and "," not in between.strip()[-1:]:
                # "Er sagte: „…“" needs the colon; "sagte er, „…“" a comma
                if gap > 3:
                    continue
        else:
            between = text[hi:cs]
            gap = cs - hi
            if re.search(r"[.!?]\s", between) or "„" in between or "\n" in between:
                continue  # (a cue in the next paragraph reports something else)
            if text[region.start:region.end].rstrip().endswith(".") and "," not in between:
                continue  # „… Kandidat.“ Die Arithmetik …: the quote ended its sentence
            if cue.content and cue.sent.words[cue.content[0]].start > hi:
                # „… haben.“ Schröder sagte, er werde …: the cue reports its own clause
                continue
        if gap <= MAX_GAP and (best_gap is None or gap < best_gap):
            best, best_gap = cue, gap
    return best


def covers(cue: Cue, region: Quoted) -> bool:
    """Is `region` (part of) the cue's content clause?"""
    if not cue.content:
        return False
    c0, c1 = cue.content_span
    return c0 <= region.start and region.end <= c1 + 1


def in_source(cue: Cue, region: Quoted) -> bool:
    """The region is (part of) the cue's source: „Süddeutsche Zeitung“ berichtete."""
    if not cue.source:
        return False
    w = cue.sent.words
    s0, s1 = w[cue.source[0]].start, w[cue.source[-1]].end
    return s0 <= region.start + 1 and region.end <= s1 + 1


def lead_index(text: str, region: Quoted) -> int:
    """Index of the last character before the region's opening mark that is not a space
    (-1 if none), found without copying the text before it."""
    i = region.outer[0] - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def before_mark(text: str, region: Quoted) -> str:
    """The last character before the opening mark, spaces skipped ("" at the start): a
    colon announces a quote, a comma ends the clause before it."""
    i = lead_index(text, region)
    return text[i] if i >= 0 else ""


def inquit_speaker(ctx: ArticleContext, region: Quoted) -> tuple[Sentence, list[int]] | None:
    """„…“, seufzt Catherine / freut sich unser Projektleiter Toni Wegscheider: a comma
    after the closing mark, then a finite verb and its subject.  German news uses any
    verb of manner as the inquit there, so the position says what the verb list cannot.
    The sentence and the subject's mention, or None."""
    end = region.outer[1]
    sent = next((s for s in ctx.sentences if s.parsed and s.start <= end <= s.end), None)
    if sent is None:
        return None
    after = [w for w in sent.words if w.start >= end]
    if len(after) < 3 or after[0].text != "," or after[0].start - end > 1:
        return None
    verb = after[1]
    if verb.upos not in ("VERB", "AUX") or not is_finite(verb):
        return None
    subj = [w for w in sent.dependents(verb.i, "nsubj") if w.i > verb.i and w.deprel == "nsubj"]
    if not subj:  # "„…“, erinnerte sich Trotnow später": the parser hung the name on "sich"
        k = 3 if after[2].xpos == "PRF" else 2
        subj = [after[k]] if k < len(after) and after[k].upos == "PROPN" else []
    if not subj or ctx.inside(subj[0].start):
        return None
    who = mention(sent, subj[0])
    if not plausible_source(sent, who) or subj[0].text.lower() in ("es", "das", "dies"):
        return None  # „…“, heißt es / steht da: no one named
    return sent, who


def colon_speaker(text: str, sent: Sentence, region: Quoted) -> list[int] | None:
    """"Putin: „…“" -- a name and a colon right before the quote -- or the subject of the
    clause before the colon ("…, brachte die Sprecherin zum Ausdruck: „…“")."""
    colon = lead_index(text, region)
    if colon < 0 or text[colon] != ":":
        return None
    idx = [w.i for w in sent.words if w.end <= colon]
    if not idx:
        return None
    last = sent.words[idx[-1]]
    ids = set(idx)
    verbs = [sent.words[j] for j in idx if sent.words[j].upos in ("VERB", "AUX")
             and sent.words[j].head not in ids]
    if any(konj1(w) for v in verbs for w in [v] + sent.dependents(v.i, "aux", "cop")) \
            and not any(is_cue_verb(sent, v) for v in verbs):
        return None  # "Queensland sei Neuseeland zu Dank verpflichtet: „…“": itself reported
        # speech, whose subject is what it is about; the speaker is who spoke before
    for v in verbs:
        subj = prefer_named(sent, v, [d for d in sent.dependents(v.i, "nsubj") if d.deprel == "nsubj"
                                      and d.i in ids])  # (not a word of the quote: "Dennoch gelte: „Es wird …")
        if subj and subj[0].upos == "NOUN" and not plausible_source(sent, [subj[0].i]):
            # "Den Unmut der CDU … brachte die Sprecherin …, Annette Widmann-Mauz, zum
            # Ausdruck:": the object came first and the parser took it for the subject
            after = first_noun_after(sent, v)
            if after is not None and after.i in ids and plausible_source(sent, mention(sent, after)):
                return mention(sent, after)
        if subj:
            return mention(sent, subj[0])
    if last.upos not in ("PROPN", "NOUN"):
        return None
    while last.head in ids and last.head < last.i and last.deprel in ("appos", "flat", "flat:name", "nmod") \
            and sent.words[last.head].upos in ("NOUN", "PROPN") \
            and not (last.deprel == "nmod" and any(c.lemma == "von" for c in sent.dependents(last.i, "case"))):
        # (not "Zitat von Schröder:", whose author is the von-phrase; "Nina Hagen über ihre
        # neue Heimat:" is hers)
        last = sent.words[last.head]  # "BKA-Präsident Ziercke:", "Erkki Tuomioja, Präsident des
        # Rats der Europäischen Union:": the whole phrase, the name with its title, not its last noun
    phrase = [j for j in mention(sent, last) if j in ids]  # (not the quote the parser hung on the name)
    if not phrase or any(sent.words[j].upos in ("VERB", "AUX") for j in phrase):
        return None
    return phrase


def looks_like_speech(text: str, region: Quoted) -> bool:
    """A quoted region that reads as an utterance: several words, a sentence in it."""
    content = text[region.start:region.end]
    nw = n_words(content)
    if nw >= 6:
        return True
    return nw >= 3 and bool(re.search(r"[.!?…]\W*$", content.strip()))


def after_title_noun(text: str, region: Quoted) -> bool:
    """Marks right after "Buch", "Film", "Überschrift" … or "sogenannte": a title or a
    term, however long."""
    lo = region.outer[0]
    before = re.findall(r"\w+", text[max(0, lo - 40):lo])
    return bool(before) and before_mark(text, region).isalnum() and (
        title_noun(before[-1]) or bool(SO_CALLED.fullmatch(before[-1])))


#: verbs that give their reason with "mit"
EXPLAINING = {"begründen", "rechtfertigen", "erklären", "argumentieren", "verteidigen"}
#: prepositions of a circumstance: a name in marks after them is not what was said
CIRCUMSTANCE_PREPOSITIONS = {"in", "mit", "bei", "an", "aus", "unter", "seit", "nach", "während"}


def in_circumstance(sent: Sentence, region: Quoted, cue: Cue | None = None) -> bool:
    """"In seiner „Thronrede“ kündigte er … an", "hält mit seinem „Ultimate Aero“ den
    Rekord": a few words in marks that head a phrase of place, means or time name
    something; what was said stands in the verb's object ("sprach von einer „Zäsur“"),
    or in the reason a verb of explaining gives "mit" ("begründete seinen Rückzug mit
    einer „veränderten Lage“")."""
    inside = [w for w in sent.words if region.start <= w.start and w.end <= region.end]
    ids = {w.i for w in inside}
    heads = [w for w in inside if w.head not in ids and w.upos != "PUNCT"]
    if len(heads) != 1:
        return False
    preps = {c.lemma.lower() for c in sent.dependents(heads[0].i, "case") if c.i not in ids}
    if preps == {"mit"} and cue is not None and cue.sent is sent and cue.lemma in EXPLAINING:
        return False
    return bool(preps & CIRCUMSTANCE_PREPOSITIONS)


def names_a_title(cue: Cue) -> bool:
    """"Den Namen der Sendung gab das ZDF bekannt: „…“": a verb whose object is a name or
    title announces one, not words of its own; so does "heißen" with a noun for subject
    ("Die Kanäle heißen «Aktien mit Kopf»", unlike "heißt es")."""
    sent = cue.sent
    if cue.lemma == "heißen":
        kids = sent.dependents(cue.i)
        return not any(d.text.lower() == "es" for d in kids) and any(
            d.deprel == "nsubj" and d.upos in ("NOUN", "PROPN") and d.i < cue.i and not is_document(d)
            and not any(w.text in "„“”\"»«" for w in sent.words[d.i:cue.i]) for d in kids)
    return any(d.upos == "NOUN" and d.lemma in ("Name", "Titel") for d in sent.dependents(cue.i, "obj", "nsubj"))


def title_noun(word: str) -> bool:
    """"Buch", "Serie", and compounds ending in one ("Fernsehserie", "Rockband"): a name
    or title follows. Not compounds of "Wort": "seine Antwort „Nein“" is what he said."""
    return word in TITLE_NOUNS or any(
        word.endswith(n.lower()) and len(word) > len(n) + 2 for n in TITLE_NOUNS if len(n) >= 4 and n != "Wort")


def is_title(text: str, region: Quoted, names: bool = True) -> bool:
    """A name or title in marks: after "Buch", "Film", "Zeitung" …, or (with `names`) a
    few words that all start with a capital („Süddeutsche Zeitung“, „Grüne Zapfsäule“)."""
    if after_title_noun(text, region):
        return True
    inner = text[region.start:region.end].strip()
    if text[region.outer[1]:region.outer[1] + 1] == "-" or lexicon.load().outlet(inner):
        return True  # „Bild“-Zeitung, „Spiegel“: a name in marks
    if not names:
        return False
    words = re.findall(r"\w[\w*:-]*", text[region.start:region.end])  # "Einwohner*innenmeldeamt"
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def proper_name(text: str, sent: Sentence, region: Quoted) -> bool:
    """A few words in marks inside a clause that the tagger reads as names or foreign
    words only ("mit seinem „Ultimate Aero“", "die neue CD „Have a nice day“", "den
    „Freedom Tower“"): a product, work or building, even in a speech verb's phrase.  After
    a colon they open an utterance ("sagte: „Yes we can“")."""
    words = [w for w in sent.words if region.start <= w.start and w.end <= region.end and w.upos != "PUNCT"]
    return 0 < len(words) <= 4 and before_mark(text, region) != ":" \
        and all(w.upos == "PROPN" or w.xpos == "FM" for w in words)


def is_slogan(text: str, region: Quoted) -> bool:
    """Words that demonstrators chanted or carried: after "Parolen (wie)", "Aufschrift"."""
    lo = region.outer[0]
    return bool(SLOGAN.search(text[max(0, lo - 60):lo]))


def starts_sentence(text: str, sent: Sentence, region: Quoted) -> bool:
    """Only a few words (a name, "Er sagte") or nothing stand between the sentence start
    and the opening mark; otherwise the marks quote a fragment inside a clause."""
    before = [w for w in sent.words if w.end <= region.outer[0] and w.upos != "PUNCT"]
    return len(before) <= 1


# --- the decision: is a quoted region a direct quote, and whose ------------------------

def direct_quote(ctx: ArticleContext, r: Quoted, sent: Sentence) -> Quote | None:
    """A direct quote for region r (opening in `sent`), or None when r is a term, title,
    scare quote or a fragment of a reported clause (which is then a mixed quote)."""
    text = ctx.text
    every, cand = nearby_cues(ctx, r)
    if any(in_source(c, r) for c in cand):
        return None  # „Süddeutsche Zeitung“ berichtete: a name in marks
    if GLOSS.search(text, max(0, r.outer[0] - 80), r.outer[0]):
        return None  # "(etwa: „Partei der Volksmacht“)": a translation of a name
    cue = attach_cue(text, r, cand, ctx.inside)
    # "hält Spector „unter Umständen“ für „böse und gefährlich“": one verb, several
    # quoted stretches in its phrase, so a spent cue still counts here; and the verb
    # whose phrase holds the marks beats a cue nearby ("Klose nannte seinen Platzverweis
    # „überzogen“, Löw bezeichnete …")
    obj_cue = object_cue(r, every)
    if cue is not None and (obj_cue is None or covers(cue, r) or not speaks(obj_cue)):
        obj_cue = None
    cue = obj_cue or cue
    if is_slogan(text, r):
        return slogan_quote(ctx, r, sent, cue)
    if cue is not None and cue.content:
        c0, c1 = cue.content_span
        # a quoted fragment inside reported speech: the clause is mixed. Not so for marks
        # outside the clause (", so Elshorst weiter: „…“") or announced by a colon
        # ("…, erklärt hatte: „…“"), which open an utterance of their own
        colon = before_mark(text, r) == ":"
        if r.start < c1 and c0 < r.end and not colon and is_fragment(text, r, c0, c1):
            return None
    nw = n_words(text[r.start:r.end])
    # words in the object of a speech verb ("nannte den Bericht eine „Zeitungsente“") are
    # its words even when they look like a title; elsewhere a capitalised few are a name
    phrase = obj_cue or (object_cue(r, [cue]) if cue is not None and speaks(cue) else None)
    title = is_title(text, r, names=phrase is None or naming(phrase)) or proper_name(text, sent, r) \
        or in_circumstance(sent, r, cue)
    if cue is not None and (nw >= 2 or looks_like_speech(text, r) or not cue.content) \
            and not (nw <= 4 and title) and not after_title_noun(text, r):
        if names_a_title(cue) or naming_outside(cue, r):
            return None  # ("nennt sich „documenta 12“": a name given, nobody quoted)
        ctx.spend(cue)
        att = attribute(cue, ctx.speakers, ctx.discourse)
        ctx.discourse.spoke(att, sent.paragraph)
        return ctx.quote("direct", r.start, r.end, att, 0.9 * cue.weight + 0.1, "direct:cue", sent)
    return uncued_quote(ctx, r, sent, nw)


def nearby_cues(ctx: ArticleContext, r: Quoted) -> tuple[list[Cue], list[Cue]]:
    """The cues of the sentences the region spans, and of the sentence after it ("…“,
    sagte er." when the splitter cut at the closing mark): all, and those not spent."""
    span_sents = [s for s in ctx.sentences if s.start < r.end + 2 and r.start - 2 < s.end]
    nxt = [s for s in ctx.sentences if s.index == span_sents[-1].index + 1] if span_sents else []
    every = [c for s in span_sents + nxt for c in ctx.cues[s.index]]
    return every, [c for c in every if not ctx.is_spent(c)]


def slogan_quote(ctx: ArticleContext, r: Quoted, sent: Sentence, cue: Cue | None) -> Quote:
    """"skandierten Parolen wie „Stoppt …“": the crowd's words; the speaker is who chanted
    or carried them, if the sentence says."""
    if cue is not None and cue.source:
        ctx.spend(cue)
        att = attribute(cue, ctx.speakers, ctx.discourse)
    else:
        subj = [w for w in sent.words if w.deprel in ("nsubj", "nsubj:pass") and w.upos in ("NOUN", "PROPN")
                and not ctx.inside(w.start)]
        res = ctx.speakers.resolve(sent, mention(sent, subj[0])) if subj else nobody()
        att = Attribution(res, None, None)
    ctx.discourse.last_direct = att
    ctx.discourse.last_direct_paragraph = sent.paragraph
    return ctx.quote("direct", r.start, r.end, att, 0.7, "direct:slogan", sent)


def uncued_quote(ctx: ArticleContext, r: Quoted, sent: Sentence, nw: int) -> Quote | None:
    """A region no cue attributes: the second of „…“ und „…“, a quote in brackets after a
    name or a content clause in marks, a quote after a colon, or a whole utterance that
    continues the speaker before it."""
    text, discourse = ctx.text, ctx.discourse
    prev_q = discourse.last_direct_quote
    if prev_q is not None and discourse.last_direct is not None and 0 <= r.start - prev_q.end <= 8 and \
            SEQUENCE.fullmatch(text[prev_q.end:r.start]):
        # „…“ und „…“: a second quote in the same breath has the same source
        return ctx.quote("direct", r.start, r.end, discourse.last_direct, 0.75, "direct:sequence", sent)
    who = bracket_speaker(text, sent, r) or content_clause_speaker(text, sent, r, ctx.inside)
    if who is not None and looks_like_speech(text, r):
        # "ElBaradei („Mir fällt niemand ein …“)" and "kam zu dem Ergebnis, „dass …“"
        att = Attribution(ctx.speakers.resolve(sent, who), None, None)
        discourse.spoke(att, sent.paragraph)
        return ctx.quote("direct", r.start, r.end, att, 0.7, "direct:attached", sent)
    inquit = inquit_speaker(ctx, r) if starts_sentence(text, sent, r) else None
    if inquit is not None and (nw >= 2 or looks_like_speech(text, r)):
        # „Da fällt einem schon ein Stein vom Herzen“, freut sich Projektleiter Toni Wegscheider
        att = Attribution(ctx.speakers.resolve(*inquit), None, None)
        discourse.spoke(att, sent.paragraph)
        return ctx.quote("direct", r.start, r.end, att, 0.75, "direct:inquit", sent)
    colon = colon_speaker(text, sent, r)
    if colon is not None and not plausible_source(sent, colon):
        colon = None  # "Nur wenige Stunden später die Kehrtwende: „…“": nobody is named
    if colon is None and before_mark(text, r) == ":" and looks_like_speech(text, r):
        # "Darauf waren die Worte zu lesen: „…“": a colon announces it, nobody is named
        speaker = discourse.last.speaker if discourse.last is not None else nobody()
        return ctx.quote("direct", r.start, r.end, Attribution(speaker, None, None), 0.6, "direct:colon", sent)
    if colon is not None and nw >= 2:
        att = Attribution(ctx.speakers.resolve(sent, colon), None, None)
        discourse.spoke(att, sent.paragraph)
        return ctx.quote("direct", r.start, r.end, att, 0.8, "direct:colon", sent)
    if not looks_like_speech(text, r) or is_title(text, r) or not starts_sentence(text, sent, r):
        return None  # a term, a title, or a fragment inside a clause (the clause may be mixed)
    # a whole utterance in marks with no cue: it continues the speaker before it, or
    # belongs to the one the sentence before is about
    before = subject_before(sent, ctx.sentences, ctx.speakers)
    if before is not None and not (before.speaker.entity is not None and before.speaker.entity.personish):
        before = None
    prev = before or discourse.previous(sent.paragraph)
    if prev is None:
        return ctx.quote("direct", r.start, r.end, Attribution(nobody(), None, None), 0.4,
                         "direct:unattributed", sent)
    discourse.last_direct_paragraph = sent.paragraph
    return ctx.quote("direct", r.start, r.end, Attribution(prev.speaker, None, prev.outlet), 0.7,
                     "direct:continuation", sent)


def is_fragment(text: str, r: Quoted, c0: int, c1: int) -> bool:
    """A quoted stretch that is only part of a reported clause text[c0:c1]: the clause is
    a mixed quote, the fragment no quote of its own. So it is when words of the clause
    stand before the marks ("es werde „enge Arbeit“ geben", "ihr lägen „bis zur Stunde
    keine Unterlagen vor …“"; a colon opens an utterance of its own, though), or when the
    marks cover little of the clause."""
    if c0 < r.outer[0] and before_mark(text, r) != ":":
        lead = [w for w in re.findall(r"\w+", text[c0:r.outer[0]]) if w.lower() not in COMPLEMENTIZERS]
        if lead:
            return True
    content_len = max(1, c1 - c0)
    covered = max(0, min(r.end, c1) - max(r.start, c0))
    return covered / content_len < 0.6 and not (r.start <= c0 + 2 and looks_like_speech(text, r))


def object_cue(r: Quoted, cues: list[Cue]) -> Cue | None:
    """"nannte die Zahlen „aus der Luft gegriffen“", "sprach von einer „Zäsur“": marks
    inside the phrase of a speech verb that has no content clause quote its words."""
    for cue in cues:
        if cue.kind in NON_VERB_KINDS:
            continue
        sent = cue.sent
        if cue.content:
            continue  # a verb with a clause of its own: marks in it make a mixed quote
        # its phrase, without the clauses hung on it ("…, Löw bezeichnete … als „übertrieben“")
        own = set(sent.subtree(cue.i)) - {j for d in sent.dependents(cue.i, "parataxis", "conj")
                                           if d.upos == "VERB" and sent.dependents(d.i, "nsubj")
                                           for j in sent.subtree(d.i)}
        # (nor its subject, who speaks, found or not: "teilte das „Space Telescope Science
        # Institute“ mit")
        own -= {j for d in sent.dependents(cue.i, "nsubj") if _article_before(sent, r, sent.subtree(d.i))
                for j in sent.subtree(d.i)}
        sub = [sent.words[j] for j in sorted(own) if j not in cue.source]
        if any(w.start >= r.start and w.end <= r.end for w in sub) and cue.source:
            return cue
    return None


def _article_before(sent: Sentence, r: Quoted, phrase: list[int]) -> bool:
    """Does an article of `phrase` stand right before the marks (a name: "das „…“")?"""
    before = [w for w in sent.words if w.end <= r.outer[0]]
    return bool(before) and before[-1].i in phrase and before[-1].xpos == "ART"


def speaks(cue: Cue) -> bool:
    """A speaker uttering the words of the verb's phrase ("wies dies als „Unverschämtheit“
    zurück", "warfen der Regierung „Wortbruch“ vor"), not a thing being called something
    ("der als „Sonnenwind“ bezeichnet wird", "auch „BD-Live“ genannt", "heißen")."""
    if cue.kind != "say" or not cue.source or cue.passive or cue.content or cue.lemma == "heißen":
        return False
    verb = cue.sent.words[cue.i]
    return verb.xpos != "VVPP" or bool(cue.sent.dependents(cue.i, "aux"))


def naming(cue: Cue) -> bool:
    """"nennt sich „documenta 12“", "Dies nennt man einen „Aktiensplit“", "Als Beispiele
    nennt VW die Modelle „Touareg“", "hieß das Lokal «Zur Tabakspfeife»", "Die neue
    Bezeichnung wird „Fresenius SE“ lauten": the verb gives a name, nobody is quoted."""
    sent = cue.sent
    deps = [sent.words[j] for j in sent.subtree(cue.i)]
    if any(w.text.lower() in ("sich", "man", "beispiel", "beispiele", "namen", "titel") for w in deps):
        return True
    subj = sent.dependents(cue.i, "nsubj", "nsubj:pass")
    if cue.lemma == "heißen" and subj and not any(w.text.lower() == "es" for w in subj):
        return True  # "Damals hieß das Lokal noch «Zur Schweizer Hütte»" (not "hieß es")
    return cue.lemma == "lauten" and any(w.lemma in NAME_NOUNS for w in subj)  # "Die Bezeichnung wird „…“ lauten"


def naming_outside(cue: Cue, r: Quoted) -> bool:
    """`naming`, read off the words outside the marks and only for a verb with no clause
    of its own: "nennt sich „documenta 12“" (not "…, sagte er: „Er war ein Beispiel …“")."""
    sent = cue.sent
    if cue.content or cue.lemma not in ("nennen", "heißen", "lauten"):
        return False
    if any(r.start <= w.start < r.end for w in sent.words if w.text.lower() in ("sich", "man")):
        return False
    return naming(cue)


#: Subjects of "lauten" that make what follows a name, not words said.
NAME_NOUNS = {"Name", "Bezeichnung", "Titel", "Arbeitstitel", "Firmenname", "Markenname", "Codename"}


def bracket_speaker(text: str, sent: Sentence, r: Quoted) -> list[int] | None:
    """"Mohammed ElBaradei („Mir fällt niemand ein …“)": a quote in brackets right after
    a name is that person's."""
    if text[r.outer[0] - 1:r.outer[0]] != "(":
        return None
    before = [w for w in sent.words if w.end <= r.outer[0] - 1]
    if not before or before[-1].upos != "PROPN" or before[-1].end < r.outer[0] - 2:
        return None
    return mention(sent, before[-1])


def content_clause_speaker(text: str, sent: Sentence, r: Quoted, inside: Callable[[int], bool]) -> list[int] | None:
    """"Das Gericht kam zu dem Ergebnis, „dass …“": a whole content clause in marks after
    a comma is the words of the clause's subject, whatever noun or verb introduced it."""
    if not re.match(r"(dass|daß|ob)\b", text[r.start:r.start + 4]) or before_mark(text, r) != ",":
        return None
    for h in [w for w in sent.words if w.end <= r.outer[0] and w.upos in ("VERB", "AUX")]:
        subj = [d for d in sent.dependents(h.i, "nsubj") if d.end <= r.outer[0] and not inside(d.start)
                and d.upos in ("NOUN", "PROPN", "PRON")]
        if subj:
            return mention(sent, subj[0])
    return None
