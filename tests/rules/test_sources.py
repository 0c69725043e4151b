"""Rules of `quotes.sources`: who a speech verb points to, and the medium it was said to."""
from __future__ import annotations

from quotes import sources
from quotes.cues import find_cues
from quotes.extract import find_quotes

from .parses import (
    HIESS_ES,
    IM_BEITRAG,
    JELPKE,
    SCHOIGU,
    SCHROEDER,
    STOIBER,
    TASS,
    TELEGRAM,
)
from .ruletools import parse, sentence, word, words

# Wikinews train, 57933 - Massendemonstrationen gegen Wahlbetrug im Iran (2009-06-16)
RTVE = """\
# newpar
# text = „Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.
1	„	„	PUNCT	$(	_	5	punct	_	start_char=0|end_char=1
2	Wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	5	nsubj	_	start_char=1|end_char=4
3	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	5	cop	_	start_char=5|end_char=9
4	unwillkommene	unwillkommen	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Plur	5	amod	_	start_char=10|end_char=23
5	Zeugen	Zeug	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	8	ccomp	_	start_char=24|end_char=30
6	“	“	PUNCT	$(	_	5	punct	_	start_char=30|end_char=31
7	,	,	PUNCT	$,	_	5	punct	_	start_char=31|end_char=32
8	zitierte	zitieren	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=33|end_char=41
9	man	man	PRON	PIS	Case=Nom|Number=Sing|PronType=Ind	8	nsubj	_	start_char=42|end_char=45
10	Yolanda	Yolanda	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	obj	_	start_char=46|end_char=53
11	Alvarez	Alvarez	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	10	flat	_	start_char=54|end_char=61
12	von	von	ADP	APPR	_	14	case	_	start_char=62|end_char=65
13	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	14	det	_	start_char=62|end_char=65
14	Sender	Sender	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	8	obl	_	start_char=66|end_char=72
15	RTVE	RTVE	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	appos	_	start_char=73|end_char=77
16	.	.	PUNCT	$.	_	8	punct	_	start_char=77|end_char=78
"""
# Wikinews train, 27237 - Braunbär in Deutschland: Freigabe zum Abschuss (2006-05-22)
WWF = """\
# newpar
# text = In der Pressemitteilung des WWF heißt es weiter, dass ein konfliktfreies Nebeneinander von Mensch und Bär bei diesem Tier sehr unwahrscheinlich sei.
1	In	in	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=3|end_char=6
3	Pressemitteilung	Pressemitteilung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	6	obl	_	start_char=7|end_char=23
4	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	start_char=24|end_char=27
5	WWF	WWF	PROPN	NE	Case=Gen|Gender=Masc|Number=Sing	3	nmod	_	start_char=28|end_char=31
6	heißt	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=32|end_char=37
7	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	6	expl	_	start_char=38|end_char=40
8	weiter	weiter	ADV	ADV	_	6	advmod	_	start_char=41|end_char=47
9	,	,	PUNCT	$,	_	22	punct	_	start_char=47|end_char=48
10	dass	dass	SCONJ	KOUS	_	22	mark	_	start_char=49|end_char=53
11	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	13	det	_	start_char=54|end_char=57
12	konfliktfreies	konfliktfrei	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	13	amod	_	start_char=58|end_char=72
13	Nebeneinander	Nebeneinander	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	22	nsubj	_	start_char=73|end_char=86
14	von	von	ADP	APPR	_	15	case	_	start_char=87|end_char=90
15	Mensch	Mensch	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	13	nmod	_	start_char=91|end_char=97
16	und	und	CCONJ	KON	_	17	cc	_	start_char=98|end_char=101
17	Bär	Bär	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	15	conj	_	start_char=102|end_char=105
18	bei	bei	ADP	APPR	_	20	case	_	start_char=106|end_char=109
19	diesem	dieser	DET	PDAT	Case=Dat|Gender=Neut|Number=Sing|PronType=Dem	20	det	_	start_char=110|end_char=116
20	Tier	Tier	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	22	obl	_	start_char=117|end_char=121
21	sehr	sehr	ADV	ADV	_	22	advmod	_	start_char=122|end_char=126
22	unwahrscheinlich	unwahrscheinlich	ADJ	ADJD	Degree=Pos	6	advcl	_	start_char=127|end_char=143
23	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	22	cop	_	start_char=144|end_char=147
24	.	.	PUNCT	$.	_	6	punct	_	start_char=147|end_char=148
"""
# Wikinews train, 57933 - Massendemonstrationen gegen Wahlbetrug im Iran (2009-06-16)
SKANDIERTEN = """\
# newpar
# text = Später versammelten sich jedoch zehntausende und am Nachmittag hunderttausende von Demonstranten, die unter anderem skandierten: „Mussawi, hole unsere Stimmen zurück!“
1	Später	spät	ADV	ADV	_	2	advmod	_	start_char=0|end_char=6
2	versammelten	versammeln	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=7|end_char=19
3	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	2	obj	_	start_char=20|end_char=24
4	jedoch	jedoch	ADV	ADV	_	2	advmod	_	start_char=25|end_char=31
5	zehntausende	zehntausend	ADJ	ADJD	Degree=Pos	2	advmod	_	start_char=32|end_char=44
6	und	und	CCONJ	KON	_	9	cc	_	start_char=45|end_char=48
7	an	an	ADP	APPR	_	9	case	_	start_char=49|end_char=51
8	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	9	det	_	start_char=49|end_char=51
9	Nachmittag	Nachmittag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	2	obl	_	start_char=52|end_char=62
10	hunderttausende	hunderttausend	ADJ	ADJD	_	2	advmod	_	start_char=63|end_char=78
11	von	von	ADP	APPR	_	12	case	_	start_char=79|end_char=82
12	Demonstranten	Demonstrant	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	9	nmod	_	start_char=83|end_char=96
13	,	,	PUNCT	$,	_	17	punct	_	start_char=96|end_char=97
14	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	17	nsubj	_	start_char=98|end_char=101
15	unter	unter	ADP	APPR	_	16	case	_	start_char=102|end_char=107
16	anderem	ander	DET	PIS	Case=Dat|Gender=Neut|Number=Sing|PronType=Tot	17	obl	_	start_char=108|end_char=115
17	skandierten	skandieren	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	12	acl:relcl	_	start_char=116|end_char=127
18	:	:	PUNCT	$.	_	22	punct	_	start_char=127|end_char=128
19	„	„	PUNCT	$(	_	17	punct	_	start_char=129|end_char=130
20	Mussawi	Mussawi	PROPN	NE	Case=Nom|Number=Sing	22	nsubj	_	start_char=130|end_char=137
21	,	,	PUNCT	$,	_	22	punct	_	start_char=137|end_char=138
22	hole	holen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	2	conj	_	start_char=139|end_char=143
23	unsere	unser	DET	PPOSAT	Case=Nom|Gender=Fem|Number=Plur|Number[psor]=Sing|Person=1|Poss=Yes|PronType=Prs	24	det:poss	_	start_char=144|end_char=150
24	Stimmen	Stimme	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	22	obj	_	start_char=151|end_char=158
25	zurück	zurück	ADV	PTKVZ	_	22	compound:prt	_	start_char=159|end_char=165
26	!	!	PUNCT	$.	_	2	punct	_	start_char=165|end_char=166
27	“	“	PUNCT	$(	_	2	punct	_	start_char=166|end_char=167
"""


