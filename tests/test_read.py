"""quotes.read: every kind of input, and every kind of bad input, on real article text."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from product_helpers import SEED_IDS, SEEDS
from quotes import read
from quotes.read import Skipped, read_articles
from quotes.records import Article

SEED = SEEDS / f"{SEED_IDS[0]}.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def skips(items):
    return [i for i in items if isinstance(i, Skipped)]


def test_txt_id_is_file_stem_and_text_is_exact(seed_articles):
    assert [a.id for a in seed_articles] == SEED_IDS
    for a in seed_articles:
        raw = (SEEDS / f"{a.id}.txt").read_bytes().decode("utf-8")
        assert a.text == raw  # offsets must index the file's own text
        assert a.path.endswith(f"{a.id}.txt")


def test_date_prefix_of_seed_is_read_as_date_without_changing_text(seed_articles):
    first = seed_articles[0]
    assert SEED_TEXT.lstrip().startswith("date 2023-04")
    assert first.date == "2023-04"
    assert first.title.startswith("Auf seiner jüngsten Reise")
    assert first.text == SEED_TEXT


def test_bom_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"))
    [a] = articles(read_articles([f]))
    assert a.text == SEED_TEXT


def test_cp1252_fallback_with_warning(tmp_path, caplog):
    f = tmp_path / "win.txt"
    f.write_bytes(SEED_TEXT.encode("cp1252", errors="strict"))
    with caplog.at_level(logging.WARNING, logger="quotes"):
        [a] = articles(read_articles([f]))
    assert a.text == SEED_TEXT
    assert "cp1252" in caplog.text and "win.txt" in caplog.text


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\t\n", "no text"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_bad_files_are_skipped_with_one_line_reason(tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(SEED_TEXT, encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert [a.id for a in articles(items)] == ["good"]  # the run goes on
    [s] = skips(items)
    assert s.source == str(bad) and reason in s.reason and "\n" not in str(s)


def test_huge_file_is_skipped(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(b"Wort " * (read.MAX_ARTICLE_BYTES // 5 + 1))
    [s] = skips(read_articles([f]))
    assert "too large" in s.reason


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    f = tmp_path / "locked.txt"
    f.write_text(SEED_TEXT, encoding="utf-8")
    real = Path.read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)  # chmod 000 does not stop root
    [s] = skips(read_articles([f]))
    assert s.reason == "cannot read: Permission denied"


def test_missing_path_and_unsupported_type(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    items = list(read_articles([tmp_path / "nope.txt", pdf, SEED]))
    assert [a.id for a in articles(items)] == [SEED.stem]
    reasons = [s.reason for s in skips(items)]
    assert reasons[0] == "no such file or folder"
    assert reasons[1].startswith("unsupported file type '.pdf'")


def test_folder_recursive_and_glob(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "a" / "top.md").write_text("# Titel\n\n" + SEED_TEXT, encoding="utf-8")
    (tmp_path / "a" / "notes.csv").write_text("x,y\n", encoding="utf-8")
    assert [a.id for a in articles(read_articles([tmp_path]))] == ["deep", "top"]
    assert [a.id for a in articles(read_articles([str(tmp_path / "**" / "*.md")]))] == ["top"]
    [s] = skips(read_articles([str(tmp_path / "*.nothing")]))
    assert "matches no" in s.reason


def test_duplicate_ids_keep_the_first(tmp_path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "same.txt").write_text(SEED_TEXT, encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert len(articles(items)) == 1
    assert "duplicate article id 'same'" in skips(items)[0].reason


def test_jsonl_reads_good_lines_and_skips_bad_ones(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": SEED_TEXT, "title": "T", "date": "2023-04-01",
                    "url": "https://example.org/a1", "publisher": "RT DE"}, ensure_ascii=False),
        '{"id": "broken", "text": "unterminated',
        "",
        json.dumps({"id": "a2", "text": "   "}),
        json.dumps({"text": "Er sagte: „Ja.“"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 7, "text": "Sie sagte: „Nein.“"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([f]))
    good = articles(items)
    assert [a.id for a in good] == ["a1", "7"]
    assert (good[0].title, good[0].date, good[0].url, good[0].publisher) == (
        "T", "2023-04-01", "https://example.org/a1", "RT DE")
    assert good[0].text == SEED_TEXT
    assert [(s.source.rsplit(":", 1)[1], s.reason.split(":")[0]) for s in skips(items)] == [
        ("2", "broken JSON line"), ("4", "article has no text"),
        ("5", "article has no 'id'"), ("6", "line is not a JSON object")]


def test_html_page_text_and_metadata_by_trafilatura(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in SEED_TEXT.split("\n\n") if p.strip())
    page = (
        "<html><head><title>Lukaschenko fordert Garantien</title>"
        '<meta property="og:site_name" content="Tagesblatt">'
        '<meta property="article:published_time" content="2023-04-06">'
        '<link rel="canonical" href="https://tagesblatt.example/lukaschenko"></head>'
        "<body><nav><a href='/'>Startseite</a> <a href='/politik'>Politik</a></nav>"
        f"<article><h1>Lukaschenko fordert Garantien</h1>{body}</article>"
        "<footer>Impressum · Datenschutz</footer></body></html>")
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    [a] = articles(read_articles([f]))
    assert a.id == "page"
    assert a.title == "Lukaschenko fordert Garantien"
    assert a.publisher == "Tagesblatt" and a.date == "2023-04-06"
    assert a.url == "https://tagesblatt.example/lukaschenko"
    assert "Sicherheitsgarantien gegen eine angebliche Bedrohung" in a.text
    assert "Impressum" not in a.text and "Startseite" not in a.text


def test_html_without_article_text_is_skipped(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>x</title></head><body><nav>Menü</nav></body></html>")
    [s] = skips(read_articles([f]))
    assert "no article text" in s.reason


@pytest.mark.parametrize("head", [
    '<meta charset="ISO-8859-1">',
    "<meta charset=windows-1252>",
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=latin1'>",
])
def test_html_page_read_in_the_charset_it_declares(tmp_path, caplog, head):
    """A page saved in ISO-8859-1/cp1252 that says so is read without a warning, its
    umlauts and „marks“ intact (latin-1 is read as cp1252, as browsers do)."""
    page = (f"<html><head>{head}<title>Lukaschenko fordert Garantien</title></head><body>"
            "<article><h1>Lukaschenko fordert Garantien</h1>"
            "<p>Der belarussische Machthaber Alexander Lukaschenko hat am Montag in Minsk "
            "Sicherheitsgarantien für sein Land gefordert. „Wir erpressen niemanden“, sagte er "
            "vor Journalisten. Die Gespräche über die Grenzöffnung würden fortgesetzt.</p>"
            "</article></body></html>")
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("cp1252"))
    [art] = read_articles([f])
    assert "„Wir erpressen niemanden“" in art.text and "Grenzöffnung" in art.text
    assert "cp1252" not in caplog.text and "UTF-8" not in caplog.text


def test_html_page_declaring_utf8_but_not_is_still_read(tmp_path, caplog):
    page = ('<html><head><meta charset="utf-8"><title>T</title></head><body><article><p>'
            + "Die Grenzöffnung wurde vertagt, sagte der Minister am Montag in Minsk. " * 3
            + "</p></article></body></html>")
    f = tmp_path / "bad.html"
    f.write_bytes(page.encode("cp1252"))
    [art] = read_articles([f])
    assert "Grenzöffnung" in art.text and "cp1252" in caplog.text
