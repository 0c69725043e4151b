"""Rules of `quotes.cues`: speech cues (verbs, prepositions, source nouns, content nouns,
"demnach", "so X") with their source and content."""
from __future__ import annotations

from quotes import cues, lexicon
from quotes.context import ArticleContext
from quotes.extract import find_quotes

from .parses import AERZTE, GENAUER, LAUT_BKA, PESKOW_PARA, alone
from .ruletools import parse, sentence, text_of, word, words

# Wikinews train, 15010 - Mord an junger Frau in Darmstadt (2005-10-28)
ZUFOLGE_POLIZEI = """\
# newpar
# text = Ermittlungen der Polizei zufolge wollte sich die seit längerem mit dem US-Amerikaner befreundete Frau von ihm trennen.
1	Ermittlungen	Ermittlung	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	19	nsubj	_	start_char=0|end_char=12
2	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=13|end_char=16
3	Polizei	Polizei	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	1	nmod	_	start_char=17|end_char=24
4	zufolge	zufolge	ADP	APPR	_	3	case	_	start_char=25|end_char=32
5	wollte	wollen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	19	aux	_	start_char=33|end_char=39
6	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	19	obj	_	start_char=40|end_char=44
7	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	9	det	_	start_char=45|end_char=48
8	seit	seit	ADP	APPR	_	9	case	_	start_char=49|end_char=53
9	längerem	lang	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	19	obl	_	start_char=54|end_char=62
10	mit	mit	ADP	APPR	_	14	case	_	start_char=63|end_char=66
11	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	14	det	_	start_char=67|end_char=70
12	US	US	PROPN	NN	Case=Dat|Gender=Masc|Number=Sing	14	compound	_	start_char=71|end_char=73
13	-	-	PUNCT	$	_	12	punct	_	start_char=73|end_char=74
14	Amerikaner	Amerikaner	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	19	obl	_	start_char=74|end_char=84
15	befreundete	befreundet	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	16	amod	_	start_char=85|end_char=96
16	Frau	Frau	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	19	obj	_	start_char=97|end_char=101
17	von	von	ADP	APPR	_	18	case	_	start_char=102|end_char=105
18	ihm	er	PRON	PPER	Case=Dat|Gender=Masc|Number=Sing|Person=3|PronType=Prs	19	obl	_	start_char=106|end_char=109
19	trennen	trennen	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=110|end_char=117
20	.	.	PUNCT	$.	_	19	punct	_	start_char=117|end_char=118
"""
# Wikinews train, 19560 - Flugverbot für peruanische Fluggesellschaft TANS (2006-01-09)
GEMAESS = """\
# newpar
# text = Der Unfall kostete gemäß der Netzzeitung 40 Menschen das Leben.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Unfall	Unfall	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=4|end_char=10
3	kostete	kostet	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=11|end_char=18
4	gemäß	gemäß	ADP	APPR	_	6	case	_	start_char=19|end_char=24
5	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=25|end_char=28
6	Netzzeitung	Netzzeitung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	3	obl	_	start_char=29|end_char=40
7	40	40	NUM	CARD	NumType=Card	8	nummod	_	start_char=41|end_char=43
8	Menschen	Mensch	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	3	obj	_	start_char=44|end_char=52
9	das	der	DET	ART	Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	10	det	_	start_char=53|end_char=56
10	Leben	Leben	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	3	obj	_	start_char=57|end_char=62
11	.	.	PUNCT	$.	_	3	punct	_	start_char=62|end_char=63
"""
# Wikinews train, 1034 - BGH erlässt Haftbefehl gegen drei mutmaßliche irakische Terroristen (2004-12-05)
ANGABEN_BA = """\
# newpar
# text = Ein Tatverdacht bestehe nach Angaben der Bundesanwaltschaft nicht mehr.
1	Ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	2	det	_	start_char=0|end_char=3
2	Tatverdacht	Tatverdacht	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=4|end_char=15
3	bestehe	bestehen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=16|end_char=23
4	nach	nach	ADP	APPR	_	5	case	_	start_char=24|end_char=28
5	Angaben	Angabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	3	obl	_	start_char=29|end_char=36
6	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	7	det	_	start_char=37|end_char=40
7	Bundesanwaltschaft	Bundesanwaltschaft	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	5	nmod	_	start_char=41|end_char=59
8	nicht	nicht	PART	PTKNEG	Polarity=Neg	3	advmod	_	start_char=60|end_char=65
9	mehr	mehr	ADV	ADV	_	3	advmod	_	start_char=66|end_char=70
10	.	.	PUNCT	$.	_	3	punct	_	start_char=70|end_char=71
"""
# Wikinews train, 19835 - Streit um Montezumas Kopfschmuck (2006-01-11)
ERGEBNIS = """\
# newpar
# text = Die Experten kamen zu dem Ergebnis, dass es keinerlei Beweise dafür gäbe, dass sie jemals den vorletzten Herrscher des Aztekenreiches geschmückt habe.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	2	det	_	start_char=0|end_char=3
2	Experten	Experte	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	3	nsubj	_	start_char=4|end_char=12
3	kamen	kommen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=13|end_char=18
4	zu	zu	ADP	APPR	_	6	case	_	start_char=19|end_char=21
5	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	6	det	_	start_char=22|end_char=25
6	Ergebnis	Ergebnis	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	3	obl	_	start_char=26|end_char=34
7	,	,	PUNCT	$,	_	13	punct	_	start_char=34|end_char=35
8	dass	dass	SCONJ	KOUS	_	13	mark	_	start_char=36|end_char=40
9	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	13	nsubj	_	start_char=41|end_char=43
10	keinerlei	keinerlei	DET	PIAT	Case=Acc|Gender=Fem|Number=Plur|PronType=Ind	11	det	_	start_char=44|end_char=53
11	Beweise	Beweis	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	13	obj	_	start_char=54|end_char=61
12	dafür	dafür	ADV	PROAV	PronType=Dem	13	advmod	_	start_char=62|end_char=67
13	gäbe	geben	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	3	advcl	_	start_char=68|end_char=72
14	,	,	PUNCT	$,	_	23	punct	_	start_char=72|end_char=73
15	dass	dass	SCONJ	KOUS	_	23	mark	_	start_char=74|end_char=78
16	sie	sie	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	23	nsubj	_	start_char=79|end_char=82
17	jemals	jemals	ADV	ADV	_	23	advmod	_	start_char=83|end_char=89
18	den	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	20	det	_	start_char=90|end_char=93
19	vorletzten	vorletzt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	20	amod	_	start_char=94|end_char=104
20	Herrscher	Herrscher	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	23	obj	_	start_char=105|end_char=114
21	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	22	det	_	start_char=115|end_char=118
22	Aztekenreiches	Aztekenreich	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	20	nmod	_	start_char=119|end_char=133
23	geschmückt	schmücken	VERB	VVPP	VerbForm=Part	13	advcl	_	start_char=134|end_char=144
24	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	23	aux	_	start_char=145|end_char=149
25	.	.	PUNCT	$.	_	3	punct	_	start_char=149|end_char=150
"""
# Wikinews train, 21450 - IAEA einigt sich in der Iran-Frage auf Anrufung des Sicherheitsrates (2006-02-04)
ANKUENDIGUNG = """\
# newpar
# text = Die erste Reaktion aus dem Iran bestand in der Ankündigung, der Iran werde nun sofort die Anreicherung von Uran in vollem Umfange aufnehmen.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	erste	erst	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	3	amod	_	start_char=4|end_char=9
3	Reaktion	Reaktion	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	7	nsubj	_	start_char=10|end_char=18
4	aus	aus	ADP	APPR	_	6	case	_	start_char=19|end_char=22
5	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	6	det	_	start_char=23|end_char=26
6	Iran	Iran	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	3	nmod	_	start_char=27|end_char=31
7	bestand	bestehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=32|end_char=39
8	in	in	ADP	APPR	_	10	case	_	start_char=40|end_char=42
9	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	start_char=43|end_char=46
10	Ankündigung	Ankündigung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	7	obl	_	start_char=47|end_char=58
11	,	,	PUNCT	$,	_	24	punct	_	start_char=58|end_char=59
12	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	13	det	_	start_char=60|end_char=63
13	Iran	Iran	PROPN	NN	Case=Nom|Gender=Masc|Number=Sing	24	nsubj	_	start_char=64|end_char=68
14	werde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	24	aux	_	start_char=69|end_char=74
15	nun	nun	ADV	ADV	_	24	advmod	_	start_char=75|end_char=78
16	sofort	sofort	ADV	ADV	_	24	advmod	_	start_char=79|end_char=85
17	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	18	det	_	start_char=86|end_char=89
18	Anreicherung	Anreicherung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	24	obj	_	start_char=90|end_char=102
19	von	von	ADP	APPR	_	20	case	_	start_char=103|end_char=106
20	Uran	Uran	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	18	nmod	_	start_char=107|end_char=111
21	in	in	ADP	APPR	_	23	case	_	start_char=112|end_char=114
22	vollem	voll	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	23	amod	_	start_char=115|end_char=121
23	Umfange	Umfang	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	24	obl	_	start_char=122|end_char=129
24	aufnehmen	aufnehmen	VERB	VVINF	VerbForm=Inf	7	conj	_	start_char=130|end_char=139
25	.	.	PUNCT	$.	_	7	punct	_	start_char=139|end_char=140
"""
# Wikinews train, 23657 - Aktionen gegen Verzögerung der Veröffentlichungspflicht von Abgeordnetengehältern (2005-03-13)
MEINUNG = """\
# newpar
# text = Günter Metzges vom Online-Netzwerk Campact ist der Meinung, dass die Klage einiger „lichtscheuer Abgeordneter“ die Umsetzung demokratisch gefasster Beschlüsse nicht um Jahre verzögern dürfe.
1	Günter	Günter	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	11	nsubj	_	start_char=0|end_char=6
2	Metzges	Metzges	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	flat:name	_	start_char=7|end_char=14
3	von	von	ADP	APPR	_	7	case	_	start_char=15|end_char=18
4	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	7	det	_	start_char=15|end_char=18
5	Online	Online	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	7	compound	_	start_char=19|end_char=25
6	-	-	PUNCT	$	_	5	punct	_	start_char=25|end_char=26
7	Netzwerk	Netzwerk	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	1	nmod	_	start_char=26|end_char=34
8	Campact	Campact	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	appos	_	start_char=35|end_char=42
9	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	11	cop	_	start_char=43|end_char=46
10	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	11	det	_	start_char=47|end_char=50
11	Meinung	Meinung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	0	root	_	start_char=51|end_char=58
12	,	,	PUNCT	$,	_	29	punct	_	start_char=58|end_char=59
13	dass	dass	SCONJ	KOUS	_	29	mark	_	start_char=60|end_char=64
14	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	15	det	_	start_char=65|end_char=68
15	Klage	Klage	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	29	nsubj	_	start_char=69|end_char=74
16	einiger	einiger	DET	PIAT	Case=Gen|Gender=Masc|Number=Plur|PronType=Ind	19	det	_	start_char=75|end_char=82
17	„	„	PUNCT	$(	_	19	punct	_	start_char=83|end_char=84
18	lichtscheuer	lichtscheu	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Sing	19	amod	_	start_char=84|end_char=96
19	Abgeordneter	Abgeordneter	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	15	nmod	_	start_char=97|end_char=109
20	“	“	PUNCT	$(	_	19	punct	_	start_char=109|end_char=110
21	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	22	det	_	start_char=111|end_char=114
22	Umsetzung	Umsetzung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	29	obj	_	start_char=115|end_char=124
23	demokratisch	demokratisch	ADJ	ADJD	Degree=Pos	25	amod	_	start_char=125|end_char=137
24	gefasster	gefasst	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	25	amod	_	start_char=138|end_char=147
25	Beschlüsse	Beschluß	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	29	obj	_	start_char=148|end_char=158
26	nicht	nicht	PART	PTKNEG	Polarity=Neg	29	advmod	_	start_char=159|end_char=164
27	um	um	ADP	APPR	_	28	case	_	start_char=165|end_char=167
28	Jahre	Jahr	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	29	obl	_	start_char=168|end_char=173
29	verzögern	verzögern	VERB	VVINF	VerbForm=Inf	11	advcl	_	start_char=174|end_char=183
30	dürfe	dürfen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	29	aux	_	start_char=184|end_char=189
31	.	.	PUNCT	$.	_	11	punct	_	start_char=189|end_char=190
"""
# Wikinews train, 37511 - Republik Kongo: 200 Gefangene aus einem Gefängnis ausgebrochen (2007-01-24)
SO_JUSTIZ = """\
# newpar
# text = Einige der Inhaftierten hätten Verbindungen zur organisierten Kriminalität, so der Justizminister.
1	Einige	einige	DET	PIAT	Case=Nom|Gender=Masc|Number=Plur|PronType=Ind	3	det	_	start_char=0|end_char=6
2	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	3	det	_	start_char=7|end_char=10
3	Inhaftierten	Inhaftierte	NOUN	NN	Case=Gen|Gender=Masc|Number=Plur	4	nsubj	_	start_char=11|end_char=23
4	hätten	haben	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=24|end_char=30
5	Verbindungen	Verbindung	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	4	obj	_	start_char=31|end_char=43
6	zu	zu	ADP	APPR	_	9	case	_	start_char=44|end_char=47
7	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=44|end_char=47
8	organisierten	organisiert	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	9	amod	_	start_char=48|end_char=61
9	Kriminalität	Kriminalität	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	5	nmod	_	start_char=62|end_char=74
10	,	,	PUNCT	$,	_	13	punct	_	start_char=74|end_char=75
11	so	so	ADV	ADV	_	13	advmod	_	start_char=76|end_char=78
12	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	13	det	_	start_char=79|end_char=82
13	Justizminister	Justizminister	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	4	parataxis	_	start_char=83|end_char=97
14	.	.	PUNCT	$.	_	4	punct	_	start_char=97|end_char=98
"""
# Wikinews train, 10057 - Ermittler erheben Vorwürfe gegen Air-France-Piloten (2005-08-06)
DEMNACH = """\
# newpar
# text = Inzwischen sind präzise Beschuldigungen an die Öffentlichkeit gelangt.
1	Inzwischen	inzwischen	ADV	ADV	_	8	advmod	_	start_char=0|end_char=10
2	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	8	aux	_	start_char=11|end_char=15
3	präzise	präzis	ADJ	ADJD	Degree=Pos	8	advmod	_	start_char=16|end_char=23
4	Beschuldigungen	Beschuldigung	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	8	nsubj	_	start_char=24|end_char=39
5	an	an	ADP	APPR	_	7	case	_	start_char=40|end_char=42
6	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	7	det	_	start_char=43|end_char=46
7	Öffentlichkeit	Öffentlichkeit	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	8	obl	_	start_char=47|end_char=61
8	gelangt	gelangen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=62|end_char=69
9	.	.	PUNCT	$.	_	8	punct	_	start_char=69|end_char=70

# text = Demnach steht insbesondere der Air-France-Kopilot in der Schusslinie, der bei der Landung am Steuer saß.
1	Demnach	demnach	ADV	PROAV	_	2	advmod	_	start_char=0|end_char=7
2	steht	stehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=8|end_char=13
3	insbesondere	insbesondere	ADV	ADV	_	2	advmod	_	start_char=14|end_char=26
4	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=27|end_char=30
5	Air	Air	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	7	compound	_	start_char=31|end_char=34
6	-	-	PUNCT	$	_	5	punct	_	start_char=34|end_char=35
7	France	France	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	9	compound	_	start_char=35|end_char=41
8	-	-	PUNCT	$	_	5	punct	_	start_char=41|end_char=42
9	Kopilot	Kopilot	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=42|end_char=49
10	in	in	ADP	APPR	_	12	case	_	start_char=50|end_char=52
11	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=53|end_char=56
12	Schusslinie	Schusslinie	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	9	nmod	_	start_char=57|end_char=68
13	,	,	PUNCT	$,	_	21	punct	_	start_char=68|end_char=69
14	der	der	PRON	PRELS	Case=Nom|Gender=Masc|Number=Sing|PronType=Dem,Rel	21	nsubj	_	start_char=70|end_char=73
15	bei	bei	ADP	APPR	_	17	case	_	start_char=74|end_char=77
16	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	17	det	_	start_char=78|end_char=81
17	Landung	Landung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	21	obl	_	start_char=82|end_char=89
18	an	an	ADP	APPR	_	20	case	_	start_char=90|end_char=92
19	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	20	det	_	start_char=90|end_char=92
20	Steuer	Steuer	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	21	obl	_	start_char=93|end_char=99
21	saß	sitzen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	12	acl:relcl	_	start_char=100|end_char=103
22	.	.	PUNCT	$.	_	2	punct	_	start_char=103|end_char=104

# text = Er hätte den Jet definitiv zu spät auf die Rollbahn aufgesetzt.
1	Er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	11	nsubj	_	start_char=0|end_char=2
2	hätte	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	11	aux	_	start_char=3|end_char=8
3	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	4	det	_	start_char=9|end_char=12
4	Jet	Jet	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	11	obj	_	start_char=13|end_char=16
5	definitiv	definitiv	ADV	ADJD	_	11	advmod	_	start_char=17|end_char=26
6	zu	zu	ADP	APPR	_	7	case	_	start_char=27|end_char=29
7	spät	spät	ADJ	ADJD	Degree=Pos	11	advmod	_	start_char=30|end_char=34
8	auf	auf	ADP	APPR	_	10	case	_	start_char=35|end_char=38
9	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	start_char=39|end_char=42
10	Rollbahn	Rollbahn	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	11	obl	_	start_char=43|end_char=51
11	aufgesetzt	aufsetzen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=52|end_char=62
12	.	.	PUNCT	$.	_	11	punct	_	start_char=62|end_char=63
"""
# seeds/000_d9023a71f75f729c.txt: Peskow's sentence, parsed alone
PESKOW = alone(PESKOW_PARA, 1)

