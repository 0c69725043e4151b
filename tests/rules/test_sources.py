"""Rules of `quotes.sources`: who a speech verb points to, and the medium it was said to."""
from __future__ import annotations

from quotes import sources

from .ruletools import parse, sentence, word, words

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
# seeds/000_d9023a71f75f729c.txt
TASS = """\
# newpar
# text = Bei einem Besuch in Moskau gab sich Lukaschenko am Mittwoch zuversichtlich, dass Moskau und Minsk dem Druck des Westens standhalten und nicht zusammenbrechen werden.
1	Bei	bei	ADP	APPR	_	3	case	_	start_char=0|end_char=3
2	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	3	det	_	start_char=4|end_char=9
3	Besuch	Besuch	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	6	obl	_	start_char=10|end_char=16
4	in	in	ADP	APPR	_	5	case	_	start_char=17|end_char=19
5	Moskau	Moskau	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	3	nmod	_	start_char=20|end_char=26
6	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=27|end_char=30
7	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	6	obj	_	start_char=31|end_char=35
8	Lukaschenko	Lukaschenko	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	6	nsubj	_	start_char=36|end_char=47
9	an	an	ADP	APPR	_	11	case	_	start_char=48|end_char=50
10	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	11	det	_	start_char=48|end_char=50
11	Mittwoch	Mittwoch	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	6	obl	_	start_char=51|end_char=59
12	zuversichtlich	zuversichtlich	ADJ	ADJD	Degree=Pos	6	advmod	_	start_char=60|end_char=74
13	,	,	PUNCT	$,	_	22	punct	_	start_char=74|end_char=75
14	dass	dass	SCONJ	KOUS	_	22	mark	_	start_char=76|end_char=80
15	Moskau	Moskau	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	22	nsubj	_	start_char=81|end_char=87
16	und	und	CCONJ	KON	_	17	cc	_	start_char=88|end_char=91
17	Minsk	Minsk	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	15	conj	_	start_char=92|end_char=97
18	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	19	det	_	start_char=98|end_char=101
19	Druck	Druck	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	22	obj	_	start_char=102|end_char=107
20	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	21	det	_	start_char=108|end_char=111
21	Westens	Westen	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	19	nmod	_	start_char=112|end_char=119
22	standhalten	standhalten	VERB	VVINF	VerbForm=Inf	6	advcl	_	start_char=120|end_char=131
23	und	und	CCONJ	KON	_	25	cc	_	start_char=132|end_char=135
24	nicht	nicht	PART	PTKNEG	Polarity=Neg	25	advmod	_	start_char=136|end_char=141
25	zusammenbrechen	zusammenbrechen	VERB	VVINF	VerbForm=Inf	22	conj	_	start_char=142|end_char=157
26	werden	werden	AUX	VAINF	VerbForm=Inf	25	aux:pass	_	start_char=158|end_char=164
27	.	.	PUNCT	$.	_	6	punct	_	start_char=164|end_char=165

# text = "Wir werden das alles überstehen", wurde er von der russischen Staatsagentur Tass zitiert.
1	"	"	PUNCT	$(	_	2	punct	_	start_char=0|end_char=1
2	Wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	6	nsubj	_	start_char=1|end_char=4
3	werden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	6	aux	_	start_char=5|end_char=11
4	das	der	PRON	PDS	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	6	obj	_	start_char=12|end_char=15
5	alles	alle	DET	PIS	Case=Acc|Gender=Neut|Number=Sing|PronType=Tot	6	obj	_	start_char=16|end_char=21
6	überstehen	überstehen	VERB	VVINF	VerbForm=Inf	16	advcl	_	start_char=22|end_char=32
7	"	"	PUNCT	$(	_	6	punct	_	start_char=32|end_char=33
8	,	,	PUNCT	$,	_	6	punct	_	start_char=33|end_char=34
9	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	16	aux:pass	_	start_char=35|end_char=40
10	er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	16	nsubj:pass	_	start_char=41|end_char=43
11	von	von	ADP	APPR	_	14	case	_	start_char=44|end_char=47
12	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=48|end_char=51
13	russischen	russisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	14	amod	_	start_char=52|end_char=62
14	Staatsagentur	Staatsagentur	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	16	obl	_	start_char=63|end_char=76
15	Tass	Tass	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	appos	_	start_char=77|end_char=81
16	zitiert	zitieren	VERB	VVPP	VerbForm=Part	0	root	_	start_char=82|end_char=89
17	.	.	PUNCT	$.	_	16	punct	_	start_char=89|end_char=90

# text = "Und wer auch immer hofft oder uns vorausgesagt hat, dass wir zusammenbrechen - wir sind nicht zusammengebrochen."
1	"	"	PUNCT	$(	_	6	punct	_	start_char=0|end_char=1
2	Und	und	CCONJ	KON	_	6	cc	_	start_char=1|end_char=4
3	wer	wer	PRON	PWS	Case=Nom|Gender=Neut|Number=Sing|PronType=Int,Rel	6	nsubj	_	start_char=5|end_char=8
4	auch	auch	ADV	ADV	_	6	advmod	_	start_char=9|end_char=13
5	immer	immer	ADV	ADV	_	6	advmod	_	start_char=14|end_char=19
6	hofft	hoffen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=20|end_char=25
7	oder	oder	CCONJ	KON	_	9	cc	_	start_char=26|end_char=30
8	uns	wir	PRON	PPER	Case=Dat|Number=Plur|Person=1|PronType=Prs	9	obj	_	start_char=31|end_char=34
9	vorausgesagt	voraussagen	VERB	VVPP	VerbForm=Part	6	conj	_	start_char=35|end_char=47
10	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	9	aux	_	start_char=48|end_char=51
11	,	,	PUNCT	$,	_	14	punct	_	start_char=51|end_char=52
12	dass	dass	SCONJ	KOUS	_	14	mark	_	start_char=53|end_char=57
13	wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	14	nsubj	_	start_char=58|end_char=61
14	zusammenbrechen	zusammenbrechen	VERB	VVINF	VerbForm=Inf	9	advcl	_	start_char=62|end_char=77
15	-	-	PUNCT	$	_	19	punct	_	start_char=78|end_char=79
16	wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	19	nsubj	_	start_char=80|end_char=83
17	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin	19	aux	_	start_char=84|end_char=88
18	nicht	nicht	PART	PTKNEG	Polarity=Neg	19	advmod	_	start_char=89|end_char=94
19	zusammengebrochen	zusammenbrechen	VERB	VVPP	VerbForm=Part	14	ccomp	_	start_char=95|end_char=112
20	.	.	PUNCT	$.	_	19	punct	_	start_char=112|end_char=113
21	"	"	PUNCT	$(	_	19	punct	_	start_char=113|end_char=114

# text = Es werde zwar nicht einfach.
1	Es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	5	nsubj	_	start_char=0|end_char=2
2	werde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	aux	_	start_char=3|end_char=8
3	zwar	zwar	ADV	ADV	_	5	advmod	_	start_char=9|end_char=13
4	nicht	nicht	PART	PTKNEG	Polarity=Neg	5	advmod	_	start_char=14|end_char=19
5	einfach	einfach	ADV	ADV	_	0	root	_	start_char=20|end_char=27
6	.	.	PUNCT	$.	_	5	punct	_	start_char=27|end_char=28

# text = "Aber wann war es schon einfach", fügte er hinzu.
1	"	"	PUNCT	$(	_	10	punct	_	start_char=0|end_char=1
2	Aber	aber	CCONJ	KON	_	10	cc	_	start_char=1|end_char=5
3	wann	wann	ADV	PROAV	_	10	advmod	_	start_char=6|end_char=10
4	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	10	ccomp	_	start_char=11|end_char=14
5	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	10	expl	_	start_char=15|end_char=17
6	schon	schon	ADV	ADV	_	7	advmod	_	start_char=18|end_char=23
7	einfach	einfach	ADV	ADV	_	10	advmod	_	start_char=24|end_char=31
8	"	"	PUNCT	$(	_	7	punct	_	start_char=31|end_char=32
9	,	,	PUNCT	$,	_	4	punct	_	start_char=32|end_char=33
10	fügte	fügen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=34|end_char=39
11	er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	10	nsubj	_	start_char=40|end_char=42
12	hinzu	hinzu	ADV	PTKVZ	_	10	compound:prt	_	start_char=43|end_char=48
13	.	.	PUNCT	$.	_	10	punct	_	start_char=48|end_char=49
"""
# Wikinews train, 57933 - Massendemonstrationen gegen Wahlbetrug im Iran (2009-06-16)
RTVE = """\
# newpar
# text = „Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.
1	„	„	PUNCT	$(	_	5	punct	_	start_char=0|end_char=1
2	Wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	5	nsubj	_	start_char=1|end_char=4
3	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	5	cop	_	start_char=5|end_char=9
4	unwillkommene	unwillkommen	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Plur	5	amod	_	start_char=10|end_char=23
5	Zeugen	Zeug	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	8	ccomp	_	start_char=24|end_char=30
6	“	“	PUNCT	$(	_	5	punct	_	start_char=30|end_char=31
7	,	,	PUNCT	$,	_	5	punct	_	start_char=31|end_char=32
8	zitierte	zitieren	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=33|end_char=41
9	man	man	PRON	PIS	Case=Nom|Number=Sing|PronType=Ind	8	nsubj	_	start_char=42|end_char=45
10	Yolanda	Yolanda	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	obj	_	start_char=46|end_char=53
11	Alvarez	Alvarez	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	10	flat	_	start_char=54|end_char=61
12	von	von	ADP	APPR	_	14	case	_	start_char=62|end_char=65
13	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	14	det	_	start_char=62|end_char=65
14	Sender	Sender	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	8	obl	_	start_char=66|end_char=72
15	RTVE	RTVE	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	appos	_	start_char=73|end_char=77
16	.	.	PUNCT	$.	_	8	punct	_	start_char=77|end_char=78
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
# Wikinews train, 51747 - Deutschland: Linkspartei wegen Nähe zur PKK in der Kritik (2008-07-20)
JELPKE = """\
# newpar
# text = „Es besteht Diskussionsbedarf“, sagte Jelpke gegenüber Spiegel Online.
1	„	„	PUNCT	$(	_	3	punct	_	start_char=0|end_char=1
2	Es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	3	expl	_	start_char=1|end_char=3
3	besteht	bestehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	ccomp	_	start_char=4|end_char=11
4	Diskussionsbedarf	Diskussionsbedarf	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	obj	_	start_char=12|end_char=29
5	“	“	PUNCT	$(	_	3	punct	_	start_char=29|end_char=30
6	,	,	PUNCT	$,	_	3	punct	_	start_char=30|end_char=31
7	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=32|end_char=37
8	Jelpke	Jelpke	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	nsubj	_	start_char=38|end_char=44
9	gegenüber	gegenüber	ADP	APPR	_	10	case	_	start_char=45|end_char=54
10	Spiegel	Spiegel	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	7	obl	_	start_char=55|end_char=62
11	Online	Online	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	10	appos	_	start_char=63|end_char=69
12	.	.	PUNCT	$.	_	7	punct	_	start_char=69|end_char=70
"""
# Wikinews train, 18890 - Bad Reichenhall: Bergungsarbeiten in der Eissporthalle dauern an (2006-01-03)
HIESS_ES = """\
# newpar
# text = Es gebe noch Hohlräume, zu denen die Helfer wegen der Einsturzgefahr nicht vordringen konnten, hieß es.
1	Es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	2	expl	_	start_char=0|end_char=2
2	gebe	geben	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	17	ccomp	_	start_char=3|end_char=7
3	noch	noch	ADV	ADV	_	2	advmod	_	start_char=8|end_char=12
4	Hohlräume	Hohlraum	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	2	obj	_	start_char=13|end_char=22
5	,	,	PUNCT	$,	_	14	punct	_	start_char=22|end_char=23
6	zu	zu	ADP	APPR	_	7	case	_	start_char=24|end_char=26
7	denen	der	PRON	PRELS	Case=Dat|Number=Plur|PronType=Dem,Rel	14	obl	_	start_char=27|end_char=32
8	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	9	det	_	start_char=33|end_char=36
9	Helfer	Helfer	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	14	nsubj	_	start_char=37|end_char=43
10	wegen	wegen	ADP	APPR	_	12	case	_	start_char=44|end_char=49
11	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=50|end_char=53
12	Einsturzgefahr	Einsturzgefahr	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	14	obl	_	start_char=54|end_char=68
13	nicht	nicht	PART	PTKNEG	Polarity=Neg	14	advmod	_	start_char=69|end_char=74
14	vordringen	vordringen	VERB	VVINF	VerbForm=Inf	4	acl:relcl	_	start_char=75|end_char=85
15	konnten	können	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	14	aux	_	start_char=86|end_char=93
16	,	,	PUNCT	$,	_	2	punct	_	start_char=93|end_char=94
17	hieß	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=95|end_char=99
18	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	17	nsubj	_	start_char=100|end_char=102
19	.	.	PUNCT	$.	_	17	punct	_	start_char=102|end_char=103
"""
# Wikinews train, 27237 - Braunbär in Deutschland: Freigabe zum Abschuss (2006-05-22)
WWF = """\
# newpar
# text = In der Pressemitteilung des WWF heißt es weiter, dass ein konfliktfreies Nebeneinander von Mensch und Bär bei diesem Tier sehr unwahrscheinlich sei.
1	In	in	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=3|end_char=6
3	Pressemitteilung	Pressemitteilung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	6	obl	_	start_char=7|end_char=23
4	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	start_char=24|end_char=27
5	WWF	WWF	PROPN	NE	Case=Gen|Gender=Masc|Number=Sing	3	nmod	_	start_char=28|end_char=31
6	heißt	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=32|end_char=37
7	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	6	expl	_	start_char=38|end_char=40
8	weiter	weiter	ADV	ADV	_	6	advmod	_	start_char=41|end_char=47
9	,	,	PUNCT	$,	_	22	punct	_	start_char=47|end_char=48
10	dass	dass	SCONJ	KOUS	_	22	mark	_	start_char=49|end_char=53
11	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	13	det	_	start_char=54|end_char=57
12	konfliktfreies	konfliktfrei	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	13	amod	_	start_char=58|end_char=72
13	Nebeneinander	Nebeneinander	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	22	nsubj	_	start_char=73|end_char=86
14	von	von	ADP	APPR	_	15	case	_	start_char=87|end_char=90
15	Mensch	Mensch	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	13	nmod	_	start_char=91|end_char=97
16	und	und	CCONJ	KON	_	17	cc	_	start_char=98|end_char=101
17	Bär	Bär	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	15	conj	_	start_char=102|end_char=105
18	bei	bei	ADP	APPR	_	20	case	_	start_char=106|end_char=109
19	diesem	dieser	DET	PDAT	Case=Dat|Gender=Neut|Number=Sing|PronType=Dem	20	det	_	start_char=110|end_char=116
20	Tier	Tier	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	22	obl	_	start_char=117|end_char=121
21	sehr	sehr	ADV	ADV	_	22	advmod	_	start_char=122|end_char=126
22	unwahrscheinlich	unwahrscheinlich	ADJ	ADJD	Degree=Pos	6	advcl	_	start_char=127|end_char=143
23	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	22	cop	_	start_char=144|end_char=147
24	.	.	PUNCT	$.	_	6	punct	_	start_char=147|end_char=148
"""
# Wikinews train, 57933 - Massendemonstrationen gegen Wahlbetrug im Iran (2009-06-16)
SKANDIERTEN = """\
# newpar
# text = Später versammelten sich jedoch zehntausende und am Nachmittag hunderttausende von Demonstranten, die unter anderem skandierten: „Mussawi, hole unsere Stimmen zurück!“
1	Später	spät	ADV	ADV	_	2	advmod	_	start_char=0|end_char=6
2	versammelten	versammeln	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=7|end_char=19
3	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	2	obj	_	start_char=20|end_char=24
4	jedoch	jedoch	ADV	ADV	_	2	advmod	_	start_char=25|end_char=31
5	zehntausende	zehntausend	ADJ	ADJD	Degree=Pos	2	advmod	_	start_char=32|end_char=44
6	und	und	CCONJ	KON	_	9	cc	_	start_char=45|end_char=48
7	an	an	ADP	APPR	_	9	case	_	start_char=49|end_char=51
8	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	9	det	_	start_char=49|end_char=51
9	Nachmittag	Nachmittag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	2	obl	_	start_char=52|end_char=62
10	hunderttausende	hunderttausend	ADJ	ADJD	_	2	advmod	_	start_char=63|end_char=78
11	von	von	ADP	APPR	_	12	case	_	start_char=79|end_char=82
12	Demonstranten	Demonstrant	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	9	nmod	_	start_char=83|end_char=96
13	,	,	PUNCT	$,	_	17	punct	_	start_char=96|end_char=97
14	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	17	nsubj	_	start_char=98|end_char=101
15	unter	unter	ADP	APPR	_	16	case	_	start_char=102|end_char=107
16	anderem	ander	DET	PIS	Case=Dat|Gender=Neut|Number=Sing|PronType=Tot	17	obl	_	start_char=108|end_char=115
17	skandierten	skandieren	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	12	acl:relcl	_	start_char=116|end_char=127
18	:	:	PUNCT	$.	_	22	punct	_	start_char=127|end_char=128
19	„	„	PUNCT	$(	_	17	punct	_	start_char=129|end_char=130
20	Mussawi	Mussawi	PROPN	NE	Case=Nom|Number=Sing	22	nsubj	_	start_char=130|end_char=137
21	,	,	PUNCT	$,	_	22	punct	_	start_char=137|end_char=138
22	hole	holen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	2	conj	_	start_char=139|end_char=143
23	unsere	unser	DET	PPOSAT	Case=Nom|Gender=Fem|Number=Plur|Number[psor]=Sing|Person=1|Poss=Yes|PronType=Prs	24	det:poss	_	start_char=144|end_char=150
24	Stimmen	Stimme	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	22	obj	_	start_char=151|end_char=158
25	zurück	zurück	ADV	PTKVZ	_	22	compound:prt	_	start_char=159|end_char=165
26	!	!	PUNCT	$.	_	2	punct	_	start_char=165|end_char=166
27	“	“	PUNCT	$(	_	2	punct	_	start_char=166|end_char=167
"""
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


def test_sources_verb_source_subject_after_inverted_verb():
    """sources.verb_source: "<clause>, sagte Russlands Verteidigungsminister Sergej Schoigu" -- the title with the name speaks."""
    sent = sentence(SCHOIGU)
    src = sources.verb_source(sent, word(sent, "sagte"), "sagen")
    assert words(sent, src.mention) == "Russlands Verteidigungsminister Sergej Schoigu"
    assert not src.passive and src.outlet == []


def test_sources_subject_after_picks_the_title_not_the_genitive():
    """sources.subject_after: "sagte Russlands Verteidigungsminister …" -> the title noun, not "Russlands"."""
    sent = sentence(SCHOIGU)
    assert sources.subject_after(sent, word(sent, "sagte")).text == "Verteidigungsminister"


def test_sources_inverted_demonstrative_object_first():
    """sources.inverted: "Dies bestätigte Stoiber" -- the parser's subject "Dies" is the object; "Schröder sagte, …" is not inverted."""
    sent = parse(STOIBER).sentences[1]
    v = word(sent, "bestätigte")
    assert sources.inverted(sent, v, sent.dependents(v.i, "nsubj"))
    sent = sentence(SCHROEDER)
    v = word(sent, "sagte")
    assert not sources.inverted(sent, v, sent.dependents(v.i, "nsubj"))


def test_sources_verb_source_dies_bestaetigte_stoiber():
    """sources.verb_source: "Dies bestätigte Stoiber heute selbst in München" -- Stoiber confirmed, not "Dies"."""
    sent = parse(STOIBER).sentences[1]
    assert words(sent, sources.verb_source(sent, word(sent, "bestätigte"), "bestätigen").mention) == "Stoiber"


def test_sources_subject_mention_before_verb():
    """sources.subject_mention: "Schröder sagte, …" -- Schröder speaks."""
    sent = sentence(SCHROEDER)
    v = word(sent, "sagte")
    assert words(sent, sources.subject_mention(sent, v, sent.dependents(v.i, "nsubj"), [], False)) == "Schröder"


def test_sources_quoted_one_passive_zitiert():
    """sources.quoted_one: "wurde er von der russischen Staatsagentur Tass zitiert" -- he speaks, Tass carries it."""
    sent = parse(TASS).sentences[1]
    src = sources.verb_source(sent, word(sent, "zitiert"), "zitieren")
    assert words(sent, src.mention) == "er"
    assert src.passive
    assert "Tass" in words(sent, src.outlet).split()


def test_sources_quoted_one_active_zitierte():
    """sources.quoted_one: "zitierte man Yolanda Alvarez": the one quoted is the speaker, not "man"."""
    sent = sentence(RTVE)
    src = sources.verb_source(sent, word(sent, "zitierte"), "zitieren")
    assert words(sent, src.mention) == "Yolanda Alvarez"


def test_sources_with_outlet_medium_hung_on_subject():
    """sources.with_outlet: "teilte das Verteidigungsministerium im Onlinedienst Telegram mit" -- the ministry speaks, Telegram carries."""
    sent = parse(TELEGRAM).sentences[1]
    src = sources.verb_source(sent, word(sent, "teilte"), "mitteilen")
    assert words(sent, src.mention) == "das belarussische Verteidigungsministerium"
    assert "Telegram" in words(sent, src.outlet).split()


def test_sources_with_outlet_gegenueber():
    """sources.with_outlet: "sagte Jelpke gegenüber Spiegel Online" -- Jelpke speaks, to Spiegel Online."""
    sent = sentence(JELPKE)
    src = sources.verb_source(sent, word(sent, "sagte"), "sagen")
    assert words(sent, src.mention) == "Jelpke"
    assert words(sent, src.outlet).endswith("Spiegel Online")


def test_sources_verb_source_hiess_es_is_nobody():
    """sources.verb_source: "…, hieß es." -- the expletive "es" names no speaker."""
    sent = sentence(HIESS_ES)
    assert sources.verb_source(sent, word(sent, "hieß"), "heißen").mention == []


def test_sources_verb_source_heisst_es_in_document_of():
    """sources.verb_source: "In der Pressemitteilung des WWF heißt es" -- the WWF, the owner of the document."""
    sent = sentence(WWF)
    assert words(sent, sources.verb_source(sent, word(sent, "heißt"), "heißen").mention) == "des WWF"


def test_sources_subject_mention_relative_pronoun_is_its_noun():
    """sources.subject_mention: "Demonstranten, die … skandierten" -- the demonstrators chant, not "die"."""
    sent = sentence(SKANDIERTEN)
    src = sources.verb_source(sent, word(sent, "skandierten"), "skandieren")
    assert "Demonstranten" in words(sent, src.mention).split()
    assert "die" not in words(sent, src.mention).split()


def test_sources_is_document_pressemitteilung():
    """sources.is_document: "Pressemitteilung" is a document that speaks, "Tier" is not."""
    sent = sentence(WWF)
    assert sources.is_document(word(sent, "Pressemitteilung"))
    assert not sources.is_document(word(sent, "Tier"))


def test_sources_has_name_title_with_name():
    """sources.has_name: "Russlands Verteidigungsminister Sergej Schoigu" names someone; "Hohlräume" does not."""
    sent = sentence(SCHOIGU)
    assert sources.has_name(sent, word(sent, "Verteidigungsminister"))
    sent = sentence(HIESS_ES)
    assert not sources.has_name(sent, word(sent, "Hohlräume"))
