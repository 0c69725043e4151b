"""Rules of `quotes.direct`: which quoted regions are speech, and whose."""
from __future__ import annotations

from quotes import direct
from quotes.context import ArticleContext
from quotes.extract import find_quotes

from .parses import ENGE_ARBEIT, FILM, JELPKE, SOGENANNT
from .ruletools import parse, text_of, words

# Wikinews train, 46350 - 26-Jähriger überfuhr Fahrradfahrer in München: 18 Monate Haft (2007-12-20)
STUDENT = """\
# newpar
# text = „Ich bin mir bewusst, dass das unentschuldbar ist“, sagte der Student auf der Anklagebank.
1	„	„	PUNCT	$(	_	5	punct	_	start_char=0|end_char=1
2	Ich	ich	PRON	PPER	Case=Nom|Number=Sing|Person=1|PronType=Prs	5	nsubj	_	start_char=1|end_char=4
3	bin	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin	5	cop	_	start_char=5|end_char=8
4	mir	ich	PRON	PRF	Case=Dat|Number=Sing|Person=1|PronType=Prs|Reflex=Yes	5	obl:arg	_	start_char=9|end_char=12
5	bewusst	bewusst	ADJ	ADJD	Degree=Pos	13	ccomp	_	start_char=13|end_char=20
6	,	,	PUNCT	$,	_	9	punct	_	start_char=20|end_char=21
7	dass	dass	SCONJ	KOUS	_	9	mark	_	start_char=22|end_char=26
8	das	der	DET	PDS	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	9	nsubj	_	start_char=27|end_char=30
9	unentschuldbar	unentschuldbar	ADJ	ADJD	Degree=Pos	5	advcl	_	start_char=31|end_char=45
10	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	9	cop	_	start_char=46|end_char=49
11	“	“	PUNCT	$(	_	5	punct	_	start_char=49|end_char=50
12	,	,	PUNCT	$,	_	5	punct	_	start_char=50|end_char=51
13	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=52|end_char=57
14	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	15	det	_	start_char=58|end_char=61
15	Student	Student	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	13	nsubj	_	start_char=62|end_char=69
16	auf	auf	ADP	APPR	_	18	case	_	start_char=70|end_char=73
17	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	18	det	_	start_char=74|end_char=77
18	Anklagebank	Anklagebank	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	13	obl	_	start_char=78|end_char=89
19	.	.	PUNCT	$.	_	13	punct	_	start_char=89|end_char=90
"""
# Wikinews train, 42688 - Al Qaida droht Vergeltungsschläge für Rushdie-Ehrung an (2007-07-11)
TITEL = """\
# newpar
# text = Das Tonband trägt den Titel „Bösartiges Britannien und seine indischen Sklaven“ und wurde von As-Sahab, der Medienorganisation Al-Qaidas, entwickelt.
1	Das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Tonband	Tonband	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	3	nsubj	_	start_char=4|end_char=11
3	trägt	tragen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=12|end_char=17
4	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	start_char=18|end_char=21
5	Titel	Titel	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	3	obj	_	start_char=22|end_char=27
6	„	„	PUNCT	$(	_	8	punct	_	start_char=28|end_char=29
7	Bösartiges	bösartig	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	8	amod	_	start_char=29|end_char=39
8	Britannien	Britannien	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	5	nmod	_	start_char=40|end_char=50
9	und	und	CCONJ	KON	_	12	cc	_	start_char=51|end_char=54
10	seine	sein	DET	PPOSAT	Case=Acc|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	12	det:poss	_	start_char=55|end_char=60
11	indischen	indisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	12	amod	_	start_char=61|end_char=70
12	Sklaven	Sklave	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	8	conj	_	start_char=71|end_char=78
13	“	“	PUNCT	$(	_	12	punct	_	start_char=78|end_char=79
14	und	und	CCONJ	KON	_	27	cc	_	start_char=80|end_char=83
15	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	27	aux:pass	_	start_char=84|end_char=89
16	von	von	ADP	APPR	_	19	case	_	start_char=90|end_char=93
17	As	As	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	19	compound	_	start_char=94|end_char=96
18	-	-	PUNCT	$	_	17	punct	_	start_char=96|end_char=97
19	Sahab	Sahab	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	27	obl	_	start_char=97|end_char=102
20	,	,	PUNCT	$,	_	22	punct	_	start_char=102|end_char=103
21	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	22	det	_	start_char=104|end_char=107
22	Medienorganisation	Medienorganisation	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	19	compound	_	start_char=108|end_char=126
23	Al	Al	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	25	compound	_	start_char=127|end_char=129
24	-	-	PUNCT	$	_	23	punct	_	start_char=129|end_char=130
25	Qaidas	Qaidas	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	22	appos	_	start_char=130|end_char=136
26	,	,	PUNCT	$,	_	27	punct	_	start_char=136|end_char=137
27	entwickelt	entwickeln	VERB	VVPP	VerbForm=Part	3	conj	_	start_char=138|end_char=148
28	.	.	PUNCT	$.	_	3	punct	_	start_char=148|end_char=149
"""
# Wikinews train, 41694 - Demonstration gegen das ASEM-Treffen in Hamburg (2007-05-28)
AUFSCHRIFT = """\
# newpar
# text = In Anspielung auf die Durchsuchungen bei G8-Gegnern trugen einige Demonstranten Stoffbänder mit der Aufschrift „Kritik = Terror“ am Mund.
1	In	in	ADP	APPR	_	2	case	_	start_char=0|end_char=2
2	Anspielung	Anspielung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	10	obl	_	start_char=3|end_char=13
3	auf	auf	ADP	APPR	_	5	case	_	start_char=14|end_char=17
4	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	5	det	_	start_char=18|end_char=21
5	Durchsuchungen	Durchsuchung	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	2	nmod	_	start_char=22|end_char=36
6	bei	bei	ADP	APPR	_	9	case	_	start_char=37|end_char=40
7	G8	G8	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	9	compound	_	start_char=41|end_char=43
8	-	-	PUNCT	$	_	7	punct	_	start_char=43|end_char=44
9	Gegnern	Gegner	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	5	nmod	_	start_char=44|end_char=51
10	trugen	tragen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=52|end_char=58
11	einige	einige	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	12	det	_	start_char=59|end_char=65
12	Demonstranten	Demonstrant	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	10	nsubj	_	start_char=66|end_char=79
13	Stoffbänder	Stoffbänder	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	10	obj	_	start_char=80|end_char=91
14	mit	mit	ADP	APPR	_	16	case	_	start_char=92|end_char=95
15	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	16	det	_	start_char=96|end_char=99
16	Aufschrift	Aufschrift	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	10	obl	_	start_char=100|end_char=110
17	„	„	PUNCT	$(	_	18	punct	_	start_char=111|end_char=112
18	Kritik	Kritik	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	16	appos	_	start_char=112|end_char=118
19	=	=	PUNCT	$	_	20	punct	_	start_char=119|end_char=120
20	Terror	Terror	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	18	appos	_	start_char=121|end_char=127
21	“	“	PUNCT	$(	_	20	punct	_	start_char=127|end_char=128
22	an	an	ADP	APPR	_	24	case	_	start_char=129|end_char=131
23	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	24	det	_	start_char=129|end_char=131
24	Mund	Mund	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	20	nmod	_	start_char=132|end_char=136
25	.	.	PUNCT	$.	_	10	punct	_	start_char=136|end_char=137
"""
# Wikinews train, 14002 - Rumänien: Verdacht auf Vogelgrippe bestätigt (2005-10-16)
STOEHR = """\
# newpar
# text = Der Leiter des Influenza-Programms der WHO, Klaus Stöhr, sagte: „Man muss sich jetzt schon darauf vorbereiten, dass die Seuche sich weiter ausbreitet.“
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Leiter	Leiter	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	13	nsubj	_	start_char=4|end_char=10
3	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=11|end_char=14
4	Influenza	Influenza	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	6	compound	_	start_char=15|end_char=24
5	-	-	PUNCT	$	_	4	punct	_	start_char=24|end_char=25
6	Programms	Programm	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	2	nmod	_	start_char=25|end_char=34
7	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=35|end_char=38
8	WHO	WHO	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	6	nmod	_	start_char=39|end_char=42
9	,	,	PUNCT	$,	_	10	punct	_	start_char=42|end_char=43
10	Klaus	Klaus	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	conj	_	start_char=44|end_char=49
11	Stöhr	Stöhr	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	flat	_	start_char=50|end_char=55
12	,	,	PUNCT	$,	_	2	punct	_	start_char=55|end_char=56
13	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=57|end_char=62
14	:	:	PUNCT	$.	_	22	punct	_	start_char=62|end_char=63
15	„	„	PUNCT	$(	_	22	punct	_	start_char=64|end_char=65
16	Man	man	PRON	PIS	Case=Nom|Number=Sing|PronType=Ind	22	nsubj	_	start_char=65|end_char=68
17	muss	müssen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	22	aux	_	start_char=69|end_char=73
18	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	22	obj	_	start_char=74|end_char=78
19	jetzt	jetzt	ADV	ADV	_	22	advmod	_	start_char=79|end_char=84
20	schon	schon	ADV	ADV	_	22	advmod	_	start_char=85|end_char=90
21	darauf	darauf	ADV	PROAV	PronType=Dem	22	advmod	_	start_char=91|end_char=97
22	vorbereiten	vorbereiten	VERB	VVINF	VerbForm=Inf	13	ccomp	_	start_char=98|end_char=109
23	,	,	PUNCT	$,	_	29	punct	_	start_char=109|end_char=110
24	dass	dass	SCONJ	KOUS	_	29	mark	_	start_char=111|end_char=115
25	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	26	det	_	start_char=116|end_char=119
26	Seuche	Seuche	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	29	nsubj	_	start_char=120|end_char=126
27	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	29	obj	_	start_char=127|end_char=131
28	weiter	weiter	ADV	ADV	_	29	advmod	_	start_char=132|end_char=138
29	ausbreitet	ausbreiten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	22	advcl	_	start_char=139|end_char=149
30	.	.	PUNCT	$.	_	22	punct	_	start_char=149|end_char=150
31	“	“	PUNCT	$(	_	22	punct	_	start_char=150|end_char=151
"""
# Wikinews train, 12491 - Ergebnisse der Bundestagswahl 2005 (2005-09-18)
ZITAT_SCHROEDER = """\
# newpar
# text = Zitat von Schröder: „Wir haben etwas erreicht, was viele für völlig unmöglich gehalten haben.“
1	Zitat	Zitat	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	9	nsubj	_	start_char=0|end_char=5
2	von	von	ADP	APPR	_	3	case	_	start_char=6|end_char=9
3	Schröder	Schröder	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	1	nmod	_	start_char=10|end_char=18
4	:	:	PUNCT	$.	_	1	punct	_	start_char=18|end_char=19
5	„	„	PUNCT	$(	_	9	punct	_	start_char=20|end_char=21
6	Wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	9	nsubj	_	start_char=21|end_char=24
7	haben	haben	AUX	VAFIN	Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin	9	aux	_	start_char=25|end_char=30
8	etwas	etwas	ADV	PIS	PronType=Ind	9	advmod	_	start_char=31|end_char=36
9	erreicht	erreichen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=37|end_char=45
10	,	,	PUNCT	$,	_	16	punct	_	start_char=45|end_char=46
11	was	was	PRON	PWS	Case=Nom|Gender=Neut|Number=Sing|PronType=Int,Rel	16	obj	_	start_char=47|end_char=50
12	viele	viel	DET	PIAT	Case=Nom|Gender=Neut|Number=Plur|PronType=Ind	16	obj	_	start_char=51|end_char=56
13	für	für	ADP	APPR	_	15	case	_	start_char=57|end_char=60
14	völlig	völlig	ADV	ADJD	_	15	advmod	_	start_char=61|end_char=67
15	unmöglich	unmöglich	ADJ	ADJD	Degree=Pos	16	advmod	_	start_char=68|end_char=77
16	gehalten	halten	VERB	VVPP	VerbForm=Part	9	advcl	_	start_char=78|end_char=86
17	haben	haben	AUX	VAINF	VerbForm=Inf	16	aux	_	start_char=87|end_char=92
18	.	.	PUNCT	$.	_	9	punct	_	start_char=92|end_char=93
19	“	“	PUNCT	$(	_	9	punct	_	start_char=93|end_char=94
"""
# Wikinews train, 12839 - Umstrukturierung führt zu Stellenabbau bei RTL (2005-09-24)
RTL = """\
# newpar
# text = RTL-Chefin Anke Schäferkordt nannte diese Zahlen „aus der Luft gegriffen“.
1	RTL	RTL	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	compound	_	start_char=0|end_char=3
2	-	-	PUNCT	$	_	1	punct	_	start_char=3|end_char=4
3	Chefin	Chefin	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	6	nsubj	_	start_char=4|end_char=10
4	Anke	Anke	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=11|end_char=15
5	Schäferkordt	Schäferkordt	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=16|end_char=28
6	nannte	nennen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=29|end_char=35
7	diese	dieser	DET	PDAT	Case=Acc|Gender=Fem|Number=Plur|PronType=Dem	8	det	_	start_char=36|end_char=41
8	Zahlen	Zahl	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	6	obj	_	start_char=42|end_char=48
9	„	„	PUNCT	$(	_	13	punct	_	start_char=49|end_char=50
10	aus	aus	ADP	APPR	_	12	case	_	start_char=50|end_char=53
11	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=54|end_char=57
12	Luft	Luft	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	13	obl	_	start_char=58|end_char=62
13	gegriffen	greifen	VERB	VVPP	VerbForm=Part	6	ccomp	_	start_char=63|end_char=72
14	“	“	PUNCT	$(	_	13	punct	_	start_char=72|end_char=73
15	.	.	PUNCT	$.	_	6	punct	_	start_char=73|end_char=74
"""
# Wikinews train, 22943 - BND-Affäre: Am Montag tagt das parlamentarische Kontrollgremium (2006-03-01)
WIEFELSPUETZ = """\
# newpar
# text = SPD-Innenexperte Wiefelspütz nannte den Bericht eine „Zeitungsente“.
1	SPD	SPD	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	compound	_	start_char=0|end_char=3
2	-	-	PUNCT	$	_	1	punct	_	start_char=3|end_char=4
3	Innenexperte	Innenexperte	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	5	nsubj	_	start_char=4|end_char=16
4	Wiefelspütz	Wiefelspütz	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=17|end_char=28
5	nannte	nennen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=29|end_char=35
6	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	7	det	_	start_char=36|end_char=39
7	Bericht	Bericht	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	5	obj	_	start_char=40|end_char=47
8	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	10	det	_	start_char=48|end_char=52
9	„	„	PUNCT	$(	_	10	punct	_	start_char=53|end_char=54
10	Zeitungsente	Zeitungsente	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	5	obj	_	start_char=54|end_char=66
11	“	“	PUNCT	$(	_	10	punct	_	start_char=66|end_char=67
12	.	.	PUNCT	$.	_	5	punct	_	start_char=67|end_char=68
"""
# Wikinews train, 51123 - Barack Obama will auf staatliche Zuschüsse für seinen Wahlkampf verzichten (2008-06-21)
PACS = """\
# newpar
# text = Allerdings sei das derzeitige, aus dieser Idee abgeleitete System „kaputt“, denn es könne durch sogenannte „Political Action Committees“, kurz „PACs“ genannt, unterwandert werden.
1	Allerdings	allerdings	ADV	ADV	_	12	advmod	_	start_char=0|end_char=10
2	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	32	aux	_	start_char=11|end_char=14
3	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	4	det	_	start_char=15|end_char=18
4	derzeitige	derzeitig	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	10	amod	_	start_char=19|end_char=29
5	,	,	PUNCT	$,	_	10	punct	_	start_char=29|end_char=30
6	aus	aus	ADP	APPR	_	8	case	_	start_char=31|end_char=34
7	dieser	dieser	DET	PDAT	Case=Dat|Gender=Fem|Number=Sing|PronType=Dem	8	det	_	start_char=35|end_char=41
8	Idee	Idee	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	9	nmod	_	start_char=42|end_char=46
9	abgeleitete	abgeleitet	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Sing	10	amod	_	start_char=47|end_char=58
10	System	System	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	2	nsubj	_	start_char=59|end_char=65
11	„	„	PUNCT	$(	_	12	punct	_	start_char=66|end_char=67
12	kaputt	kaputt	ADJ	ADJD	Degree=Pos	10	acl:relcl	_	start_char=67|end_char=73
13	“	“	PUNCT	$(	_	12	punct	_	start_char=73|end_char=74
14	,	,	PUNCT	$,	_	12	punct	_	start_char=74|end_char=75
15	denn	denn	CCONJ	KON	_	30	cc	_	start_char=76|end_char=80
16	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	30	nsubj:pass	_	start_char=81|end_char=83
17	könne	können	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	30	aux	_	start_char=84|end_char=89
18	durch	durch	ADP	APPR	_	21	case	_	start_char=90|end_char=95
19	sogenannte	sogenannter	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	21	amod	_	start_char=96|end_char=106
20	„	„	PUNCT	$(	_	21	punct	_	start_char=107|end_char=108
21	Political	Political	NOUN	NN	Case=Acc|Number=Sing	23	compound	_	start_char=108|end_char=117
22	Action	Action	NOUN	FM	_	23	compound	_	start_char=118|end_char=124
23	Committees	Committee	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	30	obl	_	start_char=125|end_char=135
24	“	“	PUNCT	$(	_	23	punct	_	start_char=135|end_char=136
25	,	,	PUNCT	$,	_	23	punct	_	start_char=136|end_char=137
26	kurz	kurz	ADJ	ADJD	Degree=Pos	28	advmod	_	start_char=138|end_char=142
27	„	„	PUNCT	$(	_	28	punct	_	start_char=143|end_char=144
28	PACs	PACs	PROPN	NE	Case=Nom|Number=Sing	30	nsubj:pass	_	start_char=144|end_char=148
29	“	“	PUNCT	$(	_	28	punct	_	start_char=148|end_char=149
30	genannt	nennen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=150|end_char=157
31	,	,	PUNCT	$,	_	30	punct	_	start_char=157|end_char=158
32	unterwandert	unterwandern	VERB	VVPP	VerbForm=Part	30	conj	_	start_char=159|end_char=171
33	werden	werden	AUX	VAINF	VerbForm=Inf	32	aux:pass	_	start_char=172|end_char=178
34	.	.	PUNCT	$.	_	32	punct	_	start_char=178|end_char=179
"""
# Wikinews train, 37511 - Republik Kongo: 200 Gefangene aus einem Gefängnis ausgebrochen (2007-01-24)
BBC = """\
# newpar
# text = „BBC News“ berichtet unter Berufung auf einen Gefängniswärter, dass die Gefangenen zunächst die Türen ihrer Zellen aufgebrochen haben und anschließend durch das Haupttor des Gebäudes ausgebrochen sind.
1	„	„	PUNCT	$(	_	5	punct	_	start_char=0|end_char=1
2	BBC	BBC	PROPN	NE	Case=Nom|Number=Sing	5	nsubj	_	start_char=1|end_char=4
3	News	New	PROPN	NE	Case=Nom|Number=Sing	2	flat:name	_	start_char=5|end_char=9
4	“	“	PUNCT	$(	_	3	punct	_	start_char=9|end_char=10
5	berichtet	berichten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=11|end_char=20
6	unter	unter	ADP	APPR	_	7	case	_	start_char=21|end_char=26
7	Berufung	Berufung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	5	obl	_	start_char=27|end_char=35
8	auf	auf	ADP	APPR	_	10	case	_	start_char=36|end_char=39
9	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	10	det	_	start_char=40|end_char=45
10	Gefängniswärter	Gefängniswärter	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	5	obl	_	start_char=46|end_char=61
11	,	,	PUNCT	$,	_	20	punct	_	start_char=61|end_char=62
12	dass	dass	SCONJ	KOUS	_	20	mark	_	start_char=63|end_char=67
13	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	14	det	_	start_char=68|end_char=71
14	Gefangenen	Gefangene	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	20	nsubj	_	start_char=72|end_char=82
15	zunächst	zunächst	ADV	ADV	_	20	advmod	_	start_char=83|end_char=91
16	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	17	det	_	start_char=92|end_char=95
17	Türen	Tür	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	20	obj	_	start_char=96|end_char=101
18	ihrer	ihr	DET	PPOSAT	Case=Gen|Gender=Fem|Gender[psor]=Masc,Neut|Number=Plur|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	19	det:poss	_	start_char=102|end_char=107
19	Zellen	Zelle	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	17	nmod	_	start_char=108|end_char=114
20	aufgebrochen	aufbrechen	VERB	VVPP	VerbForm=Part	10	acl:relcl	_	start_char=115|end_char=127
21	haben	haben	AUX	VAINF	Person=3|VerbForm=Fin	20	aux	_	start_char=128|end_char=133
22	und	und	CCONJ	KON	_	29	cc	_	start_char=134|end_char=137
23	anschließend	anschließend	ADV	ADV	_	29	advmod	_	start_char=138|end_char=150
24	durch	durch	ADP	APPR	_	26	case	_	start_char=151|end_char=156
25	das	der	DET	ART	Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	26	det	_	start_char=157|end_char=160
26	Haupttor	Haupttor	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	29	obl	_	start_char=161|end_char=169
27	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	28	det	_	start_char=170|end_char=173
28	Gebäudes	Gebäude	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	26	nmod	_	start_char=174|end_char=182
29	ausgebrochen	ausbrechen	VERB	VVPP	VerbForm=Part	20	conj	_	start_char=183|end_char=195
30	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	29	aux	_	start_char=196|end_char=200
31	.	.	PUNCT	$.	_	5	punct	_	start_char=200|end_char=201
"""
# Wikinews train, 83244 - Badeunfälle: Fußballspielerin Florijana Ismaili, 24, Schauspielerin Lisa Martinek, 47, gestorben (2019-07-04)
NOJA = """\
# newpar
# text = Dieser Arzt, Antonio Noja, schilderte gegenüber der Bildzeitung seinen ersten Eindruck, „dass sie einen Herzstillstand im Wasser hatte und nicht wieder zu Bewusstsein kam“.
1	Dieser	dieser	DET	PDAT	Case=Nom|Gender=Masc|Number=Sing|PronType=Dem	2	det	_	start_char=0|end_char=6
2	Arzt	Arzt	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	7	nsubj	_	start_char=7|end_char=11
3	,	,	PUNCT	$,	_	4	punct	_	start_char=11|end_char=12
4	Antonio	Antonio	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=13|end_char=20
5	Noja	Noja	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=21|end_char=25
6	,	,	PUNCT	$,	_	2	punct	_	start_char=25|end_char=26
7	schilderte	schildern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=27|end_char=37
8	gegenüber	gegenüber	ADP	APPR	_	10	case	_	start_char=38|end_char=47
9	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	start_char=48|end_char=51
10	Bildzeitung	Bildzeitung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	7	obl	_	start_char=52|end_char=63
11	seinen	sein	DET	PPOSAT	Case=Acc|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	13	det:poss	_	start_char=64|end_char=70
12	ersten	erst	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Sing	13	amod	_	start_char=71|end_char=77
13	Eindruck	Eindruck	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	7	obj	_	start_char=78|end_char=86
14	,	,	PUNCT	$,	_	22	punct	_	start_char=86|end_char=87
15	„	„	PUNCT	$(	_	22	punct	_	start_char=88|end_char=89
16	dass	dass	SCONJ	KOUS	_	22	mark	_	start_char=89|end_char=93
17	sie	sie	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	22	nsubj	_	start_char=94|end_char=97
18	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	19	det	_	start_char=98|end_char=103
19	Herzstillstand	Herzstillstand	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	22	obj	_	start_char=104|end_char=118
20	im	in	ADP	APPR	_	21	case	_	start_char=119|end_char=121
21	Wasser	Wasser	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	22	obl	_	start_char=122|end_char=128
22	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	13	acl:relcl	_	start_char=129|end_char=134
23	und	und	CCONJ	KON	_	28	cc	_	start_char=135|end_char=138
24	nicht	nicht	PART	PTKNEG	Polarity=Neg	28	advmod	_	start_char=139|end_char=144
25	wieder	wieder	ADV	ADV	_	28	advmod	_	start_char=145|end_char=151
26	zu	zu	ADP	APPR	_	27	case	_	start_char=152|end_char=154
27	Bewusstsein	Bewußtsein	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	28	obl	_	start_char=155|end_char=166
28	kam	kommen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	22	conj	_	start_char=167|end_char=170
29	“	“	PUNCT	$(	_	28	punct	_	start_char=170|end_char=171
30	.	.	PUNCT	$.	_	7	punct	_	start_char=171|end_char=172
"""
# Wikinews train, 73882 - Ungarn: Roma-Gardechef Ferenc Bago festgenommen (2012-09-07)
JOBBIK = """\
# newpar
# text = In der Partei Jobbik Magyarországért Mozgalom („Bewegung für ein besseres Ungarn“) haben die Rechten ein politisches Sprachrohr.
1	In	in	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=3|end_char=6
3	Partei	Partei	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	16	obl	_	start_char=7|end_char=13
4	Jobbik	Jobbik	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=14|end_char=20
5	Magyarországért	Magyarországért	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=21|end_char=36
6	Mozgalom	Mozgalom	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=37|end_char=45
7	(	(	PUNCT	$	_	9	punct	_	start_char=46|end_char=47
8	„	„	PUNCT	$(	_	9	punct	_	start_char=47|end_char=48
9	Bewegung	Bewegung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	4	appos	_	start_char=48|end_char=56
10	für	für	ADP	APPR	_	13	case	_	start_char=57|end_char=60
11	ein	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Neut|NumType=Card|Number=Sing|PronType=Art	13	det	_	start_char=61|end_char=64
12	besseres	besser	DET	PIAT	Case=Acc|Gender=Neut|Number=Sing	13	det	_	start_char=65|end_char=73
13	Ungarn	Ungarn	PROPN	NE	Case=Acc|Gender=Neut|Number=Sing	9	nmod	_	start_char=74|end_char=80
14	“	“	PUNCT	$(	_	13	punct	_	start_char=80|end_char=81
15	)	)	PUNCT	$	_	9	punct	_	start_char=81|end_char=82
16	haben	haben	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=83|end_char=88
17	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	18	det	_	start_char=89|end_char=92
18	Rechten	Recht	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	21	nsubj	_	start_char=93|end_char=100
19	ein	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	21	det	_	start_char=101|end_char=104
20	politisches	politisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	21	amod	_	start_char=105|end_char=116
21	Sprachrohr	Sprachrohr	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	16	obj	_	start_char=117|end_char=127
22	.	.	PUNCT	$.	_	21	punct	_	start_char=127|end_char=128
"""