# Wikinews train, 23333 - Verteidigungsminister der EU noch uneinig über eine Kongomission (2006-03-07)
PLATTER = """\
# newpar
# text = Günther Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, es habe eine postive Resonanz gegeben, aber es seien auch viele Fragen gestellt worden.
1	Günther	Günther	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	11	nsubj:pass	_	start_char=0|end_char=7
2	Platter	Platter	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	flat:name	_	start_char=8|end_char=15
3	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	11	aux:pass	_	start_char=16|end_char=20
4	von	von	ADP	APPR	_	6	case	_	start_char=21|end_char=24
5	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	6	det	_	start_char=25|end_char=28
6	Nachrichtenagentur	Nachrichtenagentur	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	11	obl	_	start_char=29|end_char=47
7	Reuters	Reuter	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	6	appos	_	start_char=48|end_char=55
8	mit	mit	ADP	APPR	_	10	case	_	start_char=56|end_char=59
9	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	10	det	_	start_char=60|end_char=63
10	Worten	Wort	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	11	obl	_	start_char=64|end_char=70
11	zitiert	zitieren	VERB	VVPP	VerbForm=Part	0	root	_	start_char=71|end_char=78
12	,	,	PUNCT	$,	_	18	punct	_	start_char=78|end_char=79
13	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	18	nsubj	_	start_char=80|end_char=82
14	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	18	aux	_	start_char=83|end_char=87
15	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	17	det	_	start_char=88|end_char=92
16	postive	postiv	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	17	amod	_	start_char=93|end_char=100
17	Resonanz	Resonanz	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	18	obj	_	start_char=101|end_char=109
18	gegeben	geben	VERB	VVPP	VerbForm=Part	11	conj	_	start_char=110|end_char=117
19	,	,	PUNCT	$,	_	26	punct	_	start_char=117|end_char=118
20	aber	aber	CCONJ	KON	_	26	cc	_	start_char=119|end_char=123
21	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	26	nsubj:pass	_	start_char=124|end_char=126
22	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	26	aux	_	start_char=127|end_char=132
23	auch	auch	ADV	ADV	_	26	advmod	_	start_char=133|end_char=137
24	viele	viel	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	25	det	_	start_char=138|end_char=143
25	Fragen	Frage	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	26	nsubj:pass	_	start_char=144|end_char=150
26	gestellt	stellen	VERB	VVPP	VerbForm=Part	18	conj	_	start_char=151|end_char=159
27	worden	werden	AUX	VAPP	_	26	aux:pass	_	start_char=160|end_char=166
28	.	.	PUNCT	$.	_	11	punct	_	start_char=166|end_char=167
"""
# Wikinews train, 30204 - Zahl der Frauenmorde in Guatemala nimmt weiter zu (2006-07-19)
ZUFOLGE_BERICHT = """\
# newpar
# text = Dem Bericht zufolge wurden im letzten Jahr in Guatemala mindestens 665 Frauen und Mädchen ermordet, 2004 gab es 527 registrierte Fälle.
1	Dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Bericht	Bericht	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	16	obl	_	start_char=4|end_char=11
3	zufolge	zufolge	ADP	APPR	_	2	case	_	start_char=12|end_char=19
4	wurden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	16	aux:pass	_	start_char=20|end_char=26
5	in	in	ADP	APPR	_	8	case	_	start_char=27|end_char=29
6	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	8	det	_	start_char=27|end_char=29
7	letzten	letzt	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	8	amod	_	start_char=30|end_char=37
8	Jahr	Jahr	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	16	obl	_	start_char=38|end_char=42
9	in	in	ADP	APPR	_	10	case	_	start_char=43|end_char=45
10	Guatemala	Guatemala	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	8	nmod	_	start_char=46|end_char=55
11	mindestens	mindestens	ADV	ADJD	_	12	advmod	_	start_char=56|end_char=66
12	665	665	NUM	CARD	NumType=Card	13	nummod	_	start_char=67|end_char=70
13	Frauen	Frau	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	16	nsubj:pass	_	start_char=71|end_char=77
14	und	und	CCONJ	KON	_	15	cc	_	start_char=78|end_char=81
15	Mädchen	Mädchen	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	13	conj	_	start_char=82|end_char=89
16	ermordet	ermorden	VERB	VVPP	VerbForm=Part	0	root	_	start_char=90|end_char=98
17	,	,	PUNCT	$,	_	19	punct	_	start_char=98|end_char=99
18	2004	2004	NUM	CARD	NumType=Card	19	obl:tmod	_	start_char=100|end_char=104
19	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	16	conj	_	start_char=105|end_char=108
20	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	19	nsubj	_	start_char=109|end_char=111
21	527	527	NUM	CARD	NumType=Card	23	nummod	_	start_char=112|end_char=115
22	registrierte	registrieren	VERB	ADJA	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	19	xcomp	_	start_char=116|end_char=128
23	Fälle	Fall	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	19	obj	_	start_char=129|end_char=134
24	.	.	PUNCT	$.	_	16	punct	_	start_char=134|end_char=135
"""


def only(found, lemma):
    hits = [c for c in found if c.lemma == lemma]
    assert len(hits) == 1, [c.lemma for c in found]
    return hits[0]


def test_cues_find_cues_particle_verb_with_source_and_content():
    """cues.find_cues / verb_cue: "Ärzte ohne Grenzen teilte gestern mit, …" -- one cue mitteilen, its source and clause."""
    parsed = parse(AERZTE)
    sent = parsed.sentences[0]
    found = cues.find_cues(sent)
    assert [(c.lemma, c.kind) for c in found] == [("mitteilen", "say")]
    cue = found[0]
    assert words(sent, cue.words) == "teilte mit"
    assert words(sent, cue.source) == "Ärzte ohne Grenzen"
    assert text_of(parsed, sent, cue.content).startswith("drei Flugzeuge der Hilfsorganisation seien")


