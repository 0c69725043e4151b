"""Running the extractor over a large corpus: processes, shards and a Dask cluster.

The unit of work is always the same per-article function, `extract_one` (the extractor
plus the error handling the CLI needs), so a single process, `--jobs N`, `--shard i/n`
and `--cluster` all give the same quotes for the same articles.

* ``--jobs N``: N worker processes (``spawn``, so no process inherits a half-initialised
  torch from its parent), each loading the models once (`init_worker`); the parent reads
  the files, skips unchanged articles and is the only writer of the database, storing
  results in input order.
* ``--shard i/n``: only the articles whose id falls into partition i of n (a stable hash
  of the id, the same on every machine), written into the given database; the shard
  databases are merged with `merge_db` (``quotes merge``).
* ``--cluster ADDRESS|local``: articles are sent in batches to Dask workers; each worker
  process extracts with models loaded once (a cached global) and writes its own shard
  database; at the end the client fetches the shard files and merges them into the main
  database. Ids are deterministic, so merging is idempotent: merging a shard twice, or
  after a single-process run of the same articles, leaves the same database.
"""
from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import nlp
from .extract import Timings, extract_articles
from .read import Skipped
from .records import Article, Quote

if TYPE_CHECKING:
    from .store import Prepared

#: Extractor errors that no other article would avoid: stop the run with one line.
FATAL_ERRORS = (ImportError, MemoryError, OSError)


class FatalExtractorError(RuntimeError):
    """The extractor cannot run at all (missing models, missing package): one line for
    the user. Carries only a string, so it crosses process boundaries intact."""


# --------------------------------------------------------------------------- one article

def init_worker(threads: int | None = None, nice: int = 0) -> None:
    """Load the models once in this process (worker initializer; the pipeline is cached
    per process, so calling it again costs nothing).

    A model that cannot be loaded is not reported here, where an error would break the
    process pool with a traceback: the first batch loads it again and reports it in one
    line (`FatalExtractorError`).  `threads` caps torch's intra-op threads, so that N
    processes on N cores do not each start N threads.  `nice` lowers a worker process's
    priority, so that the parent, which stores the results, is not kept waiting by the
    parsers.
    """
    if nice:
        try:
            os.nice(nice)
        except OSError:  # not permitted here: run at normal priority
            pass
    if threads:
        import torch

        torch.set_num_threads(threads)
    try:
        nlp.load_pipeline()
    except Exception:  # noqa: BLE001 -- reported by the first batch, in one line
        pass


@dataclass
class Result:
    """What extracting one article gave: its quotes, or why it was skipped, and where
    the time went (seconds)."""

    quotes: list[Quote] = field(default_factory=list)
    skipped: Skipped | None = None
    seconds: float = 0.0
    parse: float | None = None
    rules: float | None = None
    #: `store.prepare(article, quotes)`, when the worker was asked to compute it
    prepared: Prepared | None = None


def _fatal(e: Exception) -> FatalExtractorError | None:
    """The one-line error for an extractor error that every article would hit."""
    if isinstance(e, nlp.ModelError):
        return FatalExtractorError(str(e))
    if isinstance(e, FATAL_ERRORS):
        return FatalExtractorError(f"{type(e).__name__}: {e}")
    return None


def extract_one(article: Article) -> Result:
    """`extract_article(article)` with the CLI's error policy: an error that every
    article would hit raises `FatalExtractorError`; any other error skips the article."""
    return extract_batch([article])[0]


def extract_batch(articles: list[Article]) -> list[Result]:
    """The quotes of several articles, parsed together (`extract.extract_articles`,
    much faster than one by one). If the batch fails, each article is extracted alone,
    so one bad article skips only itself. Time is shared out by text length."""
    timings = Timings()
    t0 = time.perf_counter()
    try:
        nlp.load_pipeline()
        found = extract_articles(articles, timings=timings)
    except Exception as e:
        fatal = _fatal(e)
        if fatal is not None:
            raise fatal from None
        if len(articles) > 1:
            return [r for a in articles for r in extract_batch([a])]
        source = articles[0].path or articles[0].id
        return [Result(skipped=Skipped(source, f"extractor failed: {type(e).__name__}: {e}"),
                       seconds=time.perf_counter() - t0)]
    seconds = time.perf_counter() - t0
    total = sum(len(a.text) for a in articles) or 1
    results = []
    for art, quotes in zip(articles, found):
        share = len(art.text) / total
        results.append(Result(quotes, None, seconds * share, timings.parse * share, timings.rules * share))
    return results


# --------------------------------------------------------------------------- processes

#: Articles parsed together: up to this many, or this many characters of text.
BATCH_ARTICLES = 32
BATCH_CHARS = 150_000


def batches(items: Iterable[Article | Skipped], size: int = BATCH_ARTICLES,
            chars: int = BATCH_CHARS) -> Iterator[list[Article | Skipped]]:
    """Consecutive runs of `items` holding at most `size` articles or about `chars`
    characters of article text (a longer article is a batch of its own); read lazily."""
    batch: list[Article | Skipped] = []
    n = length = 0
    for item in items:
        if isinstance(item, Article):
            if n and (n >= size or length + len(item.text) > chars):
                yield batch
                batch, n, length = [], 0, 0
            n += 1
            length += len(item.text)
        batch.append(item)
    if batch:
        yield batch


