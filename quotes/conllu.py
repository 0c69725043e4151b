"""Parsed text to and from CoNLL-U, so that rules can be tested without the models.

`to_conllu` writes what the shipped models gave for a text (``python -m quotes.conllu
"Er sagte, …"`` prints it); `from_conllu` reads it back into the `Parsed` records the
rules work on, with character offsets recomputed from the ``# text`` lines.  A rule test
then holds a real parse as a string and runs in milliseconds.
"""
from __future__ import annotations

import sys

from .nlp import Parsed, Sentence, Word


def to_conllu(parsed: Parsed) -> str:
    """CoNLL-U of a parsed text: one block per sentence, ``# newpar`` where a paragraph
    starts, and the sentence's text as written."""
    blocks, para = [], None
    for sent in parsed.sentences:
        lines = []
        if sent.paragraph != para:
            lines.append("# newpar")
            para = sent.paragraph
        lines.append(f"# text = {parsed.text[sent.start:sent.end]}")
        for w in sent.words:
            lines.append("\t".join([str(w.i + 1), w.text, w.lemma, w.upos, w.xpos, w.feats or "_",
                                    str(w.head + 1), w.deprel, "_",
                                    f"start_char={w.start - sent.start}|end_char={w.end - sent.start}"]))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def from_conllu(conllu: str) -> Parsed:
    """The `Parsed` text of CoNLL-U from `to_conllu`: sentences joined by a space,
    paragraphs by a line break; a word's span is its ``start_char``/``end_char`` (offsets
    in its sentence, both words of a contraction share the token's), else the first
    match of its text after the word before."""
    text, sentences, paragraph = "", [], -1
    for block in conllu.strip().split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if any(line == "# newpar" for line in lines) or paragraph < 0:
            if text:
                text += "\n"
            paragraph += 1
        elif text:
            text += " "
        sent_text = next(line[len("# text = "):] for line in lines if line.startswith("# text = "))
        base = len(text)
        text += sent_text
        words, pos = [], 0
        rows = [line.split("\t") for line in lines if not line.startswith("#")]
        for row in rows:
            form = row[1]
            misc = dict(f.split("=", 1) for f in row[9].split("|") if "=" in f) if len(row) > 9 else {}
            at = sent_text.find(form, pos)
            if "start_char" in misc:
                start, end = int(misc["start_char"]), int(misc["end_char"])
                pos = max(pos, end)
            elif at < 0:  # "zu" + "dem" of "zum": the span of the word before
                start, end = words[-1].start - base, words[-1].end - base
            else:
                start, end = at, at + len(form)
                pos = end
            words.append(Word(i=int(row[0]) - 1, text=form, lemma=row[2], upos=row[3], xpos=row[4],
                              feats=row[5], head=int(row[6]) - 1, deprel=row[7],
                              start=base + start, end=base + end))
        sentences.append(Sentence(words, paragraph=paragraph, index=len(sentences)))
    return Parsed(text, sentences)


if __name__ == "__main__":  # pragma: no cover -- a tool for writing tests
    from .nlp import parse

    print(to_conllu(parse(" ".join(sys.argv[1:]) or sys.stdin.read())), end="")
