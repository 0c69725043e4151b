"""The SpkAtt converter (scripts/spkatt_gold.py) on a real Bundestag speech of ../shared."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPKATT = ROOT.parent / "shared" / "data" / "spkatt-train"
sys.path.insert(0, str(ROOT / "scripts"))


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    speech = SPKATT / "19002_Zusatzpunkt_3_CDUCSU_Jung_ID19209800_21.11.2017.json"
    if not speech.exists():
        pytest.skip("../shared/data/spkatt-train not present")
    import spkatt_gold
    src = tmp_path_factory.mktemp("src")
    (src / speech.name).write_text(speech.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    spkatt_gold.convert(src, out)
    text = (out / "texts" / f"{speech.stem}.txt").read_text(encoding="utf-8")
    return json.loads(speech.read_text(encoding="utf-8")), text, [
        json.loads(line) for line in (out / "gold.jsonl").read_text(encoding="utf-8").splitlines()]


def test_every_message_becomes_a_gold_quote_over_its_own_tokens(converted):
    speech, text, gold = converted
    with_message = [a for a in speech["Annotations"] if a["Message"]]
    assert len(gold) == len(with_message)
    tokens = {f"{s['SentenceId']}:{k}": t for s in speech["Sentences"] for k, t in enumerate(s["Tokens"])}
    for rec, ann in zip(gold, with_message):
        assert " ".join(text[s:e] for s, e in rec["spans"]).split() == [tokens[t] for t in ann["Message"]]
        assert rec["text"] == text[rec["start"]:rec["end"]]


def test_the_speaker_is_the_source_tokens(converted):
    _, text, gold = converted
    # "Sie hat dort den Klimawandel als eine zentrale Herausforderung … bezeichnet": source "Sie"
    rec = next(r for r in gold if r["text"] == "als eine zentrale Herausforderung für die Menschheit")
    assert rec["speaker"] == "Sie" and text[slice(*rec["speaker_spans"][0])] == "Sie"
