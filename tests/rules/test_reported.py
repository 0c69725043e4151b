"""quotes.reported: speech acts without a content clause, and reportive "sollen" (kind
`reported`).  Real sentences of the Wikinews train split, parsed by the shipped models."""
from __future__ import annotations

from quotes.extract import find_quotes

from .ruletools import parse

CDU = """\
# newpar
# text = Die CDU hatte zu dem Thema Aufklärung gefordert.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	CDU	CDU	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	8	nsubj	_	start_char=4|end_char=7
3	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	8	aux	_	start_char=8|end_char=13
4	zu	zu	ADP	APPR	_	6	case	_	start_char=14|end_char=16
5	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	6	det	_	start_char=17|end_char=20
6	Thema	Thema	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	8	obl	_	start_char=21|end_char=26
7	Aufklärung	Aufklärung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	8	obj	_	start_char=27|end_char=37
8	gefordert	fordern	VERB	VVPP	VerbForm=Part	0	root	_	start_char=38|end_char=47
9	.	.	PUNCT	$.	_	8	punct	_	start_char=47|end_char=48
"""

VIETNAM = """\
# newpar
# text = In Vietnam forderte die Naturkatastrophe 92 Menschenleben.
1	In	in	ADP	APPR	_	2	case	_	start_char=0|end_char=2
2	Vietnam	Vietnam	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	3	obl	_	start_char=3|end_char=10
3	forderte	fordern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=11|end_char=19
4	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	5	det	_	start_char=20|end_char=23
5	Naturkatastrophe	Naturkatastrophe	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	3	nsubj	_	start_char=24|end_char=40
6	92	92	NUM	CARD	NumType=Card	7	nummod	_	start_char=41|end_char=43
7	Menschenleben	Menschenleben	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	3	obj	_	start_char=44|end_char=57
8	.	.	PUNCT	$.	_	3	punct	_	start_char=57|end_char=58
"""

KLUNCKER = """\
# newpar
# text = Bereits während seiner Amtszeit warnte Kluncker vor den „Lohnverzichtstheorien”.
1	Bereits	bereits	ADV	ADV	_	4	advmod	_	start_char=0|end_char=7
2	während	während	ADP	APPR	_	4	case	_	start_char=8|end_char=15
3	seiner	sein	DET	PPOSAT	Case=Gen|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	4	det:poss	_	start_char=16|end_char=22
4	Amtszeit	Amtszeit	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	5	obl	_	start_char=23|end_char=31
5	warnte	warnen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=32|end_char=38
6	Kluncker	Kluncker	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	nsubj	_	start_char=39|end_char=47
7	vor	vor	ADP	APPR	_	10	case	_	start_char=48|end_char=51
8	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	10	det	_	start_char=52|end_char=55
9	„	„	PUNCT	$(	_	10	punct	_	start_char=56|end_char=57
10	Lohnverzichtstheorien	Lohnverzichtstheorien	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	5	obl	_	start_char=57|end_char=78
11	”	»	PUNCT	$(	_	10	punct	_	start_char=78|end_char=79
12	.	.	PUNCT	$.	_	5	punct	_	start_char=79|end_char=80
"""

BAMBUS = """\
# newpar
# text = Polizeikräfte gingen gewaltsam mit Schlagstöcken aus Bambus gegen die Demonstranten vor.
1	Polizeikräfte	Polizeikraft	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	2	nsubj	_	start_char=0|end_char=13
2	gingen	gehen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=14|end_char=20
3	gewaltsam	waltsam	VERB	VVPP	_	2	xcomp	_	start_char=21|end_char=30
4	mit	mit	ADP	APPR	_	5	case	_	start_char=31|end_char=34
5	Schlagstöcken	Schlagstock	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	3	obl	_	start_char=35|end_char=48
6	aus	aus	ADP	APPR	_	7	case	_	start_char=49|end_char=52
7	Bambus	Bambus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	5	nmod	_	start_char=53|end_char=59
8	gegen	gegen	ADP	APPR	_	10	case	_	start_char=60|end_char=65
9	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	10	det	_	start_char=66|end_char=69
10	Demonstranten	Demonstrant	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	7	nmod	_	start_char=70|end_char=83
11	vor	vor	ADP	PTKVZ	_	2	compound:prt	_	start_char=84|end_char=87
12	.	.	PUNCT	$.	_	2	punct	_	start_char=87|end_char=88

# text = Etwa 30 Menschen sollen dabei verletzt worden sein.
1	Etwa	etwa	ADV	ADV	_	2	advmod	_	start_char=0|end_char=4
2	30	30	NUM	CARD	NumType=Card	3	nummod	_	start_char=5|end_char=7
3	Menschen	Mensch	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	6	nsubj:pass	_	start_char=8|end_char=16
4	sollen	sollen	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	6	aux	_	start_char=17|end_char=23
5	dabei	dabei	ADV	PROAV	PronType=Dem	6	advmod	_	start_char=24|end_char=29
6	verletzt	verletzen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=30|end_char=38
7	worden	werden	AUX	VAPP	_	6	aux:pass	_	start_char=39|end_char=45
8	sein	sein	AUX	VAINF	VerbForm=Inf	6	aux	_	start_char=46|end_char=50
9	.	.	PUNCT	$.	_	6	punct	_	start_char=50|end_char=51
"""

