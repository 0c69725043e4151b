"""The `quotes` command: extract, serve, export, demo.

Everything a user sees goes through here: quotes (with ``--jsonl``) or exports on stdout,
progress, warnings and summaries on stderr, and a one-line error instead of a traceback
for anything the user can fix (a missing database, a bad option).
"""
from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from . import read as read_mod
from .records import Article
from .store import DEFAULT_DB

app = typer.Typer(
    help="Find who said what in German news articles: extract direct, indirect and mixed "
         "quotes with speaker, speech verb and outlet into SQLite, browse them in "
         "Datasette, export them as CSV or JSONL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

DB_OPTION = typer.Option(DEFAULT_DB, "--db", help="SQLite database file.", show_default=True)
HOST_OPTION = typer.Option("127.0.0.1", help="Interface to listen on.")
PORT_OPTION = typer.Option(8001, help="Port to listen on.")


class _StderrHandler(logging.Handler):
    """Warnings from reading (e.g. a cp1252 fallback) as one line each on the *current*
    stderr (so Typer's test runner captures them too)."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"{record.levelname.lower()}: {record.getMessage()}", err=True)


def _setup_logging() -> None:
    log = logging.getLogger("quotes")
    log.handlers[:] = [_StderrHandler()]
    log.setLevel(logging.INFO)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error and return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _open_existing(db_path: Path):
    """The database for reading commands, or a one-line error if it is not usable."""
    from .store import open_db

    if not db_path.exists():
        raise fail(f"no database at {db_path}; run `quotes extract FILES --db {db_path}` first")
    try:
        return open_db(db_path)
    except sqlite3.DatabaseError as e:
        raise fail(f"{db_path} is not a usable quotes database ({e})")


@app.command()
def extract(
    files: list[str] = typer.Argument(..., help="Article files, folders (searched recursively) "
                                                 "or glob patterns: .txt, .md, .jsonl, .html."),
    db: Path = DB_OPTION,
    jsonl: bool = typer.Option(False, "--jsonl", help="Print one JSON object per quote to "
                               "stdout (the evaluation contract) and write no database."),
    force: bool = typer.Option(False, "--force", help="Re-extract articles even if their "
                               "text is already stored (e.g. after the extractor improved)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extract in this many processes "
                             "(models loaded once per process; this process writes the "
                             "database). About one per CPU core."),
    shard: Optional[str] = typer.Option(None, "--shard", metavar="I/N", help="Only the I-th of "
                                        "N partitions of the articles (a stable hash of the "
                                        "article id), e.g. 0/4 on the first of four machines; "
                                        "combine the databases with `quotes merge`."),
    cluster: Optional[str] = typer.Option(None, "--cluster", metavar="ADDRESS", help="Extract "
                                          "on a Dask cluster (scheduler address, e.g. "
                                          "tcp://10.0.0.5:8786), or 'local' for a local one; "
                                          "workers write shard databases that are merged "
                                          "into --db at the end."),
    workers: int = typer.Option(2, "--workers", min=1, help="Worker processes of "
                                "--cluster local."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per task "
                                   "sent to a --cluster worker."),
) -> None:
    """Find the quotes in articles and store them in the database.

    Articles already stored with the same text are skipped, so an interrupted run
    continues where it stopped. Each article is stored in one transaction. Unreadable,
    empty, binary or oversized files, broken JSONL lines and articles without text are
    reported in one line each and skipped.
    """
    _setup_logging()
    from .scale import FatalExtractorError, extract_all, parse_shard, shard_of

    part = None
    if shard is not None:
        try:
            part = parse_shard(shard)
        except ValueError as e:
            raise fail(str(e), 2)
    if cluster is not None and (jsonl or jobs > 1):
        raise fail("--cluster does not combine with --jsonl or --jobs (the cluster's "
                   "workers are the processes)", 2)

    paths = list(read_mod.expand(files))
    n_files = sum(1 for p in paths if not isinstance(p, read_mod.Skipped))
    skipped: list[read_mod.Skipped] = []
    other_shard = 0
    cluster_note = None

    def in_shard(items):
        """Read items, without the articles of other partitions (with --shard)."""
        nonlocal other_shard
        for item in items:
            if part is not None and isinstance(item, Article) and shard_of(item.id, part[1]) != part[0]:
                other_shard += 1
                continue
            yield item

    try:
        if jsonl:
            n_read = 0
            for item, res in extract_all(in_shard(read_mod.read_articles(paths)), jobs=jobs):
                if isinstance(item, read_mod.Skipped):
                    typer.echo(f"skipped: {item}", err=True)
                    skipped.append(item)
                    continue
                if isinstance(res.quotes, read_mod.Skipped):
                    typer.echo(f"skipped: {res.quotes}", err=True)
                    skipped.append(res.quotes)
                    continue
                n_read += 1
                for q in res.quotes:
                    sys.stdout.write(json.dumps(q.to_json(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            typer.echo(f"{n_read} articles read, {len(skipped)} skipped", err=True)
            if n_read == 0 and other_shard == 0:
                raise typer.Exit(1)
            return
    except FatalExtractorError as e:
        raise fail(f"extractor cannot run: {e}")

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .store import Writer, is_unchanged, open_db, unique_quotes

    try:
        database = open_db(db)
    except (sqlite3.DatabaseError, OSError) as e:
        raise fail(f"cannot open database {db}: {e}")

    console = Console(stderr=True, soft_wrap=True)
    stored = unchanged = 0
    kinds: Counter[str] = Counter()
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), TextColumn("{task.description}"),
                        console=console, disable=not console.is_terminal, transient=True)
    try:
        with progress:
            task = progress.add_task("", total=n_files)

            started = 0

            def on_file(path: Path) -> None:
                nonlocal started
                progress.update(task, completed=started, description=path.name)
                started += 1

            def to_extract():
                """Read articles, less those already stored (unless --force); read
                problems pass through to be reported in order."""
                nonlocal unchanged
                for item in in_shard(read_mod.read_articles(paths, on_file=on_file)):
                    if isinstance(item, Article) and not force and is_unchanged(database, item):
                        unchanged += 1
                        continue
                    yield item

            def report(item: read_mod.Skipped) -> None:
                progress.console.print(f"skipped: {item}", markup=False, highlight=False)
                skipped.append(item)

            if cluster is not None:
                from .scale import connect, run_on_cluster

                articles = (it for it in to_extract()
                            if isinstance(it, Article) or report(it))
                try:
                    client = connect(cluster, workers=workers)
                except (OSError, TimeoutError) as e:
                    raise fail(f"cannot reach the Dask cluster at {cluster}: {e}")
                try:
                    run = run_on_cluster(client, articles, database, batch_size=batch_size)
                finally:
                    client.close()
                    if client.cluster is not None:
                        client.cluster.close()
                for s in run.skipped:
                    report(s)
                stored = run.stored
                kinds.update(run.kinds)
                cluster_note = (f"  cluster {cluster}: {run.workers} workers, "
                                f"{run.shards} shard databases merged")
            else:
                # batched transactions, one savepoint per article: leaving this block
                # (also by Ctrl+C or an error) commits every article stored so far
                with Writer(database) as writer:
                    for item, res in extract_all(to_extract(), jobs=jobs):
                        if isinstance(item, read_mod.Skipped):
                            report(item)
                            continue
                        if isinstance(res.quotes, read_mod.Skipped):
                            report(res.quotes)
                            continue
                        quotes = unique_quotes(res.quotes)
                        writer.save(item, quotes)
                        stored += 1
                        kinds.update(q.kind for q in quotes)
            progress.update(task, completed=n_files)
    except FatalExtractorError as e:
        raise fail(f"extractor cannot run: {e}")
    except KeyboardInterrupt:
        typer.echo(f"interrupted: {stored} articles stored in {db}; run the same command "
                   "again to continue", err=True)
        raise typer.Exit(130)
    except sqlite3.DatabaseError as e:
        raise fail(f"database {db}: {e}")
    finally:
        database.close()  # folds the write-ahead log into the file: one complete .db

    n_quotes = sum(kinds.values())
    typer.echo(f"{stored + unchanged} articles read: {stored} stored, {unchanged} unchanged "
               f"(already in the database); {len(skipped)} skipped", err=True)
    if cluster_note:
        typer.echo(cluster_note, err=True)
    if part is not None:
        typer.echo(f"  shard {part[0]}/{part[1]}: {other_shard} articles belong to other shards",
                   err=True)
    reasons = Counter(s.reason.split(":")[0].split(" (")[0] for s in skipped)
    for reason, n in reasons.most_common():
        typer.echo(f"  skipped {n}: {reason}", err=True)
    by_kind = ", ".join(f"{k} {kinds.get(k, 0)}" for k in ("direct", "indirect", "mixed"))
    typer.echo(f"{n_quotes} quotes stored ({by_kind}) in {db}", err=True)
    if stored + unchanged + other_shard == 0:
        raise typer.Exit(1)


@app.command()
def merge(
    shards: list[Path] = typer.Argument(..., help="Shard databases written by "
                                        "`quotes extract --shard I/N --db SHARD.db`."),
    db: Path = DB_OPTION,
) -> None:
    """Merge shard databases into the main database. An article in several databases
    is stored once (its quotes replaced), so merging the same shard again changes
    nothing."""
    from .scale import MergeStats, merge_db
    from .store import open_db

    for s in shards:
        if not s.is_file():
            raise fail(f"no database at {s}")
        if s.resolve() == db.resolve():
            raise fail(f"{s} is the main database (--db); name the shards only", 2)
    try:
        database = open_db(db)
    except (sqlite3.DatabaseError, OSError) as e:
        raise fail(f"cannot open database {db}: {e}")
    stats = MergeStats()
    try:
        for s in shards:
            try:
                merge_db(database, s, stats)
            except sqlite3.DatabaseError as e:
                raise fail(f"{s} is not a usable quotes database ({e})")
    finally:
        database.close()
    by_kind = ", ".join(f"{k} {stats.kinds.get(k, 0)}" for k in ("direct", "indirect", "mixed"))
    typer.echo(f"{len(shards)} shards merged into {db}: {stats.articles} articles stored "
               f"({stats.quotes} quotes: {by_kind}), {stats.unchanged} unchanged", err=True)


@app.command()
def serve(
    db: Path = DB_OPTION,
    host: str = HOST_OPTION,
    port: int = PORT_OPTION,
    immutable: bool = typer.Option(False, "--immutable", help="Open the database as "
                                   "immutable (a finished snapshot; faster, no locking)."),
    open_browser: bool = typer.Option(False, "--open", help="Open a web browser."),
) -> None:
    """Browse the quotes in Datasette (read-only): facets by kind, speaker, outlet and
    publisher, stemmed full-text search, canned queries, each quote highlighted in its
    article."""
    database = _open_existing(db)
    database.close()
    from .serve import serve as run

    run(db, host=host, port=port, immutable=immutable, open_browser=open_browser)


@app.command()
def export(
    db: Path = DB_OPTION,
    format: str = typer.Option("csv", "--format", "-f", help="csv or jsonl."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="File to write; "
                                         "default or '-': stdout."),
    speaker: Optional[str] = typer.Option(None, help="Only quotes whose speaker name or "
                                          "mention contains this (case-insensitive)."),
    outlet: Optional[str] = typer.Option(None, help="Only quotes carried by an outlet whose "
                                         "name contains this."),
    kind: Optional[str] = typer.Option(None, help="direct, indirect or mixed."),
    since: Optional[str] = typer.Option(None, help="Only articles dated on/after this "
                                        "(YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Only articles dated on/before this."),
    excel: bool = typer.Option(False, "--excel", help="Start with a UTF-8 byte order mark "
                               "so Excel shows umlauts correctly."),
) -> None:
    """Export quotes (with speaker, outlet, article title and date) as CSV or JSONL."""
    from .export import Filters, KINDS
    from .export import export as run

    if format not in ("csv", "jsonl"):
        raise fail(f"unknown --format {format!r}: use csv or jsonl", 2)
    if kind is not None and kind not in KINDS:
        raise fail(f"unknown --kind {kind!r}: use one of {', '.join(KINDS)}", 2)
    database = _open_existing(db)
    try:
        n = run(database, output, format, Filters(speaker, outlet, kind, since, until), excel)
    except OSError as e:
        raise fail(f"cannot write {output}: {e.strerror or e}")
    typer.echo(f"{n} quotes exported" + (f" to {output}" if output not in (None, "-") else ""),
               err=True)


def seeds_dir() -> Path:
    """The demo articles: `seeds/` beside the package (a source checkout), else ./seeds."""
    here = Path(__file__).resolve().parent.parent / "seeds"
    return here if here.is_dir() else Path("seeds")


@app.command()
def demo(
    db: Path = DB_OPTION,
    host: str = HOST_OPTION,
    port: int = PORT_OPTION,
    serve_: bool = typer.Option(True, "--serve/--no-serve", help="Start Datasette after "
                                "extracting."),
) -> None:
    """Extract the five demo articles in seeds/ into the database, then serve it."""
    seeds = seeds_dir()
    if not seeds.is_dir():
        raise fail("no seeds/ folder found; run this from a checkout of the quotes repository")
    extract([str(seeds)], db=db, jsonl=False, force=False, jobs=1, shard=None, cluster=None,
            workers=2, batch_size=16)
    if serve_:
        serve(db=db, host=host, port=port, immutable=False, open_browser=False)


if __name__ == "__main__":  # pragma: no cover
    app()
