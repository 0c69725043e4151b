"""quotes.store: schema, idempotent re-runs, replacement, transactions, FTS, migrations."""
from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from product_helpers import ROOT, SEEDS, dump, run_cli
from quotes import store
from quotes.extract import extract_article
from quotes.records import Quote
from quotes.store import migrations, open_db, save_article, search_quotes, stem_query


def fill(path, articles, quotes):
    db = open_db(path)
    for a in articles:
        save_article(db, a, quotes[a.id])
    return db


def test_stored_rows_match_the_extractor(seeded_db, seed_articles, seed_quotes):
    db = open_db(seeded_db)
    assert db["articles"].count == len(seed_articles)
    for a in seed_articles:
        rows = list(db["quotes"].rows_where("article_id = ?", [a.id], order_by="start"))
        expected = sorted({(q.kind, q.start, q.end) for q in seed_quotes[a.id]}, key=lambda k: k[1])
        assert len(rows) == len(expected)
        assert db["articles"].get(a.id)["quote_count"] == len(expected)
        for r in rows:
            assert r["text"] == a.text[r["start"]:r["end"]]
            assert r["date"] == a.date  # denormalised for sorting and facets
    # a direct quote in real „…“ marks, found by any extractor
    texts = [r["text"] for r in db["quotes"].rows_where("article_id = ?", ["004_1b5946d984acc9ae"])]
    assert any("Wir erpressen niemanden" in t for t in texts)
    assert db.execute("select count(*) from quotes_fts").fetchone()[0] == db["quotes"].count


def test_schema_foreign_keys_and_indexes(seeded_db):
    db = open_db(seeded_db)
    fks = {(fk.column, fk.other_table) for fk in db["quotes"].foreign_keys}
    assert fks == {("article_id", "articles"), ("speaker_id", "speakers"), ("outlet_id", "outlets")}
    indexed = {tuple(i.columns) for i in db["quotes"].indexes}
    for col in ("kind", "speaker_id", "outlet_id", "publisher", "date", "article_id"):
        assert (col,) in indexed
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_rerun_changes_nothing(tmp_path, seed_articles, seed_quotes):
    path = tmp_path / "q.db"
    fill(path, seed_articles, seed_quotes).close()
    before = dump(path)
    fill(path, seed_articles, {a.id: extract_article(a) for a in seed_articles}).close()
    assert dump(path) == before  # deterministic ids: same rows, same values
    db = open_db(path)
    assert all(store.is_unchanged(db, a) for a in seed_articles)


def test_changed_article_replaces_its_quotes(tmp_path, seed_articles, seed_quotes):
    path = tmp_path / "q.db"
    db = fill(path, seed_articles, seed_quotes)
    target = seed_articles[-1]  # 004: quotes in „…“ marks
    other_rows = db.execute("select * from quotes where article_id != ? order by id", [target.id]).fetchall()
    cut = target.text.index("„Wir erpressen niemanden")
    changed = dataclasses.replace(target, text=target.text[:cut])
    new_quotes = extract_article(changed)
    assert not store.is_unchanged(db, changed)
    save_article(db, changed, new_quotes)
    rows = list(db["quotes"].rows_where("article_id = ?", [target.id]))
    assert len(rows) == len(store.unique_quotes(new_quotes)) < len(store.unique_quotes(seed_quotes[target.id]))
    assert all(r["end"] <= cut and r["text"] == changed.text[r["start"]:r["end"]] for r in rows)
    assert db["articles"].get(target.id)["sha256"] == changed.sha256
    assert db.execute("select * from quotes where article_id != ? order by id", [target.id]).fetchall() == other_rows
    assert db.execute("select count(*) from quotes_fts").fetchone()[0] == db["quotes"].count
    assert search_quotes(db, "erpressen") == []


def test_failure_inside_an_article_rolls_it_back(tmp_path, seed_articles, seed_quotes, monkeypatch):
    path = tmp_path / "q.db"
    db = fill(path, seed_articles[:2], seed_quotes)
    before = dump(path)
    target = seed_articles[0]
    changed = dataclasses.replace(target, text=target.text + "\nEr sagte: „Noch ein Satz.“")
    calls = {"n": 0}
    real = store.stems

    def boom(text):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return real(text)

    monkeypatch.setattr(store, "stems", boom)
    with pytest.raises(RuntimeError):
        save_article(db, changed, extract_article(changed))
    assert dump(path) == before  # old quotes not deleted, new ones not half-inserted


