"""Rules of `quotes.verbs`: the full lemma of a speech verb, and forms that report nothing."""
from __future__ import annotations

from quotes import verbs
from quotes.extract import find_quotes

from .parses import AERZTE, GENAUER, SCHOIGU, SCHROEDER
from .ruletools import parse, sentence, word

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


# news-dev, web-reitschuster.de (a blog)
ERWAEHNUNG = """\
# newpar
# text = Dass es zu verherrlichenden Bekundungen über die Hamas-Terroristen kam, fand derweil keine Erwähnung.
1	Dass	dass	SCONJ	KOUS	_	11	mark	_	start_char=0|end_char=4
2	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	11	expl	_	start_char=5|end_char=7
3	zu	zu	ADP	APPR	_	5	case	_	start_char=8|end_char=10
4	verherrlichenden	verherrlichend	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	5	amod	_	start_char=11|end_char=27
5	Bekundungen	Bekundung	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	11	obl	_	start_char=28|end_char=39
6	über	über	ADP	APPR	_	10	case	_	start_char=40|end_char=44
7	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	start_char=45|end_char=48
8	Hamas	Hamas	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	10	compound	_	start_char=49|end_char=54
9	-	-	PUNCT	$	_	8	punct	_	start_char=54|end_char=55
10	Terroristen	Terrorist	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	11	obl	_	start_char=55|end_char=66
11	kam	kommen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	13	advcl	_	start_char=67|end_char=70
12	,	,	PUNCT	$,	_	11	punct	_	start_char=70|end_char=71
13	fand	finden	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=72|end_char=76
14	derweil	derweil	ADV	PROAV	PronType=Dem	13	advmod	_	start_char=77|end_char=84
15	keine	kein	DET	PIAT	Case=Acc|Gender=Fem|Number=Sing|PronType=Neg	16	det	_	start_char=85|end_char=90
16	Erwähnung	Erwähnung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	13	obj	_	start_char=91|end_char=100
17	.	.	PUNCT	$.	_	13	punct	_	start_char=100|end_char=101
"""


def test_verbs_idiom_finden_with_a_noun_object():
    """"Dass es zu … Bekundungen … kam, fand derweil keine Erwähnung": "finden" with a
    noun object finds something; it is not "finden, dass …" (an opinion), and the noun is
    no speaker."""
    sent = sentence(ERWAEHNUNG)
    assert verbs.idiom(sent, word(sent, "fand"), "finden")


BANCA = """\
# newpar
# text = Wie die Banca d'Italia in Rom bekannt gab, soll Fazio seine Entscheidung allein und für das Wohl des Landes getroffen haben.
1	Wie	wie	SCONJ	PWAV	_	8	mark	_	start_char=0|end_char=3
2	die	der	DET	ART	Case=Nom|Definite=Def|Number=Sing|PronType=Art	3	det	_	start_char=4|end_char=7
3	Banca	Banca	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	nsubj	_	start_char=8|end_char=13
4	d'Italia	d'Italia	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	flat	_	start_char=14|end_char=22
5	in	in	ADP	APPR	_	6	case	_	start_char=23|end_char=25
6	Rom	Rom	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	8	obl	_	start_char=26|end_char=29
7	bekannt	bekannt	ADJ	ADJD	Degree=Pos	8	xcomp	_	start_char=30|end_char=37
8	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	21	advcl	_	start_char=38|end_char=41
9	,	,	PUNCT	$,	_	8	punct	_	start_char=41|end_char=42
10	soll	sollen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	21	aux	_	start_char=43|end_char=47
11	Fazio	Fazio	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	21	nsubj	_	start_char=48|end_char=53
12	seine	sein	DET	PPOSAT	Case=Acc|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	13	det:poss	_	start_char=54|end_char=59
13	Entscheidung	Entscheidung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	21	obj	_	start_char=60|end_char=72
14	allein	allein	ADV	ADJD	_	21	advmod	_	start_char=73|end_char=79
15	und	und	CCONJ	KON	_	18	cc	_	start_char=80|end_char=83
16	für	für	ADP	APPR	_	18	case	_	start_char=84|end_char=87
17	das	der	DET	ART	Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	18	det	_	start_char=88|end_char=91
18	Wohl	wohl	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	21	obl	_	start_char=92|end_char=96
19	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	20	det	_	start_char=97|end_char=100
20	Landes	Land	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	18	nmod	_	start_char=101|end_char=107
21	getroffen	treffen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=108|end_char=117
22	haben	haben	AUX	VAINF	VerbForm=Inf	21	aux	_	start_char=118|end_char=123
23	.	.	PUNCT	$.	_	21	punct	_	start_char=123|end_char=124
"""


