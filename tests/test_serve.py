"""Datasette in-process over a database of the seed articles: facets, stemmed search,
canned queries, the quote highlighted in its article, escaping, read-only."""
from __future__ import annotations

import asyncio
import hashlib
import html
import json
import re
import sqlite3
import time

import pytest

from quotes.records import Article, Quote
from quotes.pages import paragraph_bounds
from quotes.serve import make_datasette, segments
from quotes.store import open_db, save_article, unique_quotes


@pytest.fixture(scope="module")
def loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="module")
def get(seeded_db, loop):
    ds = make_datasette(seeded_db)
    loop.run_until_complete(ds.invoke_startup())

    def get(path):
        return loop.run_until_complete(ds.client.get(path))

    return get


def test_quotes_table_has_default_facets_and_all_rows(get, seed_quotes):
    r = get("/quotes/quotes.json?_shape=objects&_size=max")
    assert r.status_code == 200
    data = r.json()
    total = sum(len(unique_quotes(q)) for q in seed_quotes.values())
    assert data["filtered_table_rows_count"] == total
    assert set(data["facet_results"]) >= {"kind", "speaker_id", "outlet_id", "publisher"}
    kinds = {f["value"]: f["count"] for f in data["facet_results"]["kind"]["results"]}
    expected = {}
    for qs in seed_quotes.values():
        for q in qs:
            expected[q.kind] = expected.get(q.kind, 0) + 1
    assert kinds == expected


def test_quotes_sorted_by_date_newest_first(get):
    rows = get("/quotes/quotes.json?_shape=array&_size=max").json()
    dates = [r["date"] for r in rows if r["date"]]
    assert dates and dates == sorted(dates, reverse=True)


def test_search_box_finds_inflected_forms(get):
    rows = get("/quotes/quotes.json?_search=Atomwaffe&_shape=array").json()
    assert rows and all("Atomwaffen" in r["text"] for r in rows)
    assert get("/quotes/quotes.json?_search=Kartoffelsalat&_shape=array").json() == []
    page = get("/quotes/quotes?_search=Atomwaffe")
    assert page.status_code == 200 and 'name="_search"' in page.text


def test_canned_queries(get, seed_quotes):
    most = get("/quotes/most_quoted_speakers.json?_shape=array")
    assert most.status_code == 200
    n_with_speaker = sum(1 for qs in seed_quotes.values() for q in unique_quotes(qs) if q.speaker)
    assert sum(r["quotes"] for r in most.json()) == n_with_speaker
    carried = get("/quotes/outlets_for_statement.json?_shape=array&statement=Atomwaffe").json()
    assert carried and all("Atomwaffen" in r["text"] for r in carried)
    assert get("/quotes/speaker_over_time.json?_shape=array&speaker=Niemand").json() == []
    assert get("/quotes/statements_across_outlets.json?_shape=array").status_code == 200
    index = get("/quotes").text
    for title in ("Most quoted speakers", "A speaker&#39;s quotes over time",
                  "Which outlets carried a statement", "Statements carried by several outlets"):
        assert title in index


def test_quote_page_shows_quote_highlighted_in_its_article(get, seeded_db):
    db = open_db(seeded_db)
    q = next(db.query("select * from quotes where text like 'Wir erpressen niemanden%' limit 1"))
    page = get(f"/quotes/quotes/{q['id']}")
    assert page.status_code == 200
    marks = re.findall(r'<mark class="kind-(\w+) current" data-quote="(\d+)"><a [^>]*>(.*?)</a></mark>',
                       page.text, re.S)
    assert marks == [(q["kind"], str(q["id"]), html.escape(q["text"], quote=True))]
    article = db["articles"].get(q["article_id"])
    context = re.search(r'<div class="in-context">(.*?)</div>', page.text, re.S).group(1)
    shown = html.unescape(re.sub(r"<[^>]+>", "", context))
    a, b = paragraph_bounds(article["text"], q["start"], q["end"])
    assert shown == article["text"][a:b] and q["text"] in shown  # its paragraph and those around
    assert shown.count("\n") >= 1 and len(shown) < len(article["text"])


