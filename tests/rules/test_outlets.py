"""Rules of `quotes.outlets`: the outlet that carried a statement, and its type."""
from __future__ import annotations

from quotes import outlets

from .parses import AERZTE, BELTA, JELPKE, STAATSFERNSEHEN
from .ruletools import parse, word

# Wikinews train, 50033 - Italienische Polizei führte Schlag gegen die ’Ndrangheta (2008-05-09)
FT = """\
# newpar
# text = „In 20 Jahren werden sie in Oslo sein“, sagte er in einem Interview mit der Financial Times.
1	„	„	PUNCT	$(	_	5	punct	_	start_char=0|end_char=1
2	In	in	ADP	APPR	_	4	case	_	start_char=1|end_char=3
3	20	20	NUM	CARD	NumType=Card	4	nummod	_	start_char=4|end_char=6
4	Jahren	Jahr	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	12	obl	_	start_char=7|end_char=13
5	werden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	12	ccomp	_	start_char=14|end_char=20
6	sie	sie	PRON	PPER	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	5	nsubj	_	start_char=21|end_char=24
7	in	in	ADP	APPR	_	8	case	_	start_char=25|end_char=27
8	Oslo	Oslo	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	5	obl	_	start_char=28|end_char=32
9	sein	sein	AUX	VAINF	VerbForm=Inf	5	aux	_	start_char=33|end_char=37
10	“	“	PUNCT	$(	_	5	punct	_	start_char=37|end_char=38
11	,	,	PUNCT	$,	_	5	punct	_	start_char=38|end_char=39
12	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=40|end_char=45
13	er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	12	nsubj	_	start_char=46|end_char=48
14	in	in	ADP	APPR	_	16	case	_	start_char=49|end_char=51
15	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	16	det	_	start_char=52|end_char=57
16	Interview	Interview	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	12	obl	_	start_char=58|end_char=67
17	mit	mit	ADP	APPR	_	19	case	_	start_char=68|end_char=71
18	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	19	det	_	start_char=72|end_char=75
19	Financial	Financial	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	16	nmod	_	start_char=76|end_char=85
20	Times	Times	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	19	flat	_	start_char=86|end_char=91
21	.	.	PUNCT	$.	_	12	punct	_	start_char=91|end_char=92
"""


def span(sent, first: str, last: str) -> list[int]:
    return list(range(word(sent, first).i, word(sent, last).i + 1))


def test_outlets_outlet_in_multiword_name():
    """outlets.outlet_in: "gegenüber Spiegel Online" -> "Spiegel Online"."""
    sent = parse(JELPKE).sentences[0]
    assert outlets.outlet_in(sent, span(sent, "gegenüber", "Online")) == "Spiegel Online"


def test_outlets_outlet_in_generic_noun_in_nominative():
    """outlets.outlet_in: "des russischen Staatsfernsehens" -> "russisches Staatsfernsehen"."""
    sent = parse(STAATSFERNSEHEN).sentences[1]
    assert outlets.outlet_in(sent, span(sent, "des", "Staatsfernsehens")) == "russisches Staatsfernsehen"


def test_outlets_outlet_in_name_wins_over_its_last_word():
    """outlets.outlet_in: "der Financial Times" -> "Financial Times", not "Times"."""
    sent = parse(FT).sentences[0]
    assert outlets.outlet_in(sent, span(sent, "der", "Times")) == "Financial Times"


def test_outlets_is_outlet_agency_not_aid_organisation():
    """outlets.is_outlet: "die staatliche Nachrichtenagentur BelTA" is a medium; "Ärzte ohne Grenzen" is not."""
    sent = parse(BELTA).sentences[1]
    assert outlets.is_outlet(sent, span(sent, "die", "BelTA"))
    sent = parse(AERZTE).sentences[0]
    assert not outlets.is_outlet(sent, span(sent, "Ärzte", "Grenzen"))


def test_outlets_outlet_type_known_and_guessed():
    """outlets.outlet_type: BelTA is an agency (outlets.tsv); "Nachrichtenagentur Mehr" one by its word; a town is none."""
    assert outlets.outlet_type("BelTA") == "agency"
    assert outlets.outlet_type("Nachrichtenagentur Mehr") == "agency"
    assert outlets.outlet_type("Koblenz") is None