def test_cues_verb_cue_none_for_other_verb():
    """cues.verb_cue: "2004 gab es 527 registrierte Fälle" -- "gab es" is no speech verb."""
    sent = sentence(ZUFOLGE_BERICHT)
    assert cues.verb_cue(sent, word(sent, "gab")) is None


def test_cues_prep_cue_laut():
    """cues.prep_cue: "Laut BKA liegen … vor" -- the BKA is the source, the rest of the clause the content."""
    parsed = parse(LAUT_BKA)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "laut")
    assert cue.kind == "prep"
    assert words(sent, cue.source) == "BKA"
    assert text_of(parsed, sent, cue.content) == \
        "liegen bei den meisten Verschwindensfällen Streitigkeiten der Eltern vor"


def test_cues_prep_cue_zufolge_postposition():
    """cues.prep_cue: "Ermittlungen der Polizei zufolge wollte sich …" -- the source phrase is
    the investigation, the police (its genitive) is who it names."""
    parsed = parse(ZUFOLGE_POLIZEI)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "zufolge")
    assert words(sent, cue.source) == "Ermittlungen der Polizei"
    assert words(sent, cue.name) == "der Polizei"
    assert text_of(parsed, sent, cue.content) == \
        "wollte sich die seit längerem mit dem US-Amerikaner befreundete Frau von ihm trennen"


def test_cues_prep_cue_gemaess():
    """cues.prep_cue: "kostete gemäß der Netzzeitung 40 Menschen das Leben" -- the Netzzeitung is the source."""
    sent = sentence(GEMAESS)
    assert words(sent, only(cues.find_cues(sent), "gemäß").source) == "der Netzzeitung"


def test_cues_noun_cue_nach_angaben():
    """cues.noun_cue: "nach Angaben der Bundesanwaltschaft" -- cue Angabe, the name in the genitive."""
    sent = sentence(ANGABEN_BA)
    cue = only(cues.find_cues(sent), "Angabe")
    assert cue.kind == "noun"
    assert words(sent, cue.words) == "nach Angaben"
    assert words(sent, cue.name) == "der Bundesanwaltschaft"


# Wikinews train, 47722 - Schusswechsel an der israelisch-libanesischen Grenze (2008-02-04)
SICHERHEITSKREISE = """\
# newpar
# text = Bei einem Schusswechsel in der Nähe der Ortschaft Ghadschar wurde nach Angaben libanesischer Sicherheitskreise am Sonntagabend eine Person getötet und eine weitere verletzt.
1	Bei	bei	ADP	APPR	_	3	case	_	start_char=0|end_char=3
2	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	3	det	_	start_char=4|end_char=9
3	Schusswechsel	Schusswechsel	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	20	obl	_	start_char=10|end_char=23
4	in	in	ADP	APPR	_	6	case	_	start_char=24|end_char=26
5	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=27|end_char=30
6	Nähe	Nähe	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	3	nmod	_	start_char=31|end_char=35
7	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=36|end_char=39
8	Ortschaft	Ortschaft	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	6	nmod	_	start_char=40|end_char=49
9	Ghadschar	Ghadschar	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	appos	_	start_char=50|end_char=59
10	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	20	aux:pass	_	start_char=60|end_char=65
11	nach	nach	ADP	APPR	_	12	case	_	start_char=66|end_char=70
12	Angaben	Angabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	20	obl	_	start_char=71|end_char=78
13	libanesischer	libanesisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Plur	14	amod	_	start_char=79|end_char=92
14	Sicherheitskreise	Sicherheitskreis	NOUN	NN	Case=Gen|Gender=Masc|Number=Plur	20	nsubj:pass	_	start_char=93|end_char=110
15	an	an	ADP	APPR	_	17	case	_	start_char=111|end_char=113
16	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	17	det	_	start_char=111|end_char=113
17	Sonntagabend	Sonntagabend	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	20	obl	_	start_char=114|end_char=126
18	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	19	det	_	start_char=127|end_char=131
19	Person	Person	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	20	obj	_	start_char=132|end_char=138
20	getötet	töten	VERB	VVPP	VerbForm=Part	0	root	_	start_char=139|end_char=146
21	und	und	CCONJ	KON	_	24	cc	_	start_char=147|end_char=150
22	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	23	det	_	start_char=151|end_char=155
23	weitere	weiterer	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	24	nsubj:pass	_	start_char=156|end_char=163
24	verletzt	verletzen	VERB	VVPP	VerbForm=Part	20	conj	_	start_char=164|end_char=172
25	.	.	PUNCT	$.	_	20	punct	_	start_char=172|end_char=173
"""


def test_cues_noun_cue_takes_back_a_stranded_genitive():
    """cues.noun_cue: "nach Angaben libanesischer Sicherheitskreise" -- the parser hangs the
    article-less genitive plural on the verb as its subject; it is the source's owner."""
    parsed = parse(SICHERHEITSKREISE)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "Angabe")
    assert words(sent, cue.name) == "libanesischer Sicherheitskreise"
    assert words(sent, cue.source) == "Angaben libanesischer Sicherheitskreise"


def test_cues_content_noun_cue_subject_of_noun_verb():
    """cues.content_noun_cue: "Die Experten kamen zu dem Ergebnis, dass …" -- the experts concluded the dass-clause."""
    parsed = parse(ERGEBNIS)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "Ergebnis")
    assert words(sent, cue.source) == "Die Experten"
    assert text_of(parsed, sent, cue.content) == "es keinerlei Beweise dafür gäbe, dass sie jemals den " \
        "vorletzten Herrscher des Aztekenreiches geschmückt habe"


def test_cues_noun_clause_v2_in_konjunktiv():
    """cues.noun_clause: "in der Ankündigung, der Iran werde … aufnehmen" -- a V2 clause in Konjunktiv is the content."""
    parsed = parse(ANKUENDIGUNG)
    sent = parsed.sentences[0]
    idx = cues.noun_clause(sent, word(sent, "Ankündigung"))
    assert text_of(parsed, sent, idx) == \
        "der Iran werde nun sofort die Anreicherung von Uran in vollem Umfange aufnehmen"


def test_cues_noun_clause_der_meinung_dass():
    """cues.noun_clause: "ist der Meinung, dass die Klage … verzögern dürfe" -- the opinion held."""
    parsed = parse(MEINUNG)
    sent = parsed.sentences[0]
    found = text_of(parsed, sent, cues.noun_clause(sent, word(sent, "Meinung")))
    assert found.startswith("die Klage einiger „lichtscheuer Abgeordneter“")
    assert found.endswith("nicht um Jahre verzögern dürfe")


def test_cues_so_cue_source_at_sentence_end():
    """cues.so_cue: "…, so der Justizminister." -- the minister said the clause before."""
    parsed = parse(SO_JUSTIZ)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "so")
    assert words(sent, cue.source) == "der Justizminister"
    assert text_of(parsed, sent, cue.content) == \
        "Einige der Inhaftierten hätten Verbindungen zur organisierten Kriminalität"


def test_cues_demnach_points_back_without_source():
    """cues.find_cues: "Demnach steht … der Air-France-Kopilot in der Schusslinie" -- a cue with its clause, the source is in the sentence before."""
    parsed = parse(DEMNACH)
    sent = parsed.sentences[1]
    cue = only(cues.find_cues(sent), "demnach")
    assert cue.source == []
    assert text_of(parsed, sent, cue.content).startswith("steht insbesondere der Air-France-Kopilot in der Schusslinie")


def test_cues_find_cues_no_cue_in_genauer_gesagt():
    """cues.find_cues: "genauer gesagt seines Handys" -- no speech cue at all."""
    assert cues.find_cues(sentence(GENAUER)) == []


def test_cues_lend_noun_clauses_mit_den_worten():
    """cues.lend_noun_clauses: "wird … mit den Worten zitiert, es habe …" -- the clause of "Worten" is what zitieren reports."""
    parsed = parse(PLATTER)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "zitieren")
    assert words(sent, cue.source) == "Günther Platter"
    assert cue.passive
    assert text_of(parsed, sent, cue.content).startswith("es habe eine postive Resonanz gegeben")
    assert not any(c.lemma == "Wort" for c in cues.find_cues(sent))


def test_cues_outside_marks_drops_cue_inside_quote():
    """cues.outside_marks: "„Weil wir … fürchten, …“, sagte Kremlsprecher Dmitri Peskow" -- "fürchten" is inside the quote, only "sagte" cues."""
    ctx = ArticleContext.read("t", parse(PESKOW))
    assert [c.lemma for c in ctx.cues[0]] == ["sagen"]


def test_cues_is_cue_noun_compound():
    """cues.is_cue_noun / cue_noun_lemma: "Polizeiangaben" is a compound of Angabe; "Hilfsorganisation" no source noun."""
    nouns = lexicon.load().cue_nouns
    assert cues.is_cue_noun("Polizeiangabe", nouns)
    assert cues.cue_noun_lemma("Polizeiangabe") == "Angabe"
    assert not cues.is_cue_noun("Hilfsorganisation", nouns)


# Wikinews train: the verb particle "laut" (laut werden), tagged ADP by the parser
LAUT_WERDEN = """\
# newpar
# text = Schon seit längerem wurden Vorwürfe gegen die neue Regierung laut.
1	Schon	schon	ADV	ADV	_	3	advmod	_	start_char=0|end_char=5
2	seit	seit	ADP	APPR	_	3	case	_	start_char=6|end_char=10
3	längerem	lang	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	5	nmod	_	start_char=11|end_char=19
4	wurden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	5	aux:pass	_	start_char=20|end_char=26
5	Vorwürfe	Vorwurf	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	0	root	_	start_char=27|end_char=35
6	gegen	gegen	ADP	APPR	_	9	case	_	start_char=36|end_char=41
7	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=42|end_char=45
8	neue	neu	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	9	amod	_	start_char=46|end_char=50
9	Regierung	Regierung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	5	nmod	_	start_char=51|end_char=60
10	laut	laut	ADP	PTKVZ	_	5	compound:prt	_	start_char=61|end_char=65
11	.	.	PUNCT	$.	_	5	punct	_	start_char=65|end_char=66
"""


def test_cues_prep_cue_laut_without_a_noun_after_it_is_no_source():
    """cues.prep_cue: "wurden Vorwürfe … laut" -- "laut" closes the clause, it names no source."""
    sent = sentence(LAUT_WERDEN)
    assert [c.lemma for c in cues.find_cues(sent)] == []
    assert find_quotes("t", parse(LAUT_WERDEN)) == []


# news-dev, gnad-0346 (10kGNAD, derStandard.at)
SO_LAUT = """\
# newpar
# text = Auch in seinen Texten habe der Musiker Gewalt gegen Behörden verherrlicht, so die Behörden laut New York Times.
1	Auch	auch	ADV	ADV	_	11	advmod	_	start_char=0|end_char=4
2	in	in	ADP	APPR	_	4	case	_	start_char=5|end_char=7
3	seinen	sein	DET	PPOSAT	Case=Dat|Gender=Fem|Gender[psor]=Masc,Neut|Number=Plur|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	4	det:poss	_	start_char=8|end_char=14
4	Texten	Text	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	11	obl	_	start_char=15|end_char=21
5	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	11	aux	_	start_char=22|end_char=26
6	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	7	det	_	start_char=27|end_char=30
7	Musiker	Musiker	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	11	nsubj:pass	_	start_char=31|end_char=38
8	Gewalt	Gewalt	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	11	obj	_	start_char=39|end_char=45
9	gegen	gegen	ADP	APPR	_	10	case	_	start_char=46|end_char=51
10	Behörden	Behörde	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	11	obl	_	start_char=52|end_char=60
11	verherrlicht	verherrlichen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=61|end_char=73
12	,	,	PUNCT	$,	_	11	punct	_	start_char=73|end_char=74
13	so	so	ADV	ADV	_	15	advmod	_	start_char=75|end_char=77
14	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	15	det	_	start_char=78|end_char=81
15	Behörden	Behörde	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	11	nsubj:pass	_	start_char=82|end_char=90
16	laut	laut	ADP	APPR	_	17	case	_	start_char=91|end_char=95
17	New	New	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	15	nmod	_	start_char=96|end_char=99
18	York	York	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	17	flat:name	_	start_char=100|end_char=104
19	Times	Times	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	17	flat:name	_	start_char=105|end_char=110
20	.	.	PUNCT	$.	_	11	punct	_	start_char=110|end_char=111
"""


