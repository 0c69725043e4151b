"""Helpers of the rule tests: read a CoNLL-U string, name words, show spans as text.

`quotes.conllu.from_conllu` rebuilds the `Parsed` text; the helpers here pick a sentence,
find a word by its form, and turn word indices into the text a reader would underline.
"""
from __future__ import annotations

from quotes.conllu import from_conllu
from quotes.nlp import Parsed, Sentence, Word


def parse(conllu: str) -> Parsed:
    """The parsed text of a CoNLL-U string (sentences joined by a space, paragraphs by a
    line break)."""
    return from_conllu(conllu)


def sentence(conllu: str, k: int = 0) -> Sentence:
    """Sentence `k` of a CoNLL-U string."""
    return from_conllu(conllu).sentences[k]


def word(sent: Sentence, form: str, nth: int = 0) -> Word:
    """The `nth` word of `sent` written `form`."""
    found = [w for w in sent.words if w.text == form]
    assert len(found) > nth, f"no {form!r} (#{nth}) in {' '.join(w.text for w in sent.words)}"
    return found[nth]


def words(sent: Sentence, idx) -> str:
    """The word forms at indices `idx`, joined by spaces ("" for none)."""
    return " ".join(sent.words[j].text for j in sorted(idx or []))


def text_of(parsed, sent: Sentence, idx) -> str:
    """The stretch of the original text (`parsed.text`: a `Parsed` or an `ArticleContext`)
    that the words at `idx` cover ("" for none)."""
    idx = sorted(idx or [])
    if not idx:
        return ""
    return parsed.text[sent.words[idx[0]].start:sent.words[idx[-1]].end]