def test_article_page_marks_all_its_quotes(get, seed_quotes):
    aid = "004_1b5946d984acc9ae"
    page = get(f"/quotes/articles/{aid}")
    assert page.status_code == 200
    marked = {int(m) for m in re.findall(r' data-quote="(\d+)"', page.text)}
    stored = {r["id"]: (r["start"], r["end"]) for r in
              get(f"/quotes/quotes.json?article_id={aid}&_shape=array&_size=max").json()}
    assert marked and marked <= set(stored)
    for qid, (s, e) in stored.items():  # unmarked only when inside a marked quote (nesting)
        assert qid in marked or any(stored[m][0] <= s and e <= stored[m][1] for m in marked)
    assert len(marked) >= sum(1 for q in seed_quotes[aid] if q.text.startswith("Wir "))


def test_html_in_quote_text_is_shown_as_text(tmp_path, loop):
    text = 'Der Minister sagte: "<script>alert(1)</script> <b>fett</b>". Ende.'
    s = text.index("<script>")
    e = text.index('".')
    art = Article(id="xss", text=text, title="<i>Titel</i>")
    db = open_db(tmp_path / "quotes.db")
    save_article(db, art, [Quote(article="xss", kind="direct", text=text[s:e], start=s, end=e)])
    qid = db.execute("select id from quotes").fetchone()[0]
    db.close()
    ds = make_datasette(tmp_path / "quotes.db")
    for path in ("/quotes/quotes", f"/quotes/quotes/{qid}", "/quotes/articles/xss"):
        body = loop.run_until_complete(ds.client.get(path)).text
        assert "<script>alert(1)</script>" not in body and "<b>fett</b>" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_datasette_is_read_only(get, seeded_db):
    before = hashlib.sha256(seeded_db.read_bytes()).hexdigest()
    r = get("/quotes.json?sql=delete+from+quotes")
    assert r.status_code == 400
    r = get("/quotes.json?sql=select+count(*)+as+n+from+quotes&_shape=array")
    assert r.json()[0]["n"] > 0
    assert hashlib.sha256(seeded_db.read_bytes()).hexdigest() == before


def test_segments_skip_overlaps_and_cover_text():
    text = "0123456789"
    segs = segments(text, [(2, 5, "a"), (3, 4, "b"), (7, 9, "c"), (8, 20, "d")])
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["mark"]) for s in segs if s["mark"]] == [("234", "a"), ("78", "c")]


def test_canned_queries_on_a_statement_carried_twice(tmp_path, loop, seed_articles):
    """One statement in two articles (agency copy), attributed and carried by Tass."""
    art = seed_articles[0]
    phrase = "Wir werden das alles überstehen"
    s = art.text.index(phrase)
    db = open_db(tmp_path / "quotes.db")
    for a in (art, Article(id="copy", text=art.text, date="2023-05-02", publisher="Agenturdienst")):
        save_article(db, a, [Quote(article=a.id, kind="direct", text=phrase, start=s, end=s + len(phrase),
                                   speaker="Alexander Lukaschenko", speaker_mention="Lukaschenko",
                                   outlet="Tass", cue="zitieren")])
    db.close()
    ds = make_datasette(tmp_path / "quotes.db")

    def get(path):
        return loop.run_until_complete(ds.client.get(path)).json()

    [rep] = get("/quotes/statements_across_outlets.json?_shape=array")
    assert (rep["text"], rep["articles"], rep["outlets"], rep["speaker"]) == (
        phrase, 2, 2, "Alexander Lukaschenko")  # outlets: Tass and the publisher Agenturdienst
    page = loop.run_until_complete(ds.client.get(f"/quotes/statements/{rep['statement_id']}")).text
    path = re.findall(r"<li><strong>([^<]*)</strong> · ([^:<]*?)(?: citing ([^:<]*))?:", page)
    assert path == [("2023-04", "unknown publisher", "Tass"), ("2023-05-02", "Agenturdienst", "Tass")]
    over_time = get("/quotes/speaker_over_time.json?_shape=array&speaker=Lukasch")
    assert [r["date"] for r in over_time] == ["2023-04", "2023-05-02"]
    assert get("/quotes/speaker_over_time.json?_shape=array&speaker=Peskow") == []
    [most] = get("/quotes/most_quoted_speakers.json?_shape=array")
    assert (most["speaker"], most["quotes"], most["articles"]) == ("Alexander Lukaschenko", 2, 2)
    carried = get("/quotes/outlets_for_statement.json?_shape=array&statement=ALLE%20überstehe")
    assert [(r["outlet"], r["publisher"]) for r in carried] == [("Tass", None), ("Tass", "Agenturdienst")]
    facets = get("/quotes/quotes.json?_facet=speaker_id")["facet_results"]["speaker_id"]["results"]
    assert [(f["label"], f["count"]) for f in facets] == [("Alexander Lukaschenko", 2)]


