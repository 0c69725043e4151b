"""Turn a Wikinews quotation split (``../shared/data/wikinews/train``) into the scorer's
gold format, so the rules can be studied on *train* without looking at the dev set.

    python scripts/wikinews_gold.py ../shared/data/wikinews/train OUT_DIR
    python ../shared/eval/score.py --texts OUT_DIR/texts --gold OUT_DIR/gold.jsonl \\
        --pred preds.jsonl

The mapping follows ../shared/eval/README.md: Direct -> direct (outer marks trimmed);
Indirect and IndirectFreeIndirect -> indirect, or mixed when a Direct quote is nested in
it (the nested one becomes an ignore region); FreeIndirect and Reported -> ignore.
`score.py` takes no ignore file on the command line; to score as on wikinews-dev (ignore
regions, and the ``reported`` block against Reported + FreeIndirect), register OUT_DIR in
its ``DATASETS`` from a wrapper.  Each record keeps the corpus' type (``attrs``) and
``medium`` for that.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

MARKS = "„“”\"»«‚‘’›‹'"


def spans_of(part: dict) -> list[list[int]]:
    return [[s["charBegin"], s["charEnd"]] for s in part.get("spans", [])]


def convert(src: Path, out: Path) -> None:
    (out / "texts").mkdir(parents=True, exist_ok=True)
    gold, ignore = [], []
    for f in sorted(src.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        text, art = d["originalText"], f.stem
        (out / "texts" / f"{art}.txt").write_text(text, encoding="utf-8")
        anns = d["annotations"]
        for a in anns:
            spans = spans_of(a["quote"])
            if not spans:
                continue
            t = a["type"]
            rec = {"article": art, "spans": spans, "speaker": a["speaker"]["text"] or None,
                   "speaker_spans": spans_of(a["speaker"]), "cue": a["cue"]["text"] or None,
                   "cue_spans": spans_of(a["cue"]), "medium": a.get("medium"),
                   "attrs": [t] + (["nested"] if a.get("isNested") else [])}
            if t == "Direct":
                if a.get("isNested"):
                    ignore.append({**rec, "_ignore": True, "kind": "direct"})
                    continue
                s, e = spans[0][0], spans[-1][1]
                while s < e and text[s] in MARKS + " ":
                    s += 1
                while e > s and text[e - 1] in MARKS + " ":
                    e -= 1
                rec["spans"] = [[s, e]]
                gold.append({**rec, "kind": "direct"})
            elif t in ("Indirect", "IndirectFreeIndirect"):
                gold.append({**rec, "kind": "mixed" if a.get("hasNested") else "indirect"})
            else:
                ignore.append({**rec, "_ignore": True, "kind": "indirect"})
    with (out / "gold.jsonl").open("w", encoding="utf-8") as g:
        for r in gold:
            g.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out / "ignore.jsonl").open("w", encoding="utf-8") as g:
        for r in ignore:
            g.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(gold)} gold quotes, {len(ignore)} ignore regions", file=sys.stderr)


if __name__ == "__main__":
    convert(Path(sys.argv[1]), Path(sys.argv[2]))
