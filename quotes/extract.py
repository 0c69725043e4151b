"""Article -> list[Quote]: the whole extraction, read top to bottom.

1. Split the article into paragraphs; drop page furniture and verbatim repeats.
2. Parse them (`nlp.parse_many`: a batch of articles at a time), only the sentences
   that can hold or attribute a quote (`might_quote`).
3. Read the article (`context.ArticleContext.read`): quotation-mark regions (`marks`),
   the speech cues of every sentence (`cues`), the names in it (`speakers`).
4. In an interview, each answer is a direct quote of the interviewee, the questions are
   no quotes (`interviews`).
5. Walk the sentences in order: direct quotes that open in the sentence (`direct`),
   indirect and mixed quotes from its cues (`indirect`), then Konjunktiv without a cue
   (`indirect`, `konjunktiv`); each attributed to a speaker and an outlet
   (`attribution`) with the discourse state a reader keeps: who spoke last, and through
   which outlet.
6. Of two quotes over the same stretch of text, keep the surer.

Where each rule lives, and where a new one goes: ``docs/ARCHITECTURE.md``.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

from . import direct, indirect, interviews, lexicon, reported
from .context import ArticleContext
from .konjunktiv import KONJ_FORMS
from .nlp import Parsed, parse_many, split_paragraphs
from .records import Article, Quote

WORDS = re.compile(r"\w+")
MARKS = re.compile(r"[„“”\"»«‚‘›‹]")


@dataclass
class Timings:
    """Seconds spent parsing and applying the rules, for bench/run.py."""
    parse: float = 0.0
    rules: float = 0.0


def extract_article(article: Article, nlp=None, select_sentences: bool = True) -> list[Quote]:
    """Every quote in `article`, in text order."""
    return extract_articles([article], nlp, select_sentences)[0]


def extract_articles(articles: list[Article], nlp=None, select_sentences: bool = True,
                     timings: Timings | None = None) -> list[list[Quote]]:
    """Every quote of each article, in text order: one list per article.

    The articles are parsed together (`nlp.parse_many`: one pass through each model for
    all of them, much faster than one article at a time); the rules then run on each.
    By default only sentences that can hold or attribute a quote are tagged and parsed
    (`might_quote`); ``select_sentences=False`` parses everything.  Time spent is added
    to `timings`, if given.
    """
    paragraphs = [content_paragraphs(a.text) for a in articles]
    t0 = time.perf_counter()
    parsed = parse_many([(a.text, p) for a, p in zip(articles, paragraphs)], nlp,
                        select=might_quote if select_sentences else None)
    t1 = time.perf_counter()
    quotes = [find_quotes(a.id, doc, p) if p else [] for a, doc, p in zip(articles, parsed, paragraphs)]
    if timings is not None:
        timings.parse += t1 - t0
        timings.rules += time.perf_counter() - t1
    return quotes


def might_quote(sentence: str) -> bool:
    """Can this sentence hold or attribute a quote?  Quotation marks, a form of a speech
    verb, a Konjunktiv form (also one of a regular verb that may be the indicative: "er
    steige" / "ich steige"), or an attribution word ("laut", "zufolge", ", so")."""
    if MARKS.search(sentence) or lexicon.attribution_pattern().search(sentence) or lexicon.names_source(sentence):
        return True
    regular = lexicon.words("konjunktiv_regular")  # "Damit steige die Gefahr": the tagger decides
    if any(w in KONJ_FORMS or w in regular for w in WORDS.findall(sentence.lower())):
        return True
    return bool(lexicon.cue_form_pattern().search(sentence))


def content_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans without page furniture and without verbatim repeats (a publishing
    glitch whose quotes count once, at the first occurrence)."""
    furniture = lexicon.furniture_pattern()
    seen: set[str] = set()
    out = []
    for s, e in split_paragraphs(text):
        para = text[s:e]
        if furniture.match(para):
            continue
        key = " ".join(para.split())
        if len(key) >= 30 and key in seen:
            continue
        seen.add(key)
        out.append((s, e))
    return out


def find_quotes(article_id: str, parsed: Parsed, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Every quote of a parsed article, in text order (marks only in `paragraphs`)."""
    ctx = ArticleContext.read(article_id, parsed, paragraphs)
    questions = interviews.answer_quotes(ctx, paragraphs if paragraphs is not None else split_paragraphs(parsed.text))
    for sent in ctx.sentences:
        ctx.speakers.note_subjects(sent)
        produced = False
        directs, speaker_before = [], ctx.discourse.last
        for r in ctx.opening.get(sent.index, []):
            q = direct.direct_quote(ctx, r, sent)
            if q is not None:
                ctx.quotes.append(q)
                ctx.discourse.last_direct_quote = q
                ctx.discourse.last_sentence = ctx.sentence_at(r.end - 1)
                directs.append((q, r))
                produced = True
        reported_clause = False
        for cue in ctx.cues[sent.index]:
            if not ctx.is_spent(cue) or indirect.reports_both_sides(ctx, cue):
                reported_clause = indirect.cue_quote(ctx, sent, cue) or reported_clause
        produced = produced or reported_clause
        acts = [reported.speech_act_quote(ctx, sent, cue) for cue in ctx.cues[sent.index]]
        if directs and not reported_clause:
            indirect.konjunktiv_over_fragments(ctx, sent, directs, speaker_before)
        if not produced and sent.parsed:
            produced = indirect.konjunktiv_quote(ctx, sent)
        if not reported_clause and sent.parsed and (not produced or directs):
            # a quote in marks elsewhere in the sentence leaves its Konjunktiv clause reported
            # ('Ein Sprecher teilte mit: "…", hierzu wolle man auch Aktien … ausgeben')
            produced = indirect.konjunktiv_clause_quotes(ctx, sent) or produced
        if not produced:
            reported.reportive_sollen(ctx, sent, acted=any(acts))
    return dedupe([q for q in ctx.quotes if not any(s <= q.start < e for s, e in questions)])


def dedupe(quotes: list[Quote]) -> list[Quote]:
    """One quote per stretch of text: of two overlapping by half or more, keep the surer.
    Reported speech acts are weighed among themselves only (a speech act and the words
    quoted in it are both quotes), and give way to the same stretch reported otherwise."""
    main = _surest([q for q in quotes if q.kind != "reported"])
    acts = [q for q in _surest([q for q in quotes if q.kind == "reported"])
            if not any(_same_stretch(q, o) and o.end - o.start >= (q.end - q.start) // 2 for o in main)]
    return sorted(main + acts, key=lambda q: q.start)


def _same_stretch(a: Quote, b: Quote) -> bool:
    ov = min(a.end, b.end) - max(a.start, b.start)
    return ov > 0 and ov * 2 >= min(a.end - a.start, b.end - b.start)


def _surest(quotes: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: -q.confidence):
        if not any(_same_stretch(q, o) for o in out):
            out.append(q)
    return sorted(out, key=lambda q: q.start)