def test_sources_verb_source_subject_after_inverted_verb():
    """sources.verb_source: "<clause>, sagte Russlands Verteidigungsminister Sergej Schoigu" -- the title with the name speaks."""
    sent = sentence(SCHOIGU)
    src = sources.verb_source(sent, word(sent, "sagte"), "sagen")
    assert words(sent, src.mention) == "Russlands Verteidigungsminister Sergej Schoigu"
    assert not src.passive and src.outlet == []


def test_sources_subject_after_picks_the_title_not_the_genitive():
    """sources.subject_after: "sagte Russlands Verteidigungsminister …" -> the title noun, not "Russlands"."""
    sent = sentence(SCHOIGU)
    assert sources.subject_after(sent, word(sent, "sagte")).text == "Verteidigungsminister"


def test_sources_inverted_demonstrative_object_first():
    """sources.inverted: "Dies bestätigte Stoiber" -- the parser's subject "Dies" is the object; "Schröder sagte, …" is not inverted."""
    sent = parse(STOIBER).sentences[1]
    v = word(sent, "bestätigte")
    assert sources.inverted(sent, v, sent.dependents(v.i, "nsubj"))
    sent = sentence(SCHROEDER)
    v = word(sent, "sagte")
    assert not sources.inverted(sent, v, sent.dependents(v.i, "nsubj"))


def test_sources_verb_source_dies_bestaetigte_stoiber():
    """sources.verb_source: "Dies bestätigte Stoiber heute selbst in München" -- Stoiber confirmed, not "Dies"."""
    sent = parse(STOIBER).sentences[1]
    assert words(sent, sources.verb_source(sent, word(sent, "bestätigte"), "bestätigen").mention) == "Stoiber"


def test_sources_subject_mention_before_verb():
    """sources.subject_mention: "Schröder sagte, …" -- Schröder speaks."""
    sent = sentence(SCHROEDER)
    v = word(sent, "sagte")
    assert words(sent, sources.subject_mention(sent, v, "sagen", sent.dependents(v.i, "nsubj"), [], False)) == "Schröder"


def test_sources_quoted_one_passive_zitiert():
    """sources.quoted_one: "wurde er von der russischen Staatsagentur Tass zitiert" -- he speaks, Tass carries it."""
    sent = parse(TASS).sentences[1]
    src = sources.verb_source(sent, word(sent, "zitiert"), "zitieren")
    assert words(sent, src.mention) == "er"
    assert src.passive
    assert "Tass" in words(sent, src.outlet).split()


def test_sources_quoted_one_active_zitierte():
    """sources.quoted_one: "zitierte man Yolanda Alvarez vom Sender RTVE": the one quoted
    is the speaker, not "man"; her affiliation is part of the mention (trees.mention)."""
    sent = sentence(RTVE)
    src = sources.verb_source(sent, word(sent, "zitierte"), "zitieren")
    assert words(sent, src.mention) == "Yolanda Alvarez von dem Sender RTVE"


