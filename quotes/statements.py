"""Statements: the quotes of one statement in different articles, grouped.

Agencies, broadcasters and papers carry the same statement with small differences: one
cuts it, one re-punctuates it, one changes a word. A reader wants to follow the statement,
not the strings, so each quote is assigned to a *statement* when it is stored
(incrementally: no pass over earlier quotes), and the `statements` table holds, per
statement, its longest wording, speaker, number of quotes, articles and outlets, and the
first and last date it was seen.

How a quote finds its statement (near-duplicate detection in two steps):

1. **Candidates** from fingerprints kept in SQLite (`statement_keys`): the quote's words
   (lower-cased, punctuation dropped, so re-punctuation changes nothing) are cut into
   overlapping 3-word shingles, each hashed. A statement keeps as keys the shingles whose
   hash falls in a fixed sample (1 in `SAMPLE`, at most `MAX_KEYS`) plus its smallest
   hash. The sample is content-defined, the same for every text, so a cut quote still
   holds keys of the full one and the full one holds all keys of the cut (unlike MinHash
   bands, whose collision rate falls with Jaccard similarity, i.e. with how much was cut).
   A new quote looks up *all* its shingles in one indexed query. A key that
   `MAX_POSTINGS` statements hold is a common phrase, not evidence: it is emptied, which
   bounds the cost of every lookup.
2. **Verification** of at most `MAX_CANDIDATES` candidates by an alignment of the words
   (rapidfuzz's ``partial_ratio`` on word lists: the shorter wording against its best
   window in the longer one, as an Indel similarity): at least `MIN_SCORE` joins. Quotes
   of fewer than `MIN_FUZZY_WORDS` words join only an identical wording by the same
   speaker ("Provokation" said by two people is two statements). Two different known
   speakers never share a statement.

Ids are deterministic: a statement's id is a hash of the quote that founded it.
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from .records import stable_id

#: Words per shingle.
SHINGLE = 3
#: A shingle is a key when its hash is divisible by this (about 1 shingle in SAMPLE) ...
SAMPLE = 3
#: ... at most this many keys per wording (the smallest hashes of the sample).
MAX_KEYS = 8
#: A key shared by this many statements is not given to more (a common phrase).
MAX_POSTINGS = 16
#: Candidates verified per quote (those sharing the most keys).
MAX_CANDIDATES = 4
#: Alignment score (0-100) from which two wordings are one statement.
MIN_SCORE = 75.0
#: Shorter quotes join only an identical wording by the same speaker.
MIN_FUZZY_WORDS = 5

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1 << 15)
def words(text: str) -> tuple[str, ...]:
    """The words of `text`, lower-cased, without punctuation: what is compared (cached:
    a statement's wording is compared with each new quote that may belong to it)."""
    return tuple(_WORD.findall(text.lower()))


_MASK = (1 << 63) - 1
_MUL = 0x9E3779B97F4A7C15  # odd 64-bit multiplier: mixes word hashes in order


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    """A stable 63-bit hash of a word (Python's hash() differs between processes)."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big") >> 1


def shingle_hashes(ws: tuple[str, ...]) -> list[int]:
    """Hashes of the overlapping `SHINGLE`-word runs of `ws` (the whole of a shorter
    text), distinct, in first-seen order. Combined from cached word hashes: news
    vocabulary repeats, so a quote costs a few multiplications per word."""
    hs = [_word_hash(w) for w in ws]
    if len(hs) <= SHINGLE:
        if not hs:
            return []
        h = 0
        for x in hs:
            h = (h * _MUL + x) & _MASK
        return [h]
    out = {}
    for i in range(len(hs) - SHINGLE + 1):
        a, b, c = hs[i:i + 3]
        out[(((a * _MUL + b) & _MASK) * _MUL + c) & _MASK] = None
    return list(out)


def keys_of(hashes: list[int]) -> list[int]:
    """The fingerprints a wording is found by: its sampled shingles and its smallest."""
    if not hashes:
        return []
    sampled = sorted(h for h in hashes if h % SAMPLE == 0)[:MAX_KEYS]
    low = min(hashes)
    return sampled if low in sampled else sampled + [low]


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How alike two wordings are (0-100): the shorter aligned with its best window in
    the longer, so a cut quote scores as high as a copy."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return 0.0
    return fuzz.partial_ratio(short, long_)


def same_statement(a: tuple[str, ...], b: tuple[str, ...], speaker_a, speaker_b) -> float:
    """The alignment score if wordings `a` and `b` by these speakers (ids or None) are
    one statement, else 0."""
    if speaker_a is not None and speaker_b is not None and speaker_a != speaker_b:
        return 0.0
    if min(len(a), len(b)) < MIN_FUZZY_WORDS:
        return 100.0 if a == b and speaker_a is not None and speaker_a == speaker_b else 0.0
    score = similarity(a, b)
    return score if score >= MIN_SCORE else 0.0


def statement_id(quote_id: int) -> int:
    """The id of a statement founded by quote `quote_id` (same 52-bit range as others)."""
    return stable_id("statement", quote_id)


class Fingerprint(NamedTuple):
    """What grouping needs of one quote that depends on the quote alone (its words,
    shingle hashes and keys, and the id of the statement it would found): computed by
    `fingerprint`, in the worker processes when extraction runs in several, so that
    the single writer only matches and writes. (A tuple: it crosses the process
    boundary, and tuples unpickle fastest.)"""

    words: tuple[str, ...]
    hashes: list[int]
    keys: list[int]
    new_id: int


def fingerprint(quote_id: int, text: str) -> Fingerprint:
    """The `Fingerprint` of quote `quote_id` with this text."""
    ws = words(text)
    hs = shingle_hashes(ws)
    return Fingerprint(ws, hs, keys_of(hs), statement_id(quote_id))


@dataclass
class Assigned:
    """A quote's statement, and whether the quote founded it."""

    statement_id: int
    new: bool


def assign(conn: sqlite3.Connection, quote_id: int, text: str, speaker_id: int | None,
           date: str | None = None, outlets: int = 0) -> Assigned:
    """`assign_many` for one quote."""
    return assign_many(conn, [(quote_id, text, speaker_id, date, outlets)])[0]


@dataclass
class _Statement:
    text: str
    words: tuple[str, ...]
    speaker: int | None


@dataclass
class Seen:
    """The `statement_keys` and `statements` rows that `assign_many` and `refresh` read
    or wrote in the open transaction, as they are in the tables, so that the next
    article's lookups go to SQLite only for rows not met yet (an article's shingles and
    candidates are mostly those of articles before it: the two queries, with their
    rows read back, were a fifth of the writer's time). Exact only while nothing else
    writes these tables: one per transaction of a writer, dropped at its end and
    whenever it is rolled back."""

    #: key -> statement ids holding it, None once common, [] if not stored
    held: dict[int, list[int] | None] = field(default_factory=dict)
    #: statement id -> its wording and speaker, None if not stored
    known: dict[int, _Statement | None] = field(default_factory=dict)

    def clear(self) -> None:
        self.held.clear()
        self.known.clear()


def assign_many(conn: sqlite3.Connection, items: list[tuple],
                prints: list[Fingerprint] | None = None, seen: Seen | None = None) -> list[Assigned]:
    """Find the statement of each quote about to be stored (`items`: quote id, text,
    speaker id, date, number of distinct publisher and outlet names), in order, or found
    a new one, counted as holding that quote alone. A statement a quote joins is
    recounted by `refresh` once the quotes are stored. Reads and writes only
    `statements` and `statement_keys`. `prints`: the items' fingerprints, if already
    computed (`fingerprint`); `seen`: the transaction's rows read so far (see `Seen`).

    The same as assigning the quotes one by one (a later quote may join a statement an
    earlier one founded), with a fixed number of queries for all of them: an article's
    quotes are assigned together."""
    if not items:
        return []
    if prints is None:
        prints = [fingerprint(it[0], it[1]) for it in items]
    ws = [p.words for p in prints]
    hs = [p.hashes for p in prints]
    seen = seen if seen is not None else Seen()
    # every key of these quotes as stored: statement ids, or None once common
    held = seen.held
    unread = [k for k in {h for hh in hs for h in hh} if k not in held]
    if unread:
        held.update(dict.fromkeys(unread, []))  # not stored, unless read here
        for key, ids in conn.execute(*_in("SELECT key, statements FROM statement_keys WHERE key IN ({})",
                                          unread)):
            held[key] = [int(x) for x in ids.split(",")] if ids else None
    # the wordings of each quote's best candidates and of the statements they would found
    shared_db = [_shared(h, held) for h in hs]
    ranked_db = [sorted(sh, key=lambda x: (-sh[x], x))[:MAX_CANDIDATES] for sh in shared_db]
    new_ids = [p.new_id for p in prints]
    wanted = {sid for r in ranked_db for sid in r} | set(new_ids)
    unread = [sid for sid in wanted if sid not in seen.known]
    if unread:
        seen.known.update(dict.fromkeys(unread))  # not stored, unless read here
        for sid, text, speaker in conn.execute(*_in(
                "SELECT id, text, speaker_id FROM statements WHERE id IN ({})", unread)):
            seen.known[sid] = _Statement(text, words(text), speaker)
    # only these are compared (a candidate ranked in only after a recount below is
    # not); their changes below are made to the shared records, as to the table
    known = {sid: seen.known[sid] for sid in wanted if seen.known[sid] is not None}
    taken = set(known) & set(new_ids)
    out, inserts, keys, updates = [], [], [], []
    changed: set[int] = set()  # keys given to statements by the quotes before
    for (qid, text, speaker_id, date, outlets), w, h, keys_here, shared, ranked, new_id in zip(
            items, ws, hs, (p.keys for p in prints), shared_db, ranked_db, new_ids):
        if keys and not changed.isdisjoint(h):  # earlier quotes here changed its keys: recount
            shared = _shared(h, held)
            ranked = sorted(shared, key=lambda x: (-shared[x], x))[:MAX_CANDIDATES]
        best: tuple[float, int, int] | None = None  # score, shared keys, id
        for sid in ranked:
            st = known.get(sid)
            if st is None:  # removed since it took the key
                continue
            score = same_statement(w, st.words, speaker_id, st.speaker)
            if score and (best is None or (score, shared[sid]) > best[:2]):
                best = (score, shared[sid], sid)
        if best is not None:
            sid = best[2]
            st = known[sid]
            if len(w) > len(st.words):  # keep the longest wording, found by its keys
                st.text, st.words, st.speaker = text, w, st.speaker if st.speaker is not None else speaker_id
                updates.append((text, st.speaker, sid))
                added = _hold(held, sid, keys_here)
                keys += added
                changed.update(k for k, _ in added)
            elif st.speaker is None and speaker_id is not None:
                st.speaker = speaker_id
                updates.append((st.text, speaker_id, sid))
            out.append(Assigned(sid, False))
            continue
        sid = new_id
        if sid in taken:
            # the id is taken by a statement this quote's earlier text founded and others
            # still carry: found a new one under an id that also hashes the text
            sid = stable_id("statement", qid, text)
        taken.add(sid)
        known[sid] = seen.known[sid] = _Statement(text, w, speaker_id)
        inserts.append((sid, text, speaker_id, outlets, date, date))
        added = _hold(held, sid, keys_here)
        keys += added
        changed.update(k for k, _ in added)
        out.append(Assigned(sid, True))
    if inserts:
        conn.executemany(_INSERT, inserts)
    if updates:
        conn.executemany("UPDATE statements SET text = ?, speaker_id = ? WHERE id = ?", updates)
    if keys:
        conn.executemany(_ADD_KEY, keys)
    return out


def _shared(hashes: list[int], held: dict[int, list[int] | None]) -> dict[int, int]:
    """Statement id -> how many of these shingles it holds as keys."""
    shared: dict[int, int] = {}
    for h in hashes:
        for sid in held.get(h) or ():
            shared[sid] = shared.get(sid, 0) + 1
    return shared


def _hold(held: dict[int, list[int] | None], sid: int, keys: list[int]) -> list[tuple]:
    """The key rows to upsert for statement `sid` holding these keys (`keys_of` a
    wording's shingles); `held` is updated as `_ADD_KEY` updates the table (a key
    common once stays common)."""
    rows = []
    for k in keys:
        ids = held.get(k, [])
        if ids is None or sid in ids:  # common already, or held: the upsert changes nothing
            continue
        rows.append((k, str(sid)))
        held[k] = None if len(ids) + 1 >= MAX_POSTINGS else ids + [sid]
    return rows


def _in(sql: str, values: list) -> tuple[str, list]:
    """`sql` with its ``IN ({})`` filled for `values`, padded to a multiple of 8 with
    repeats so that few distinct statements are prepared (sqlite3 caches them)."""
    values = list(values)
    if values:
        values += values[-1:] * (-len(values) % 8)
    return sql.format(", ".join("?" * len(values))), values


_INSERT = ("INSERT OR REPLACE INTO statements (id, text, speaker_id, quotes, articles, outlets, "
           "first_seen, last_seen) VALUES (?, ?, ?, 1, 1, ?, ?, ?)")
#: One row per key: the ids of the statements holding it, comma-separated; emptied (and
#: `held` kept counting) once MAX_POSTINGS statements hold it, so that a lookup reads one
#: short row per shingle however common the phrase. (A removed statement's id stays in
#: the lists: the lookup's join drops it.)
_ADD_KEY = f"""INSERT INTO statement_keys (key, statements, held) VALUES (?1, ?2, 1)
ON CONFLICT (key) DO UPDATE SET
  statements = CASE WHEN ',' || statements || ',' LIKE '%,' || ?2 || ',%' THEN statements
                    WHEN held + 1 >= {MAX_POSTINGS} THEN ''
                    ELSE statements || ',' || ?2 END,
  held = held + (',' || statements || ',' NOT LIKE '%,' || ?2 || ',%')"""


_AGGREGATE = """SELECT count(*), count(DISTINCT article_id), min(date), max(date),
  (SELECT count(*) FROM (SELECT publisher AS n FROM quotes WHERE statement_id = :s AND publisher IS NOT NULL
                         UNION SELECT outlets.name FROM quotes JOIN outlets ON outlets.id = quotes.outlet_id
                         WHERE quotes.statement_id = :s))
FROM quotes WHERE statement_id = :s"""


def refresh(conn: sqlite3.Connection, ids, seen: Seen | None = None) -> None:
    """Recount the statements `ids` from their quotes (after quotes joined or left them);
    a statement left without quotes is removed (its keys are dropped when next met),
    also from `seen`."""
    for sid in ids:
        n, articles, first, last, outlets = conn.execute(_AGGREGATE, {"s": sid}).fetchone()
        if n == 0:
            conn.execute("DELETE FROM statements WHERE id = ?", [sid])
            if seen is not None:
                seen.known[sid] = None
        else:
            conn.execute("UPDATE statements SET quotes = ?, articles = ?, outlets = ?, "
                         "first_seen = ?, last_seen = ? WHERE id = ?",
                         [n, articles, outlets, first, last, sid])


def refresh_all(conn: sqlite3.Connection) -> None:
    """Recount every statement in a few passes (after grouping many quotes at once)."""
    conn.execute("""UPDATE statements SET quotes = g.n, articles = g.a, first_seen = g.f,
                    last_seen = g.l, outlets = 0
                    FROM (SELECT statement_id AS sid, count(*) AS n, count(DISTINCT article_id) AS a,
                                 min(date) AS f, max(date) AS l
                          FROM quotes WHERE statement_id IS NOT NULL GROUP BY statement_id) AS g
                    WHERE statements.id = g.sid""")
    conn.execute("""UPDATE statements SET outlets = g.c
                    FROM (SELECT sid, count(DISTINCT n) AS c FROM (
                            SELECT statement_id AS sid, publisher AS n FROM quotes
                            WHERE statement_id IS NOT NULL AND publisher IS NOT NULL
                            UNION SELECT quotes.statement_id, outlets.name FROM quotes
                            JOIN outlets ON outlets.id = quotes.outlet_id
                            WHERE quotes.statement_id IS NOT NULL) GROUP BY sid) AS g
                    WHERE statements.id = g.sid""")
    conn.execute("DELETE FROM statements WHERE quotes = 0")


def group_all(conn: sqlite3.Connection) -> int:
    """Assign every quote without a statement, oldest article first (undated last), as
    if they had been stored one by one; returns how many. For databases made before
    statements existed (a migration) and for bulk-built ones (bench/synth_db.py)."""
    rows = conn.execute("SELECT id, text, speaker_id, article_id FROM quotes WHERE statement_id IS NULL "
                        "ORDER BY date IS NULL, date, article_id, start").fetchall()
    updates = []
    for i in range(0, len(rows), 64):  # a few articles' quotes at a time
        chunk = rows[i:i + 64]
        assigned = assign_many(conn, [(qid, text or "", sid, None, 0) for qid, text, sid, _ in chunk])
        updates += [(a.statement_id, r[0]) for a, r in zip(assigned, chunk)]
    conn.executemany("UPDATE quotes SET statement_id = ? WHERE id = ?", updates)
    refresh_all(conn)
    return len(updates)


def assign_rows(conn: sqlite3.Connection, rows: list[tuple], quotes: list,
                publisher: str | None, prints: list[Fingerprint] | None = None,
                seen: Seen | None = None) -> tuple[list[tuple], set[int]]:
    """`rows` (an article's `quotes` rows, in `store.QUOTE_COLUMNS` order, the last
    column statement_id) with their statements assigned, and the statements that
    existing quotes already held or that took several of these quotes: those to
    `refresh` once the rows are stored. `quotes`: the rows' outlet names (or records
    with an ``outlet``); `prints`, `seen`: see `assign_many`."""
    outlets = [q if q is None or isinstance(q, str) else q.outlet for q in quotes]
    assigned = assign_many(conn, [(r[0], r[3], r[4], r[1], len({n for n in (publisher, o) if n}))
                                  for r, o in zip(rows, outlets)], prints, seen)
    out, seen, joined = [], set(), set()
    for r, a in zip(rows, assigned):
        if not a.new or a.statement_id in seen:
            joined.add(a.statement_id)
        seen.add(a.statement_id)
        out.append(r[:-1] + (a.statement_id,))
    return out, joined
