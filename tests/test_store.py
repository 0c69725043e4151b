"""quotes.store: schema, idempotent re-runs, replacement, transactions, FTS, migrations."""
from __future__ import annotations

import dataclasses
import json
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
    assert fks == {("article_id", "articles"), ("speaker_id", "speakers"), ("outlet_id", "outlets"),
                   ("statement_id", "statements")}
    indexed = {tuple(i.columns) for i in db["quotes"].indexes}
    for col in ("kind", "outlet_id", "publisher", "date", "article_id"):
        assert (col,) in indexed
    assert ("speaker_id", "date") in indexed and ("statement_id", "date") in indexed
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


def _killed_extract(path, kill_at_stems_call: int, batch_articles: int) -> None:
    """`quotes extract seeds/` in a real process, killed (os._exit: no cleanup, no
    rollback) at the given call of `store.stems`, with batches of `batch_articles`."""
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from quotes import store
        from quotes.cli import app
        store.BATCH_ARTICLES, store.BATCH_SECONDS = {batch_articles}, 1e9
        real, seen = store.stems, []
        def stems(text):
            seen.append(text)
            if len(seen) == {kill_at_stems_call}:
                os._exit(9)
            return real(text)
        store.stems = stems
        app(["extract", {str(SEEDS)!r}, "--db", {str(path)!r}])
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 9, proc.stderr


def _assert_whole_articles(path, seed_quotes) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        stored = [r[0] for r in conn.execute("select id from articles order by id")]
        for aid in stored:
            n = conn.execute("select count(*) from quotes where article_id = ?", [aid]).fetchone()[0]
            assert n == len(store.unique_quotes(seed_quotes[aid]))
        assert conn.execute("select count(*) from quotes where article_id not in "
                            "(select id from articles)").fetchone()[0] == 0
        assert conn.execute("select count(*) from quotes_fts").fetchone()[0] == \
            conn.execute("select count(*) from quotes").fetchone()[0]
        return stored
    finally:
        conn.close()


@pytest.mark.parametrize("batch_articles", [1, 2])
def test_killed_run_leaves_consistent_db_and_next_run_continues(tmp_path, seed_articles, seed_quotes,
                                                                batch_articles):
    """Killed while storing article 4: with a commit per article, articles 1-3 are
    stored; with batches of two, article 3 (saved, not yet committed) is lost with its
    batch. Either way every stored article is whole, and the next run stores the rest."""
    path = tmp_path / "q.db"
    n_first_three = sum(len(store.unique_quotes(seed_quotes[a.id])) for a in seed_articles[:3])
    _killed_extract(path, n_first_three + 1, batch_articles)
    stored = _assert_whole_articles(path, seed_quotes)
    committed = 3 if batch_articles == 1 else 2
    assert stored == sorted(a.id for a in seed_articles[:committed])
    result = run_cli("extract", SEEDS, "--db", path)
    assert result.exit_code == 0
    assert f"{5 - committed} stored, {committed} unchanged" in result.stderr
    assert open_db(path)["quotes"].count == sum(len(store.unique_quotes(q)) for q in seed_quotes.values())


def test_writer_keeps_the_batch_when_an_article_fails(tmp_path, seed_articles, seed_quotes, monkeypatch):
    """Bad input inside a batch: the articles stored before it in the same (uncommitted)
    batch are committed, the failing article is rolled back to what was stored before
    (here: its old version), and the error reaches the caller."""
    path = tmp_path / "q.db"
    db = open_db(path)
    target = seed_articles[2]
    save_article(db, target, seed_quotes[target.id])  # the old version, committed
    before_target = db.execute("select * from quotes where article_id = ? order by id", [target.id]).fetchall()
    changed = dataclasses.replace(target, text=target.text + "\nEr sagte: „Noch ein Satz.“")
    real = store.stems
    with pytest.raises(RuntimeError):
        with store.Writer(db, batch_articles=100, batch_seconds=1e9) as writer:
            writer.save(seed_articles[0], seed_quotes[seed_articles[0].id])
            writer.save(seed_articles[1], seed_quotes[seed_articles[1].id])

            def boom(text):
                raise RuntimeError("bad quote")
            monkeypatch.setattr(store, "stems", boom)
            writer.save(changed, extract_article(changed))
    monkeypatch.setattr(store, "stems", real)
    assert not db.conn.in_transaction
    other = sqlite3.connect(path)  # what another process sees: committed rows only
    ids = [r[0] for r in other.execute("select id from articles order by id")]
    assert ids == sorted(a.id for a in seed_articles[:3])
    assert other.execute("select * from quotes where article_id = ? order by id", [target.id]).fetchall() == before_target
    assert other.execute("select sha256 from articles where id = ?", [target.id]).fetchone()[0] == target.sha256
    other.close()
    _assert_whole_articles(path, seed_quotes)


