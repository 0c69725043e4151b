"""Rules of `quotes.outlets`: the outlet that carried a statement, and its type."""
from __future__ import annotations

from quotes import outlets

from .ruletools import parse, word

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
# seeds/001_4b6b8be258251114.txt
STAATSFERNSEHEN = """\
# newpar
# text = Der belarussische Präsident Alexander Lukaschenko lädt andere Länder ein, dem Unionsstaat von Belarus und Russland beizutreten und dann ebenfalls taktische Atomwaffen zu erhalten.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	belarussische	belarussisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	3	amod	_	start_char=4|end_char=17
3	Präsident	Präsident	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	6	nsubj	_	start_char=18|end_char=27
4	Alexander	Alexander	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=28|end_char=37
5	Lukaschenko	Lukaschenko	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=38|end_char=49
6	lädt	laden	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=50|end_char=54
7	andere	anderer	DET	PIAT	Case=Acc|Gender=Fem|Number=Plur|PronType=Ind	8	det	_	start_char=55|end_char=61
8	Länder	Land	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	6	obj	_	start_char=62|end_char=68
9	ein	ein	ADV	PTKVZ	_	6	compound:prt	_	start_char=69|end_char=72
10	,	,	PUNCT	$,	_	17	punct	_	start_char=72|end_char=73
11	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=74|end_char=77
12	Unionsstaat	Unionsstaat	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	17	obj	_	start_char=78|end_char=89
13	von	von	ADP	APPR	_	14	case	_	start_char=90|end_char=93
14	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	12	nmod	_	start_char=94|end_char=101
15	und	und	CCONJ	KON	_	16	cc	_	start_char=102|end_char=105
16	Russland	Rußland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	14	conj	_	start_char=106|end_char=114
17	beizutreten	beitreten	VERB	VVINF	VerbForm=Inf	6	xcomp	_	start_char=115|end_char=126
18	und	und	CCONJ	KON	_	24	cc	_	start_char=127|end_char=130
19	dann	dann	ADV	ADV	_	24	advmod	_	start_char=131|end_char=135
20	ebenfalls	ebenfalls	ADV	ADV	_	24	advmod	_	start_char=136|end_char=145
21	taktische	taktisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	22	amod	_	start_char=146|end_char=155
22	Atomwaffen	Atomwaffe	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	24	obj	_	start_char=156|end_char=166
23	zu	zu	PART	PTKZU	_	24	mark	_	start_char=167|end_char=169
24	erhalten	erhalten	VERB	VVINF	VerbForm=Inf	17	conj	_	start_char=170|end_char=178
25	.	.	PUNCT	$.	_	6	punct	_	start_char=178|end_char=179

# newpar
# text = "Niemand ist dagegen, dass Kasachstan und andere Länder die gleichen engen Beziehungen zur Russischen Föderation haben wie wir", sagte Lukaschenko in einem am Sonntagabend veröffentlichten Interview des russischen Staatsfernsehens.
1	"	"	PUNCT	$(	_	2	punct	_	start_char=0|end_char=1
2	Niemand	niemand	PRON	PIS	Case=Nom|Gender=Neut|Number=Sing|PronType=Ind	24	ccomp	_	start_char=1|end_char=8
3	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	24	ccomp	_	start_char=9|end_char=12
4	dagegen	dagegen	ADV	PROAV	PronType=Dem	3	advmod	_	start_char=13|end_char=20
5	,	,	PUNCT	$,	_	19	punct	_	start_char=20|end_char=21
6	dass	dass	SCONJ	KOUS	_	19	mark	_	start_char=22|end_char=26
7	Kasachstan	Kasachstan	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	19	nsubj	_	start_char=27|end_char=37
8	und	und	CCONJ	KON	_	10	cc	_	start_char=38|end_char=41
9	andere	anderer	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	10	det	_	start_char=42|end_char=48
10	Länder	Land	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	7	conj	_	start_char=49|end_char=55
11	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	14	det	_	start_char=56|end_char=59
12	gleichen	gleich	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	14	amod	_	start_char=60|end_char=68
13	engen	eng	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	14	amod	_	start_char=69|end_char=74
14	Beziehungen	Beziehung	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	19	obj	_	start_char=75|end_char=86
15	zu	zu	ADP	APPR	_	18	case	_	start_char=87|end_char=90
16	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	18	det	_	start_char=87|end_char=90
17	Russischen	russisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	18	amod	_	start_char=91|end_char=101
18	Föderation	Föderation	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	19	obl	_	start_char=102|end_char=112
19	haben	haben	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	3	ccomp	_	start_char=113|end_char=118
20	wie	wie	CCONJ	KOKOM	_	21	case	_	start_char=119|end_char=122
21	wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	19	nsubj	_	start_char=123|end_char=126
22	"	"	PUNCT	$(	_	21	punct	_	start_char=126|end_char=127
23	,	,	PUNCT	$,	_	19	punct	_	start_char=127|end_char=128
24	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=129|end_char=134
25	Lukaschenko	Lukaschenko	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	24	nsubj	_	start_char=135|end_char=146
26	in	in	ADP	APPR	_	30	case	_	start_char=147|end_char=149
27	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	30	det	_	start_char=150|end_char=155
28	an	an	ADP	APPR	_	30	case	_	start_char=156|end_char=158
29	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	30	det	_	start_char=156|end_char=158
30	Sonntagabend	Sonntagabend	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	31	obl	_	start_char=159|end_char=171
31	veröffentlichten	veröffentlicht	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	32	amod	_	start_char=172|end_char=188
32	Interview	Interview	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	24	nsubj	_	start_char=189|end_char=198
33	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	35	det	_	start_char=199|end_char=202
34	russischen	russisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Sing	35	amod	_	start_char=203|end_char=213
35	Staatsfernsehens	Staatsfernsehen	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	32	nmod	_	start_char=214|end_char=230
36	.	.	PUNCT	$.	_	24	punct	_	start_char=230|end_char=231
"""
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
# Wikinews train, 50164 - Myanmar: Die Arbeit von Hilfsorganisationen wird weiter behindert (2008-05-14)
AERZTE = """\
# newpar
# text = Ärzte ohne Grenzen teilte gestern mit, drei Flugzeuge der Hilfsorganisation seien gestern in Rangun mit 110 Tonnen Hilfsgütern gelandet.
1	Ärzte	Arzt	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	4	nsubj	_	start_char=0|end_char=5
2	ohne	ohne	ADP	APPR	_	3	case	_	start_char=6|end_char=10
3	Grenzen	Grenze	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	1	nmod	_	start_char=11|end_char=18
4	teilte	teilen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=19|end_char=25
5	gestern	gestern	ADV	ADJD	_	4	advmod	_	start_char=26|end_char=33
6	mit	mit	ADP	PTKVZ	_	4	compound:prt	_	start_char=34|end_char=37
7	,	,	PUNCT	$,	_	20	punct	_	start_char=37|end_char=38
8	drei	drei	NUM	CARD	NumType=Card	9	nummod	_	start_char=39|end_char=43
9	Flugzeuge	Flugzeug	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	20	nsubj	_	start_char=44|end_char=53
10	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	11	det	_	start_char=54|end_char=57
11	Hilfsorganisation	Hilfsorganisation	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	9	nmod	_	start_char=58|end_char=75
12	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	20	aux	_	start_char=76|end_char=81
13	gestern	gestern	ADV	ADV	_	20	advmod	_	start_char=82|end_char=89
14	in	in	ADP	APPR	_	15	case	_	start_char=90|end_char=92
15	Rangun	Rangun	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	20	obl	_	start_char=93|end_char=99
16	mit	mit	ADP	APPR	_	18	case	_	start_char=100|end_char=103
17	110	110	NUM	CARD	NumType=Card	18	nummod	_	start_char=104|end_char=107
18	Tonnen	Tonne	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	20	obl	_	start_char=108|end_char=114
19	Hilfsgütern	Hilfsgut	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	20	obl	_	start_char=115|end_char=126
20	gelandet	landen	VERB	VVPP	VerbForm=Part	4	ccomp	_	start_char=127|end_char=135
21	.	.	PUNCT	$.	_	4	punct	_	start_char=135|end_char=136
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