# --------------------------------------------------------------------------- large-database speed-ups
# The facet index (quotes.facet_index), counts taken from it and the search SQL chosen by
# the number of matches must give exactly what Datasette's own table view gives.

import contextlib
import sys
import types

from datasette import hookimpl
from datasette.app import Datasette
from datasette.plugins import pm
from datasette.tracer import capture_traces

from product_helpers import ROOT
from quotes import facet_index, serve
from quotes.store import Writer


@hookimpl(trylast=True)  # after Datasette's own escape_fts, as in quotes.serve
def _stem_functions(conn):
    conn.create_function("stem_query", 1, serve.stem_query)
    conn.create_function("escape_fts", 1, serve.stem_query)


#: The reference's only plugin: the stemming SQL functions.
_stem_only = types.ModuleType("stem_only")
_stem_only.prepare_connection = _stem_functions


@contextlib.contextmanager
def reference_datasette(path):
    """Stock Datasette (its own search via fts_table, its own column facets, SQL
    counts) over `path`, with this project's plugin unregistered meanwhile."""
    meta = serve.metadata(path.stem)
    q = meta["databases"][path.stem]["tables"]["quotes"]
    q["facets"] = list(facet_index.COLUMNS)
    q["fts_table"], q["fts_pk"] = "quotes_fts", "id"
    ours = pm.unregister(name="quotes")
    pm.register(_stem_only, name="stem_only")
    try:
        yield Datasette(files=[str(path)], metadata=meta,
                        settings={"default_page_size": 50, "suggest_facets": False,
                                  "facet_time_limit_ms": 60_000, "sql_time_limit_ms": 60_000})
    finally:
        pm.unregister(_stem_only)
        if ours is not None:
            pm.register(ours, name="quotes")