def test_cues_so_source_carried_by_an_outlet():
    """"…, so die Behörden laut New York Times": the authorities said it, the newspaper
    carried it; "laut" makes no second cue of its own."""
    quotes = find_quotes("t", parse(SO_LAUT))
    assert [(q.speaker, q.outlet, q.cue) for q in quotes] == [("Behörden", "New York Times", "so")]


# news-dev, gnad-0332 (10kGNAD, derStandard.at; the double spaces are the corpus')
SO_KISELEV = """\
# newpar
# text = Der russische Botschafter habe laut Zaorálek versucht, die Bedeutung der  Dokumentation, die auch mit Ausschnitten aus Sowjet-Propagandafilmen  arbeitet, herunterzuspielen: Nach wie vor gelte die Erklärung des  ehemaligen sowjetischen Präsidenten Michail Gorbatschow, der eine  moralische Verantwortung seines Landes für die Invasion 1968  einräumte, so Kiselev.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	russische	russisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	3	amod	_	start_char=4|end_char=13
3	Botschafter	Botschafter	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	7	nsubj	_	start_char=14|end_char=25
4	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	aux	_	start_char=26|end_char=30
5	laut	laut	ADP	APPR	_	6	case	_	start_char=31|end_char=35
6	Zaorálek	Zaorálek	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	7	obl	_	start_char=36|end_char=44
7	versucht	versuchen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=45|end_char=53
8	,	,	PUNCT	$,	_	22	punct	_	start_char=53|end_char=54
9	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	start_char=55|end_char=58
10	Bedeutung	Bedeutung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	7	obj	_	start_char=59|end_char=68
11	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=69|end_char=72
12	Dokumentation	Dokumentation	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	10	nmod	_	start_char=74|end_char=87
13	,	,	PUNCT	$,	_	22	punct	_	start_char=87|end_char=88
14	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	22	nsubj	_	start_char=89|end_char=92
15	auch	auch	ADV	ADV	_	22	advmod	_	start_char=93|end_char=97
16	mit	mit	ADP	APPR	_	17	case	_	start_char=98|end_char=101
17	Ausschnitten	Ausschnitt	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	22	obl	_	start_char=102|end_char=114
18	aus	aus	ADP	APPR	_	21	case	_	start_char=115|end_char=118
19	Sowjet	Sowjet	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	21	compound	_	start_char=119|end_char=125
20	-	-	PUNCT	$	_	19	punct	_	start_char=125|end_char=126
21	Propagandafilmen	Propagandafilm	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	22	obl	_	start_char=126|end_char=142
22	arbeitet	arbeiten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	12	acl:relcl	_	start_char=144|end_char=152
23	,	,	PUNCT	$,	_	22	punct	_	start_char=152|end_char=153
24	herunterzuspielen	herunterspielen	VERB	VVINF	VerbForm=Inf	7	xcomp	_	start_char=154|end_char=171
25	:	:	PUNCT	$.	_	29	punct	_	start_char=171|end_char=172
26	Nach	nach	ADP	APPR	_	29	case	_	start_char=173|end_char=177
27	wie	wie	CCONJ	PWAV	_	29	cc	_	start_char=178|end_char=181
28	vor	vor	ADP	APPR	_	29	case	_	start_char=182|end_char=185
29	gelte	gelten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	24	conj	_	start_char=186|end_char=191
30	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	31	det	_	start_char=192|end_char=195
31	Erklärung	Erklärung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	29	nsubj	_	start_char=196|end_char=205
32	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	35	det	_	start_char=206|end_char=209
33	ehemaligen	ehemalig	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Sing	35	amod	_	start_char=211|end_char=221
34	sowjetischen	sowjetisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Sing	35	amod	_	start_char=222|end_char=234
35	Präsidenten	Präsident	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	31	nmod	_	start_char=235|end_char=246
36	Michail	Michail	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	35	appos	_	start_char=247|end_char=254
37	Gorbatschow	Gorbatschow	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	36	flat:name	_	start_char=255|end_char=266
38	,	,	PUNCT	$,	_	49	punct	_	start_char=266|end_char=267
39	der	der	PRON	PRELS	Case=Nom|Gender=Masc|Number=Sing|PronType=Dem,Rel	49	nsubj	_	start_char=268|end_char=271
40	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	42	det	_	start_char=272|end_char=276
41	moralische	moralisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	42	amod	_	start_char=278|end_char=288
42	Verantwortung	Verantwortung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	49	obj	_	start_char=289|end_char=302
43	seines	sein	DET	PPOSAT	Case=Gen|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	44	det:poss	_	start_char=303|end_char=309
44	Landes	Land	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	42	nmod	_	start_char=310|end_char=316
45	für	für	ADP	APPR	_	47	case	_	start_char=317|end_char=320
46	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	47	det	_	start_char=321|end_char=324
47	Invasion	Invasion	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	49	obl	_	start_char=325|end_char=333
48	1968	1968	NUM	CARD	NumType=Card	47	nummod	_	start_char=334|end_char=338
49	einräumte	einräumen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	35	acl:relcl	_	start_char=340|end_char=349
50	,	,	PUNCT	$,	_	52	punct	_	start_char=349|end_char=350
51	so	so	ADV	ADV	_	52	advmod	_	start_char=351|end_char=353
52	Kiselev	Kiselev	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	29	nsubj	_	start_char=354|end_char=361
53	.	.	PUNCT	$.	_	7	punct	_	start_char=361|end_char=362
"""


def test_cues_so_at_the_end_takes_the_laut_inside():
    """"Der russische Botschafter habe laut Zaorálek versucht, …, so Kiselev": the whole
    sentence is what Kiselev said; the "laut Zaorálek" in it is part of it, no cue."""
    ctx = ArticleContext.read("t", parse(SO_KISELEV))
    assert [c.kind for c in ctx.cues[0] if c.kind in ("so", "prep")] == ["so"]
    quotes = find_quotes("t", parse(SO_KISELEV))
    assert quotes and all(q.speaker == "Kiselev" for q in quotes)


# Wikinews train, 54978 - Tag 5 der Angriffe auf Gaza
AEGYPTEN = """\
# newpar
# text = Ägypten wird inzwischen bereits aufgefordert, die Grenze zum Gazastreifen auf ägyptischer Seite zu öffnen, so Hisbollah-Chef Hassan Nasrallah im libanesischen Fernsehen.
1	Ägypten	Ägypten	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	5	nsubj	_	start_char=0|end_char=7
2	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	aux:pass	_	start_char=8|end_char=12
3	inzwischen	inzwischen	ADV	ADV	_	5	advmod	_	start_char=13|end_char=23
4	bereits	bereits	ADV	ADV	_	5	advmod	_	start_char=24|end_char=31
5	aufgefordert	auffordern	VERB	VVPP	VerbForm=Part	0	root	_	start_char=32|end_char=44
6	,	,	PUNCT	$,	_	15	punct	_	start_char=44|end_char=45
7	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=46|end_char=49
8	Grenze	Grenze	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	15	obj	_	start_char=50|end_char=56
9	zum	zu	ADP	APPR	_	10	case	_	start_char=57|end_char=60
10	Gazastreifen	Gazastreifen	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	8	nmod	_	start_char=61|end_char=73
11	auf	auf	ADP	APPR	_	13	case	_	start_char=74|end_char=77
12	ägyptischer	ägyptisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Sing	13	amod	_	start_char=78|end_char=89
13	Seite	Seite	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	15	obl	_	start_char=90|end_char=95
14	zu	zu	PART	PTKZU	_	15	mark	_	start_char=96|end_char=98
15	öffnen	öffnen	VERB	VVINF	VerbForm=Inf	5	xcomp	_	start_char=99|end_char=105
16	,	,	PUNCT	$,	_	20	punct	_	start_char=105|end_char=106
17	so	so	ADV	ADV	_	20	advmod	_	start_char=107|end_char=109
18	Hisbollah	Hisbollah	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	compound	_	start_char=110|end_char=119
19	-	-	PUNCT	$	_	18	punct	_	start_char=119|end_char=120
20	Chef	Chef	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	15	obj	_	start_char=120|end_char=124
21	Hassan	Hassan	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	appos	_	start_char=125|end_char=131
22	Nasrallah	Nasrallah	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	21	flat	_	start_char=132|end_char=141
23	in	in	ADP	APPR	_	26	case	_	start_char=142|end_char=144
24	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	26	det	_	start_char=142|end_char=144
25	libanesischen	libanesisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	26	amod	_	start_char=145|end_char=158
26	Fernsehen	Fernsehen	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	20	nmod	_	start_char=159|end_char=168
27	.	.	PUNCT	$.	_	5	punct	_	start_char=168|end_char=169
"""


def test_cues_so_source_with_a_place_phrase_after_it():
    """"…, so Hisbollah-Chef Hassan Nasrallah im libanesischen Fernsehen": the phrase
    after the name says where he said it; he is the source of the whole sentence (before,
    the ten words were too long for a source and the sentence went to "aufgefordert")."""
    quotes = find_quotes("t", parse(AEGYPTEN))
    assert [(q.text.split()[0], q.speaker, q.cue) for q in quotes] == [("Ägypten", "Hassan Nasrallah", "so")]


# Wikinews train, 13726 - Seeschnecken: Sex ist ein Geschäft
SNAIL = """\
# newpar
# text = Bei 50 Schnecken haben sie die Spermaproduktion allerdings unterbunden, so dass die Tiere zwar zu einer Erektion, aber nicht zur Abgabe der Fruchtbarkeitsflüssigkeit in der Lage waren.
1	Bei	bei	ADP	APPR	_	3	case	_	start_char=0|end_char=3
2	50	50	NUM	CARD	NumType=Card	3	nummod	_	start_char=4|end_char=6
3	Schnecken	Schnecke	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	9	obl	_	start_char=7|end_char=16
4	haben	haben	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	9	aux	_	start_char=17|end_char=22
5	sie	sie	PRON	PPER	Case=Nom|Number=Sing|Person=3|PronType=Prs	9	nsubj	_	start_char=23|end_char=26
6	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	7	det	_	start_char=27|end_char=30
7	Spermaproduktion	Spermaproduktion	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	9	obj	_	start_char=31|end_char=47
8	allerdings	allerdings	ADV	ADV	_	9	advmod	_	start_char=48|end_char=58
9	unterbunden	unterbinden	VERB	VVPP	VerbForm=Part	0	root	_	start_char=59|end_char=70
10	,	,	PUNCT	$,	_	9	punct	_	start_char=70|end_char=71
11	so	so	ADV	ADV	_	18	advmod	_	start_char=72|end_char=74
12	dass	dass	SCONJ	KOUS	_	18	mark	_	start_char=75|end_char=79
13	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	14	det	_	start_char=80|end_char=83
14	Tiere	Tier	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	9	nsubj	_	start_char=84|end_char=89
15	zwar	zwar	ADV	ADV	_	18	advmod	_	start_char=90|end_char=94
16	zu	zu	ADP	APPR	_	18	case	_	start_char=95|end_char=97
17	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	18	det	_	start_char=98|end_char=103
18	Erektion	Erektion	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	14	orphan	_	start_char=104|end_char=112
19	,	,	PUNCT	$,	_	24	punct	_	start_char=112|end_char=113
20	aber	aber	CCONJ	KON	_	24	cc	_	start_char=114|end_char=118
21	nicht	nicht	PART	PTKNEG	Polarity=Neg	24	advmod	_	start_char=119|end_char=124
22	zu	zu	ADP	APPR	_	24	case	_	start_char=125|end_char=128
23	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	24	det	_	start_char=125|end_char=128
24	Abgabe	Abgabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	18	conj	_	start_char=129|end_char=135
25	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	26	det	_	start_char=136|end_char=139
26	Fruchtbarkeitsflüssigkeit	Fruchtbarkeitsflüssigkeit	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	24	nmod	_	start_char=140|end_char=165
27	in	in	ADP	APPR	_	29	case	_	start_char=166|end_char=168
28	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	29	det	_	start_char=169|end_char=172
29	Lage	Lage	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	24	nmod	_	start_char=173|end_char=177
30	waren	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	24	cop	_	start_char=178|end_char=183
31	.	.	PUNCT	$.	_	9	punct	_	start_char=183|end_char=184
"""