MAGDEBURG = """\
# newpar
# text = In Magdeburg soll es heute am Westfriedhof eine Menschenkette geben.
1	In	in	ADP	APPR	_	2	case	_	start_char=0|end_char=2
2	Magdeburg	Magdeburg	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	10	obl	_	start_char=3|end_char=12
3	soll	sollen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	aux	_	start_char=13|end_char=17
4	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	10	obj	_	start_char=18|end_char=20
5	heute	heute	ADV	ADV	_	10	advmod	_	start_char=21|end_char=26
6	am	an	ADP	APPR	_	7	case	_	start_char=27|end_char=29
7	Westfriedhof	Westfriedhof	PROPN	NE	Case=Acc|Gender=Masc|Number=Sing	10	obl	_	start_char=30|end_char=42
8	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	9	det	_	start_char=43|end_char=47
9	Menschenkette	Menschenkette	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	10	obj	_	start_char=48|end_char=61
10	geben	geben	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=62|end_char=67
11	.	.	PUNCT	$.	_	10	punct	_	start_char=67|end_char=68
"""



def reported(conllu: str):
    return [q for q in find_quotes("t", parse(conllu)) if q.kind == "reported"]


def test_reported_speech_act_with_its_content_in_the_object():
    """reported.speech_act_quote: "Die CDU hatte zu dem Thema Aufklärung gefordert" is a demand."""
    [q] = reported(CDU)
    assert q.text == "Die CDU hatte zu dem Thema Aufklärung gefordert."
    assert q.speaker == "CDU" and q.cue == "fordern"
    assert q.cue_start is None  # Wikinews marks no cue word for reported speech


def test_reported_warning_with_its_content_after_vor():
    """reported.speech_act_quote: "warnte Kluncker vor den „Lohnverzichtstheorien”" is a warning."""
    [q] = reported(KLUNCKER)
    assert q.cue == "warnen" and q.speaker == "Kluncker"
    assert "warnte Kluncker vor den „Lohnverzichtstheorien" in q.text


def test_reported_a_disaster_claiming_lives_is_no_demand():
    """reported.speech_act: "forderte die Naturkatastrophe 92 Menschenleben" reports nobody's words."""
    assert reported(VIETNAM) == []


def test_reported_sollen_with_a_perfect_infinitive_passes_a_claim_on():
    """reported.reportive_sollen: "Etwa 30 Menschen sollen dabei verletzt worden sein" is hearsay."""
    [q] = reported(BAMBUS)
    assert q.text == "Etwa 30 Menschen sollen dabei verletzt worden sein."
    assert q.cue is None


def test_reported_sollen_as_a_plan_with_no_source_is_no_quote():
    """reported.reportive_sollen: "In Magdeburg soll es heute … eine Menschenkette geben": a plan."""
    assert reported(MAGDEBURG) == []
    assert find_quotes("t", parse(MAGDEBURG)) == []


# news-dev, web-tagesanzeiger.ch
GEFAHREN = """\
# newpar
# text = Gefahren gehen aber auch von anderen Arten aus.
1	Gefahren	Gefahr	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	2	nsubj	_	start_char=0|end_char=8
2	gehen	gehen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=9|end_char=14
3	aber	aber	ADV	ADV	_	2	advmod	_	start_char=15|end_char=19
4	auch	auch	ADV	ADV	_	2	advmod	_	start_char=20|end_char=24
5	von	von	ADP	APPR	_	7	case	_	start_char=25|end_char=28
6	anderen	anderer	DET	PIAT	Case=Dat|Gender=Masc|Number=Plur|PronType=Ind	7	det	_	start_char=29|end_char=36
7	Arten	Art	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	2	obl	_	start_char=37|end_char=42
8	aus	aus	ADP	PTKVZ	_	2	compound:prt	_	start_char=43|end_char=46
9	.	.	PUNCT	$.	_	2	punct	_	start_char=46|end_char=47
"""


