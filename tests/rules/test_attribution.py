"""Rules of `quotes.attribution`: speaker, cue and outlet of a cue, and the discourse state."""
from __future__ import annotations

from quotes import attribution
from quotes.attribution import Attribution, Discourse
from quotes.context import ArticleContext
from quotes.speakers import Resolved

from .ruletools import parse

# seeds/000_d9023a71f75f729c.txt
BELTA = """\
# newpar
# text = Der belarussische Präsident Alexander Lukaschenko hat von Russland Garantien gefordert für den Fall, dass sein Land angegriffen werden sollte.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	belarussische	belarussisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	3	amod	_	start_char=4|end_char=17
3	Präsident	Präsident	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	10	nsubj	_	start_char=18|end_char=27
4	Alexander	Alexander	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=28|end_char=37
5	Lukaschenko	Lukaschenko	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=38|end_char=49
6	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	aux	_	start_char=50|end_char=53
7	von	von	ADP	APPR	_	9	case	_	start_char=54|end_char=57
8	Russland	Rußland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	9	nmod:poss	_	start_char=58|end_char=66
9	Garantien	Garantie	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	10	obl	_	start_char=67|end_char=76
10	gefordert	fordern	VERB	VVPP	VerbForm=Part	0	root	_	start_char=77|end_char=86
11	für	für	ADP	APPR	_	13	case	_	start_char=87|end_char=90
12	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	13	det	_	start_char=91|end_char=94
13	Fall	Fall	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	10	obl	_	start_char=95|end_char=99
14	,	,	PUNCT	$,	_	18	punct	_	start_char=99|end_char=100
15	dass	dass	SCONJ	KOUS	_	18	mark	_	start_char=101|end_char=105
16	sein	sein	DET	PPOSAT	Case=Nom|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	17	det:poss	_	start_char=106|end_char=110
17	Land	Land	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	18	nsubj:pass	_	start_char=111|end_char=115
18	angegriffen	angreifen	VERB	VVPP	VerbForm=Part	13	acl	_	start_char=116|end_char=127
19	werden	werden	AUX	VAINF	VerbForm=Inf	18	aux:pass	_	start_char=128|end_char=134
20	sollte	sollen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	18	aux	_	start_char=135|end_char=141
21	.	.	PUNCT	$.	_	10	punct	_	start_char=141|end_char=142

# text = Russland solle Belarus verteidigen, als sei es sein eigenes Territorium, berichtet die staatliche Nachrichtenagentur BelTA.
1	Russland	Rußland	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	4	nsubj	_	start_char=0|end_char=8
2	solle	sollen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	4	aux	_	start_char=9|end_char=14
3	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	4	obj	_	start_char=15|end_char=22
4	verteidigen	verteidigen	VERB	VVINF	VerbForm=Inf	13	ccomp	_	start_char=23|end_char=34
5	,	,	PUNCT	$,	_	4	punct	_	start_char=34|end_char=35
6	als	als	SCONJ	KOKOM	_	11	mark	_	start_char=36|end_char=39
7	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	11	cop	_	start_char=40|end_char=43
8	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	11	nsubj	_	start_char=44|end_char=46
9	sein	sein	DET	PPOSAT	Case=Acc|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	11	det:poss	_	start_char=47|end_char=51
10	eigenes	eigen	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Sing	11	amod	_	start_char=52|end_char=59
11	Territorium	Territorium	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	13	ccomp	_	start_char=60|end_char=71
12	,	,	PUNCT	$,	_	11	punct	_	start_char=71|end_char=72
13	berichtet	berichten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=73|end_char=82
14	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	16	det	_	start_char=83|end_char=86
15	staatliche	staatlich	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	16	amod	_	start_char=87|end_char=97
16	Nachrichtenagentur	Nachrichtenagentur	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	13	nsubj	_	start_char=98|end_char=116
17	BelTA	BelTA	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	16	appos	_	start_char=117|end_char=122
18	.	.	PUNCT	$.	_	13	punct	_	start_char=122|end_char=123

# text = Lukaschenko empfing zuvor in Minsk den russischen Verteidigungsminister Sergej Schoigu.
1	Lukaschenko	Lukaschenko	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=0|end_char=11
2	empfing	empfangen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=12|end_char=19
3	zuvor	zuvor	ADV	ADV	_	2	advmod	_	start_char=20|end_char=25
4	in	in	ADP	APPR	_	5	case	_	start_char=26|end_char=28
5	Minsk	Minsk	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	2	obl	_	start_char=29|end_char=34
6	den	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	8	det	_	start_char=35|end_char=38
7	russischen	russisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	8	amod	_	start_char=39|end_char=49
8	Verteidigungsminister	Verteidigungsminister	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	2	obj	_	start_char=50|end_char=71
9	Sergej	Sergej	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	appos	_	start_char=72|end_char=78
10	Schoigu	Schoigu	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	flat	_	start_char=79|end_char=86
11	.	.	PUNCT	$.	_	2	punct	_	start_char=86|end_char=87
"""
# Wikinews train, 36202 - Siemens-Affäre: Ex-Vorstand Thomas Ganswindt in Haft (2006-12-13)
ELSHORST = """\
# newpar
# text = Hansjörg Elshorst, Vorstandsvorsitzender von Transparency International, äußerte sich in einem Interview mit dem Deutschlandfunk zu dem Vorfall.
1	Hansjörg	Hansjörg	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=0|end_char=8
2	Elshorst	Elshorst	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	flat:name	_	start_char=9|end_char=17
3	,	,	PUNCT	$,	_	4	punct	_	start_char=17|end_char=18
4	Vorstandsvorsitzender	Vorstandsvorsitzender	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	1	appos	_	start_char=19|end_char=40
5	von	von	ADP	APPR	_	6	case	_	start_char=41|end_char=44
6	Transparency	Transparency	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	4	nmod	_	start_char=45|end_char=57
7	International	International	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	6	flat:name	_	start_char=58|end_char=71
8	,	,	PUNCT	$,	_	1	punct	_	start_char=71|end_char=72
9	äußerte	äußern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=73|end_char=80
10	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	9	obj	_	start_char=81|end_char=85
11	in	in	ADP	APPR	_	13	case	_	start_char=86|end_char=88
12	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	13	det	_	start_char=89|end_char=94
13	Interview	Interview	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	9	obl	_	start_char=95|end_char=104
14	mit	mit	ADP	APPR	_	16	case	_	start_char=105|end_char=108
15	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	16	det	_	start_char=109|end_char=112
16	Deutschlandfunk	Deutschlandfunk	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	9	obl	_	start_char=113|end_char=128
17	zu	zu	ADP	APPR	_	19	case	_	start_char=129|end_char=131
18	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	19	det	_	start_char=132|end_char=135
19	Vorfall	Vorfall	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	16	nmod	_	start_char=136|end_char=143
20	.	.	PUNCT	$.	_	9	punct	_	start_char=143|end_char=144
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
# seeds/000_d9023a71f75f729c.txt
TELEGRAM = """\
# newpar
# text = Das belarussische Verteidigungsministerium veröffentlichte Fotos von Männern in Uniformen mit dem belarussischen Wappen, die in Militärflugzeuge nach Russland steigen.
1	Das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	belarussische	belarussisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	3	amod	_	start_char=4|end_char=17
3	Verteidigungsministerium	Verteidigungsministerium	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	4	nsubj	_	start_char=18|end_char=42
4	veröffentlichte	veröffentlichen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=43|end_char=58
5	Fotos	Foto	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	4	obj	_	start_char=59|end_char=64
6	von	von	ADP	APPR	_	7	case	_	start_char=65|end_char=68
7	Männern	Mann	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	5	nmod	_	start_char=69|end_char=76
8	in	in	ADP	APPR	_	9	case	_	start_char=77|end_char=79
9	Uniformen	Uniform	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	7	nmod	_	start_char=80|end_char=89
10	mit	mit	ADP	APPR	_	13	case	_	start_char=90|end_char=93
11	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	13	det	_	start_char=94|end_char=97
12	belarussischen	belarussisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	13	amod	_	start_char=98|end_char=112
13	Wappen	Wappen	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	9	nmod	_	start_char=113|end_char=119
14	,	,	PUNCT	$,	_	20	punct	_	start_char=119|end_char=120
15	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	20	nsubj	_	start_char=121|end_char=124
16	in	in	ADP	APPR	_	17	case	_	start_char=125|end_char=127
17	Militärflugzeuge	Militärflugzeug	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	20	obl	_	start_char=128|end_char=144
18	nach	nach	ADP	APPR	_	19	case	_	start_char=145|end_char=149
19	Russland	Rußland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	20	obl	_	start_char=150|end_char=158
20	steigen	steigen	VERB	VVINF	VerbForm=Inf	13	acl:relcl	_	start_char=159|end_char=166
21	.	.	PUNCT	$.	_	4	punct	_	start_char=166|end_char=167

