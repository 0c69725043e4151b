"""What the rules know about one article while they read it.

`ArticleContext` holds the parse, the quotation-mark regions, the cues of every
sentence, the speakers and the discourse state, and the quotes found so far: the rule
modules (`quotes.direct`, `quotes.indirect`) take it instead of long parameter lists.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import marks
from .attribution import Attribution, Discourse
from .cues import Cue, find_cues, outside_marks
from .nlp import Parsed, Sentence
from .records import Quote
from .speakers import Speakers
from .trees import detach_dateline


@dataclass
class ArticleContext:
    article_id: str
    text: str
    sentences: list[Sentence]
    regions: list[marks.Quoted]  # outermost quoted regions in the article's content
    speakers: Speakers
    cues: dict[int, list[Cue]] = field(default_factory=dict)  # sentence index -> its cues
    discourse: Discourse = field(default_factory=Discourse)
    quotes: list[Quote] = field(default_factory=list)
    spent: set[tuple[int, int]] = field(default_factory=set)  # cues already spent on a direct quote
    opening: dict[int, list[marks.Quoted]] = field(default_factory=dict)  # sentence index -> regions opening in it

    @classmethod
    def read(cls, article_id: str, parsed: Parsed, paragraphs: list[tuple[int, int]] | None = None) -> ArticleContext:
        """Marks, speakers and cues of a parsed article (marks only in `paragraphs`)."""
        for sent in parsed.sentences:
            if sent.parsed:
                detach_dateline(sent)
        regions = marks.find_quoted(parsed.text)
        if paragraphs is not None:
            regions = [r for r in regions if any(s <= r.start < e for s, e in paragraphs)]
        outer = marks.outermost(regions)
        ctx = cls(article_id, parsed.text, parsed.sentences, outer,
                  Speakers(parsed, quoted=lambda pos: marks.inside(outer, pos)))
        for r in ctx.regions:
            first = next((s.index for s in parsed.sentences if s.end > r.start), None)
            if first is not None:
                ctx.opening.setdefault(first, []).append(r)
        ctx.cues = {s.index: outside_marks(find_cues(s), ctx.inside, ctx.names_in_marks) if s.parsed else []
                    for s in parsed.sentences}
        return ctx

    def inside(self, pos: int) -> bool:
        """Is character `pos` inside quotation marks?"""
        return marks.inside(self.regions, pos)

    def names_in_marks(self, start: int, end: int) -> bool:
        """Do marks open at `start` and close by `end` (a name in marks: laut „Figaro“)?"""
        return any(r.start <= start < r.end <= end + 2 for r in self.regions)

    def covered(self, start: int, end: int) -> list[marks.Quoted]:
        """The quoted regions overlapping text[start:end]."""
        return [r for r in self.regions if r.start < end and start < r.end]

    def overlaps(self, start: int, end: int, kind: str | None = None) -> bool:
        """Does a quote found so far (of `kind`, if given; else a direct, indirect or mixed
        one) overlap text[start:end]?  Reported speech acts overlap other quotes freely."""
        return any(q.start < end and start < q.end for q in self.quotes
                   if q.kind == kind or kind is None and q.kind != "reported")

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding character `pos` (-99 if none)."""
        for s in self.sentences:
            if s.start <= pos < s.end + 1:
                return s.index
        return -99

    def spend(self, cue: Cue) -> None:
        """Mark a cue as used up by a direct quote: it attributes nothing else."""
        self.spent.add((cue.sent.index, cue.i))

    def is_spent(self, cue: Cue) -> bool:
        return (cue.sent.index, cue.i) in self.spent

    def quote(self, kind: str, start: int, end: int, att: Attribution, conf: float, rule: str,
              sent: Sentence) -> Quote:
        """The record of a quote over text[start:end], without white space at its edges
        (tokenised text puts spaces inside the marks: "„ Das ist gut . “")."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        cue = att.cue
        cs, ce = cue.span if cue is not None else (None, None)
        sp = att.speaker
        return Quote(article=self.article_id, kind=kind, text=self.text[start:end], start=start, end=end,
                     speaker=sp.name, speaker_start=sp.start, speaker_end=sp.end,
                     cue=cue.lemma if cue is not None else None, cue_start=cs, cue_end=ce,
                     outlet=att.outlet, confidence=round(min(conf, 0.99), 3), speaker_mention=sp.mention,
                     sentence=self.text[sent.start:sent.end], rule=rule)