def test_reported_ausgehen_needs_a_subject_that_can_assume():
    """"Gefahren gehen aber auch von anderen Arten aus": dangers come from somewhere;
    "ausgehen von" reports an assumption only when its subject can speak."""
    assert find_quotes("t", parse(GEFAHREN)) == []


# Written for this test (the shape of a court report: "…, begründeten die Richter ihr Urteil"),
# parsed by the shipped models
INQUIT_WITH_OBJECT = """\
# newpar
# text = Die Daten der Bürger seien in den USA nicht ausreichend geschützt, begründeten die Richter ihr Urteil.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	2	det	_	start_char=0|end_char=3
2	Daten	Datum	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	11	nsubj:pass	_	start_char=4|end_char=9
3	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	4	det	_	start_char=10|end_char=13
4	Bürger	Bürger	NOUN	NN	Case=Gen|Gender=Masc|Number=Plur	2	nmod	_	start_char=14|end_char=20
5	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	11	aux	_	start_char=21|end_char=26
6	in	in	ADP	APPR	_	8	case	_	start_char=27|end_char=29
7	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	8	det	_	start_char=30|end_char=33
8	USA	USA	PROPN	NE	Case=Dat|Gender=Masc|Number=Plur	11	obl	_	start_char=34|end_char=37
9	nicht	nicht	PART	PTKNEG	Polarity=Neg	11	advmod	_	start_char=38|end_char=43
10	ausreichend	ausreichend	ADJ	ADJD	Degree=Pos	11	advmod	_	start_char=44|end_char=55
11	geschützt	schützen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=56|end_char=65
12	,	,	PUNCT	$,	_	11	punct	_	start_char=65|end_char=66
13	begründeten	begründen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	11	conj	_	start_char=67|end_char=78
14	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	15	det	_	start_char=79|end_char=82
15	Richter	Richter	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	13	nsubj	_	start_char=83|end_char=90
16	ihr	ihr	DET	PPOSAT	Case=Acc|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	17	det:poss	_	start_char=91|end_char=94
17	Urteil	Urteil	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	13	obj	_	start_char=95|end_char=101
18	.	.	PUNCT	$.	_	11	punct	_	start_char=101|end_char=102
"""


def test_reported_inquit_with_an_object_after_konjunktiv_is_no_speech_act():
    """reported.own_content: "Die Daten der Bürger seien … nicht ausreichend geschützt,
    begründeten die Richter ihr Urteil." -- the Konjunktiv marks the clause before as
    what the judges said; "ihr Urteil" does not make the inquit a speech act of its own
    (one indirect quote, no reported one)."""
    quotes = find_quotes("t", parse(INQUIT_WITH_OBJECT))
    assert [(q.kind, q.text, q.cue) for q in quotes] == [
        ("indirect", "Die Daten der Bürger seien in den USA nicht ausreichend geschützt", "begründen")]


