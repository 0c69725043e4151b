"""Article -> list[Quote]: the whole extraction, read top to bottom.

(First version: quotation-mark pairs only. The parse-based rules replace this.)
"""
from __future__ import annotations

import re

from .records import Article, Quote

_PAIR = re.compile(r"„([^“”\n]+)[“”]|»([^«\n]+)«|\"([^\"\n]+)\"")


def extract_article(article: Article) -> list[Quote]:
    """Every quote in `article`, in text order."""
    quotes = []
    for m in _PAIR.finditer(article.text):
        g = next(i for i in range(1, 4) if m.group(i) is not None)
        quotes.append(Quote(article=article.id, kind="direct", text=m.group(g),
                            start=m.start(g), end=m.end(g), confidence=0.5, rule="marks"))
    return quotes
