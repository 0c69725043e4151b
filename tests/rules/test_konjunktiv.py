"""Rules of `quotes.konjunktiv`: the verb mood that marks reported speech."""
from __future__ import annotations

from quotes import konjunktiv

from .ruletools import parse, sentence, word

# seeds/000_d9023a71f75f729c.txt
SCHOIGU = """\
# newpar
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
# seeds/000_d9023a71f75f729c.txt
PESKOW_PARA = """\
# newpar
# text = Russland erklärte, die Stationierung von Atomraketen im Nachbarland Belarus sei eine Reaktion auf den NATO-Beitritt Finnlands.
1	Russland	Rußland	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	2	nsubj	_	start_char=0|end_char=8
2	erklärte	erklären	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=9|end_char=17
3	,	,	PUNCT	$,	_	2	punct	_	start_char=17|end_char=18
4	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	5	det	_	start_char=19|end_char=22
5	Stationierung	Stationierung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	14	nsubj	_	start_char=23|end_char=36
6	von	von	ADP	APPR	_	7	case	_	start_char=37|end_char=40
7	Atomraketen	Atomrakete	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	5	nmod	_	start_char=41|end_char=52
8	in	in	ADP	APPR	_	10	case	_	start_char=53|end_char=55
9	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	10	det	_	start_char=53|end_char=55
10	Nachbarland	Nachbarland	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	7	nmod	_	start_char=56|end_char=67
11	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	10	appos	_	start_char=68|end_char=75
12	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	14	cop	_	start_char=76|end_char=79
13	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	14	det	_	start_char=80|end_char=84
14	Reaktion	Reaktion	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	2	ccomp	_	start_char=85|end_char=93
15	auf	auf	ADP	APPR	_	19	case	_	start_char=94|end_char=97
16	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	19	det	_	start_char=98|end_char=101
17	NATO	NATO	PROPN	NE	Case=Acc|Gender=Masc|Number=Sing	19	compound	_	start_char=102|end_char=106
18	-	-	PUNCT	$	_	17	punct	_	start_char=106|end_char=107
19	Beitritt	Beitritt	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	14	nmod	_	start_char=107|end_char=115
20	Finnlands	Finnlands	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	19	appos	_	start_char=116|end_char=125
21	.	.	PUNCT	$.	_	2	punct	_	start_char=125|end_char=126

