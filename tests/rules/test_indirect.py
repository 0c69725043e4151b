"""Rules of `quotes.indirect`: content clauses after cues, Konjunktiv without a cue, and
mixed vs indirect."""
from __future__ import annotations

from quotes import indirect
from quotes.context import ArticleContext
from quotes.extract import find_quotes

from .ruletools import parse

# Wikinews train, 15242 - Edmund Stoiber wird kein Regierungsmitglied (2005-11-01)
STOIBER = """\
# newpar
# text = Der bayerische Ministerpräsident Edmund Stoiber (CSU) wird definitiv nicht der neuen Bundesregierung angehören.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	bayerische	bayerisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	3	amod	_	start_char=4|end_char=14
3	Ministerpräsident	Ministerpräsident	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	15	nsubj	_	start_char=15|end_char=32
4	Edmund	Edmund	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=33|end_char=39
5	Stoiber	Stoiber	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=40|end_char=47
6	(	(	PUNCT	$	_	7	punct	_	start_char=48|end_char=49
7	CSU	CSU	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	appos	_	start_char=49|end_char=52
8	)	)	PUNCT	$	_	7	punct	_	start_char=52|end_char=53
9	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	15	aux	_	start_char=54|end_char=58
10	definitiv	definitiv	ADV	ADJD	_	15	advmod	_	start_char=59|end_char=68
11	nicht	nicht	PART	PTKNEG	Polarity=Neg	15	advmod	_	start_char=69|end_char=74
12	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=75|end_char=78
13	neuen	neu	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	14	amod	_	start_char=79|end_char=84
14	Bundesregierung	Bundesregierung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	15	obl	_	start_char=85|end_char=100
15	angehören	angehören	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=101|end_char=110
16	.	.	PUNCT	$.	_	15	punct	_	start_char=110|end_char=111

# text = Dies bestätigte Stoiber heute selbst in München.
1	Dies	dieser	DET	PDS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem	2	nsubj	_	start_char=0|end_char=4
2	bestätigte	bestätigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=5|end_char=15
3	Stoiber	Stoiber	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	obj	_	start_char=16|end_char=23
4	heute	heute	ADV	ADV	_	2	advmod	_	start_char=24|end_char=29
5	selbst	selbst	ADV	ADV	_	2	advmod	_	start_char=30|end_char=36
6	in	in	ADP	APPR	_	7	case	_	start_char=37|end_char=39
7	München	München	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	2	obl	_	start_char=40|end_char=47
8	.	.	PUNCT	$.	_	2	punct	_	start_char=47|end_char=48

# text = Zuvor war bereits in diversen Medien von dieser Entscheidung berichtet worden.
1	Zuvor	zuvor	ADV	ADV	_	10	advmod	_	start_char=0|end_char=5
2	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	10	aux	_	start_char=6|end_char=9
3	bereits	bereits	ADV	ADV	_	10	advmod	_	start_char=10|end_char=17
4	in	in	ADP	APPR	_	6	case	_	start_char=18|end_char=20
5	diversen	divers	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Plur|PronType=Ind	6	amod	_	start_char=21|end_char=29
6	Medien	Medium	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	10	obl	_	start_char=30|end_char=36
7	von	von	ADP	APPR	_	9	case	_	start_char=37|end_char=40
8	dieser	dieser	DET	PDAT	Case=Dat|Gender=Fem|Number=Sing|PronType=Dem	9	det	_	start_char=41|end_char=47
9	Entscheidung	Entscheidung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	10	obl	_	start_char=48|end_char=60
10	berichtet	berichten	VERB	VVPP	VerbForm=Part	0	root	_	start_char=61|end_char=70
11	worden	werden	AUX	VAPP	_	10	aux:pass	_	start_char=71|end_char=77
12	.	.	PUNCT	$.	_	10	punct	_	start_char=77|end_char=78
"""
# seeds/004_1b5946d984acc9ae.txt
ENGE_ARBEIT = """\
# newpar
# text = Putin sagte, es werde „enge Arbeit“ an der Stärkung der Zusammenarbeit im Rahmen eines Unionsabkommens geben, das enge politische, wirtschaftliche und militärische Beziehungen zwischen Belarus und Russland vorsehe.
1	Putin	Putin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=0|end_char=5
2	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=6|end_char=11
3	,	,	PUNCT	$,	_	19	punct	_	start_char=11|end_char=12
4	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	19	nsubj	_	start_char=13|end_char=15
5	werde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	19	aux	_	start_char=16|end_char=21
6	„	„	PUNCT	$(	_	8	punct	_	start_char=22|end_char=23
7	enge	eng	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	8	amod	_	start_char=23|end_char=27
8	Arbeit	Arbeit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	19	obj	_	start_char=28|end_char=34
9	“	“	PUNCT	$(	_	8	punct	_	start_char=34|end_char=35
10	an	an	ADP	APPR	_	12	case	_	start_char=36|end_char=38
11	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=39|end_char=42
12	Stärkung	Stärkung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	19	obl	_	start_char=43|end_char=51
13	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=52|end_char=55
14	Zusammenarbeit	Zusammenarbeit	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	12	nmod	_	start_char=56|end_char=70
15	im	in	ADP	APPR	_	16	case	_	start_char=71|end_char=73
16	Rahmen	Rahmen	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	19	obl	_	start_char=74|end_char=80
17	eines	ein	DET	ART	Case=Gen|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	18	det	_	start_char=81|end_char=86
18	Unionsabkommens	Unionsabkommen	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	16	nmod	_	start_char=87|end_char=102
19	geben	geben	VERB	VVINF	VerbForm=Inf	2	ccomp	_	start_char=103|end_char=108
20	,	,	PUNCT	$,	_	33	punct	_	start_char=108|end_char=109
21	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	28	det	_	start_char=110|end_char=113
22	enge	eng	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	28	amod	_	start_char=114|end_char=118
23	politische	politisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	28	amod	_	start_char=119|end_char=129
24	,	,	PUNCT	$,	_	27	punct	_	start_char=129|end_char=130
25	wirtschaftliche	wirtschaftlich	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	23	conj	_	start_char=131|end_char=146
26	und	und	CCONJ	KON	_	27	cc	_	start_char=147|end_char=150
27	militärische	militärisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	25	conj	_	start_char=151|end_char=163
28	Beziehungen	Beziehung	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	33	obj	_	start_char=164|end_char=175
29	zwischen	zwischen	ADP	APPR	_	30	case	_	start_char=176|end_char=184
30	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	28	nmod	_	start_char=185|end_char=192
31	und	und	CCONJ	KON	_	32	cc	_	start_char=193|end_char=196
32	Russland	Rußland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	30	conj	_	start_char=197|end_char=205
33	vorsehe	vorsehen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	19	conj	_	start_char=206|end_char=213
34	.	.	PUNCT	$.	_	2	punct	_	start_char=213|end_char=214
"""
# Wikinews train, 13380 - Elf Verletzte beim Transport von Fallschirmspringern im US-amerikanischen DeLand (2005-10-04)
OKEEFE = """\
# newpar
# text = Sie seien jedoch außer Lebensgefahr, sagte Mark O’Keefe, der Sprecher der so genannten „EVAC-Ambulanz“.
1	Sie	sie	PRON	PPER	Case=Nom|Number=Plur|Person=3|PronType=Prs	7	nsubj	_	start_char=0|end_char=3
2	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	7	ccomp	_	start_char=4|end_char=9
3	jedoch	jedoch	ADV	ADV	_	7	advmod	_	start_char=10|end_char=16
4	außer	außer	ADP	APPR	_	5	case	_	start_char=17|end_char=22
5	Lebensgefahr	Lebensgefahr	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	7	obl	_	start_char=23|end_char=35
6	,	,	PUNCT	$,	_	5	punct	_	start_char=35|end_char=36
7	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=37|end_char=42
8	Mark	Mark	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	nsubj	_	start_char=43|end_char=47
9	O’Keefe	O’Keefe	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	flat	_	start_char=48|end_char=55
10	,	,	PUNCT	$,	_	12	punct	_	start_char=55|end_char=56
11	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=57|end_char=60
12	Sprecher	Sprecher	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	8	appos	_	start_char=61|end_char=69
13	der	der	DET	ART	Case=Gen|Definite=Def|Number=Sing|PronType=Art	19	det	_	start_char=70|end_char=73
14	so	so	ADV	ADV	_	15	advmod	_	start_char=74|end_char=76
15	genannten	genannt	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Plur	19	amod	_	start_char=77|end_char=86
16	„	„	PUNCT	$(	_	17	punct	_	start_char=87|end_char=88
17	EVAC	EVAC	NOUN	NE	Case=Dat|Gender=Fem|Number=Sing	19	compound	_	start_char=88|end_char=92
18	-	-	PUNCT	$	_	17	punct	_	start_char=92|end_char=93
19	Ambulanz	Ambulanz	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	12	nmod	_	start_char=93|end_char=101
20	“	“	PUNCT	$(	_	19	punct	_	start_char=101|end_char=102
21	.	.	PUNCT	$.	_	7	punct	_	start_char=102|end_char=103
"""
# Wikinews train, 2840 - Papier hält NPD-Verbot für möglich (2005-01-29)
HASSEMER = """\
# newpar
# text = Auch Winfried Hassemer, Papiers Stellvertreter, glaubt, dass ein weiteres Verbotsfahren möglich sei.
1	Auch	auch	ADV	ADV	_	2	advmod	_	start_char=0|end_char=4
2	Winfried	Winfried	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	nsubj	_	start_char=5|end_char=13
3	Hassemer	Hassemer	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	flat:name	_	start_char=14|end_char=22
4	,	,	PUNCT	$,	_	5	punct	_	start_char=22|end_char=23
5	Papiers	Papier	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	2	conj	_	start_char=24|end_char=31
6	Stellvertreter	Stellvertreter	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=32|end_char=46
7	,	,	PUNCT	$,	_	6	punct	_	start_char=46|end_char=47
8	glaubt	glauben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=48|end_char=54
9	,	,	PUNCT	$,	_	14	punct	_	start_char=54|end_char=55
10	dass	dass	SCONJ	KOUS	_	14	mark	_	start_char=56|end_char=60
11	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	13	det	_	start_char=61|end_char=64
12	weiteres	weit	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	13	amod	_	start_char=65|end_char=73
13	Verbotsfahren	Verbotsfahr	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	14	nsubj	_	start_char=74|end_char=87
14	möglich	möglich	ADJ	ADJD	Degree=Pos	8	ccomp	_	start_char=88|end_char=95
15	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	14	cop	_	start_char=96|end_char=99
16	.	.	PUNCT	$.	_	8	punct	_	start_char=99|end_char=100
"""
# seeds/000_d9023a71f75f729c.txt
SCHOIGU_PARA = """\
# newpar
# text = Der russische Präsident Wladimir Putin hatte die Stationierung der Waffen im Nachbarland Belarus Ende März angekündigt.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	russische	russisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	3	amod	_	start_char=4|end_char=13
3	Präsident	Präsident	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	17	nsubj:pass	_	start_char=14|end_char=23
4	Wladimir	Wladimir	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=24|end_char=32
5	Putin	Putin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=33|end_char=38
6	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	17	aux	_	start_char=39|end_char=44
7	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=45|end_char=48
8	Stationierung	Stationierung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	17	obj	_	start_char=49|end_char=62
9	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	10	det	_	start_char=63|end_char=66
10	Waffen	Waffe	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	8	nmod	_	start_char=67|end_char=73
11	in	in	ADP	APPR	_	13	case	_	start_char=74|end_char=76
12	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	13	det	_	start_char=74|end_char=76
13	Nachbarland	Nachbarland	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	17	obl	_	start_char=77|end_char=88
14	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	13	appos	_	start_char=89|end_char=96
15	Ende	Ende	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	17	obj	_	start_char=97|end_char=101
16	März	März	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	17	obl	_	start_char=102|end_char=106
17	angekündigt	ankündigen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=107|end_char=118
18	.	.	PUNCT	$.	_	17	punct	_	start_char=118|end_char=119

# text = Dies war international auf Empörung gestoßen.
1	Dies	dieser	DET	PDS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem	6	nsubj	_	start_char=0|end_char=4
2	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	6	aux	_	start_char=5|end_char=8
3	international	international	ADV	ADJD	Degree=Pos	6	advmod	_	start_char=9|end_char=22
4	auf	auf	ADP	APPR	_	5	case	_	start_char=23|end_char=26
5	Empörung	Empörung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	6	obl	_	start_char=27|end_char=35
6	gestoßen	stoßen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=36|end_char=44
7	.	.	PUNCT	$.	_	6	punct	_	start_char=44|end_char=45

# text = Ein Raketensystem vom Typ Iskander-M sei an die belarussischen Streitkräfte übergeben worden, sagte Russlands Verteidigungsminister Sergej Schoigu.
1	Ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	2	det	_	start_char=0|end_char=3
2	Raketensystem	Raketensystem	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	13	nsubj:pass	_	start_char=4|end_char=17
3	von	von	ADP	APPR	_	5	case	_	start_char=18|end_char=21
4	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	5	det	_	start_char=18|end_char=21
5	Typ	Typ	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	2	nmod	_	start_char=22|end_char=25
6	Iskander-	Iskander-	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	appos	_	start_char=26|end_char=35
7	M	M	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	2	nmod	_	start_char=35|end_char=36
8	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	13	aux	_	start_char=37|end_char=40
9	an	an	ADP	APPR	_	12	case	_	start_char=41|end_char=43
10	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	12	det	_	start_char=44|end_char=47
11	belarussischen	belarussisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	12	amod	_	start_char=48|end_char=62
12	Streitkräfte	Streitkraft	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	13	obl	_	start_char=63|end_char=75
13	übergeben	übergeben	VERB	VVPP	VerbForm=Part	16	ccomp	_	start_char=76|end_char=85
14	worden	werden	AUX	VAPP	Tense=Past	13	aux:pass	_	start_char=86|end_char=92
15	,	,	PUNCT	$,	_	13	punct	_	start_char=92|end_char=93
16	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=94|end_char=99
17	Russlands	Rußlands	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	18	nmod:poss	_	start_char=100|end_char=109
18	Verteidigungsminister	Verteidigungsminister	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	16	nsubj	_	start_char=110|end_char=131
19	Sergej	Sergej	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	18	appos	_	start_char=132|end_char=138
20	Schoigu	Schoigu	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	19	flat	_	start_char=139|end_char=146
21	.	.	PUNCT	$.	_	16	punct	_	start_char=146|end_char=147

# text = Am Montag hätten die belarussischen Soldaten in einem russischen Trainingszentrum mit der Ausbildung für den Einsatz des Systems begonnen.
1	An	an	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=2
3	Montag	Montag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	20	obl	_	start_char=3|end_char=9
4	hätten	haben	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	20	aux	_	start_char=10|end_char=16
5	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	7	det	_	start_char=17|end_char=20
6	belarussischen	belarussisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Plur	7	amod	_	start_char=21|end_char=35
7	Soldaten	Soldat	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	20	nsubj	_	start_char=36|end_char=44
8	in	in	ADP	APPR	_	11	case	_	start_char=45|end_char=47
9	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	11	det	_	start_char=48|end_char=53
10	russischen	russisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	11	amod	_	start_char=54|end_char=64
11	Trainingszentrum	Trainingszentrum	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	20	obl	_	start_char=65|end_char=81
12	mit	mit	ADP	APPR	_	14	case	_	start_char=82|end_char=85
13	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=86|end_char=89
14	Ausbildung	Ausbildung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	11	nmod	_	start_char=90|end_char=100
15	für	für	ADP	APPR	_	17	case	_	start_char=101|end_char=104
16	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	17	det	_	start_char=105|end_char=108
17	Einsatz	Einsatz	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	20	obl	_	start_char=109|end_char=116
18	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	19	det	_	start_char=117|end_char=120
19	Systems	Systems	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	17	nmod	_	start_char=121|end_char=128
20	begonnen	beginnen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=129|end_char=137
21	.	.	PUNCT	$.	_	20	punct	_	start_char=137|end_char=138
"""
# Wikinews train, 47908 - Berlin hat Klagefrist verschlafen – Reichsvermögen bleibt beim Bund (2008-02-09)
ALLIIERTE = """\
# newpar
# text = Die Alliierten hatten jedoch Einspruch dagegen erhoben, weil Berlin einen Sonderstatus habe und nicht vom Bund regiert werden dürfe.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	2	det	_	start_char=0|end_char=3
2	Alliierten	Alliiert	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	7	nsubj	_	start_char=4|end_char=14
3	hatten	haben	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	7	aux	_	start_char=15|end_char=21
4	jedoch	jedoch	ADV	ADV	_	7	advmod	_	start_char=22|end_char=28
5	Einspruch	Einspruch	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	7	obj	_	start_char=29|end_char=38
6	dagegen	dagegen	ADV	PROAV	PronType=Dem	7	advmod	_	start_char=39|end_char=46
7	erhoben	erheben	VERB	VVPP	VerbForm=Part	0	root	_	start_char=47|end_char=54
8	,	,	PUNCT	$,	_	13	punct	_	start_char=54|end_char=55
9	weil	weil	SCONJ	KOUS	_	13	mark	_	start_char=56|end_char=60
10	Berlin	Berlin	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	13	nsubj	_	start_char=61|end_char=67
11	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	12	det	_	start_char=68|end_char=73
12	Sonderstatus	Sonderstatus	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	13	obj	_	start_char=74|end_char=86
13	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	advcl	_	start_char=87|end_char=91
14	und	und	CCONJ	KON	_	19	cc	_	start_char=92|end_char=95
15	nicht	nicht	PART	PTKNEG	Polarity=Neg	19	advmod	_	start_char=96|end_char=101
16	von	von	ADP	APPR	_	18	case	_	start_char=102|end_char=105
17	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	18	det	_	start_char=102|end_char=105
18	Bund	Bund	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	19	obl	_	start_char=106|end_char=110
19	regiert	regieren	VERB	VVPP	VerbForm=Part	13	conj	_	start_char=111|end_char=118
20	werden	werden	AUX	VAINF	VerbForm=Inf	19	aux:pass	_	start_char=119|end_char=125
21	dürfe	dürfen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	19	aux	_	start_char=126|end_char=131
22	.	.	PUNCT	$.	_	7	punct	_	start_char=131|end_char=132
"""
# Wikinews train, 27811 - Wende der US-Diplomatie: USA zu direkten Gesprächen mit dem Iran bereit (2006-05-31)
SO_RICE = """\
# newpar
# text = Der Iran müsse „vollständig und nachweislich den (Uran-)Anreicherungsprozess“ beenden, so Rice.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Iran	Iran	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	15	nsubj	_	start_char=4|end_char=8
3	müsse	müssen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	15	aux	_	start_char=9|end_char=14
4	„	„	PUNCT	$(	_	5	punct	_	start_char=15|end_char=16
5	vollständig	vollständig	ADJ	ADJD	Degree=Pos	15	advmod	_	start_char=16|end_char=27
6	und	und	CCONJ	KON	_	7	cc	_	start_char=28|end_char=31
7	nachweislich	nachweislich	ADJ	ADJD	_	5	conj	_	start_char=32|end_char=44
8	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	13	det	_	start_char=45|end_char=48
9	(	(	PUNCT	$	_	10	punct	_	start_char=49|end_char=50
10	Uran	Uran	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	13	compound	_	start_char=50|end_char=54
11	-	-	PUNCT	$	_	10	punct	_	start_char=54|end_char=55
12	)	)	PUNCT	$	_	10	punct	_	start_char=55|end_char=56
13	Anreicherungsprozess	Anreicherungsprozes	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	15	obj	_	start_char=56|end_char=76
14	“	“	PUNCT	$(	_	13	punct	_	start_char=76|end_char=77
15	beenden	beenden	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=78|end_char=85
16	,	,	PUNCT	$,	_	15	punct	_	start_char=85|end_char=86
17	so	so	ADV	ADV	_	18	advmod	_	start_char=87|end_char=89
18	Rice	Rice	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	15	parataxis	_	start_char=90|end_char=94
19	.	.	PUNCT	$.	_	15	punct	_	start_char=94|end_char=95
"""