def test_cues_so_dass_is_no_source():
    """"…, so dass die Tiere zwar zu einer Erektion, …": a result clause, not "so X"."""
    assert [c.lemma for s in parse(SNAIL).sentences for c in cues.find_cues(s)] == []


# news-dev, web-auto.oe24.at (a report on a speech by VW's chief executive)
REDETEXT = """\
# newpar
# text = "Gerade Wolfsburg ist wichtig für den Konzern, muss die Speerspitze sein", betonte der VW-Boss seinem Redetext zufolge.
1	"	"	PUNCT	$(	_	5	punct	_	start_char=0|end_char=1
2	Gerade	gerade	ADV	ADV	_	3	advmod	_	start_char=1|end_char=7
3	Wolfsburg	Wolfsburg	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	5	nsubj	_	start_char=8|end_char=17
4	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	cop	_	start_char=18|end_char=21
5	wichtig	wichtig	ADJ	ADJD	Degree=Pos	16	ccomp	_	start_char=22|end_char=29
6	für	für	ADP	APPR	_	8	case	_	start_char=30|end_char=33
7	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	8	det	_	start_char=34|end_char=37
8	Konzern	Konzern	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	5	nmod	_	start_char=38|end_char=45
9	,	,	PUNCT	$,	_	5	punct	_	start_char=45|end_char=46
10	muss	müssen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	12	aux	_	start_char=47|end_char=51
11	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=52|end_char=55
12	Speerspitze	Speerspitze	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	16	ccomp	_	start_char=56|end_char=67
13	sein	sein	AUX	VAINF	VerbForm=Inf	5	cop	_	start_char=68|end_char=72
14	"	"	PUNCT	$(	_	5	punct	_	start_char=72|end_char=73
15	,	,	PUNCT	$,	_	5	punct	_	start_char=73|end_char=74
16	betonte	betonen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=75|end_char=82
17	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	20	det	_	start_char=83|end_char=86
18	VW	VW	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	compound	_	start_char=87|end_char=89
19	-	-	PUNCT	$	_	18	punct	_	start_char=89|end_char=90
20	Boss	Boß	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	16	nsubj	_	start_char=90|end_char=94
21	seinem	sein	DET	PPOSAT	Case=Dat|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	22	det:poss	_	start_char=95|end_char=101
22	Redetext	Redetext	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	20	nmod	_	start_char=102|end_char=110
23	zufolge	zufolge	ADP	PTKVZ	_	16	compound:prt	_	start_char=111|end_char=118
24	.	.	PUNCT	$.	_	16	punct	_	start_char=118|end_char=119
"""


def test_cues_zufolge_hung_on_the_verb_is_no_particle_and_names_no_quote():
    """""Gerade Wolfsburg ist wichtig …", betonte der VW-Boss seinem Redetext zufolge": the
    parser made "zufolge" the verb's particle; "betonen" is still the cue (not
    "zufolgebetonen"), and "zufolge" points at "seinem Redetext", not at the whole
    sentence (which made the quote look like a name in a source)."""
    quotes = find_quotes("t", parse(REDETEXT))
    assert [(q.kind, q.cue) for q in quotes] == [("direct", "betonen")]


# news-dev, web-swr.de (a volleyball report)
GEKNICKT = """\
# newpar
# text = "Sie ist nicht zu ersetzen", so Renkema geknickt.
1	"	"	PUNCT	$(	_	2	punct	_	start_char=0|end_char=1
2	Sie	sie	PRON	PPER	Case=Nom|Number=Sing|Person=3|PronType=Prs	6	nsubj	_	start_char=1|end_char=4
3	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	6	cop	_	start_char=5|end_char=8
4	nicht	nicht	PART	PTKNEG	Polarity=Neg	6	advmod	_	start_char=9|end_char=14
5	zu	zu	PART	PTKZU	_	6	mark	_	start_char=15|end_char=17
6	ersetzen	ersetzen	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=18|end_char=26
7	"	"	PUNCT	$(	_	11	punct	_	start_char=26|end_char=27
8	,	,	PUNCT	$,	_	11	punct	_	start_char=27|end_char=28
9	so	so	ADV	ADV	_	11	advmod	_	start_char=29|end_char=31
10	Renkema	Renkema	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	11	nsubj	_	start_char=32|end_char=39
11	geknickt	fnicken	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	6	conj	_	start_char=40|end_char=48
12	.	.	PUNCT	$.	_	6	punct	_	start_char=48|end_char=49
"""


def test_cues_so_source_followed_by_how_it_was_said():
    """"„Sie ist nicht zu ersetzen“, so Renkema geknickt.": the participle after the name
    says how (the tagger calls it a finite verb); Renkema is still the source."""
    quotes = find_quotes("t", parse(GEKNICKT))
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("direct", "Renkema", "so")]


# Wikinews train, 37530 - „Münstersche Zeitung“: Über Nacht komplette Redaktion ausgetauscht (2007)
EIGENER_WUNSCH = """\
# newpar
# text = In der Montagsausgabe der „Münsterschen Zeitung“ war vieles neu: eine neue Gestaltung, eine zukünftige „Verschränkung“ mit multimedialen Inhalten und – so der eigene Wunsch – eine „Schärfung des journalistischen Profils“.
1	In	in	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=3|end_char=6
3	Montagsausgabe	Montagsausgabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	11	obl	_	start_char=7|end_char=21
4	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	7	det	_	start_char=22|end_char=25
5	„	„	PUNCT	$(	_	7	punct	_	start_char=26|end_char=27
6	Münsterschen	münstersch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	7	amod	_	start_char=27|end_char=39
7	Zeitung	Zeitung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	3	nmod	_	start_char=40|end_char=47
8	“	“	PUNCT	$(	_	7	punct	_	start_char=47|end_char=48
9	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	11	cop	_	start_char=49|end_char=52
10	vieles	viel	ADV	PIS	Case=Nom|Gender=Neut|Number=Sing|PronType=Ind	11	advmod	_	start_char=53|end_char=59
11	neu	neu	ADJ	ADJD	Degree=Pos	0	root	_	start_char=60|end_char=63
12	:	:	PUNCT	$.	_	11	punct	_	start_char=63|end_char=64
13	eine	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	15	det	_	start_char=65|end_char=69
14	neue	neu	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	15	amod	_	start_char=70|end_char=74
15	Gestaltung	Gestaltung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	11	parataxis	_	start_char=75|end_char=85
16	,	,	PUNCT	$,	_	20	punct	_	start_char=85|end_char=86
17	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	20	det	_	start_char=87|end_char=91
18	zukünftige	zukünftig	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	15	amod	_	start_char=92|end_char=102
19	„	„	PUNCT	$(	_	20	punct	_	start_char=103|end_char=104
20	Verschränkung	Verschränkung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	15	conj	_	start_char=104|end_char=117
21	“	“	PUNCT	$(	_	20	punct	_	start_char=117|end_char=118
22	mit	mit	ADP	APPR	_	24	case	_	start_char=119|end_char=122
23	multimedialen	multimedial	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Plur	24	amod	_	start_char=123|end_char=136
24	Inhalten	Inhalt	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	20	nmod	_	start_char=137|end_char=145
25	und	und	CCONJ	KON	_	30	cc	_	start_char=146|end_char=149
26	–	–	PUNCT	$(	_	30	punct	_	start_char=150|end_char=151
27	so	so	ADV	ADV	_	30	advmod	_	start_char=152|end_char=154
28	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	30	det	_	start_char=155|end_char=158
29	eigene	eigen	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	30	amod	_	start_char=159|end_char=165
30	Wunsch	Wunsch	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	11	conj	_	start_char=166|end_char=172
31	–	–	PUNCT	$(	_	34	punct	_	start_char=173|end_char=174
32	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	34	det	_	start_char=175|end_char=179
33	„	„	PUNCT	$(	_	34	punct	_	start_char=180|end_char=181
34	Schärfung	Schärfung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	30	conj	_	start_char=181|end_char=190
35	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	37	det	_	start_char=191|end_char=194
36	journalistischen	journalistisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Sing	37	amod	_	start_char=195|end_char=211
37	Profils	Profil	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	34	nmod	_	start_char=212|end_char=219
38	“	“	PUNCT	$(	_	34	punct	_	start_char=219|end_char=220
39	.	.	PUNCT	$.	_	11	punct	_	start_char=220|end_char=221
"""


def test_cues_so_with_a_source_that_cannot_speak_is_no_cue():
    """"… und – so der eigene Wunsch – eine „Schärfung des journalistischen Profils“": the
    dash closes the phrase, and a wish says nothing: no "so" cue, no quote of the sentence."""
    assert "so" not in [c.lemma for s in parse(EIGENER_WUNSCH).sentences for c in cues.find_cues(s)]


# Wikinews train, 52082 - Eröffnungsfeier in Peking: Playback und Computeranimation (2008)
SHUI_JING_SHI = """\
# newpar
# text = „[...] die meisten Zuschauer dachten, es sei echt - damit hat unsere Arbeit ihren Zweck erfüllt“, so der Mitarbeiter der Video-Produktionsfirma „Shui Jing Shi“ gegenüber „Beijing Shibao“.
1	„	„	PUNCT	$(	_	6	punct	_	start_char=0|end_char=1
2	[...]	[...]	PUNCT	$(	_	6	punct	_	start_char=1|end_char=6
3	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	5	det	_	start_char=7|end_char=10
4	meisten	meist	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	5	det	_	start_char=11|end_char=18
5	Zuschauer	Zuschauer	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	6	obj	_	start_char=19|end_char=28
6	dachten	denken	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	10	advcl	_	start_char=29|end_char=36
7	,	,	PUNCT	$,	_	6	punct	_	start_char=36|end_char=37
8	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	10	expl	_	start_char=38|end_char=40
9	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	cop	_	start_char=41|end_char=44
10	echt	echt	ADJ	ADJD	Degree=Pos	0	root	_	start_char=45|end_char=49
11	-	-	PUNCT	$	_	10	punct	_	start_char=50|end_char=51
12	damit	damit	ADV	PROAV	PronType=Dem	18	advmod	_	start_char=52|end_char=57
13	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	18	aux	_	start_char=58|end_char=61
14	unsere	unser	DET	PPOSAT	Case=Acc|Gender=Fem|Number=Sing|Number[psor]=Sing|Person=1|Poss=Yes|PronType=Prs	15	det:poss	_	start_char=62|end_char=68
15	Arbeit	Arbeit	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	18	obj	_	start_char=69|end_char=75
16	ihren	ihr	DET	PPOSAT	Case=Acc|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	17	det:poss	_	start_char=76|end_char=81
17	Zweck	Zweck	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	18	obj	_	start_char=82|end_char=87
18	erfüllt	erfüllen	VERB	VVPP	VerbForm=Part	10	conj	_	start_char=88|end_char=95
19	“	“	PUNCT	$(	_	18	punct	_	start_char=95|end_char=96
20	,	,	PUNCT	$,	_	18	punct	_	start_char=96|end_char=97
21	so	so	ADV	ADV	_	23	advmod	_	start_char=98|end_char=100
22	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	23	det	_	start_char=101|end_char=104
23	Mitarbeiter	Mitarbeiter	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	18	nsubj	_	start_char=105|end_char=116
24	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	27	det	_	start_char=117|end_char=120
25	Video	Video	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	27	compound	_	start_char=121|end_char=126
26	-	-	PUNCT	$	_	25	punct	_	start_char=126|end_char=127
27	Produktionsfirma	Produktionsfirma	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	23	nmod	_	start_char=127|end_char=143
28	„	„	PUNCT	$(	_	29	punct	_	start_char=144|end_char=145
29	Shui	Shui	PROPN	NE	Number=Sing	27	appos	_	start_char=145|end_char=149
30	Jing	Jing	PROPN	NE	Number=Sing	29	flat:name	_	start_char=150|end_char=154
31	Shi	Shi	PROPN	FM	Number=Sing	29	flat:name	_	start_char=155|end_char=158
32	“	“	PUNCT	$(	_	29	punct	_	start_char=158|end_char=159
33	gegenüber	gegenüber	ADP	APPR	_	35	case	_	start_char=160|end_char=169
34	„	„	PUNCT	$(	_	35	punct	_	start_char=170|end_char=171
35	Beijing	Beijing	PROPN	NE	Number=Sing	29	nmod	_	start_char=171|end_char=178
36	Shibao	Shibao	PROPN	NE	Number=Sing	35	flat:name	_	start_char=179|end_char=185
37	“	“	PUNCT	$(	_	35	punct	_	start_char=185|end_char=186
38	.	.	PUNCT	$.	_	10	punct	_	start_char=186|end_char=187
"""