def read(conllu: str) -> ArticleContext:
    return ArticleContext.read("t", parse(conllu))


def region(ctx: ArticleContext, inner: str):
    """The quoted region whose text is `inner`, and the sentence it opens in."""
    for k, regions in ctx.opening.items():
        for r in regions:
            if ctx.text[r.start:r.end] == inner:
                return r, ctx.sentences[k]
    raise AssertionError(f"no region {inner!r} in {[ctx.text[r.start:r.end] for r in ctx.regions]}")


def test_direct_direct_quote_with_cue_after():
    """direct.direct_quote: "„Ich bin mir bewusst, …“, sagte der Student" -- the student's words."""
    ctx = read(STUDENT)
    q = direct.direct_quote(ctx, *region(ctx, "Ich bin mir bewusst, dass das unentschuldbar ist"))
    assert (q.kind, q.cue, q.speaker_mention) == ("direct", "sagen", "der Student")


def test_direct_attach_cue_comma_then_verb():
    """direct.attach_cue: "„Es besteht Diskussionsbedarf“, sagte Jelpke" -- the verb right after the marks."""
    ctx = read(JELPKE)
    r, sent = region(ctx, "Es besteht Diskussionsbedarf")
    cue = direct.attach_cue(ctx.text, r, ctx.cues[sent.index], ctx.inside)
    assert cue.lemma == "sagen" and words(sent, cue.source) == "Jelpke"


