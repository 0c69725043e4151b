"""The `quotes` command end to end with Typer's CliRunner on the real seed articles."""
from __future__ import annotations

import json

from product_helpers import SEEDS, dump, run_cli
from quotes.store import open_db, unique_quotes


def test_help_documents_every_command():
    result = run_cli("--help")
    assert result.exit_code == 0
    for cmd in ("extract", "serve", "export", "demo"):
        assert cmd in result.stdout
    for cmd, opt in (("extract", "--jsonl"), ("serve", "--port"), ("export", "--excel"),
                     ("demo", "--no-serve")):
        sub = run_cli(cmd, "--help")
        assert sub.exit_code == 0 and opt in sub.stdout


def test_extract_jsonl_prints_the_contract_and_writes_no_db(tmp_path, seed_articles, seed_quotes, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("extract", SEEDS, "--jsonl")
    assert result.exit_code == 0
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [q.to_json() for a in seed_articles for q in seed_quotes[a.id]]
    assert printed == expected
    for obj in printed:
        assert list(obj) == ["article", "kind", "text", "start", "end", "speaker", "speaker_start",
                             "speaker_end", "cue", "cue_start", "cue_end", "outlet", "confidence"]
    assert {o["article"] for o in printed} <= {a.id for a in seed_articles}
    assert not (tmp_path / "db").exists() and list(tmp_path.iterdir()) == []
    assert "5 articles read, 0 skipped" in result.stderr


def test_extract_stores_and_summarises_then_skips_unchanged(tmp_path, seed_quotes):
    db = tmp_path / "q.db"
    first = run_cli("extract", SEEDS, "--db", db)
    assert first.exit_code == 0 and first.stdout == ""
    total = sum(len(unique_quotes(q)) for q in seed_quotes.values())
    direct = sum(q.kind == "direct" for qs in seed_quotes.values() for q in unique_quotes(qs))
    assert "5 articles read: 5 stored, 0 unchanged" in first.stderr
    assert f"{total} quotes stored (direct {direct}," in first.stderr
    before = dump(db)
    again = run_cli("extract", SEEDS, "--db", db)
    assert "5 articles read: 0 stored, 5 unchanged" in again.stderr
    assert dump(db) == before


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path, seed_quotes):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "bin.txt").write_bytes(b"\x00\x01\x02" * 10)
    (d / "broken.jsonl").write_text('{"id": "ok", "text": "Er sagte: „Gut.“"}\n{"id": \n', encoding="utf-8")
    (d / "win.txt").write_bytes("Müller sagte: „Schön.“".encode("cp1252"))
    seed = next(SEEDS.glob("004_*.txt"))
    db = tmp_path / "q.db"
    result = run_cli("extract", d, seed, tmp_path / "missing.txt", "--db", db)
    assert result.exit_code == 0
    err = result.stderr
    assert "empty.txt: empty file" in err
    assert "bin.txt: binary file" in err
    assert "broken.jsonl:2: broken JSON line" in err
    assert "missing.txt: no such file or folder" in err
    assert "warning:" in err and "win.txt" in err and "cp1252" in err
    assert "3 articles read: 3 stored" in err and "4 skipped" in err
    assert "Traceback" not in err
    stored = {r["id"] for r in open_db(db)["articles"].rows}
    assert stored == {"ok", "win", seed.stem}
    assert open_db(db).execute("select text from articles where id='win'").fetchone()[0] == "Müller sagte: „Schön.“"


def test_nothing_readable_is_an_error(tmp_path):
    result = run_cli("extract", tmp_path / "nope", "--db", tmp_path / "q.db")
    assert result.exit_code == 1
    assert "no such file or folder" in result.stderr and "Traceback" not in result.stderr


def test_user_mistakes_give_one_line_errors(tmp_path):
    missing = run_cli("export", "--db", tmp_path / "none.db")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == f"error: no database at {tmp_path / 'none.db'}; run `quotes extract FILES --db {tmp_path / 'none.db'}` first"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    for cmd in (["export"], ["serve"]):
        r = run_cli(*cmd, "--db", junk)
        assert r.exit_code == 1 and r.stderr.startswith("error: ") and len(r.stderr.strip().splitlines()) == 1
    r = run_cli("extract", SEEDS, "--db", junk)
    assert r.exit_code == 1 and r.stderr.startswith("error: ") and "Traceback" not in r.stderr


def test_demo_extracts_seeds_into_the_database(tmp_path, seed_quotes):
    db = tmp_path / "demo.db"
    result = run_cli("demo", "--db", db, "--no-serve")
    assert result.exit_code == 0
    assert open_db(db)["quotes"].count == sum(len(unique_quotes(q)) for q in seed_quotes.values())


def test_export_into_a_closed_pipe_exits_quietly(seeded_db):
    """`quotes export | head -1`: the reader leaves early; no error, no traceback."""
    import subprocess
    import sys

    p = subprocess.Popen([sys.executable, "-m", "quotes.cli", "export", "--db", str(seeded_db)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()  # the reader is gone before the first row is written
    err = p.stderr.read().decode()
    assert p.wait(timeout=60) == 0, err
    assert "Broken pipe" not in err and "Traceback" not in err and "error" not in err


def test_export_rejects_dates_that_are_not_dates(seeded_db):
    for bad in ("2023-13", "yesterday", "2023-02-30", "23"):
        r = run_cli("export", "--db", seeded_db, "--since", bad)
        assert r.exit_code == 2 and r.stdout == ""
        assert r.stderr.strip() == f"error: --since {bad!r}: use a date YYYY, YYYY-MM or YYYY-MM-DD"
    assert run_cli("export", "--db", seeded_db, "--until", "2023-02-28").exit_code == 0


def test_extract_of_a_missing_path_creates_no_database(tmp_path):
    db = tmp_path / "q.db"
    r = run_cli("extract", tmp_path / "nope.txt", "--db", db)
    assert r.exit_code == 1
    assert r.stderr.strip() == f"error: {tmp_path / 'nope.txt'}: no such file or folder"
    assert not db.exists()


def test_summary_counts_in_words_and_gives_the_database_total(tmp_path, seed_quotes):
    db = tmp_path / "q.db"
    one = next(SEEDS.glob("004_*.txt"))
    r = run_cli("extract", one, "--db", db)
    assert "1 article read: 1 stored" in r.stderr
    n = len(unique_quotes(seed_quotes[one.stem]))
    assert f"{db} now holds {n} quotes from 1 article" in r.stderr
    r = run_cli("extract", SEEDS, "--db", db)
    total = sum(len(unique_quotes(q)) for q in seed_quotes.values())
    assert f"{db} now holds {total} quotes from 5 articles" in r.stderr


def test_serve_and_demo_say_when_the_port_is_busy(tmp_path, seeded_db):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        for cmd in (["serve", "--db", seeded_db], ["demo", "--db", tmp_path / "demo.db"]):
            r = run_cli(*cmd, "--port", port)
            assert r.exit_code == 1
            assert r.stderr.strip() == (f"error: port {port} on 127.0.0.1 is in use; stop what "
                                        "runs there or choose another with --port")
    assert not (tmp_path / "demo.db").exists()  # said so before extracting anything
