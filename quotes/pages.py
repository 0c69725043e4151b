"""What the reading pages show: a quote, an article, a speaker, a statement.

Datasette's row page of each of these tables is turned into a page for a reader (see
`templates/row.html`); the functions here gather what that page shows, from a
`datasette.database.Database`. Each costs a few indexed queries, or for a speaker's
counts the in-memory facet index (`quotes.facet_index`), so that the page of a speaker
with 100,000 quotes is as fast as any other.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date

from . import facet_index
from .records import KINDS

#: Chart colours of the kinds (the marks in the text use lighter ones, see quotes.css).
KIND_COLOURS = {"direct": "#d9a400", "indirect": "#3b8fd9", "mixed": "#4caf50",
                "reported": "#8e6bbf"}
#: Quotes listed on a speaker's or statement's page (the rest: a link to the table).
LISTED = 100
TOP = 10


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


def paragraph_bounds(text: str, start: int, end: int, around: int = 1) -> tuple[int, int]:
    """The paragraph(s) holding text[start:end] and `around` non-blank paragraphs before
    and after it (paragraphs: the lines of the text)."""
    lines, pos = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n")), bool(line.strip())))
        pos += len(line)
    if not lines:
        return 0, 0
    first = next((i for i, (a, b, _) in enumerate(lines) if b >= start), len(lines) - 1)
    last = next((i for i, (a, b, _) in enumerate(lines) if b >= end), len(lines) - 1)
    for step, i in ((-1, first), (1, last)):
        n = 0
        while n < around and 0 <= i + step < len(lines):
            i += step
            n += lines[i][2]
        first, last = (i, last) if step < 0 else (first, i)
    return lines[first][0], lines[last][1]


def month_labels(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` ("YYYY-MM"), so that quiet months show."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def stacked_chart(counts: dict[tuple[str, str], int]) -> dict | None:
    """Chart.js data for quotes per month stacked by kind, from {(month, kind): n};
    None when no quote is dated."""
    months = sorted({m for m, _ in counts if m and len(m) == 7 and m[4] == "-" and m[:4].isdigit()
                     and m[5:].isdigit()})
    if not months:
        return None
    labels = month_labels(months[0], months[-1])
    kinds = [k for k in KINDS if any(kk == k for _, kk in counts)]
    return {"labels": labels, "datasets": [
        {"label": k, "color": KIND_COLOURS.get(k, "#888"),
         "data": [counts.get((m, k), 0) for m in labels]}
        for k in kinds]}


def bar_chart(rows: list[tuple[str, int]], label: str) -> dict | None:
    if not rows:
        return None
    return {"labels": [r[0] for r in rows], "horizontal": True,
            "datasets": [{"label": label, "color": "#6b7a8f", "data": [r[1] for r in rows]}]}


async def quote_page(datasette, database: str, qid: int) -> dict | None:
    db = datasette.get_database(database)
    row = (await db.execute(
        """select quotes.id, quotes.kind, quotes.text, quotes.date, quotes.publisher, quotes.cue,
             quotes.speaker_id, speakers.name, quotes.speaker_mention, outlets.name,
             quotes.article_id, articles.title, articles.url, articles.text, quotes.start,
             quotes.end, quotes.statement_id, statements.quotes, statements.articles,
             statements.outlets, quotes.confidence
           from quotes join articles on articles.id = quotes.article_id
             left join speakers on speakers.id = quotes.speaker_id
             left join outlets on outlets.id = quotes.outlet_id
             left join statements on statements.id = quotes.statement_id
           where quotes.id = ?""", [qid])).first()
    if row is None:
        return None
    (qid, kind, text, day, publisher, cue, sid, speaker, mention, outlet, aid, title, url,
     article_text, start, end, stid, st_quotes, st_articles, st_outlets, confidence) = row
    a, b = paragraph_bounds(article_text or "", start, end)
    urls = datasette.urls
    return {"page": "quote", "id": qid, "kind": kind, "text": text, "date": day,
            "publisher": publisher, "cue": cue, "outlet": outlet, "mention": mention,
            "confidence": confidence,
            "speaker": speaker, "speaker_url": urls.row(database, "speakers", sid) if sid else None,
            "article_title": title or aid, "article_url": urls.row(database, "articles", _tilde(aid)),
            "url": url,
            "statement": {"url": urls.row(database, "statements", stid), "quotes": st_quotes,
                          "articles": st_articles, "outlets": st_outlets} if stid else None,
            "before": a > 0, "after": b < len(article_text or ""),
            "segments": segments(article_text[a:b], [(start - a, end - a, {
                "kind": kind, "id": qid, "url": urls.row(database, "quotes", qid)})])}


async def article_page(datasette, database: str, aid: str) -> dict | None:
    db = datasette.get_database(database)
    art = (await db.execute("select id, title, publisher, date, url, text, quote_count "
                            "from articles where id = ?", [aid])).first()
    if art is None:
        return None
    urls = datasette.urls
    spans = [(r[0], r[1], {"kind": r[2], "id": r[3], "url": urls.row(database, "quotes", r[3])})
             for r in await db.execute("select start, end, kind, id from quotes where article_id = ?",
                                       [aid])]
    kinds = Counter(s[2]["kind"] for s in spans)
    return {"page": "article", "title": art[1] or aid, "publisher": art[2], "date": art[3],
            "url": art[4], "quotes": len(spans), "kinds": [(k, kinds[k]) for k in KINDS if kinds[k]],
            "quote_id": None, "segments": segments(art[5] or "", spans)}


async def speaker_page(datasette, database: str, sid: int) -> dict | None:
    db = datasette.get_database(database)
    sp = (await db.execute("select name, aliases from speakers where id = ?", [sid])).first()
    if sp is None:
        return None
    urls = datasette.urls
    snap = None
    if db.path:
        snap = facet_index.facets_for(db.path, immutable=not db.is_mutable).current()
    if snap is not None:  # counts from the facet index: a few ms for any speaker
        positions = snap.select(None, {"speaker_id": [sid]})
        by_kind = dict(snap.counts("kind", positions))
        per_month = {(m, k): n for (m, k), n in snap.crosstab("month", "kind", positions).items()}
        outlet_ids = snap.counts("outlet_id", positions)[:TOP]
        cues = snap.counts("cue", positions)[:TOP]
    else:
        by_kind = dict((await db.execute(
            "select kind, count(*) from quotes where speaker_id = ? group by kind", [sid])).rows)
        per_month = {(r[0], r[1]): r[2] for r in await db.execute(
            "select substr(date, 1, 7), kind, count(*) from quotes where speaker_id = ? "
            "group by 1, 2", [sid])}
        outlet_ids = [tuple(r) for r in await db.execute(
            "select outlet_id, count(*) as n from quotes where speaker_id = ? and outlet_id is not null "
            "group by outlet_id order by n desc, outlet_id limit ?", [sid, TOP])]
        cues = [tuple(r) for r in await db.execute(
            "select cue, count(*) as n from quotes where speaker_id = ? and cue is not null "
            "group by cue order by n desc, cue limit ?", [sid, TOP])]
    names = {}
    if outlet_ids:
        names = dict((await db.execute(
            f"select id, name from outlets where id in ({', '.join('?' * len(outlet_ids))})",
            [o for o, _ in outlet_ids])).rows)
    outlets = [(names.get(o, str(o)), n, urls.table(database, "quotes") + f"?speaker_id={sid}&outlet_id={o}")
               for o, n in outlet_ids]
    # first and last dates, newest quotes: from the (speaker_id, date) index
    first = (await db.execute("select date from quotes where speaker_id = ? and date is not null "
                              "order by date limit 1", [sid])).first()
    last = (await db.execute("select date from quotes where speaker_id = ? and date is not null "
                             "order by date desc limit 1", [sid])).first()
    quotes = [{"id": r[0], "url": urls.row(database, "quotes", r[0]), "date": r[1], "kind": r[2],
               "text": r[3], "cue": r[4], "article_title": r[5] or r[6],
               "article_url": urls.row(database, "articles", _tilde(r[6]))}
              for r in await db.execute(
                  "select quotes.id, quotes.date, quotes.kind, quotes.text, quotes.cue, articles.title, "
                  "quotes.article_id from quotes join articles on articles.id = quotes.article_id "
                  "where quotes.speaker_id = ? order by quotes.date desc limit ?", [sid, LISTED])]
    total = sum(by_kind.values())
    try:
        aliases = [a for a in json.loads(sp[1] or "[]") if a != sp[0]]
    except ValueError:
        aliases = []
    return {"page": "speaker", "name": sp[0], "aliases": aliases, "total": total,
            "kinds": [(k, by_kind.get(k, 0)) for k in KINDS if by_kind.get(k)],
            "first": first[0] if first else None, "last": last[0] if last else None,
            "months": stacked_chart(per_month),
            "outlets": outlets, "outlet_chart": bar_chart([(o, n) for o, n, _ in outlets], "quotes"),
            "cues": [(c, n, urls.table(database, "quotes") + f"?speaker_id={sid}&cue={c}")
                     for c, n in cues],
            "quotes": quotes, "all_url": urls.table(database, "quotes") + f"?speaker_id={sid}"}


async def statement_page(datasette, database: str, stid: int) -> dict | None:
    db = datasette.get_database(database)
    st = (await db.execute(
        "select statements.text, statements.speaker_id, speakers.name, statements.quotes, "
        "statements.articles, statements.outlets, statements.first_seen, statements.last_seen "
        "from statements left join speakers on speakers.id = statements.speaker_id "
        "where statements.id = ?", [stid])).first()
    if st is None:
        return None
    urls = datasette.urls
    rows = (await db.execute(
        """select quotes.id, quotes.date, quotes.kind, quotes.text, quotes.publisher, outlets.name,
             quotes.article_id, articles.title, articles.url
           from quotes join articles on articles.id = quotes.article_id
             left join outlets on outlets.id = quotes.outlet_id
           where quotes.statement_id = ?
           order by quotes.date is null, quotes.date, quotes.article_id limit ?""",
        [stid, LISTED])).rows
    carried = [{"id": r[0], "url": urls.row(database, "quotes", r[0]), "date": r[1], "kind": r[2],
                "text": r[3], "publisher": r[4], "outlet": r[5],
                "article_title": r[7] or r[6], "article_url": urls.row(database, "articles", _tilde(r[6])),
                "source_url": r[8]} for r in rows]
    # counts over all its quotes, not only those listed (the (statement_id, date) index)
    per_day = {r[0]: r[1] for r in await db.execute(
        "select substr(date, 1, 10), count(*) from quotes where statement_id = ? and date is not null "
        "group by 1", [stid])}
    timeline = None
    if per_day:
        days = sorted(per_day)
        first, last = _day(days[0]), _day(days[-1])
        if first and last and (last - first).days <= 92:  # days for a statement of a few weeks
            labels = [date.fromordinal(first.toordinal() + i).isoformat()
                      for i in range((last - first).days + 1)]
            timeline = {"labels": labels, "datasets": [
                {"label": "quotes", "color": "#6b7a8f", "data": [per_day.get(d, 0) for d in labels]}]}
        else:
            per_month = Counter()
            for d, n in per_day.items():
                per_month[d[:7]] += n
            timeline = {"labels": month_labels(min(per_month), max(per_month)), "datasets": []}
            timeline["datasets"] = [{"label": "quotes", "color": "#6b7a8f",
                                     "data": [per_month.get(m, 0) for m in timeline["labels"]]}]
    publishers = (await db.execute(
        "select publisher, count(*) as n from quotes where statement_id = ? and publisher is not null "
        "group by publisher order by n desc, publisher limit 50", [stid])).rows
    outlets = (await db.execute(
        "select outlets.name, count(*) as n from quotes join outlets on outlets.id = quotes.outlet_id "
        "where quotes.statement_id = ? group by outlets.name order by n desc, outlets.name limit 50",
        [stid])).rows
    return {"page": "statement", "text": st[0],
            "speaker": st[2], "speaker_url": urls.row(database, "speakers", st[1]) if st[1] else None,
            "quotes": st[3], "articles": st[4], "outlets": st[5], "first": st[6], "last": st[7],
            "publishers": [tuple(r) for r in publishers], "named_outlets": [tuple(r) for r in outlets],
            "carried": carried, "timeline": timeline, "listed_all": len(carried) >= (st[3] or 0),
            "all_url": urls.table(database, "quotes") + f"?statement_id={stid}"}


def _day(s: str) -> date | None:
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _tilde(value: str) -> str:
    from datasette.utils import tilde_encode

    return tilde_encode(str(value))
