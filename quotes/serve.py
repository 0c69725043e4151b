"""Datasette over the quotes database: metadata, canned queries, templates, stemmed search.

Everything Datasette needs is built here from the database path, so `quotes serve`,
`quotes demo` and the tests configure it the same way. This module is also a Datasette
plugin (registered by `make_datasette`) that adds what Datasette lacks:

* stemmed search: the search box and the canned queries match German inflected forms,
  because the FTS index holds Snowball stems (see `quotes.store`) and the typed query is
  stemmed the same way;
* pages for reading (`quotes.pages`, `templates/row.html`): a quote, an article, a
  speaker (with a chart of quotes per month), a statement (its path across outlets);
  the quotes table with names instead of ids (`templates/_table.html`); facet titles;
  canned queries with titles, hidden SQL, linked cells (`render_cell`) and charts;
  CSV as a download (`asgi_wrapper`); Chart.js served from the package (no CDN);
* speed on large databases (a million quotes): the quotes table's facets come from an
  in-memory index (`quotes.facet_index`) instead of one SQL pass over the rows per
  facet, and a search matching many quotes finds its newest ones by walking the date
  index (`filters_from_request`).
"""
from __future__ import annotations

import re
import secrets
import sys
from collections import OrderedDict
from pathlib import Path

import numpy as np
from datasette import hookimpl
from datasette.database import Database, Results
from datasette.facets import ColumnFacet
from datasette.filters import FilterArguments
from datasette.tracer import trace
from datasette.utils import path_with_added_args, path_with_removed_args
from datasette.utils.asgi import BadRequest

from . import facet_index, pages
from .pages import segments  # noqa: F401  (part of this module's interface)
from .store import stem_query

