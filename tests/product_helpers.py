"""Helpers for the product tests (read, store, serve, export, CLI, browser); their
fixtures are in conftest.py. Everything runs on the real seed articles and the real
`extract_article`."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from quotes.cli import app

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