def test_killed_run_leaves_consistent_db_and_next_run_continues(tmp_path, seed_articles, seed_quotes):
    path = tmp_path / "q.db"
    n_first_two = sum(len(store.unique_quotes(seed_quotes[a.id])) for a in seed_articles[:2])
    # a real process, killed (os._exit: no cleanup, no rollback) while storing article 3
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from quotes import store
        from quotes.cli import app
        real, seen = store.stems, []
        def stems(text):
            seen.append(text)
            if len(seen) == {n_first_two + 1}:
                os._exit(9)
            return real(text)
        store.stems = stems
        app(["extract", {str(SEEDS)!r}, "--db", {str(path)!r}])
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 9, proc.stderr
    conn = sqlite3.connect(path)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    stored = [r[0] for r in conn.execute("select id from articles order by id")]
    assert stored == [a.id for a in seed_articles[:2]]
    for aid in stored:
        n = conn.execute("select count(*) from quotes where article_id = ?", [aid]).fetchone()[0]
        assert n == len(store.unique_quotes(seed_quotes[aid]))
    assert conn.execute("select count(*) from quotes where article_id not in (select id from articles)").fetchone()[0] == 0
    conn.close()
    result = run_cli("extract", SEEDS, "--db", path)
    assert result.exit_code == 0
    assert "3 stored, 2 unchanged" in result.stderr
    assert open_db(path)["quotes"].count == sum(len(store.unique_quotes(q)) for q in seed_quotes.values())


def test_fts_finds_inflected_forms(seeded_db):
    db = open_db(seeded_db)
    hits = search_quotes(db, "Atomwaffe")
    assert hits and all("Atomwaffen" in h["text"] for h in hits)
    assert search_quotes(db, "atomwaffen") == hits
    assert search_quotes(db, "Sicherheit fürchten")  # two words, both required
    assert search_quotes(db, "Sicherheit Kartoffelsalat") == []


@pytest.mark.parametrize("query", ['"', '"unbalanced', "AND", "(", "*", "NEAR(", "", "a-b:c"])
def test_stem_query_never_breaks_fts(seeded_db, query):
    db = open_db(seeded_db)
    assert isinstance(search_quotes(db, query), list)
    assert stem_query("Atomwaffen fürchten") == '"atomwaff" "furcht"'


def test_speakers_outlets_and_aliases(tmp_path, seed_articles):
    art = seed_articles[0]
    t = art.text

    def q(phrase, speaker, mention, outlet=None):
        s = t.index(phrase)
        return Quote(article=art.id, kind="direct", text=phrase, start=s, end=s + len(phrase),
                     speaker=speaker, speaker_mention=mention, outlet=outlet)

    db = open_db(tmp_path / "q.db")
    save_article(db, art, [
        q("Wir werden das alles überstehen", "Alexander Lukaschenko", "Lukaschenko", "Tass"),
        q("Wir werden alles aushalten.", "Alexander Lukaschenko", "er"),
        q("Weil wir um unsere Sicherheit fürchten", "Dmitri Peskow", "Kremlsprecher Dmitri Peskow"),
    ])
    speakers = {r["name"]: r["aliases"] for r in db["speakers"].rows}
    assert speakers == {"Alexander Lukaschenko": '["Lukaschenko", "er"]',
                        "Dmitri Peskow": '["Kremlsprecher Dmitri Peskow"]'}
    assert [(r["name"], r["type"]) for r in db["outlets"].rows] == [("Tass", "agency")]
    # the article changes: Peskow and Tass are no longer quoted anywhere -> removed
    save_article(db, dataclasses.replace(art, text=t + " "), [
        q("Wir werden alles aushalten.", "Alexander Lukaschenko", "er")])
    assert [(r["name"], r["aliases"]) for r in db["speakers"].rows] == [("Alexander Lukaschenko", '["er"]')]
    assert db["outlets"].count == 0


def test_outlet_type_guess():
    assert store.outlet_type("staatliche Nachrichtenagentur BelTA") == "agency"
    assert store.outlet_type("Telegram") == "platform"
    assert store.outlet_type("russisches Staatsfernsehen") == "broadcaster"
    assert store.outlet_type("Apotheken Umschau") is None  # "ap" only as a whole word


def test_old_database_is_migrated(tmp_path, seed_articles, seed_quotes):
    import sqlite_utils

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m002_quotes_fts")
    art = seed_articles[0]
    for qt in store.unique_quotes(seed_quotes[art.id]):
        db["quotes"].insert({"id": store.quote_id(qt), "article_id": art.id, "kind": qt.kind,
                             "text": qt.text, "start": qt.start, "end": qt.end})
    assert "quotes_fts" not in db.table_names()
    db.close()
    db = open_db(path)
    assert [m.name for m in migrations.applied(db)] == ["m001_tables", "m002_quotes_fts"]
    assert db.execute("select count(*) from quotes_fts").fetchone()[0] == len(store.unique_quotes(seed_quotes[art.id]))
    assert [h["text"] for h in search_quotes(db, "Sicherheit fürchten")] == [
        q.text for q in seed_quotes[art.id] if "Sicherheit fürchten" in q.text]
    assert search_quotes(db, "Sicherheit fürchten")
