#!/usr/bin/env python3
"""Precision and recall of statement grouping (quotes.statements) on a test set built
from real quotes: the quotations annotated in the Wikinews articles of
``../shared/data/wikinews/train``.

    python bench/statements_eval.py                  # 300 statements, seed 1
    python bench/statements_eval.py --groups 600 --seed 2 --show 10

Each picked quote (at least 8 words) becomes a statement carried by several "articles",
each with one wording: the quote copied; cut (a run of 50-90 % of its words, at least
5); re-punctuated (other quotation marks, dashes for commas, no final stop, other case);
one word changed (a word of 4+ letters replaced by another word of the corpus); cut and
re-punctuated. Some variants lose their speaker (an outlet that did not name them).
Against them stand the hard negatives: *other* quotes of the same speaker that share
words with the picked one (each its own statement; not a quote nested in the other,
which Wikinews annotates twice: a mixed quote and the direct one inside it). Everything is stored through the
real `store.Writer` in a random order, and pairs are scored: two wordings in one
predicted statement are a true pair if they are variants of one quote.
Prints the set's size, pairwise precision, recall and F1, against the target (>= 0.95
each), and with --show some of the errors.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.records import Article, Quote  # noqa: E402
from quotes.store import Writer, open_db  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "wikinews" / "train"
TARGET = 0.95
_WORD = re.compile(r"\w+")


def gold_quotes(folder: Path) -> list[tuple[str, str]]:
    """(quote text, speaker text) of every annotated quotation with a speaker."""
    out = []
    for f in sorted(folder.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        text = d["originalText"]
        for a in d["annotations"]:
            spans = a["quote"].get("spans", [])
            speaker = (a.get("speaker") or {}).get("text") or ""
            if not spans or not speaker.strip():
                continue
            q = " ".join(text[s["charBegin"]:s["charEnd"]] for s in spans).strip(" „“”\"»«")
            out.append((q, speaker.strip()))
    return out


def norm(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def cut(rng: random.Random, text: str) -> str:
    """A contiguous run of 50-90 % of the words (at least 5), as a paper quotes part."""
    toks = text.split()
    n = max(5, int(len(toks) * rng.uniform(0.5, 0.9)))
    start = rng.randrange(0, len(toks) - n + 1)
    return " ".join(toks[start:start + n])


def repunctuate(rng: random.Random, text: str) -> str:
    t = text.replace(",", rng.choice([" –", ";", ""]))
    t = t.rstrip(".!?") if rng.random() < 0.7 else t + "."
    t = t.replace("„", "»").replace("“", "«").replace('"', "'")
    if t[:1].isalpha():
        t = (t[0].lower() if t[0].isupper() else t[0].upper()) + t[1:]
    return "… " + t if rng.random() < 0.3 else t


def change_word(rng: random.Random, text: str, vocab: list[str]) -> str:
    toks = text.split()
    spots = [i for i, t in enumerate(toks) if len(t.strip(".,;:!?")) >= 4]
    i = rng.choice(spots)
    toks[i] = rng.choice(vocab)
    return " ".join(toks)


def build(rng: random.Random, quotes: list[tuple[str, str]], n_groups: int) -> list[tuple[int, str, str | None]]:
    """(true group, wording, speaker or None) of the test set."""
    by_speaker: dict[str, list[str]] = defaultdict(list)
    seen = set()
    for q, sp in quotes:
        if norm(q) and norm(q) not in seen:
            seen.add(norm(q))
            by_speaker[sp].append(q)
    vocab = sorted({w for q, _ in quotes for w in q.split() if w.isalpha() and len(w) >= 4})
    picks = [(q, sp) for sp, qs in by_speaker.items() for q in qs if len(q.split()) >= 8]
    rng.shuffle(picks)
    items, group, picked, used = [], 0, 0, set()
    for q, sp in picks:
        if picked >= n_groups:
            break
        if q in used:
            continue
        used.add(q)
        variants = [q, q, cut(rng, q), repunctuate(rng, q), change_word(rng, q, vocab),
                    repunctuate(rng, cut(rng, q))]
        for v in variants:
            items.append((group, v, sp if rng.random() < 0.8 else None))
        group += 1
        picked += 1
        # hard negatives: other quotes of this speaker sharing words with this one
        words = {w for w in norm(q) if len(w) >= 4}
        others = [o for o in by_speaker[sp] if o not in used and len(words & set(norm(o))) >= 2
                  and not _nested(q, o)]
        for o in others[:5]:
            used.add(o)
            items.append((group, o, sp))
            group += 1
    return items


def _nested(a: str, b: str) -> bool:
    """One quote inside the other: in Wikinews a mixed quote and the direct quote nested
    in it are annotated as two quotations, but they are one statement."""
    x, y = " ".join(norm(a)), " ".join(norm(b))
    return x in y or y in x


def evaluate(items: list[tuple[int, str, str | None]], rng: random.Random, db_path: Path) -> dict:
    order = list(range(len(items)))
    rng.shuffle(order)
    publishers = ["dpa", "AFP", "Reuters", "tagesschau.de", "Spiegel Online", "Zeit Online", "taz"]
    db = open_db(db_path)
    with Writer(db) as writer:
        for n, i in enumerate(order):
            _, text, speaker = items[i]
            art = Article(id=f"item-{i}", text=text, title=f"Artikel {i}",
                          publisher=rng.choice(publishers),
                          date=f"2024-{1 + n * 12 // len(order):02d}-{1 + n % 28:02d}")
            writer.save(art, [Quote(article=art.id, kind="direct", text=text, start=0,
                                    end=len(text), speaker=speaker,
                                    speaker_mention=speaker)])
    predicted = {int(aid.split("-")[1]): sid for aid, sid in
                 db.execute("SELECT article_id, statement_id FROM quotes")}
    n_statements = db.execute("SELECT count(*) FROM statements").fetchone()[0]
    db.close()
    tp = fp = fn = 0
    errors = []
    for i, j in combinations(range(len(items)), 2):
        same_true = items[i][0] == items[j][0]
        same_pred = predicted[i] == predicted[j]
        if same_true and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            errors.append(("FP", items[i], items[j]))
        elif same_true:
            fn += 1
            errors.append(("FN", items[i], items[j]))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn, "statements": n_statements, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="Wikinews folder (default: train)")
    ap.add_argument("--groups", type=int, default=300, help="quotes to make variants of")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print this many errors")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        raise SystemExit(f"error: no Wikinews folder at {args.data}")
    rng = random.Random(args.seed)
    items = build(rng, gold_quotes(args.data), args.groups)
    with tempfile.TemporaryDirectory(prefix="quotes-statements-") as tmp:
        r = evaluate(items, rng, Path(tmp) / "eval.db")
    n_groups = len({g for g, _, _ in items})
    n_variant_groups = len({g for g, _, _ in items if sum(1 for h, _, _ in items if h == g) > 1})
    print(f"test set: {len(items):,} wordings; {n_variant_groups} quotes with 6 wordings each "
          f"(copy x2, cut, re-punctuated, one word changed, cut and re-punctuated), "
          f"{n_groups - n_variant_groups} other quotes of the same speakers sharing words; "
          f"{r['tp'] + r['fn']:,} true pairs")
    print(f"grouped into {r['statements']:,} statements: precision {r['precision']:.3f} "
          f"({r['fp']} false pairs), recall {r['recall']:.3f} ({r['fn']} missed pairs), "
          f"F1 {r['f1']:.3f}")
    ok = r["precision"] >= TARGET and r["recall"] >= TARGET
    print(f"  {'met ' if ok else 'MISS'} target: precision and recall >= {TARGET}")
    for kind, a, b in r["errors"][:args.show]:
        print(f"{kind}: [{a[0]}] {a[1]!r} ({a[2]})\n    [{b[0]}] {b[1]!r} ({b[2]})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
