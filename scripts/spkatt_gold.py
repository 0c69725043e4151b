"""Turn the SpkAtt-2023 training speeches (``../shared/data/spkatt-train``: Bundestag
speeches with speaker, cue and message annotations) into the scorer's gold format, so the
rules can be checked on parliamentary speech, a kind of German text the Wikinews corpus
lacks.

    python scripts/spkatt_gold.py ../shared/data/spkatt-train OUT_DIR
    quotes extract --jsonl OUT_DIR/texts/*.txt > preds.jsonl
    python ../shared/eval/score.py --texts OUT_DIR/texts --gold OUT_DIR/gold.jsonl \\
        --pred preds.jsonl

Each speech becomes one text, one sentence per line, tokens joined by spaces (the corpus
gives tokens, not the original spacing). Every annotation with a message is a gold quote
whose kind matches any kind (``kind_source: heuristic``): SpkAtt does not tell direct from
indirect. Its span runs over the message tokens (several spans if they are apart), its
speaker spans over the source tokens. SpkAtt annotates more than ``ANNOTATION.md`` counts
as a quote (what the speaker knows, sees or asks; one-word messages such as "das"), so
recall here is far below that on news; a message of four tokens or more gets the attribute
``clausal``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _runs(offsets: list[tuple[int, int]]) -> list[list[int]]:
    """Character spans of token offsets, tokens one space apart joined into one span."""
    spans: list[list[int]] = []
    for s, e in sorted(offsets):
        if spans and s - spans[-1][1] <= 1:
            spans[-1][1] = e
        else:
            spans.append([s, e])
    return spans


def convert(src: Path, out: Path) -> int:
    """Write OUT/texts/*.txt and OUT/gold.jsonl; return the number of gold quotes."""
    (out / "texts").mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out / "gold.jsonl", "w", encoding="utf-8") as gold:
        for f in sorted(src.glob("*.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            lines, offsets, pos = [], {}, 0
            for sent in d["Sentences"]:
                toks = []
                for k, tok in enumerate(sent["Tokens"]):
                    start = pos + sum(len(t) + 1 for t in toks)
                    offsets[f"{sent['SentenceId']}:{k}"] = (start, start + len(tok))
                    toks.append(tok)
                line = " ".join(toks)
                lines.append(line)
                pos += len(line) + 1
            text = "\n".join(lines) + "\n"
            (out / "texts" / f"{f.stem}.txt").write_text(text, encoding="utf-8")
            for ann in d["Annotations"]:
                msg = _runs([offsets[t] for t in ann["Message"] if t in offsets])
                if not msg:
                    continue
                src_spans = _runs([offsets[t] for t in ann["Source"] if t in offsets])
                rec = {"article": f.stem, "kind": "indirect", "kind_source": "heuristic",
                       "spans": msg, "start": msg[0][0], "end": msg[-1][1],
                       "text": text[msg[0][0]:msg[-1][1]],
                       "speaker": " ".join(text[s:e] for s, e in src_spans) or None,
                       "speaker_spans": src_spans,
                       "attrs": ["clausal"] if len(ann["Message"]) >= 4 else []}
                gold.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python scripts/spkatt_gold.py SPKATT_DIR OUT_DIR")
    print(convert(Path(sys.argv[1]), Path(sys.argv[2])), "gold quotes")
