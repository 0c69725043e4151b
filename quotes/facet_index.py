"""Facet counts of the quotes table from an in-memory column index, for Datasette.

Datasette computes each facet with one SQL query over the filtered rows: on a search
that matches 170,000 of 1,000,000 quotes that is four passes of 170,000 row lookups
(plus one for the count and one for the page), over a second on two cores. Here the
four facet columns (`kind`, `speaker_id`, `outlet_id`, `publisher`) are held as integer
codes in numpy arrays aligned with the sorted quote ids, so a facet over any set of
quotes is a `bincount`: a few milliseconds. Two more columns (`cue` and the month of
`date`; about 29 bytes a quote in all) give a speaker's page its counts by month, kind,
outlet and cue the same way (a speaker may have 100,000 quotes).

The index is exact or not used: it is a snapshot of the database, and `Facets.current`
returns it only while no other connection has committed anything since it was read
(SQLite's ``PRAGMA data_version``). Otherwise Datasette's own SQL is used, and the
snapshot is rebuilt in a background thread (rate-limited, so a database being written
continuously, e.g. by a running `quotes extract`, costs little).
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

#: The facet columns held in the index (the facets configured for the quotes table).
COLUMNS = ("kind", "speaker_id", "outlet_id", "publisher")
#: Also held, for the speaker pages (quotes per month and kind, cues used): column -> SQL.
EXTRA = {"cue": "cue", "month": "substr(date, 1, 7)"}
_SELECTED = {**{c: f"[{c}]" for c in COLUMNS}, **EXTRA}
#: Columns holding integers: a filter value must be an integer literal to be handled here.
INTEGER_COLUMNS = {"speaker_id", "outlet_id"}
#: Databases smaller than this are indexed on first use, in the request (a few ms).
SYNC_BUILD_BYTES = 64 * 1024 * 1024
#: After a build, wait at least this long (and 5x the build time) before the next one.
MIN_REBUILD_INTERVAL_S = 10.0

_CHUNK = 50_000


def _sqlite_order(value):
    """Sort key giving SQLite's order of values (numbers, then text, then blobs)."""
    if isinstance(value, (int, float)):
        return (0, value, "")
    if isinstance(value, str):
        return (1, 0, value)
    return (2, 0, bytes(value))