# text = "Weil wir um unsere Sicherheit fürchten, unternehmen wir natürlich Schritte, um sie zu gewährleisten", sagte Kremlsprecher Dmitri Peskow.
1	"	"	PUNCT	$(	_	7	punct	_	start_char=0|end_char=1
2	Weil	weil	SCONJ	KOUS	_	7	mark	_	start_char=1|end_char=5
3	wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	7	nsubj	_	start_char=6|end_char=9
4	um	um	ADP	APPR	_	6	case	_	start_char=10|end_char=12
5	unsere	unser	DET	PPOSAT	Case=Acc|Gender=Fem|Number=Sing|Number[psor]=Sing|Person=1|Poss=Yes|PronType=Prs	6	det:poss	_	start_char=13|end_char=19
6	Sicherheit	Sicherheit	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	7	obl	_	start_char=20|end_char=30
7	fürchten	fürchten	VERB	VVINF	VerbForm=Inf	9	advcl	_	start_char=31|end_char=39
8	,	,	PUNCT	$,	_	7	punct	_	start_char=39|end_char=40
9	unternehmen	unternehmen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	20	ccomp	_	start_char=41|end_char=52
10	wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	9	nsubj	_	start_char=53|end_char=56
11	natürlich	natürlich	ADV	ADV	_	9	advmod	_	start_char=57|end_char=66
12	Schritte	Schritt	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	9	obj	_	start_char=67|end_char=75
13	,	,	PUNCT	$,	_	17	punct	_	start_char=75|end_char=76
14	um	um	SCONJ	KOUI	_	17	mark	_	start_char=77|end_char=79
15	sie	sie	PRON	PPER	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	17	obj	_	start_char=80|end_char=83
16	zu	zu	PART	PTKZU	_	17	mark	_	start_char=84|end_char=86
17	gewährleisten	gewährleisten	VERB	VVINF	VerbForm=Inf	9	advcl	_	start_char=87|end_char=100
18	"	"	PUNCT	$(	_	9	punct	_	start_char=100|end_char=101
19	,	,	PUNCT	$,	_	9	punct	_	start_char=101|end_char=102
20	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=103|end_char=108
21	Kremlsprecher	Kremlsprecher	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	nsubj	_	start_char=109|end_char=122
22	Dmitri	Dmitri	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	21	flat	_	start_char=123|end_char=129
23	Peskow	Peskow	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	22	flat	_	start_char=130|end_char=136
24	.	.	PUNCT	$.	_	20	punct	_	start_char=136|end_char=137

# text = Jedes Mal, wenn sich die westliche Militärallianz auf Russlands Grenzen zubewege, müsse Moskau etwas unternehmen, um die Sicherheitsarchitektur auf dem Kontinent auszubalancieren.
1	Jedes	jeder	DET	PIAT	Case=Nom|Gender=Neut|Number=Sing|PronType=Tot	2	det	_	start_char=0|end_char=5
2	Mal	Mal	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	17	nsubj	_	start_char=6|end_char=9
3	,	,	PUNCT	$,	_	12	punct	_	start_char=9|end_char=10
4	wenn	wenn	SCONJ	KOUS	_	12	mark	_	start_char=11|end_char=15
5	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	12	obj	_	start_char=16|end_char=20
6	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=21|end_char=24
7	westliche	westlich	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	8	amod	_	start_char=25|end_char=34
8	Militärallianz	Militärallianz	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	12	obj	_	start_char=35|end_char=49
9	auf	auf	ADP	APPR	_	11	case	_	start_char=50|end_char=53
10	Russlands	Rußlands	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	11	nmod:poss	_	start_char=54|end_char=63
11	Grenzen	Grenze	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	12	obl	_	start_char=64|end_char=71
12	zubewege	zubeweg	VERB	VVFIN	Mood=Sub|Person=3|VerbForm=Fin	2	acl:relcl	_	start_char=72|end_char=80
13	,	,	PUNCT	$,	_	12	punct	_	start_char=80|end_char=81
14	müsse	müssen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	17	aux	_	start_char=82|end_char=87
15	Moskau	Moskau	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	17	nsubj	_	start_char=88|end_char=94
16	etwas	etwas	ADV	PIS	PronType=Ind	17	advmod	_	start_char=95|end_char=100
17	unternehmen	unternehmen	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=101|end_char=112
18	,	,	PUNCT	$,	_	25	punct	_	start_char=112|end_char=113
19	um	um	SCONJ	KOUI	_	25	mark	_	start_char=114|end_char=116
20	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	21	det	_	start_char=117|end_char=120
21	Sicherheitsarchitektur	Sicherheitsarchitektur	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	25	obj	_	start_char=121|end_char=143
22	auf	auf	ADP	APPR	_	24	case	_	start_char=144|end_char=147
23	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	24	det	_	start_char=148|end_char=151
24	Kontinent	Kontinent	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	25	obl	_	start_char=152|end_char=161
25	auszubalancieren	ausbalancieren	VERB	VVINF	VerbForm=Inf	17	advcl	_	start_char=162|end_char=178
26	.	.	PUNCT	$.	_	17	punct	_	start_char=178|end_char=179
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
# Wikinews train, 21932 - Elterninitiative „Vermisste Kinder“ fand Kind nach sechs Jahren (2006-02-12)
LAUT_BKA = """\
# newpar
# text = Laut BKA liegen bei den meisten Verschwindensfällen Streitigkeiten der Eltern vor.
1	Laut	laut	ADP	APPR	_	2	case	_	start_char=0|end_char=4
2	BKA	BKA	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	3	obl	_	start_char=5|end_char=8
3	liegen	liegen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=9|end_char=15
4	bei	bei	ADP	APPR	_	7	case	_	start_char=16|end_char=19
5	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	7	det	_	start_char=20|end_char=23
6	meisten	meist	DET	PIAT	Case=Dat|Gender=Masc|Number=Plur|PronType=Ind	7	det	_	start_char=24|end_char=31
7	Verschwindensfällen	Verschwindensfalle	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	3	obl	_	start_char=32|end_char=51
8	Streitigkeiten	Streitigkeit	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	3	obl	_	start_char=52|end_char=66
9	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	10	det	_	start_char=67|end_char=70
10	Eltern	Eltern	NOUN	NN	Case=Gen|Gender=Neut|Number=Plur	8	nmod	_	start_char=71|end_char=77
11	vor	vor	ADP	PTKVZ	_	3	compound:prt	_	start_char=78|end_char=81
12	.	.	PUNCT	$.	_	3	punct	_	start_char=81|end_char=82
"""
# Wikinews train, 12491 - Ergebnisse der Bundestagswahl 2005 (2005-09-18)
SCHROEDER = """\
# newpar
# text = Schröder sagte, er werde dafür sorgen, dass es in den nächsten vier Jahren eine Regierung unter seiner Führung geben wird.
1	Schröder	Schröder	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=0|end_char=8
2	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=9|end_char=14
3	,	,	PUNCT	$,	_	7	punct	_	start_char=14|end_char=15
4	er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	7	nsubj	_	start_char=16|end_char=18
5	werde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	aux	_	start_char=19|end_char=24
6	dafür	dafür	ADV	PROAV	PronType=Dem	7	advmod	_	start_char=25|end_char=30
7	sorgen	sorgen	VERB	VVINF	VerbForm=Inf	2	ccomp	_	start_char=31|end_char=37
8	,	,	PUNCT	$,	_	21	punct	_	start_char=37|end_char=38
9	dass	dass	SCONJ	KOUS	_	21	mark	_	start_char=39|end_char=43
10	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	21	expl	_	start_char=44|end_char=46
11	in	in	ADP	APPR	_	15	case	_	start_char=47|end_char=49
12	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	15	det	_	start_char=50|end_char=53
13	nächsten	nah	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Plur	15	amod	_	start_char=54|end_char=62
14	vier	vier	NUM	CARD	NumType=Card	15	nummod	_	start_char=63|end_char=67
15	Jahren	Jahr	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	21	obl	_	start_char=68|end_char=74
16	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	17	det	_	start_char=75|end_char=79
17	Regierung	Regierung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	21	obj	_	start_char=80|end_char=89
18	unter	unter	ADP	APPR	_	20	case	_	start_char=90|end_char=95
19	seiner	sein	DET	PPOSAT	Case=Dat|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	20	det:poss	_	start_char=96|end_char=102
20	Führung	Führung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	21	obl	_	start_char=103|end_char=110
21	geben	geben	VERB	VVINF	VerbForm=Inf	7	ccomp	_	start_char=111|end_char=116
22	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	21	aux	_	start_char=117|end_char=121
23	.	.	PUNCT	$.	_	2	punct	_	start_char=121|end_char=122
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
