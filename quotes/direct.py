"""Direct quotes: which quoted regions are speech, and which cue they hang on.

A region between quotation marks is a quote when something says so: a speech cue right
beside it ("…“, sagte er.), a colon before it (Er sagte: „…“), a speaker's name and a
colon (Putin: „…“), or it continues a quote of the paragraph before.  Short regions with
none of these are terms, titles or scare quotes ("das Thema „schneller Kohleausstieg“").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .cues import Cue, _mention, _prefer_named
from .marks import Quoted
from .nlp import Sentence

WORD = re.compile(r"\w+")
TITLE_NOUNS = {"Buch", "Film", "Titel", "Motto", "Aktion", "Operation", "Zeitung", "Programm",
               "Projekt", "Kampagne", "Schlagzeile", "Roman", "Lied", "Song", "Album", "Sendung",
               "Serie", "Studie", "Bericht", "Magazin", "Initiative", "Gesetz", "Plan", "Name",
               "Namen", "Stichwort", "Begriff", "Wort", "Unwort", "Slogan", "Überschrift", "Sender",
               "Kanal", "Partei", "Bündnis", "Verein", "Gruppe", "Band", "Stück", "Oper", "Ausstellung"}
SO_CALLED = re.compile(r"[Ss]ogenannte?[nmrs]?|genannte?[nmrs]?")  # "so genannten „…“" too
MAX_GAP = 60  # characters between a quote and a cue that attributes it
# what crowds chant or carry: "skandierten Parolen wie „…“", "die Aufschrift „…“"
SLOGAN = re.compile(r"\b(?:Parolen?|Sprüchen?|Spruch|Aufschriften?|Losungen?|Sprechchören?|Rufen?)"
                    r"\s+(?:wie\s+(?:zum\s+Beispiel\s+|etwa\s+)?)?$")


@dataclass
class DirectCandidate:
    region: Quoted
    words: int
    cue: Cue | None = None
    colon_speaker: tuple[Sentence, list[int]] | None = None
    is_quote: bool = False
    reason: str = ""


def n_words(text: str) -> int:
    return len(WORD.findall(text))


def sentences_over(sentences: list[Sentence], start: int, end: int) -> list[Sentence]:
    return [s for s in sentences if s.start < end and start < s.end]


def attach_cue(text: str, region: Quoted, cues: list[Cue], inside) -> Cue | None:
    """The cue that attributes `region`: its content covers the region, or it stands
    within a few characters of it with only punctuation and the source between."""
    lo, hi = region.outer
    best, best_gap = None, None
    for cue in cues:
        cs, ce = cue.span
        if inside(cs) or in_source(cue, region):
            continue
        if cue.content:
            w = cue.sent.words
            c0, c1 = w[cue.content[0]].start, w[cue.content[-1]].end
            if c0 <= region.start and region.end <= c1 + 1 and cue.kind != "prep" and cue.kind != "noun":
                # the quote is (part of) the cue's content
                gap = min(abs(cs - hi), abs(lo - ce))
                if best_gap is None or gap < best_gap:
                    best, best_gap = cue, gap
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
            if re.search(r"[.!?]\s", between) or "„" in between:
                continue
            if cue.content and cue.sent.words[cue.content[0]].start > hi:
                # „… haben.“ Schröder sagte, er werde …: the cue reports its own clause
                continue
        if gap <= MAX_GAP and (best_gap is None or gap < best_gap):
            best, best_gap = cue, gap
    return best


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
    for v in verbs:
        subj = _prefer_named(sent, v, [d for d in sent.dependents(v.i, "nsubj") if d.deprel == "nsubj"])
        if subj:
            return _mention(sent, subj[0])
    if last.upos not in ("PROPN", "NOUN"):
        return None
    mention = _mention(sent, last)
    if any(sent.words[j].upos in ("VERB", "AUX") for j in mention):
        return None
    return mention


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
        before[-1] in TITLE_NOUNS or bool(SO_CALLED.fullmatch(before[-1])))


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
    words = re.findall(r"\w[\w-]*", text[region.start:region.end])
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def is_slogan(text: str, region: Quoted) -> bool:
    """Words that demonstrators chanted or carried: after "Parolen (wie)", "Aufschrift"."""
    lo = region.outer[0]
    return bool(SLOGAN.search(text[max(0, lo - 60):lo]))


def starts_sentence(text: str, sent: Sentence, region: Quoted) -> bool:
    """Only a few words (a name, "Er sagte") or nothing stand between the sentence start
    and the opening mark; otherwise the marks quote a fragment inside a clause."""
    before = [w for w in sent.words if w.end <= region.outer[0] and w.upos != "PUNCT"]
    return len(before) <= 1