def test_direct_after_title_noun_film():
    """direct.after_title_noun: "Stanley Kubricks Film „2001: Odyssee im Weltraum“" -- a title, no quote."""
    ctx = read(FILM)
    r, sent = region(ctx, "2001: Odyssee im Weltraum")
    assert direct.after_title_noun(ctx.text, r)
    assert direct.direct_quote(ctx, r, sent) is None


def test_direct_is_title_after_titel():
    """direct.is_title: "trägt den Titel „Bösartiges Britannien und seine indischen Sklaven“" -- a title, however long."""
    ctx = read(TITEL)
    r, sent = region(ctx, "Bösartiges Britannien und seine indischen Sklaven")
    assert direct.is_title(ctx.text, r)
    assert direct.direct_quote(ctx, r, sent) is None


def test_direct_is_title_capitalised_name_in_marks():
    """direct.is_title: "sogenannte „Political Action Committees“" -- a capitalised name, not speech."""
    ctx = read(PACS)
    r, sent = region(ctx, "Political Action Committees")
    assert direct.is_title(ctx.text, r)
    assert direct.direct_quote(ctx, r, sent) is None


def test_direct_is_slogan_aufschrift():
    """direct.is_slogan: "Stoffbänder mit der Aufschrift „Kritik = Terror“" -- the demonstrators' slogan."""
    ctx = read(AUFSCHRIFT)
    r, sent = region(ctx, "Kritik = Terror")
    assert direct.is_slogan(ctx.text, r)
    q = direct.direct_quote(ctx, r, sent)
    assert q.kind == "direct" and q.speaker == "Demonstranten"


