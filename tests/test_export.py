"""quotes export: CSV/JSONL, filters, file or stdout, --excel BOM, on the seed database."""
from __future__ import annotations

import csv
import io
import json

from product_helpers import run_cli
from quotes.store import unique_quotes
from quotes.export import COLUMNS


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_to_stdout_has_every_quote(seeded_db, seed_articles, seed_quotes):
    result = run_cli("export", "--db", seeded_db)
    assert result.exit_code == 0
    rows = csv_rows(result.stdout)
    assert list(rows[0].keys()) == COLUMNS
    assert len(rows) == sum(len(unique_quotes(q)) for q in seed_quotes.values())
    texts = {a.id: a.text for a in seed_articles}
    for r in rows:
        assert texts[r["article_id"]][int(r["start"]):int(r["end"])] == r["text"]
    assert f"{len(rows)} quotes exported" in result.stderr


def test_jsonl_to_file_with_kind_filter(seeded_db, seed_quotes, tmp_path):
    out = tmp_path / "direct.jsonl"
    result = run_cli("export", "--db", seeded_db, "--format", "jsonl", "--kind", "direct", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == sum(q.kind == "direct" for qs in seed_quotes.values() for q in unique_quotes(qs)) > 0
    assert {r["kind"] for r in rows} == {"direct"}


def test_date_range(seeded_db, seed_articles, seed_quotes):
    result = run_cli("export", "--db", seeded_db, "--since", "2023", "--until", "2023-04")
    ids = {r["article_id"] for r in csv_rows(result.stdout)}
    dated = {a.id for a in seed_articles if a.date and "2023" <= a.date[:7] <= "2023-04" and seed_quotes[a.id]}
    assert ids == dated == {"000_d9023a71f75f729c"}


def test_speaker_and_outlet_filters_match_nothing_unknown(seeded_db):
    for opt in ("--speaker", "--outlet"):
        result = run_cli("export", "--db", seeded_db, opt, "Niemand Bekanntes")
        assert result.exit_code == 0
        assert csv_rows(result.stdout) == []


def test_excel_adds_bom_and_keeps_umlauts(seeded_db, tmp_path):
    out = tmp_path / "excel.csv"
    assert run_cli("export", "--db", seeded_db, "--excel", "-o", out).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Atomwaffen".encode() in raw and "für".encode() in raw
    plain = run_cli("export", "--db", seeded_db).stdout
    assert not plain.startswith("\ufeff")


def test_bad_options_are_one_line_errors(seeded_db, tmp_path):
    for args, msg in ((["--format", "xlsx"], "unknown --format 'xlsx'"),
                      (["--kind", "quote"], "unknown --kind 'quote'"),
                      (["-o", tmp_path / "no" / "dir" / "x.csv"], "cannot write")):
        result = run_cli("export", "--db", seeded_db, *args)
        assert result.exit_code != 0
        assert result.stderr.startswith("error: " ) and msg in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