@pytest.fixture(scope="module")
def synth_db(tmp_path_factory):
    """3,000 synthetic quotes (long-tailed speakers, outlets, publishers; a small
    vocabulary, so searches match hundreds of quotes), stored as `quotes extract` does."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth_db import synth_articles

    path = tmp_path_factory.mktemp("synth") / "synth.db"
    db = open_db(path)
    with Writer(db) as writer:
        for art, qs in synth_articles(3000, n_speakers=80, seed=4):
            writer.save(art, qs)
    db.close()
    return path


QUERIES = ["", "?_search=Sicherheit", "?_search=sollte", "?_search=Atomwaffen%20sollte",
           "?_search=%22die%20Sicherheit%22", "?_search=Kartoffelsalat",
           "?kind=direct", "?kind=mixed&publisher=Wikinews", "?_search=Frieden&speaker_id__exact={sid}",
           "?_search=sollte&outlet_id={oid}", "?_search=sollte&_facet_size=3",
           "?_search=Sicherheit&_sort=publisher", "?_search=Sicherheit&_sort=text",
           "?cue=sagen&_search=Sicherheit", "?_search=sicher&_searchmode=raw",
           "?_search_stems=Sicherheit", "?_search_stems=sicher&_searchmode=raw&kind=direct",
           "?_search=Sicherheit&_facet=cue", "?speaker_id=nope", "?_search=%22unbalanced"]


def _json(ds, loop, path):
    r = loop.run_until_complete(ds.client.get(path))
    assert r.status_code == 200, (path, r.text[:300])
    return r.json()


def _page(ds, loop, path):
    """What must not differ: count, facets and the rows (order aside: rows that tie on
    the sort column may come in any order, in Datasette as here)."""
    d = _json(ds, loop, path + "&_extra=facets_timed_out")
    return {"count": d["filtered_table_rows_count"], "facets": d["facet_results"],
            "timed_out": d.get("facets_timed_out"), "rows": sorted(map(tuple, d["rows"])),
            "description": d["human_description_en"]}


def test_pages_equal_datasettes_own(synth_db, loop):
    conn = sqlite3.connect(synth_db)
    sid = conn.execute("select speaker_id from quotes group by 1 order by count(*) desc limit 1 offset 3").fetchone()[0]
    oid = conn.execute("select outlet_id from quotes where outlet_id is not null limit 1").fetchone()[0]
    conn.close()
    paths = [f"/synth/quotes.json{q.format(sid=sid, oid=oid)}" for q in QUERIES]
    paths = [p + ("&" if "?" in p else "?") + "_size=max" for p in paths]
    with reference_datasette(synth_db) as ref:
        want = [_page(ref, loop, p) for p in paths]
    ours = make_datasette(synth_db)
    for path, expected in zip(paths, want):
        got = _page(ours, loop, path)
        assert got == expected, path
    counts = [w["count"] for w in want]
    assert max(counts) > 500 and 0 in counts  # the queries cover large and empty results


def _traced(ds, loop, path):
    """The JSON of `path` and the SQL run for it."""
    async def get():
        traces = []
        with capture_traces(traces):
            r = await ds.client.get(path)
        assert r.status_code == 200
        return r.json(), [t["sql"] for t in traces]

    return loop.run_until_complete(get())


def test_large_searches_are_served_from_the_facet_index(synth_db, loop):
    """No SQL pass over the matches for the count or a facet: the count comes from the
    facet index, the facets too (no GROUP BY runs), and the page is read by walking the
    date index."""
    ds = make_datasette(synth_db)
    loop.run_until_complete(ds.invoke_startup())
    assert facet_index.facets_for(synth_db).current() is not None  # built (small database)
    d, sqls = _traced(ds, loop, "/synth/quotes.json?_search=sollte")
    assert d["filtered_table_rows_count"] > 300
    assert any("counted in the facet index" in s for s in sqls), sqls
    assert not any("group by" in s.lower() for s in sqls), sqls
    main = [s for s in sqls if s.startswith("select id, date")]
    assert main and "+[id] in" in main[0]
    dates = [r[1] for r in d["rows"]]
    assert dates == sorted(dates, reverse=True)
    # a rare word: one lookup per match instead
    _, sqls = _traced(ds, loop, "/synth/quotes.json?_search=Provokation%20Sicherheit")
    main = [s for s in sqls if s.startswith("select id, date")]
    assert main and "+[id] in" not in main[0]
    # a filter the index cannot apply: SQL for the count and the facets
    _, sqls = _traced(ds, loop, "/synth/quotes.json?_search=sollte&cue=sagen")
    assert not any("counted in the facet index" in s for s in sqls)
    assert sum("group by" in s.lower() for s in sqls) == len(facet_index.COLUMNS)


def test_facets_follow_writes_to_the_database(tmp_path, loop, monkeypatch, seed_articles):
    """The facet index is a snapshot: after another process stores quotes, pages show
    them (the index is rebuilt, or SQL answers until it is), never stale counts."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth_db import synth_articles

    items = list(synth_articles(600, n_speakers=20, seed=9, prefix="w"))
    path = tmp_path / "quotes.db"
    db = open_db(path)
    with Writer(db) as writer:
        for art, qs in items[:40]:
            writer.save(art, qs)
    monkeypatch.setattr(facet_index, "SYNC_BUILD_BYTES", 0)  # like a large database:
    monkeypatch.setattr(facet_index, "MIN_REBUILD_INTERVAL_S", 0.0)  # background builds
    ds = make_datasette(path)
    paths = ["/quotes/quotes.json?_size=max", "/quotes/quotes.json?_search=sollte&_size=max",
             "/quotes/quotes.json?kind=direct&_search=Sicherheit&_size=max"]
    facets = facet_index.facets_for(path)

    def check():
        with reference_datasette(path) as ref:
            want = [_page(ref, loop, p) for p in paths]
        assert [_page(ds, loop, p) for p in paths] == want

    for n_stored in (40, 41, len(items)):
        with Writer(db) as writer:
            for art, qs in items[40:n_stored]:
                writer.save(art, qs)
        check()  # stale or missing index: SQL
        for _ in range(100):  # the background build
            if facets.current() is not None:
                break
            time.sleep(0.05)
        assert facets.current() is not None
        check()  # from the index
    db.close()


def test_blank_search_is_no_search_and_the_box_stays(get, seed_quotes):
    total = sum(len(unique_quotes(q)) for q in seed_quotes.values())
    assert get("/quotes/quotes.json?_search=").json()["filtered_table_rows_count"] == total
    assert get("/quotes/quotes.json?_search=%20%20").json()["filtered_table_rows_count"] == total
    page = get("/quotes/quotes?_search=Atomwaffe")
    assert re.search(r'<input [^>]*name="_search"[^>]*value="Atomwaffe"', page.text)
    assert 'name="_search"' in get("/quotes/quotes").text


