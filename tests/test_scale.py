"""Scale-out gives the same database as one process: `--jobs 2`, `--shard i/n` + `quotes
merge`, and `--cluster local` (a two-worker Dask cluster), on the seed articles with the
real `extract_article`. Each run that starts processes loads the models once per process,
so these tests take seconds each."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from product_helpers import SEEDS, SEED_IDS, run_cli
from quotes.scale import parse_shard, shard_of

TABLES = ("articles", "quotes", "speakers", "outlets")


def content(db_path: Path) -> dict[str, list]:
    """Every row of every table (and the indexed FTS content), order-independent."""
    conn = sqlite3.connect(db_path)
    try:
        out = {t: sorted(conn.execute(f"select * from {t}").fetchall(), key=repr) for t in TABLES}
        out["quotes_fts"] = sorted(conn.execute("select rowid, stems from quotes_fts").fetchall())
        return out
    finally:
        conn.close()


@pytest.fixture(scope="module")
def single(seeded_db) -> dict[str, list]:
    """The single-process result (conftest's `quotes extract seeds/`)."""
    c = content(seeded_db)
    assert len(c["articles"]) == len(SEED_IDS) and c["quotes"], "the seeds must give quotes"
    return c


def test_jobs_2_gives_the_same_database_as_one_process(tmp_path, single):
    db = tmp_path / "jobs.db"
    r = run_cli("extract", SEEDS, "--db", db, "--jobs", "2")
    assert r.exit_code == 0, r.stderr
    assert f"{len(SEED_IDS)} articles read: {len(SEED_IDS)} stored" in r.stderr
    assert content(db) == single


def test_jobs_2_jsonl_prints_quotes_in_input_order(seed_articles, seed_quotes):
    r = run_cli("extract", SEEDS, "--jsonl", "--jobs", "2")
    assert r.exit_code == 0, r.stderr
    expected = [q.to_json() for a in seed_articles for q in seed_quotes[a.id]]
    assert expected, "the seeds must give quotes"
    assert [json.loads(line) for line in r.stdout.splitlines()] == expected


def test_shards_partition_the_articles_and_merge_to_the_single_run(tmp_path, single):
    shards = [tmp_path / f"shard{i}.db" for i in range(2)]
    ids = []
    for i, path in enumerate(shards):
        r = run_cli("extract", SEEDS, "--db", path, "--shard", f"{i}/2")
        assert r.exit_code == 0, r.stderr
        got = {row[0] for row in content(path)["articles"]}
        assert got == {a for a in SEED_IDS if shard_of(a, 2) == i}
        assert f"{len(SEED_IDS) - len(got)} articles belong to other shards" in r.stderr
        ids.append(got)
    assert ids[0] and ids[1] and not ids[0] & ids[1] and ids[0] | ids[1] == set(SEED_IDS)

    main = tmp_path / "main.db"
    r = run_cli("merge", *shards, "--db", main)
    assert r.exit_code == 0, r.stderr
    assert f"{len(SEED_IDS)} articles stored" in r.stderr
    assert content(main) == single
    again = run_cli("merge", *shards, "--db", main)  # idempotent: nothing duplicated
    assert again.exit_code == 0 and f"{len(SEED_IDS)} unchanged" in again.stderr
    assert content(main) == single


def test_merge_replaces_a_changed_article_instead_of_duplicating(tmp_path, single, seeded_db):
    shard = tmp_path / "shard.db"
    sid = SEED_IDS[0]
    src = next(SEEDS.glob(f"{sid}.txt")).read_text(encoding="utf-8")
    d = tmp_path / "in"
    d.mkdir()
    changed = src + "\n\nRegierungssprecher Steffen Hebestreit sagte: „Wir prüfen das.“\n"
    (d / f"{sid}.txt").write_text(changed, encoding="utf-8")
    assert run_cli("extract", d, "--db", shard).exit_code == 0
    main = tmp_path / "main.db"
    main.write_bytes(seeded_db.read_bytes())
    r = run_cli("merge", shard, "--db", main)
    assert r.exit_code == 0 and "1 article stored" in r.stderr
    merged = content(main)
    assert len(merged["articles"]) == len(SEED_IDS)
    assert merged["articles"] != single["articles"]  # the shard's text replaced the seed's
    n = sqlite3.connect(main).execute("select count(*) from quotes where article_id = ?", [sid]).fetchone()[0]
    assert n == sqlite3.connect(shard).execute("select count(*) from quotes").fetchone()[0]
    assert n != sum(1 for q in single["quotes"] if sid in q), "the change must alter the quotes"


def test_local_two_worker_cluster_gives_the_same_quotes(tmp_path, single):
    pytest.importorskip("distributed")
    db = tmp_path / "cluster.db"
    r = run_cli("extract", SEEDS, "--db", db, "--cluster", "local", "--workers", "2",
                "--batch-size", "1")
    assert r.exit_code == 0, r.stderr
    assert "cluster local: 2 workers, 2 shard databases merged" in r.stderr
    assert content(db) == single
    again = run_cli("extract", SEEDS, "--db", db, "--cluster", "local")
    assert f"0 stored, {len(SEED_IDS)} unchanged" in again.stderr
    assert content(db) == single


def test_bad_shard_specs_are_one_line_errors(tmp_path):
    for spec in ("2/2", "a/b", "1", "-1/3", "0/0"):
        r = run_cli("extract", SEEDS, "--db", tmp_path / "x.db", "--shard", spec)
        assert r.exit_code == 2 and r.stderr.startswith("error: --shard"), (spec, r.stderr)
    assert parse_shard("3/4") == (3, 4)


def test_shard_of_is_stable_and_spreads_ids():
    # a stable hash (not Python's salted hash()): these values must never change, or
    # shard databases written by an older version would overlap with new ones
    assert [shard_of(f"article-{i}", 4) for i in range(12)] == [3, 3, 1, 1, 2, 1, 2, 2, 2, 3, 2, 3]
    counts = [0] * 4
    for i in range(4000):
        counts[shard_of(f"article-{i}", 4)] += 1
    assert all(800 < c < 1200 for c in counts), counts


def test_model_error_stops_the_run_with_one_line(tmp_path, monkeypatch):
    models = tmp_path / "models"
    models.mkdir()
    monkeypatch.setenv("QUOTES_MODEL_DIR", str(models))  # an empty model folder
    r = run_cli("extract", SEEDS, "--db", tmp_path / "x.db")
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == [
        f"error: extractor cannot run: model file missing: {models / 'tokenize.pt'} "
        "(rebuild with: python scripts/train_models.py all)"]


def test_missing_models_stop_a_jobs_run_with_one_line(tmp_path, monkeypatch):
    """Worker processes that cannot load the models: one line, no traceback, no pool
    error."""
    monkeypatch.setenv("QUOTES_MODEL_DIR", str(tmp_path / "no-models"))  # inherited by workers
    r = run_cli("extract", SEEDS, "--db", tmp_path / "x.db", "--jobs", "2")
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: extractor cannot run: model file missing"), r.stderr


def test_default_jobs_one_per_core_for_a_corpus_one_for_a_few_files(tmp_path, monkeypatch):
    """`quotes extract` without --jobs: a few small files stay in this process (starting
    a worker costs more than it saves); a corpus gets one process per usable core."""
    import os

    from quotes import run

    seeds = sorted(SEEDS.glob("*.txt"))
    assert run.default_jobs(seeds) == 1
    corpus = [tmp_path / f"a{i}.txt" for i in range(40)]
    for p in corpus:
        p.write_text("Der Sprecher sagte, die Lage sei ernst.", encoding="utf-8")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert run.default_jobs(corpus) == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert run.default_jobs(corpus) == 1
