"""One real browser: Debian's chromium, driven by Playwright, over `quotes serve`'s app.

Every reading page (the quotes table, a quote, an article, a speaker, a statement, the
canned queries) is opened at a desktop's and at a phone's width: it must load without a
console error, show what it is for, and not be wider than the screen. The screenshots
in the README are taken here (``QUOTES_SCREENSHOT_DIR=docs pytest tests/test_browser.py``
writes them into docs/; by default they go to tests/artifacts/).

The database is the demo data (`quotes extract seeds/`) plus one seed article carried
again by an agency (re-punctuated, another publisher and date), extracted by the real
extractor, so that a statement page has a path across outlets to show.

Needs /usr/bin/chromium (apt-get install chromium) and the playwright package; no
browser download. Skipped when either is missing, except under CI=true, where a missing
browser is a failure (so CI cannot pass without running it).
"""
from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from product_helpers import ROOT
from quotes.extract import extract_article
from quotes.records import KINDS
from quotes.serve import make_datasette
from quotes.store import open_db, save_article, unique_quotes

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "tests" / "artifacts"
#: Where the desktop screenshots go (the README's: QUOTES_SCREENSHOT_DIR=docs); the
#: phone-width ones always go to tests/artifacts/.
SHOTS = Path(os.environ.get("QUOTES_SCREENSHOT_DIR", ARTIFACTS))
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _require_browser():
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("playwright (pip install -e '.[test]')")
    if missing:
        if os.environ.get("CI"):
            pytest.fail("browser test needs " + ", ".join(missing))
        pytest.skip("needs " + ", ".join(missing))


@pytest.fixture(scope="module")
def demo_db(seeded_db, seed_articles, seed_quotes, tmp_path_factory) -> Path:
    """The demo database and an agency's copy of the seed article whose quotes name
    the most outlets (Tass, BelTA, ...)."""
    path = tmp_path_factory.mktemp("browser") / "quotes.db"
    shutil.copyfile(seeded_db, path)
    db = open_db(path)
    art = max(seed_articles, key=lambda a: sum(1 for q in seed_quotes[a.id] if q.outlet))
    copy = dataclasses.replace(art, id=f"{art.id}-agentur", publisher="Nachrichtenagentur (Kopie)",
                               date="2023-06-01",
                               text=art.text.replace("„", "»").replace("“", "«"))
    save_article(db, copy, extract_article(copy))
    db.close()
    return path


@pytest.fixture(scope="module")
def server(demo_db):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ds = make_datasette(demo_db)
    srv = uvicorn.Server(uvicorn.Config(ds.app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _open(page, url: str, errors: list) -> None:
    errors.clear()
    page.goto(url, wait_until="networkidle")
    assert not errors, (url, errors)
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], (url, "wider than the screen", width)


def test_reading_pages_in_chromium(server, demo_db, seed_quotes):
    _require_browser()
    from playwright.sync_api import sync_playwright

    db = open_db(demo_db)
    total = db["quotes"].count
    quote = next(db.query("select quotes.id, text, speaker_id, speakers.name from quotes join speakers on "
                          "speakers.id = speaker_id where text like 'Wir erpressen niemanden%'"))
    article = next(db.query("select id, title from articles where quote_count > 0 order by date desc limit 1"))
    speaker = next(db.query("select speaker_id as id, speakers.name from quotes join speakers on "
                            "speakers.id = speaker_id group by 1 order by count(*) desc limit 1"))
    statement = next(db.query("select id, articles from statements order by outlets desc, quotes desc limit 1"))
    assert statement["articles"] == 2  # the agency's copy carried it
    db.close()
    assert total > sum(len(unique_quotes(q)) for q in seed_quotes.values())  # and the copy's
    SHOTS.mkdir(parents=True, exist_ok=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            for size, tag in ((DESKTOP, ""), (PHONE, "-phone")):
                shots = SHOTS if not tag else ARTIFACTS
                page = browser.new_page(viewport=size)
                errors: list = []
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: errors.append(str(e)))

                _open(page, f"{server}/quotes/quotes", errors)
                assert page.locator("h1").first.inner_text().strip() == "Quotes"
                cells = page.locator("table.quotes-reading td.col-text")
                assert cells.count() == min(total, 50)
                assert page.locator("h3", has_text="rows").first.inner_text().startswith(f"{total} rows")
                assert cells.filter(has_text="Atomwaffen für alle geben").first.is_visible()
                facets = [t.strip() for t in page.locator(".facet-info-name strong").all_inner_texts()]
                assert [f.split()[0] for f in facets][:3] == ["Speaker", "Outlet", "Kind"]
                assert page.locator("td.col-speaker_id a", has_text="Alexander Lukaschenko").first.is_visible()
                # the facets and the first rows
                page.screenshot(path=str(shots / f"screenshot-quotes{tag}.png"), full_page=True,
                                clip={"x": 0, "y": 0, "width": size["width"], "height": 1500})

                _open(page, f"{server}/quotes/quotes/{quote['id']}", errors)
                assert page.locator("blockquote.quote").inner_text() == quote["text"]
                link = page.locator("a.speaker")
                assert link.inner_text() == quote["name"] and link.is_visible()
                assert link.get_attribute("href") == f"/quotes/speakers/{quote['speaker_id']}"
                mark = page.locator(".in-context mark.current")
                assert mark.count() == 1 and mark.inner_text() == quote["text"] and mark.is_visible()

                _open(page, f"{server}/quotes/articles/{article['id']}", errors)
                assert page.locator("h1, h2").first.inner_text().strip() == article["title"]
                assert page.locator(".legend mark").count() == len(KINDS)
                assert page.locator(".in-context mark").count() > 0
                assert not page.locator("details.raw table").is_visible()  # raw fields collapsed

                _open(page, f"{server}/quotes/speakers/{speaker['id']}", errors)
                assert page.locator("h1").inner_text() == speaker["name"]
                chart = page.locator('canvas[data-chart="chart-months"]')
                assert chart.get_attribute("data-rendered") == "1"
                box = chart.bounding_box()
                assert box["width"] > 200 and box["height"] > 100
                assert page.locator("ul.quote-list li").count() > 0
                page.screenshot(path=str(shots / f"screenshot-speaker{tag}.png"), full_page=True,
                                clip={"x": 0, "y": 0, "width": size["width"], "height": 1200})

                _open(page, f"{server}/quotes/statements/{statement['id']}", errors)
                assert page.locator("ol.timeline li").count() == 2
                assert page.locator("ol.timeline li", has_text="Nachrichtenagentur (Kopie)").count() == 1
                page.screenshot(path=str(shots / f"screenshot-statement{tag}.png"))

                _open(page, f"{server}/quotes/statements_across_outlets", errors)
                assert page.title().startswith("Statements carried by several outlets")
                assert page.locator("td.col-text a").count() > 0
                assert page.locator("#sql-query, #sql-editor").count() == 0  # SQL hidden

                _open(page, f"{server}/quotes/most_quoted_speakers", errors)
                assert page.locator("td.col-speaker a", has_text=speaker["name"]).count() == 1
                assert page.locator('canvas[data-chart="chart-query"]').get_attribute("data-rendered") == "1"
                page.close()
        finally:
            browser.close()
    for name in ("quotes", "speaker", "statement"):
        assert (SHOTS / f"screenshot-{name}.png").stat().st_size > 10_000