def test_direct_colon_speaker_subject_before_colon():
    """direct.colon_speaker: "Der Leiter des Influenza-Programms der WHO, Klaus Stöhr, sagte: „…“"."""
    ctx = read(STOEHR)
    r, sent = region(ctx, "Man muss sich jetzt schon darauf vorbereiten, dass die Seuche sich weiter ausbreitet.")
    assert direct.before_mark(ctx.text, r) == ":"
    assert text_of(ctx, sent, direct.colon_speaker(ctx.text, sent, r)) == \
        "Der Leiter des Influenza-Programms der WHO, Klaus Stöhr"


def test_direct_colon_after_name():
    """direct.direct_quote (colon rule): "Zitat von Schröder: „Wir haben etwas erreicht, …“" -- Schröder's words."""
    ctx = read(ZITAT_SCHROEDER)
    q = direct.direct_quote(ctx, *region(ctx, "Wir haben etwas erreicht, was viele für völlig unmöglich gehalten haben."))
    assert q.kind == "direct" and q.speaker == "Schröder"


def test_direct_looks_like_speech_not_a_term():
    """direct.looks_like_speech: "einem sogenannten „Gestapo-Vergleich“" is a term; the student's sentence is speech."""
    ctx = read(SOGENANNT)
    r, sent = region(ctx, "Gestapo-Vergleich")
    assert not direct.looks_like_speech(ctx.text, r)
    assert direct.direct_quote(ctx, r, sent) is None
    ctx = read(STUDENT)
    assert direct.looks_like_speech(ctx.text, region(ctx, "Ich bin mir bewusst, dass das unentschuldbar ist")[0])


def test_direct_is_fragment_inside_reported_clause():
    """direct.is_fragment: "Putin sagte, es werde „enge Arbeit“ … geben" -- words in marks inside his reported clause."""
    ctx = read(ENGE_ARBEIT)
    r, sent = region(ctx, "enge Arbeit")
    cue = next(c for c in ctx.cues[sent.index] if c.lemma == "sagen")
    assert direct.is_fragment(ctx.text, r, *cue.content_span)
    assert direct.direct_quote(ctx, r, sent) is None


def test_direct_object_cue_nannte_zahlen():
    """direct.object_cue / speaks: "Anke Schäferkordt nannte diese Zahlen „aus der Luft gegriffen“" -- her words."""
    ctx = read(RTL)
    r, sent = region(ctx, "aus der Luft gegriffen")
    cue = direct.object_cue(r, ctx.cues[sent.index])
    assert cue.lemma == "nennen" and direct.speaks(cue)
    q = direct.direct_quote(ctx, r, sent)
    assert q.kind == "direct" and q.speaker == "Anke Schäferkordt"


def test_direct_one_word_in_object_of_speech_verb():
    """direct.direct_quote: "Wiefelspütz nannte den Bericht eine „Zeitungsente“" -- one word, still his."""
    ctx = read(WIEFELSPUETZ)
    q = direct.direct_quote(ctx, *region(ctx, "Zeitungsente"))
    assert q.kind == "direct" and q.speaker == "Wiefelspütz" and q.cue == "nennen"


def test_direct_in_source_outlet_name_in_marks():
    """direct.in_source: "„BBC News“ berichtet …" -- the marks hold the source's name, no quote."""
    ctx = read(BBC)
    r, sent = region(ctx, "BBC News")
    cue = next(c for c in ctx.cues[sent.index] if c.lemma == "berichten")
    assert direct.in_source(cue, r)
    assert direct.direct_quote(ctx, r, sent) is None


def test_direct_content_clause_speaker_dass_in_marks():
    """direct.content_clause_speaker: "Dieser Arzt, Antonio Noja, schilderte … seinen ersten Eindruck, „dass …“" -- the doctor's words."""
    ctx = read(NOJA)
    r, sent = region(ctx, "dass sie einen Herzstillstand im Wasser hatte und nicht wieder zu Bewusstsein kam")
    assert text_of(ctx, sent, direct.content_clause_speaker(ctx.text, sent, r, ctx.inside)) == "Dieser Arzt, Antonio Noja"
    q = direct.direct_quote(ctx, r, sent)
    assert q.kind == "direct" and q.speaker == "Antonio Noja"


def test_direct_bracketed_name_translation_is_no_quote():
    """direct.direct_quote: "Jobbik Magyarországért Mozgalom („Bewegung für ein besseres Ungarn“)" -- a translated name."""
    ctx = read(JOBBIK)
    assert direct.direct_quote(ctx, *region(ctx, "Bewegung für ein besseres Ungarn")) is None


def test_direct_starts_sentence():
    """direct.starts_sentence: marks opening the sentence start it; after "…, Klaus Stöhr, sagte:" they do not."""
    ctx = read(STUDENT)
    r, sent = region(ctx, "Ich bin mir bewusst, dass das unentschuldbar ist")
    assert direct.starts_sentence(ctx.text, sent, r)
    ctx = read(STOEHR)
    r, sent = region(ctx, "Man muss sich jetzt schon darauf vorbereiten, dass die Seuche sich weiter ausbreitet.")
    assert not direct.starts_sentence(ctx.text, sent, r)


