"""Real parses that several rule test files use (the shipped models' output for sentences of
the seeds and the Wikinews train split, as CoNLL-U): one copy each."""


def alone(conllu: str, k: int) -> str:
    """The k-th sentence of `conllu` (0-based) as a paragraph of its own: what the parser
    gives for that sentence alone, where the rule reads one sentence."""
    block = conllu.strip("\n").split("\n\n")[k].removeprefix("# newpar\n")
    return "# newpar\n" + block + "\n"


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

# Wikinews train, 17865 - Der vor Genua vermisste Pilot ist möglicherweise noch am Leben (2005-12-19)
GENAUER = """\
# newpar
# text = Jetzt ermittelt die Polizei auf einer Spur des Piloten, genauer gesagt seines Handys.
1	Jetzt	jetzt	ADV	ADV	_	2	advmod	_	start_char=0|end_char=5
2	ermittelt	ermitteln	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=6|end_char=15
3	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=16|end_char=19
4	Polizei	Polizei	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	2	nsubj	_	start_char=20|end_char=27
5	auf	auf	ADP	APPR	_	7	case	_	start_char=28|end_char=31
6	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	7	det	_	start_char=32|end_char=37
7	Spur	Spur	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	2	obl	_	start_char=38|end_char=42
8	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	9	det	_	start_char=43|end_char=46
9	Piloten	Pilot	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	7	nmod	_	start_char=47|end_char=54
10	,	,	PUNCT	$,	_	12	punct	_	start_char=54|end_char=55
11	genauer	genau	ADV	ADV	_	12	advmod	_	start_char=56|end_char=63
12	gesagt	sagen	VERB	VVPP	VerbForm=Part	2	conj	_	start_char=64|end_char=70
13	seines	sein	DET	PPOSAT	Case=Gen|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	14	det:poss	_	start_char=71|end_char=77
14	Handys	Handy	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	12	nmod	_	start_char=78|end_char=84
15	.	.	PUNCT	$.	_	2	punct	_	start_char=84|end_char=85
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

# Wikinews train, 51747 - Deutschland: Linkspartei wegen Nähe zur PKK in der Kritik (2008-07-20)
SOGENANNT = """\
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