def test_indirect_anaphoric_dies_bestaetigte():
    """indirect.anaphoric: "… wird nicht der neuen Bundesregierung angehören. Dies bestätigte Stoiber" -- the sentence before is what he confirmed."""
    parsed = parse(STOIBER)
    ctx = ArticleContext.read("t", parsed)
    sent = parsed.sentences[1]
    cue = next(c for c in ctx.cues[1] if c.lemma == "bestätigen")
    start, end = indirect.anaphoric(parsed.sentences, sent, cue)
    assert parsed.text[start:end] == \
        "Der bayerische Ministerpräsident Edmund Stoiber (CSU) wird definitiv nicht der neuen Bundesregierung angehören"


def test_indirect_cue_quote_anaphoric_speaker():
    """indirect.cue_quote (anaphoric): the confirmed sentence is Stoiber's, through "bestätigen"."""
    quotes = find_quotes("t", parse(STOIBER))
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("indirect", "Edmund Stoiber", "bestätigen")]
    assert quotes[0].text.startswith("Der bayerische Ministerpräsident Edmund Stoiber (CSU) wird")


def test_indirect_reported_span_mixed_with_marks_inside():
    """indirect.reported_span: "Putin sagte, es werde „enge Arbeit“ … geben, …" -- a reported clause with marks is mixed."""
    quotes = find_quotes("t", parse(ENGE_ARBEIT))
    assert [(q.kind, q.speaker) for q in quotes] == [("mixed", "Putin")]
    assert quotes[0].text.startswith("es werde „enge Arbeit“ an der Stärkung der Zusammenarbeit")