# text = "Die Besatzung dieser Einheiten wird sich eingehend mit Fragen der Wartung und des Einsatzes der taktischen Nuklearwaffen des Raketensystems Iskander-M befassen", teilte das belarussische Verteidigungsministerium im Onlinedienst Telegram mit.
1	"	"	PUNCT	$(	_	3	punct	_	start_char=0|end_char=1
2	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=1|end_char=4
3	Besatzung	Besatzung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	23	nsubj	_	start_char=5|end_char=14
4	dieser	dieser	DET	PDAT	Case=Gen|Gender=Fem|Number=Plur|PronType=Dem	5	det	_	start_char=15|end_char=21
5	Einheiten	Einheit	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	3	nmod	_	start_char=22|end_char=31
6	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	23	aux	_	start_char=32|end_char=36
7	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	23	obj	_	start_char=37|end_char=41
8	eingehend	eingehend	ADV	ADJD	_	23	advmod	_	start_char=42|end_char=51
9	mit	mit	ADP	APPR	_	10	case	_	start_char=52|end_char=55
10	Fragen	Frage	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	23	obl	_	start_char=56|end_char=62
11	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=63|end_char=66
12	Wartung	Wartung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	10	nmod	_	start_char=67|end_char=74
13	und	und	CCONJ	KON	_	15	cc	_	start_char=75|end_char=78
14	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	15	det	_	start_char=79|end_char=82
15	Einsatzes	Einsatz	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	12	conj	_	start_char=83|end_char=92
16	der	der	DET	ART	Case=Gen|Definite=Def|Number=Sing|PronType=Art	18	det	_	start_char=93|end_char=96
17	taktischen	taktisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	18	amod	_	start_char=97|end_char=107
18	Nuklearwaffen	Nuklearwaffe	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	15	nmod	_	start_char=108|end_char=121
19	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	20	det	_	start_char=122|end_char=125
20	Raketensystems	Raketensystem	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	18	nmod	_	start_char=126|end_char=140
21	Iskander-	Iskander-	PROPN	NE	Case=Gen|Gender=Masc|Number=Sing	20	appos	_	start_char=141|end_char=150
22	M	M	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	20	appos	_	start_char=150|end_char=151
23	befassen	befassen	VERB	VVINF	VerbForm=Inf	26	ccomp	_	start_char=152|end_char=160
24	"	"	PUNCT	$(	_	23	punct	_	start_char=160|end_char=161
25	,	,	PUNCT	$,	_	23	punct	_	start_char=161|end_char=162
26	teilte	teilen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=163|end_char=169
27	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	29	det	_	start_char=170|end_char=173
28	belarussische	belarussisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	29	amod	_	start_char=174|end_char=187
29	Verteidigungsministerium	Verteidigungsministerium	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	26	nsubj	_	start_char=188|end_char=212
30	im	in	ADP	APPR	_	31	case	_	start_char=213|end_char=215
31	Onlinedienst	Onlinedienst	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	29	nmod	_	start_char=216|end_char=228
32	Telegram	Telegram	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	31	flat:name	_	start_char=229|end_char=237
33	mit	mit	ADP	PTKVZ	_	26	compound:prt	_	start_char=238|end_char=241
34	.	.	PUNCT	$.	_	26	punct	_	start_char=241|end_char=242

# text = "Sie werden einen vollständigen Ausbildungszyklus auf einem Übungsplatz der russischen Streitkräfte absolvieren", hieß es, ohne dass die Dauer der Ausbildung angegeben wurde.
1	"	"	PUNCT	$(	_	2	punct	_	start_char=0|end_char=1
2	Sie	sie	PRON	PPER	Case=Nom|Number=Plur|Person=3|PronType=Prs	13	nsubj	_	start_char=1|end_char=4
3	werden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	13	aux	_	start_char=5|end_char=11
4	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	6	det	_	start_char=12|end_char=17
5	vollständigen	vollständig	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Sing	6	amod	_	start_char=18|end_char=31
6	Ausbildungszyklus	Ausbildungszyklus	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	13	obj	_	start_char=32|end_char=49
7	auf	auf	ADP	APPR	_	9	case	_	start_char=50|end_char=53
8	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	9	det	_	start_char=54|end_char=59
9	Übungsplatz	Übungsplatz	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	13	obl	_	start_char=60|end_char=71
10	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	12	det	_	start_char=72|end_char=75
11	russischen	russisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	12	amod	_	start_char=76|end_char=86
12	Streitkräfte	Streitkraft	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	9	nmod	_	start_char=87|end_char=99
13	absolvieren	absolvieren	VERB	VVINF	VerbForm=Inf	16	ccomp	_	start_char=100|end_char=111
14	"	"	PUNCT	$(	_	13	punct	_	start_char=111|end_char=112
15	,	,	PUNCT	$,	_	13	punct	_	start_char=112|end_char=113
16	hieß	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=114|end_char=118
17	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	16	nsubj	_	start_char=119|end_char=121
18	,	,	PUNCT	$,	_	25	punct	_	start_char=121|end_char=122
19	ohne	ohne	ADP	APPR	_	22	case	_	start_char=123|end_char=127
20	dass	dass	SCONJ	KOUS	_	25	mark	_	start_char=128|end_char=132
21	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	22	det	_	start_char=133|end_char=136
22	Dauer	Dauer	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	25	nsubj:pass	_	start_char=137|end_char=142
23	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	24	det	_	start_char=143|end_char=146
24	Ausbildung	Ausbildung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	22	nmod	_	start_char=147|end_char=157
25	angegeben	angeben	VERB	VVPP	VerbForm=Part	16	ccomp	_	start_char=158|end_char=167
26	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	25	aux:pass	_	start_char=168|end_char=173
27	.	.	PUNCT	$.	_	16	punct	_	start_char=173|end_char=174
"""


def cue_of(ctx: ArticleContext, k: int, lemma: str):
    return next(c for c in ctx.cues[k] if c.lemma == lemma)


def test_attribution_attribute_outlet_carries_last_speaker():
    """attribution.attribute: "Lukaschenko hat … gefordert … Russland solle …, berichtet die Nachrichtenagentur BelTA" -- Lukaschenko said it, BelTA carried it."""
    ctx = ArticleContext.read("t", parse(BELTA))
    discourse = Discourse()
    discourse.last = attribution.attribute(cue_of(ctx, 0, "fordern"), ctx.speakers, discourse)
    att = attribution.attribute(cue_of(ctx, 1, "berichten"), ctx.speakers, discourse)
    assert (att.speaker.name, att.outlet) == ("Alexander Lukaschenko", "BelTA")


def test_attribution_attribute_named_subject():
    """attribution.attribute: "Der belarussische Präsident Alexander Lukaschenko hat … gefordert" -- he is the speaker, no outlet."""
    ctx = ArticleContext.read("t", parse(BELTA))
    att = attribution.attribute(cue_of(ctx, 0, "fordern"), ctx.speakers, Discourse())
    assert (att.speaker.name, att.speaker.mention, att.outlet) == \
        ("Alexander Lukaschenko", "Der belarussische Präsident Alexander Lukaschenko", None)


def test_attribution_attribute_passive_without_agent_names_nobody():
    """attribution.attribute: "ohne dass die Dauer der Ausbildung angegeben wurde" -- a passive without agent names no one."""
    ctx = ArticleContext.read("t", parse(TELEGRAM))
    discourse = Discourse()
    discourse.last = attribution.attribute(cue_of(ctx, 1, "mitteilen"), ctx.speakers, discourse)
    assert attribution.attribute(cue_of(ctx, 2, "angeben"), ctx.speakers, discourse).speaker.name is None


def test_attribution_sentence_outlet_interview_with():
    """attribution.sentence_outlet: "äußerte sich in einem Interview mit dem Deutschlandfunk" -> Deutschlandfunk."""
    ctx = ArticleContext.read("t", parse(ELSHORST))
    assert attribution.sentence_outlet(cue_of(ctx, 0, "äußern")) == "Deutschlandfunk"


def test_attribution_orphan_speaker_own_main_clause_subject():
    """attribution.orphan_speaker (own): "Die Alliierten hatten Einspruch erhoben, weil Berlin … habe" -- the Allies."""
    parsed = parse(ALLIIERTE)
    ctx = ArticleContext.read("t", parsed)
    att = attribution.orphan_speaker(parsed.sentences[0], parsed.sentences, ctx.speakers, Discourse(), own=True)
    assert att.speaker.mention == "Die Alliierten"


def test_attribution_orphan_speaker_subject_of_sentence_before():
    """attribution.orphan_speaker: "…, sagte Kremlsprecher Dmitri Peskow. Jedes Mal, wenn …, müsse Moskau …" -- Peskow."""
    parsed = parse(PESKOW_PARA)
    ctx = ArticleContext.read("t", parsed)
    att = attribution.orphan_speaker(parsed.sentences[2], parsed.sentences, ctx.speakers, Discourse())
    assert att.speaker.name == "Dmitri Peskow"


def test_attribution_discourse_previous_prefers_recent_direct_speaker():
    """attribution.Discourse.previous: the last direct speaker within two paragraphs, else the last speaker."""
    d = Discourse()
    direct = Attribution(Resolved("Dmitri Peskow", 0, 5, "Peskow"), None, None)
    other = Attribution(Resolved("Russland", 9, 17, "Russland"), None, None)
    d.spoke(direct, paragraph=1)
    d.last = other
    assert d.previous(3) is direct
    assert d.previous(4) is other
