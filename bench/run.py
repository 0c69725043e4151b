#!/usr/bin/env python3
"""Throughput of `quotes extract` from files to the database, on the Wikinews articles.

    python bench/run.py                 # all 850 articles (train + dev), default --jobs
    python bench/run.py --jobs 1        # one process, with each model's share of the time
    python bench/run.py --corpus other  # longer, denser text: Bundestag speeches, real news
    python bench/run.py --against 0cbe6f3 --rounds 2   # this code against a revision
    python bench/run.py --limit 20      # a quick check
    python bench/run.py --store-only 100000                       # storing alone
    python bench/run.py --store-only 100000 --store-into db/synth.db   # ... into a big database

Writes the articles' ``originalText`` as ``.txt`` files into a temporary folder, then runs
two passes over them, each files -> `quotes.read` -> extractor -> `quotes.store` into a
fresh database:

* **floor**: a plain regex over quote-mark pairs instead of the extractor (what reading
  and storing alone cost: no pass can be faster);
* **extract**: the real path, `quotes.scale.extract_all` (what ``quotes extract --jobs N``
  runs) with `quotes.extract.extract_article`.

For each it prints articles/s, chars/s and quotes/s (wall clock, model loading included
in the extract pass and shown apart), storing speed (quotes/s of the store stage alone),
peak RSS, and each stage's share of the time: read, parse, rules, store (parse and rules
are told apart when `quotes.scale.Result` reports them, else shown together as
"extract"). With ``--jobs N`` the extractor's time is summed over the worker processes,
so shares are of the work done, not of the wall clock.  With one process it also
prints each Stanza processor's share of the parsing (tokenize, pos, lemma, depparse...).
``--jobs`` defaults to what ``quotes extract`` chooses (`quotes.run.default_jobs`).

``--corpus other`` runs on longer and denser German text than Wikinews: the Bundestag
speeches of ``../shared/data/spkatt-train`` (their tokens joined back into text, five
sentences a paragraph), the real news of ``news-dev`` and the seeds.

Each run is also set beside the last release's figures for the same corpus, ``--jobs``
and ``--limit`` (``bench/release.json``, measured when it was released; replace them when
releasing).  They come from another day, so the ratio is a guide only.

``--against REV`` measures a release against this code on the same machine, alternately
(``--rounds`` times each, the older first): REV is checked out into a temporary git
worktree and the same benchmark runs on its code in a child process.  Figures of
another day are not comparable: this machine's speed varies by a factor of three.

``--store-only N`` measures the store stage alone, without reading or parsing: N quotes
of synthetic articles (`bench/synth_db.synth_articles`: speakers, mentions, outlets,
sentences, as the extractor gives them) are generated first, then stored the way
``quotes extract --jobs N`` stores them, into a fresh database or, with ``--store-into
DB``, into a copy of DB (storing gets slower as indexes grow; a 1,000,000-quote database
from `bench/synth_db.py` shows by how much). "storing" is the writer's process alone
(it unpickles what the workers prepared, and writes); the preparation
(`quotes.store.prepare`: ids, rows, stems, statement fingerprints), which the worker
processes do, is timed apart, and both added up give the speed of one process.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(os.environ.get("QUOTES_BENCH_CODE") or ROOT)  # whose `quotes` is measured
sys.path.insert(0, str(CODE))

from quotes.read import Skipped, read_articles  # noqa: E402
from quotes.records import Article, Quote  # noqa: E402
from quotes.scale import Result, extract_all, init_worker  # noqa: E402
from quotes.store import Writer, open_db, prepare, unique_quotes  # noqa: E402

SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "wikinews"

#: Targets (2 cores): chars/s end to end with default flags (issue 18), per corpus.
TARGET_CHARS_S = {"wikinews": 55_000, "other": 45_000}
TARGET_RSS_MB = 1_500
TARGET_STORE_QUOTES_S = 5_000

_PAIR = re.compile(r"„([^“”\n]+)[“”]|»([^«\n]+)«|\"([^\"\n]+)\"")


def marks_only(article: Article) -> list[Quote]:
    """The floor: quote-mark pairs by one regex, no parsing."""
    out = []
    for m in _PAIR.finditer(article.text):
        g = next(i for i in range(1, 4) if m.group(i) is not None)
        out.append(Quote(article=article.id, kind="direct", text=m.group(g), start=m.start(g),
                         end=m.end(g), confidence=0.5, rule="marks"))
    return out


def write_corpus(data: Path, folder: Path, limit: int | None) -> tuple[int, int]:
    """The Wikinews texts as .txt files in `folder`; returns (articles, chars)."""
    files = sorted((data / "train").glob("*.json")) + sorted((data / "dev").glob("*.json"))
    if not files:
        sys.exit(f"error: no Wikinews articles in {data}/train or {data}/dev")
    texts = {}
    for f in files[:limit]:
        num = f.name.split(" ", 1)[0]
        texts[f"{f.parent.name}_{num}"] = json.loads(f.read_text(encoding="utf-8"))["originalText"]
    return _write(folder, texts)


_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?)\]“])")
_NO_SPACE_AFTER = re.compile(r"([(\[„]) ")


def write_other_corpus(shared: Path, folder: Path, limit: int | None) -> tuple[int, int]:
    """Bundestag speeches (SpkAtt training data, tokens joined back into text, five
    sentences a paragraph), the real news of news-dev and the seeds, as .txt files."""
    texts = {}
    for f in sorted((shared / "data" / "spkatt-train").glob("*.json")):
        sents = [" ".join(s["Tokens"]) for s in json.loads(f.read_text(encoding="utf-8"))["Sentences"]]
        sents = [_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", t)) for t in sents]
        texts["spkatt_" + f.stem[:60]] = "\n\n".join(" ".join(sents[i:i + 5]) for i in range(0, len(sents), 5))
    for f in sorted((shared / "eval" / "data" / "news-dev" / "texts").glob("*.txt")) + \
            sorted((shared / "seeds").glob("*.txt")):
        texts[f"{f.parent.parent.name}_{f.stem}"] = f.read_text(encoding="utf-8")
    if not texts:
        sys.exit(f"error: no Bundestag speeches or news texts under {shared}")
    return _write(folder, dict(list(texts.items())[:limit]))


def _write(folder: Path, texts: dict[str, str]) -> tuple[int, int]:
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return len(texts), sum(len(t) for t in texts.values())


class ProcessorClock:
    """Seconds spent in each Stanza processor of this process's pipeline (one process
    only: worker processes keep their own pipelines)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    def attach(self) -> None:
        from quotes.nlp import load_pipeline

        from quotes import tokens

        for name, proc in load_pipeline().processors.items():
            proc.process = self._timed(name, proc.process)
        # extraction tokenizes with quotes.tokens, which runs the tokenize model itself
        tokens.split = self._timed("tokenize", tokens.split)

    def _timed(self, name, process):
        def timed(*args):
            t0 = time.perf_counter()
            try:
                return process(*args)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0
        return timed


