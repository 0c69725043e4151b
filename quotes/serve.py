"""Datasette over the quotes database: metadata, canned queries, templates, stemmed search.

Everything Datasette needs is built here from the database path, so `quotes serve`,
`quotes demo` and the tests configure it the same way. This module is also a Datasette
plugin (registered by `make_datasette`) that adds two things Datasette lacks:

* stemmed search: the search box and the canned queries match German inflected forms,
  because the FTS index holds Snowball stems (see `quotes.store`) and the typed query is
  stemmed the same way;
* the quote shown highlighted inside its article (row pages of `quotes` and `articles`).
"""
from __future__ import annotations

import sys
from pathlib import Path

from datasette import hookimpl

from .store import stem_query

TEMPLATES = Path(__file__).parent / "templates"

DESCRIPTION = (
    "Direct, indirect and mixed quotes found in German news articles, with who said "
    "them (speaker), the speech verb (cue) and the outlet that carried them. Search "
    "finds inflected forms: 'Atomwaffe' also finds 'Atomwaffen'."
)

QUERIES = {
    "most_quoted_speakers": {
        "title": "Most quoted speakers",
        "description": "Speakers by number of quotes, with how many articles quote them "
                       "and the first and last date they were quoted.",
        "sql": """select speakers.id as speaker_id, speakers.name as speaker,
  count(*) as quotes, count(distinct quotes.article_id) as articles,
  sum(quotes.kind = 'direct') as direct, sum(quotes.kind = 'indirect') as indirect,
  sum(quotes.kind = 'mixed') as mixed,
  min(quotes.date) as first_quoted, max(quotes.date) as last_quoted
from quotes join speakers on speakers.id = quotes.speaker_id
group by speakers.id
order by quotes desc, speakers.name
limit 200""",
    },
    "speaker_over_time": {
        "title": "A speaker's quotes over time",
        "description": "Every quote of one speaker, oldest first. Type part of a name "
                       "('Putin') or a mention ('Kremlchef').",
        "sql": """select quotes.date, quotes.kind, quotes.text, speakers.name as speaker,
  quotes.speaker_mention, quotes.cue, outlets.name as outlet,
  articles.title as article, quotes.article_id, quotes.id as quote_id
from quotes
  join speakers on speakers.id = quotes.speaker_id
  join articles on articles.id = quotes.article_id
  left join outlets on outlets.id = quotes.outlet_id
where speakers.name like '%' || :speaker || '%'
   or speakers.aliases like '%' || :speaker || '%'
order by quotes.date, quotes.article_id, quotes.start""",
    },
    "outlets_for_statement": {
        "title": "Which outlets carried a statement",
        "description": "Quotes containing these words (in any inflected form), with the "
                       "outlet named in the article and the article's publisher.",
        "sql": """select quotes.date, coalesce(outlets.name, '') as outlet, outlets.type as outlet_type,
  articles.publisher, speakers.name as speaker, quotes.text,
  quotes.article_id, quotes.id as quote_id
from quotes
  join articles on articles.id = quotes.article_id
  left join outlets on outlets.id = quotes.outlet_id
  left join speakers on speakers.id = quotes.speaker_id
where quotes.id in (select rowid from quotes_fts where quotes_fts match stem_query(:statement))
order by quotes.date, outlet, quotes.article_id""",
    },
    "repeated_quotes": {
        "title": "Quotes that appear in several articles",
        "description": "The same quoted words in two or more articles: syndicated agency "
                       "copy, or a statement picked up by several outlets.",
        "sql": """select min(quotes.text) as text, count(distinct quotes.article_id) as articles,
  group_concat(distinct quotes.article_id) as article_ids,
  group_concat(distinct speakers.name) as speakers,
  min(quotes.date) as first_seen, max(quotes.date) as last_seen
from quotes left join speakers on speakers.id = quotes.speaker_id
group by lower(trim(quotes.text, ' .,;:!?'))
having count(distinct quotes.article_id) > 1
order by articles desc, first_seen""",
    },
}


def metadata(db_name: str) -> dict:
    """Datasette metadata for a quotes database served under `db_name`."""
    return {
        "title": "quotes: who said what in German news",
        "description": DESCRIPTION,
        "databases": {db_name: {
            "title": "Quotes",
            "description": DESCRIPTION,
            "tables": {
                "quotes": {
                    "title": "Quotes",
                    "description": "One row per quote. Open a row to see it highlighted "
                                   "in its article. Offsets are character indices into "
                                   "the article text.",
                    "facets": ["kind", "speaker_id", "outlet_id", "publisher"],
                    "sort_desc": "date",
                    "fts_table": "quotes_fts",
                    "fts_pk": "id",
                    "label_column": "text",
                    "size": 50,
                },
                "articles": {
                    "title": "Articles",
                    "description": "The articles read; open one to see all its quotes marked.",
                    "facets": ["publisher"],
                    "sort_desc": "date",
                    "label_column": "title",
                },
                "speakers": {
                    "title": "Speakers",
                    "description": "Canonical names, with every mention that was "
                                   "resolved to them (aliases).",
                    "sort": "name",
                    "label_column": "name",
                },
                "outlets": {
                    "title": "Outlets",
                    "description": "Agencies, broadcasters, platforms and papers named "
                                   "as carrying a statement.",
                    "facets": ["type"],
                    "sort": "name",
                    "label_column": "name",
                },
                "quotes_fts": {"hidden": True},
                "_sqlite_migrations": {"hidden": True},
            },
            "queries": QUERIES,
        }},
    }