def test_sources_with_outlet_medium_hung_on_subject():
    """sources.with_outlet: "teilte das Verteidigungsministerium im Onlinedienst Telegram mit" -- the ministry speaks, Telegram carries."""
    sent = parse(TELEGRAM).sentences[1]
    src = sources.verb_source(sent, word(sent, "teilte"), "mitteilen")
    assert words(sent, src.mention) == "das belarussische Verteidigungsministerium"
    assert "Telegram" in words(sent, src.outlet).split()


def test_sources_with_outlet_gegenueber():
    """sources.with_outlet: "sagte Jelpke gegenüber Spiegel Online" -- Jelpke speaks, to Spiegel Online."""
    sent = sentence(JELPKE)
    src = sources.verb_source(sent, word(sent, "sagte"), "sagen")
    assert words(sent, src.mention) == "Jelpke"
    assert words(sent, src.outlet).endswith("Spiegel Online")


def test_sources_verb_source_hiess_es_is_nobody():
    """sources.verb_source: "…, hieß es." -- the expletive "es" names no speaker."""
    sent = sentence(HIESS_ES)
    assert sources.verb_source(sent, word(sent, "hieß"), "heißen").mention == []


def test_sources_verb_source_heisst_es_in_document_of():
    """sources.verb_source: "In der Pressemitteilung des WWF heißt es" -- the WWF, the owner
    of the document, is named; the mention is the document."""
    sent = sentence(WWF)
    src = sources.verb_source(sent, word(sent, "heißt"), "heißen")
    assert (words(sent, src.mention), words(sent, src.name)) == ("In der Pressemitteilung des WWF", "des WWF")


def test_sources_subject_mention_relative_pronoun_is_its_noun():
    """sources.subject_mention: "Demonstranten, die … skandierten" -- the demonstrators chant, not "die"."""
    sent = sentence(SKANDIERTEN)
    src = sources.verb_source(sent, word(sent, "skandierten"), "skandieren")
    assert "Demonstranten" in words(sent, src.mention).split()
    assert "die" not in words(sent, src.mention).split()


def test_sources_is_document_pressemitteilung():
    """sources.is_document: "Pressemitteilung" is a document that speaks, "Tier" is not."""
    sent = sentence(WWF)
    assert sources.is_document(word(sent, "Pressemitteilung"))
    assert not sources.is_document(word(sent, "Tier"))


def test_sources_has_name_title_with_name():
    """sources.has_name: "Russlands Verteidigungsminister Sergej Schoigu" names someone; "Hohlräume" does not."""
    sent = sentence(SCHOIGU)
    assert sources.has_name(sent, word(sent, "Verteidigungsminister"))
    sent = sentence(HIESS_ES)
    assert not sources.has_name(sent, word(sent, "Hohlräume"))


