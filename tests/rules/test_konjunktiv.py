"""Rules of `quotes.konjunktiv`: the verb mood that marks reported speech."""
from __future__ import annotations

from quotes import konjunktiv

from .parses import ALLIIERTE, LAUT_BKA, PESKOW_PARA, SCHOIGU, SCHOIGU_PARA, SCHROEDER
from .ruletools import parse, sentence, word

# seeds/004_1b5946d984acc9ae.txt
PUTIN_DASS = """\
# newpar
# text = Putin sagte, dass der Bau von Lagern für taktische Atomwaffen in Belarus bis zum 1. Juli abgeschlossen sein würde.
1	Putin	Putin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=0|end_char=5
2	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=6|end_char=11
3	,	,	PUNCT	$,	_	19	punct	_	start_char=11|end_char=12
4	dass	dass	SCONJ	KOUS	_	19	mark	_	start_char=13|end_char=17
5	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	6	det	_	start_char=18|end_char=21
6	Bau	Bau	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	19	nsubj:pass	_	start_char=22|end_char=25
7	von	von	ADP	APPR	_	8	case	_	start_char=26|end_char=29
8	Lagern	Lager	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	6	nmod	_	start_char=30|end_char=36
9	für	für	ADP	APPR	_	11	case	_	start_char=37|end_char=40
10	taktische	taktisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	11	amod	_	start_char=41|end_char=50
11	Atomwaffen	Atomwaffe	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	6	nmod	_	start_char=51|end_char=61
12	in	in	ADP	APPR	_	13	case	_	start_char=62|end_char=64
13	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	11	nmod	_	start_char=65|end_char=72
14	bis	bis	ADP	APPR	_	18	case	_	start_char=73|end_char=76
15	zu	zu	ADP	APPR	_	18	case	_	start_char=77|end_char=80
16	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	18	det	_	start_char=77|end_char=80
17	1.	1.	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	18	amod	_	start_char=81|end_char=83
18	Juli	Juli	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	19	obl	_	start_char=84|end_char=88
19	abgeschlossen	abschließen	VERB	VVPP	VerbForm=Part	2	ccomp	_	start_char=89|end_char=102
20	sein	sein	AUX	VAINF	VerbForm=Inf	19	aux:pass	_	start_char=103|end_char=107
21	würde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	19	aux	_	start_char=108|end_char=113
22	.	.	PUNCT	$.	_	2	punct	_	start_char=113|end_char=114
"""


def test_konjunktiv_konj1_sei():
    """konjunktiv.konj1: "sei … übergeben worden" is Konjunktiv I; "sagte" is indicative."""
    sent = sentence(SCHOIGU)
    assert konjunktiv.subjunctive(word(sent, "sei")) and konjunktiv.konj1(word(sent, "sei"))
    assert not konjunktiv.subjunctive(word(sent, "sagte"))


def test_konjunktiv_haetten_is_konj2_not_konj1():
    """konjunktiv.subjunctive / konj1: "hätten … begonnen" is Konjunktiv II, not I."""
    sent = parse(SCHOIGU_PARA).sentences[3]
    assert konjunktiv.subjunctive(word(sent, "hätten"))
    assert not konjunktiv.konj1(word(sent, "hätten"))


def test_konjunktiv_main_clause_verbs_finite_auxiliary():
    """konjunktiv.main_clause_verbs: "Am Montag hätten die Soldaten … begonnen" -- the finite "hätten"."""
    sent = parse(SCHOIGU_PARA).sentences[3]
    assert [w.text for w in konjunktiv.main_clause_verbs(sent)] == ["hätten"]


def test_konjunktiv_continuation_konj2():
    """konjunktiv.continuation: "Am Montag hätten die belarussischen Soldaten … begonnen." -> konj2."""
    assert konjunktiv.continuation(parse(SCHOIGU_PARA).sentences[3]) == "konj2"


def test_konjunktiv_continuation_konj1_muesse():
    """konjunktiv.continuation: "Jedes Mal, wenn …, müsse Moskau etwas unternehmen" -> konj1."""
    assert konjunktiv.continuation(parse(PESKOW_PARA).sentences[2]) == "konj1"


def test_konjunktiv_continuation_indicative_is_none():
    """konjunktiv.continuation: "Putin hatte die Stationierung … angekündigt." -> None."""
    assert konjunktiv.continuation(parse(SCHOIGU_PARA).sentences[0]) is None


def test_konjunktiv_clause_mood_of_content():
    """konjunktiv.clause_mood: "sei … übergeben worden" konj1, "abgeschlossen sein würde" konj2, "liegen … vor" ind."""
    sent = sentence(SCHOIGU)
    assert konjunktiv.clause_mood(sent, list(range(word(sent, ",").i))) == "konj1"
    sent = sentence(PUTIN_DASS)
    assert konjunktiv.clause_mood(sent, list(range(word(sent, "der").i, len(sent.words) - 1))) == "konj2"
    sent = sentence(LAUT_BKA)
    assert konjunktiv.clause_mood(sent, list(range(word(sent, "liegen").i, len(sent.words) - 1))) == "ind"


def test_konjunktiv_clause_mood_werde_in_reported_clause():
    """konjunktiv.clause_mood: "er werde dafür sorgen, dass … geben wird" -- the reported clause is konj1 (its main verb)."""
    sent = sentence(SCHROEDER)
    assert konjunktiv.clause_mood(sent, list(range(word(sent, "er").i, len(sent.words) - 1))) == "konj1"


def test_konjunktiv_konj1_clauses_weil_habe():
    """konjunktiv.konj1_clauses: "Einspruch erhoben, weil Berlin einen Sonderstatus habe und nicht … dürfe" -- the weil-clause."""
    parsed = parse(ALLIIERTE)
    sent = parsed.sentences[0]
    found = konjunktiv.konj1_clauses(sent)
    assert len(found) == 1
    idx = found[0]
    assert parsed.text[sent.words[idx[0]].start:sent.words[idx[-1]].end] == \
        "weil Berlin einen Sonderstatus habe und nicht vom Bund regiert werden dürfe"
