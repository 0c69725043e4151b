"""The two records every step of the pipeline speaks: an article in, quotes out.

`Quote.to_json()` is the output contract of ``../shared/eval/README.md``: offsets are
Python ``str`` indices into the article text, end exclusive, and
``article.text[q.start:q.end] == q.text``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

#: kinds of quote: marked speech ("…"), reported content clauses, both at once, and
#: speech acts or reportive "sollen" without a content clause
KINDS = ("direct", "indirect", "mixed", "reported")


def stable_id(*parts: object) -> int:
    """A 52-bit integer from a hash of `parts`: deterministic across runs and machines,
    an INTEGER PRIMARY KEY (so it is also the FTS rowid), and exact in JavaScript."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode())
    return int(h.hexdigest()[:13], 16)


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None

    @property
    def sha256(self) -> str:
        """Content hash: a re-run skips articles whose text is already stored."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Quote:
    article: str
    kind: str  # one of KINDS
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    outlet: str | None = None
    confidence: float = 0.5
    # not part of the JSON contract: where the quote sits, for storage and display
    speaker_mention: str | None = None
    sentence: str | None = field(default=None, repr=False)
    rule: str | None = None

    CONTRACT = ("article", "kind", "text", "start", "end", "speaker", "speaker_start", "speaker_end",
                "cue", "cue_start", "cue_end", "outlet", "confidence")

    def to_json(self) -> dict:
        """The object `quotes extract --jsonl` prints for this quote."""
        d = asdict(self)
        out = {k: d[k] for k in self.CONTRACT}
        out["confidence"] = round(float(self.confidence), 3)
        return out
