"""Shared fixtures for the product tests (read, store, serve, export, CLI, browser).

Imported explicitly by those test files (not a conftest.py, so the extractor tests stay
independent). Everything runs on the real seed articles and the real `extract_article`.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.extract import extract_article
from quotes.read import read_articles
from quotes.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))


def run_cli(*args: str):
    """Invoke `quotes ARGS` in-process; stdout and stderr kept apart."""
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def dump(db_path: Path) -> list[str]:
    """The whole database as SQL, for "nothing changed" comparisons. FTS5's b-tree pages
    (``_data``, ``_idx``) are left out: re-indexing the same rows lays them out anew, while
    the indexed content (``quotes_fts_content``) is compared."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        return [line for line in conn.iterdump() 
                if not any(t in line for t in ("_sqlite_migrations", "quotes_fts_data", "quotes_fts_idx"))]
    finally:
        conn.close()


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