def test_particle_written_apart_before_a_finite_verb_at_the_end_of_a_clause():
    """verbs.verb_lemma: "Wie die Banca d'Italia in Rom bekannt gab, …": "bekannt" before
    the finite verb that closes the wie-clause makes "bekanntgeben" (the parser calls it
    an xcomp, not a particle), so the cue reports the main clause."""
    sent = parse(BANCA).sentences[0]
    assert verbs.verb_lemma(sent, word(sent, "gab")) == "bekanntgeben"
    [q] = find_quotes("t", parse(BANCA))
    assert (q.kind, q.cue) == ("indirect", "bekanntgeben")
    assert q.text == "soll Fazio seine Entscheidung allein und für das Wohl des Landes getroffen haben"


HUBER = """\
# newpar
# text = Jetzt gab der Leiter des Salzburger Kriminaldienststelle, Andreas Huber, bekannt, dass sich bereits während der Suchaktion das Handy Fellners ins italienische Mobilfunknetz eingeloggt hatte.
1	Jetzt	jetzt	ADV	ADV	_	2	advmod	_	start_char=0|end_char=5
2	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=6|end_char=9
3	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	4	det	_	start_char=10|end_char=13
4	Leiter	Leiter	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=14|end_char=20
5	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	7	det	_	start_char=21|end_char=24
6	Salzburger	Salzburger	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	7	amod	_	start_char=25|end_char=35
7	Kriminaldienststelle	Kriminaldienststelle	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	4	nmod	_	start_char=36|end_char=56
8	,	,	PUNCT	$,	_	9	punct	_	start_char=56|end_char=57
9	Andreas	Andreas	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	appos	_	start_char=58|end_char=65
10	Huber	Huber	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	flat:name	_	start_char=66|end_char=71
11	,	,	PUNCT	$,	_	12	punct	_	start_char=71|end_char=72
12	bekannt	bekannt	ADJ	ADJD	Degree=Pos	7	appos	_	start_char=73|end_char=80
13	,	,	PUNCT	$,	_	26	punct	_	start_char=80|end_char=81
14	dass	dass	SCONJ	KOUS	_	26	mark	_	start_char=82|end_char=86
15	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	26	obj	_	start_char=87|end_char=91
16	bereits	bereits	ADV	ADV	_	26	advmod	_	start_char=92|end_char=99
17	während	während	ADP	APPR	_	19	case	_	start_char=100|end_char=107
18	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	19	det	_	start_char=108|end_char=111
19	Suchaktion	Suchaktion	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	26	obl	_	start_char=112|end_char=122
20	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	21	det	_	start_char=123|end_char=126
21	Handy	Handy	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	26	obj	_	start_char=127|end_char=132
22	Fellners	Fellner	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	21	appos	_	start_char=133|end_char=141
23	ins	in	ADP	APPR	_	25	case	_	start_char=142|end_char=145
24	italienische	italienisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Sing	25	amod	_	start_char=146|end_char=158
25	Mobilfunknetz	Mobilfunknetz	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	26	obl	_	start_char=159|end_char=172
26	eingeloggt	eingeloggen	VERB	VVPP	VerbForm=Part	12	ccomp	_	start_char=173|end_char=183
27	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	26	aux	_	start_char=184|end_char=189
28	.	.	PUNCT	$.	_	2	punct	_	start_char=189|end_char=190
"""


def test_particle_after_an_apposition_of_the_subject():
    """verbs.clause_end_particle, cues.verb_cue: "Jetzt gab der Leiter des Salzburger
    Kriminaldienststelle, Andreas Huber, bekannt, dass …": the particle stands after the
    apposition; the parser hung it, and the dass-clause, on the subject's phrase. The cue
    is "bekanntgeben", the speaker the Leiter without what follows, the content the
    dass-clause."""
    parsed = parse(HUBER)
    sent = parsed.sentences[0]
    assert verbs.verb_lemma(sent, word(sent, "gab")) == "bekanntgeben"
    [q] = find_quotes("t", parsed)
    assert q.cue == "bekanntgeben" and q.speaker == "Andreas Huber"
    assert q.text.startswith("sich bereits während der Suchaktion") and q.text.endswith("eingeloggt hatte")
    assert parsed.text[q.speaker_start:q.speaker_end] == "der Leiter des Salzburger Kriminaldienststelle, Andreas Huber"