TEMPLATES = Path(__file__).parent / "templates"
#: Chart.js and the page scripts, served at /-/quotes-static/ (no CDN: works offline).
STATIC = Path(__file__).parent / "static"

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
        "hide_sql": True,
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
        "description": "Every quote of one speaker, oldest first (undated ones last). Type "
                       "part of a name ('Putin') or a mention ('Kremlchef').",
        "hide_sql": True,
        "sql": """select quotes.date, quotes.kind, quotes.text, speakers.name as speaker,
  quotes.speaker_mention, quotes.cue, outlets.name as outlet,
  articles.title as article, quotes.article_id, quotes.id as quote_id, quotes.speaker_id
from quotes
  join speakers on speakers.id = quotes.speaker_id
  join articles on articles.id = quotes.article_id
  left join outlets on outlets.id = quotes.outlet_id
where speakers.name like '%' || :speaker || '%'
   or speakers.aliases like '%' || :speaker || '%'
order by quotes.date is null, quotes.date, quotes.article_id, quotes.start""",
    },
    "outlets_for_statement": {
        "title": "Which outlets carried a statement",
        "description": "Quotes containing these words (in any inflected form), with the "
                       "outlet named in the article and the article's publisher, oldest "
                       "first (undated ones last).",
        "hide_sql": True,
        "sql": """select quotes.date, coalesce(outlets.name, '') as outlet, outlets.type as outlet_type,
  articles.publisher, speakers.name as speaker, quotes.text,
  quotes.article_id, quotes.id as quote_id, quotes.speaker_id, quotes.statement_id
from quotes
  join articles on articles.id = quotes.article_id
  left join outlets on outlets.id = quotes.outlet_id
  left join speakers on speakers.id = quotes.speaker_id
where quotes.id in (select rowid from quotes_fts where quotes_fts match stem_query(:statement))
order by quotes.date is null, quotes.date, outlet, quotes.article_id""",
    },
    "quotes_per_outlet": {
        "title": "Quotes per outlet",
        "description": "How many quotes each outlet (agency, broadcaster, platform, paper "
                       "named in an article) carried, and of how many speakers.",
        "hide_sql": True,
        "sql": """select outlets.name as outlet, outlets.type, count(*) as quotes,
  count(distinct quotes.speaker_id) as speakers, min(quotes.date) as first_quoted,
  max(quotes.date) as last_quoted
from quotes join outlets on outlets.id = quotes.outlet_id
group by outlets.id
order by quotes desc, outlets.name""",
    },
    "statements_across_outlets": {
        "title": "Statements carried by several outlets",
        "description": "One statement, quoted in two or more articles of two or more "
                       "publishers or named outlets: copied, cut, re-punctuated or with a "
                       "word changed. "
                       "Open one to see its path from outlet to outlet.",
        "hide_sql": True,
        "sql": """select statements.id as statement_id, statements.text, speakers.name as speaker,
  statements.outlets, statements.articles, statements.quotes,
  statements.first_seen, statements.last_seen, statements.speaker_id
from statements left join speakers on speakers.id = statements.speaker_id
where statements.articles > 1 and statements.outlets > 1
order by statements.outlets desc, statements.articles desc, statements.first_seen is null,
  statements.first_seen
limit 500""",
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
                    # column facets computed by `IndexedFacet` (same results as
                    # Datasette's, from the in-memory facet index when it can)
                    "facets": [{IndexedFacet.type: c} for c in facet_index.COLUMNS],
                    "sort_desc": "date",
                    # searched through `filters_from_request` (SEARCH), not Datasette's
                    # own fts_table: the SQL depends on how many quotes match
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
                "statements": {
                    "title": "Statements",
                    "description": "Quotes of one statement in several articles (copied, "
                                   "cut, re-punctuated, a word changed), grouped; open one "
                                   "to see which outlets carried it and when.",
                    "sort_desc": "articles",
                    "label_column": "text",
                },
                "statement_keys": {"hidden": True},
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
    trylast, so this replaces Datasette's own escape_fts rather than being replaced.
    Memory-mapped reads: a row looked up by id costs no read() call and copy, which
    makes a pass over many search matches about a third faster."""
    conn.create_function("stem_query", 1, stem_query, deterministic=True)
    conn.create_function("escape_fts", 1, stem_query, deterministic=True)
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


MMAP_BYTES = 1 << 30

#: Tables searched by the search box: table -> (FTS table, column its rowid is).
SEARCH = {"quotes": ("quotes_fts", "id")}
#: A search matching at least this share of a table's rows is run by walking the index
#: of the sort column (newest first) and testing each row against the matches, which
#: finds a page of 50 after a few hundred rows, instead of fetching every match and
#: sorting them (170,000 row lookups for a common word in a million quotes) ...
SCAN_SHARE_COUNTED = 0.01
#: ... or this share when the count query has to run (it is slower on that plan).
SCAN_SHARE = 0.10
#: Request arguments that change neither which rows a table page shows nor its facets.
_NEUTRAL_ARGS = {"_search", "_searchmode", "_sort", "_sort_desc", "_next", "_size",
                 "_facet_size", "_labels", "_nolabels", "_shape", "_extra", "_nocount",
                 "_nofacet", "_nosuggest", "_trace", "_col", "_nocol", "_json",
                 "_timelimit", "_context", "_allcols", "_dl"}
#: Query parameter that ties a table page's count query to the count taken from the
#: facet index (see `QuotesDatabase`); its value is a key of `_counts`.
COUNT_PARAM = "_quotes_count"
_counts: OrderedDict[str, int] = OrderedDict()
_COUNTS_KEPT = 256
_INTEGER = re.compile(r"-?[0-9]{1,18}")


def _equal_filters(request) -> dict[str, list] | None:
    """The request's filters as {column: [values]} when all of them are equality
    filters on facet-index columns (``?kind=direct``, ``?speaker_id__exact=12``), so
    the facet index can apply them; None for anything else (other columns or
    operators, ``_where``, ``_through``, ``_fts_table``, ...)."""
    out: dict[str, list] = {}
    for key in request.args:
        if key.startswith("_") and "__" not in key:
            if key in _NEUTRAL_ARGS or key == "_facet" or key.startswith("_facet_"):
                continue
            return None
        column = key[:-len("__exact")] if key.endswith("__exact") else key
        if column not in facet_index.COLUMNS:
            return None
        for value in request.args.getlist(key):
            if value == "":
                return None
            if column in facet_index.INTEGER_COLUMNS:
                if not _INTEGER.fullmatch(value):  # SQLite's own conversions: use SQL
                    return None
                value = int(value)
            out.setdefault(column, []).append(value)
    return out


def _search_of(request, table_metadata: dict) -> tuple[str, bool] | None:
    """(the search box's text, raw FTS syntax?) or None when not searching (a blank
    search box is no search)."""
    search = request.args.get("_search")
    if search is None or not search.strip():
        return None
    return search, _raw_mode(request, table_metadata)


def _raw_mode(request, table_metadata: dict) -> bool:
    """Whether searches are FTS5 syntax as typed (``_searchmode=raw``, or the table's
    ``searchmode``) rather than words to stem."""
    mode = request.args.get("_searchmode")
    return mode == "raw" or (mode != "escaped" and table_metadata.get("searchmode") == "raw")


def _facets_of(datasette, database: str):
    db = datasette.get_database(database)
    if not db.path:
        return None
    return facet_index.facets_for(db.path, immutable=not db.is_mutable)


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    """The quotes table: ?_search= finds the quotes whose stems match (`stem_query`;
    raw FTS5 syntax with ``_searchmode=raw``), as Datasette's own search would, with the
    SQL chosen by how many quotes match (SCAN_SHARE). When the facet index is up to date
    and can apply the request's filters, the rows' count is taken from it (COUNT_PARAM)
    and the matches' positions are kept on the request for `IndexedFacet`.

    trylast: called after Datasette's own search filter, so our ``supports_search``
    (which shows the search box) is the one that counts."""
    if table not in SEARCH:
        return None

    async def inner():
        db = datasette.get_database(database)
        fts_table, fts_pk = SEARCH[table]
        if not await db.table_exists(fts_table):
            return None
        meta = datasette.table_metadata(database, table)
        extra = {"supports_search": True, "search": request.args.get("_search", "")}
        searching = _search_of(request, meta)
        params: dict = {}
        human = []
        if searching is not None:
            search, raw = searching
            match = f"[{fts_table}] match {':search' if raw else 'escape_fts(:search)'}"
            params["search"] = search
            human.append(f'search matches "{search}"')
        n_match = n_all = None
        try:
            facets = _facets_of(datasette, database)
            equal = _equal_filters(request)
            useful = not (request.args.get("_shape") in ("array", "object")
                          or (request.args.get("_nocount") and request.args.get("_nofacet")))
            snap = facets.current() if facets is not None and equal is not None and useful else None
            if snap is not None:
                positions = None
                if searching is not None:
                    concat = (await db.execute(f"select group_concat(rowid, ' ') from "
                                               f"[{fts_table}] where {match}", params)).first()[0]
                    positions = snap.positions_of(np.fromstring(concat or "", dtype=np.int64, sep=" "))
                    request.scope["quotes.search"] = (searching, snap, positions)
                    n_match = len(positions)
                n_all = len(snap)
                selected = snap.select(positions, equal)
                token = secrets.token_hex(8)
                _counts[token] = n_all if selected is None else len(selected)
                while len(_counts) > _COUNTS_KEPT:
                    _counts.popitem(last=False)
                params[COUNT_PARAM] = token
            elif searching is not None and facets is not None and facets.latest() is not None:
                n_all = len(facets.latest())
                n_match = (await db.execute(f"select count(*) from [{fts_table}] where {match}",
                                            params)).first()[0]
        except Exception:  # e.g. an FTS syntax error in raw mode: Datasette's query reports it
            params.pop(COUNT_PARAM, None)
        clauses = []
        if searching is not None:
            share = SCAN_SHARE_COUNTED if COUNT_PARAM in params else SCAN_SHARE
            scan = (n_all and n_match is not None and n_match >= share * n_all
                    and await _sorted_by_index(request, db, table, meta))
            clauses.append(f"{'+' if scan else ''}[{fts_pk}] in "
                           f"(select rowid from [{fts_table}] where {match})")
        # ?_search_COLUMN=: one column of the FTS table (its index cannot apply these)
        fts_columns = None
        for i, key in enumerate(k for k in request.args if k.startswith("_search_")):
            column = key[len("_search_"):]
            fts_columns = fts_columns or await db.table_columns(fts_table)
            if column not in fts_columns:
                raise BadRequest("Cannot search by that column")
            raw = _raw_mode(request, meta)
            clauses.append(f"[{fts_pk}] in (select rowid from [{fts_table}] where [{column}] "
                           f"match {f':search_{i}' if raw else f'escape_fts(:search_{i})'})")
            params[f"search_{i}"] = request.args[key]
            human.append(f'search column "{column}" matches "{request.args[key]}"')
        return FilterArguments(clauses, params, human, extra)

    return inner


async def _sorted_by_index(request, db, table: str, meta: dict) -> bool:
    """Whether the page is sorted by a column that starts an index (or the key)."""
    sort = (request.args.get("_sort") or request.args.get("_sort_desc")
            or meta.get("sort") or meta.get("sort_desc") or "rowid")
    indexed = {r[0] for r in await db.execute(
        "select ii.name from pragma_index_list(:t) il join pragma_index_info(il.name) ii "
        "where ii.seqno = 0", {"t": table})}
    return sort in indexed or sort == "rowid" or await db.primary_keys(table) == [sort]


class QuotesDatabase(Database):
    """Datasette's Database, except that a table page's count query carrying
    COUNT_PARAM is answered with the count `filters_from_request` took from the facet
    index for the same rows (a count of 170,000 search matches otherwise looks up each
    of them). Everything else runs as SQL."""

    async def execute(self, sql, params=None, *args, **kwargs):
        if (isinstance(params, dict) and COUNT_PARAM in params
                and sql.startswith("select count(*) from ")):
            n = _counts.get(params[COUNT_PARAM])
            if n is not None:
                with trace("sql", database=self.name, params=params,
                           sql=sql.strip() + "  -- counted in the facet index"):
                    return Results([(n,)], False, (("count(*)",) + (None,) * 6,))
        return await super().execute(sql, params, *args, **kwargs)


class IndexedFacet(ColumnFacet):
    """Column facets of the quotes table, configured in `metadata` as ``{"indexed":
    column}``: the same results as Datasette's column facets (type "column"), computed
    from the in-memory facet index when it is up to date and the request's filters are
    ones it can apply (search, equality on facet columns); else by Datasette's SQL.

    One difference: on later pages (``_next``) the counts are of all matching rows, as
    the row count is, where Datasette's SQL would count only the rows from that page on."""

    type = "indexed"

    async def suggest(self):
        return []  # the configured facets are the suggestions ColumnFacet would make

    async def facet_results(self):
        fast = None
        try:
            fast = await self._from_index()
        except Exception:  # never worse than Datasette's own facets
            fast = None
        results, timed_out = fast if fast is not None else await super().facet_results()
        for r in results:
            r["type"] = "column"
        return results, timed_out

    async def _from_index(self):
        configs = self.get_configs()
        columns = [c["config"].get("column") or c["config"]["simple"] for c in configs]
        if self.table not in SEARCH or not set(columns) <= set(facet_index.COLUMNS):
            return None
        equal = _equal_filters(self.request)
        facets = _facets_of(self.ds, self.database)
        if equal is None or facets is None:
            return None
        searching = _search_of(self.request, self.metadata or {})
        snap = facets.current()
        if snap is None:
            return None
        positions = None
        if searching is not None:
            kept = self.request.scope.get("quotes.search")
            if kept is None or kept[0] != searching or kept[1] is not snap:
                return None
            positions = kept[2]
        positions = snap.select(positions, equal)
        qs_pairs = self.get_querystring_pairs()
        facet_size = self.get_facet_size()
        results = []
        for config, column in zip(configs, columns):
            rows = snap.facet(column, positions, facet_size + 1)
            shown = rows[:facet_size]
            expanded = await self.ds.expand_foreign_keys(
                self.database, self.table, column, [v for v, _ in shown])
            values = []
            for value, count in shown:
                column_qs = f"{column}__exact" if column.startswith("_") else column
                selected = (column_qs, str(value)) in qs_pairs
                if selected:
                    toggle_path = path_with_removed_args(self.request, {column_qs: str(value)})
                else:
                    toggle_path = path_with_added_args(self.request, {column_qs: value})
                values.append({
                    "value": value,
                    "label": expanded.get((column, value), value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle_path)),
                    "selected": selected,
                })
            results.append({
                "name": column,
                "type": self.type,
                "hideable": config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(
                    path_with_removed_args(self.request, {"_facet": column})),
                "results": values,
                "truncated": len(rows) > facet_size,
            })
        return results, []