# --------------------------------------------------------------------------- plugin hooks

@hookimpl(trylast=True)
def prepare_connection(conn):
    """`stem_query()` for canned queries, and the same function as `escape_fts()`, which
    Datasette wraps around the search box's text: our FTS indexes hold stems only.
    trylast, so this replaces Datasette's own escape_fts rather than being replaced."""
    conn.create_function("stem_query", 1, stem_query, deterministic=True)
    conn.create_function("escape_fts", 1, stem_query, deterministic=True)


def segments(text: str, spans: list[tuple[int, int, object]]) -> list[dict]:
    """`text` cut into plain and marked pieces; overlapping spans keep the earlier one.

    The template prints each piece through Jinja's autoescape, so HTML in an article or
    a quote is shown as text, never interpreted."""
    out, pos = [], 0
    for start, end, ref in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end <= start or end > len(text):
            continue
        if start > pos:
            out.append({"text": text[pos:start], "mark": None})
        out.append({"text": text[start:end], "mark": ref})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "mark": None})
    return out


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """On a quote's page: its article with the quote marked. On an article's page: the
    article with all its quotes marked, each linking to its quote row."""
    if view_name != "row" or table not in ("quotes", "articles"):
        return {}

    from datasette.utils import tilde_decode, tilde_encode

    async def inner():
        pk = request.url_vars.get("pks", "")
        db = datasette.get_database(database)
        if table == "quotes":
            try:
                qid = int(pk)
            except ValueError:
                return {}
            row = (await db.execute(
                "select quotes.start, quotes.end, quotes.kind, articles.id, articles.title, "
                "articles.text from quotes join articles on articles.id = quotes.article_id "
                "where quotes.id = ?", [qid])).first()
            if row is None:
                return {}
            start, end, kind, aid, title, text = row
            return {"in_context": {
                "article_url": datasette.urls.row(database, "articles", tilde_encode(aid)),
                "title": title or aid, "quote_id": qid,
                "segments": segments(text, [(start, end, {
                    "kind": kind, "id": qid, "url": datasette.urls.row(database, "quotes", qid)})]),
            }}
        aid = tilde_decode(pk)
        art = (await db.execute("select id, title, text from articles where id = ?", [aid])).first()
        if art is None:
            return {}
        spans = [(r[0], r[1], {"kind": r[2], "id": r[3],
                               "url": datasette.urls.row(database, "quotes", r[3])})
                 for r in await db.execute(
                     "select start, end, kind, id from quotes where article_id = ?", [aid])]
        return {"in_context": {"article_url": datasette.urls.row(database, "articles", pk),
                               "title": art[1] or aid, "quote_id": None,
                               "segments": segments(art[2], spans)}}

    return inner


# --------------------------------------------------------------------------- app

def make_datasette(db_path: str | Path, immutable: bool = False):
    """A configured Datasette over `db_path`, read-only.

    Default: the file is opened with SQLite's ``mode=ro`` (Datasette never writes: no
    writable canned queries, no write plugins), so quotes extracted while it runs show
    up on reload. ``immutable=True`` is for publishing a finished snapshot."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    if not pm.has_plugin("quotes"):
        pm.register(sys.modules[__name__], name="quotes")
    db_path = str(db_path)
    kwargs = {"immutables": [db_path]} if immutable else {"files": [db_path]}
    # suggest_facets off: suggestions run one query per column on every table page (19
    # columns on quotes), ~90 % of the page's time on a large database; the useful
    # facets are configured in `metadata` anyway.
    return Datasette(metadata=metadata(Path(db_path).stem), template_dir=str(TEMPLATES),
                     settings={"default_page_size": 50, "facet_time_limit_ms": 500,
                               "suggest_facets": False},
                     **kwargs)


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001,
          immutable: bool = False, open_browser: bool = False) -> None:
    """Run Datasette on `host:port` until interrupted (as `datasette serve` does)."""
    import asyncio
    import webbrowser

    import uvicorn

    ds = make_datasette(db_path, immutable=immutable)
    asyncio.run(ds.invoke_startup())
    url = f"http://{host}:{port}/{Path(db_path).stem}/quotes"
    print(f"Serving {db_path} at {url}  (Ctrl+C to stop)", file=sys.stderr)
    if open_browser:
        webbrowser.open(url)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