def test_indirect_reported_span_mixed_so_x():
    """indirect.reported_span: "Der Iran müsse „vollständig und nachweislich …“ beenden, so Rice." -- mixed, Rice speaks."""
    quotes = find_quotes("t", parse(SO_RICE))
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("mixed", "Rice", "so")]
    assert quotes[0].text == "Der Iran müsse „vollständig und nachweislich den (Uran-)Anreicherungsprozess“ beenden"


def test_indirect_reported_span_marks_in_source_stay_indirect():
    """indirect.reported_span: "Sie seien … außer Lebensgefahr, sagte Mark O’Keefe, der Sprecher der so genannten „EVAC-Ambulanz“" -- the marks are in the source, the clause is indirect."""
    quotes = find_quotes("t", parse(OKEEFE))
    assert [(q.kind, q.text, q.speaker) for q in quotes] == \
        [("indirect", "Sie seien jedoch außer Lebensgefahr", "Mark O’Keefe")]


def test_indirect_accept_content_think_verb_with_dass():
    """indirect.accept_content: "glaubt, dass ein weiteres Verbotsfahren möglich sei" -- a belief with dass is reported."""
    ctx = ArticleContext.read("t", parse(HASSEMER))
    cue = next(c for c in ctx.cues[0] if c.lemma == "glauben")
    assert cue.kind == "think"
    assert indirect.accept_content(cue)


def test_indirect_konjunktiv_quote_continues_last_speaker():
    """indirect.konjunktiv_quote: "…, sagte … Sergej Schoigu. Am Montag hätten die belarussischen Soldaten … begonnen." -- still Schoigu."""
    quotes = find_quotes("t", parse(SCHOIGU_PARA))
    last = quotes[-1]
    assert last.text == "Am Montag hätten die belarussischen Soldaten in einem russischen Trainingszentrum " \
        "mit der Ausbildung für den Einsatz des Systems begonnen"
    assert (last.kind, last.speaker, last.cue, last.rule) == ("indirect", "Sergej Schoigu", None, "konjunktiv")


def test_indirect_konjunktiv_clause_quotes_weil_habe():
    """indirect.konjunktiv_clause_quotes: "Die Alliierten hatten Einspruch erhoben, weil Berlin einen Sonderstatus habe …" -- the Allies' reason, in their words."""
    quotes = find_quotes("t", parse(ALLIIERTE))
    assert [(q.kind, q.text, q.speaker, q.rule) for q in quotes] == [
        ("indirect", "weil Berlin einen Sonderstatus habe und nicht vom Bund regiert werden dürfe", "Alliierten",
         "konjunktiv:clause")]
