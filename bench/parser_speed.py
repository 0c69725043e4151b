"""Words per second of the full shipped Stanza pipeline on German news text.

    python bench/parser_speed.py [--limit N] [--threads 2] [--stanza]

Parses the Wikinews article texts in ../shared/data/wikinews/dev (German news) with
tokenize, mwt, pos, lemma and depparse, after one warm-up article, and prints the load
time, words, seconds and words/s.  ``--stanza`` parses with Stanza's own inference code
instead of `quotes.speedups` (the same parses, for comparing speed).  Run it on an
otherwise idle machine.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=60, help="articles to parse (default 60)")
    ap.add_argument("--threads", type=int, default=2, help="torch threads (default 2)")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "wikinews" / "dev"))
    ap.add_argument("--stanza", action="store_true", help="without quotes.speedups")
    args = ap.parse_args()

    import torch

    torch.set_num_threads(args.threads)
    from quotes.nlp import load_pipeline

    texts = [json.load(open(f, encoding="utf-8"))["originalText"]
             for f in sorted(glob.glob(os.path.join(args.data, "*.json")))][: args.limit + 1]
    if not texts:
        sys.exit(f"error: no Wikinews articles in {args.data}")
    t0 = time.perf_counter()
    nlp = load_pipeline()
    load = time.perf_counter() - t0
    if args.stanza:
        from quotes import speedups

        speedups.uninstall()
    nlp(texts[0])  # warm-up
    words = chars = 0
    t0 = time.perf_counter()
    for text in texts[1:]:
        doc = nlp(text)
        words += sum(len(s.words) for s in doc.sentences)
        chars += len(text)
    secs = time.perf_counter() - t0
    print(f"load {load:.1f} s; {len(texts) - 1} articles, {words} words, {chars} chars in {secs:.1f} s")
    print(f"full pipeline: {words / secs:,.0f} words/s, {chars / secs:,.0f} chars/s "
          f"on {args.threads} threads" + (" (Stanza's own inference code)" if args.stanza else ""))


if __name__ == "__main__":
    main()
