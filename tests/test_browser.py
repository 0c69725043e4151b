"""One real browser: Debian's chromium, driven by Playwright, over `quotes serve`'s app.

Needs /usr/bin/chromium (apt-get install chromium) and the playwright package; no
browser download. Skipped when either is missing, except under CI=true, where a missing
browser is a failure (so CI cannot pass without running it).
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from product_helpers import ROOT
from quotes.serve import make_datasette
from quotes.store import open_db, unique_quotes

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(os.environ.get("QUOTES_SCREENSHOT_DIR", ROOT / "tests" / "artifacts"))


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
def server(seeded_db):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ds = make_datasette(seeded_db)
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


def test_quotes_page_in_chromium(server, seeded_db, seed_quotes):
    _require_browser()
    from playwright.sync_api import sync_playwright

    total = sum(len(unique_quotes(q)) for q in seed_quotes.values())
    db = open_db(seeded_db)
    quote = next(db.query("select id, text from quotes where text like 'Wir erpressen niemanden%'"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{server}/quotes/quotes", wait_until="networkidle")
            assert page.title().startswith("quotes: Quotes") or "quotes" in page.title()
            assert page.locator("h1").first.inner_text().strip() == "Quotes"
            cells = page.locator("table.rows-and-columns td.col-text")
            assert cells.count() == min(total, 50)
            assert page.locator("h3", has_text="rows").first.inner_text().startswith(f"{total} rows")
            # newest article first (2023-05): its „Atomwaffen für alle“ quote is on page one
            assert cells.filter(has_text="Atomwaffen für alle geben").first.is_visible()
            assert page.locator(".facet-info-name", has_text="kind").first.is_visible()
            page.screenshot(path=str(SHOTS / "quotes.png"), full_page=False)

            page.goto(f"{server}/quotes/quotes/{quote['id']}", wait_until="networkidle")
            mark = page.locator(".in-context mark.current")
            assert mark.count() == 1
            assert mark.inner_text() == quote["text"]
            assert mark.is_visible()
            page.screenshot(path=str(SHOTS / "quote-in-context.png"), full_page=False)
        finally:
            browser.close()
    assert (SHOTS / "quotes.png").stat().st_size > 10_000