class TimedRead:
    """`read_articles` whose time spent reading is added up (also when another
    function, such as `extract_all`, pulls the items)."""

    def __init__(self, folder: Path):
        self.it = read_articles([folder])
        self.seconds = 0.0

    def __iter__(self):
        return self

    def __next__(self):
        t0 = time.perf_counter()
        try:
            return next(self.it)
        finally:
            self.seconds += time.perf_counter() - t0


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child process (MB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def run_pass(name: str, folder: Path, db_path: Path, jobs: int, floor: bool) -> dict:
    db = open_db(db_path)
    t_start = time.perf_counter()
    load = 0.0
    clock = ProcessorClock()
    if not floor and jobs <= 1:
        init_worker()  # models loaded once, as a worker process does
        load = time.perf_counter() - t_start
        clock.attach()
    reader = TimedRead(folder)
    n = chars = n_quotes = 0
    store = extract = parse = rules = 0.0
    has_split = False
    skipped = 0
    if floor:
        def results():
            for item in reader:
                if isinstance(item, Skipped):
                    yield item, None
                    continue
                t0 = time.perf_counter()
                qs = marks_only(item)
                yield item, Result(qs, seconds=time.perf_counter() - t0)
        stream = results()
    else:
        stream = extract_all(reader, jobs=jobs, prepare=True)
    writer = Writer(db)  # as `quotes extract` stores
    for item, res in stream:
        if res is None or res.skipped is not None:
            skipped += 1
            continue
        extract += res.seconds
        if res.parse is not None:
            has_split = True
            parse += res.parse
            rules += res.rules
        t0 = time.perf_counter()
        # prepared by the worker processes with --jobs > 1 (see quotes.run.to_database)
        prepared = res.prepared or prepare(item, res.quotes)
        writer.save(item, res.quotes, prepared)
        store += time.perf_counter() - t0
        n += 1
        chars += len(item.text)
        n_quotes += len(prepared.rows)
    t0 = time.perf_counter()
    writer.commit()
    store += time.perf_counter() - t0
    wall = time.perf_counter() - t_start
    db.close()
    stages = {"read": reader.seconds}
    if has_split:
        stages.update(parse=parse, rules=rules, other=max(0.0, extract - parse - rules))
    else:
        stages["extract"] = extract
    stages["store"] = store
    own, kids = peak_rss_mb()
    return {"pass": name, "jobs": 1 if floor else jobs, "articles": n, "skipped": skipped,
            "chars": chars, "quotes": n_quotes, "wall_s": wall, "load_s": load,
            "articles_s": n / wall, "chars_s": chars / wall, "quotes_s": n_quotes / wall,
            "store_quotes_s": n_quotes / store if store else float("inf"),
            "peak_rss_mb": own, "peak_rss_child_mb": kids, "stages_s": stages,
            "processors_s": clock.seconds}


def show(r: dict) -> None:
    total = sum(r["stages_s"].values()) or 1.0
    shares = ", ".join(f"{k} {v / total:.0%}" for k, v in r["stages_s"].items())
    rss = f"{r['peak_rss_mb']:.0f} MB"
    if r["peak_rss_child_mb"]:
        rss += f" (largest worker process {r['peak_rss_child_mb']:.0f} MB)"
    print(f"{r['pass']:8s} jobs {r['jobs']}: {r['articles']} articles, {r['chars']:,} chars, "
          f"{r['quotes']} quotes in {r['wall_s']:.2f} s"
          + (f" (model loading {r['load_s']:.2f} s)" if r["load_s"] else ""))
    print(f"         {r['articles_s']:.1f} articles/s, {r['chars_s']:,.0f} chars/s, "
          f"{r['quotes_s']:,.0f} quotes/s; storing {r['store_quotes_s']:,.0f} quotes/s; "
          f"peak RSS {rss}")
    print(f"         time per stage: {shares}")
    procs = r.get("processors_s") or {}
    if procs:
        parse = r["stages_s"].get("parse") or sum(procs.values())
        glue = max(0.0, parse - sum(procs.values()))
        print("         parsing: " + ", ".join(f"{k} {v / parse:.0%}" for k, v in procs.items())
              + f", other {glue / parse:.0%}")


def store_only(n_quotes: int, db_path: Path, into: Path | None) -> dict:
    """Store `n_quotes` quotes of synthetic articles as ``quotes extract --jobs N``
    does: the worker processes prepare each article's rows (`quotes.store.prepare`),
    the main process unpickles them and writes. Both are timed, apart: "seconds" is
    the writer's time (unpickling included), "prepare_seconds" the preparation's (spread
    over the workers, or added to the writer's with one process). The articles are
    generated beforehand."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth_db import synth_articles

    items = [(art, unique_quotes(qs)) for art, qs in
             synth_articles(n_quotes, seed=21, prefix="store")]
    t0 = time.perf_counter()
    prepared = [prepare(art, qs) for art, qs in items]
    prepare_seconds = time.perf_counter() - t0
    # what a worker process sends: the writer's process unpickles it (timed with it)
    sent = [pickle.dumps(p, pickle.HIGHEST_PROTOCOL) for p in prepared]
    del prepared
    if into is not None:
        shutil.copyfile(into, db_path)
    db = open_db(db_path)
    before = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    t0 = time.perf_counter()
    with Writer(db) as writer:
        for (art, qs), blob in zip(items, sent):
            writer.save(art, qs, pickle.loads(blob))
    seconds = time.perf_counter() - t0
    n = sum(len(qs) for _, qs in items)
    after = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    db.close()
    assert after - before == n, (before, after, n)
    return {"articles": len(items), "quotes": n, "seconds": seconds, "quotes_before": before,
            "store_quotes_s": n / seconds, "prepare_seconds": prepare_seconds,
            "one_process_quotes_s": n / (seconds + prepare_seconds)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--jobs", type=int, default=None,
                    help="extractor processes (as quotes extract --jobs; default: as it chooses)")
    ap.add_argument("--corpus", choices=sorted(TARGET_CHARS_S), default="wikinews",
                    help="wikinews (default) or other: Bundestag speeches and real news")
    ap.add_argument("--against", metavar="REV", default=None,
                    help="also run a git revision's code, alternately, and compare")
    ap.add_argument("--rounds", type=int, default=2, help="with --against: runs of each (default 2)")
    ap.add_argument("--data", type=Path, default=DATA, help="Wikinews folder with train/ and dev/")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    ap.add_argument("--store-only", type=int, default=None, metavar="N",
                    help="only measure storing N quotes of synthetic articles")
    ap.add_argument("--store-into", type=Path, default=None, metavar="DB",
                    help="with --store-only: store into a copy of this database")
    args = ap.parse_args(argv)

    if args.store_only is not None:
        with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
            r = store_only(args.store_only, Path(tmp) / "store.db", args.store_into)
        ok = r["store_quotes_s"] >= TARGET_STORE_QUOTES_S
        print(f"store-only: {r['quotes']:,} quotes in {r['articles']:,} synthetic articles stored "
              f"in {r['seconds']:.2f} s into a database of {r['quotes_before']:,} quotes")
        print(f"  {'met ' if ok else 'MISS'} storing: {r['store_quotes_s']:,.0f} quotes/s "
              f"(target >= {TARGET_STORE_QUOTES_S:,}; the writer's process)")
        print(f"       preparing: {r['prepare_seconds'] / r['quotes'] * 1e6:,.0f} µs a quote, "
              f"{r['prepare_seconds']:.2f} s in all (in the worker processes with --jobs > 1); "
              f"both in one process: {r['one_process_quotes_s']:,.0f} quotes/s")
        if args.json:
            args.json.write_text(json.dumps(r, indent=2))
        return 0

    if args.against:
        return against(args.against, args.rounds, argv if argv is not None else sys.argv[1:])

    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "articles"
        corpus.mkdir()
        if args.corpus == "other":
            n, chars = write_other_corpus(SHARED, corpus, args.limit)
        else:
            n, chars = write_corpus(args.data, corpus, args.limit)
        jobs = args.jobs or default_jobs(sorted(corpus.iterdir()))
        print(f"{n} {args.corpus} articles, {chars:,} characters ({chars / max(n, 1):,.0f} per article); "
              f"code: {CODE}")
        floor = run_pass("floor", corpus, tmp / "floor.db", 1, floor=True)
        show(floor)
        full = run_pass("extract", corpus, tmp / "extract.db", jobs, floor=False)
        show(full)

    peak = max(full["peak_rss_mb"], full["peak_rss_child_mb"])
    target = TARGET_CHARS_S[args.corpus]
    checks = [
        ("end to end", f"{full['chars_s']:,.0f} chars/s", full["chars_s"] >= target, f">= {target:,}"),
        ("peak RSS per process", f"{peak:,.0f} MB", peak <= TARGET_RSS_MB, f"<= {TARGET_RSS_MB:,} MB"),
        ("storing", f"{full['store_quotes_s']:,.0f} quotes/s",
         full["store_quotes_s"] >= TARGET_STORE_QUOTES_S, f">= {TARGET_STORE_QUOTES_S:,}"),
    ]
    compare_with_release(full, args.corpus, jobs, args.limit)
    print("targets (2 cores):")
    for what, got, ok, target in checks:
        print(f"  {'met ' if ok else 'MISS'} {what}: {got} (target {target})")
    if args.json:
        args.json.write_text(json.dumps({"floor": floor, "extract": full}, indent=2))
    return 0


def compare_with_release(r: dict, corpus: str, jobs: int, limit: int | None,
                         path: Path = ROOT / "bench" / "release.json") -> None:
    """Print the last release's figures for this corpus, --jobs and --limit beside `r`."""
    try:
        release = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    key = f"{corpus} jobs {jobs}" + (f" limit {limit}" if limit else "")
    old = release.get("runs", {}).get(key)
    if not old:
        print(f"last release ({release.get('revision')}): no figures for {key}")
        return
    speeds = old["chars_s"]
    print(f"last release ({release['revision']}, measured {release['date']}, {key}): "
          f"{', '.join(f'{x:,}' for x in speeds)} chars/s, largest process {old['peak_rss_mb']:,} MB; "
          f"this run: {r['chars_s'] / statistics.mean(speeds):.2f} x their mean")
    procs = r.get("processors_s") or {}
    if old.get("parsing") and procs:
        parse = r["stages_s"].get("parse") or sum(procs.values())
        now = {k: v / parse for k, v in procs.items()}
        now["other"] = max(0.0, 1 - sum(now.values()))
        print("         parsing shares then -> now: " + ", ".join(
            f"{k} {old['parsing'].get(k, 0):.0%} -> {now.get(k, 0):.0%}" for k in now))


def default_jobs(files: list[Path]) -> int:
    """What ``quotes extract`` would choose (older code without the choice: 1)."""
    try:
        from quotes.run import default_jobs as choose
    except ImportError:
        return 1
    return choose(files)


def against(rev: str, rounds: int, argv: list[str]) -> int:
    """This benchmark on `rev`'s code and on this code, alternately, `rounds` times each;
    prints each run's figures and the ratio of the medians."""
    argv = _without(argv, "--against", "--rounds", "--json")
    with tempfile.TemporaryDirectory(prefix="quotes-bench-rev-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev],
                       check=True)
        try:
            runs: dict[str, list[dict]] = {rev: [], "this code": []}
            for i in range(rounds):
                for label, code in ((rev, tree), ("this code", CODE)):
                    out = Path(tmp) / f"{i}-{len(runs[label])}-{label.replace(' ', '_')}.json"
                    print(f"--- round {i + 1}: {label} ({code})", flush=True)
                    subprocess.run([sys.executable, __file__, *argv, "--json", str(out)], check=True,
                                   env={**os.environ, "QUOTES_BENCH_CODE": str(code)})
                    runs[label].append(json.loads(out.read_text())["extract"])
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    print(f"=== {rev} against this code, {rounds} round(s) each, alternated")
    med = {}
    for label, rs in runs.items():
        speeds = sorted(r["chars_s"] for r in rs)
        med[label] = statistics.median(speeds)
        rss = max(max(r["peak_rss_mb"], r["peak_rss_child_mb"]) for r in rs)
        print(f"  {label:10s} chars/s {', '.join(f'{x:,.0f}' for x in speeds)}; largest process {rss:,.0f} MB")
    print(f"  this code / {rev}: {med['this code'] / med[rev]:.2f} x (medians)")
    return 0


def _without(argv: list[str], *options: str) -> list[str]:
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a in options:
            skip = True
        elif not any(a.startswith(o + "=") for o in options):
            out.append(a)
    return out


if __name__ == "__main__":
    sys.exit(main())