def test_cues_so_source_with_a_name_in_marks():
    """"„…“, so der Mitarbeiter der Video-Produktionsfirma „Shui Jing Shi“ gegenüber
    „Beijing Shibao“": marks around a name inside the source phrase (not at its start)
    and punctuation do not make it a clause or too long."""
    quotes = find_quotes("t", parse(SHUI_JING_SHI))
    assert [(q.kind, q.cue) for q in quotes] == [("direct", "so")]


# news-dev, web-pinkstinks.de (a column)
BEREITS_ERWAEHNT = """\
# newpar
# text = Es hat gute Gründe, warum auch feministische Autorinnen wie die bereits erwähnte Eva Cyba oder auch Gudrun-Axeli Knapp, Sylvia Walby und andere kritisieren, wenn diverse Formen von Herrschaft, Unterdrückung, Manipulation und Gewalt unter dieses eine Schlagwort gefasst werden.
1	Es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	2	expl	_	start_char=0|end_char=2
2	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=3|end_char=6
3	gute	gut	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	4	amod	_	start_char=7|end_char=11
4	Gründe	Grund	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	2	obj	_	start_char=12|end_char=18
5	,	,	PUNCT	$,	_	13	punct	_	start_char=18|end_char=19
6	warum	warum	ADV	PWAV	_	13	advmod	_	start_char=20|end_char=25
7	auch	auch	ADV	ADV	_	9	advmod	_	start_char=26|end_char=30
8	feministische	feministisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Plur	9	amod	_	start_char=31|end_char=44
9	Autorinnen	Autorin	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	13	nsubj	_	start_char=45|end_char=55
10	wie	wie	CCONJ	KOKOM	_	13	cc	_	start_char=56|end_char=59
11	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	12	det	_	start_char=60|end_char=63
12	bereits	bereits	ADV	ADV	_	13	advmod	_	start_char=64|end_char=71
13	erwähnte	erwähnen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	2	conj	_	start_char=72|end_char=80
14	Eva	Eva	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	13	nsubj	_	start_char=81|end_char=84
15	Cyba	Cyba	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	flat	_	start_char=85|end_char=89
16	oder	oder	CCONJ	KON	_	20	cc	_	start_char=90|end_char=94
17	auch	auch	ADV	ADV	_	20	advmod	_	start_char=95|end_char=99
18	Gudrun	Gudrun	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	compound	_	start_char=100|end_char=106
19	-	-	PUNCT	$	_	18	punct	_	start_char=106|end_char=107
20	Axeli	Axeli	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	conj	_	start_char=107|end_char=112
21	Knapp	knapp	ADJ	ADJD	_	27	advmod	_	start_char=113|end_char=118
22	,	,	PUNCT	$,	_	23	punct	_	start_char=118|end_char=119
23	Sylvia	Sylvia	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	conj	_	start_char=120|end_char=126
24	Walby	Walby	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	23	flat	_	start_char=127|end_char=132
25	und	und	CCONJ	KON	_	26	cc	_	start_char=133|end_char=136
26	andere	ander	NOUN	PIS	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	24	conj	_	start_char=137|end_char=143
27	kritisieren	kritisieren	VERB	VVINF	VerbForm=Inf	2	xcomp	_	start_char=144|end_char=155
28	,	,	PUNCT	$,	_	44	punct	_	start_char=155|end_char=156
29	wenn	wenn	SCONJ	KOUS	_	44	mark	_	start_char=157|end_char=161
30	diverse	diver	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	31	det	_	start_char=162|end_char=169
31	Formen	Form	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	44	nsubj:pass	_	start_char=170|end_char=176
32	von	von	ADP	APPR	_	33	case	_	start_char=177|end_char=180
33	Herrschaft	Herrschaft	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	31	nmod	_	start_char=181|end_char=191
34	,	,	PUNCT	$,	_	35	punct	_	start_char=191|end_char=192
35	Unterdrückung	Unterdrückung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	33	conj	_	start_char=193|end_char=206
36	,	,	PUNCT	$,	_	37	punct	_	start_char=206|end_char=207
37	Manipulation	Manipulation	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	33	conj	_	start_char=208|end_char=220
38	und	und	CCONJ	KON	_	39	cc	_	start_char=221|end_char=224
39	Gewalt	Gewalt	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	33	conj	_	start_char=225|end_char=231
40	unter	unter	ADP	APPR	_	43	case	_	start_char=232|end_char=237
41	dieses	dieser	DET	PDAT	Case=Dat|Gender=Neut|Number=Sing|PronType=Dem	43	det	_	start_char=238|end_char=244
42	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	43	det	_	start_char=245|end_char=249
43	Schlagwort	Schlagwort	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	44	obl	_	start_char=250|end_char=260
44	gefasst	fassen	VERB	VVPP	VerbForm=Part	27	ccomp	_	start_char=261|end_char=268
45	werden	werden	AUX	VAINF	VerbForm=Inf	44	aux:pass	_	start_char=269|end_char=275
46	.	.	PUNCT	$.	_	2	punct	_	start_char=275|end_char=276
"""


def test_cues_participle_between_article_and_name_is_no_cue():
    """"… wie die bereits erwähnte Eva Cyba oder auch Gudrun-Axeli Knapp …": the tagger
    made "erwähnte" a finite verb; between an article and a name it is an attribute, no
    one mentions anything here."""
    assert "erwähnen" not in [c.lemma for s in parse(BEREITS_ERWAEHNT).sentences for c in cues.find_cues(s)]


# Wikinews train, 54978 - Tag 5 der Angriffe auf Gaza – Israel lehnt Waffenstillstand vorerst ab (2008-12-31)
ARMEEANGABEN = """\
# newpar
# text = Seit Mitternacht wurden nach Armeeangaben insgesamt 35 Angriffe gegen Ziele im Gazastreifen geflogen.
1	Seit	seit	ADP	APPR	_	2	case	_	start_char=0|end_char=4
2	Mitternacht	Mitternacht	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	14	obl	_	start_char=5|end_char=16
3	wurden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	14	aux:pass	_	start_char=17|end_char=23
4	nach	nach	ADP	APPR	_	5	case	_	start_char=24|end_char=28
5	Armeeangaben	Armeeangaben	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	14	obl	_	start_char=29|end_char=41
6	insgesamt	insgesamt	ADV	ADV	_	7	advmod	_	start_char=42|end_char=51
7	35	35	NUM	CARD	NumType=Card	8	nummod	_	start_char=52|end_char=54
8	Angriffe	Angriff	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	14	obj	_	start_char=55|end_char=63
9	gegen	gegen	ADP	APPR	_	10	case	_	start_char=64|end_char=69
10	Ziele	Ziel	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	8	nmod	_	start_char=70|end_char=75
11	in	in	ADP	APPR	_	13	case	_	start_char=76|end_char=78
12	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	13	det	_	start_char=76|end_char=78
13	Gazastreifen	Gazastreifen	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	14	obl	_	start_char=79|end_char=91
14	geflogen	fliegen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=92|end_char=100
15	.	.	PUNCT	$.	_	14	punct	_	start_char=100|end_char=101
"""
# Wikinews train, 58397 - Bombenexplosion auf der Baleareninsel Mallorca (2009-08-02)
ANGABEN_XCOMP = """\
# newpar
# text = Alle kleineren Häfen, auch Freizeit- und Yachthäfen, bleiben weiterhin gesperrt, lediglich der Haupthafen der Insel wurde nach Angaben der Tagesschau kontrolliert freigegeben.
1	Alle	alle	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	3	det	_	start_char=0|end_char=4
2	kleineren	klein	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Plur	3	amod	_	start_char=5|end_char=14
3	Häfen	Hafen	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	11	nsubj	_	start_char=15|end_char=20
4	,	,	PUNCT	$,	_	6	punct	_	start_char=20|end_char=21
5	auch	auch	ADV	ADV	_	6	advmod	_	start_char=22|end_char=26
6	Freizeit	Freizeit	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	3	conj	_	start_char=27|end_char=35
7	-	-	PUNCT	$	_	6	punct	_	start_char=35|end_char=36
8	und	und	CCONJ	KON	_	9	cc	_	start_char=37|end_char=40
9	Yachthäfen	Yachthafen	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	6	conj	_	start_char=41|end_char=51
10	,	,	PUNCT	$,	_	3	punct	_	start_char=51|end_char=52
11	bleiben	bleiben	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=53|end_char=60
12	weiterhin	weiterhin	ADV	ADV	_	11	advmod	_	start_char=61|end_char=70
13	gesperrt	sperren	VERB	VVPP	VerbForm=Part	11	xcomp	_	start_char=71|end_char=79
14	,	,	PUNCT	$,	_	26	punct	_	start_char=79|end_char=80
15	lediglich	lediglich	ADV	ADV	_	26	advmod	_	start_char=81|end_char=90
16	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	17	det	_	start_char=91|end_char=94
17	Haupthafen	Haupthafen	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	26	nsubj:pass	_	start_char=95|end_char=105
18	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	19	det	_	start_char=106|end_char=109
19	Insel	Insel	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	17	nmod	_	start_char=110|end_char=115
20	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	26	aux:pass	_	start_char=116|end_char=121
21	nach	nach	ADP	APPR	_	22	case	_	start_char=122|end_char=126
22	Angaben	Angabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	25	obl	_	start_char=127|end_char=134
23	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	24	det	_	start_char=135|end_char=138
24	Tagesschau	Tagesschau	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	22	nmod	_	start_char=139|end_char=149
25	kontrolliert	kontrollieren	VERB	VVPP	VerbForm=Part	26	xcomp	_	start_char=150|end_char=162
26	freigegeben	freigeben	VERB	VVPP	VerbForm=Part	11	conj	_	start_char=163|end_char=174
27	.	.	PUNCT	$.	_	11	punct	_	start_char=174|end_char=175
"""
# Wikinews train, 51123 - Barack Obama will auf staatliche Zuschüsse für seinen Wahlkampf verzichten (2008-06-21)
SO_INSERTED = """\
# newpar
# text = Sein Rivale McCain, so Obama weiter, würde massiv Spenden von solchen Gruppen erhalten.
1	Sein	sein	DET	PPOSAT	Case=Nom|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	2	det:poss	_	start_char=0|end_char=4
2	Rivale	Rivale	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	15	nsubj	_	start_char=5|end_char=11
3	McCain	McCain	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=12|end_char=18
4	,	,	PUNCT	$,	_	6	punct	_	start_char=18|end_char=19
5	so	so	ADV	ADV	_	6	advmod	_	start_char=20|end_char=22
6	Obama	Obama	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=23|end_char=28
7	weiter	weiter	ADV	ADV	_	15	advmod	_	start_char=29|end_char=35
8	,	,	PUNCT	$,	_	2	punct	_	start_char=35|end_char=36
9	würde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	15	aux	_	start_char=37|end_char=42
10	massiv	massiv	ADJ	ADJD	Degree=Pos	15	advmod	_	start_char=43|end_char=49
11	Spenden	Spende	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	15	obj	_	start_char=50|end_char=57
12	von	von	ADP	APPR	_	14	case	_	start_char=58|end_char=61
13	solchen	solcher	DET	PIAT	Case=Dat|Gender=Masc|Number=Plur|PronType=Ind	14	det	_	start_char=62|end_char=69
14	Gruppen	Gruppe	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	15	obl	_	start_char=70|end_char=77
15	erhalten	erhalten	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=78|end_char=86
16	.	.	PUNCT	$.	_	15	punct	_	start_char=86|end_char=87
"""
# Wikinews train, 56998 - Steigende Spannungen in Thailand durch Proteste von Regierungsgegnern (2009-04-07)
MEINUNG_NACH = """\
# newpar
# text = Ziel der UDD ist der Sturz der Regierung, die ihrer Meinung nach zu Unrecht die Regierungsgewalt innehat.
1	Ziel	Ziel	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	6	nsubj	_	start_char=0|end_char=4
2	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=5|end_char=8
3	UDD	UDD	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	1	nmod	_	start_char=9|end_char=12
4	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	6	cop	_	start_char=13|end_char=16
5	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	6	det	_	start_char=17|end_char=20
6	Sturz	Sturz	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	0	root	_	start_char=21|end_char=26
7	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=27|end_char=30
8	Regierung	Regierung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	6	nmod	_	start_char=31|end_char=40
9	,	,	PUNCT	$,	_	18	punct	_	start_char=40|end_char=41
10	die	der	PRON	PRELS	Case=Nom|Number=Sing|PronType=Dem,Rel	18	nsubj	_	start_char=42|end_char=45
11	ihrer	ihr	DET	PPOSAT	Case=Gen|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	12	det:poss	_	start_char=46|end_char=51
12	Meinung	Meinung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	18	obj	_	start_char=52|end_char=59
13	nach	nach	ADP	APPR	_	15	case	_	start_char=60|end_char=64
14	zu	zu	ADP	APPR	_	15	case	_	start_char=65|end_char=67
15	Unrecht	Unrecht	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	18	obl	_	start_char=68|end_char=75
16	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	17	det	_	start_char=76|end_char=79
17	Regierungsgewalt	Regierungsgewalt	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	18	obj	_	start_char=80|end_char=96
18	innehat	innehaben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	6	acl:relcl	_	start_char=97|end_char=104
19	.	.	PUNCT	$.	_	6	punct	_	start_char=104|end_char=105
"""


