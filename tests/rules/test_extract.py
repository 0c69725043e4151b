"""`quotes.extract`: find_quotes end to end on parsed text, dedupe, content_paragraphs,
might_quote."""
from __future__ import annotations

from quotes import extract
from quotes.records import Quote

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
# Wikinews train, 28493 - Wien: Komponist György Ligeti gestorben (2006-06-15)
FILM = """\
# newpar
# text = Der Komponist schrieb einige Titel zu Stanley Kubricks Film „2001: Odyssee im Weltraum“.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Komponist	Komponist	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=4|end_char=13
3	schrieb	schreiben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=14|end_char=21
4	einige	einige	DET	PIAT	Case=Acc|Gender=Fem|Number=Plur|PronType=Ind	5	det	_	start_char=22|end_char=28
5	Titel	Titel	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	3	obj	_	start_char=29|end_char=34
6	zu	zu	ADP	APPR	_	7	case	_	start_char=35|end_char=37
7	Stanley	Stanley	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	5	nmod	_	start_char=38|end_char=45
8	Kubricks	Kubrick	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	9	compound	_	start_char=46|end_char=54
9	Film	Film	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	3	obj	_	start_char=55|end_char=59
10	„	„	PUNCT	$(	_	11	punct	_	start_char=60|end_char=61
11	2001	2001	NUM	CARD	NumType=Card	9	obl:tmod	_	start_char=61|end_char=65
12	:	:	PUNCT	$.	_	13	punct	_	start_char=65|end_char=66
13	Odyssee	Odyssee	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	3	parataxis	_	start_char=67|end_char=74
14	in	in	ADP	APPR	_	16	case	_	start_char=75|end_char=77
15	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	16	det	_	start_char=75|end_char=77
16	Weltraum	Weltraum	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	13	nmod	_	start_char=78|end_char=86
17	“	“	PUNCT	$(	_	16	punct	_	start_char=86|end_char=87
18	.	.	PUNCT	$.	_	3	punct	_	start_char=87|end_char=88
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


def test_extract_find_quotes_outlet_reports_last_speaker():
    """extract.find_quotes: "Russland solle Belarus verteidigen, …, berichtet die Nachrichtenagentur BelTA" -- Lukaschenko's words via BelTA."""
    quotes = extract.find_quotes("t", parse(BELTA))
    belta = [q for q in quotes if q.cue == "berichten"]
    assert len(belta) == 1
    q = belta[0]
    assert q.text.startswith("Russland solle Belarus verteidigen")
    assert (q.kind, q.speaker, q.outlet) == ("indirect", "Alexander Lukaschenko", "BelTA")


def test_extract_find_quotes_pronoun_and_continuation():
    """extract.find_quotes: "„…“, wurde er von der … Tass zitiert. „…“ Es werde zwar nicht einfach. „…“, fügte er hinzu." -- all Lukaschenko's."""
    quotes = extract.find_quotes("t", parse(TASS))
    assert [q.kind for q in quotes] == ["direct", "direct", "indirect", "direct"]
    assert {q.speaker for q in quotes} == {"Lukaschenko"}
    assert quotes[0].text == "Wir werden das alles überstehen" and quotes[0].outlet == "Tass"
    assert quotes[2].text == "Es werde zwar nicht einfach"
    assert quotes[3].cue == "hinzufügen"


def test_extract_find_quotes_ministry_on_telegram():
    """extract.find_quotes: "„…“, teilte das belarussische Verteidigungsministerium im Onlinedienst Telegram mit. „…“, hieß es" -- the ministry, on Telegram."""
    quotes = extract.find_quotes("t", parse(TELEGRAM))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Belarussisches Verteidigungsministerium")] * 2
    assert quotes[0].outlet == "Telegram" and quotes[0].cue == "mitteilen"
    assert quotes[1].text == "Sie werden einen vollständigen Ausbildungszyklus auf einem Übungsplatz " \
        "der russischen Streitkräfte absolvieren"


def test_extract_find_quotes_indirect_direct_konjunktiv():
    """extract.find_quotes: "Russland erklärte, … sei …" (indirect), „…“, sagte Peskow (direct), "… müsse Moskau …" (Konjunktiv, Peskow)."""
    quotes = extract.find_quotes("t", parse(PESKOW_PARA))
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Russland"), ("direct", "Dmitri Peskow"), ("indirect", "Dmitri Peskow")]
    assert quotes[0].text == "die Stationierung von Atomraketen im Nachbarland Belarus sei eine Reaktion " \
        "auf den NATO-Beitritt Finnlands"


def test_extract_find_quotes_title_is_no_quote():
    """extract.find_quotes: "Stanley Kubricks Film „2001: Odyssee im Weltraum“" -- nothing quoted."""
    assert extract.find_quotes("t", parse(FILM)) == []


def test_extract_find_quotes_offsets_index_the_text():
    """extract.find_quotes: offsets index the parsed text (paragraphs joined by a line break)."""
    parsed = parse(STAATSFERNSEHEN)
    quotes = extract.find_quotes("t", parsed)
    assert len(quotes) == 1
    q = quotes[0]
    assert parsed.text[q.start:q.end] == q.text
    assert q.text.startswith("Niemand ist dagegen, dass Kasachstan")
    assert (q.speaker, q.outlet) == ("Alexander Lukaschenko", "russisches Staatsfernsehen")


def quote(start: int, end: int, conf: float) -> Quote:
    return Quote(article="t", kind="indirect", text="x" * (end - start), start=start, end=end, confidence=conf)


def test_extract_dedupe_keeps_surer_of_overlapping():
    """extract.dedupe: of two quotes overlapping by half or more keep the surer; a small overlap keeps both."""
    a, b, c = quote(0, 100, 0.6), quote(10, 100, 0.9), quote(95, 200, 0.5)
    assert extract.dedupe([a, b, c]) == [b, c]


def test_extract_content_paragraphs_drops_furniture_and_repeats():
    """extract.content_paragraphs: "Mehr zum Thema" paragraphs and verbatim repeats are skipped."""
    para = "Russland treibt derzeit seinen Plan voran, taktische Atomwaffen zu stationieren."
    text = f"{para}\nMehr zum Thema: Atomwaffen in Belarus\n{para}\nIn westlichen Ländern ruft dies Besorgnis hervor."
    spans = extract.content_paragraphs(text)
    assert [text[s:e] for s, e in spans] == [para, "In westlichen Ländern ruft dies Besorgnis hervor."]


def test_extract_might_quote_selects_sentences_to_parse():
    """extract.might_quote: marks, cue forms, "laut", "nach Angaben", Konjunktiv -- yes; a plain statement -- no."""
    assert extract.might_quote("Laut BKA liegen bei den meisten Verschwindensfällen Streitigkeiten der Eltern vor.")
    assert extract.might_quote("Am Freitag teilte ein Sprecher des LBM in Koblenz mit, dass Ertel sich das Leben genommen habe.")
    assert extract.might_quote("Ein Tatverdacht bestehe nach Angaben der Bundesanwaltschaft nicht mehr.")
    assert extract.might_quote("Er bekam den Titel „Schöpfer der Neuen Musik“.")
    assert not extract.might_quote("Seit 1971 lebt Armstrong auf einer Farm bei Lebanon (Ohio).")