# news-dev, web-reitschuster.de-Hass-Demo (a blog; two sentences of it)
KEHRTWENDE = """\
# newpar
# text = Ebenfalls bezeichnend: Auch die Polizei zeigte sich zunächst handzahm und hatte noch am Samstagvormittag auf Anfrage der „Deutschen Presseagentur“ mitgeteilt, ihr seien bei der Veranstaltung in Essen keine Straftaten bekannt geworden.
1	Ebenfalls	ebenfalls	ADV	ADV	_	2	advmod	_	start_char=0|end_char=9
2	bezeichnend	bezeichnend	ADJ	ADJD	Degree=Pos	0	root	_	start_char=10|end_char=21
3	:	:	PUNCT	$.	_	2	punct	_	start_char=21|end_char=22
4	Auch	auch	ADV	ADV	_	7	advmod	_	start_char=23|end_char=27
5	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=28|end_char=31
6	Polizei	Polizei	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	7	nsubj	_	start_char=32|end_char=39
7	zeigte	zeigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	2	parataxis	_	start_char=40|end_char=46
8	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	7	obj	_	start_char=47|end_char=51
9	zunächst	zunächst	ADV	ADV	_	7	advmod	_	start_char=52|end_char=60
10	handzahm	handzahm	ADJ	ADJD	Degree=Pos	7	xcomp	_	start_char=61|end_char=69
11	und	und	CCONJ	KON	_	7	cc	_	start_char=70|end_char=73
12	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	23	aux	_	start_char=74|end_char=79
13	noch	noch	ADV	ADV	_	23	advmod	_	start_char=80|end_char=84
14	am	an	ADP	APPR	_	15	case	_	start_char=85|end_char=87
15	Samstagvormittag	Samstagvormittag	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	23	obl	_	start_char=88|end_char=104
16	auf	auf	ADP	APPR	_	17	case	_	start_char=105|end_char=108
17	Anfrage	Anfrage	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	23	obl	_	start_char=109|end_char=116
18	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	21	det	_	start_char=117|end_char=120
19	„	„	PUNCT	$(	_	21	punct	_	start_char=121|end_char=122
20	Deutschen	deutsch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	21	amod	_	start_char=122|end_char=131
21	Presseagentur	Presseagentur	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	17	nmod	_	start_char=132|end_char=145
22	“	“	PUNCT	$(	_	21	punct	_	start_char=145|end_char=146
23	mitgeteilt	mitteilen	VERB	VVPP	VerbForm=Part	2	parataxis	_	start_char=147|end_char=157
24	,	,	PUNCT	$,	_	35	punct	_	start_char=157|end_char=158
25	ihr	sie	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	35	nsubj	_	start_char=159|end_char=162
26	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	35	aux	_	start_char=163|end_char=168
27	bei	bei	ADP	APPR	_	29	case	_	start_char=169|end_char=172
28	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	29	det	_	start_char=173|end_char=176
29	Veranstaltung	Veranstaltung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	35	obl	_	start_char=177|end_char=190
30	in	in	ADP	APPR	_	31	case	_	start_char=191|end_char=193
31	Essen	Essen	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	35	obl	_	start_char=194|end_char=199
32	keine	kein	DET	PIAT	Case=Acc|Gender=Fem|Number=Plur|PronType=Neg	33	det	_	start_char=200|end_char=205
33	Straftaten	Straftat	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	35	nsubj	_	start_char=206|end_char=216
34	bekannt	bekannt	ADJ	ADJD	Degree=Pos	35	xcomp	_	start_char=217|end_char=224
35	geworden	werden	VERB	VAPP	VerbForm=Part	23	conj	_	start_char=225|end_char=233
36	.	.	PUNCT	$.	_	2	punct	_	start_char=233|end_char=234

# text = Nur wenige Stunden später die Kehrtwende: „Wir werden das alles im Nachhinein akribisch durchleuchten“, hieß es plötzlich.
1	Nur	nur	ADV	ADV	_	3	advmod	_	start_char=0|end_char=3
2	wenige	wenig	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	3	det	_	start_char=4|end_char=10
3	Stunden	Stunde	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	19	obl	_	start_char=11|end_char=18
4	später	spät	ADV	ADJD	_	19	advmod	_	start_char=19|end_char=25
5	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=26|end_char=29
6	Kehrtwende	Kehrtwende	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	19	nsubj	_	start_char=30|end_char=40
7	:	:	PUNCT	$.	_	19	punct	_	start_char=40|end_char=41
8	„	„	PUNCT	$(	_	16	punct	_	start_char=42|end_char=43
9	Wir	wir	PRON	PPER	Case=Nom|Number=Plur|Person=1|PronType=Prs	16	nsubj	_	start_char=43|end_char=46
10	werden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	16	aux	_	start_char=47|end_char=53
11	das	der	PRON	PRELS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem,Rel	16	obj	_	start_char=54|end_char=57
12	alles	alle	DET	PIS	Case=Acc|Gender=Neut|Number=Sing|PronType=Tot	16	obj	_	start_char=58|end_char=63
13	im	in	ADP	APPR	_	14	case	_	start_char=64|end_char=66
14	Nachhinein	Nachhinein	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	16	obl	_	start_char=67|end_char=77
15	akribisch	akribisch	ADJ	ADJD	Degree=Pos	16	advmod	_	start_char=78|end_char=87
16	durchleuchten	durchleuchten	VERB	VVINF	VerbForm=Inf	6	acl:relcl	_	start_char=88|end_char=101
17	“	“	PUNCT	$(	_	16	punct	_	start_char=101|end_char=102
18	,	,	PUNCT	$,	_	3	punct	_	start_char=102|end_char=103
19	hieß	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=104|end_char=108
20	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	19	nsubj	_	start_char=109|end_char=111
21	plötzlich	plötzlich	ADJ	ADJD	Degree=Pos	19	advmod	_	start_char=112|end_char=121
22	.	.	PUNCT	$.	_	19	punct	_	start_char=121|end_char=122
"""


def test_sources_coordinated_verb_and_impersonal_heissen():
    """"Auch die Polizei zeigte sich … und hatte … mitgeteilt, ihr seien … keine Straftaten
    bekannt geworden": "mitgeteilt" shares the police as subject however the parser hung
    it, and what "became known" speaks for no one; then "die Kehrtwende: „…“, hieß es":
    "es" is impersonal even beside a second subject, so the police still speak."""
    quotes = find_quotes("t", parse(KEHRTWENDE))
    assert [(q.speaker, q.cue) for q in quotes] == [("Polizei", "mitteilen"), ("Polizei", "heißen")]


# news-dev, gnad-0844 (10kGNAD, derStandard.at; the double spaces are the corpus')
TARANOW = """\
# newpar
# text = Die USA seien inzwischen zu entsprechenden  Lieferungen bereit, versicherte am Freitag der Vizechef der  Präsidialverwaltung Andej Taranow.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	2	det	_	start_char=0|end_char=3
2	USA	USA	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	nsubj	_	start_char=4|end_char=7
3	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	8	cop	_	start_char=8|end_char=13
4	inzwischen	inzwischen	ADV	ADV	_	8	advmod	_	start_char=14|end_char=24
5	zu	zu	ADP	APPR	_	7	case	_	start_char=25|end_char=27
6	entsprechenden	entsprechend	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	7	amod	_	start_char=28|end_char=42
7	Lieferungen	Lieferung	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	8	nmod	_	start_char=44|end_char=55
8	bereit	bereit	ADJ	ADJD	Degree=Pos	0	root	_	start_char=56|end_char=62
9	,	,	PUNCT	$,	_	8	punct	_	start_char=62|end_char=63
10	versicherte	versichern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	8	conj	_	start_char=64|end_char=75
11	an	an	ADP	APPR	_	13	case	_	start_char=76|end_char=78
12	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	13	det	_	start_char=76|end_char=78
13	Freitag	Freitag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	10	obl	_	start_char=79|end_char=86
14	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	15	det	_	start_char=87|end_char=90
15	Vizechef	Vizechef	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	13	nmod	_	start_char=91|end_char=99
16	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	17	det	_	start_char=100|end_char=103
17	Präsidialverwaltung	Präsidialverwaltung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	15	nmod	_	start_char=105|end_char=124
18	Andej	Andej	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	17	appos	_	start_char=125|end_char=130
19	Taranow	Taranow	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	18	flat	_	start_char=131|end_char=138
20	.	.	PUNCT	$.	_	8	punct	_	start_char=138|end_char=139
"""