@hookimpl
def register_facet_classes():
    return [IndexedFacet]


@hookimpl
def startup(datasette):
    """Build the facet index of every quotes database: now if the file is small, else in
    the background (until it is ready, facets and counts come from SQL)."""
    async def inner():
        for name, db in datasette.databases.items():
            if db.path and await db.table_exists("quotes"):
                facet_index.facets_for(db.path, immutable=not db.is_mutable).current()

    return inner


#: Names the reader sees for the quotes table's columns (facets and headings).
LABELS = {"speaker_id": "Speaker", "outlet_id": "Outlet", "kind": "Kind", "publisher": "Publisher",
          "article_id": "Article", "statement_id": "Statement", "date": "Date", "text": "Quote"}

#: Canned queries drawn as a bar chart above their table: (label column, value column).
CHARTS = {"most_quoted_speakers": ("speaker", "quotes"), "quotes_per_outlet": ("outlet", "quotes")}

#: Result columns of queries that hold ids, and the table whose page each links to.
ID_LINKS = {"quote_id": "quotes", "speaker_id": "speakers", "article_id": "articles",
            "statement_id": "statements"}
#: Result columns shown as a link to the page of the id in another column of the row.
NAME_LINKS = {"speaker": "speaker_id", "text": "quote_id", "article": "article_id"}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """In query results (canned or typed), ids link to the quote's, speaker's, article's
    or statement's page, and a speaker's name, a quote's text or an article's title link
    to their page when the row also holds the id."""
    if table is not None or value is None:
        return None
    from datasette.utils import tilde_encode
    from markupsafe import Markup, escape

    keys = set(row.keys()) if hasattr(row, "keys") else set()
    if column in ID_LINKS:
        target, key = ID_LINKS[column], value
    else:
        id_column = NAME_LINKS.get(column)
        if column == "text" and "quote_id" not in keys:
            id_column = "statement_id"
        if id_column is None or id_column not in keys or row[id_column] is None:
            return None
        target, key = ID_LINKS[id_column], row[id_column]
    url = datasette.urls.row(database, target, tilde_encode(str(key)))
    return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')


