"""Session fixtures for the product tests: the seed articles, what the real extractor
returns for them (computed once: the Stanza extractor takes seconds to load), and a
database filled by `quotes extract seeds/`."""
from __future__ import annotations

from pathlib import Path

import pytest

from product_helpers import SEEDS, run_cli
from quotes.extract import extract_article
from quotes.read import read_articles
from quotes.records import Article


@pytest.fixture(scope="session")
def seed_articles() -> list[Article]:
    arts = list(read_articles([SEEDS]))
    assert all(isinstance(a, Article) for a in arts), arts
    return arts


@pytest.fixture(scope="session")
def seed_quotes(seed_articles) -> dict[str, list]:
    """What the real extractor returns for each seed article (computed once)."""
    return {a.id: extract_article(a) for a in seed_articles}


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory, seed_quotes) -> Path:
    """db/quotes.db-like database filled by `quotes extract seeds/` (treat as read-only)."""
    path = tmp_path_factory.mktemp("seeded") / "quotes.db"
    result = run_cli("extract", SEEDS, "--db", path)
    assert result.exit_code == 0, result.stderr
    return path
