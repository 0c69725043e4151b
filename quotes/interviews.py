"""Interviews: each answer of the interviewee is a direct quote, the questions are none.

Interviews and transcripts come in a few layouts once a page is plain text:

* speaker labels: "Christian Drosten: Ich glaube, …" / "Korinna Hennig: Und was …?";
* "Frage:" / "Antwort:" (or "F:" / "A:"), the interviewee named in the introduction;
* the outlet's name as the interviewer's label ("SPIEGEL: …?"), the interviewee's own;
* no labels, the questions set apart (bold on the page): short paragraphs ending in "?",
  each followed by the answer, after an introduction that speaks of an interview.

An answer runs from its label to the next label, over as many paragraphs as it takes;
its text is the answer without the label (ANNOTATION.md).  A label counts only when it
recurs, so a dateline ("Berlin: …") or a single "Hinweis:" makes no interview.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import lexicon
from .attribution import Attribution, nobody
from .context import ArticleContext
from .speakers import Resolved

# "Christian Drosten:", "Korinna Hennig:", "SPIEGEL:", "ZEIT ONLINE:", "Frage:", "F:"
# (set in bold or italics on the page: "**SPIEGEL:**", wiki "''Pau'':", indented "::R. Kelly:")
LABEL = re.compile(r"(?:[:*#]+[ \t]*)?(?:'{2,3}|\*{1,2})?(?P<label>[A-ZÄÖÜ][\w.’-]*(?:[ \t]+(?:[A-ZÄÖÜ][\w.’-]*|von|van|de|der|zu)){0,3})"
                   r"(?:[ \t]*\([^)\n]{1,40}\))?(?:'{2,3}|\*{1,2})?[ \t]*:(?:'{2,3}|\*{1,2})?[ \t]+(?=\S)")
QUESTION_LABELS = {"frage", "f", "interviewer", "interviewerin", "moderator", "moderatorin"}
ANSWER_LABELS = {"antwort", "a"}
#: where an interview names its interviewee: "sprach mit X", "im Interview", "im Gespräch"
INTRO = re.compile(r"(?i)\b(interview|gespräch|sprach mit|spricht mit|sprachen mit|im podcast)\b")


@dataclass
class Turn:
    label: str
    label_start: int
    label_end: int
    start: int  # the answer's text, without its label
    end: int
    opens: int = -1  # where the turn's paragraph starts (before any markup of the label)


def turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """Paragraphs that open with a speaker label, each running until the next label."""
    found: list[Turn] = []
    for s, e in paragraphs:
        m = LABEL.match(text, s, e)
        if m is not None:
            found.append(Turn(m.group("label"), m.start("label"), m.end("label"), m.end(), e, s))
        elif found:
            found[-1].end = e  # an answer goes on in the next paragraph
    return found


def interview_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """The turns of an interview, or [] when the labels do not make one: two labels that
    recur (two paragraphs each at least), or "Frage"/"Antwort" at least twice."""
    all_turns = turns(text, paragraphs)
    counts = Counter(t.label.lower() for t in all_turns)
    qa = sum(n for label, n in counts.items() if label in QUESTION_LABELS | ANSWER_LABELS)
    recurring = [label for label, n in counts.items() if n >= 2]
    if qa >= 2 or len(recurring) >= 2:
        return [t for t in all_turns if counts[t.label.lower()] >= 2]
    return []


def asks(text: str, label_turns: list[Turn]) -> bool:
    """Does this speaker ask?  Most of their turns end with a question mark."""
    questions = sum(text[t.start:t.end].rstrip().endswith("?") for t in label_turns)
    return questions * 2 > len(label_turns)


def answer_quotes(ctx: ArticleContext, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Append a direct quote for each answer of the interview in the article, if it is
    one, and return the spans of its questions (no quotes: ANNOTATION.md).  The
    interviewer is whoever asks ("Frage:", the outlet's label, or the speaker whose turns
    are questions); every other labelled speaker answers."""
    text = ctx.text
    found = interview_turns(text, paragraphs)
    if not found:
        found = unlabelled_turns(text, paragraphs)
        if found:
            interviewee = _named_interviewee(ctx, paragraphs, found[0].label_start)
            for t in found:
                _answer(ctx, t, interviewee)
        return [(t.label_start, t.label_end) for t in found]
    by_label: dict[str, list[Turn]] = {}
    for t in found:
        by_label.setdefault(t.label.lower(), []).append(t)
    lex = lexicon.load()
    interviewee = None
    questions = []
    for label, label_turns in by_label.items():
        if label in QUESTION_LABELS or lex.outlet(label_turns[0].label) or asks(text, label_turns):
            questions += [(t.opens, t.end) for t in label_turns]
            continue
        if label in ANSWER_LABELS:
            interviewee = interviewee or _named_interviewee(ctx, paragraphs)
        for t in label_turns:
            _answer(ctx, t, interviewee if label in ANSWER_LABELS else _label_speaker(ctx, t))
    return questions


