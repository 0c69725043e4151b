"""The SQLite database that Datasette browses and `quotes export` reads.

Design choices, each for a user-visible reason:

* **Deterministic ids** (hashes of what identifies a row), so re-running the same files
  changes nothing and links in Datasette stay valid across runs.
* **Every article whole or not at all**: an article's old quotes are deleted and the new
  ones inserted in one transaction, and articles are committed in batches (`Writer`: a
  commit per ~5 seconds instead of one per article, several times faster; an article
  that fails is undone with its batch, whose other articles are written again), so a run
  killed half-way leaves every article either fully old, fully new or absent -- never
  half-stored. The next run skips articles whose id and content hash are already stored
  and so continues where it stopped.
* **Denormalised `date` and `publisher` on quotes**, so Datasette can facet and sort the
  quotes table by them without a view (views lose foreign-key labels).
* **Stemmed full-text search**: German inflects heavily ("Atomwaffe", "Atomwaffen",
  "Atomwaffenfähige"), so `quotes_fts` indexes Snowball stems, and queries are stemmed
  the same way (`stem_query`, installed into Datasette by `quotes.serve`).
* **Migrations** (sqlite-utils' `Migrations`): each schema change is a new function
  appended below; existing databases are upgraded when opened.
"""
from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import sqlite_utils
from sqlite_utils.migrations import Migrations

from . import statements
from .outlets import outlet_type
from .records import Article, Quote, stable_id

DEFAULT_DB = Path("db") / "quotes.db"

migrations = Migrations("quotes")


# --------------------------------------------------------------------------- ids, stems

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("german")


@lru_cache(maxsize=1 << 18)
def _stem(word: str) -> str:
    """One lower-cased word's stem, cached (news vocabulary repeats). snowballstemmer
    uses PyStemmer's C code when it is installed (a dependency: 1 µs a word instead of
    36 µs in pure Python, the same stems)."""
    return _stemmer().stemWord(word)


def stems(text: str) -> str:
    """Space-separated Snowball stems of the words in `text` (lower-cased, umlauts folded),
    the form stored in `quotes_fts`."""
    return " ".join(_stem(w.lower()) for w in _WORD.findall(text))


_FTS_BITS = re.compile(r'\s+|(".*?")')


def stem_query(query: str) -> str:
    """A user's search words as an FTS5 query over stems: every word must occur, a
    "quoted phrase" must occur as a phrase. Never raises on odd input (quotes, brackets,
    operators), because it runs on whatever is typed into the search box."""
    if query.count('"') % 2:
        query += '"'
    terms = []
    for bit in _FTS_BITS.split(query or ""):
        if not bit or bit == '""':
            continue
        s = stems(bit.strip('"'))
        if s:
            terms.append(f'"{s}"')
    return " ".join(terms) if terms else '""'


# --------------------------------------------------------------------------- schema

@migrations()
def m001_tables(db: sqlite_utils.Database) -> None:
    """Articles, speakers, outlets and quotes, with foreign keys and facet indexes."""
    db["articles"].create({
        "id": str, "title": str, "publisher": str, "date": str, "url": str, "path": str,
        "text": str, "sha256": str, "quote_count": int,
    }, pk="id")
    db["speakers"].create({"id": int, "name": str, "aliases": str}, pk="id")
    db["outlets"].create({"id": int, "name": str, "type": str}, pk="id")
    # column order = what Datasette shows first: the quote, who, how, where
    db["quotes"].create({
        "id": int, "date": str, "kind": str, "text": str, "speaker_id": int,
        "speaker_mention": str, "cue": str, "outlet_id": int, "article_id": str,
        "publisher": str, "confidence": float, "sentence": str, "start": int, "end": int,
        "speaker_start": int, "speaker_end": int, "cue_start": int, "cue_end": int,
        "rule": str,
    }, pk="id", foreign_keys=[
        ("article_id", "articles", "id"),
        ("speaker_id", "speakers", "id"),
        ("outlet_id", "outlets", "id"),
    ])
    db["speakers"].create_index(["name"], unique=True)
    db["outlets"].create_index(["name"], unique=True)
    for cols in (["article_id"], ["kind"], ["speaker_id"], ["outlet_id"], ["date"],
                 ["publisher"], ["cue"]):
        db["quotes"].create_index(cols)
    db["articles"].create_index(["date"])
    db["articles"].create_index(["publisher"])


