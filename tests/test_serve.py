"""Datasette in-process over a database of the seed articles: facets, stemmed search,
canned queries, the quote highlighted in its article, escaping, read-only."""
from __future__ import annotations

import asyncio
import hashlib
import html
import re

import pytest

from quotes.records import Article, Quote
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
    assert get("/quotes/repeated_quotes.json?_shape=array").status_code == 200
    index = get("/quotes").text
    for title in ("Most quoted speakers", "A speaker&#39;s quotes over time",
                  "Which outlets carried a statement", "Quotes that appear in several articles"):
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
    assert html.unescape(re.sub(r"<[^>]+>", "", context)) == article["text"]


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

    [rep] = get("/quotes/repeated_quotes.json?_shape=array")
    assert (rep["text"], rep["articles"], rep["speakers"]) == (phrase, 2, "Alexander Lukaschenko")
    over_time = get("/quotes/speaker_over_time.json?_shape=array&speaker=Lukasch")
    assert [r["date"] for r in over_time] == ["2023-04", "2023-05-02"]
    assert get("/quotes/speaker_over_time.json?_shape=array&speaker=Peskow") == []
    [most] = get("/quotes/most_quoted_speakers.json?_shape=array")
    assert (most["speaker"], most["quotes"], most["articles"]) == ("Alexander Lukaschenko", 2, 2)
    carried = get("/quotes/outlets_for_statement.json?_shape=array&statement=ALLE%20überstehe")
    assert [(r["outlet"], r["publisher"]) for r in carried] == [("Tass", None), ("Tass", "Agenturdienst")]
    facets = get("/quotes/quotes.json?_facet=speaker_id")["facet_results"]["speaker_id"]["results"]
    assert [(f["label"], f["count"]) for f in facets] == [("Alexander Lukaschenko", 2)]