def test_sources_subject_after_the_verb_hung_on_an_adverbial():
    """"…, versicherte am Freitag der Vizechef der Präsidialverwaltung Andej Taranow": the
    parser hangs the subject on "Freitag" and makes the verb a conjunct of the clause, so
    the clause's subject "Die USA" looked like the speaker."""
    quotes = find_quotes("t", parse(TARANOW))
    assert [(q.speaker, q.cue) for q in quotes] == [("Andej Taranow", "versichern")]


def test_sources_heissen_names_the_document_not_a_phrase_in_it():
    """"…, hieß es … im Beitrag zur Demonstration in Berlin": the source is the report, whose
    genitive owner would name it; "zur Demonstration" is no owner."""
    sent = parse(IM_BEITRAG).sentences[0]
    cue = next(c for c in find_cues(sent) if c.lemma == "heißen")
    assert words(sent, cue.source).startswith("im Beitrag")


# news-dev, web-pinkstinks.de (a column)
LANDAUF = """\
# newpar
# text = Landauf, landab wird, übrigens gerne auch von Frauen, maliziös lächelnd behauptet, das Patriarchat gäbe es gar nicht.
1	Landauf	Landauf	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	nsubj	_	start_char=0|end_char=7
2	,	,	PUNCT	$,	_	3	punct	_	start_char=7|end_char=8
3	landab	landab	ADJ	ADJD	_	1	acl:relcl	_	start_char=9|end_char=15
4	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	14	aux:pass	_	start_char=16|end_char=20
5	,	,	PUNCT	$,	_	14	punct	_	start_char=20|end_char=21
6	übrigens	übrigens	ADV	ADV	_	14	advmod	_	start_char=22|end_char=30
7	gerne	gerne	ADV	ADV	_	14	advmod	_	start_char=31|end_char=36
8	auch	auch	ADV	ADV	_	14	advmod	_	start_char=37|end_char=41
9	von	von	ADP	APPR	_	10	case	_	start_char=42|end_char=45
10	Frauen	Frau	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	14	obl	_	start_char=46|end_char=52
11	,	,	PUNCT	$,	_	14	punct	_	start_char=52|end_char=53
12	maliziös	maliziös	ADV	ADJD	_	13	advmod	_	start_char=54|end_char=62
13	lächelnd	lächelnd	ADJ	ADJD	_	14	advmod	_	start_char=63|end_char=71
14	behauptet	behaupten	VERB	VVPP	VerbForm=Part	0	root	_	start_char=72|end_char=81
15	,	,	PUNCT	$,	_	18	punct	_	start_char=81|end_char=82
16	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	17	det	_	start_char=83|end_char=86
17	Patriarchat	Patriarchat	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	18	nsubj	_	start_char=87|end_char=98
18	gäbe	geben	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	14	conj	_	start_char=99|end_char=103
19	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	18	obj	_	start_char=104|end_char=106
20	gar	gar	ADV	ADV	_	21	advmod	_	start_char=107|end_char=110
21	nicht	nicht	PART	PTKNEG	Polarity=Neg	18	advmod	_	start_char=111|end_char=116
22	.	.	PUNCT	$.	_	14	punct	_	start_char=116|end_char=117
"""


def test_sources_passive_speech_verb_speaker_is_the_agent_not_the_subject():
    """"Landauf, landab wird, übrigens gerne auch von Frauen, …, behauptet, …": the
    subject of a passive speech verb never speaks (here a misparsed adverb); the agent
    after "von" does."""
    quotes = find_quotes("t", parse(LANDAUF))
    assert [(q.speaker, q.cue) for q in quotes] == [("Frauen", "behaupten")]