def _answer(ctx: ArticleContext, t: Turn, speaker: Resolved) -> None:
    """The direct quote of one answer."""
    end = _trimmed_end(ctx.text, t)
    if end - t.start < 2 or not ctx.sentences:
        return
    sent = next((s for s in ctx.sentences if s.end > t.start), ctx.sentences[-1])
    ctx.quotes.append(ctx.quote("direct", t.start, end, Attribution(speaker, None, None),
                                0.97, "interview:answer", sent))


def unlabelled_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn]:
    """Answers of an interview whose questions are set apart without labels: at least
    three short paragraphs that end with a question mark, each followed by an answer,
    after an introduction (before the first question) that speaks of an interview; or,
    with no such introduction, at least five, a quarter of all paragraphs.  An answer
    runs over every paragraph up to the next question; its turn's label span is the
    question's."""
    def question(s: int, e: int) -> bool:
        para = text[s:e].strip()
        return para.endswith("?") and len(para.split()) <= 80 and para[:1] not in "„“\"»«"
    qs = [k for k, (s, e) in enumerate(paragraphs) if question(s, e)]
    answered = [k for k in qs if k + 1 < len(paragraphs) and not question(*paragraphs[k + 1])]
    introduced = qs and any(INTRO.search(text, s, e) for s, e in paragraphs[:qs[0]])
    # without an introduction, only a text made of questions and answers is an interview
    dense = len(answered) >= 5 and len(qs) * 4 >= len(paragraphs)
    if len(answered) < 3 or not (introduced or dense):
        return []
    found: list[Turn] = []
    for k, (s, e) in enumerate(paragraphs):
        if k < qs[0]:
            continue
        if k in qs:
            found.append(Turn("?", s, e, -1, -1, s))
        elif found[-1].start < 0:
            found[-1].start, found[-1].end = s, e
        else:
            found[-1].end = e
    return [t for t in found if t.start >= 0]


def _trimmed_end(text: str, t: Turn) -> int:
    end = t.end
    while end > t.start and text[end - 1].isspace():
        end -= 1
    return end


def _label_speaker(ctx: ArticleContext, t: Turn) -> Resolved:
    """The speaker a label names, with the fullest form of the name in the article
    ("Drosten:" -> "Christian Drosten")."""
    key = t.label.split()[-1].lower()
    ent = ctx.speakers.entities.get(key)
    name = ent.name if ent is not None and len(ent.name.split()) >= len(t.label.split()) else t.label
    return Resolved(name, t.label_start, t.label_end, ctx.text[t.label_start:t.label_end], ent)


def _named_interviewee(ctx: ArticleContext, paragraphs: list[tuple[int, int]],
                       first_turn: int | None = None) -> Resolved:
    """Whom an interview asks: the person named first in the paragraphs before the first
    question that speak of an interview ("sprach mit …"), else the person named first in
    the article."""
    people = sorted((e for e in set(ctx.speakers.entities.values()) if e.personish),
                    key=lambda e: e.first_seen)
    if not people:
        return nobody()
    if first_turn is None:
        first_turn = next((s for s, e in paragraphs if LABEL.match(ctx.text, s, e)), len(ctx.text))
    intro = [(s, e) for s, e in paragraphs if e <= first_turn and INTRO.search(ctx.text, s, e)]
    for s, e in intro:
        named = [p for p in people if s <= p.first_seen < e]
        if named:
            return Resolved(named[0].name, None, None, None, named[0])
    return Resolved(people[0].name, None, None, None, people[0])
