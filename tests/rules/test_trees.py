"""Rules of `quotes.trees`: reading a dependency tree (mentions, clauses, edges)."""
from __future__ import annotations

from quotes import trees

from .ruletools import parse, sentence, text_of, word, words

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
# Wikinews train, 51747 - Deutschland: Linkspartei wegen Nähe zur PKK in der Kritik (2008-07-20)
JELPKE = """\
# newpar
# text = Ulla Jelpke, die erst vor einem Monat mit einem sogenannten „Gestapo-Vergleich“ für Schlagzeilen gesorgt hatte, kritisierte beispielsweise die Entscheidung der Fraktionsspitze.
1	Ulla	Ulla	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	22	nsubj	_	start_char=0|end_char=4
2	Jelpke	Jelpke	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	flat:name	_	start_char=5|end_char=11
3	,	,	PUNCT	$,	_	19	punct	_	start_char=11|end_char=12
4	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	19	nsubj	_	start_char=13|end_char=16
5	erst	erst	ADV	ADV	_	19	advmod	_	start_char=17|end_char=21
6	vor	vor	ADP	APPR	_	8	case	_	start_char=22|end_char=25
7	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	8	det	_	start_char=26|end_char=31
8	Monat	Monat	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	19	obl	_	start_char=32|end_char=37
9	mit	mit	ADP	APPR	_	15	case	_	start_char=38|end_char=41
10	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	15	det	_	start_char=42|end_char=47
11	sogenannten	sogenannter	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	15	amod	_	start_char=48|end_char=59
12	„	„	PUNCT	$(	_	15	punct	_	start_char=60|end_char=61
13	Gestapo	Gestapo	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	15	compound	_	start_char=61|end_char=68
14	-	-	PUNCT	$	_	13	punct	_	start_char=68|end_char=69
15	Vergleich	Vergleich	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	19	obl	_	start_char=69|end_char=78
16	“	“	PUNCT	$(	_	15	punct	_	start_char=78|end_char=79
17	für	für	ADP	APPR	_	18	case	_	start_char=80|end_char=83
18	Schlagzeilen	Schlagzeile	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	19	obl	_	start_char=84|end_char=96
19	gesorgt	sorgen	VERB	VVPP	VerbForm=Part	1	acl:relcl	_	start_char=97|end_char=104
20	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	19	aux	_	start_char=105|end_char=110
21	,	,	PUNCT	$,	_	1	punct	_	start_char=110|end_char=111
22	kritisierte	kritisieren	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=112|end_char=123
23	beispielsweise	beispielsweise	ADV	ADV	_	22	advmod	_	start_char=124|end_char=138
24	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	25	det	_	start_char=139|end_char=142
25	Entscheidung	Entscheidung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	22	nsubj	_	start_char=143|end_char=155
26	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	27	det	_	start_char=156|end_char=159
27	Fraktionsspitze	Fraktionsspitze	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	25	nmod	_	start_char=160|end_char=175
28	.	.	PUNCT	$.	_	22	punct	_	start_char=175|end_char=176
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
# Wikinews train, 34379 - Israelische Luftwaffe peilte deutsche Kriegsschiffe an (2006-10-29)
JUNG = """\
# newpar
# text = Der deutsche Verteidigungsminister Franz Josef Jung (CDU) kündigte indes an, diese Problematik bei seinem Israelbesuch in der kommenden Woche anzusprechen.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	deutsche	deutsch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	3	amod	_	start_char=4|end_char=12
3	Verteidigungsminister	Verteidigungsminister	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	10	nsubj	_	start_char=13|end_char=34
4	Franz	Franz	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=35|end_char=40
5	Josef	Josef	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=41|end_char=46
6	Jung	Jung	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	flat	_	start_char=47|end_char=51
7	(	(	PUNCT	$	_	8	punct	_	start_char=52|end_char=53
8	CDU	CDU	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	appos	_	start_char=53|end_char=56
9	)	)	PUNCT	$	_	8	punct	_	start_char=56|end_char=57
10	kündigte	kündigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=58|end_char=66
11	indes	indes	ADV	PROAV	_	10	advmod	_	start_char=67|end_char=72
12	an	an	ADP	PTKVZ	_	10	compound:prt	_	start_char=73|end_char=75
13	,	,	PUNCT	$,	_	23	punct	_	start_char=75|end_char=76
14	diese	dieser	DET	PDAT	Case=Acc|Gender=Fem|Number=Sing|PronType=Dem	15	det	_	start_char=77|end_char=82
15	Problematik	Problematik	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	23	obj	_	start_char=83|end_char=94
16	bei	bei	ADP	APPR	_	18	case	_	start_char=95|end_char=98
17	seinem	sein	DET	PPOSAT	Case=Dat|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	18	det:poss	_	start_char=99|end_char=105
18	Israelbesuch	Israelbesuch	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	23	obl	_	start_char=106|end_char=118
19	in	in	ADP	APPR	_	22	case	_	start_char=119|end_char=121
20	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	22	det	_	start_char=122|end_char=125
21	kommenden	kommend	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	22	amod	_	start_char=126|end_char=135
22	Woche	Woche	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	23	obl	_	start_char=136|end_char=141
23	anzusprechen	ansprechen	VERB	VVINF	VerbForm=Inf	10	ccomp	_	start_char=142|end_char=154
24	.	.	PUNCT	$.	_	10	punct	_	start_char=154|end_char=155
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