GEORGIEN = """\
# newpar
# text = Der Bericht ist unter anderem deshalb brisant, weil die US-Regierung Georgien nach dem kurzen Krieg mit Russland im letzten Monat als „junge couragierte Demokratie“ bezeichnet hat.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Bericht	Bericht	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	7	nsubj	_	start_char=4|end_char=11
3	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	cop	_	start_char=12|end_char=15
4	unter	unter	ADP	APPR	_	5	case	_	start_char=16|end_char=21
5	anderem	ander	DET	PIS	Case=Dat|Gender=Neut|Number=Sing|PronType=Tot	7	obl	_	start_char=22|end_char=29
6	deshalb	deshalb	ADV	PROAV	PronType=Dem	7	advmod	_	start_char=30|end_char=37
7	brisant	brisant	ADJ	ADJD	Degree=Pos	0	root	_	start_char=38|end_char=45
8	,	,	PUNCT	$,	_	31	punct	_	start_char=45|end_char=46
9	weil	weil	SCONJ	KOUS	_	31	mark	_	start_char=47|end_char=51
10	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	13	det	_	start_char=52|end_char=55
11	US	US	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	13	compound	_	start_char=56|end_char=58
12	-	-	PUNCT	$	_	11	punct	_	start_char=58|end_char=59
13	Regierung	Regierung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	31	nsubj	_	start_char=59|end_char=68
14	Georgien	Georgien	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	13	appos	_	start_char=69|end_char=77
15	nach	nach	ADP	APPR	_	18	case	_	start_char=78|end_char=82
16	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	18	det	_	start_char=83|end_char=86
17	kurzen	kurz	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	18	amod	_	start_char=87|end_char=93
18	Krieg	Krieg	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	31	obl	_	start_char=94|end_char=99
19	mit	mit	ADP	APPR	_	20	case	_	start_char=100|end_char=103
20	Russland	Rußland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	18	nmod	_	start_char=104|end_char=112
21	in	in	ADP	APPR	_	24	case	_	start_char=113|end_char=115
22	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	24	det	_	start_char=113|end_char=115
23	letzten	letzt	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	24	amod	_	start_char=116|end_char=123
24	Monat	Monat	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	31	obl	_	start_char=124|end_char=129
25	als	als	CCONJ	APPR	_	29	cc	_	start_char=130|end_char=133
26	„	„	PUNCT	$(	_	29	punct	_	start_char=134|end_char=135
27	junge	jung	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	29	amod	_	start_char=135|end_char=140
28	couragierte	couragiert	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	27	conj	_	start_char=141|end_char=152
29	Demokratie	Demokratie	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	24	conj	_	start_char=153|end_char=163
30	“	“	PUNCT	$(	_	29	punct	_	start_char=163|end_char=164
31	bezeichnet	bezeichnen	VERB	VVPP	VerbForm=Part	7	advcl	_	start_char=165|end_char=175
32	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	31	aux	_	start_char=176|end_char=179
33	.	.	PUNCT	$.	_	7	punct	_	start_char=179|end_char=180
"""


LOTHAR_NICHT = """\
# newpar
# text = Lothar Nicht, Ordnungsdezernent der Stadt Cottbus, sprach von einer „Gefahr für Leib und Leben“.
1	Lothar	Lothar	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=0|end_char=6
2	Nicht	nicht	PART	PTKNEG	Polarity=Neg	9	advmod	_	start_char=7|end_char=12
3	,	,	PUNCT	$,	_	4	punct	_	start_char=12|end_char=13
4	Ordnungsdezernent	Ordnungsdezernent	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	1	conj	_	start_char=14|end_char=31
5	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=32|end_char=35
6	Stadt	Stadt	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	4	nmod	_	start_char=36|end_char=41
7	Cottbus	Cottbus	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	6	appos	_	start_char=42|end_char=49
8	,	,	PUNCT	$,	_	1	punct	_	start_char=49|end_char=50
9	sprach	sprechen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=51|end_char=57
10	von	von	ADP	APPR	_	13	case	_	start_char=58|end_char=61
11	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	13	det	_	start_char=62|end_char=67
12	„	„	PUNCT	$(	_	13	punct	_	start_char=68|end_char=69
13	Gefahr	Gefahr	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	9	obl	_	start_char=69|end_char=75
14	für	für	ADP	APPR	_	15	case	_	start_char=76|end_char=79
15	Leib	Leib	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	13	nmod	_	start_char=80|end_char=84
16	und	und	CCONJ	KON	_	17	cc	_	start_char=85|end_char=88
17	Leben	Leben	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	15	conj	_	start_char=89|end_char=94
18	“	“	PUNCT	$(	_	13	punct	_	start_char=94|end_char=95
19	.	.	PUNCT	$.	_	9	punct	_	start_char=95|end_char=96
"""


def test_a_speech_act_in_an_adverbial_clause_is_no_reported_quote():
    """reported.speech_act: "…, weil die US-Regierung Georgien … als „junge couragierte
    Demokratie“ bezeichnet hat" (Wikinews train): a reason given by the article, not a
    speech act reported for its content."""
    assert [q for q in find_quotes("t", parse(GEORGIEN)) if q.kind == "reported"] == []


def test_a_surname_like_a_negation_does_not_negate_the_act():
    """reported.speech_act: "Lothar Nicht, Ordnungsdezernent der Stadt Cottbus, sprach von
    einer „Gefahr für Leib und Leben“": "Nicht" is his name, not a negation; the act is
    reported (a guard for the negation rule)."""
    assert [q.kind for q in find_quotes("t", parse(LOTHAR_NICHT)) if q.kind == "reported"] == ["reported"]