# news-dev, web-lbv.de-Bavaria
WEGSCHEIDER = """\
# newpar
# text = „Da fällt einem schon ein Stein vom Herzen“, freut sich unser Projektleiter Toni Wegscheider.
1	„	„	PUNCT	$(	_	3	punct	_	start_char=0|end_char=1
2	Da	da	ADV	ADV	_	3	advmod	_	start_char=1|end_char=3
3	fällt	fallen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	12	ccomp	_	start_char=4|end_char=9
4	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	7	det	_	start_char=10|end_char=15
5	schon	schon	ADV	ADV	_	3	advmod	_	start_char=16|end_char=21
6	ein	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	7	det	_	start_char=22|end_char=25
7	Stein	Stein	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=26|end_char=31
8	vom	von	ADP	APPR	_	9	case	_	start_char=32|end_char=35
9	Herzen	Herzen	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	7	nmod	_	start_char=36|end_char=42
10	“	“	PUNCT	$(	_	3	punct	_	start_char=42|end_char=43
11	,	,	PUNCT	$,	_	3	punct	_	start_char=43|end_char=44
12	freut	freuen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=45|end_char=50
13	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	12	obj	_	start_char=51|end_char=55
14	unser	unser	DET	PPOSAT	Case=Nom|Gender=Masc|Number=Sing|Number[psor]=Sing|Person=1|Poss=Yes|PronType=Prs	15	det:poss	_	start_char=56|end_char=61
15	Projektleiter	Projektleiter	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	12	nsubj	_	start_char=62|end_char=75
16	Toni	Toni	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	15	appos	_	start_char=76|end_char=80
17	Wegscheider	Wegscheider	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	16	flat	_	start_char=81|end_char=92
18	.	.	PUNCT	$.	_	12	punct	_	start_char=92|end_char=93
"""
# news-dev, web-tagesspiegel.de.abstandsregeln
HEISST_ES = """\
# newpar
# text = „Allein für die Zustellung haben wir etwa 30 000 Liter Handdesinfektionsmittel zur Verfügung gestellt“, heißt es.
1	„	„	PUNCT	$(	_	16	punct	_	start_char=0|end_char=1
2	Allein	allein	ADV	ADV	_	5	advmod	_	start_char=1|end_char=7
3	für	für	ADP	APPR	_	5	case	_	start_char=8|end_char=11
4	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	5	det	_	start_char=12|end_char=15
5	Zustellung	Zustellung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	16	obl	_	start_char=16|end_char=26
6	haben	haben	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	16	aux	_	start_char=27|end_char=32
7	wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	16	nsubj	_	start_char=33|end_char=36
8	etwa	etwa	ADV	ADV	_	9	advmod	_	start_char=37|end_char=41
9	30	30	NUM	CARD	NumType=Card	10	nummod	_	start_char=42|end_char=44
10	000	000	NUM	CARD	NumType=Card	11	nummod	_	start_char=45|end_char=48
11	Liter	Liter	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	12	compound	_	start_char=49|end_char=54
12	Handdesinfektionsmittel	Handdesinfektionsmittel	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	16	obj	_	start_char=55|end_char=78
13	zu	zu	ADP	APPR	_	15	case	_	start_char=79|end_char=82
14	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	15	det	_	start_char=79|end_char=82
15	Verfügung	Verfügung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	16	obl	_	start_char=83|end_char=92
16	gestellt	stellen	VERB	VVPP	VerbForm=Part	19	ccomp	_	start_char=93|end_char=101
17	“	“	PUNCT	$(	_	16	punct	_	start_char=101|end_char=102
18	,	,	PUNCT	$,	_	16	punct	_	start_char=102|end_char=103
19	heißt	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=104|end_char=109
20	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	19	nsubj	_	start_char=110|end_char=112
21	.	.	PUNCT	$.	_	19	punct	_	start_char=112|end_char=113
"""


def test_direct_inquit_after_the_quote_names_the_speaker():
    """"„…“, freut sich unser Projektleiter Toni Wegscheider": no speech verb, but a comma,
    a finite verb and its subject right after the closing mark make the inquit."""
    quotes = find_quotes("lbv", parse(WEGSCHEIDER))
    assert [(q.kind, q.text, q.speaker, q.rule) for q in quotes] == [
        ("direct", "Da fällt einem schon ein Stein vom Herzen", "Toni Wegscheider", "direct:inquit")]


def test_direct_inquit_heisst_es_names_no_one():
    """"„…“, heißt es": the expletive "es" is no speaker; the inquit rule stays out."""
    ctx = ArticleContext.read("t", parse(HEISST_ES))
    assert direct.inquit_speaker(ctx, ctx.regions[0]) is None


# Wikinews train, 63107 - Fußball-WM: Kameruns Aus … (2010)
KLOSE = """\
# newpar
# text = Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“.
1	Miroslav	Miroslav	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	13	nsubj	_	start_char=0|end_char=8
2	Klose	Klose	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	flat:name	_	start_char=9|end_char=14
3	,	,	PUNCT	$,	_	11	punct	_	start_char=14|end_char=15
4	der	der	PRON	PRELS	Case=Nom|Gender=Masc|Number=Sing|PronType=Dem,Rel	11	nsubj	_	start_char=16|end_char=19
5	wegen	wegen	ADP	APPR	_	7	case	_	start_char=20|end_char=25
6	wiederholten	wiederholt	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Plur	10	amod	_	start_char=26|end_char=38
7	Fouls	Foul	NOUN	NN	Case=Gen|Gender=Neut|Number=Plur	11	obl	_	start_char=39|end_char=44
8	Gelb	Gelb	NOUN	NE	Case=Nom|Gender=Neut|Number=Sing	10	compound	_	start_char=45|end_char=49
9	-	-	PUNCT	$	_	8	punct	_	start_char=49|end_char=50
10	Rot	Rot	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	11	obl	_	start_char=50|end_char=53
11	sah	sehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	1	acl:relcl	_	start_char=54|end_char=57
12	,	,	PUNCT	$,	_	1	punct	_	start_char=57|end_char=58
13	nannte	nennen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=59|end_char=65
14	seinen	sein	DET	PPOSAT	Case=Acc|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	15	det:poss	_	start_char=66|end_char=72
15	Platzverweis	Platzverweis	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	13	obj	_	start_char=73|end_char=85
16	„	„	PUNCT	$(	_	17	punct	_	start_char=86|end_char=87
17	überzogen	überzogen	ADJ	ADJD	Degree=Pos	15	appos	_	start_char=87|end_char=96
18	“	“	PUNCT	$(	_	17	punct	_	start_char=96|end_char=97
19	,	,	PUNCT	$,	_	17	punct	_	start_char=97|end_char=98
20	Bundestrainer	Bundestrainer	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	23	nsubj	_	start_char=99|end_char=112
21	Joachim	Joachim	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	appos	_	start_char=113|end_char=120
22	Löw	Löw	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	21	flat	_	start_char=121|end_char=124
23	bezeichnete	bezeichnen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	13	conj	_	start_char=125|end_char=136
24	acht	acht	NUM	CARD	NumType=Card	26	nummod	_	start_char=137|end_char=141
25	Gelbe	gelb	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	26	amod	_	start_char=142|end_char=147
26	Karten	Karte	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	23	obj	_	start_char=148|end_char=154
27	in	in	ADP	APPR	_	29	case	_	start_char=155|end_char=157
28	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	29	det	_	start_char=158|end_char=163
29	Spiel	Spiel	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	23	obl	_	start_char=164|end_char=169
30	,	,	PUNCT	$,	_	37	punct	_	start_char=169|end_char=170
31	in	in	ADP	APPR	_	32	case	_	start_char=171|end_char=173
32	dem	der	PRON	PRELS	Case=Dat|Gender=Masc|Number=Sing|PronType=Dem,Rel	37	obl	_	start_char=174|end_char=177
33	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	37	nsubj	_	start_char=178|end_char=180
34	nur	nur	ADV	ADV	_	37	advmod	_	start_char=181|end_char=184
35	26	26	NUM	CARD	NumType=Card	36	nummod	_	start_char=185|end_char=187
36	Fouls	Foul	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	37	obj	_	start_char=188|end_char=193
37	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	29	acl:relcl	_	start_char=194|end_char=197
38	,	,	PUNCT	$,	_	41	punct	_	start_char=197|end_char=198
39	als	als	SCONJ	APPR	_	41	mark	_	start_char=199|end_char=202
40	„	„	PUNCT	$(	_	41	punct	_	start_char=203|end_char=204
41	übertrieben	übertreiben	ADJ	ADJD	Degree=Pos	37	conj	_	start_char=204|end_char=215
42	“	“	PUNCT	$(	_	41	punct	_	start_char=215|end_char=216
43	.	.	PUNCT	$.	_	13	punct	_	start_char=216|end_char=217
"""


def test_direct_marks_in_a_verbs_phrase_are_its_words_not_the_next_speakers():
    """"Klose … nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete
    acht Gelbe Karten … als „übertrieben“": each word in marks belongs to the verb whose
    phrase holds it, not to the cue nearest to it, and Löw's clause is not what Klose said."""
    quotes = find_quotes("t", parse(KLOSE))
    assert [(q.text, q.speaker) for q in quotes if q.kind == "direct"] == [
        ("überzogen", "Miroslav Klose"), ("übertrieben", "Joachim Löw")]


# news-dev, web-Tageswoche.ch (a reportage)
GABRIEL = """\
# newpar
# text = Co-Redaktionsleiter Gabriel schlägt sich überraschend schlecht.
1	Co	Co	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	compound	_	start_char=0|end_char=2
2	-	-	PUNCT	$	_	1	punct	_	start_char=2|end_char=3
3	Redaktionsleiter	Redaktionsleiter	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	5	nsubj	_	start_char=3|end_char=19
4	Gabriel	Gabriel	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=20|end_char=27
5	schlägt	schlagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=28|end_char=35
6	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	5	obj	_	start_char=36|end_char=40
7	überraschend	überraschend	ADJ	ADJD	Degree=Pos	5	advmod	_	start_char=41|end_char=53
8	schlecht	schlecht	ADJ	ADJD	Degree=Pos	5	xcomp	_	start_char=54|end_char=62
9	.	.	PUNCT	$.	_	5	punct	_	start_char=62|end_char=63

# text = «Weisst du, im ganz alten Mario Kart, im ersten, also da, da hätt ich euch …»
1	«	«	PUNCT	$(	_	2	punct	_	start_char=0|end_char=1
2	Weisst	Weisst	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	0	root	_	start_char=1|end_char=7
3	du	du	PRON	PPER	Case=Nom|Number=Sing|Person=1|PronType=Prs	2	flat:name	_	start_char=8|end_char=10
4	,	,	PUNCT	$,	_	8	punct	_	start_char=10|end_char=11
5	im	in	ADP	APPR	_	8	case	_	start_char=12|end_char=14
6	ganz	ganz	ADV	ADV	_	7	advmod	_	start_char=15|end_char=19
7	alten	alt	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	8	amod	_	start_char=20|end_char=25
8	Mario	Mario	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nmod	_	start_char=26|end_char=31
9	Kart	Kart	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	flat:name	_	start_char=32|end_char=36
10	,	,	PUNCT	$,	_	15	punct	_	start_char=36|end_char=37
11	im	in	ADP	APPR	_	12	case	_	start_char=38|end_char=40
12	ersten	erst	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	8	amod	_	start_char=41|end_char=47
13	,	,	PUNCT	$,	_	15	punct	_	start_char=47|end_char=48
14	also	also	ADV	ADV	_	15	advmod	_	start_char=49|end_char=53
15	da	da	ADV	ADV	_	8	advmod	_	start_char=54|end_char=56
16	,	,	PUNCT	$,	_	18	punct	_	start_char=56|end_char=57
17	da	da	SCONJ	KOUS	_	18	mark	_	start_char=58|end_char=60
18	hätt	haben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	15	advcl	_	start_char=61|end_char=65
19	ich	ich	PRON	PPER	Case=Nom|Number=Sing|Person=1|PronType=Prs	18	nsubj	_	start_char=66|end_char=69
20	euch	ihr	PRON	PRF	Case=Acc|Number=Sing|Person=1|PronType=Prs	18	obj	_	start_char=70|end_char=74
21	…»	…»	PUNCT	$(	_	18	punct	_	start_char=75|end_char=77
"""


