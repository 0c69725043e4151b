"""Rules of `quotes.verbs`: the full lemma of a speech verb, and forms that report nothing."""
from __future__ import annotations

from quotes import verbs

from .ruletools import sentence, word

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
# Wikinews train, 18592 - Beziehung zwischen Indonesien und Timor-Leste stabilisieren sich (2005-12-29)
WIRAJUDA = """\
# newpar
# text = Ein weiteres Konsulat in der balinesischen Hauptstadt Denpasar soll folgen, gab der indonesische Außenminister Hassan Wirajuda bekannt.
1	Ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	3	det	_	start_char=0|end_char=3
2	weiteres	weit	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	3	amod	_	start_char=4|end_char=12
3	Konsulat	Konsulat	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	10	nsubj	_	start_char=13|end_char=21
4	in	in	ADP	APPR	_	7	case	_	start_char=22|end_char=24
5	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	7	det	_	start_char=25|end_char=28
6	balinesischen	balinesisch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	7	amod	_	start_char=29|end_char=42
7	Hauptstadt	Hauptstadt	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	3	nmod	_	start_char=43|end_char=53
8	Denpasar	Denpasar	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	appos	_	start_char=54|end_char=62
9	soll	sollen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	aux	_	start_char=63|end_char=67
10	folgen	folgen	VERB	VVINF	VerbForm=Inf	12	advcl	_	start_char=68|end_char=74
11	,	,	PUNCT	$,	_	10	punct	_	start_char=74|end_char=75
12	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=76|end_char=79
13	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	15	det	_	start_char=80|end_char=83
14	indonesische	indonesisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	15	amod	_	start_char=84|end_char=96
15	Außenminister	Außenminister	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	12	nsubj	_	start_char=97|end_char=110
16	Hassan	Hassan	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	15	appos	_	start_char=111|end_char=117
17	Wirajuda	Wirajuda	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	16	flat	_	start_char=118|end_char=126
18	bekannt	bekannt	ADJ	ADJD	Degree=Pos	12	xcomp	_	start_char=127|end_char=134
19	.	.	PUNCT	$.	_	12	punct	_	start_char=134|end_char=135
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
# Wikinews train, 14002 - Rumänien: Verdacht auf Vogelgrippe bestätigt (2005-10-16)
BESTAETIGT = """\
# newpar
# text = Damit bestätigt sich die Befürchtung, dass sich das Vogelgrippevirus durch Zugvögel von Asien langsam nach Europa ausbreitet.
1	Damit	damit	ADV	PROAV	PronType=Dem	2	advmod	_	start_char=0|end_char=5
2	bestätigt	bestätigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=6|end_char=15
3	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	2	obj	_	start_char=16|end_char=20
4	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	5	det	_	start_char=21|end_char=24
5	Befürchtung	Befürchtung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	2	obj	_	start_char=25|end_char=36
6	,	,	PUNCT	$,	_	18	punct	_	start_char=36|end_char=37
7	dass	dass	SCONJ	KOUS	_	18	mark	_	start_char=38|end_char=42
8	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	18	obj	_	start_char=43|end_char=47
9	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	10	det	_	start_char=48|end_char=51
10	Vogelgrippevirus	Vogelgrippeviru	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	18	nsubj	_	start_char=52|end_char=68
11	durch	durch	ADP	APPR	_	12	case	_	start_char=69|end_char=74
12	Zugvögel	Zugvogel	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	18	obl	_	start_char=75|end_char=83
13	von	von	ADP	APPR	_	14	case	_	start_char=84|end_char=87
14	Asien	Asien	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	12	nmod	_	start_char=88|end_char=93
15	langsam	langsam	ADV	ADJD	_	18	advmod	_	start_char=94|end_char=101
16	nach	nach	ADP	APPR	_	17	case	_	start_char=102|end_char=106
17	Europa	Europa	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	18	obl	_	start_char=107|end_char=113
18	ausbreitet	ausbreiten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	acl:relcl	_	start_char=114|end_char=124
19	.	.	PUNCT	$.	_	2	punct	_	start_char=124|end_char=125
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


def test_verbs_verb_lemma_joins_separated_particle():
    """verbs.verb_lemma: "teilte gestern mit" -> mitteilen."""
    sent = sentence(AERZTE)
    assert verbs.verb_lemma(sent, word(sent, "teilte")) == "mitteilen"


def test_verbs_verb_lemma_particle_at_clause_end():
    """verbs.verb_lemma: "gab der … Außenminister Hassan Wirajuda bekannt" -> bekanntgeben."""
    sent = sentence(WIRAJUDA)
    assert verbs.verb_lemma(sent, word(sent, "gab")) == "bekanntgeben"


def test_verbs_verb_lemma_plain_verb_unchanged():
    """verbs.verb_lemma: "Schröder sagte, …" -> sagen."""
    sent = sentence(SCHROEDER)
    assert verbs.verb_lemma(sent, word(sent, "sagte")) == "sagen"


def test_verbs_clause_end_particle_before_comma():
    """verbs.clause_end_particle: "teilte gestern mit," -> "mit"; "sagte," has none."""
    sent = sentence(AERZTE)
    assert verbs.clause_end_particle(sent, word(sent, "teilte")).text == "mit"
    sent = sentence(SCHROEDER)
    assert verbs.clause_end_particle(sent, word(sent, "sagte")) is None


def test_verbs_is_cue_verb_speech_not_other():
    """verbs.is_cue_verb: "teilte … mit" is a speech verb, "ermittelt" is not."""
    sent = sentence(AERZTE)
    assert verbs.is_cue_verb(sent, word(sent, "teilte"))
    sent = sentence(GENAUER)
    assert not verbs.is_cue_verb(sent, word(sent, "ermittelt"))


def test_verbs_idiom_genauer_gesagt():
    """verbs.idiom: "genauer gesagt" is a set phrase, nobody says anything."""
    sent = sentence(GENAUER)
    assert verbs.idiom(sent, word(sent, "gesagt"), "sagen")


def test_verbs_idiom_reflexive_bestaetigt_sich():
    """verbs.idiom: "Damit bestätigt sich die Befürchtung" (reflexive) reports nothing."""
    sent = sentence(BESTAETIGT)
    assert verbs.idiom(sent, word(sent, "bestätigt"), "bestätigen")


def test_verbs_idiom_not_for_plain_sagte():
    """verbs.idiom: "…, sagte Russlands Verteidigungsminister" is a real speech act."""
    sent = sentence(SCHOIGU)
    assert not verbs.idiom(sent, word(sent, "sagte"), "sagen")