def test_cues_cue_noun_in_a_plural_the_lemmatizer_kept():
    """cues.noun_cue: "nach Armeeangaben" -- the lemmatizer left the plural of the
    compound ("Armeeangaben"); it is still the cue noun "Angabe", and the clause around it
    is its content."""
    parsed = parse(ARMEEANGABEN)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "Angabe")
    assert words(sent, cue.source) == "Armeeangaben"
    assert text_of(parsed, sent, cue.content) == \
        "Seit Mitternacht wurden nach Armeeangaben insgesamt 35 Angriffe gegen Ziele im Gazastreifen geflogen"


def test_cues_nach_angaben_hung_on_a_participle_gives_the_whole_clause():
    """cues.noun_cue: "lediglich der Haupthafen der Insel wurde nach Angaben der
    Tagesschau kontrolliert freigegeben" -- the parser hung the phrase on "kontrolliert"
    (an xcomp of "freigegeben"); the content is the clause of "freigegeben", not the one
    participle."""
    parsed = parse(ANGABEN_XCOMP)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "Angabe")
    assert words(sent, cue.name) == "der Tagesschau"
    assert text_of(parsed, sent, cue.content) == \
        "lediglich der Haupthafen der Insel wurde nach Angaben der Tagesschau kontrolliert freigegeben"


def test_cues_so_inserted_after_the_first_phrase_takes_the_whole_clause():
    """cues.so_cue: "Sein Rivale McCain, so Obama weiter, würde … erhalten" -- the
    insertion splits the clause; the content is the whole clause and Obama the source
    (the quote is his, not the previous speaker's)."""
    parsed = parse(SO_INSERTED)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "so")
    assert words(sent, cue.source) == "Obama"
    assert text_of(parsed, sent, cue.content) == \
        "Sein Rivale McCain, so Obama weiter, würde massiv Spenden von solchen Gruppen erhalten"
    quotes = find_quotes("t", parsed)
    assert [(q.kind, q.speaker_mention, q.cue) for q in quotes] == [("indirect", "Obama", "so")]


def test_cues_meinung_with_postposed_nach():
    """cues.noun_cue: "die ihrer Meinung nach zu Unrecht die Regierungsgewalt innehat" --
    "nach" after the noun is a postposition, though the parser hung it on "zu Unrecht";
    the possessive names the source and the relative clause is the content."""
    parsed = parse(MEINUNG_NACH)
    sent = parsed.sentences[0]
    cue = only(cues.find_cues(sent), "Meinung")
    assert words(sent, cue.words) == "Meinung nach"
    assert words(sent, cue.name) == "ihrer"
    assert text_of(parsed, sent, cue.content) == "die ihrer Meinung nach zu Unrecht die Regierungsgewalt innehat"


def test_cues_forderung_nach_is_no_postposition():
    """cues.noun_cue: "nach" after "Forderung" opens what is demanded ("konnte ihre
    Forderung nach einem eigenen Tarifvertrag nicht durchsetzen"): no source noun with a
    postposition, so no quote."""
    parsed = parse(FORDERUNG_NACH)
    sent = parsed.sentences[0]
    assert not [c for c in cues.find_cues(sent) if c.lemma == "Forderung" and c.kind == "noun" and c.source]
    assert find_quotes("t", parsed) == []


# Wikinews train, 43924 - Unerwartete Wende im Lokführer-Tarifstreit (2007-08-30) (the first clause)
FORDERUNG_NACH = """\
# newpar
# text = Die Gewerkschaft Deutscher Lokomotivführer konnte ihre Forderung nach einem eigenen Tarifvertrag nicht durchsetzen.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Gewerkschaft	Gewerkschaft	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	13	nsubj	_	start_char=4|end_char=16
3	Deutscher	Deutscher	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Sing	4	amod	_	start_char=17|end_char=26
4	Lokomotivführer	Lokomotivführer	NOUN	NN	Case=Gen|Gender=Masc|Number=Plur	2	nmod	_	start_char=27|end_char=42
5	konnte	können	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	13	aux	_	start_char=43|end_char=49
6	ihre	ihr	DET	PPOSAT	Case=Acc|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	7	det:poss	_	start_char=50|end_char=54
7	Forderung	Forderung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	13	obj	_	start_char=55|end_char=64
8	nach	nach	ADP	APPR	_	11	case	_	start_char=65|end_char=69
9	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	11	det	_	start_char=70|end_char=75
10	eigenen	eigen	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	11	amod	_	start_char=76|end_char=83
11	Tarifvertrag	Tarifvertrag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	13	obl	_	start_char=84|end_char=96
12	nicht	nicht	PART	PTKNEG	Polarity=Neg	13	advmod	_	start_char=97|end_char=102
13	durchsetzen	durchsetzen	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=103|end_char=114
14	.	.	PUNCT	$.	_	13	punct	_	start_char=114|end_char=115
"""


# Wikinews train, 34828 - Fresenius AG plant Umwandlung der Rechtsform und Neuordnung des Stammkapitals (2006-11-10)
GEHT_HERVOR = """\
# newpar
# text = Der Gesundheitskonzern Fresenius plant eine Umwandlung in die neue Rechtsform Societas Europaea (S.E.), eine Gesellschaft europäischen Rechts.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Gesundheitskonzern	Gesundheitskonzer	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	4	nsubj	_	start_char=4|end_char=22
3	Fresenius	Fresenius	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=23|end_char=32
4	plant	planen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=33|end_char=38
5	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	6	det	_	start_char=39|end_char=43
6	Umwandlung	Umwandlung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	4	obj	_	start_char=44|end_char=54
7	in	in	ADP	APPR	_	10	case	_	start_char=55|end_char=57
8	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	start_char=58|end_char=61
9	neue	neu	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	10	amod	_	start_char=62|end_char=66
10	Rechtsform	Rechtsform	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	4	obl	_	start_char=67|end_char=77
11	Societas	Societas	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	10	appos	_	start_char=78|end_char=86
12	Europaea	Europaea	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	11	flat:name	_	start_char=87|end_char=95
13	(	(	PUNCT	$	_	14	punct	_	start_char=96|end_char=97
14	S.	S.	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	11	appos	_	start_char=97|end_char=99
15	E.	E.	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	flat:name	_	start_char=99|end_char=101
16	)	)	PUNCT	$	_	14	punct	_	start_char=101|end_char=102
17	,	,	PUNCT	$,	_	19	punct	_	start_char=102|end_char=103
18	eine	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	19	det	_	start_char=104|end_char=108
19	Gesellschaft	Gesellschaft	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	4	conj	_	start_char=109|end_char=121
20	europäischen	europäisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Plur	21	amod	_	start_char=122|end_char=134
21	Rechts	Recht	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	19	nmod	_	start_char=135|end_char=141
22	.	.	PUNCT	$.	_	4	punct	_	start_char=141|end_char=142

# text = Dies geht aus einer Pressemitteilung des Konzerns hervor, die am 11. Oktober 2006 veröffentlicht wurde.
1	Dies	dieser	DET	PDS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem	2	nsubj	_	start_char=0|end_char=4
2	geht	gehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=5|end_char=9
3	aus	aus	ADP	APPR	_	5	case	_	start_char=10|end_char=13
4	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	5	det	_	start_char=14|end_char=19
5	Pressemitteilung	Pressemitteilung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	2	obl	_	start_char=20|end_char=36
6	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	7	det	_	start_char=37|end_char=40
7	Konzerns	Konzern	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	5	nmod	_	start_char=41|end_char=49
8	hervor	hervor	ADV	PTKVZ	_	2	compound:prt	_	start_char=50|end_char=56
9	,	,	PUNCT	$,	_	16	punct	_	start_char=56|end_char=57
10	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	16	nsubj:pass	_	start_char=58|end_char=61
11	an	an	ADP	APPR	_	14	case	_	start_char=62|end_char=64
12	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	14	det	_	start_char=62|end_char=64
13	11.	11.	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	14	amod	_	start_char=65|end_char=68
14	Oktober	Oktober	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	16	obl:tmod	_	start_char=69|end_char=76
15	2006	2006	NUM	CARD	NumType=Card	14	nummod	_	start_char=77|end_char=81
16	veröffentlicht	veröffentlichen	VERB	VVPP	VerbForm=Part	7	acl:relcl	_	start_char=82|end_char=96
17	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	16	aux:pass	_	start_char=97|end_char=102
18	.	.	PUNCT	$.	_	2	punct	_	start_char=102|end_char=103
"""


