#!/usr/bin/env python3
"""Bounded latency test of `quotes serve` on 127.0.0.1: the quotes table page with its
facets, a full-text search, the page of the most quoted speaker (with its chart data) and
the page of the statement carried by the most articles, each with p50/p95 against the
target (p95 < 300 ms).

    python bench/load_datasette.py --db db/synth.db                 # starts quotes serve itself
    python bench/load_datasette.py --db db/synth.db --immutable     # ... as a finished snapshot
    python bench/load_datasette.py --port 8001 --name quotes        # a server already running

Bounded by construction: a fixed number of requests per page (``--requests``), a timeout
per request, a deadline for the whole run (``--max-seconds``), at most ``--concurrency``
requests at a time, and only ever to 127.0.0.1. A server it started is stopped at the end.
Before timing, each page is fetched once as JSON to report whether Datasette gave up on a
facet (``facet_time_limit_ms``): a fast page without its facets is not a pass.
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HOST = "127.0.0.1"  # never anything else
TARGET_P95_MS = 300.0
DEFAULT_WORDS = ["Sicherheit", "Atomwaffen", "Sanktionen", "Frieden", "Verhandlungen",
                 "Grenzen", "Wahlen", "Verfassung", "Inflation", "Pressefreiheit"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(url: str, timeout: float) -> tuple[float, int, bytes]:
    """(seconds, HTTP status or 0 on a network error/timeout, body)."""
    assert url.startswith(f"http://{HOST}:"), url
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            body = r.read()
            return time.perf_counter() - t0, r.status, body
    except urllib.error.HTTPError as e:
        return time.perf_counter() - t0, e.code, b""
    except (urllib.error.URLError, TimeoutError, OSError):
        return time.perf_counter() - t0, 0, b""


def start_server(db: Path, port: int, immutable: bool) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "quotes.cli", "serve", "--db", str(db), "--host", HOST,
           "--port", str(port)] + (["--immutable"] if immutable else [])
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"error: quotes serve exited: {proc.stderr.read().decode()[-500:]}")
        _, status, _ = get(f"http://{HOST}:{port}/-/versions.json", 2)
        if status == 200:
            return proc
        time.sleep(0.3)
    stop(proc)
    raise SystemExit("error: quotes serve did not answer within 120 s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def search_words(db: Path | None, n: int, rng: random.Random) -> list[str]:
    """Words to search for: taken from quotes in the database (so searches find
    something), else a fixed list."""
    if db is None:
        return DEFAULT_WORDS
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(rowid) FROM quotes").fetchone()[0] or 0
        words = []
        for _ in range(min(n, 200)):
            row = conn.execute("SELECT text FROM quotes WHERE rowid >= ? LIMIT 1",
                               [rng.randrange(top + 1)]).fetchone()
            cand = [w.strip(".,;:!?„“\"'") for w in (row[0].split() if row else [])]
            cand = [w for w in cand if len(w) > 5]
            if cand:
                words.append(rng.choice(cand))
        return words or DEFAULT_WORDS
    finally:
        conn.close()


def page_targets(base: str, name: str, timeout: float) -> tuple[int | None, int | None]:
    """(the most quoted speaker's id, the id of the statement carried by most articles),
    asked of the server: the speaker facet (from the facet index) and the statements'
    (articles, outlets) index."""
    sid = stid = None
    _, status, body = get(f"{base}/{name}/quotes.json?_facet=speaker_id&_size=0&_facet_size=1", timeout)
    if status == 200:
        facets = json.loads(body).get("facet_results", {})
        facets = facets.get("results", facets)
        values = facets.get("speaker_id", {}).get("results", [])
        sid = values[0]["value"] if values else None
    _, status, body = get(f"{base}/{name}/statements.json?_sort_desc=articles&_size=1&_shape=array"
                          f"&_nocount=1", timeout)
    if status == 200 and json.loads(body):
        stid = json.loads(body)[0]["id"]
    return sid, stid


def check_facets(base: str, path: str, timeout: float) -> str:
    """One JSON fetch of the page: facets shown, facets that timed out, row count."""
    sep = "&" if "?" in path else "?"
    _, status, body = get(f"{base}{path.replace('/quotes?', '/quotes.json?') if '?' in path else path + '.json'}"
                          f"{sep}_extra=facet_results,count,facets_timed_out", timeout)
    if status != 200:
        return f"JSON status {status}"
    d = json.loads(body)
    facets = d.get("facet_results", {})
    if isinstance(facets, dict) and "results" in facets:  # Datasette 1.0 layout
        timed_out = facets.get("timed_out", [])
        facets = facets["results"]
    else:
        timed_out = d.get("facets_timed_out", [])
    return (f"{d.get('count', d.get('filtered_table_rows_count'))} rows; facets {sorted(facets)}"
            + (f"; TIMED OUT: {timed_out}" if timed_out else ""))


def measure(urls: list[str], concurrency: int, timeout: float, deadline: float) -> dict:
    times, errors = [], 0

    def one(url):
        if time.monotonic() > deadline:
            return None
        return get(url, timeout)

    with ThreadPoolExecutor(concurrency) as ex:
        for res in ex.map(one, urls):
            if res is None:
                continue
            sec, status, _ = res
            if status == 200:
                times.append(sec * 1000)
            else:
                errors += 1
    if not times:
        return {"n": 0, "errors": errors}
    times.sort()
    p95 = times[min(len(times) - 1, max(0, int(round(0.95 * len(times))) - 1))]
    return {"n": len(times), "errors": errors, "p50": statistics.median(times), "p95": p95,
            "max": times[-1]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--db", type=Path, help="database to serve (starts quotes serve on a free port)")
    src.add_argument("--port", type=int, help="a quotes serve already running on 127.0.0.1:PORT")
    ap.add_argument("--name", default=None, help="database name in URLs (default: the --db file stem)")
    ap.add_argument("--immutable", action="store_true", help="start the server with --immutable")
    ap.add_argument("--requests", type=int, default=200, help="requests per page (default 200)")
    ap.add_argument("--concurrency", type=int, default=2, help="requests at a time (default 2)")
    ap.add_argument("--warmup", type=int, default=3, help="untimed requests per page first")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    ap.add_argument("--max-seconds", type=float, default=600.0, help="deadline for the whole run")
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    name = args.name or (args.db.stem if args.db else "quotes")
    proc = None
    if args.db:
        if not args.db.is_file():
            raise SystemExit(f"error: no database at {args.db}")
        port = free_port()
        t0 = time.perf_counter()
        proc = start_server(args.db, port, args.immutable)
        print(f"quotes serve {args.db}{' --immutable' if args.immutable else ''} on "
              f"{HOST}:{port}, ready in {time.perf_counter() - t0:.1f} s")
    else:
        port = args.port
    base = f"http://{HOST}:{port}"
    deadline = time.monotonic() + args.max_seconds
    words = search_words(args.db, args.requests, rng)
    pages = {
        "table page + facets": [f"/{name}/quotes"] * args.requests,
        "full-text search": [f"/{name}/quotes?_search={urllib.parse.quote(rng.choice(words))}"
                             for _ in range(args.requests)],
    }
    sid, stid = page_targets(base, name, args.timeout)
    if sid is not None:
        pages["speaker page (most quoted)"] = [f"/{name}/speakers/{sid}"] * args.requests
    if stid is not None:
        pages["statement page (most articles)"] = [f"/{name}/statements/{stid}"] * args.requests
    missed = sid is None or stid is None
    if missed:
        print(f"no speaker ({sid}) or no statement ({stid}) to time")
    try:
        for label, paths in pages.items():
            if "page (" in label:
                _, status, body = get(base + paths[0], args.timeout)
                print(f"{label}: {paths[0]}, status {status}, {len(body):,} bytes"
                      + (", chart data" if b'data-chart="chart-' in body else ""))
            else:
                print(f"{label}: {check_facets(base, paths[0], args.timeout)}")
            measure([base + p for p in paths[:args.warmup]], 1, args.timeout, deadline)
            r = measure([base + p for p in paths], args.concurrency, args.timeout, deadline)
            if not r["n"]:
                print(f"  no successful request ({r['errors']} errors)")
                missed = True
                continue
            ok = r["p95"] < TARGET_P95_MS and not r["errors"]
            missed |= not ok
            print(f"  {'met ' if ok else 'MISS'} {r['n']} requests x{args.concurrency}: "
                  f"p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms, max {r['max']:.0f} ms, "
                  f"{r['errors']} errors (target p95 < {TARGET_P95_MS:.0f} ms)")
    finally:
        if proc is not None:
            stop(proc)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
