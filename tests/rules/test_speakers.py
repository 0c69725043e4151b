"""Rules of `quotes.speakers`: a speaker mention -> the canonical name in the article."""
from __future__ import annotations

from quotes import speakers
from quotes.speakers import Speakers
from quotes.trees import mention

from .ruletools import parse, word

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
# Wikinews train, 12599 - Fall des eBay-Babys doch anders als gedacht (2005-09-17)
BERINGER = """\
# newpar
# text = Ein Sprecher der Polizei, Lars Beringer, sagte heute Abend gegenüber der Presse, nach neuesten Erkenntnissen habe ein Unbekannter den Namen der Frau verwendet, um ihr Kind in eBay anzubieten.
1	Ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Sprecher	Sprecher	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=4|end_char=12
3	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=13|end_char=16
4	Polizei	Polizei	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	2	nmod	_	start_char=17|end_char=24
5	,	,	PUNCT	$,	_	6	punct	_	start_char=24|end_char=25
6	Lars	Lars	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	appos	_	start_char=26|end_char=30
7	Beringer	Beringer	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	6	flat	_	start_char=31|end_char=39
8	,	,	PUNCT	$,	_	2	punct	_	start_char=39|end_char=40
9	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=41|end_char=46
10	heute	heute	ADV	ADV	_	9	advmod	_	start_char=47|end_char=52
11	Abend	Abend	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=53|end_char=58
12	gegenüber	gegenüber	ADP	APPR	_	14	case	_	start_char=59|end_char=68
13	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=69|end_char=72
14	Presse	Presse	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	11	nmod	_	start_char=73|end_char=79
15	,	,	PUNCT	$,	_	26	punct	_	start_char=79|end_char=80
16	nach	nach	ADP	APPR	_	18	case	_	start_char=81|end_char=85
17	neuesten	neu	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	18	amod	_	start_char=86|end_char=94
18	Erkenntnissen	Erkenntnis	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	26	obl	_	start_char=95|end_char=108
19	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	26	aux	_	start_char=109|end_char=113
20	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|NumType=Card|Number=Sing|PronType=Art	21	det	_	start_char=114|end_char=117
21	Unbekannter	Unbekannter	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	26	nsubj:pass	_	start_char=118|end_char=129
22	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	23	det	_	start_char=130|end_char=133
23	Namen	Name	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	26	obj	_	start_char=134|end_char=139
24	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	25	det	_	start_char=140|end_char=143
25	Frau	Frau	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	23	nmod	_	start_char=144|end_char=148
26	verwendet	verwenden	VERB	VVPP	VerbForm=Part	9	ccomp	_	start_char=149|end_char=158
27	,	,	PUNCT	$,	_	33	punct	_	start_char=158|end_char=159
28	um	um	SCONJ	KOUI	_	33	mark	_	start_char=160|end_char=162
29	ihr	ihr	DET	PPOSAT	Case=Acc|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	30	det:poss	_	start_char=163|end_char=166
30	Kind	Kind	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	33	obj	_	start_char=167|end_char=171
31	in	in	ADP	APPR	_	32	case	_	start_char=172|end_char=174
32	eBay	eBay	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	33	obl	_	start_char=175|end_char=179
33	anzubieten	anbieten	VERB	VVINF	VerbForm=Inf	26	advcl	_	start_char=180|end_char=190
34	.	.	PUNCT	$.	_	9	punct	_	start_char=190|end_char=191
"""
# seeds/001_4b6b8be258251114.txt
MITGETEILT = """\
# newpar
# text = Am Sonntag hatte das belarussische Verteidigungsministerium mitgeteilt, dass eine weitere Einheit des mobilen Boden-Luft-Raketensystems S-400 aus Moskau eingetroffen sei und die Systeme bald kampfbereit sein sollen.
1	An	an	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=2
3	Sonntag	Sonntag	PROPN	NN	Case=Dat|Gender=Masc|Number=Sing	8	obl	_	start_char=3|end_char=10
4	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	8	aux	_	start_char=11|end_char=16
5	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	7	det	_	start_char=17|end_char=20
6	belarussische	belarussisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	7	amod	_	start_char=21|end_char=34
7	Verteidigungsministerium	Verteidigungsministerium	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	8	nsubj:pass	_	start_char=35|end_char=59
8	mitgeteilt	mitteilen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=60|end_char=70
9	,	,	PUNCT	$,	_	24	punct	_	start_char=70|end_char=71
10	dass	dass	SCONJ	KOUS	_	24	mark	_	start_char=72|end_char=76
11	eine	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	13	det	_	start_char=77|end_char=81
12	weitere	weiterer	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	13	amod	_	start_char=82|end_char=89
13	Einheit	Einheit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	24	nsubj:pass	_	start_char=90|end_char=97
14	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	20	det	_	start_char=98|end_char=101
15	mobilen	mobil	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Sing	20	amod	_	start_char=102|end_char=109
16	Boden	Boden	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	18	compound	_	start_char=110|end_char=115
17	-	-	PUNCT	$	_	16	punct	_	start_char=115|end_char=116
18	Luft	Luft	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	20	compound	_	start_char=116|end_char=120
19	-	-	PUNCT	$	_	18	punct	_	start_char=120|end_char=121
20	Raketensystems	Raketensystem	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	24	obl	_	start_char=121|end_char=135
21	S-400	S-400	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	appos	_	start_char=136|end_char=141
22	aus	aus	ADP	APPR	_	23	case	_	start_char=142|end_char=145
23	Moskau	Moskau	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	24	obl	_	start_char=146|end_char=152
24	eingetroffen	eintreffen	VERB	VVPP	VerbForm=Part	8	ccomp	_	start_char=153|end_char=165
25	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	24	aux	_	start_char=166|end_char=169
26	und	und	CCONJ	KON	_	30	cc	_	start_char=170|end_char=173
27	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	28	det	_	start_char=174|end_char=177
28	Systeme	System	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	30	nsubj	_	start_char=178|end_char=185
29	bald	bald	ADV	ADV	_	30	advmod	_	start_char=186|end_char=190
30	kampfbereit	kampfbereit	ADJ	ADJD	_	24	conj	_	start_char=191|end_char=202
31	sein	sein	AUX	VAINF	VerbForm=Inf	30	cop	_	start_char=203|end_char=207
32	sollen	sollen	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	30	aux	_	start_char=208|end_char=214
33	.	.	PUNCT	$.	_	8	punct	_	start_char=214|end_char=215
"""
# Wikinews train, 50978 - Afghanistans Präsident Karzai will „Kampf gegen den Terror“ auf das pakistanische Grenzgebiet ausweiten (2008-06-15)
TALIBAN = """\
# newpar
# text = Ein Talibansprecher kündigte unterdessen an, die Taliban würden in der nächsten Woche weitere Gefängnisse stürmen.
1	Ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Talibansprecher	Talibansprecher	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=4|end_char=19
3	kündigte	kündigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=20|end_char=28
4	unterdessen	unterdessen	ADV	ADV	_	3	advmod	_	start_char=29|end_char=40
5	an	an	ADP	PTKVZ	_	3	compound:prt	_	start_char=41|end_char=43
6	,	,	PUNCT	$,	_	16	punct	_	start_char=43|end_char=44
7	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	8	det	_	start_char=45|end_char=48
8	Taliban	Taliban	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	16	nsubj	_	start_char=49|end_char=56
9	würden	werden	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	16	aux	_	start_char=57|end_char=63
10	in	in	ADP	APPR	_	13	case	_	start_char=64|end_char=66
11	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	13	det	_	start_char=67|end_char=70
12	nächsten	nah	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	13	amod	_	start_char=71|end_char=79
13	Woche	Woche	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	16	obl	_	start_char=80|end_char=85
14	weitere	weiterer	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Plur	15	amod	_	start_char=86|end_char=93
15	Gefängnisse	Gefängnis	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	16	obj	_	start_char=94|end_char=105
16	stürmen	stürmen	VERB	VVINF	VerbForm=Inf	3	conj	_	start_char=106|end_char=113
17	.	.	PUNCT	$.	_	3	punct	_	start_char=113|end_char=114
"""