def test_later_pages_count_facets_over_all_matches(get):
    first = get("/quotes/quotes.json?_size=5").json()
    assert first["next"]
    second = get(f"/quotes/quotes.json?_size=5&_next={first['next']}").json()
    counts = lambda d: {n: [(v["value"], v["count"]) for v in f["results"]]  # noqa: E731
                        for n, f in d["facet_results"].items()}
    assert counts(second) == counts(first) and sum(v for _, v in counts(first)["kind"]) > 5
    assert second["filtered_table_rows_count"] == first["filtered_table_rows_count"]


# --------------------------------------------------------------------------- reading pages

def _text(page_html: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page_html)))


def test_quotes_table_reads_as_names_and_keeps_every_column(get, seeded_db):
    page = get("/quotes/quotes").text
    head = re.search(r'<table class="rows-and-columns quotes-reading">.*?</thead>', page, re.S).group(0)
    assert re.findall(r'<th class="col-(\w+)"', head) == [
        "date", "speaker_id", "text", "kind", "outlet_id", "publisher", "article_id"]
    assert 'href="/quotes/speakers/' in page and ">Alexander Lukaschenko</a>" in page
    assert "Show all columns" in page
    facets = re.findall(r'<p class="facet-info-name">\s*<strong>([^<]+?)\s*<span', page)
    # the seed articles have no publisher: that facet is empty, so not shown
    assert facets == ["Speaker", "Outlet", "Kind"]
    every = get("/quotes/quotes?_allcols=1").text
    cols = re.findall(r'<th class="col-(\w+)" scope="col"', every)
    assert {"rule", "sentence", "start", "end", "confidence", "statement_id"} <= set(cols)
    # the quote's text links to its page
    db = open_db(seeded_db)
    newest = next(db.query("select id from quotes order by date desc limit 1"))["id"]
    assert f'href="/quotes/quotes/{newest}"' in page


def test_quote_page_names_speaker_article_and_statement(get, seeded_db):
    db = open_db(seeded_db)
    q = next(db.query("select quotes.*, speakers.name from quotes join speakers on speakers.id = speaker_id "
                      "where text like 'Wir erpressen niemanden%'"))
    page = get(f"/quotes/quotes/{q['id']}").text
    quote = re.search(r'<blockquote class="quote kind-(\w+)"[^>]*>(.*?)</blockquote>', page, re.S)
    assert quote.groups() == (q["kind"], html.escape(q["text"], quote=True))
    assert f'<a class="speaker" href="/quotes/speakers/{q["speaker_id"]}">{q["name"]}</a>' in page
    assert f'href="/quotes/articles/{q["article_id"]}"' in page
    assert f'href="/quotes/statements/{q["statement_id"]}"' in page
    assert re.search(r"<title>„Wir erpressen niemanden", page)
    assert "All fields" in page  # the raw row below


def test_article_page_starts_with_its_title(get, seeded_db):
    db = open_db(seeded_db)
    art = next(db.query("select * from articles where quote_count > 0 limit 1"))
    page = get(f"/quotes/articles/{art['id']}").text
    assert re.search(r"<h1>(.*?)</h1>", page, re.S).group(1) == html.escape(art["title"], quote=True)
    assert page.index("<h1>") < page.index('class="legend"') < page.index('<div class="in-context">')
    raw = page.index('<details class="raw">')
    assert raw > page.index('<div class="in-context">') and page.index(art["sha256"]) > raw


def test_speaker_page(get, seeded_db):
    db = open_db(seeded_db)
    sid, name, n = next(db.execute("select speaker_id, speakers.name, count(*) from quotes join speakers "
                                   "on speakers.id = speaker_id group by 1 order by 3 desc limit 1"))
    page = get(f"/quotes/speakers/{sid}").text
    assert re.search(r"<h1>(.*?)</h1>", page).group(1) == name
    text = _text(page)
    kinds = dict(db.execute("select kind, count(*) from quotes where speaker_id = ? group by 1", [sid]).fetchall())
    assert f"Quotes {n} · " in text
    for kind, k in kinds.items():
        assert f"{k} {kind}" in text
    first, last = db.execute("select min(date), max(date) from quotes where speaker_id = ?", [sid]).fetchone()
    assert f"First quoted {first}" in text and f"Last quoted {last}" in text
    chart = json.loads(re.search(r'<script type="application/json" id="chart-months">(.*?)</script>',
                                 page, re.S).group(1))
    per_month = dict(db.execute("select substr(date, 1, 7), count(*) from quotes where speaker_id = ? "
                                "and date is not null group by 1", [sid]).fetchall())
    totals = [sum(d["data"][i] for d in chart["datasets"]) for i in range(len(chart["labels"]))]
    assert {m: t for m, t in zip(chart["labels"], totals) if t} == per_month
    assert chart["labels"][0] == min(per_month) and chart["labels"][-1] == max(per_month)
    listed = re.findall(r'<li class="kind-\w+"><a href="/quotes/quotes/(\d+)">', page)
    newest = [r[0] for r in db.execute("select id from quotes where speaker_id = ? order by date desc", [sid])]
    assert [int(i) for i in listed] == newest[:100]
    assert '/-/quotes-static/chart.umd.min.js' in page