# Wikinews train, 83346 - Vereinigtes Königreich: Boris Johnson … (2019)
GUARDIAN = """\
# newpar
# text = Der Grund für den Rauswurf dieser Minister, so vermutet die Zeitung The Guardian, dürfte deren Unterstützung für Hunt gewesen sein.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Grund	Grund	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	10	nsubj	_	start_char=4|end_char=9
3	für	für	ADP	APPR	_	5	case	_	start_char=10|end_char=13
4	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	start_char=14|end_char=17
5	Rauswurf	Rauswurf	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	2	nmod	_	start_char=18|end_char=26
6	dieser	dieser	DET	PDAT	Case=Gen|Gender=Masc|Number=Sing|PronType=Dem	7	det	_	start_char=27|end_char=33
7	Minister	Minister	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	5	nmod	_	start_char=34|end_char=42
8	,	,	PUNCT	$,	_	2	punct	_	start_char=42|end_char=43
9	so	so	ADV	ADV	_	10	advmod	_	start_char=44|end_char=46
10	vermutet	vermuten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=47|end_char=55
11	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=56|end_char=59
12	Zeitung	Zeitung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	10	nsubj	_	start_char=60|end_char=67
13	The	the	DET	ART	Case=Nom|Number=Sing|PronType=Art	14	det	_	start_char=68|end_char=71
14	Guardian	Guardian	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	12	nmod	_	start_char=72|end_char=80
15	,	,	PUNCT	$,	_	18	punct	_	start_char=80|end_char=81
16	dürfte	dürfen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	18	aux	_	start_char=82|end_char=88
17	deren	der	DET	PRELAT	Case=Dat|Gender=Fem|Number=Sing|PronType=Dem,Rel	18	det	_	start_char=89|end_char=94
18	Unterstützung	Unterstützung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	10	obj	_	start_char=95|end_char=108
19	für	für	ADP	APPR	_	20	case	_	start_char=109|end_char=112
20	Hunt	Hunt	PROPN	NE	Case=Acc|Gender=Masc|Number=Sing	18	nmod	_	start_char=113|end_char=117
21	gewesen	sein	AUX	VAPP	_	18	cop	_	start_char=118|end_char=125
22	sein	sein	AUX	VAINF	VerbForm=Inf	18	cop	_	start_char=126|end_char=130
23	.	.	PUNCT	$.	_	10	punct	_	start_char=130|end_char=131
"""


def test_sources_so_verb_set_in_takes_the_subject_after_it():
    """"Der Grund für den Rauswurf dieser Minister, so vermutet die Zeitung The Guardian,
    dürfte …": a speech verb set in with "so" has its subject after it, whatever the
    parser made of the noun phrase before."""
    quotes = find_quotes("t", parse(GUARDIAN))
    assert [q.speaker for q in quotes] == ["Guardian"]


# news-dev, web-Tageswoche.ch (a reportage)
KOMMENTIERT = """\
# newpar
# text = «Betroffene Gesichter auf der Redaktion der TagesWoche», kommentiert der Journalist von «Schweiz Aktuell» eine Nahaufnahme von Daniels Gesicht.
1	«	«	PUNCT	$(	_	3	punct	_	start_char=0|end_char=1
2	Betroffene	betroffen	ADJ	ADJA	Case=Nom|Gender=Neut|Number=Plur	3	amod	_	start_char=1|end_char=11
3	Gesichter	Gesicht	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	11	nsubj	_	start_char=12|end_char=21
4	auf	auf	ADP	APPR	_	6	case	_	start_char=22|end_char=25
5	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=26|end_char=29
6	Redaktion	Redaktion	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	3	nmod	_	start_char=30|end_char=39
7	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=40|end_char=43
8	TagesWoche	TagesWoche	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	6	nmod	_	start_char=44|end_char=54
9	»	»	PUNCT	$(	_	8	punct	_	start_char=54|end_char=55
10	,	,	PUNCT	$,	_	3	punct	_	start_char=55|end_char=56
11	kommentiert	kommentieren	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=57|end_char=68
12	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	13	det	_	start_char=69|end_char=72
13	Journalist	Journalist	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	11	nsubj	_	start_char=73|end_char=83
14	von	von	ADP	APPR	_	16	case	_	start_char=84|end_char=87
15	«	«	PUNCT	$(	_	16	punct	_	start_char=88|end_char=89
16	Schweiz	Schweiz	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	13	nmod	_	start_char=89|end_char=96
17	Aktuell	aktuell	ADV	ADV	_	11	advmod	_	start_char=97|end_char=104
18	»	»	PUNCT	$(	_	20	punct	_	start_char=104|end_char=105
19	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	20	det	_	start_char=106|end_char=110
20	Nahaufnahme	Nahaufnahme	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	11	obj	_	start_char=111|end_char=122
21	von	von	ADP	APPR	_	23	case	_	start_char=123|end_char=126
22	Daniels	Daniel	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	23	nmod:poss	_	start_char=127|end_char=134
23	Gesicht	Gesicht	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	20	nmod	_	start_char=135|end_char=142
24	.	.	PUNCT	$.	_	11	punct	_	start_char=142|end_char=143
"""


def test_sources_words_in_marks_before_the_verb_are_not_its_subject():
    """"«Betroffene Gesichter auf der Redaktion der TagesWoche», kommentiert der Journalist
    von «Schweiz Aktuell» …": the parser gave the verb two subjects; the one in marks is
    what was said, the journalist said it."""
    quotes = find_quotes("t", parse(KOMMENTIERT))
    assert [(q.text, q.speaker_mention[:14]) for q in quotes] == [
        ("Betroffene Gesichter auf der Redaktion der TagesWoche", "der Journalist")]