def _tables(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        out = {t: conn.execute(f"select * from {t} order by rowid").fetchall()
               for t in ("articles", "quotes", "speakers", "outlets", "statements", "statement_keys")}
        out["quotes_fts"] = conn.execute("select rowid, stems from quotes_fts order by rowid").fetchall()
        return out
    finally:
        conn.close()


def test_writer_after_a_failed_article_stores_what_skipping_it_stores(tmp_path, monkeypatch):
    """An article failing half-way through a batch (its quotes and statements already
    written): the batch is rolled back and the writes of the articles before it made
    again; the database is row for row the one where the article was never saved, also
    for statements, their keys and aliases, and storing goes on from there."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth_db import synth_articles

    items = list(synth_articles(600, per_article=6, n_speakers=40, seed=8, prefix="f"))
    bad = items[40][0].id
    want = open_db(tmp_path / "skipped.db")
    with store.Writer(want, batch_articles=60) as writer:
        for art, qs in items[:20] + items[:60]:  # replacements in the batch too
            if art.id != bad:
                writer.save(art, qs)
    with store.Writer(want, batch_articles=60) as writer:
        for art, qs in items[60:]:
            writer.save(art, qs)
    want.close()

    db = open_db(tmp_path / "failed.db")
    real, calls = store._update_speakers, []

    def update_speakers(*args):
        """Fails for items[40], the 61st article saved, once its rows are written."""
        calls.append(args)
        if len(calls) == 20 + 41:
            raise RuntimeError("bad quote")
        return real(*args)
    monkeypatch.setattr(store, "_update_speakers", update_speakers)
    with pytest.raises(RuntimeError):
        with store.Writer(db, batch_articles=60) as writer:
            for art, qs in items[:20] + items[:60]:
                writer.save(art, qs)
    assert not db.conn.in_transaction
    with store.Writer(db, batch_articles=60) as writer:
        for art, qs in items[41:60]:  # the rest of the failed batch, then on
            writer.save(art, qs)
        for art, qs in items[60:]:
            writer.save(art, qs)
    db.close()
    assert _tables(tmp_path / "failed.db") == _tables(tmp_path / "skipped.db")


def test_writer_batches_commits(tmp_path, seed_articles, seed_quotes):
    """Other connections see nothing of a batch until it is committed (when full, or
    when the Writer is left), then all of it."""
    path = tmp_path / "q.db"
    db = open_db(path)
    other = sqlite3.connect(path)
    count = lambda: other.execute("select count(*) from articles").fetchone()[0]  # noqa: E731
    with store.Writer(db, batch_articles=3, batch_seconds=1e9) as writer:
        for i, a in enumerate(seed_articles):
            writer.save(a, seed_quotes[a.id])
            assert count() == (3 if i >= 2 else 0)
    assert count() == 5
    other.close()


def _aliases_from_quotes(db) -> dict[str, list[str]]:
    """What the aliases must be: every distinct mention of each speaker's quotes."""
    out = {}
    for name, sid in db.execute("select name, id from speakers"):
        out[name] = sorted({r[0] for r in db.execute(
            "select speaker_mention from quotes where speaker_id = ? and speaker_mention is not null", [sid])})
    return out


def test_incremental_aliases_equal_a_recount(tmp_path):
    """Aliases are kept up to date incrementally (no scan of a speaker's quotes); after
    storing, replacing and re-replacing articles with other mentions and speakers, in
    batches, they equal a recount from the quotes, and no speaker or outlet is left
    without quotes."""
    import random

    sys.path.insert(0, str(ROOT / "bench"))
    from synth_db import synth_articles

    rng = random.Random(3)
    items = list(synth_articles(3000, per_article=6, n_speakers=400, seed=5, prefix="t"))
    db = open_db(tmp_path / "q.db")
    current = {}
    with store.Writer(db, batch_articles=50) as writer:
        for art, qs in items:
            writer.save(art, qs)
            current[art.id] = (art, qs)
        for _ in range(2):  # replace a third of the articles, twice
            for art, qs in rng.sample(list(current.values()), len(items) // 3):
                keep = [dataclasses.replace(q, speaker_mention=rng.choice(["er", "sie", q.speaker_mention,
                                                                           f"{q.speaker_mention} ({rng.randrange(3)})"]),
                                            speaker=rng.choice([q.speaker, q.speaker, None, "Neue Sprecherin"]),
                                            outlet=rng.choice([q.outlet, None, "Neuer Sender"]))
                        for q in qs if rng.random() < 0.6]
                art = dataclasses.replace(art, text=art.text + " ")
                writer.save(art, keep)
                current[art.id] = (art, keep)
        # the least named outlet disappears from every article
        rare = db.execute("select outlets.name from quotes join outlets on outlets.id = outlet_id "
                          "group by outlet_id order by count(*), outlets.name limit 1").fetchone()[0]
        for art, qs in list(current.values()):
            if any(q.outlet == rare for q in qs):
                writer.save(dataclasses.replace(art, text=art.text + " "),
                            [dataclasses.replace(q, outlet=None) if q.outlet == rare else q for q in qs])
    assert rare not in {r[0] for r in db.execute("select name from outlets")}
    stored = {r[0]: json.loads(r[1]) for r in db.execute("select name, aliases from speakers")}
    assert stored == _aliases_from_quotes(db)
    assert db.execute("select count(*) from speakers where id not in (select speaker_id from quotes "
                      "where speaker_id is not null)").fetchone()[0] == 0
    assert db.execute("select count(*) from outlets where id not in (select outlet_id from quotes "
                      "where outlet_id is not null)").fetchone()[0] == 0
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute("select count(*) from quotes_fts").fetchone()[0] == db["quotes"].count
    _assert_statements_recount(db)


def _assert_statements_recount(db):
    """Every quote has a statement, and each statement's counts equal a recount."""
    from quotes import statements

    assert db.execute("select count(*) from quotes where statement_id is null").fetchone()[0] == 0
    stored = db.execute("select * from statements order by id").fetchall()
    db.conn.execute("SAVEPOINT recount")
    statements.refresh_all(db.conn)
    recounted = db.execute("select * from statements order by id").fetchall()
    db.conn.execute("ROLLBACK TO recount")
    db.conn.execute("RELEASE recount")
    assert stored == recounted and stored
    assert db.execute("select count(*) from statements where quotes = 0").fetchone()[0] == 0


def test_synthetic_database_has_the_rows_storing_writes(tmp_path):
    """bench/synth_db.py writes its rows in bulk, bypassing `Writer`; its database must
    be what storing the same articles gives (so load tests run on realistic data)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import synth_db

    synth = tmp_path / "synth.db"
    assert synth_db.main(["--quotes", "1500", "--out", str(synth), "--speakers", "60"]) == 0
    db = open_db(tmp_path / "stored.db")
    with store.Writer(db) as writer:
        for art, qs in synth_db.synth_articles(1500, n_speakers=60):
            writer.save(art, qs)
    db.close()

    def content(path):
        conn = sqlite3.connect(path)
        try:
            out = {t: conn.execute(f"select * from {t} order by rowid").fetchall()
                   for t in ("articles", "quotes", "speakers", "outlets", "quotes_fts",
                             "statements", "statement_keys")}
            out["quotes_fts"] = conn.execute("select rowid, stems from quotes_fts order by rowid").fetchall()
            out["schema"] = sorted(r[0] for r in conn.execute("select sql from sqlite_master where sql is not null"))
            return out
        finally:
            conn.close()

    got, want = content(synth), content(tmp_path / "stored.db")
    assert len(want["quotes"]) == 1500 and len(want["speakers"]) > 40
    assert 0 < len(want["statements"]) < 1500  # template phrases: some statements repeat
    assert got == want


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
    assert [m.name for m in migrations.applied(db)] == [
        "m001_tables", "m002_quotes_fts", "m003_speaker_mention_index", "m004_statements",
        "m005_speaker_date_index"]
    _assert_statements_recount(db)  # quotes stored before statements existed are grouped
    assert ("speaker_id", "speaker_mention") in {tuple(i.columns) for i in db["quotes"].indexes}
    assert db.execute("select count(*) from quotes_fts").fetchone()[0] == len(store.unique_quotes(seed_quotes[art.id]))
    assert [h["text"] for h in search_quotes(db, "Sicherheit fürchten")] == [
        q.text for q in seed_quotes[art.id] if "Sicherheit fürchten" in q.text]
    assert search_quotes(db, "Sicherheit fürchten")


def test_syndicated_copies_join_the_statements_of_the_original(tmp_path, seed_articles, seed_quotes):
    """A seed article carried again by an agency (re-punctuated, its last paragraph cut,
    another publisher and date), extracted by the real extractor: each of its quotes
    joins the statement of the same quote in the original; replacing the copy without
    quotes leaves the original's statements as they were."""
    import re as _re

    art = max(seed_articles, key=lambda a: len(seed_quotes[a.id]))
    db = fill(tmp_path / "q.db", seed_articles, seed_quotes)
    before = db.execute("select * from statements order by id").fetchall()
    text = art.text.replace("„", "»").replace("“", "«")
    text = _re.sub(r"\n[^\n]*\s*$", "\n", text.rstrip())  # the last paragraph cut
    copy = dataclasses.replace(art, id="agency-copy", text=text, publisher="Agentur",
                               date="2023-06-01")
    copy_quotes = extract_article(copy)
    save_article(db, copy, copy_quotes)
    pairs = db.execute("select c.text, o.text, c.statement_id = o.statement_id from quotes c "
                       "join quotes o on o.article_id = ? and o.kind = c.kind and "
                       "o.start = c.start and o.end = c.end where c.article_id = 'agency-copy'",
                       [art.id]).fetchall()
    assert len(pairs) >= 0.8 * len(copy_quotes) > 0
    assert all(same for _, _, same in pairs), [p for p in pairs if not p[2]]
    shared = db.execute("select count(*) from statements where articles = 2 and outlets >= 1 "
                        "and last_seen = '2023-06-01'").fetchone()[0]
    assert shared == len({s for s in db.execute("select statement_id from quotes where "
                                                "article_id = 'agency-copy'")})
    _assert_statements_recount(db)
    save_article(db, dataclasses.replace(copy, text=copy.text + " "), [])
    assert db.execute("select * from statements order by id").fetchall() == before


def test_statement_grouping_on_variants_of_real_quotes(tmp_path):
    """bench/statements_eval.py on a small sample: variants of real Wikinews quotes
    (copied, cut, re-punctuated, one word changed) are grouped, other quotes of the same
    speakers are not (the full set's figures are in the README)."""
    import random

    sys.path.insert(0, str(ROOT / "bench"))
    import statements_eval

    if not statements_eval.DATA.is_dir():
        pytest.skip(f"no Wikinews data at {statements_eval.DATA}")
    rng = random.Random(5)
    items = statements_eval.build(rng, statements_eval.gold_quotes(statements_eval.DATA), 60)
    r = statements_eval.evaluate(items, rng, tmp_path / "eval.db")
    assert len(items) > 350 and r["tp"] + r["fn"] > 800
    assert r["precision"] >= 0.95 and r["recall"] >= 0.95, {k: r[k] for k in ("precision", "recall")}