def test_direct_utterance_after_a_sentence_about_a_person_is_theirs():
    """"Co-Redaktionsleiter Gabriel schlägt sich überraschend schlecht. «Weisst du, …»": a
    whole utterance with no cue belongs to the named person the sentence before is about
    (not to the last speaker of the article)."""
    quotes = find_quotes("t", parse(GABRIEL))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Gabriel")]


# Wikinews train, 59410 - Swantje Hartmann vom Vorstand der niedersächsischen SPD-Landtagsfraktion zurückgetreten (2008)
VON_SICH = """\
# newpar
# text = Jegliche Mitverantwortung für die Finanzaffäre im Bezirk Weser-Ems der SPD weist Hartmann von sich: „Diese Verantwortung kann meines Erachtens nur der Vorsitzende übernehmen und nicht die ehemalige Lebensgefährtin des Geschäftsführers.“
1	Jegliche	jeglich	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	2	amod	_	start_char=0|end_char=8
2	Mitverantwortung	Mitverantwortung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	14	nsubj	_	start_char=9|end_char=25
3	für	für	ADP	APPR	_	5	case	_	start_char=26|end_char=29
4	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	5	det	_	start_char=30|end_char=33
5	Finanzaffäre	Finanzaffäre	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	2	nmod	_	start_char=34|end_char=46
6	in	in	ADP	APPR	_	8	case	_	start_char=47|end_char=49
7	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	8	det	_	start_char=47|end_char=49
8	Bezirk	Bezirk	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	5	nmod	_	start_char=50|end_char=56
9	Weser	Weser	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	11	compound	_	start_char=57|end_char=62
10	-	-	PUNCT	$	_	9	punct	_	start_char=62|end_char=63
11	Ems	Ems	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	8	appos	_	start_char=63|end_char=66
12	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	13	det	_	start_char=67|end_char=70
13	SPD	SPD	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	11	nmod	_	start_char=71|end_char=74
14	weist	weisen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=75|end_char=80
15	Hartmann	Hartmann	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	nsubj	_	start_char=81|end_char=89
16	von	von	ADP	APPR	_	17	case	_	start_char=90|end_char=93
17	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	14	obl	_	start_char=94|end_char=98
18	:	:	PUNCT	$.	_	28	punct	_	start_char=98|end_char=99
19	„	„	PUNCT	$(	_	28	punct	_	start_char=100|end_char=101
20	Diese	dieser	DET	PDAT	Case=Nom|Gender=Fem|Number=Sing|PronType=Dem	21	det	_	start_char=101|end_char=106
21	Verantwortung	Verantwortung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	28	nsubj	_	start_char=107|end_char=120
22	kann	können	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	28	aux	_	start_char=121|end_char=125
23	meines	mein	DET	PPOSAT	Case=Acc|Gender=Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	24	det:poss	_	start_char=126|end_char=132
24	Erachtens	Erachten	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	28	obl	_	start_char=133|end_char=142
25	nur	nur	ADV	ADV	_	28	advmod	_	start_char=143|end_char=146
26	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	27	det	_	start_char=147|end_char=150
27	Vorsitzende	Vorsitzende	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	28	obj	_	start_char=151|end_char=162
28	übernehmen	übernehmen	VERB	VVINF	VerbForm=Inf	14	conj	_	start_char=163|end_char=173
29	und	und	CCONJ	KON	_	33	cc	_	start_char=174|end_char=177
30	nicht	nicht	PART	PTKNEG	Polarity=Neg	33	advmod	_	start_char=178|end_char=183
31	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	33	det	_	start_char=184|end_char=187
32	ehemalige	ehemalig	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	33	amod	_	start_char=188|end_char=197
33	Lebensgefährtin	Lebensgefährtin	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	28	obj	_	start_char=198|end_char=213
34	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	35	det	_	start_char=214|end_char=217
35	Geschäftsführers.	Geschäftsführers.	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	33	nmod	_	start_char=218|end_char=235
36	“	“	PUNCT	$(	_	33	punct	_	start_char=235|end_char=236
"""


def test_direct_colon_speaker_when_the_object_comes_first():
    """"Jegliche Mitverantwortung für die Finanzaffäre … der SPD weist Hartmann von sich:
    „…“": the parser took the fronted object for the subject; a thing cannot speak, so
    the noun after the verb is the speaker (not the party named inside the object)."""
    quotes = find_quotes("t", parse(VON_SICH))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Hartmann")]