@dataclass
class Snapshot:
    """The facet columns of every quote, as of one read transaction."""

    ids: np.ndarray  # int64, sorted: quotes.id
    codes: dict[str, np.ndarray]  # int32 per column, aligned with ids; -1 = NULL
    values: dict[str, list]  # per column: the distinct values in SQLite order (code = index)
    version: int | None  # PRAGMA data_version of the checking connection when read
    built_s: float = 0.0
    _lookup: dict[str, dict] = field(default_factory=dict, repr=False)
    _all_counts: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.ids)

    def positions_of(self, rowids: np.ndarray) -> np.ndarray:
        """Positions (into `ids`) of those of `rowids` that are quote ids."""
        pos = np.searchsorted(self.ids, rowids)
        ok = pos < len(self.ids)
        ok[ok] = self.ids[pos[ok]] == rowids[ok]
        return pos[ok]

    def code_of(self, column: str, value) -> int:
        """The code of `value` in `column`, -2 if no quote has it."""
        if column not in self._lookup:
            self._lookup[column] = {v: i for i, v in enumerate(self.values[column])}
        return self._lookup[column].get(value, -2)

    def select(self, positions: np.ndarray | None, equal: dict[str, list]) -> np.ndarray | None:
        """Positions of the quotes among `positions` (None: all) whose columns equal
        every value in `equal` ({column: [values]}); None means all quotes."""
        for column, wanted in equal.items():
            for value in wanted:
                code = self.code_of(column, value)
                col = self.codes[column]
                if positions is None:
                    positions = np.flatnonzero(col == code)
                else:
                    positions = positions[col[positions] == code]
        return positions

    def facet(self, column: str, positions: np.ndarray | None, limit: int) -> list[tuple]:
        """(value, count) of the quotes at `positions` (None: all), by count descending
        then value, at most `limit`: what ``select col as value, count(*) ... where col
        is not null group by col order by count desc, value limit N`` returns."""
        if positions is None:  # the whole table: the same on every unfiltered page
            if column not in self._all_counts:
                codes = self.codes[column]
                self._all_counts[column] = np.bincount(codes[codes >= 0],
                                                       minlength=len(self.values[column]))
            counts = self._all_counts[column]
        else:
            codes = self.codes[column][positions]
            counts = np.bincount(codes[codes >= 0], minlength=len(self.values[column]))
        present = np.flatnonzero(counts)
        order = present[np.lexsort((present, -counts[present]))][:limit]
        values = self.values[column]
        return [(values[i], int(counts[i])) for i in order]


    def counts(self, column: str, positions: np.ndarray) -> list[tuple]:
        """(value, count) of `column` over the quotes at `positions`, most frequent
        first (NULL left out)."""
        codes = self.codes[column][positions]
        counts = np.bincount(codes[codes >= 0], minlength=len(self.values[column]))
        present = np.flatnonzero(counts)
        order = present[np.lexsort((present, -counts[present]))]
        return [(self.values[column][i], int(counts[i])) for i in order]

    def crosstab(self, a: str, b: str, positions: np.ndarray) -> dict[tuple, int]:
        """{(value of a, value of b): count} over the quotes at `positions` (NULLs
        included, as None)."""
        ca, cb = self.codes[a][positions], self.codes[b][positions]
        nb = len(self.values[b]) + 1
        pairs = np.bincount((ca + 1).astype(np.int64) * nb + (cb + 1))
        va, vb = [None] + self.values[a], [None] + self.values[b]
        return {(va[i // nb], vb[i % nb]): int(n) for i, n in enumerate(pairs) if n}


def build(conn: sqlite3.Connection, version: int | None) -> Snapshot:
    """Read the facet columns of all quotes through `conn` (one read transaction)."""
    t0 = time.perf_counter()
    cur = conn.execute(f"SELECT id, {', '.join(_SELECTED.values())} FROM quotes ORDER BY id")
    id_parts: list[np.ndarray] = []
    code_parts: dict[str, list[np.ndarray]] = {c: [] for c in _SELECTED}
    seen: dict[str, dict] = {c: {None: -1} for c in _SELECTED}  # value -> code in first-seen order
    while True:
        chunk = cur.fetchmany(_CHUNK)
        if not chunk:
            break
        id_parts.append(np.fromiter((r[0] for r in chunk), dtype=np.int64, count=len(chunk)))
        for j, column in enumerate(_SELECTED, 1):
            vals = [r[j] for r in chunk]
            m = seen[column]
            for v in set(vals):
                if v not in m:
                    m[v] = len(m) - 1
            code_parts[column].append(np.fromiter(map(m.__getitem__, vals), dtype=np.int32,
                                                  count=len(vals)))
    ids = np.concatenate(id_parts) if id_parts else np.zeros(0, dtype=np.int64)
    codes, values = {}, {}
    for column in _SELECTED:
        first_seen = [v for v in seen[column] if v is not None]
        order = sorted(range(len(first_seen)), key=lambda i: _sqlite_order(first_seen[i]))
        remap = np.empty(len(first_seen) + 1, dtype=np.int32)  # index 0: NULL (-1)
        remap[0] = -1
        remap[np.array(order, dtype=np.int64) + 1] = np.arange(len(order), dtype=np.int32)
        raw = np.concatenate(code_parts[column]) if code_parts[column] else np.zeros(0, np.int32)
        codes[column] = remap[raw + 1]
        values[column] = [first_seen[i] for i in order]
    return Snapshot(ids, codes, values, version, time.perf_counter() - t0)


class Facets:
    """The facet index of one database file (see the module docstring)."""

    def __init__(self, path: str | Path, immutable: bool = False):
        self.path = str(path)
        self.immutable = immutable
        self._lock = threading.Lock()
        self._check: sqlite3.Connection | None = None
        self._inode: tuple[int, int] | None = None
        self._snapshot: Snapshot | None = None
        self._building = False
        self._last_build_end = 0.0

    def _connect(self) -> sqlite3.Connection:
        mode = "immutable=1" if self.immutable else "mode=ro"
        return sqlite3.connect(f"{Path(self.path).resolve().as_uri()}?{mode}", uri=True,
                               check_same_thread=False, isolation_level=None)

    def _version(self) -> int | None:
        """This database's change counter as seen by the checking connection (None
        for an immutable file). Must hold the lock."""
        if self.immutable:
            return None
        st = os.stat(self.path)
        inode = (st.st_dev, st.st_ino)
        if self._check is None or inode != self._inode:  # first use, or a new file
            if self._check is not None:
                self._check.close()
            self._check = self._connect()
            self._inode = inode
            self._snapshot = None
        return self._check.execute("PRAGMA data_version").fetchone()[0]

    def current(self, wait: bool | None = None) -> Snapshot | None:
        """The snapshot if it is up to date, else None (and a rebuild is started).
        `wait`: build in this thread when missing or stale (default: only for small
        databases)."""
        try:
            with self._lock:
                version = self._version()
                snap = self._snapshot
                if snap is not None and snap.version == version:
                    return snap
                if self._building:
                    return None
                if wait is None:
                    wait = os.path.getsize(self.path) < SYNC_BUILD_BYTES
                if not wait:
                    pause = max(MIN_REBUILD_INTERVAL_S, 5 * (snap.built_s if snap else 0.0))
                    if snap is not None and time.monotonic() - self._last_build_end < pause:
                        return None
                self._building = True
        except (OSError, sqlite3.Error):
            return None
        if wait:
            return self._build()
        threading.Thread(target=self._build, name="quotes-facets", daemon=True).start()
        return None

    def latest(self) -> Snapshot | None:
        """The last snapshot built, up to date or not (for estimates only)."""
        return self._snapshot

    def _build(self) -> Snapshot | None:
        snap = None
        try:
            conn = self._connect()
            try:
                with self._lock:
                    before = self._version()
                conn.execute("BEGIN")
                snap = build(conn, before)
                conn.execute("COMMIT")
            finally:
                conn.close()
            with self._lock:
                if self._version() != before:  # written meanwhile: maybe not this state
                    snap.version = -1
                self._snapshot = snap
        except (OSError, sqlite3.Error):
            snap = None
        finally:
            with self._lock:
                self._building = False
                self._last_build_end = time.monotonic()
        return snap if snap is not None and snap.version != -1 else None


_registry: dict[tuple[str, bool], Facets] = {}
_registry_lock = threading.Lock()


def facets_for(path: str | Path, immutable: bool = False) -> Facets:
    """The (shared) facet index of the database at `path`."""
    key = (str(Path(path).resolve()), immutable)
    with _registry_lock:
        if key not in _registry:
            _registry[key] = Facets(key[0], immutable)
        return _registry[key]