# seeds/004_1b5946d984acc9ae.txt
ENGE_ARBEIT = """\
# newpar
# text = Putin sagte, es werde „enge Arbeit“ an der Stärkung der Zusammenarbeit im Rahmen eines Unionsabkommens geben, das enge politische, wirtschaftliche und militärische Beziehungen zwischen Belarus und Russland vorsehe.
1	Putin	Putin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=0|end_char=5
2	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=6|end_char=11
3	,	,	PUNCT	$,	_	19	punct	_	start_char=11|end_char=12
4	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	19	nsubj	_	start_char=13|end_char=15
5	werde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	19	aux	_	start_char=16|end_char=21
6	„	„	PUNCT	$(	_	8	punct	_	start_char=22|end_char=23
7	enge	eng	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	8	amod	_	start_char=23|end_char=27
8	Arbeit	Arbeit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	19	obj	_	start_char=28|end_char=34
9	“	“	PUNCT	$(	_	8	punct	_	start_char=34|end_char=35
10	an	an	ADP	APPR	_	12	case	_	start_char=36|end_char=38
11	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=39|end_char=42
12	Stärkung	Stärkung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	19	obl	_	start_char=43|end_char=51
13	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=52|end_char=55
14	Zusammenarbeit	Zusammenarbeit	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	12	nmod	_	start_char=56|end_char=70
15	im	in	ADP	APPR	_	16	case	_	start_char=71|end_char=73
16	Rahmen	Rahmen	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	19	obl	_	start_char=74|end_char=80
17	eines	ein	DET	ART	Case=Gen|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	18	det	_	start_char=81|end_char=86
18	Unionsabkommens	Unionsabkommen	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	16	nmod	_	start_char=87|end_char=102
19	geben	geben	VERB	VVINF	VerbForm=Inf	2	ccomp	_	start_char=103|end_char=108
20	,	,	PUNCT	$,	_	33	punct	_	start_char=108|end_char=109
21	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	28	det	_	start_char=110|end_char=113
22	enge	eng	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	28	amod	_	start_char=114|end_char=118
23	politische	politisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	28	amod	_	start_char=119|end_char=129
24	,	,	PUNCT	$,	_	27	punct	_	start_char=129|end_char=130
25	wirtschaftliche	wirtschaftlich	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	23	conj	_	start_char=131|end_char=146
26	und	und	CCONJ	KON	_	27	cc	_	start_char=147|end_char=150
27	militärische	militärisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	25	conj	_	start_char=151|end_char=163
28	Beziehungen	Beziehung	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	33	obj	_	start_char=164|end_char=175
29	zwischen	zwischen	ADP	APPR	_	30	case	_	start_char=176|end_char=184
30	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	28	nmod	_	start_char=185|end_char=192
31	und	und	CCONJ	KON	_	32	cc	_	start_char=193|end_char=196
32	Russland	Rußland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	30	conj	_	start_char=197|end_char=205
33	vorsehe	vorsehen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	19	conj	_	start_char=206|end_char=213
34	.	.	PUNCT	$.	_	2	punct	_	start_char=213|end_char=214
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
# the same seed: Schoigu's sentence, parsed alone
SCHOIGU = alone(SCHOIGU_PARA, 2)

# news-dev, web-tagesanzeiger.ch.umweltzerstoerung (three sentences of the article)
VIROLOGE = """\
# newpar
# text = «Wenn Ökosysteme zerstört werden, sehen wir häufig eine Einengung auf bestimmte Viren», sagt Jonas Schmidt-Chanasit vom Bernhard-Nocht-Institut für Tropenmedizin in Hamburg.
1	«	«	PUNCT	$(	_	7	punct	_	start_char=0|end_char=1
2	Wenn	wenn	SCONJ	KOUS	_	4	mark	_	start_char=1|end_char=5
3	Ökosysteme	Ökosystem	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	4	nsubj:pass	_	start_char=6|end_char=16
4	zerstört	zerstören	VERB	VVPP	VerbForm=Part	7	advcl	_	start_char=17|end_char=25
5	werden	werden	AUX	VAINF	VerbForm=Inf	4	aux:pass	_	start_char=26|end_char=32
6	,	,	PUNCT	$,	_	4	punct	_	start_char=32|end_char=33
7	sehen	sehen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	17	ccomp	_	start_char=34|end_char=39
8	wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	7	nsubj	_	start_char=40|end_char=43
9	häufig	häufig	ADV	ADJD	_	7	advmod	_	start_char=44|end_char=50
10	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	11	det	_	start_char=51|end_char=55
11	Einengung	Einengung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	7	obj	_	start_char=56|end_char=65
12	auf	auf	ADP	APPR	_	14	case	_	start_char=66|end_char=69
13	bestimmte	bestimmt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Plur	14	amod	_	start_char=70|end_char=79
14	Viren	Virus	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	11	nmod	_	start_char=80|end_char=85
15	»	»	PUNCT	$(	_	7	punct	_	start_char=85|end_char=86
16	,	,	PUNCT	$,	_	7	punct	_	start_char=86|end_char=87
17	sagt	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=88|end_char=92
18	Jonas	Jonas	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	17	nsubj	_	start_char=93|end_char=98
19	Schmidt	Schmidt	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	18	flat:name	_	start_char=99|end_char=106
20	-	-	PUNCT	$	_	19	punct	_	start_char=106|end_char=107
21	Chanasit	Chanasit	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	18	appos	_	start_char=107|end_char=115
22	von	von	ADP	APPR	_	28	case	_	start_char=116|end_char=119
23	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	28	det	_	start_char=116|end_char=119
24	Bernhard	Bernhard	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	28	compound	_	start_char=120|end_char=128
25	-	-	PUNCT	$	_	24	punct	_	start_char=128|end_char=129
26	Nocht	Nocht	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	28	compound	_	start_char=129|end_char=134
27	-	-	PUNCT	$	_	26	punct	_	start_char=134|end_char=135
28	Institut	Institut	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	21	nmod	_	start_char=135|end_char=143
29	für	für	ADP	APPR	_	30	case	_	start_char=144|end_char=147
30	Tropenmedizin	Tropenmedizin	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	28	nmod	_	start_char=148|end_char=161
31	in	in	ADP	APPR	_	32	case	_	start_char=162|end_char=164
32	Hamburg	Hamburg	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	30	nmod	_	start_char=165|end_char=172
33	.	.	PUNCT	$.	_	17	punct	_	start_char=172|end_char=173

# text = Damit steige die Übertragungswahrscheinlichkeit auf den Menschen.
1	Damit	damit	ADV	PROAV	PronType=Dem	2	advmod	_	start_char=0|end_char=5
2	steige	steigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=6|end_char=12
3	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=13|end_char=16
4	Übertragungswahrscheinlichkeit	Übertragungswahrscheinlichkeit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	2	nsubj	_	start_char=17|end_char=47
5	auf	auf	ADP	APPR	_	7	case	_	start_char=48|end_char=51
6	den	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	7	det	_	start_char=52|end_char=55
7	Menschen	Mensch	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	2	obl	_	start_char=56|end_char=64
8	.	.	PUNCT	$.	_	2	punct	_	start_char=64|end_char=65

# text = Insbesondere Südostasien sei der «absolute Hotspot» für solche Ereignisse, sagt der Virologe.
1	Insbesondere	insbesondere	ADV	ADV	_	2	advmod	_	start_char=0|end_char=12
2	Südostasien	Südostasien	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	7	nsubj	_	start_char=13|end_char=24
3	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	cop	_	start_char=25|end_char=28
4	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	7	det	_	start_char=29|end_char=32
5	«	«	PUNCT	$(	_	6	punct	_	start_char=33|end_char=34
6	absolute	absolut	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	7	amod	_	start_char=34|end_char=42
7	Hotspot	Hotspot	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	13	ccomp	_	start_char=43|end_char=50
8	»	»	PUNCT	$(	_	11	punct	_	start_char=50|end_char=51
9	für	für	ADP	APPR	_	11	case	_	start_char=52|end_char=55
10	solche	solcher	DET	PIAT	Case=Acc|Gender=Fem|Number=Plur|PronType=Ind	11	det	_	start_char=56|end_char=62
11	Ereignisse	Ereignis	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	7	nmod	_	start_char=63|end_char=73
12	,	,	PUNCT	$,	_	7	punct	_	start_char=73|end_char=74
13	sagt	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=75|end_char=79
14	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	15	det	_	start_char=80|end_char=83
15	Virologe	Virolog	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	13	nsubj	_	start_char=84|end_char=92
16	.	.	PUNCT	$.	_	13	punct	_	start_char=92|end_char=93
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

# news-dev, gnad-0981 (10kGNAD, derStandard.at): the lead, the first body sentence and the
# fourth, parsed together
KATZIAN = """\
# newpar
# text = "Kein Standort soll auf der Strecke bleiben", sagt Gewerkschaftsschef Wolfgang Katzian.
1	"	"	PUNCT	$(	_	3	punct	_	start_char=0|end_char=1
2	Kein	kein	DET	PIAT	Case=Nom|Gender=Masc|Number=Sing|PronType=Tot	3	det	_	start_char=1|end_char=5
3	Standort	Standort	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	8	nsubj	_	start_char=6|end_char=14
4	soll	sollen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	8	aux	_	start_char=15|end_char=19
5	auf	auf	ADP	APPR	_	7	case	_	start_char=20|end_char=23
6	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	7	det	_	start_char=24|end_char=27
7	Strecke	Strecke	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	8	obl	_	start_char=28|end_char=35
8	bleiben	bleiben	VERB	VVINF	VerbForm=Inf	11	ccomp	_	start_char=36|end_char=43
9	"	"	PUNCT	$(	_	8	punct	_	start_char=43|end_char=44
10	,	,	PUNCT	$,	_	8	punct	_	start_char=44|end_char=45
11	sagt	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=46|end_char=50
12	Gewerkschaftsschef	Gewerkschaftsschef	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	11	nsubj	_	start_char=51|end_char=69
13	Wolfgang	Wolfgang	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	12	appos	_	start_char=70|end_char=78
14	Katzian	Katzian	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	13	flat	_	start_char=79|end_char=86
15	.	.	PUNCT	$.	_	11	punct	_	start_char=86|end_char=87

# text = Wien/Klosterneuburg/Mülheim – Der Vorsitzende der Privatangestellten-Gewerkschaft (GPA-djp), Wolfgang Katzian, will, dass der Sozialplan für die vom Aus der Heimwerkerkette Baumax betroffenen Beschäftigten rasch steht und dieser die Mitarbeiter sämtlicher Verkaufsstandorte umfasst.
1	Wien	Wien	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	21	nsubj	_	start_char=0|end_char=4
2	/Klosterneuburg	/Klosterneuburg	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	flat:name	_	start_char=4|end_char=19
3	/	/	PUNCT	$	_	4	punct	_	start_char=19|end_char=20
4	Mülheim	Mülheim	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	1	appos	_	start_char=20|end_char=27
5	–	–	PUNCT	$(	_	7	punct	_	start_char=28|end_char=29
6	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	7	det	_	start_char=30|end_char=33
7	Vorsitzende	Vorsitzende	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	1	appos	_	start_char=34|end_char=45
8	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	11	det	_	start_char=46|end_char=49
9	Privatangestellten	Privatangestellte	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	11	compound	_	start_char=50|end_char=68
10	-	-	PUNCT	$	_	9	punct	_	start_char=68|end_char=69
11	Gewerkschaft	Gewerkschaft	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	7	nmod	_	start_char=69|end_char=81
12	(	(	PUNCT	$	_	13	punct	_	start_char=82|end_char=83
13	GPA	GPA	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	15	compound	_	start_char=83|end_char=86
14	-	-	PUNCT	$	_	13	punct	_	start_char=86|end_char=87
15	djp	djp	NOUN	NE	Case=Nom|Number=Sing	11	appos	_	start_char=87|end_char=90
16	)	)	PUNCT	$	_	15	punct	_	start_char=90|end_char=91
17	,	,	PUNCT	$,	_	18	punct	_	start_char=91|end_char=92
18	Wolfgang	Wolfgang	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	21	nsubj	_	start_char=93|end_char=101
19	Katzian	Katzian	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	18	flat	_	start_char=102|end_char=109
20	,	,	PUNCT	$,	_	21	punct	_	start_char=109|end_char=110
21	will	wollen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=111|end_char=115
22	,	,	PUNCT	$,	_	37	punct	_	start_char=115|end_char=116
23	dass	dass	SCONJ	KOUS	_	37	mark	_	start_char=117|end_char=121
24	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	25	det	_	start_char=122|end_char=125
25	Sozialplan	Sozialplan	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	37	nsubj	_	start_char=126|end_char=136
26	für	für	ADP	APPR	_	32	case	_	start_char=137|end_char=140
27	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	35	det	_	start_char=141|end_char=144
28	von	von	ADP	APPR	_	32	case	_	start_char=145|end_char=148
29	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	32	det	_	start_char=145|end_char=148
30	Aus	aus	ADP	APPR	_	32	case	_	start_char=149|end_char=152
31	der	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	32	det	_	start_char=153|end_char=156
32	Heimwerkerkette	Heimwerkerkette	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	37	obl	_	start_char=157|end_char=172
33	Baumax	Baumax	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	35	compound	_	start_char=173|end_char=179
34	betroffenen	betroffen	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Plur	35	amod	_	start_char=180|end_char=191
35	Beschäftigten	Beschäftigter	NOUN	NN	Case=Gen|Gender=Masc|Number=Plur	37	obl	_	start_char=192|end_char=205
36	rasch	rasch	ADJ	ADJD	Degree=Pos	37	advmod	_	start_char=206|end_char=211
37	steht	stehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	21	ccomp	_	start_char=212|end_char=217
38	und	und	CCONJ	KON	_	44	cc	_	start_char=218|end_char=221
39	dieser	dieser	DET	PDAT	Case=Nom|Gender=Masc|Number=Sing|PronType=Dem	41	det	_	start_char=222|end_char=228
40	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	41	det	_	start_char=229|end_char=232
41	Mitarbeiter	Mitarbeiter	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	44	obj	_	start_char=233|end_char=244
42	sämtlicher	sämtlich	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Plur	43	amod	_	start_char=245|end_char=255
43	Verkaufsstandorte	Verkaufsstandorte	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	44	obj	_	start_char=256|end_char=273
44	umfasst	umfassen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	37	conj	_	start_char=274|end_char=281
45	.	.	PUNCT	$.	_	21	punct	_	start_char=281|end_char=282

# text = Mit dem Sozialplan sollten sämtliche möglichen Betroffenen gut abgesichert werden, nicht nur bestimmte Gruppen, verlangt der Gewerkschaftschef.
1	Mit	mit	ADP	APPR	_	3	case	_	start_char=0|end_char=3
2	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	3	det	_	start_char=4|end_char=7
3	Sozialplan	Sozialplan	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	9	obl	_	start_char=8|end_char=18
4	sollten	sollen	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	9	aux	_	start_char=19|end_char=26
5	sämtliche	sämtlich	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Plur	7	amod	_	start_char=27|end_char=36
6	möglichen	möglich	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Plur	7	amod	_	start_char=37|end_char=46
7	Betroffenen	Betroffene	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	9	nsubj:pass	_	start_char=47|end_char=58
8	gut	gut	ADJ	ADJD	Degree=Pos	9	advmod	_	start_char=59|end_char=62
9	abgesichert	absichern	VERB	VVPP	VerbForm=Part	0	root	_	start_char=63|end_char=74
10	werden	werden	AUX	VAINF	VerbForm=Inf	9	aux:pass	_	start_char=75|end_char=81
11	,	,	PUNCT	$,	_	9	punct	_	start_char=81|end_char=82
12	nicht	nicht	PART	PTKNEG	Polarity=Neg	15	advmod	_	start_char=83|end_char=88
13	nur	nur	ADV	ADV	_	15	advmod	_	start_char=89|end_char=92
14	bestimmte	bestimmt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	15	amod	_	start_char=93|end_char=102
15	Gruppen	Gruppe	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	17	obj	_	start_char=103|end_char=110
16	,	,	PUNCT	$,	_	15	punct	_	start_char=110|end_char=111
17	verlangt	verlangen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	9	conj	_	start_char=112|end_char=120
18	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	19	det	_	start_char=121|end_char=124
19	Gewerkschaftschef	Gewerkschaftschef	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	17	nsubj	_	start_char=125|end_char=142
20	.	.	PUNCT	$.	_	9	punct	_	start_char=142|end_char=143
"""


# news-dev, web-reitschuster.de-Hass-Demo (the sentence up to its dash)
IM_BEITRAG = """\
# newpar
# text = „Die Forderungen waren vielfältig: vom Waffenstillstand bis zur Freiheit für Palästina“, hieß es etwa verharmlosend im Beitrag zur Demonstration in Berlin.
1	„	„	PUNCT	$(	_	5	punct	_	start_char=0|end_char=1
2	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	3	det	_	start_char=1|end_char=4
3	Forderungen	Forderung	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	5	nsubj	_	start_char=5|end_char=16
4	waren	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	5	cop	_	start_char=17|end_char=22
5	vielfältig	vielfältig	ADJ	ADJD	Degree=Pos	17	ccomp	_	start_char=23|end_char=33
6	:	:	PUNCT	$.	_	5	punct	_	start_char=33|end_char=34
7	vom	von	ADP	APPR	_	8	case	_	start_char=35|end_char=38
8	Waffenstillstand	Waffenstillstand	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	5	nmod	_	start_char=39|end_char=55
9	bis	bis	ADP	APPR	_	12	case	_	start_char=56|end_char=59
10	zu	zu	ADP	APPR	_	12	case	_	start_char=60|end_char=63
11	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=60|end_char=63
12	Freiheit	Freiheit	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	8	nmod	_	start_char=64|end_char=72
13	für	für	ADP	APPR	_	14	case	_	start_char=73|end_char=76
14	Palästina	Palästina	PROPN	NE	Case=Acc|Gender=Neut|Number=Sing	12	nmod	_	start_char=77|end_char=86
15	“	“	PUNCT	$(	_	5	punct	_	start_char=86|end_char=87
16	,	,	PUNCT	$,	_	5	punct	_	start_char=87|end_char=88
17	hieß	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=89|end_char=93
18	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	17	nsubj	_	start_char=94|end_char=96
19	etwa	etwa	ADV	ADV	_	20	advmod	_	start_char=97|end_char=101
20	verharmlosend	verharmlosend	ADJ	ADJD	Degree=Pos	17	xcomp	_	start_char=102|end_char=115
21	im	in	ADP	APPR	_	22	case	_	start_char=116|end_char=118
22	Beitrag	Beitrag	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	17	obl	_	start_char=119|end_char=126
23	zu	zu	ADP	APPR	_	25	case	_	start_char=127|end_char=130
24	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	25	det	_	start_char=127|end_char=130
25	Demonstration	Demonstration	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	22	nmod	_	start_char=131|end_char=144
26	in	in	ADP	APPR	_	27	case	_	start_char=145|end_char=147
27	Berlin	Berlin	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	25	nmod	_	start_char=148|end_char=154
28	.	.	PUNCT	$.	_	17	punct	_	start_char=154|end_char=155
"""


# news-dev, web-tagesspiegel.de.abstandsregeln
PIKTOGRAMME = """\
# newpar
# text = Piktogramme würden erklären, wo man sie anfasst und wie heiß die Masken zu waschen sind.
1	Piktogramme	Piktogramm	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	3	nsubj	_	start_char=0|end_char=11
2	würden	werden	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	3	aux	_	start_char=12|end_char=18
3	erklären	erklären	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=19|end_char=27
4	,	,	PUNCT	$,	_	8	punct	_	start_char=27|end_char=28
5	wo	wo	ADV	PWAV	_	8	advmod	_	start_char=29|end_char=31
6	man	man	PRON	PIS	Case=Nom|Number=Sing|PronType=Ind	8	nsubj	_	start_char=32|end_char=35
7	sie	sie	PRON	PPER	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	8	obj	_	start_char=36|end_char=39
8	anfasst	anfassen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	3	ccomp	_	start_char=40|end_char=47
9	und	und	CCONJ	KON	_	15	cc	_	start_char=48|end_char=51
10	wie	wie	CCONJ	KOKOM	_	11	case	_	start_char=52|end_char=55
11	heiß	heiß	ADJ	ADJD	Degree=Pos	15	advmod	_	start_char=56|end_char=60
12	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	13	det	_	start_char=61|end_char=64
13	Masken	Maske	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	15	obj	_	start_char=65|end_char=71
14	zu	zu	PART	PTKZU	_	15	mark	_	start_char=72|end_char=74
15	waschen	waschen	VERB	VVINF	VerbForm=Inf	8	conj	_	start_char=75|end_char=82
16	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	15	aux	_	start_char=83|end_char=87
17	.	.	PUNCT	$.	_	3	punct	_	start_char=87|end_char=88
"""


# news-dev, web-tagesspiegel.de.abstandsregeln (the sentence before PIKTOGRAMME)
TRAGEN = """\
# newpar
# text = „Das Tragen muss aber auch richtig erklärt werden“, sagt der Sprecher.
1	„	„	PUNCT	$(	_	8	punct	_	start_char=0|end_char=1
2	Das	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=1|end_char=4
3	Tragen	Trage	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	8	nsubj:pass	_	start_char=5|end_char=11
4	muss	müssen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	8	aux	_	start_char=12|end_char=16
5	aber	aber	ADV	ADV	_	8	advmod	_	start_char=17|end_char=21
6	auch	auch	ADV	ADV	_	7	advmod	_	start_char=22|end_char=26
7	richtig	richtig	ADJ	ADJD	Degree=Pos	8	advmod	_	start_char=27|end_char=34
8	erklärt	erklären	VERB	VVPP	VerbForm=Part	12	ccomp	_	start_char=35|end_char=42
9	werden	werden	AUX	VAINF	VerbForm=Inf	8	aux:pass	_	start_char=43|end_char=49
10	“	“	PUNCT	$(	_	8	punct	_	start_char=49|end_char=50
11	,	,	PUNCT	$,	_	8	punct	_	start_char=50|end_char=51
12	sagt	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=52|end_char=56
13	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	14	det	_	start_char=57|end_char=60
14	Sprecher	Sprecher	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	12	nsubj	_	start_char=61|end_char=69
15	.	.	PUNCT	$.	_	12	punct	_	start_char=69|end_char=70
"""

# A Konjunktiv continuation that quotes only a fragment ("halte": the tagger says indicative)

FRAKTION = """\
# newpar
# text = In einer kurzen Presseerklärung erklärte die SPD-Landtagsfraktion zum Rücktritt Hartmanns, die Fraktion nehme die Entscheidung „zur Kenntnis“.
1	In	in	ADP	APPR	_	4	case	_	start_char=0|end_char=2
2	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	4	det	_	start_char=3|end_char=8
3	kurzen	kurz	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	4	amod	_	start_char=9|end_char=15
4	Presseerklärung	Presseerklärung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	5	obl	_	start_char=16|end_char=31
5	erklärte	erklären	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=32|end_char=40
6	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=41|end_char=44
7	SPD	SPD	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	9	compound	_	start_char=45|end_char=48
8	-	-	PUNCT	$	_	7	punct	_	start_char=48|end_char=49
9	Landtagsfraktion	Landtagsfraktion	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	5	nsubj	_	start_char=49|end_char=65
10	zu	zu	ADP	APPR	_	12	case	_	start_char=66|end_char=69
11	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=66|end_char=69
12	Rücktritt	Rücktritt	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	5	obl	_	start_char=70|end_char=79
13	Hartmanns	Hartmann	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	12	appos	_	start_char=80|end_char=89
14	,	,	PUNCT	$,	_	17	punct	_	start_char=89|end_char=90
15	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	16	det	_	start_char=91|end_char=94
16	Fraktion	Fraktion	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	17	nsubj	_	start_char=95|end_char=103
17	nehme	nehmen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	conj	_	start_char=104|end_char=109
18	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	19	det	_	start_char=110|end_char=113
19	Entscheidung	Entscheidung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	17	obj	_	start_char=114|end_char=126
20	„	„	PUNCT	$(	_	22	punct	_	start_char=127|end_char=128
21	zur	zu	ADP	APPR	_	22	case	_	start_char=128|end_char=131
22	Kenntnis	Kenntnis	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	17	obl	_	start_char=132|end_char=140
23	“	“	PUNCT	$(	_	22	punct	_	start_char=140|end_char=141
24	.	.	PUNCT	$.	_	5	punct	_	start_char=141|end_char=142

# text = Außerdem halte die Fraktion den Schritt für „überfällig und dringend geboten“.
1	Außerdem	außerdem	ADV	PROAV	PronType=Dem	2	advmod	_	start_char=0|end_char=8
2	halte	halten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=9|end_char=14
3	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=15|end_char=18
4	Fraktion	Fraktion	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	2	nsubj	_	start_char=19|end_char=27
5	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	6	det	_	start_char=28|end_char=31
6	Schritt	Schritt	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	2	obj	_	start_char=32|end_char=39
7	für	für	ADP	APPR	_	9	case	_	start_char=40|end_char=43
8	„	„	PUNCT	$(	_	9	punct	_	start_char=44|end_char=45
9	überfällig	überfällig	ADJ	ADJD	Degree=Pos	12	advmod	_	start_char=45|end_char=55
10	und	und	CCONJ	KON	_	11	cc	_	start_char=56|end_char=59
11	dringend	dringend	ADJ	ADJD	Degree=Pos	9	conj	_	start_char=60|end_char=68
12	geboten	bieten	VERB	VVPP	VerbForm=Part	2	xcomp	_	start_char=69|end_char=76
13	“	“	PUNCT	$(	_	12	punct	_	start_char=76|end_char=77
14	.	.	PUNCT	$.	_	2	punct	_	start_char=77|end_char=78
"""

# Wikinews train, 12291 - Grüne wollen Tankstellen zu Biodiesel-Verkauf zwingen (2005-09-10):
# a passive speech verb with its agent, then Konjunktiv on a copula the parser hung on "Lage"
BERNINGER = """\
# newpar
# text = Die Forderungen Berningers wurden von Bundesverkehrsminister Manfred Stolpe als unrealistisch bezeichnet.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	2	det	_	start_char=0|end_char=3
2	Forderungen	Forderung	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	11	nsubj:pass	_	start_char=4|end_char=15
3	Berningers	Berninger	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=16|end_char=26
4	wurden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	11	aux:pass	_	start_char=27|end_char=33
5	von	von	ADP	APPR	_	6	case	_	start_char=34|end_char=37
6	Bundesverkehrsminister	Bundesverkehrsminister	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	11	obl	_	start_char=38|end_char=60
7	Manfred	Manfred	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	6	appos	_	start_char=61|end_char=68
8	Stolpe	Stolpe	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	flat:name	_	start_char=69|end_char=75
9	als	als	CCONJ	KOKOM	_	10	cc	_	start_char=76|end_char=79
10	unrealistisch	unrealistisch	ADJ	ADJD	Degree=Pos	11	advmod	_	start_char=80|end_char=93
11	bezeichnet	bezeichnen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=94|end_char=104
12	.	.	PUNCT	$.	_	11	punct	_	start_char=104|end_char=105

# text = Heutige Fahrzeuge seien oft gar nicht in der Lage, mit Biokraftstoffen zu fahren.
1	Heutige	heutig	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Plur	2	amod	_	start_char=0|end_char=7
2	Fahrzeuge	Fahrzeug	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	14	nsubj	_	start_char=8|end_char=17
3	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	14	cop	_	start_char=18|end_char=23
4	oft	oft	ADV	ADV	_	6	advmod	_	start_char=24|end_char=27
5	gar	gar	ADV	ADV	_	6	advmod	_	start_char=28|end_char=31
6	nicht	nicht	PART	PTKNEG	Polarity=Neg	14	advmod	_	start_char=32|end_char=37
7	in	in	ADP	APPR	_	9	case	_	start_char=38|end_char=40
8	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=41|end_char=44
9	Lage	Lage	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	0	root	_	start_char=45|end_char=49
10	,	,	PUNCT	$,	_	14	punct	_	start_char=49|end_char=50
11	mit	mit	ADP	APPR	_	12	case	_	start_char=51|end_char=54
12	Biokraftstoffen	Biokraftstoff	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	14	obl	_	start_char=55|end_char=70
13	zu	zu	PART	PTKZU	_	14	mark	_	start_char=71|end_char=73
14	fahren	fahren	VERB	VVINF	VerbForm=Inf	9	xcomp	_	start_char=74|end_char=80
15	.	.	PUNCT	$.	_	14	punct	_	start_char=80|end_char=81
"""