@migrations()
def m002_quotes_fts(db: sqlite_utils.Database) -> None:
    """Full-text index over the Snowball stems of each quote; rowid = quotes.id."""
    db.execute("CREATE VIRTUAL TABLE quotes_fts USING fts5("
               "stems, tokenize='unicode61 remove_diacritics 2')")
    for row in db.execute("SELECT id, text FROM quotes").fetchall():
        db.execute("INSERT INTO quotes_fts(rowid, stems) VALUES (?, ?)", [row[0], stems(row[1])])


@migrations()
def m003_speaker_mention_index(db: sqlite_utils.Database) -> None:
    """Index (speaker_id, speaker_mention): keeping a speaker's aliases up to date when
    an article's quotes are replaced looks up whether a mention is still used (without
    it, a scan of all of the speaker's quotes)."""
    db["quotes"].create_index(["speaker_id", "speaker_mention"], if_not_exists=True)


@migrations()
def m004_statements(db: sqlite_utils.Database) -> None:
    """Statements: quotes of one statement in several articles, grouped (see
    `quotes.statements`), with the fingerprints new quotes are matched by. Quotes already
    stored are grouped here, oldest first."""

    db["statements"].create({
        "id": int, "text": str, "speaker_id": int, "quotes": int, "articles": int,
        "outlets": int, "first_seen": str, "last_seen": str,
    }, pk="id")
    db.execute("CREATE TABLE statement_keys (key INTEGER PRIMARY KEY, statements TEXT, held INTEGER)")
    # a plain ADD COLUMN (no copy of the table); REFERENCES makes Datasette link it
    db.execute("ALTER TABLE quotes ADD COLUMN statement_id INTEGER REFERENCES statements(id)")
    db["quotes"].create_index(["statement_id", "date"])
    # those carried by several articles and outlets first (canned query, table page); one
    # index only, as every new quote founds a statement: storing writes it each time
    db["statements"].create_index(["articles", "outlets"])
    statements.group_all(db.conn)


@migrations()
def m005_speaker_date_index(db: sqlite_utils.Database) -> None:
    """(speaker_id, date) instead of (speaker_id): a speaker's page lists their newest
    quotes and first/last dates from the index, without sorting all of their quotes.
    Replaces the old index, so storing writes no more indexes than before."""
    db["quotes"].create_index(["speaker_id", "date"], if_not_exists=True)
    db.execute("DROP INDEX IF EXISTS idx_quotes_speaker_id")


#: Pages (4 KB) of write-ahead log from which a commit copies them into the file.
CHECKPOINT_PAGES = 32768