# Wikinews train, 66494 - Mehrere Dutzend Tote bei Erdbeben in Neuseeland (2011)
BECK = """\
# newpar
# text = „Es ist erschütternd, was mit der Kathedrale passierte, aber das Wichtigste im Moment sind nicht die Bauten, es sind die Menschen, und wir müssen einander die Hand reichen – hier in Christchurch und Canterbury – und alles Menschenmögliche tun, um mit den Verletzten, den Toten und ihren Hinterbliebenen fertig zu werden“, sagte Beck.
1	„	„	PUNCT	$(	_	4	punct	_	start_char=0|end_char=1
2	Es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	4	expl	_	start_char=1|end_char=3
3	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	4	cop	_	start_char=4|end_char=7
4	erschütternd	erschütternd	ADJ	ADJD	Degree=Pos	61	ccomp	_	start_char=8|end_char=20
5	,	,	PUNCT	$,	_	10	punct	_	start_char=20|end_char=21
6	was	was	PRON	PWS	Case=Nom|Gender=Neut|Number=Sing|PronType=Int,Rel	10	obj	_	start_char=22|end_char=25
7	mit	mit	ADP	APPR	_	9	case	_	start_char=26|end_char=29
8	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=30|end_char=33
9	Kathedrale	Kathedrale	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	10	obl	_	start_char=34|end_char=44
10	passierte	passieren	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	4	advcl	_	start_char=45|end_char=54
11	,	,	PUNCT	$,	_	20	punct	_	start_char=54|end_char=55
12	aber	aber	CCONJ	KON	_	20	cc	_	start_char=56|end_char=60
13	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	14	det	_	start_char=61|end_char=64
14	Wichtigste	Wichtigste	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	20	nsubj	_	start_char=65|end_char=75
15	im	in	ADP	APPR	_	16	case	_	start_char=76|end_char=78
16	Moment	Moment	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	14	nmod	_	start_char=79|end_char=85
17	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	20	cop	_	start_char=86|end_char=90
18	nicht	nicht	PART	PTKNEG	Polarity=Neg	20	advmod	_	start_char=91|end_char=96
19	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	20	det	_	start_char=97|end_char=100
20	Bauten	Bau	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	4	conj	_	start_char=101|end_char=107
21	,	,	PUNCT	$,	_	25	punct	_	start_char=107|end_char=108
22	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	25	nsubj	_	start_char=109|end_char=111
23	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	25	cop	_	start_char=112|end_char=116
24	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	25	det	_	start_char=117|end_char=120
25	Menschen	Mensch	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	20	parataxis	_	start_char=121|end_char=129
26	,	,	PUNCT	$,	_	33	punct	_	start_char=129|end_char=130
27	und	und	CCONJ	KON	_	33	cc	_	start_char=131|end_char=134
28	wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	33	nsubj	_	start_char=135|end_char=138
29	müssen	müssen	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	33	aux	_	start_char=139|end_char=145
30	einander	einander	PRON	PPER	Person=1	33	obj	_	start_char=146|end_char=154
31	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	32	det	_	start_char=155|end_char=158
32	Hand	Hand	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	33	obj	_	start_char=159|end_char=163
33	reichen	reichen	VERB	VVINF	VerbForm=Inf	25	conj	_	start_char=164|end_char=171
34	–	–	PUNCT	$(	_	37	punct	_	start_char=172|end_char=173
35	hier	hier	ADV	ADV	_	37	advmod	_	start_char=174|end_char=178
36	in	in	ADP	APPR	_	37	case	_	start_char=179|end_char=181
37	Christchurch	Christchurch	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	33	obl	_	start_char=182|end_char=194
38	und	und	CCONJ	KON	_	39	cc	_	start_char=195|end_char=198
39	Canterbury	Canterbury	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	37	conj	_	start_char=199|end_char=209
40	–	–	PUNCT	$(	_	44	punct	_	start_char=210|end_char=211
41	und	und	CCONJ	KON	_	44	cc	_	start_char=212|end_char=215
42	alles	alle	DET	PIAT	Case=Nom|Gender=Neut|Number=Sing|PronType=Tot	43	det	_	start_char=216|end_char=221
43	Menschenmögliche	Menschenmögliches	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	44	obj	_	start_char=222|end_char=238
44	tun	tun	VERB	VVINF	VerbForm=Inf	33	conj	_	start_char=239|end_char=242
45	,	,	PUNCT	$,	_	58	punct	_	start_char=242|end_char=243
46	um	um	SCONJ	KOUI	_	58	mark	_	start_char=244|end_char=246
47	mit	mit	ADP	APPR	_	49	case	_	start_char=247|end_char=250
48	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	49	det	_	start_char=251|end_char=254
49	Verletzten	Verletzten	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	58	obl	_	start_char=255|end_char=265
50	,	,	PUNCT	$,	_	52	punct	_	start_char=265|end_char=266
51	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	52	det	_	start_char=267|end_char=270
52	Toten	Tote	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	49	conj	_	start_char=271|end_char=276
53	und	und	CCONJ	KON	_	55	cc	_	start_char=277|end_char=280
54	ihren	ihr	DET	PPOSAT	Case=Dat|Gender=Fem|Gender[psor]=Masc,Neut|Number=Plur|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	55	det:poss	_	start_char=281|end_char=286
55	Hinterbliebenen	Hinterbliebene	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	52	conj	_	start_char=287|end_char=302
56	fertig	fertig	ADJ	ADJD	Degree=Pos	58	xcomp	_	start_char=303|end_char=309
57	zu	zu	PART	PTKZU	_	58	mark	_	start_char=310|end_char=312
58	werden	werden	AUX	VAINF	VerbForm=Inf	44	conj	_	start_char=313|end_char=319
59	“	“	PUNCT	$(	_	4	punct	_	start_char=319|end_char=320
60	,	,	PUNCT	$,	_	4	punct	_	start_char=320|end_char=321
61	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=322|end_char=327
62	Beck	Beck	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	61	nsubj	_	start_char=328|end_char=332
63	.	.	PUNCT	$.	_	61	punct	_	start_char=332|end_char=333

# text = „Die Menschen hier sind traumatisiert.
1	„	„	PUNCT	$(	_	6	punct	_	start_char=0|end_char=1
2	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	3	det	_	start_char=1|end_char=4
3	Menschen	Mensch	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	6	nsubj	_	start_char=5|end_char=13
4	hier	hier	ADV	ADV	_	6	advmod	_	start_char=14|end_char=18
5	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	6	cop	_	start_char=19|end_char=23
6	traumatisiert	traumatisiert	ADJ	ADJD	Degree=Pos|VerbForm=Part	0	root	_	start_char=24|end_char=37
7	.	.	PUNCT	$.	_	6	punct	_	start_char=37|end_char=38

# text = Das ist eine große, große Katastrophe.“
1	Das	der	PRON	PDS	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	7	nsubj	_	start_char=0|end_char=3
2	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	cop	_	start_char=4|end_char=7
3	eine	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	7	det	_	start_char=8|end_char=12
4	große	groß	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	7	amod	_	start_char=13|end_char=18
5	,	,	PUNCT	$,	_	6	punct	_	start_char=18|end_char=19
6	große	groß	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	4	conj	_	start_char=20|end_char=25
7	Katastrophe.	Katastrophe.	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	0	root	_	start_char=26|end_char=38
8	“	“	PUNCT	$(	_	7	punct	_	start_char=38|end_char=39

# newpar
# text = Der Bürgermeister von Christchurch, Bob Parker, teilte am Abend (Ortszeit) nach der Katastrophe mit, dass bis zu dem Zeitpunkt etwa 120 Personen aus den Trümmern gerettet worden seien, doch würden viele Verschüttete noch um ihr Leben kämpfen.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Bürgermeister	Bürgermeister	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=4|end_char=17
3	von	von	ADP	APPR	_	4	case	_	start_char=18|end_char=21
4	Christchurch	Christchurch	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	2	nmod	_	start_char=22|end_char=34
5	,	,	PUNCT	$,	_	6	punct	_	start_char=34|end_char=35
6	Bob	Bob	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	conj	_	start_char=36|end_char=39
7	Parker	Parker	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat:name	_	start_char=40|end_char=46
8	,	,	PUNCT	$,	_	2	punct	_	start_char=46|end_char=47
9	teilte	teilen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=48|end_char=54
10	an	an	ADP	APPR	_	12	case	_	start_char=55|end_char=57
11	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=55|end_char=57
12	Abend	Abend	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	9	obl	_	start_char=58|end_char=63
13	(	(	PUNCT	$	_	14	punct	_	start_char=64|end_char=65
14	Ortszeit	Ortszeit	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	12	appos	_	start_char=65|end_char=73
15	)	)	PUNCT	$	_	14	punct	_	start_char=73|end_char=74
16	nach	nach	ADP	APPR	_	18	case	_	start_char=75|end_char=79
17	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	18	det	_	start_char=80|end_char=83
18	Katastrophe	Katastrophe	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	9	obl	_	start_char=84|end_char=95
19	mit	mit	ADP	PTKVZ	_	9	compound:prt	_	start_char=96|end_char=99
20	,	,	PUNCT	$,	_	32	punct	_	start_char=99|end_char=100
21	dass	dass	SCONJ	KOUS	_	32	mark	_	start_char=101|end_char=105
22	bis	bis	ADP	APPR	_	25	case	_	start_char=106|end_char=109
23	zu	zu	ADP	APPR	_	25	case	_	start_char=110|end_char=112
24	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	25	det	_	start_char=113|end_char=116
25	Zeitpunkt	Zeitpunkt	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	32	obl	_	start_char=117|end_char=126
26	etwa	etwa	ADV	ADV	_	27	advmod	_	start_char=127|end_char=131
27	120	120	NUM	CARD	NumType=Card	28	nummod	_	start_char=132|end_char=135
28	Personen	Person	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	32	nsubj:pass	_	start_char=136|end_char=144
29	aus	aus	ADP	APPR	_	31	case	_	start_char=145|end_char=148
30	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	31	det	_	start_char=149|end_char=152
31	Trümmern	Trümmer	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	32	obl	_	start_char=153|end_char=161
32	gerettet	retten	VERB	VVPP	VerbForm=Part	18	advcl	_	start_char=162|end_char=170
33	worden	werden	AUX	VAPP	Tense=Past	32	aux:pass	_	start_char=171|end_char=177
34	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	32	aux	_	start_char=178|end_char=183
35	,	,	PUNCT	$,	_	44	punct	_	start_char=183|end_char=184
36	doch	doch	CCONJ	KON	_	44	cc	_	start_char=185|end_char=189
37	würden	werden	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	44	aux	_	start_char=190|end_char=196
38	viele	viel	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	39	det	_	start_char=197|end_char=202
39	Verschüttete	verschüttete	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	44	nsubj	_	start_char=203|end_char=215
40	noch	noch	ADV	ADV	_	44	advmod	_	start_char=216|end_char=220
41	um	um	ADP	APPR	_	43	case	_	start_char=221|end_char=223
42	ihr	ihr	DET	PPOSAT	Case=Acc|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	43	det:poss	_	start_char=224|end_char=227
43	Leben	Leben	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	44	obl	_	start_char=228|end_char=233
44	kämpfen	kämpfen	VERB	VVINF	VerbForm=Inf	9	conj	_	start_char=234|end_char=241
45	.	.	PUNCT	$.	_	9	punct	_	start_char=241|end_char=242
"""


def test_direct_a_cue_in_the_next_paragraph_does_not_attribute_a_quote():
    """"…“, sagte Beck. „Die Menschen hier sind traumatisiert. …“ ¶ Der Bürgermeister …,
    Bob Parker, teilte … mit, dass …": the second quote continues Beck; the cue after the
    paragraph break reports something else."""
    quotes = find_quotes("t", parse(BECK))
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Beck"), ("direct", "Beck"), ("indirect", "Bob Parker")]