def _run_batch(batch: list[Article | Skipped], prepare: bool = False) -> list[Result | None]:
    """Results for a batch from `batches`, None for what is not an article; with
    `prepare`, each with what storing it needs that depends on it alone
    (`store.prepare`), so that the single writing process does not compute it."""
    results = iter(extract_batch([it for it in batch if isinstance(it, Article)]))
    out = [next(results) if isinstance(it, Article) else None for it in batch]
    if prepare:
        from .store import prepare as prepare_article

        for item, res in zip(batch, out):
            if res is not None and res.skipped is None:
                res.prepared = prepare_article(item, res.quotes)
    return out


def extract_all(items: Iterable[Article | Skipped], jobs: int = 1, window: int | None = None,
                prepare: bool = False) -> Iterator[tuple[Article | Skipped, Result | None]]:
    """``(item, result)`` for each item, in input order: articles are extracted (in
    `jobs` processes when jobs > 1), anything else passes through with None. With
    `prepare` and jobs > 1, the worker processes also fill in `Result.prepared` (with
    one process there is no other process to hand it to: the writer computes it).

    Articles go to the parser in batches (`batches`); at most `window` batches are in
    flight, so a corpus of any size is read lazily and memory stays bounded. Raises
    `FatalExtractorError` (pending work is cancelled).
    """
    if jobs <= 1:
        init_worker()
        for batch in batches(items):
            if not any(isinstance(it, Article) for it in batch):
                yield from ((it, None) for it in batch)
                continue
            yield from zip(batch, _run_batch(batch))
        return

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    window = window or jobs * 2
    threads = max(1, (os.cpu_count() or 1) // jobs)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker, initargs=(threads, 5))
    pending: deque = deque()
    try:
        for batch in batches(items):
            work = any(isinstance(it, Article) for it in batch)
            pending.append((batch, pool.submit(_run_batch, batch, prepare) if work else None))
            while len(pending) > window or (pending and _ready(pending[0][1])):
                yield from _done(*pending.popleft())
        while pending:
            yield from _done(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _done(batch: list, fut) -> Iterator[tuple[Article | Skipped, Result | None]]:
    results = fut.result() if fut is not None else [None] * len(batch)
    return zip(batch, results)


def _ready(fut) -> bool:
    return fut is None or fut.done()


# --------------------------------------------------------------------------- shards

def parse_shard(spec: str) -> tuple[int, int]:
    """``"i/n"`` -> (i, n), 0 <= i < n; ValueError with a readable reason otherwise."""
    try:
        i, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise ValueError(f"--shard {spec!r}: use i/n, e.g. 0/4") from None
    if n < 1 or not 0 <= i < n:
        raise ValueError(f"--shard {spec!r}: need 0 <= i < n")
    return i, n


def shard_of(article_id: str, n: int) -> int:
    """The partition (0..n-1) of an article: a stable hash of its id, the same on
    every machine and run (unlike Python's `hash`)."""
    from .store import stable_id

    return stable_id("shard", article_id) % n


def stored_article(db, article_id: str) -> tuple[Article, list[Quote]] | None:
    """An article and its quotes as stored in `db`, as the records they were made from."""
    row = db.execute("SELECT id, text, title, publisher, date, url, path FROM articles "
                     "WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    art = Article(id=row[0], text=row[1], title=row[2], publisher=row[3], date=row[4],
                  url=row[5], path=row[6])
    quotes = [Quote(article=art.id, kind=r[0], text=r[1], start=r[2], end=r[3], speaker=r[4],
                    speaker_start=r[5], speaker_end=r[6], cue=r[7], cue_start=r[8], cue_end=r[9],
                    outlet=r[10], confidence=r[11], speaker_mention=r[12], sentence=r[13], rule=r[14])
              for r in db.execute(
                  "SELECT q.kind, q.text, q.start, q.end, s.name, q.speaker_start, q.speaker_end, "
                  "q.cue, q.cue_start, q.cue_end, o.name, q.confidence, q.speaker_mention, "
                  "q.sentence, q.rule FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id "
                  "LEFT JOIN outlets o ON o.id = q.outlet_id WHERE q.article_id = ? "
                  "ORDER BY q.start, q.end, q.id", [article_id])]
    return art, quotes


@dataclass
class MergeStats:
    articles: int = 0
    unchanged: int = 0
    quotes: int = 0
    kinds: Counter = field(default_factory=Counter)


def merge_db(main, shard_path: str | os.PathLike, stats: MergeStats | None = None) -> MergeStats:
    """Copy every article of the shard database at `shard_path` with its quotes into
    `main` (a `sqlite_utils.Database`), through a `store.Writer`: an article stored
    in both is replaced, so merging twice changes nothing. An article already in `main`
    with the same text and the same quotes is left alone (counted as unchanged)."""
    from .store import Writer, open_db, stored_hash

    stats = stats or MergeStats()
    shard = open_db(shard_path)
    try:
        ids = [r[0] for r in shard.execute("SELECT id FROM articles ORDER BY id")]
        with Writer(main) as writer:
            for aid in ids:
                art, quotes = stored_article(shard, aid)
                if stored_hash(main, aid) == art.sha256:
                    have = stored_article(main, aid)
                    if have is not None and _same(have[1], quotes):
                        stats.unchanged += 1
                        continue
                stats.quotes += writer.save(art, quotes)
                stats.articles += 1
                stats.kinds.update(q.kind for q in quotes)
    finally:
        shard.close()
    return stats


def _same(a: list[Quote], b: list[Quote]) -> bool:
    key = lambda q: (q.start, q.end, q.kind)  # noqa: E731
    return sorted(map(repr, sorted(a, key=key))) == sorted(map(repr, sorted(b, key=key)))


# --------------------------------------------------------------------------- Dask

_SHARD_ROOT = Path(tempfile.gettempdir()) / "quotes-shards"
_write_lock = threading.Lock()


def _shard_path(run_id: str) -> Path:
    return _SHARD_ROOT / run_id / f"shard-{socket.gethostname()}-{os.getpid()}.db"


def process_batch(articles: list[Article], run_id: str) -> dict:
    """Dask task: extract `articles` (models loaded once per worker process) and store
    them in this worker process's own shard database. Returns a summary for the client."""
    from .store import Writer, open_db, unique_quotes

    init_worker()
    done: list[tuple[Article, list[Quote]]] = []
    skipped: list[tuple[str, str]] = []
    for art, res in zip(articles, extract_batch(articles)):
        if res.skipped is not None:
            skipped.append((res.skipped.source, res.skipped.reason))
        else:
            done.append((art, unique_quotes(res.quotes)))
    kinds: Counter = Counter()
    path = _shard_path(run_id)
    with _write_lock:  # a worker may run several tasks at once in threads
        path.parent.mkdir(parents=True, exist_ok=True)
        db = open_db(path)
        try:
            with Writer(db) as writer:
                for art, quotes in done:
                    writer.save(art, quotes)
                    kinds.update(q.kind for q in quotes)
        finally:
            db.close()
    return {"stored": len(done), "kinds": dict(kinds), "skipped": skipped}


def _collect_shards(run_id: str) -> list[tuple[str, bytes]]:
    """Run on each worker: the shard database this worker process wrote in this run,
    as (name, bytes); only its own, since workers on one machine share the folder."""
    path = _shard_path(run_id)
    with _write_lock:
        return [(path.name, path.read_bytes())] if path.is_file() else []


def _remove_shards(run_id: str) -> None:

    path = _shard_path(run_id)
    with _write_lock:
        path.unlink(missing_ok=True)
        try:
            path.parent.rmdir()  # the last worker on this machine removes the folder
        except OSError:
            pass


@dataclass
class ClusterRun:
    stored: int = 0
    kinds: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    shards: int = 0
    workers: int = 0


def connect(address: str, workers: int = 2):
    """A Dask client: ``local`` starts a LocalCluster of `workers` single-threaded
    worker processes on this machine; anything else is a scheduler address."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise FatalExtractorError("--cluster needs Dask: pip install 'quotes[scale]'") from None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        return Client(cluster)
    return Client(address, timeout="30s")


def run_on_cluster(client, articles: Iterable[Article], main, batch_size: int = 16,
                   on_batch: Callable[[int], None] | None = None) -> ClusterRun:
    """Extract `articles` on the Dask cluster behind `client` and merge the workers'
    shard databases into `main` (a `sqlite_utils.Database`). At most a few batches per
    worker are in flight, so the corpus is read lazily."""
    from distributed import as_completed

    run_id = uuid.uuid4().hex
    out = ClusterRun()
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    out.workers = n_workers
    max_in_flight = n_workers * 3
    ac = as_completed()
    in_flight = 0

    def take(fut) -> None:
        s = fut.result()  # re-raises FatalExtractorError from the worker
        out.stored += s["stored"]
        out.kinds.update(s["kinds"])
        out.skipped.extend(Skipped(src, reason) for src, reason in s["skipped"])
        if on_batch:
            on_batch(s["stored"] + len(s["skipped"]))

    try:
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= batch_size:
                ac.add(client.submit(process_batch, batch, run_id, pure=False))
                in_flight += 1
                batch = []
                while in_flight >= max_in_flight:
                    take(next(ac))
                    in_flight -= 1
        if batch:
            ac.add(client.submit(process_batch, batch, run_id, pure=False))
        for fut in ac:
            take(fut)
        with tempfile.TemporaryDirectory(prefix="quotes-merge-") as tmp:
            for worker, files in client.run(_collect_shards, run_id).items():
                for name, data in files:
                    path = Path(tmp) / f"{out.shards}-{name}"
                    path.write_bytes(data)
                    merge_db(main, path)
                    out.shards += 1
    finally:
        try:
            client.run(_remove_shards, run_id)
        except Exception:
            pass
    return out
