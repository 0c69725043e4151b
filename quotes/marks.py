"""Quotation marks: pair them, nest them, and close the ones a writer left open.

Pure text work, no parse: the input is the article text, the output every quoted region
with its depth.  Whether a region is a quote or a scare-quoted term is decided later
(`direct.py`), with the parse at hand.

Styles: „…“ „…” ‚…‘ »…« «…» ›…‹ “…” "…" and '…'.  A mark left open runs to the end of
its paragraph, the convention of news texts whose quote continues in the next paragraph
with a fresh opening mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks it accepts
PAIRS: dict[str, str] = {
    "„": "“”\"",
    "»": "«\"“",  # a mismatched straight or curly mark closes it too: »Das ist gut", sagt er
    "«": "»\"”",
    "“": "”",
    "‚": "‘’",
    "›": "‹",
    '"': '"',
    "'": "'’",
}
OPENERS = set(PAIRS)
CLOSERS = set("“”\"«»‘’‹'")
PARAGRAPH_BREAK = re.compile(r"\n")
MAX_BRIDGED = 2  # paragraphs without marks that an open quote may run through


@dataclass(frozen=True)
class Quoted:
    """A region between quotation marks. `start`/`end` exclude the marks."""
    start: int
    end: int
    open_mark: str
    closed: bool  # False: the mark was left open and the region runs to the paragraph end
    depth: int  # 0 for the outermost region

    @property
    def outer(self) -> tuple[int, int]:
        """Span including the marks."""
        return self.start - 1, self.end + (1 if self.closed else 0)


def _is_word(c: str) -> bool:
    return c.isalnum()


def _can_open(text: str, i: int) -> bool:
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        # a mark with spaces on both sides opens only in tokenised text ("„ Das ist gut . “"),
        # where a mark that closes nothing on the stack is an opening one
        return prev.isspace() and c in "„»«\""
    if c in "\"'":
        # ASCII marks open after a space or bracket, never inside a word (Peter's)
        return not _is_word(prev) and prev not in ".,;:!?"
    if c == "‚":
        return not _is_word(prev)
    return True


def _can_close(text: str, i: int) -> bool:
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if c in "'’‘":
        # an apostrophe sits between letters (geht's, O’Brien); a closing mark does not
        return not prev.isspace() and not _is_word(nxt)
    if c == '"':
        return not prev.isspace() or not nxt.isalnum()
    return True


def find_quoted(text: str, start: int = 0, end: int | None = None) -> list[Quoted]:
    """All quoted regions in text[start:end], outermost first within each position.

    A mark left open at a paragraph's end may be closed in the next paragraph, or in a
    later one with at most `MAX_BRIDGED` paragraphs without any marks between (a quoted
    law text: „… die folgenden Maßnahmen anwenden: / […] / 11. heimliches Beobachten …“;
    a judge's statement over several paragraphs, quotes inside it included); otherwise it
    runs to its paragraph's end. A paragraph that opens a fresh mark instead continues
    the quote the usual way and leaves the earlier region as it was.
    """
    end = len(text) if end is None else end
    bounds, pos = [], start
    for m in PARAGRAPH_BREAK.finditer(text, start, end):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, end))
    out: list[Quoted] = []
    left_open: Quoted | None = None  # the open region of an earlier paragraph
    bridged = 0
    for ps, pe in bounds:
        if not text[ps:pe].strip():
            continue
        if left_open is not None:
            seeded = _scan_paragraph(text, ps, pe, seed=(left_open.open_mark, left_open.start))
            if any(q.start == left_open.start and q.closed for q in seeded):
                out.remove(left_open)  # closed here: one region from the earlier paragraph
                out.extend(seeded)
                left_open = next((q for q in seeded if not q.closed and q.open_mark in "„»«“"), None)
                bridged = 0
                continue
            if bridged < MAX_BRIDGED and not any(c in OPENERS or c in CLOSERS for c in text[ps:pe]):
                bridged += 1
                continue
            left_open = None
        found = _scan_paragraph(text, ps, pe)
        out.extend(found)
        left_open = next((q for q in found if not q.closed and q.open_mark in "„»«“"), None)
        bridged = 0
    return sorted(out, key=lambda q: (q.start, -q.end))


def _scan_paragraph(text: str, start: int, end: int, seed: tuple[str, int] | None = None) -> list[Quoted]:
    """Regions in one paragraph; `seed` is a mark opened in an earlier paragraph and still open."""
    stack: list[tuple[str, int]] = [seed] if seed else []  # (opening mark, index of content start)
    out: list[Quoted] = []
    for i in range(start, end):
        c = text[i]
        if c not in OPENERS and c not in CLOSERS:
            continue
        # a closer for something on the stack?
        if c in CLOSERS and _can_close(text, i):
            k = next((k for k in range(len(stack) - 1, -1, -1) if c in PAIRS[stack[k][0]]), None)
            if k is not None and (c not in "'’" or k == len(stack) - 1):
                mark, s = stack[k]
                del stack[k:]  # marks opened inside and never closed are dropped
                if i > s:
                    out.append(Quoted(s, i, mark, True, k))
                continue
        if c in OPENERS and _can_open(text, i):
            # ASCII ' only opens inside another quote or before a clear word start
            if c == "'" and not stack and not text[i + 1:i + 2].isupper():
                continue
            stack.append((c, i + 1))
    if stack:
        mark, s = stack[0]  # only the outermost open mark survives to the paragraph end
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and mark not in "'‚":
            out.append(Quoted(s, e, mark, False, 0))
    return out


def inside(regions: list[Quoted], pos: int) -> bool:
    """Is character `pos` inside one of the quoted `regions`?"""
    return any(r.start <= pos < r.end for r in regions)


def outermost(regions: list[Quoted]) -> list[Quoted]:
    """Regions not inside another region."""
    out: list[Quoted] = []
    for q in sorted(regions, key=lambda q: (q.start, -q.end)):
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out