def open_db(path: str | Path = DEFAULT_DB) -> sqlite_utils.Database:
    """Open (creating it and its folder if needed) and migrate the quotes database."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    # Write-ahead log: a commit (one per article) needs no fsync with synchronous=NORMAL,
    # which makes storing ~5x faster; a killed run still leaves every committed article,
    # and a power cut at worst the last few, never a broken file. Readers (Datasette,
    # also with mode=ro) see each committed article and do not block the writer.
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    # Up to 256 MB of page cache (allocated as used): quote ids are hashes, so each
    # stored quote lands on a random page of the table and of every index; on a large
    # database a small cache re-reads those pages for every batch.
    db.execute("PRAGMA cache_size = -262144")
    # The log is copied into the file (a checkpoint, with two disk flushes) when it
    # holds this many pages (default 1,000: after every batch, as a batch writes
    # thousands). Quote ids are hashes, so consecutive batches rewrite many of the same
    # pages: copying them every few batches copies each once. A killed run loses
    # nothing committed (the log is replayed when the file is next opened).
    db.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
    migrations.apply(db)
    return db


# --------------------------------------------------------------------------- writing

def stored_hash(db: sqlite_utils.Database, article_id: str) -> str | None:
    """The content hash stored for `article_id`, or None if it is not stored."""
    row = db.execute("SELECT sha256 FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def is_unchanged(db: sqlite_utils.Database, article: Article) -> bool:
    """True if this article, with this exact text, is already stored (skip it)."""
    return stored_hash(db, article.id) == article.sha256


def quote_id(q: Quote) -> int:
    """Same article, kind and span -> same id, on every run."""
    return stable_id("quote", q.article, q.kind, q.start, q.end)


def unique_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    """`quotes` without repeats of the same kind and span (they would share an id):
    the first one is kept."""
    return list(_unique_by_id(quotes).values())


def _unique_by_id(quotes: Iterable[Quote]) -> dict[int, Quote]:
    """`unique_quotes` keyed by their ids, in order (so that storing hashes each once)."""
    out: dict[int, Quote] = {}
    for q in quotes:
        out.setdefault(quote_id(q), q)
    return out


ARTICLE_COLUMNS = ("id", "title", "publisher", "date", "url", "path", "text", "sha256",
                   "quote_count")
QUOTE_COLUMNS = ("id", "date", "kind", "text", "speaker_id", "speaker_mention", "cue",
                 "outlet_id", "article_id", "publisher", "confidence", "sentence", "start",
                 "end", "speaker_start", "speaker_end", "cue_start", "cue_end", "rule",
                 "statement_id")


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return (f"INSERT INTO {table} ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


INSERT_ARTICLE = _insert_sql("articles", ARTICLE_COLUMNS)
INSERT_QUOTE = _insert_sql("quotes", QUOTE_COLUMNS)
INSERT_FTS = "INSERT INTO quotes_fts (rowid, stems) VALUES (?, ?)"


@lru_cache(maxsize=1 << 16)
def speaker_id(name: str) -> int:
    """The id of speaker `name` (cached: a few names carry most quotes, and a hash
    each time was a tenth of storing's Python time)."""
    return stable_id("speaker", name)


@lru_cache(maxsize=1 << 12)
def outlet_id(name: str) -> int:
    """The id of outlet `name` (cached, as `speaker_id`)."""
    return stable_id("outlet", name)


def article_row(article: Article, n_quotes: int, sha256: str | None = None) -> tuple:
    """The `articles` row of `article` (values in ARTICLE_COLUMNS order); `sha256` is
    its content hash if known."""
    return (article.id, article.title, article.publisher, article.date, article.url,
            article.path, article.text, sha256 or article.sha256, n_quotes)


def quote_row(article: Article, q: Quote, qid: int | None = None) -> tuple:
    """The `quotes` row of `q`, a quote of `article` (values in QUOTE_COLUMNS order;
    statement_id None: `_store` assigns it); `qid` is its `quote_id` if known."""
    return (quote_id(q) if qid is None else qid, article.date, q.kind, q.text,
            speaker_id(q.speaker) if q.speaker else None, q.speaker_mention, q.cue,
            outlet_id(q.outlet) if q.outlet else None, article.id, article.publisher,
            round(float(q.confidence), 3), q.sentence, q.start, q.end, q.speaker_start,
            q.speaker_end, q.cue_start, q.cue_end, q.rule, None)


class Prepared(NamedTuple):
    """An article's quotes as storing writes them, less what depends on the database
    (statements, aliases), from `prepare`.

    Computing this (ids, rows, stems for the full-text index, statement fingerprints)
    was over a third of the writer's time, and needs nothing but the article: with
    ``quotes extract --jobs N`` the worker processes compute it next to the extraction
    (`quotes.scale`), so that the single writing process only matches and writes.
    (A tuple: it crosses the process boundary, and tuples unpickle fastest.)"""

    sha256: str  # the article's content hash
    rows: list[tuple]  # `quote_row`s of the distinct quotes (statement_id None)
    speakers: list[str | None]  # each row's speaker name
    outlets: list[str | None]  # each row's outlet name
    stems: list[str]  # each row's full-text row (`stems` of its text)
    prints: list[statements.Fingerprint]  # each row's statement fingerprint


def prepare(article: Article, quotes: Iterable[Quote]) -> Prepared:
    """What storing `article` with `quotes` (repeats dropped, as `unique_quotes`) writes,
    as far as it depends on them alone (see `Prepared`)."""
    by_id = _unique_by_id(quotes)
    rows = [quote_row(article, q, qid) for qid, q in by_id.items()]
    return Prepared(article.sha256, rows, [q.speaker for q in by_id.values()],
                    [q.outlet for q in by_id.values()], [stems(r[3]) for r in rows],
                    [statements.fingerprint(r[0], r[3]) for r in rows])


def save_article(db: sqlite_utils.Database, article: Article, quotes: Iterable[Quote]) -> int:
    """Store `article` and replace its quotes, in a transaction of its own. Returns the
    number of quotes stored. (To store many articles, a `Writer` is several times faster.)"""
    with Writer(db, batch_articles=1) as writer:
        return writer.save(article, quotes)


def fts_rows_in_order(rows: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Full-text rows (quote id, stems) sorted by id, the order to insert them in.

    FTS5 gathers new rows in memory and writes them as one segment at the commit, but
    only while rowids ascend: a rowid below the previous one makes it write what it
    has gathered as a segment of its own first. Quote ids are hashes, so rows in
    article order wrote a segment for about every other row (and merged them again):
    4.2 s of the 20 s that replaying the SQL of `bench/run.py --store-only 100000`
    takes, against 0.9 s sorted. The rows, and what a search finds, are the same."""
    return sorted(rows)


#: A batch of articles is committed when it has this many articles ...
BATCH_ARTICLES = 5000
#: ... or is this many seconds old, whichever comes first. Quote ids are hashes, so a
#: batch touches pages all over the table and its indexes, and a commit writes each
#: touched page whole: storing 100,000 quotes (`bench/run.py --store-only`) into a
#: database of 1,000,000 took 36-37 s with batches of 2 s and 1,000 articles, 19-21 s
#: of it in commits, and 28-29 s with these (10 s in commits); into a fresh database
#: 11.7-12.5 s against 12.9-13.9 s. A killed run loses at most this much work, and
#: Datasette shows new articles this often.
BATCH_SECONDS = 5.0


class _WriteLog:
    """A connection that also records the writes made through it (statement and
    parameters, in order; reads pass through unrecorded), so that `Writer` can make them
    again after a rollback instead of wrapping each article in a savepoint. A savepoint
    copies every page an article touches to a sub-journal first; quote ids are hashes,
    so an article touches a fresh page of the table and of each index per quote, and
    those copies were a fifth of storing's time."""

    def __init__(self, conn):
        self.conn = conn
        self.writes: list[tuple[str, object, bool]] = []

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def execute(self, sql: str, params=()):
        if not sql.startswith("SELECT"):
            self.writes.append((sql, params, False))
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows):
        rows = rows if isinstance(rows, list) else list(rows)
        self.writes.append((sql, rows, True))
        return self.conn.executemany(sql, rows)

    def replay(self, upto: int) -> None:
        """Make the first `upto` recorded writes again (after a rollback), unrecorded."""
        for sql, params, many in self.writes[:upto]:
            (self.conn.executemany if many else self.conn.execute)(sql, params)


class Writer:
    """Stores articles in batches: one transaction per batch of `batch_articles` articles
    or `batch_seconds` seconds (whichever comes first; defaults `BATCH_ARTICLES` and
    `BATCH_SECONDS`).

    A commit is what costs when storing (the write-ahead log is written, and the
    full-text index flushes a new segment), so batching makes storing several times
    faster. The guarantees stay per article:

    * an article is stored whole or not at all: if storing it fails, the batch is rolled
      back and the writes of the articles stored before it in the batch are made again
      (recorded SQL, no new extraction or grouping) and committed, and the error is
      raised. (Inside a transaction of the caller's, each article has a savepoint.)
    * leaving the `with` block (normally, or by an exception such as Ctrl+C) commits
      every article whose `save` returned;
    * a process killed outright loses at most the uncommitted batch (at most
      `batch_seconds` of work), never leaves a half-stored article, and the next run
      stores those articles again (they are not in the database, so not "unchanged").

        with Writer(db) as writer:
            for article, quotes in ...:
                writer.save(article, quotes)
    """

    def __init__(self, db: sqlite_utils.Database, batch_articles: int | None = None,
                 batch_seconds: float | None = None):
        self.db = db
        self.conn = db.conn
        self.batch_articles = max(1, batch_articles or BATCH_ARTICLES)
        self.batch_seconds = BATCH_SECONDS if batch_seconds is None else batch_seconds
        self._pending = 0  # articles saved in the open transaction
        self._started = 0.0
        self._own_transaction = False
        # the open transaction's writes, up to the last article stored whole
        self._log = _WriteLog(self.conn)
        # full-text rows (quote id -> stems) of the articles saved in the open
        # transaction, inserted together just before it is committed (see `_flush_fts`)
        self._fts: dict[int, str] = {}
        # speakers' aliases as this transaction wrote or read them (see `_update_speakers`);
        # dropped at every commit and whenever an article fails (a rollback undoes
        # writes the cache has seen)
        self._aliases: dict[int, list[str]] = {}
        # statements and their keys as this transaction wrote or read them (the same rule)
        self._seen = statements.Seen()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.commit()
        if not self.conn.in_transaction:  # the rest of the log into the file (see open_db)
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def commit(self) -> None:
        """Commit the articles saved so far."""
        if self._own_transaction:
            self._commit_open()

    def _commit_open(self) -> None:
        """Write the batch's full-text rows and commit the open transaction; on failure
        roll it back. Either way the batch's state is reset."""
        try:
            self._flush_fts()
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._end_transaction()

    def _end_transaction(self) -> None:
        self._own_transaction = False
        self._pending = 0
        self._log.writes.clear()
        self._fts.clear()
        self._aliases.clear()
        self._seen.clear()

    def _flush_fts(self) -> None:
        """Insert the batch's full-text rows in one statement, once its articles are
        stored: FTS5 takes part in every savepoint it is written in, and rows
        inserted article by article took a third more time (6.0 s against 3.9 s for
        `bench/run.py --store-only 100000`). They are committed in the same transaction
        as their quotes, so readers see both or neither. In rowid order: see
        `fts_rows_in_order`."""
        if self._fts:
            self.conn.executemany(INSERT_FTS, fts_rows_in_order(self._fts.items()))
            self._fts.clear()

    def save(self, article: Article, quotes: Iterable[Quote], prepared: Prepared | None = None) -> int:
        """Store `article` and replace its quotes (whole or not at all). Returns the
        number of quotes stored. `prepared`: `prepare(article, quotes)` if already
        computed (by a worker process)."""
        prep = prepared if prepared is not None else prepare(article, quotes)
        if not self._own_transaction:
            if self.conn.in_transaction:  # the caller's transaction: only a savepoint
                return self._save_in_savepoint(article, prep)
            self.conn.execute("BEGIN")
            self._own_transaction = True
            self._started = time.monotonic()
        done = len(self._log.writes)
        try:
            n, fts_rows, fts_dropped = _store(self._log, article, prep, self._fts, self._aliases,
                                              self._seen)
        except BaseException:
            self._keep_stored(done)
            raise
        for qid in fts_dropped:  # the article is stored: its rows join the batch's
            del self._fts[qid]
        self._fts.update(fts_rows)
        self._pending += 1
        if (self._pending >= self.batch_articles
                or time.monotonic() - self._started >= self.batch_seconds):
            self.commit()
        return n

    def _keep_stored(self, done: int) -> None:
        """After an article failed half-way: roll the batch back, make the first `done`
        writes again (those of the articles stored before it; their full-text rows wait
        in `_fts`) and commit them. The same writes on the same committed state give
        the same rows. If they cannot be made again (e.g. the disk is full), the batch
        is lost as if the process had been killed: nothing committed before is touched."""
        self._aliases.clear()
        self._seen.clear()
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if done:
                self.conn.execute("BEGIN IMMEDIATE")
                self._log.replay(done)
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._end_transaction()
            raise
        if done:
            self._commit_open()
        else:
            self._end_transaction()

    def _save_in_savepoint(self, article: Article, prep: Prepared) -> int:
        """`save` inside the caller's transaction: the full-text rows are written at
        once (we do not know when it commits) and a savepoint undoes a failed article."""
        self.conn.execute("SAVEPOINT quotes_article")
        try:
            n, fts_rows, _ = _store(self.conn, article, prep)
            self.conn.executemany(INSERT_FTS, fts_rows_in_order(fts_rows))
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK TO quotes_article")
                self.conn.execute("RELEASE quotes_article")
            raise
        self.conn.execute("RELEASE quotes_article")
        return n


_UPSERT_ARTICLE = (INSERT_ARTICLE + " ON CONFLICT (id) DO UPDATE SET "
                   + ", ".join(f"[{c}] = excluded.[{c}]" for c in ARTICLE_COLUMNS[1:]))


@lru_cache(maxsize=4096)
def _outlet_type_cached(name: str) -> str | None:
    return outlet_type(name)


def _store(conn, article: Article, prep: Prepared,
           fts_pending: dict[int, str] | None = None,
           aliases: dict[int, list[str]] | None = None,
           seen: statements.Seen | None = None) -> tuple[int, list[tuple[int, str]], list[int]]:
    """Replace `article` and its quotes (`prep`, from `prepare`), inside the caller's
    transaction, except for the new quotes' full-text rows, which are returned for the
    caller to insert. Returns the number of quotes stored, those rows, and the old
    quotes whose rows are not in `quotes_fts` but in `fts_pending` (not inserted yet):
    the caller drops them there. `aliases`: see `_update_speakers`; `seen`: see
    `statements.Seen`."""
    old = conn.execute("SELECT id, speaker_id, speaker_mention, outlet_id, statement_id "
                       "FROM quotes WHERE article_id = ?", [article.id]).fetchall()
    fts_dropped: list[int] = []
    if old:
        old_ids = [(r[0],) for r in old]
        if fts_pending:
            fts_dropped = [r[0] for r in old if r[0] in fts_pending]
        conn.executemany("DELETE FROM quotes_fts WHERE rowid = ?",
                         [i for i in old_ids if i[0] not in fts_dropped] if fts_dropped else old_ids)
        conn.executemany("DELETE FROM quotes WHERE id = ?", old_ids)
        statements.refresh(conn, {r[4] for r in old if r[4] is not None}, seen)
    rows = prep.rows
    conn.execute(_UPSERT_ARTICLE, article_row(article, len(rows), prep.sha256))
    # speakers and outlets first (foreign keys); ids are hashes of the names
    speakers = {r[4]: name for r, name in zip(rows, prep.speakers) if name}
    outlets = {r[7]: name for r, name in zip(rows, prep.outlets) if name}
    if speakers:
        conn.executemany("INSERT OR IGNORE INTO speakers (id, name, aliases) VALUES (?, ?, '[]')",
                         list(speakers.items()))
    if outlets:
        conn.executemany("INSERT OR IGNORE INTO outlets (id, name, type) VALUES (?, ?, ?)",
                         [(oid, name, _outlet_type_cached(name)) for oid, name in outlets.items()])
    fts_rows: list[tuple[int, str]] = []
    if rows:
        # each quote's statement (near-duplicates in other articles), found before the
        # insert so that the row is written once
        rows, joined = statements.assign_rows(conn, rows, prep.outlets, article.publisher, prep.prints,
                                              seen)
        conn.executemany(INSERT_QUOTE, rows)
        fts_rows = [(r[0], st) for r, st in zip(rows, prep.stems)]
        statements.refresh(conn, joined, seen)
    added: dict[int, set[str]] = {}
    for r in rows:
        if r[4] is not None:
            added.setdefault(r[4], set())
            if r[5] is not None:
                added[r[4]].add(r[5])
    removed: dict[int, set[str]] = {}
    for _, sid, mention, _, _ in old:
        if sid is not None:
            removed.setdefault(sid, set())
            if mention is not None:
                removed[sid].add(mention)
    _update_speakers(conn, added, removed, aliases)
    # outlets that only this article's old quotes named (a lookup in the outlet_id index)
    for oid in {r[3] for r in old if r[3] is not None} - set(outlets):
        conn.execute("DELETE FROM outlets WHERE id = ? AND NOT EXISTS "
                     "(SELECT 1 FROM quotes WHERE outlet_id = ?)", [oid, oid])
    return len(rows), fts_rows, fts_dropped


def _update_speakers(conn, added: dict[int, set[str]], removed: dict[int, set[str]],
                     cache: dict[int, list[str]] | None = None) -> None:
    """Keep each speaker's aliases equal to the sorted distinct mentions of its quotes,
    and remove speakers left without quotes, after an article's quotes were replaced:
    `added` and `removed` map speaker ids to the mentions of the article's new and old
    quotes. Incremental (index lookups, no scan of a speaker's quotes), so storing does
    not get slower as a speaker collects quotes; the result is the same as recomputing
    from all quotes, so re-runs stay idempotent. `cache` (speaker id -> aliases, kept
    equal to the table by this function alone, within one transaction) spares reading
    and parsing a speaker's aliases again for each article that quotes them."""
    if cache is None:
        cache = {}
    for sid in added.keys() | removed.keys():
        gone = removed.get(sid, set()) - added.get(sid, set())
        if sid in removed and sid not in added and conn.execute(
                "SELECT 1 FROM quotes WHERE speaker_id = ? LIMIT 1", [sid]).fetchone() is None:
            conn.execute("DELETE FROM speakers WHERE id = ?", [sid])
            cache.pop(sid, None)
            continue
        current = cache.get(sid)
        if current is None:
            row = conn.execute("SELECT aliases FROM speakers WHERE id = ?", [sid]).fetchone()
            if row is None:
                continue
            current = json.loads(row[0] or "[]")
            cache[sid] = current
        mentions = set(current) | added.get(sid, set())
        for m in gone:
            if m in mentions and conn.execute(
                    "SELECT 1 FROM quotes WHERE speaker_id = ? AND speaker_mention = ? LIMIT 1",
                    [sid, m]).fetchone() is None:
                mentions.discard(m)
        new = sorted(mentions)
        if new != current:
            conn.execute("UPDATE speakers SET aliases = ? WHERE id = ?",
                         [json.dumps(new, ensure_ascii=False), sid])
            cache[sid] = new


def search_quotes(db: sqlite_utils.Database, query: str) -> list[dict]:
    """Quotes whose text contains all words of `query`, in any inflected form."""
    return [dict(r) for r in db.query(
        "SELECT quotes.* FROM quotes JOIN quotes_fts ON quotes_fts.rowid = quotes.id "
        "WHERE quotes_fts MATCH ? ORDER BY quotes.date, quotes.id", [stem_query(query)])]