def test_speaker_page_counts_from_the_facet_index_equal_sql(synth_db, loop):
    """On a large database a speaker's counts come from the facet index: same page."""
    conn = sqlite3.connect(synth_db)
    sids = [r[0] for r in conn.execute("select speaker_id from quotes where speaker_id is not null "
                                       "group by 1 order by count(*) desc limit 3")]
    conn.close()
    ds = make_datasette(synth_db)
    with_index = [loop.run_until_complete(ds.client.get(f"/synth/speakers/{s}")).text for s in sids]
    assert facet_index.facets_for(synth_db).current() is not None
    facets = facet_index.facets_for(synth_db)
    saved, facets.current = facets.current, lambda wait=None: None  # as while it is rebuilt
    try:
        by_sql = [loop.run_until_complete(ds.client.get(f"/synth/speakers/{s}")).text for s in sids]
    finally:
        facets.current = saved
    strip = lambda t: re.sub(r"Queries took [0-9.]+ms", "", t)  # noqa: E731
    assert [strip(t) for t in with_index] == [strip(t) for t in by_sql]


def test_canned_queries_hide_sql_have_titles_and_link(get):
    page = get("/quotes/most_quoted_speakers").text
    assert re.search(r"<title>Most quoted speakers", page)
    assert "select speakers.id" not in page and "_show_sql=1" in page  # SQL hidden ...
    assert "select speakers.id" in get("/quotes/most_quoted_speakers?_show_sql=1").text  # ... on request
    assert re.search(r'<td class="col-speaker"><a href="/quotes/speakers/\d+">Alexander Lukaschenko</a>', page)
    over_time = get("/quotes/speaker_over_time?speaker=Lukaschenko").text
    assert re.search(r'<td class="col-text"><a href="/quotes/quotes/\d+">', over_time)
    assert re.search(r'<td class="col-article_id"><a href="/quotes/articles/[^"]+">', over_time)
    rows = get("/quotes/speaker_over_time.json?_shape=array&speaker=Lukaschenko").json()
    dates = [r["date"] for r in rows]
    assert None in dates and dates.index(None) == len(dates) - dates.count(None)  # undated last
    assert [d for d in dates if d] == sorted(d for d in dates if d)


def test_canned_query_charts_are_drawn_from_their_rows(get):
    page = get("/quotes/quotes_per_outlet").text
    chart = json.loads(re.search(r'<script type="application/json" id="chart-query">(.*?)</script>',
                                 page, re.S).group(1))
    rows = get("/quotes/quotes_per_outlet.json?_shape=array").json()
    assert chart["labels"] == [r["outlet"] for r in rows][:20]
    assert chart["datasets"][0]["data"] == [r["quotes"] for r in rows][:20]


def test_csv_downloads_as_a_file(get):
    r = get("/quotes/quotes.csv?_size=max")
    assert r.status_code == 200 and r.headers["content-disposition"].startswith("attachment")
    assert r.text.splitlines()[0].startswith("id,date,kind,text")
    page = get("/quotes/quotes").text
    assert re.search(r'<a href="[^"]*\.csv\?[^"]*_dl=1" download>Download CSV</a>', html.unescape(page))
    r = get("/quotes/most_quoted_speakers.csv")
    assert r.headers["content-disposition"].startswith("attachment")


def test_chart_library_ships_with_the_package(get):
    r = get("/-/quotes-static/chart.umd.min.js")
    assert r.status_code == 200 and "Chart.js v4" in r.text[:200] and len(r.text) > 100_000
    assert get("/-/quotes-static/charts.js").status_code == 200