@hookimpl
def asgi_wrapper(datasette):
    """CSV is for saving: every .csv answer comes as a file to download (``_dl=1``)
    instead of text the browser opens."""
    def wrap(app):
        async def add_dl(scope, receive, send):
            if (scope.get("type") == "http" and scope.get("path", "").endswith(".csv")
                    and b"_dl=" not in scope.get("query_string", b"")):
                qs = scope.get("query_string", b"")
                scope = dict(scope, query_string=qs + (b"&" if qs else b"") + b"_dl=1")
            await app(scope, receive, send)

        return add_dl

    return wrap


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    """The reading pages (`quotes.pages`): a quote, an article, a speaker, a statement;
    and the names of the quotes table's columns."""
    if view_name != "row" or table not in ("quotes", "articles", "speakers", "statements"):
        return {"labels": LABELS, "query_charts": CHARTS}

    from datasette.utils import tilde_decode

    async def inner():
        pk = request.url_vars.get("pks", "")
        out = {"labels": LABELS, "kinds": pages.KINDS}
        if table == "articles":
            out["page"] = await pages.article_page(datasette, database, tilde_decode(pk))
            return out
        try:
            key = int(pk)
        except ValueError:
            return out
        build = {"quotes": pages.quote_page, "speakers": pages.speaker_page,
                 "statements": pages.statement_page}[table]
        out["page"] = await build(datasette, database, key)
        return out

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
    ds = Datasette(metadata=metadata(Path(db_path).stem), template_dir=str(TEMPLATES),
                   static_mounts=[("-/quotes-static", str(STATIC))],
                   settings={"default_page_size": 50, "facet_time_limit_ms": 500,
                             "suggest_facets": False},
                   **kwargs)
    # the same database, through QuotesDatabase (counts from the facet index)
    [name] = [n for n, d in ds.databases.items() if d.path == db_path]
    ds.remove_database(name)
    ds.add_database(QuotesDatabase(ds, db_path, is_mutable=not immutable), name=name)
    return ds


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001,
          immutable: bool = False, open_browser: bool = False) -> None:
    """Run Datasette on `host:port` until interrupted (as `datasette serve` does)."""
    import asyncio
    import webbrowser

    import uvicorn

    ds = make_datasette(db_path, immutable=immutable)
    # the facet index first (a second or two for a million quotes), so that the first
    # pages are as fast as the rest
    snap = facet_index.facets_for(db_path, immutable=immutable).current(wait=True)
    if snap is not None and len(snap) >= 100_000:
        print(f"Facet index: {len(snap):,} quotes in {snap.built_s:.1f} s", file=sys.stderr)
    asyncio.run(ds.invoke_startup())
    url = f"http://{host}:{port}/{Path(db_path).stem}/quotes"
    print(f"Serving {db_path} at {url}  (Ctrl+C to stop)", file=sys.stderr)
    if open_browser:
        webbrowser.open(url)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
