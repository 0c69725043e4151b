"""quotes.interviews: answers of an interview are direct quotes, questions are none.
The text (tests/data/interview_pau.txt) is an excerpt of a real interview of the Wikinews
train split ("Petra Pau: Schäuble ist „eifrigster Kämpfer gegen die Verfassung“",
2007-04-03); finding the turns needs no parse."""
from __future__ import annotations

from pathlib import Path

from quotes import interviews
from quotes.nlp import split_paragraphs

PAU = (Path(__file__).parents[1] / "data" / "interview_pau.txt").read_text(encoding="utf-8")


def test_interviews_labels_that_recur_make_turns_each_running_to_the_next_label():
    """interviews.interview_turns: "''Pau'': …" and "''Wikinews'': …" recur; an answer goes on
    in the next paragraph ("Hinzu kommt: …" is no label, it occurs once)."""
    found = interviews.interview_turns(PAU, split_paragraphs(PAU))
    assert [t.label for t in found] == ["Pau", "Wikinews", "Pau", "Wikinews", "Pau"]
    first = PAU[found[0].start:found[0].end]
    assert first.startswith("Ihren Detailfragen") and "Hinzu kommt: Etliches" in first


def test_interviews_the_interviewer_is_who_asks():
    """interviews.asks: the outlet's turns end with question marks, the politician's do not."""
    found = interviews.interview_turns(PAU, split_paragraphs(PAU))
    by = {label: [t for t in found if t.label == label] for label in ("Pau", "Wikinews")}
    assert interviews.asks(PAU, by["Wikinews"]) and not interviews.asks(PAU, by["Pau"])


def test_interviews_one_label_or_a_dateline_makes_no_interview():
    """interviews.interview_turns: a text with "Hinzu kommt:" once and no recurring label is no interview."""
    text = PAU.split("''Wikinews''")[0]
    assert interviews.interview_turns(text, split_paragraphs(text)) == []
