"""The `quotes` command: extract, serve, export, demo.

Everything a user sees goes through here: quotes (with ``--jsonl``) or exports on stdout,
progress, warnings and summaries on stderr, and a one-line error instead of a traceback
for anything the user can fix (a missing database, a bad option).
"""
from __future__ import annotations

import logging
import os
import socket
import sqlite3
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Optional

import typer

from .records import KINDS
from .store import DEFAULT_DB

app = typer.Typer(
    help="Find who said what in German news articles: extract direct, indirect and mixed "
         "quotes with speaker, speech verb and outlet into SQLite, browse them in "
         "Datasette, export them as CSV or JSONL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",  # docstring paragraphs reflow to the terminal width
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
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extract in this many "
                                       "processes (models loaded once per process; this process "
                                       "writes the database). Default: one per usable CPU core "
                                       "for more than a few articles, else 1."),
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
    from . import run
    from .scale import FatalExtractorError, parse_shard

    part = None
    if shard is not None:
        try:
            part = parse_shard(shard)
        except ValueError as e:
            raise fail(str(e), 2)
    if cluster is not None and (jsonl or (jobs or 1) > 1):
        raise fail("--cluster does not combine with --jsonl or --jobs (the cluster's "
                   "workers are the processes)", 2)
    paths, bad = run.inputs(files)
    if not paths:
        raise fail("; ".join(str(b) for b in bad) if bad else "no input files")
    jobs = jobs or run.default_jobs(paths)
    summary = run.Summary(files=len(paths))
    for b in bad:
        typer.echo(f"skipped: {b}", err=True)
        summary.skipped.append(b)
    try:
        if jsonl:
            run.to_jsonl(paths, sys.stdout, jobs=jobs, shard=part, summary=summary,
                         on_skip=lambda s: typer.echo(f"skipped: {s}", err=True))
            typer.echo(f"{plural(summary.extracted, 'article')} read, "
                       f"{len(summary.skipped)} skipped", err=True)
            if summary.extracted == 0 and summary.other_shard == 0:
                raise typer.Exit(1)
            return
    except FatalExtractorError as e:
        raise fail(f"extractor cannot run: {e}")
    _extract_to_db(paths, db, summary, jobs, part, force, cluster, workers, batch_size)