# Wikinews train, 41694 - Demonstration gegen das ASEM-Treffen in Hamburg (2007)
GESTERN = """\
# newpar
# text = Gestern hat eine Sprecherin des Bundesverfassungsgerichts mitgeteilt, dass das Gericht eine Beschwerde gegen eine Entscheidung des Hamburger Oberverwaltungsgerichts zur Demonstrationsroute abgelehnt hat.
1	Gestern	Gestern	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	nsubj	_	start_char=0|end_char=7
2	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	aux	_	start_char=8|end_char=11
3	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	4	det	_	start_char=12|end_char=16
4	Sprecherin	Sprecherin	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	7	obj	_	start_char=17|end_char=27
5	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	6	det	_	start_char=28|end_char=31
6	Bundesverfassungsgerichts	Bundesverfassungsgericht	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	4	nmod	_	start_char=32|end_char=57
7	mitgeteilt	mitteilen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=58|end_char=68
8	,	,	PUNCT	$,	_	23	punct	_	start_char=68|end_char=69
9	dass	dass	SCONJ	KOUS	_	23	mark	_	start_char=70|end_char=74
10	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	11	det	_	start_char=75|end_char=78
11	Gericht	Gericht	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	23	nsubj	_	start_char=79|end_char=86
12	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	13	det	_	start_char=87|end_char=91
13	Beschwerde	Beschwerde	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	23	obj	_	start_char=92|end_char=102
14	gegen	gegen	ADP	APPR	_	16	case	_	start_char=103|end_char=108
15	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	16	det	_	start_char=109|end_char=113
16	Entscheidung	Entscheidung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	23	obl	_	start_char=114|end_char=126
17	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	19	det	_	start_char=127|end_char=130
18	Hamburger	Hamburger	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Sing	19	amod	_	start_char=131|end_char=140
19	Oberverwaltungsgerichts	Oberverwaltungsgericht	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	16	nmod	_	start_char=141|end_char=164
20	zu	zu	ADP	APPR	_	22	case	_	start_char=165|end_char=168
21	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	22	det	_	start_char=165|end_char=168
22	Demonstrationsroute	Demonstrationsroute	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	23	obl	_	start_char=169|end_char=188
23	abgelehnt	ablehnen	VERB	VVPP	VerbForm=Part	7	ccomp	_	start_char=189|end_char=198
24	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	23	aux	_	start_char=199|end_char=202
25	.	.	PUNCT	$.	_	7	punct	_	start_char=202|end_char=203
"""


def test_sources_time_adverb_tagged_as_a_name_is_no_speaker():
    """"Gestern hat eine Sprecherin des Bundesverfassungsgerichts mitgeteilt, dass …": the
    tagger made "Gestern" a name and the subject; the spokeswoman speaks."""
    quotes = find_quotes("t", parse(GESTERN))
    assert [q.speaker for q in quotes] == ["Sprecherin des Bundesverfassungsgerichts"]


# Wikinews train, 68535 - Non liquet – Kachelmann freigesprochen (2011)
BEWEISLAGE = """\
# newpar
# text = Zur Beweislage führt das Gericht aus, dass nicht nur die Nebenklägerin, sondern genauso Kachelmann „in einigen Punkten die Unwahrheit gesagt haben“.
1	Zur	zu	ADP	APPR	_	2	case	_	start_char=0|end_char=3
2	Beweislage	Beweislage	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	3	obl	_	start_char=4|end_char=14
3	führt	führen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=15|end_char=20
4	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	5	det	_	start_char=21|end_char=24
5	Gericht	Gericht	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	3	nsubj	_	start_char=25|end_char=32
6	aus	aus	ADP	PTKVZ	_	3	compound:prt	_	start_char=33|end_char=36
7	,	,	PUNCT	$,	_	12	punct	_	start_char=36|end_char=37
8	dass	dass	SCONJ	KOUS	_	12	mark	_	start_char=38|end_char=42
9	nicht	nicht	PART	PTKNEG	Polarity=Neg	12	advmod	_	start_char=43|end_char=48
10	nur	nur	ADV	ADV	_	12	advmod	_	start_char=49|end_char=52
11	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	12	det	_	start_char=53|end_char=56
12	Nebenklägerin	Nebenklägerin	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	3	nsubj	_	start_char=57|end_char=70
13	,	,	PUNCT	$,	_	16	punct	_	start_char=70|end_char=71
14	sondern	sondern	CCONJ	KON	_	16	cc	_	start_char=72|end_char=79
15	genauso	genauso	ADV	ADV	_	16	advmod	_	start_char=80|end_char=87
16	Kachelmann	Kachelmann	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	12	conj	_	start_char=88|end_char=98
17	„	„	PUNCT	$(	_	20	punct	_	start_char=99|end_char=100
18	in	in	ADP	APPR	_	20	case	_	start_char=100|end_char=102
19	einigen	einige	DET	PIAT	Case=Dat|Gender=Masc|Number=Plur|PronType=Ind	20	det	_	start_char=103|end_char=110
20	Punkten	Punkt	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	23	obl	_	start_char=111|end_char=118
21	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	22	det	_	start_char=119|end_char=122
22	Unwahrheit	Unwahrheit	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	23	obj	_	start_char=123|end_char=133
23	gesagt	sagen	VERB	VVPP	VerbForm=Part	12	acl:relcl	_	start_char=134|end_char=140
24	haben	haben	AUX	VAINF	Person=3|VerbForm=Inf	23	aux	_	start_char=141|end_char=146
25	“	“	PUNCT	$(	_	23	punct	_	start_char=146|end_char=147
26	.	.	PUNCT	$.	_	3	punct	_	start_char=147|end_char=148
"""


def test_sources_the_head_of_a_content_clause_is_not_the_subject():
    """"Zur Beweislage führt das Gericht aus, dass nicht nur die Nebenklägerin, sondern
    genauso Kachelmann „…“": the parser hung the dass-clause's subject on "führt" as a
    second subject with a name in it; the court speaks, the clause is what it said."""
    quotes = find_quotes("t", parse(BEWEISLAGE))
    assert [(q.kind, q.speaker) for q in quotes] == [("mixed", "Gericht")]