# Wikinews train, 72118 - Mitt Romney gewinnt Vorwahl in Illinois (2012)
ROMNEY = """\
# newpar
# text = Der Staat ist ländlich geprägt und hat eine tiefgläubige, konservativen Werten zugeneigte Bevölkerung.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Staat	Staat	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	5	nsubj:pass	_	start_char=4|end_char=9
3	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	aux:pass	_	start_char=10|end_char=13
4	ländlich	ländlich	ADJ	ADJD	Degree=Pos	5	advmod	_	start_char=14|end_char=22
5	geprägt	prägen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=23|end_char=30
6	und	und	CCONJ	KON	_	7	cc	_	start_char=31|end_char=34
7	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	conj	_	start_char=35|end_char=38
8	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	12	det	_	start_char=39|end_char=43
9	tiefgläubige	tiefgläubig	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	12	amod	_	start_char=44|end_char=56
10	,	,	PUNCT	$,	_	11	punct	_	start_char=56|end_char=57
11	konservativen	konservativ	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	9	conj	_	start_char=58|end_char=71
12	Werten	Wert	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	7	obj	_	start_char=72|end_char=78
13	zugeneigte	zugeneigt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	14	amod	_	start_char=79|end_char=89
14	Bevölkerung	Bevölkerung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	12	nmod	_	start_char=90|end_char=101
15	.	.	PUNCT	$.	_	5	punct	_	start_char=101|end_char=102

# text = „Ich trete an als ein konservativer Republikaner“, strich Romney in Arbutus heraus.
1	„	„	PUNCT	$(	_	3	punct	_	start_char=0|end_char=1
2	Ich	ich	PRON	PPER	Case=Nom|Number=Sing|Person=1|PronType=Prs	3	nsubj	_	start_char=1|end_char=4
3	trete	treten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin	11	ccomp	_	start_char=5|end_char=10
4	an	an	ADP	APPR	_	8	case	_	start_char=11|end_char=13
5	als	als	CCONJ	APPR	_	8	cc	_	start_char=14|end_char=17
6	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|NumType=Card|Number=Sing|PronType=Art	8	det	_	start_char=18|end_char=21
7	konservativer	konservativ	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	8	amod	_	start_char=22|end_char=35
8	Republikaner	Republikaner	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	obl	_	start_char=36|end_char=48
9	“	“	PUNCT	$(	_	3	punct	_	start_char=48|end_char=49
10	,	,	PUNCT	$,	_	3	punct	_	start_char=49|end_char=50
11	strich	streichen	VERB	VVFIN	Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin	0	root	_	start_char=51|end_char=57
12	Romney	Romney	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	11	nsubj	_	start_char=58|end_char=64
13	in	in	ADP	APPR	_	14	case	_	start_char=65|end_char=67
14	Arbutus	Arbutus	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	11	obl	_	start_char=68|end_char=75
15	heraus	heraus	ADV	PTKVZ	_	11	compound:prt	_	start_char=76|end_char=82
16	.	.	PUNCT	$.	_	11	punct	_	start_char=82|end_char=83

# text = „Ich war ein konservativer republikanischer Gouverneuer.
1	„	„	PUNCT	$(	_	7	punct	_	start_char=0|end_char=1
2	Ich	ich	PRON	PPER	Case=Nom|Number=Sing|Person=1|PronType=Prs	7	nsubj	_	start_char=1|end_char=4
3	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	7	cop	_	start_char=5|end_char=8
4	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|NumType=Card|Number=Sing|PronType=Art	7	det	_	start_char=9|end_char=12
5	konservativer	konservativ	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	7	amod	_	start_char=13|end_char=26
6	republikanischer	republikanisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	7	amod	_	start_char=27|end_char=43
7	Gouverneuer	Gouverneuer	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	0	root	_	start_char=44|end_char=55
8	.	.	PUNCT	$.	_	7	punct	_	start_char=55|end_char=56

# text = Ich werde antreten als ein konservativer republikanischer Kandidat… Politik und Positionen sind dieselben geblieben.“
1	Ich	ich	PRON	PPER	Case=Nom|Number=Sing|Person=1|PronType=Prs	3	nsubj	_	start_char=0|end_char=3
2	werde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin	3	aux	_	start_char=4|end_char=9
3	antreten	antreten	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=10|end_char=18
4	als	als	SCONJ	KOKOM	_	14	mark	_	start_char=19|end_char=22
5	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|NumType=Card|Number=Sing|PronType=Art	8	det	_	start_char=23|end_char=26
6	konservativer	konservativ	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	8	amod	_	start_char=27|end_char=40
7	republikanischer	republikanisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	8	amod	_	start_char=41|end_char=57
8	Kandidat…	Kandidat…	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	14	nsubj	_	start_char=58|end_char=67
9	Politik	Politik	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	8	appos	_	start_char=68|end_char=75
10	und	und	CCONJ	KON	_	11	cc	_	start_char=76|end_char=79
11	Positionen	Position	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	9	conj	_	start_char=80|end_char=90
12	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	14	aux	_	start_char=91|end_char=95
13	dieselben	derselbe	ADV	ADV	_	14	advmod	_	start_char=96|end_char=105
14	geblieben	bleiben	VERB	VVPP	VerbForm=Part	3	conj	_	start_char=106|end_char=115
15	.	.	PUNCT	$.	_	3	punct	_	start_char=115|end_char=116
16	“	“	PUNCT	$(	_	3	punct	_	start_char=116|end_char=117

# text = Die Arithmetik und der Kalender sprechen für Romney.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Arithmetik	Arithmetik	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	6	nsubj	_	start_char=4|end_char=14
3	und	und	CCONJ	KON	_	5	cc	_	start_char=15|end_char=18
4	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	start_char=19|end_char=22
5	Kalender	Kalender	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	2	conj	_	start_char=23|end_char=31
6	sprechen	sprechen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=32|end_char=40
7	für	für	ADP	APPR	_	8	case	_	start_char=41|end_char=44
8	Romney	Romney	PROPN	NE	Case=Acc|Gender=Masc|Number=Sing	6	obl	_	start_char=45|end_char=51
9	.	.	PUNCT	$.	_	6	punct	_	start_char=51|end_char=52
"""


def test_direct_a_quote_ending_its_sentence_takes_no_cue_after_it():
    """"„Ich war … Politik und Positionen sind dieselben geblieben.“ Die Arithmetik und der
    Kalender sprechen für Romney.": the full stop inside the marks ends the sentence, so
    the verb after them is no inquit; the quote continues Romney."""
    quotes = find_quotes("t", parse(ROMNEY))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Romney"), ("direct", "Romney")]


# Wikinews train, 44642 - The Rolling Stones – erfolgreichste Live-Band aller Zeiten (2007-10-05)
ROCKBAND = """\
# newpar
# text = Die alte Rekordmarke hielt die britische Rockband „U2“ mit 389 Millionen US-Dollar.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	alte	alt	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	3	amod	_	start_char=4|end_char=8
3	Rekordmarke	Rekordmark	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	4	nsubj	_	start_char=9|end_char=20
4	hielt	halten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=21|end_char=26
5	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	7	det	_	start_char=27|end_char=30
6	britische	britisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	7	amod	_	start_char=31|end_char=40
7	Rockband	Rockband	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	4	obj	_	start_char=41|end_char=49
8	„	„	PUNCT	$(	_	9	punct	_	start_char=50|end_char=51
9	U2	U2	NOUN	FM	Number=Sing	7	appos	_	start_char=51|end_char=53
10	“	“	PUNCT	$(	_	9	punct	_	start_char=53|end_char=54
11	mit	mit	ADP	APPR	_	16	case	_	start_char=55|end_char=58
12	389	389	NUM	CARD	NumType=Card	16	nummod	_	start_char=59|end_char=62
13	Millionen	Million	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	16	compound	_	start_char=63|end_char=72
14	US	US	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	13	compound	_	start_char=73|end_char=75
15	-	-	PUNCT	$	_	14	punct	_	start_char=75|end_char=76
16	Dollar	Dollar	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	4	obl	_	start_char=76|end_char=82
17	.	.	PUNCT	$.	_	4	punct	_	start_char=82|end_char=83
"""


def test_direct_after_a_compound_title_noun():
    """direct.title_noun: "die britische Rockband „U2“" -- "Rockband" ends in "Band", so
    the marks hold a name (the cue "halten" nearby made it a quote); "seine Antwort" does
    not count as a compound of "Wort"."""
    ctx = read(ROCKBAND)
    r, sent = region(ctx, "U2")
    assert direct.after_title_noun(ctx.text, r)
    assert direct.direct_quote(ctx, r, sent) is None
    assert direct.title_noun("Fernsehserie") and not direct.title_noun("Antwort")


TABAKSPFEIFE = """\
# newpar
# text = 1800 hieß das Gasthaus dann «Zur Tabakspfeife».
1	1800	1800	NUM	CARD	NumType=Card	2	obl:tmod	_	start_char=0|end_char=4
2	hieß	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=5|end_char=9
3	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	4	det	_	start_char=10|end_char=13
4	Gasthaus	Gasthaus	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	2	nsubj	_	start_char=14|end_char=22
5	dann	dann	ADV	ADV	_	2	advmod	_	start_char=23|end_char=27
6	«	«	PUNCT	$(	_	8	punct	_	start_char=28|end_char=29
7	Zur	zu	ADP	APPR	_	8	case	_	start_char=29|end_char=32
8	Tabakspfeife	Tabakspfeife	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	2	obl	_	start_char=33|end_char=45
9	»	»	PUNCT	$(	_	8	punct	_	start_char=45|end_char=46
10	.	.	PUNCT	$.	_	2	punct	_	start_char=46|end_char=47
"""


def test_a_name_after_heissen_with_a_subject_is_no_quote():
    """direct.naming: "1800 hieß das Gasthaus dann «Zur Tabakspfeife»": "heißen" with a
    subject other than "es" gives a name; nobody said «Zur Tabakspfeife» (but "hieß es"
    reports)."""
    assert find_quotes("t", parse(TABAKSPFEIFE)) == []