def test_trees_mention_keeps_title_and_name():
    """trees.mention: "Russlands Verteidigungsminister Sergej Schoigu" is one mention."""
    sent = sentence(SCHOIGU)
    assert words(sent, trees.mention(sent, word(sent, "Verteidigungsminister"))) == \
        "Russlands Verteidigungsminister Sergej Schoigu"


def test_trees_mention_cuts_relative_clause():
    """trees.mention: "Ulla Jelpke, die … gesorgt hatte, kritisierte": the speaker without her relative clause."""
    sent = sentence(JELPKE)
    assert words(sent, trees.mention(sent, word(sent, "Ulla"))) == "Ulla Jelpke"


def test_trees_trim_drops_complementizer_and_edge_punctuation():
    """trees.trim: the clause of "mit, dass Ertel sich das Leben genommen habe." without ", dass" and "."."""
    parsed = parse(LBM)
    sent = parsed.sentences[0]
    idx = trees.trim(sent, list(range(word(sent, "mit").i + 1, len(sent.words))))
    assert text_of(parsed, sent, idx) == "Ertel sich das Leben genommen habe"


def test_trees_clause_head_of_a_place_is_its_verb():
    """trees.clause_head: "in Rangun" belongs to the clause of "gelandet", not of "teilte … mit"."""
    sent = sentence(AERZTE)
    assert sent.words[trees.clause_head(sent, word(sent, "Rangun"))].text == "gelandet"


def test_trees_clause_minus_removes_the_attribution_phrase_at_the_edge():
    """trees.clause_minus: "Laut BKA liegen … vor" minus "Laut BKA" is the reported clause."""
    parsed = parse(LAUT_BKA)
    sent = parsed.sentences[0]
    head = word(sent, "liegen").i
    idx = trees.clause_minus(sent, head, [word(sent, "Laut").i, word(sent, "BKA").i])
    assert text_of(parsed, sent, idx) == "liegen bei den meisten Verschwindensfällen Streitigkeiten der Eltern vor"


def test_trees_is_finite_tells_finite_from_participle():
    """trees.is_finite: "sagte" is finite, the participle "übergeben" is not."""
    sent = sentence(SCHOIGU)
    assert trees.is_finite(word(sent, "sagte"))
    assert not trees.is_finite(word(sent, "übergeben"))


def test_trees_zu_infinitive_with_zu_inside():
    """trees.zu_infinitive: "anzusprechen" is an infinitive with "zu" inside; "kündigte" is not."""
    sent = sentence(JUNG)
    assert trees.zu_infinitive(word(sent, "anzusprechen"))
    assert not trees.zu_infinitive(word(sent, "kündigte"))


def test_trees_is_clause_verb_with_subject():
    """trees.is_clause: "drei Flugzeuge … seien … gelandet" is a clause, the noun "Grenzen" is not."""
    sent = sentence(AERZTE)
    assert trees.is_clause(sent, word(sent, "gelandet"))
    assert not trees.is_clause(sent, word(sent, "Grenzen"))


def test_trees_separated_by_comma():
    """trees.separated: a comma stands between "übergeben worden" and "sagte", none inside the name."""
    sent = sentence(SCHOIGU)
    assert trees.separated(sent, word(sent, "übergeben").i, word(sent, "sagte").i)
    assert not trees.separated(sent, word(sent, "Russlands").i, word(sent, "Schoigu").i)


def test_trees_root_is_the_speech_verb():
    """trees.root: in "<clause>, sagte Schoigu" the root is "sagte"."""
    sent = sentence(SCHOIGU)
    assert trees.root(sent).text == "sagte"


def test_trees_first_person_subject():
    """trees.first_person: "wir sind nicht zusammengebrochen" has a first-person subject; the Schoigu report has none."""
    assert trees.first_person(parse(TASS).sentences[2])
    assert not trees.first_person(sentence(SCHOIGU))
