"""Rules of `quotes.content`: the content clause a speech verb reports."""
from __future__ import annotations

from quotes import content

from .parses import (
    AERZTE,
    ALLIIERTE,
    HASSEMER,
    HIESS_ES,
    LBM,
    MACHTHABER,
    SCHOIGU,
    SCHROEDER,
)
from .ruletools import parse, sentence, text_of, word


def content_text(conllu: str, verb: str, lemma: str, k: int = 0) -> str:
    parsed = parse(conllu)
    sent = parsed.sentences[k]
    idx = content.verb_content(sent, word(sent, verb), lemma, [])
    return text_of(parsed, sent, idx) if idx else ""


def test_content_verb_content_v2_clause_after_comma():
    """content.verb_content: "teilte gestern mit, drei Flugzeuge … seien … gelandet" -- the V2 clause is the content."""
    assert content_text(AERZTE, "teilte", "mitteilen") == \
        "drei Flugzeuge der Hilfsorganisation seien gestern in Rangun mit 110 Tonnen Hilfsgütern gelandet"


def test_content_dependent_clause_v2_ccomp():
    """content.dependent_clause: "teilte gestern mit, drei Flugzeuge … seien … gelandet" -- the ccomp after the comma."""
    parsed = parse(AERZTE)
    sent = parsed.sentences[0]
    idx = content.dependent_clause(sent, word(sent, "teilte"), [])
    assert text_of(parsed, sent, idx).startswith("drei Flugzeuge der Hilfsorganisation seien")


def test_content_verb_content_dass_clause_from_word_order():
    """content.verb_content (word order): "teilte … in Koblenz mit, dass Ertel …" -- the parser hung the clause on "Koblenz"."""
    assert content_text(LBM, "teilte", "mitteilen") == "Ertel sich das Leben genommen habe"


def test_content_dependent_clause_nested_dass_stays_inside():
    """content.dependent_clause: "Schröder sagte, er werde dafür sorgen, dass …" -- the whole reported clause."""
    assert content_text(SCHROEDER, "sagte", "sagen") == \
        "er werde dafür sorgen, dass es in den nächsten vier Jahren eine Regierung unter seiner Führung geben wird"


def test_content_verb_content_clause_before_inverted_cue():
    """content.verb_content: "Ein Raketensystem … sei … übergeben worden, sagte X" -- the clause before the comma."""
    assert content_text(SCHOIGU, "sagte", "sagen") == \
        "Ein Raketensystem vom Typ Iskander-M sei an die belarussischen Streitkräfte übergeben worden"


def test_content_governing_clause_of_wie_cue():
    """content.is_wie + governing_clause: "Wie Putin … ankündigte, wird Russland … liefern" -- the main clause is what he announced."""
    parsed = parse(MACHTHABER)
    sent = parsed.sentences[0]
    v = word(sent, "ankündigte")
    assert content.is_wie(sent, v)
    found = text_of(parsed, sent, content.governing_clause(sent, v))
    assert found.startswith('wird Russland "in den kommenden Monaten" das Raketensystem Iskander-M an Belarus liefern')
    assert found.endswith("bestückt werden kann")


def test_content_is_wie_not_for_plain_cue():
    """content.is_wie: "Schröder sagte, …" has no "wie"."""
    sent = sentence(SCHROEDER)
    assert not content.is_wie(sent, word(sent, "sagte"))


def test_content_linear_content_before_hiess_es():
    """content.linear_content: "<clause>, hieß es." -- everything before the comma."""
    parsed = parse(HIESS_ES)
    sent = parsed.sentences[0]
    idx = content.linear_content(sent, word(sent, "hieß"))
    assert text_of(parsed, sent, idx) == \
        "Es gebe noch Hohlräume, zu denen die Helfer wegen der Einsturzgefahr nicht vordringen konnten"


def test_content_bad_start_weil_clause():
    """content.bad_start: a clause opening with "weil" is a reason, not content; a V2 clause is fine."""
    sent = sentence(ALLIIERTE)
    weil = word(sent, "weil").i
    assert content.bad_start(sent, list(range(weil, len(sent.words) - 1)))
    sent = sentence(AERZTE)
    assert not content.bad_start(sent, list(range(word(sent, "drei").i, len(sent.words) - 1)))


def test_content_verb_content_think_verb_dass():
    """content.verb_content: "glaubt, dass ein weiteres Verbotsfahren möglich sei" -- the belief."""
    assert content_text(HASSEMER, "glaubt", "glauben") == "ein weiteres Verbotsfahren möglich sei"