def test_cues_hervorgehen_names_the_document_as_source():
    """cues.verb_cue + sources.verb_source: "Dies geht aus einer Pressemitteilung des
    Konzerns hervor" -- "dies" is what was said (the sentence before), the press
    release's owner is the source: its name, the press release the mention."""
    parsed = parse(GEHT_HERVOR)
    sent = parsed.sentences[1]
    cue = only(cues.find_cues(sent), "hervorgehen")
    assert (words(sent, cue.source), words(sent, cue.name)) == \
        ("aus einer Pressemitteilung des Konzerns", "des Konzerns")
    quotes = find_quotes("t", parsed)
    assert [(q.kind, q.text[:40], q.speaker_mention, q.cue) for q in quotes] == [
        ("indirect", "Der Gesundheitskonzern Fresenius plant e", "einer Pressemitteilung des Konzerns",
         "hervorgehen")]


TUNNEL = """\
# newpar
# text = Die Tunnel dienten nach israelischen Angaben dem Transport von Treibstoff sowie auch dem Hereinschmuggeln von Waffen in den Gazastreifen.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Tunnel	Tunnel	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=4|end_char=10
3	dienten	dienen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=11|end_char=18
4	nach	nach	ADP	APPR	_	6	case	_	start_char=19|end_char=23
5	israelischen	israelisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	6	amod	_	start_char=24|end_char=36
6	Angaben	Angabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	3	obl	_	start_char=37|end_char=44
7	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	8	det	_	start_char=45|end_char=48
8	Transport	Transport	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	6	nmod	_	start_char=49|end_char=58
9	von	von	ADP	APPR	_	10	case	_	start_char=59|end_char=62
10	Treibstoff	Treibstoff	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	8	nmod	_	start_char=63|end_char=73
11	sowie	sowie	CCONJ	KON	_	14	cc	_	start_char=74|end_char=79
12	auch	auch	ADV	ADV	_	14	advmod	_	start_char=80|end_char=84
13	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	14	det	_	start_char=85|end_char=88
14	Hereinschmuggeln	Hereinschmuggel	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	8	conj	_	start_char=89|end_char=105
15	von	von	ADP	APPR	_	16	case	_	start_char=106|end_char=109
16	Waffen	Waffe	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	14	nmod	_	start_char=110|end_char=116
17	in	in	ADP	APPR	_	19	case	_	start_char=117|end_char=119
18	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	19	det	_	start_char=120|end_char=123
19	Gazastreifen	Gazastreifen	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	16	nmod	_	start_char=124|end_char=136
20	.	.	PUNCT	$.	_	3	punct	_	start_char=136|end_char=137
"""


def test_noun_cue_leaves_a_dative_phrase_hung_on_the_source_to_the_clause():
    """trees.misplaced_arguments in noun_cue: "Die Tunnel dienten nach israelischen Angaben
    dem Transport von Treibstoff …": the parser hung "dem Transport …" on "Angaben"; a noun
    takes no dative, so the source is "israelischen Angaben" and the whole sentence the
    content (not "Die Tunnel dienten", with "Transport von Treibstoff" as the speaker)."""
    quotes = find_quotes("t", parse(TUNNEL))
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("Die Tunnel dienten nach israelischen Angaben dem Transport")
    assert q.text.endswith("in den Gazastreifen")
    assert q.speaker_mention == "israelischen Angaben"


WFP = """\
# newpar
# text = Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden zunächst 2.000 Menschen in Hütten mit Lebensmitteln versorgt.
1	Laut	laut	ADP	APPR	_	5	case	_	start_char=0|end_char=4
2	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	7	det	_	start_char=5|end_char=10
3	an	an	ADP	APPR	_	5	case	_	start_char=11|end_char=13
4	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	start_char=11|end_char=13
5	Dienstag	Dienstag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	6	obl	_	start_char=14|end_char=22
6	veröffentlichten	veröffentlicht	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	7	amod	_	start_char=23|end_char=39
7	Pressemitteilung	Pressemitteilung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	18	obl	_	start_char=40|end_char=56
8	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	9	det	_	start_char=57|end_char=60
9	WFP	WFP	PROPN	NE	Case=Gen|Gender=Neut|Number=Sing	7	nmod	_	start_char=61|end_char=64
10	wurden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	18	aux:pass	_	start_char=65|end_char=71
11	zunächst	zunächst	ADV	ADV	_	18	advmod	_	start_char=72|end_char=80
12	2.000	2.000	NUM	CARD	NumType=Card	13	nummod	_	start_char=81|end_char=86
13	Menschen	Mensch	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	18	nsubj:pass	_	start_char=87|end_char=95
14	in	in	ADP	APPR	_	15	case	_	start_char=96|end_char=98
15	Hütten	Hütte	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	18	obl	_	start_char=99|end_char=105
16	mit	mit	ADP	APPR	_	17	case	_	start_char=106|end_char=109
17	Lebensmitteln	Lebensmittel	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	18	obl	_	start_char=110|end_char=123
18	versorgt	versorgen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=124|end_char=132
19	.	.	PUNCT	$.	_	18	punct	_	start_char=132|end_char=133
"""


def test_laut_hung_inside_a_participle_phrase_takes_the_noun_it_describes():
    """cues.prep_cue: "Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP
    wurden …": the parser hung "laut" on "Dienstag" inside the participle's phrase; the
    source is the press release of the WFP, the content the rest of the clause."""
    parsed = parse(WFP)
    [q] = find_quotes("t", parsed)
    assert q.text == "wurden zunächst 2.000 Menschen in Hütten mit Lebensmitteln versorgt"
    assert parsed.text[q.speaker_start:q.speaker_end] == \
        "einer am Dienstag veröffentlichten Pressemitteilung des WFP"


ENTCHA = """\
# newpar
# text = Heute bestätigte Gabriel Entcha-Ebia laut Nachrichtenagentur Reuters, dass es im Gefängnis ein Problem mit der Nahrungsversorgung gibt.
1	Heute	heute	ADV	ADV	_	2	advmod	_	start_char=0|end_char=5
2	bestätigte	bestätigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=6|end_char=16
3	Gabriel	Gabriel	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=17|end_char=24
4	Entcha	Entcha	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	6	compound	_	start_char=25|end_char=31
5	-	-	PUNCT	$	_	4	punct	_	start_char=31|end_char=32
6	Ebia	Ebia	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	obj	_	start_char=32|end_char=36
7	laut	laut	ADP	APPR	_	8	case	_	start_char=37|end_char=41
8	Nachrichtenagentur	Nachrichtenagentur	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	2	obl	_	start_char=42|end_char=60
9	Reuters	Reuter	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	8	appos	_	start_char=61|end_char=68
10	,	,	PUNCT	$,	_	21	punct	_	start_char=68|end_char=69
11	dass	dass	SCONJ	KOUS	_	21	mark	_	start_char=70|end_char=74
12	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	21	expl	_	start_char=75|end_char=77
13	in	in	ADP	APPR	_	15	case	_	start_char=78|end_char=80
14	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	15	det	_	start_char=78|end_char=80
15	Gefängnis	Gefängnis	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	21	obl	_	start_char=81|end_char=90
16	ein	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	17	det	_	start_char=91|end_char=94
17	Problem	Problem	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	21	obj	_	start_char=95|end_char=102
18	mit	mit	ADP	APPR	_	20	case	_	start_char=103|end_char=106
19	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	20	det	_	start_char=107|end_char=110
20	Nahrungsversorgung	Nahrungsversorgung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	21	obl	_	start_char=111|end_char=129
21	gibt	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	8	acl:relcl	_	start_char=130|end_char=134
22	.	.	PUNCT	$.	_	2	punct	_	start_char=134|end_char=135
"""


def test_laut_on_the_speech_verb_names_the_outlet():
    """cues.carried_by_verbs: "Heute bestätigte Gabriel Entcha-Ebia laut Nachrichtenagentur
    Reuters, dass es im Gefängnis ein Problem … gibt": Reuters carried what he confirmed;
    the quote is the dass-clause, the cue "bestätigen", the outlet Reuters."""
    parsed = parse(ENTCHA)
    [q] = find_quotes("t", parsed)
    assert (q.cue, q.outlet) == ("bestätigen", "Reuters")
    assert q.text == "es im Gefängnis ein Problem mit der Nahrungsversorgung gibt"
    assert parsed.text[q.speaker_start:q.speaker_end].startswith("Gabriel")


# Wikinews train, 42492 - Kernkraftwerk Brunsbüttel geht nach Störfall wieder ans Netz
KRUEMMEL = """\
# newpar
# text = Dagegen bleibt das Kernkraftwerk Krümmel, welches von Vattenfall und E.ON betrieben wird, nach Berichten des schleswig-holsteinischen Sozialministeriums weiterhin außer Betrieb.
1	Dagegen	dagegen	ADV	PROAV	_	2	advmod	_	start_char=0|end_char=7
2	bleibt	bleiben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=8|end_char=14
3	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	4	det	_	start_char=15|end_char=18
4	Kernkraftwerk	Kernkraftwerk	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	2	nsubj	_	start_char=19|end_char=32
5	Krümmel	Krümmel	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	appos	_	start_char=33|end_char=40
6	,	,	PUNCT	$,	_	13	punct	_	start_char=40|end_char=41
7	welches	welcher	PRON	PRELS	Case=Nom|Gender=Neut|Number=Sing|PronType=Int,Rel	13	nsubj:pass	_	start_char=42|end_char=49
8	von	von	ADP	APPR	_	9	case	_	start_char=50|end_char=53
9	Vattenfall	Vattenfall	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	13	obl	_	start_char=54|end_char=64
10	und	und	CCONJ	KON	_	11	cc	_	start_char=65|end_char=68
11	E.	E.	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	9	conj	_	start_char=69|end_char=71
12	ON	ON	NOUN	NE	Case=Dat|Gender=Masc|Number=Sing	11	flat:name	_	start_char=71|end_char=73
13	betrieben	betreiben	VERB	VVPP	VerbForm=Part	4	acl:relcl	_	start_char=74|end_char=83
14	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	13	aux:pass	_	start_char=84|end_char=88
15	,	,	PUNCT	$,	_	17	punct	_	start_char=88|end_char=89
16	nach	nach	ADP	APPR	_	17	case	_	start_char=90|end_char=94
17	Berichten	Bericht	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	13	obl	_	start_char=95|end_char=104
18	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	22	det	_	start_char=105|end_char=108
19	schleswig	schleswig	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	22	compound	_	start_char=109|end_char=118
20	-	-	PUNCT	$	_	19	punct	_	start_char=118|end_char=119
21	holsteinischen	holsteinisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Sing	22	amod	_	start_char=119|end_char=133
22	Sozialministeriums	Sozialministerium	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	17	nmod	_	start_char=134|end_char=152
23	weiterhin	weiterhin	ADV	ADV	_	25	advmod	_	start_char=153|end_char=162
24	außer	außer	ADP	APPR	_	25	case	_	start_char=163|end_char=168
25	Betrieb	Betrieb	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	22	nmod	_	start_char=169|end_char=176
26	.	.	PUNCT	$.	_	2	punct	_	start_char=176|end_char=177
"""


def test_source_after_a_relative_clause_attributes_the_clause_around_it():
    """cues.reported_clause_head and run_on_tail: the parser hung "nach Berichten des
    Ministeriums" on the verb of the relative clause before it, and "weiterhin außer
    Betrieb" on the ministry.  A relative clause ends at its verbs, and an adverb ends a
    source phrase, so the content is the whole main clause, not "welches von Vattenfall
    und E.ON betrieben wird"."""
    quotes = find_quotes("t", parse(KRUEMMEL))
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("Dagegen bleibt das Kernkraftwerk Krümmel, welches")
    assert q.text.endswith("weiterhin außer Betrieb")
    assert q.speaker_mention == "Berichten des schleswig-holsteinischen Sozialministeriums"