CUBANA = """\
# newpar
# text = Außerdem war er einer der Verantwortlichen des Attentats auf ein Flugzeug der Cubana de Aviación im Jahre 1976, das 73 Todesopfer forderte.
1	Außerdem	außerdem	ADV	PROAV	PronType=Dem	2	advmod	_	start_char=0|end_char=8
2	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=9|end_char=12
3	er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	start_char=13|end_char=15
4	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	6	det	_	start_char=16|end_char=21
5	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	6	det	_	start_char=22|end_char=25
6	Verantwortlichen	Verantwortliche	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	2	obl	_	start_char=26|end_char=42
7	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	8	det	_	start_char=43|end_char=46
8	Attentats	Attentat	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	6	nmod	_	start_char=47|end_char=56
9	auf	auf	ADP	APPR	_	11	case	_	start_char=57|end_char=60
10	ein	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	11	det	_	start_char=61|end_char=64
11	Flugzeug	Flugzeug	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	6	nmod	_	start_char=65|end_char=73
12	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	13	det	_	start_char=74|end_char=77
13	Cubana	Cubana	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	11	nmod	_	start_char=78|end_char=84
14	de	de	PROPN	NE	_	13	flat:name	_	start_char=85|end_char=87
15	Aviación	Aviación	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	flat:name	_	start_char=88|end_char=96
16	in	in	ADP	APPR	_	18	case	_	start_char=97|end_char=99
17	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	18	det	_	start_char=97|end_char=99
18	Jahre	Jahr	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	11	nmod	_	start_char=100|end_char=105
19	1976	1976	NUM	CARD	NumType=Card	18	nummod	_	start_char=106|end_char=110
20	,	,	PUNCT	$,	_	24	punct	_	start_char=110|end_char=111
21	das	der	PRON	PRELS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem,Rel	24	nsubj	_	start_char=112|end_char=115
22	73	73	NUM	CARD	NumType=Card	23	nummod	_	start_char=116|end_char=118
23	Todesopfer	Todesopfer	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	24	obj	_	start_char=119|end_char=129
24	forderte	fordern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	18	acl:relcl	_	start_char=130|end_char=138
25	.	.	PUNCT	$.	_	2	punct	_	start_char=138|end_char=139
"""


def test_a_time_in_a_relative_clause_is_no_speaker():
    """sources.subject_mention: "… im Jahre 1976, das 73 Todesopfer forderte": the relative
    pronoun's antecedent is a time, which says nothing (it was later taken for the
    speaker of the quotes after it)."""
    sent = sentence(CUBANA)
    assert sources.verb_source(sent, word(sent, "forderte"), "fordern").mention == []


EU_KREISE = """\
# newpar
# text = Aus EU-Kreisen verlautete, dies sei nur Spekulation, es gebe jedoch bei einigen EU-Partnern Skepsis.
1	Aus	aus	ADP	APPR	_	4	case	_	start_char=0|end_char=3
2	EU	EU	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	4	compound	_	start_char=4|end_char=6
3	-	-	PUNCT	$	_	2	punct	_	start_char=6|end_char=7
4	Kreisen	Kreis	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	5	obl	_	start_char=7|end_char=14
5	verlautete	verlauten	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=15|end_char=25
6	,	,	PUNCT	$,	_	10	punct	_	start_char=25|end_char=26
7	dies	dieser	DET	PDS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem	10	nsubj	_	start_char=27|end_char=31
8	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	cop	_	start_char=32|end_char=35
9	nur	nur	ADV	ADV	_	10	advmod	_	start_char=36|end_char=39
10	Spekulation	Spekulation	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	5	parataxis	_	start_char=40|end_char=51
11	,	,	PUNCT	$,	_	13	punct	_	start_char=51|end_char=52
12	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	13	nsubj	_	start_char=53|end_char=55
13	gebe	geben	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	conj	_	start_char=56|end_char=60
14	jedoch	jedoch	ADV	ADV	_	13	advmod	_	start_char=61|end_char=67
15	bei	bei	ADP	APPR	_	19	case	_	start_char=68|end_char=71
16	einigen	einige	DET	PIAT	Case=Dat|Gender=Masc|Number=Plur|PronType=Ind	19	det	_	start_char=72|end_char=79
17	EU	EU	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	19	compound	_	start_char=80|end_char=82
18	-	-	PUNCT	$	_	17	punct	_	start_char=82|end_char=83
19	Partnern	Partner	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	13	obl	_	start_char=83|end_char=91
20	Skepsis	Skepsis	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	13	obj	_	start_char=92|end_char=99
21	.	.	PUNCT	$.	_	5	punct	_	start_char=99|end_char=100
"""


def test_verlauten_is_a_cue_and_its_aus_phrase_the_source():
    """cues.tsv "verlauten", sources.verb_source: "Aus EU-Kreisen verlautete, dies sei nur
    Spekulation, …": an impersonal report whose source is the "aus" phrase."""
    parsed = parse(EU_KREISE)
    [q] = find_quotes("t", parsed)
    assert (q.kind, q.cue) == ("indirect", "verlauten")
    assert q.text.startswith("dies sei nur Spekulation")
    assert parsed.text[q.speaker_start:q.speaker_end] == "EU-Kreisen"