def _extract_to_db(paths: list[Path], db: Path, summary, jobs: int, part, force: bool,
                   cluster: Optional[str], workers: int, batch_size: int) -> None:
    """`quotes extract` into a database, with a progress bar and the end-of-run summary."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from . import run
    from .scale import FatalExtractorError
    from .store import open_db

    try:
        database = open_db(db)
    except (sqlite3.DatabaseError, OSError) as e:
        raise fail(f"cannot open database {db}: {e}")
    console = Console(stderr=True, soft_wrap=True)
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), TextColumn("{task.description}"),
                        console=console, disable=not console.is_terminal, transient=True)
    started = 0

    def on_file(path: Path) -> None:
        nonlocal started
        progress.update(task, completed=started, description=path.name)
        started += 1

    def on_skip(item) -> None:
        progress.console.print(f"skipped: {item}", markup=False, highlight=False)

    try:
        with progress:
            task = progress.add_task("", total=len(paths))
            if cluster is not None:
                try:
                    run.on_cluster(paths, database, cluster, workers=workers, batch_size=batch_size,
                                   force=force, on_file=on_file, on_skip=on_skip, summary=summary)
                except (OSError, TimeoutError) as e:
                    raise fail(f"cannot reach the Dask cluster at {cluster}: {e}")
            else:
                run.to_database(paths, database, jobs=jobs, shard=part, force=force,
                                on_file=on_file, on_skip=on_skip, summary=summary)
            progress.update(task, completed=len(paths))
    except FatalExtractorError as e:
        raise fail(f"extractor cannot run: {e}")
    except KeyboardInterrupt:
        typer.echo(f"interrupted: {plural(summary.extracted, 'article')} stored in {db}; run the "
                   "same command again to continue", err=True)
        raise typer.Exit(130)
    except sqlite3.DatabaseError as e:
        raise fail(f"database {db}: {e}")
    finally:
        database.close()  # folds the write-ahead log into the file: one complete .db
    _print_summary(summary, db, cluster, part)
    if summary.articles + summary.other_shard == 0:
        raise typer.Exit(1)


def _print_summary(summary, db: Path, cluster: Optional[str], part) -> None:
    typer.echo(f"{plural(summary.articles, 'article')} read: {summary.extracted} stored, "
               f"{summary.unchanged} unchanged (already in the database); "
               f"{len(summary.skipped)} skipped", err=True)
    if cluster is not None:
        typer.echo(f"  cluster {cluster}: {plural(summary.workers, 'worker')}, "
                   f"{plural(summary.shards, 'shard database')} merged", err=True)
    if part is not None:
        typer.echo(f"  shard {part[0]}/{part[1]}: {plural(summary.other_shard, 'article')} "
                   "belong to other shards", err=True)
    reasons = Counter(s.reason.split(":")[0].split(" (")[0] for s in summary.skipped)
    for reason, n in reasons.most_common():
        typer.echo(f"  skipped {n}: {reason}", err=True)
    by_kind = ", ".join(f"{k} {summary.kinds.get(k, 0)}" for k in KINDS)
    typer.echo(f"{plural(summary.quotes, 'quote')} stored ({by_kind}) in {db}", err=True)
    if summary.quotes_in_db is not None:
        typer.echo(f"{db} now holds {plural(summary.quotes_in_db, 'quote')} from "
                   f"{plural(summary.articles_in_db, 'article')}", err=True)


def plural(n: int, noun: str) -> str:
    """"1 article", "2 articles"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


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
    by_kind = ", ".join(f"{k} {stats.kinds.get(k, 0)}" for k in KINDS)
    typer.echo(f"{plural(len(shards), 'shard')} merged into {db}: {plural(stats.articles, 'article')} "
               f"stored ({plural(stats.quotes, 'quote')}: {by_kind}), {stats.unchanged} unchanged",
               err=True)


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
    if port_in_use(host, port):
        raise fail(f"port {port} on {host} is in use; stop what runs there or choose "
                   "another with --port")
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
    kind: Optional[str] = typer.Option(None, help="direct, indirect, mixed or reported."),
    since: Optional[str] = typer.Option(None, help="Only articles dated on/after this "
                                        "(YYYY, YYYY-MM or YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Only articles dated on/before this."),
    excel: bool = typer.Option(False, "--excel", help="Start with a UTF-8 byte order mark "
                               "so Excel shows umlauts correctly."),
) -> None:
    """Export quotes (with speaker, outlet, article title and date) as CSV or JSONL."""
    from .export import Filters
    from .export import export as run

    if format not in ("csv", "jsonl"):
        raise fail(f"unknown --format {format!r}: use csv or jsonl", 2)
    if kind is not None and kind not in KINDS:
        raise fail(f"unknown --kind {kind!r}: use one of {', '.join(KINDS)}", 2)
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not valid_date(value):
            raise fail(f"{name} {value!r}: use a date YYYY, YYYY-MM or YYYY-MM-DD", 2)
    database = _open_existing(db)
    try:
        n = run(database, output, format, Filters(speaker, outlet, kind, since, until), excel)
    except BrokenPipeError:
        # `quotes export | head -1`: the reader has all it wants; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0)
    except OSError as e:
        raise fail(f"cannot write {output}: {e.strerror or e}")
    typer.echo(f"{plural(n, 'quote')} exported" + (f" to {output}" if output not in (None, "-") else ""),
               err=True)


def valid_date(value: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real date ("2023-13" is not)."""
    for fmt, length in (("%Y", 4), ("%Y-%m", 7), ("%Y-%m-%d", 10)):
        if len(value) == length:
            try:
                datetime.strptime(value, fmt)
                return True
            except ValueError:
                return False
    return False


def port_in_use(host: str, port: int) -> bool:
    """Is something already listening on host:port?"""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host if host not in ("0.0.0.0", "") else "127.0.0.1", port)) == 0


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
    if serve_ and port_in_use(host, port):
        raise fail(f"port {port} on {host} is in use; stop what runs there or choose "
                   "another with --port")
    extract([str(seeds)], db=db, jsonl=False, force=False, jobs=1, shard=None, cluster=None,
            workers=2, batch_size=16)
    if serve_:
        serve(db=db, host=host, port=port, immutable=False, open_browser=False)


if __name__ == "__main__":  # pragma: no cover
    app()