def resolve(conllu: str, k: int, form: str, nth: int = 0, notes: int = 0):
    """Resolve the mention of word `form` in sentence k, after noting the subjects of the first `notes` sentences."""
    parsed = parse(conllu)
    sp = Speakers(parsed)
    for s in parsed.sentences[:notes]:
        sp.note_subjects(s)
    sent = parsed.sentences[k]
    return sp.resolve(sent, mention(sent, word(sent, form, nth)))


def test_speakers_resolve_surname_to_fullest_name():
    """speakers.Speakers.resolve: "Lukaschenko empfing zuvor …" -> "Alexander Lukaschenko", named so before."""
    assert resolve(BELTA, 2, "Lukaschenko").name == "Alexander Lukaschenko"


def test_speakers_resolve_pronoun_to_last_person():
    """speakers.Speakers.resolve: "…gab sich Lukaschenko zuversichtlich … „…“, wurde er … zitiert" -- "er" is Lukaschenko."""
    r = resolve(TASS, 1, "er", notes=1)
    assert (r.name, r.mention) == ("Lukaschenko", "er")


def test_speakers_resolve_description_to_person():
    """speakers.Speakers.resolve: "sagte der autoritäre, belarussische Machthaber" -> the Staatschef Alexander Lukaschenko of the paragraph before."""
    assert resolve(MACHTHABER, 1, "Machthaber", notes=1).name == "Alexander Lukaschenko"


def test_speakers_resolve_title_then_name():
    """speakers.Speakers.resolve: "Russlands Verteidigungsminister Sergej Schoigu" -> "Sergej Schoigu"."""
    assert resolve(SCHOIGU, 0, "Verteidigungsminister").name == "Sergej Schoigu"


def test_speakers_resolve_role_then_name_in_apposition():
    """speakers.Speakers.resolve: "Ein Sprecher der Polizei, Lars Beringer, sagte" -> "Lars Beringer"."""
    assert resolve(BERINGER, 0, "Sprecher").name == "Lars Beringer"


def test_speakers_resolve_institution_in_nominative():
    """speakers.Speakers.resolve: "hatte das belarussische Verteidigungsministerium mitgeteilt" -> "Belarussisches Verteidigungsministerium"."""
    assert resolve(MITGETEILT, 0, "Verteidigungsministerium").name == "Belarussisches Verteidigungsministerium"


def test_speakers_resolve_indefinite_is_someone_new():
    """speakers.Speakers.resolve: "Ein Talibansprecher kündigte an" -- someone new, named by the description."""
    r = resolve(TALIBAN, 0, "Talibansprecher")
    assert (r.name, r.mention, r.entity) == ("Talibansprecher", "Ein Talibansprecher", None)


def test_speakers_role_group_of_compound():
    """speakers.role_group / is_role: "Kremlsprecher" is a spokesperson like "Sprecher"; "Raketensystem" is no role."""
    assert speakers.role_group("Kremlsprecher") == speakers.role_group("Sprecher") is not None
    assert speakers.is_role("Verteidigungsminister")
    assert not speakers.is_role("Raketensystem")
