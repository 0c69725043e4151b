"""The ways to run the extractor, one function each, usable from Python as from the CLI.

    from quotes import run
    summary = run.to_database(["articles/"], "db/quotes.db", jobs=2)
    summary = run.to_jsonl(["articles/"], sys.stdout)
    summary = run.on_cluster(["articles/"], "db/quotes.db", "local")

Each returns a `Summary` of what was read, stored and skipped; `quotes.cli` only parses
options, draws the progress bar and prints that summary.  Errors every article would hit
raise `quotes.scale.FatalExtractorError` (one line for the user).
"""
from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import read
from .read import Skipped
from .records import Article
from .scale import extract_all, shard_of


@dataclass
class Summary:
    """What a run did; filled in as it goes, so a caller interrupted by Ctrl+C knows what
    was stored (pass your own instance as `summary`)."""
    files: int = 0  # input files found
    extracted: int = 0  # articles extracted (printed or stored)
    unchanged: int = 0  # articles already stored with the same text, skipped
    other_shard: int = 0  # articles of other partitions (with a shard)
    skipped: list[Skipped] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)  # quotes per kind
    quotes_in_db: int | None = None  # the database's total after the run
    articles_in_db: int | None = None
    workers: int = 0  # cluster runs: workers and shard databases merged
    shards: int = 0

    @property
    def quotes(self) -> int:
        return sum(self.kinds.values())

    @property
    def articles(self) -> int:
        """Articles read: extracted or unchanged."""
        return self.extracted + self.unchanged


def inputs(sources: Iterable[str | os.PathLike]) -> tuple[list[Path], list[Skipped]]:
    """The files named by `sources` and the sources that name none (missing paths,
    patterns without a match, unsupported types), before anything is loaded."""
    files, bad = [], []
    for item in read.expand(sources):
        (bad if isinstance(item, Skipped) else files).append(item)
    return files, bad


#: Below this much input, one process: starting a second one and loading its models
#: (a few seconds) costs more than it saves.
SMALL_INPUT = (32, 1_000_000)  # files, bytes


def default_jobs(files: list[Path]) -> int:
    """Processes for a run whose --jobs was not given: one per CPU core this process may
    use, or 1 for a few small files.  Each process holds its own models (about 1 GB)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    if cores <= 1 or len(files) <= SMALL_INPUT[0] and sum(_size(f) for f in files) <= SMALL_INPUT[1]:
        return 1
    return cores


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _articles(files: list[Path], summary: Summary, shard: tuple[int, int] | None,
              on_file: Callable[[Path], None] | None) -> Iterator[Article | Skipped]:
    """Articles of `files`, less those of other partitions; read problems pass through."""
    for item in read.read_articles(files, on_file=on_file):
        if shard is not None and isinstance(item, Article) and shard_of(item.id, shard[1]) != shard[0]:
            summary.other_shard += 1
            continue
        yield item


def to_jsonl(files: list[Path], out: TextIO, jobs: int = 1, shard: tuple[int, int] | None = None,
             on_skip: Callable[[Skipped], None] | None = None, summary: Summary | None = None) -> Summary:
    """Print one JSON object per quote (the evaluation contract) to `out`, article by
    article, in input order; write no database."""
    summary = summary or Summary(files=len(files))
    for item, res in extract_all(_articles(files, summary, shard, None), jobs=jobs):
        skipped = item if isinstance(item, Skipped) else res.skipped
        if skipped is not None:
            _skip(summary, skipped, on_skip)
            continue
        summary.extracted += 1
        summary.kinds.update(q.kind for q in res.quotes)
        for q in res.quotes:
            out.write(json.dumps(q.to_json(), ensure_ascii=False) + "\n")
        out.flush()
    return summary


def to_database(files: list[Path], db, jobs: int = 1, shard: tuple[int, int] | None = None,
                force: bool = False, on_file: Callable[[Path], None] | None = None,
                on_skip: Callable[[Skipped], None] | None = None, summary: Summary | None = None) -> Summary:
    """Extract `files` into `db` (a `sqlite_utils.Database` from `store.open_db`).

    Articles already stored with the same text are skipped unless `force`; each article
    is stored whole or not at all, in batched transactions: leaving early (Ctrl+C, an
    error) commits every article stored before."""
    from .store import Writer, prepare

    summary = summary or Summary(files=len(files))
    with Writer(db) as writer:
        for item, res in extract_all(_new_articles(db, files, summary, shard, force, on_file), jobs=jobs,
                                     prepare=True):
            skipped = item if isinstance(item, Skipped) else res.skipped
            if skipped is not None:
                _skip(summary, skipped, on_skip)
                continue
            # prepared by the worker process (with --jobs > 1), else here
            prepared = res.prepared or prepare(item, res.quotes)
            writer.save(item, res.quotes, prepared)
            summary.extracted += 1
            summary.kinds.update(row[2] for row in prepared.rows)  # the distinct quotes' kinds
    _totals(db, summary)
    return summary


def _new_articles(db, files, summary, shard, force, on_file) -> Iterator[Article | Skipped]:
    """Articles to extract: less those already stored with the same text (unless
    `force`); read problems pass through, to be reported in order."""
    from .store import is_unchanged

    for item in _articles(files, summary, shard, on_file):
        if isinstance(item, Article) and not force and is_unchanged(db, item):
            summary.unchanged += 1
            continue
        yield item


def on_cluster(files: list[Path], db, address: str, workers: int = 2, batch_size: int = 16,
               force: bool = False, on_file: Callable[[Path], None] | None = None,
               on_skip: Callable[[Skipped], None] | None = None, summary: Summary | None = None) -> Summary:
    """Extract `files` on a Dask cluster (a scheduler address, or "local" for a local
    cluster of `workers` processes) and merge the workers' shard databases into `db`.
    Raises OSError or TimeoutError when the cluster cannot be reached."""
    from .scale import connect, run_on_cluster

    summary = summary or Summary(files=len(files))
    articles = (it for it in _new_articles(db, files, summary, None, force, on_file)
                if isinstance(it, Article) or _skip(summary, it, on_skip))
    client = connect(address, workers=workers)
    try:
        done = run_on_cluster(client, articles, db, batch_size=batch_size)
    finally:
        client.close()
        if client.cluster is not None:
            client.cluster.close()
    for s in done.skipped:
        _skip(summary, s, on_skip)
    summary.extracted += done.stored
    summary.kinds.update(done.kinds)
    summary.workers, summary.shards = done.workers, done.shards
    _totals(db, summary)
    return summary


def _skip(summary: Summary, item: Skipped, on_skip: Callable[[Skipped], None] | None) -> None:
    summary.skipped.append(item)
    if on_skip is not None:
        on_skip(item)


def _totals(db, summary: Summary) -> None:
    summary.articles_in_db = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    summary.quotes_in_db = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
