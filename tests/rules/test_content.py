"""Rules of `quotes.content`: the content clause a speech verb reports."""
from __future__ import annotations

from quotes import content

from .ruletools import parse, sentence, text_of, word

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
# Wikinews train, 81799 - Korruptionsverdacht bei rheinland-pfälzischer Straßenbaubehörde, Behördenleiter begeht Suizid (2017-10-20)
LBM = """\
# newpar
# text = Am Freitag teilte ein Sprecher des LBM in Koblenz mit, dass Ertel sich das Leben genommen habe.
1	An	an	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=2
3	Freitag	Freitag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	4	obl	_	start_char=3|end_char=10
4	teilte	teilen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=11|end_char=17
5	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	6	det	_	start_char=18|end_char=21
6	Sprecher	Sprecher	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	4	nsubj	_	start_char=22|end_char=30
7	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	8	det	_	start_char=31|end_char=34
8	LBM	LBM	PROPN	NE	Case=Gen|Gender=Masc|Number=Sing	6	nmod	_	start_char=35|end_char=38
9	in	in	ADP	APPR	_	10	case	_	start_char=39|end_char=41
10	Koblenz	Koblenz	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	8	nmod	_	start_char=42|end_char=49
11	mit	mit	ADP	PTKVZ	_	4	compound:prt	_	start_char=50|end_char=53
12	,	,	PUNCT	$,	_	18	punct	_	start_char=53|end_char=54
13	dass	dass	SCONJ	KOUS	_	18	mark	_	start_char=55|end_char=59
14	Ertel	Ertel	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	18	nsubj	_	start_char=60|end_char=65
15	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	18	obj	_	start_char=66|end_char=70
16	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	17	det	_	start_char=71|end_char=74
17	Leben	Leben	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	18	obj	_	start_char=75|end_char=80
18	genommen	nehmen	VERB	VVPP	VerbForm=Part	10	acl:relcl	_	start_char=81|end_char=89
19	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	18	aux	_	start_char=90|end_char=94
20	.	.	PUNCT	$.	_	4	punct	_	start_char=94|end_char=95
"""
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
# seeds/002_88f338ab2dbf0f65.txt
MACHTHABER = """\
# newpar
# text = Wie Putin am Samstag bei einem Treffen mit dem belarussischen Staatschef Alexander Lukaschenko in St. Petersburg ankündigte, wird Russland "in den kommenden Monaten" das Raketensystem Iskander-M an Belarus liefern, das auch mit Atomsprengköpfen bestückt werden kann.
1	Wie	wie	SCONJ	KOKOM	_	18	mark	_	start_char=0|end_char=3
2	Putin	Putin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	18	nsubj	_	start_char=4|end_char=9
3	an	an	ADP	APPR	_	5	case	_	start_char=10|end_char=12
4	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	start_char=10|end_char=12
5	Samstag	Samstag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	18	obl	_	start_char=13|end_char=20
6	bei	bei	ADP	APPR	_	8	case	_	start_char=21|end_char=24
7	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	8	det	_	start_char=25|end_char=30
8	Treffen	Treffen	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	18	obl	_	start_char=31|end_char=38
9	mit	mit	ADP	APPR	_	12	case	_	start_char=39|end_char=42
10	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=43|end_char=46
11	belarussischen	belarussisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	12	amod	_	start_char=47|end_char=61
12	Staatschef	Staatschef	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	8	nmod	_	start_char=62|end_char=72
13	Alexander	Alexander	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	12	appos	_	start_char=73|end_char=82
14	Lukaschenko	Lukaschenko	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	13	flat	_	start_char=83|end_char=94
15	in	in	ADP	APPR	_	16	case	_	start_char=95|end_char=97
16	St.	St.	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	18	obl	_	start_char=98|end_char=101
17	Petersburg	Petersburg	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	16	flat:name	_	start_char=102|end_char=112
18	ankündigte	ankündigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	34	advcl	_	start_char=113|end_char=123
19	,	,	PUNCT	$,	_	18	punct	_	start_char=123|end_char=124
20	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	34	aux	_	start_char=125|end_char=129
21	Russland	Rußland	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	34	nsubj	_	start_char=130|end_char=138
22	"	"	PUNCT	$(	_	26	punct	_	start_char=139|end_char=140
23	in	in	ADP	APPR	_	26	case	_	start_char=140|end_char=142
24	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	26	det	_	start_char=143|end_char=146
25	kommenden	kommend	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Plur	26	amod	_	start_char=147|end_char=156
26	Monaten	Monat	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	34	obl	_	start_char=157|end_char=164
27	"	"	PUNCT	$(	_	29	punct	_	start_char=164|end_char=165
28	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	29	det	_	start_char=166|end_char=169
29	Raketensystem	Raketensystem	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	34	nsubj	_	start_char=170|end_char=183
30	Iskander-	Iskander-	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	31	compound	_	start_char=184|end_char=193
31	M	M	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	29	nmod	_	start_char=193|end_char=194
32	an	an	ADP	APPR	_	33	case	_	start_char=195|end_char=197
33	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	31	nmod	_	start_char=198|end_char=205
34	liefern	liefern	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=206|end_char=213
35	,	,	PUNCT	$,	_	40	punct	_	start_char=213|end_char=214
36	das	der	PRON	PRELS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem,Rel	40	nsubj:pass	_	start_char=215|end_char=218
37	auch	auch	ADV	ADV	_	40	advmod	_	start_char=219|end_char=223
38	mit	mit	ADP	APPR	_	39	case	_	start_char=224|end_char=227
39	Atomsprengköpfen	Atomsprengköpfen	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	40	obl	_	start_char=228|end_char=244
40	bestückt	bestücken	VERB	VVPP	VerbForm=Part	34	advcl	_	start_char=245|end_char=253
41	werden	werden	AUX	VAINF	VerbForm=Inf	40	aux:pass	_	start_char=254|end_char=260
42	kann	können	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	40	aux	_	start_char=261|end_char=265
43	.	.	PUNCT	$.	_	34	punct	_	start_char=265|end_char=266

# newpar
# text = Ohne einen Unterschied zwischen Belarus und Russland zu machen, sagte der autoritäre, belarussische Machthaber: "Minsk muss auf alles vorbereitet sein, sogar den Gebrauch ernsthafter Waffen, um unser Vaterland von Brest bis Wladiwostok zu verteidigen."
1	Ohne	ohne	ADP	APPR	_	3	case	_	start_char=0|end_char=4
2	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	3	det	_	start_char=5|end_char=10
3	Unterschied	Unterschied	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	9	obl	_	start_char=11|end_char=22
4	zwischen	zwischen	ADP	APPR	_	5	case	_	start_char=23|end_char=31
5	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	3	nmod	_	start_char=32|end_char=39
6	und	und	CCONJ	KON	_	7	cc	_	start_char=40|end_char=43
7	Russland	Rußland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	5	conj	_	start_char=44|end_char=52
8	zu	zu	PART	PTKZU	_	9	mark	_	start_char=53|end_char=55
9	machen	machen	VERB	VVINF	VerbForm=Inf	11	ccomp	_	start_char=56|end_char=62
10	,	,	PUNCT	$,	_	9	punct	_	start_char=62|end_char=63
11	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=64|end_char=69
12	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	16	det	_	start_char=70|end_char=73
13	autoritäre	autoritär	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	16	amod	_	start_char=74|end_char=84
14	,	,	PUNCT	$,	_	15	punct	_	start_char=84|end_char=85
15	belarussische	belarussisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	13	conj	_	start_char=86|end_char=99
16	Machthaber	Machthaber	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	11	nsubj	_	start_char=100|end_char=110
17	:	:	PUNCT	$.	_	11	punct	_	start_char=110|end_char=111
18	"	"	PUNCT	$(	_	23	punct	_	start_char=112|end_char=113
19	Minsk	Minsk	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	23	nsubj	_	start_char=113|end_char=118
20	muss	müssen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	23	aux	_	start_char=119|end_char=123
21	auf	auf	ADP	APPR	_	22	case	_	start_char=124|end_char=127
22	alles	alle	DET	PIS	Case=Acc|Gender=Neut|Number=Sing|PronType=Tot	23	obl	_	start_char=128|end_char=133
23	vorbereitet	vorbereiten	VERB	VVPP	VerbForm=Part	11	ccomp	_	start_char=134|end_char=145
24	sein	sein	AUX	VAINF	VerbForm=Inf	23	aux	_	start_char=146|end_char=150
25	,	,	PUNCT	$,	_	23	punct	_	start_char=150|end_char=151
26	sogar	sogar	ADV	ADV	_	23	advmod	_	start_char=152|end_char=157
27	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	28	det	_	start_char=158|end_char=161
28	Gebrauch	Gebrauch	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	23	obj	_	start_char=162|end_char=170
29	ernsthafter	ernsthaft	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	30	amod	_	start_char=171|end_char=182
30	Waffen	Waffe	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	28	nmod	_	start_char=183|end_char=189
31	,	,	PUNCT	$,	_	40	punct	_	start_char=189|end_char=190
32	um	um	SCONJ	KOUI	_	40	mark	_	start_char=191|end_char=193
33	unser	unser	DET	PPOSAT	Case=Acc|Gender=Neut|Number=Sing|Number[psor]=Sing|Person=1|Poss=Yes|PronType=Prs	34	det:poss	_	start_char=194|end_char=199
34	Vaterland	Vaterland	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	40	obj	_	start_char=200|end_char=209
35	von	von	ADP	APPR	_	36	case	_	start_char=210|end_char=213
36	Brest	Brest	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	34	nmod	_	start_char=214|end_char=219
37	bis	bis	ADP	APPR	_	38	case	_	start_char=220|end_char=223
38	Wladiwostok	Wladiwostok	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	40	obl	_	start_char=224|end_char=235
39	zu	zu	PART	PTKZU	_	40	mark	_	start_char=236|end_char=238
40	verteidigen	verteidigen	VERB	VVINF	VerbForm=Inf	23	advcl	_	start_char=239|end_char=250
41	.	.	PUNCT	$.	_	11	punct	_	start_char=250|end_char=251
42	"	"	PUNCT	$(	_	11	punct	_	start_char=251|end_char=252
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
