"""Direct quotes: which quoted regions are speech, and which cue they hang on.

A region between quotation marks is a quote when something says so: a speech cue right
beside it ("…“, sagte er.), a colon before it (Er sagte: „…“), a speaker's name and a
colon (Putin: „…“), or it continues a quote of the paragraph before.  Short regions with
none of these are terms, titles or scare quotes ("das Thema „schneller Kohleausstieg“").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import Cue, _mention
from .marks import Quoted
from .nlp import Sentence

WORD = re.compile(r"\w+")
TITLE_NOUNS = {"Buch", "Film", "Titel", "Motto", "Aktion", "Operation", "Zeitung", "Programm",
               "Projekt", "Kampagne", "Schlagzeile", "Roman", "Lied", "Song", "Album", "Sendung",
               "Serie", "Studie", "Bericht", "Magazin", "Initiative", "Gesetz", "Plan", "Name",
               "Namen", "Stichwort", "Begriff", "Wort", "Unwort", "Slogan", "Überschrift", "Sender",
               "Kanal", "Partei", "Bündnis", "Verein", "Gruppe", "Band", "Stück", "Oper", "Ausstellung"}
MAX_GAP = 60  # characters between a quote and a cue that attributes it


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
        if inside(cs):
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
        if gap <= MAX_GAP and (best_gap is None or gap < best_gap):
            best, best_gap = cue, gap
    return best


def colon_speaker(text: str, sent: Sentence, region: Quoted) -> list[int] | None:
    """"Putin: „…“" -- a name (or short noun phrase) and a colon right before the quote."""
    lo = region.outer[0]
    before = text[:lo].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    idx = [w.i for w in sent.words if w.end <= colon]
    if not idx:
        return None
    last = sent.words[idx[-1]]
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


def is_title(text: str, region: Quoted) -> bool:
    lo = region.outer[0]
    before = re.findall(r"\w+", text[max(0, lo - 40):lo])
    return bool(before) and before[-1] in TITLE_NOUNS
