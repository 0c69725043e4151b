"""Rules of `quotes.content`: the content clause a speech verb reports."""
from __future__ import annotations

from quotes import content
from quotes.extract import find_quotes

from .parses import (
    AERZTE,
    ALLIIERTE,
    HASSEMER,
    HIESS_ES,
    LBM,
    MACHTHABER,
    SCHOIGU,
    SCHROEDER,
)
from .ruletools import parse, sentence, text_of, word


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


# news-dev, web-pinkstinks.de (a column opening with a quotation of Max Weber)
EHEIDEAL = """\
# newpar
# text = Das patriarchalische Eheideal behauptet seine Herrschaft nicht nur im persönlichen Verhältnis der Gatten zueinander und zu ihren Kindern, es verschanzt sich vor allem auch hinter dem Wall des gesetzlichen Güterstandes, welches dem Herrenrecht des Mannes praktisch einen noch festeren Stützpunkt bietet, als selbst das prinzipiell so bedeutsame ehemännliche Entscheidungsrecht.
1	Das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	patriarchalische	patriarchalisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	3	amod	_	start_char=4|end_char=20
3	Eheideal	Eheideal	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	4	nsubj	_	start_char=21|end_char=29
4	behauptet	behaupten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=30|end_char=39
5	seine	sein	DET	PPOSAT	Case=Acc|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	6	det:poss	_	start_char=40|end_char=45
6	Herrschaft	Herrschaft	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	4	obj	_	start_char=46|end_char=56
7	nicht	nicht	PART	PTKNEG	Polarity=Neg	4	advmod	_	start_char=57|end_char=62
8	nur	nur	ADV	ADV	_	4	advmod	_	start_char=63|end_char=66
9	in	in	ADP	APPR	_	12	case	_	start_char=67|end_char=69
10	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	12	det	_	start_char=67|end_char=69
11	persönlichen	persönlich	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	12	amod	_	start_char=70|end_char=82
12	Verhältnis	Verhältnis	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	4	obl	_	start_char=83|end_char=93
13	der	der	DET	ART	Case=Gen|Definite=Def|Number=Sing|PronType=Art	14	det	_	start_char=94|end_char=97
14	Gatten	Gatte	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	12	nmod	_	start_char=98|end_char=104
15	zueinander	zueinander	ADV	ADJD	_	4	advmod	_	start_char=105|end_char=115
16	und	und	CCONJ	KON	_	19	cc	_	start_char=116|end_char=119
17	zu	zu	ADP	APPR	_	19	case	_	start_char=120|end_char=122
18	ihren	ihr	DET	PPOSAT	Case=Dat|Gender=Masc|Gender[psor]=Masc,Neut|Number=Plur|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	19	det:poss	_	start_char=123|end_char=128
19	Kindern	Kind	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	22	obl	_	start_char=129|end_char=136
20	,	,	PUNCT	$,	_	22	punct	_	start_char=136|end_char=137
21	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	22	nsubj	_	start_char=138|end_char=140
22	verschanzt	verschanzen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	4	conj	_	start_char=141|end_char=151
23	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	22	obj	_	start_char=152|end_char=156
24	vor	vor	ADP	APPR	_	25	case	_	start_char=157|end_char=160
25	allem	alle	DET	PIS	Case=Dat|Gender=Neut|Number=Sing|PronType=Tot	22	obl	_	start_char=161|end_char=166
26	auch	auch	ADV	ADV	_	22	advmod	_	start_char=167|end_char=171
27	hinter	hinter	ADP	APPR	_	29	case	_	start_char=172|end_char=178
28	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	29	det	_	start_char=179|end_char=182
29	Wall	Wall	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	22	obl	_	start_char=183|end_char=187
30	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	32	det	_	start_char=188|end_char=191
31	gesetzlichen	gesetzlich	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Sing	32	amod	_	start_char=192|end_char=204
32	Güterstandes	Güterstand	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	29	nmod	_	start_char=205|end_char=217
33	,	,	PUNCT	$,	_	44	punct	_	start_char=217|end_char=218
34	welches	welcher	PRON	PRELS	Case=Nom|Gender=Neut|Number=Sing|PronType=Int,Rel	44	nsubj	_	start_char=219|end_char=226
35	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	36	det	_	start_char=227|end_char=230
36	Herrenrecht	Herrenrecht	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	44	obj	_	start_char=231|end_char=242
37	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	38	det	_	start_char=243|end_char=246
38	Mannes	Mann	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	36	nmod	_	start_char=247|end_char=253
39	praktisch	praktisch	ADV	ADJD	_	44	advmod	_	start_char=254|end_char=263
40	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	43	det	_	start_char=264|end_char=269
41	noch	noch	ADV	ADV	_	42	advmod	_	start_char=270|end_char=274
42	festeren	fest	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Sing	43	amod	_	start_char=275|end_char=283
43	Stützpunkt	Stützpunkt	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	44	obj	_	start_char=284|end_char=294
44	bietet	bieten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	32	acl:relcl	_	start_char=295|end_char=301
45	,	,	PUNCT	$,	_	44	punct	_	start_char=301|end_char=302
46	als	als	SCONJ	KOKOM	_	53	mark	_	start_char=303|end_char=306
47	selbst	selbst	ADV	ADV	_	53	advmod	_	start_char=307|end_char=313
48	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	53	det	_	start_char=314|end_char=317
49	prinzipiell	prinzipiell	ADV	ADJD	Degree=Pos	50	advmod	_	start_char=318|end_char=329
50	so	so	ADV	ADV	_	52	advmod	_	start_char=330|end_char=332
51	bedeutsame	bedeutsam	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Sing	53	amod	_	start_char=333|end_char=343
52	ehemännliche	ehemännlich	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	51	conj	_	start_char=344|end_char=356
53	Entscheidungsrecht	Entscheidungsrecht	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	44	obj	_	start_char=357|end_char=375
54	.	.	PUNCT	$.	_	4	punct	_	start_char=375|end_char=376
"""


def test_content_a_verb_with_a_noun_object_does_not_report_the_next_main_clause():
    """"Das patriarchalische Eheideal behauptet seine Herrschaft …, es verschanzt sich …":
    the object says what is asserted; the indicative main clause after the comma is the
    author's next sentence, not content."""
    sent = parse(EHEIDEAL).sentences[0]
    assert content.verb_content(sent, sent.words[3], "behaupten", [0, 1, 2]) == []


# Wikinews train, 73758 - Afghanistan: 17 Besucher einer Feier hingerichtet (2012-08-28)
DASS_WAEHREND = """\
# newpar
# text = Der Distrikt-Gouverneur teilte mit, dass während der Feier Musik spielte und Männer und Frauen gemischt tanzten.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	4	det	_	start_char=0|end_char=3
2	Distrikt	Distrikt	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	4	compound	_	start_char=4|end_char=12
3	-	-	PUNCT	$	_	2	punct	_	start_char=12|end_char=13
4	Gouverneur	Gouverneur	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	5	nsubj	_	start_char=13|end_char=23
5	teilte	teilen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=24|end_char=30
6	mit	mit	ADP	PTKVZ	_	5	compound:prt	_	start_char=31|end_char=34
7	,	,	PUNCT	$,	_	13	punct	_	start_char=34|end_char=35
8	dass	dass	SCONJ	KOUS	_	13	mark	_	start_char=36|end_char=40
9	während	während	ADP	APPR	_	11	case	_	start_char=41|end_char=48
10	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	11	det	_	start_char=49|end_char=52
11	Feier	Feier	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	13	obl	_	start_char=53|end_char=58
12	Musik	Musik	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	13	nsubj	_	start_char=59|end_char=64
13	spielte	spielen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	5	ccomp	_	start_char=65|end_char=72
14	und	und	CCONJ	KON	_	19	cc	_	start_char=73|end_char=76
15	Männer	Mann	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	19	obj	_	start_char=77|end_char=83
16	und	und	CCONJ	KON	_	17	cc	_	start_char=84|end_char=87
17	Frauen	Frau	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	15	conj	_	start_char=88|end_char=94
18	gemischt	mischen	VERB	VVPP	VerbForm=Part	19	xcomp	_	start_char=95|end_char=103
19	tanzten	tanzen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	13	conj	_	start_char=104|end_char=111
20	.	.	PUNCT	$.	_	5	punct	_	start_char=111|end_char=112
"""


def test_content_dass_then_a_preposition_is_content():
    """content.bad_start: "teilte mit, dass während der Feier Musik spielte …" -- with
    "dass" trimmed the clause opens with "während", here a preposition (not the
    conjunction of an adverbial clause): it is the content."""
    parsed = parse(DASS_WAEHREND)
    sent = parsed.sentences[0]
    idx = content.verb_content(sent, word(sent, "teilte"), "mitteilen", [0, 1, 2, 3])
    assert text_of(parsed, sent, idx) == "während der Feier Musik spielte und Männer und Frauen gemischt tanzten"


# Wikinews train, 84297 - Indonesien: Boeing 737-500 vermutlich abgestürzt (2021-01-10)
DASS_ON_NOUN = """\
# newpar
# text = Der stellvertretende Direktor der Indonesischen Such- und Rettungsagentur, Bambang Suryo Aji, sagte vor der Presse, dass vor der Insel Java Flugzeugtrümmer gefunden wurden, die wohl von dem vermissten Flugzeug stammen.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	stellvertretende	stellvertretend	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	3	amod	_	start_char=4|end_char=20
3	Direktor	Direktor	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	14	nsubj	_	start_char=21|end_char=29
4	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=30|end_char=33
5	Indonesischen	indonesisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	6	amod	_	start_char=34|end_char=47
6	Such-	Such-	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	3	nmod	_	start_char=48|end_char=53
7	und	und	CCONJ	KON	_	8	cc	_	start_char=54|end_char=57
8	Rettungsagentur	Rettungsagentur	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	6	conj	_	start_char=58|end_char=73
9	,	,	PUNCT	$,	_	10	punct	_	start_char=73|end_char=74
10	Bambang	Bambang	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	6	conj	_	start_char=75|end_char=82
11	Suryo	Suryo	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	10	flat	_	start_char=83|end_char=88
12	Aji	Aji	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	11	flat	_	start_char=89|end_char=92
13	,	,	PUNCT	$,	_	3	punct	_	start_char=92|end_char=93
14	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=94|end_char=99
15	vor	vor	ADP	APPR	_	17	case	_	start_char=100|end_char=103
16	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	17	det	_	start_char=104|end_char=107
17	Presse	Presse	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	14	obl	_	start_char=108|end_char=114
18	,	,	PUNCT	$,	_	25	punct	_	start_char=114|end_char=115
19	dass	dass	SCONJ	KOUS	_	25	mark	_	start_char=116|end_char=120
20	vor	vor	ADP	APPR	_	22	case	_	start_char=121|end_char=124
21	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	22	det	_	start_char=125|end_char=128
22	Insel	Insel	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	25	obl	_	start_char=129|end_char=134
23	Java	Java	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	24	nmod:poss	_	start_char=135|end_char=139
24	Flugzeugtrümmer	Flugzeugtrümmer	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	25	nsubj:pass	_	start_char=140|end_char=155
25	gefunden	finden	VERB	VVPP	VerbForm=Part	17	acl:relcl	_	start_char=156|end_char=164
26	wurden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	25	aux:pass	_	start_char=165|end_char=171
27	,	,	PUNCT	$,	_	34	punct	_	start_char=171|end_char=172
28	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	34	nsubj	_	start_char=173|end_char=176
29	wohl	wohl	ADV	ADV	_	34	advmod	_	start_char=177|end_char=181
30	von	von	ADP	APPR	_	33	case	_	start_char=182|end_char=185
31	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	33	det	_	start_char=186|end_char=189
32	vermissten	vermisst	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	33	amod	_	start_char=190|end_char=200
33	Flugzeug	Flugzeug	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	34	obl	_	start_char=201|end_char=209
34	stammen	stammen	VERB	VVINF	VerbForm=Inf	25	advcl	_	start_char=210|end_char=217
35	.	.	PUNCT	$.	_	14	punct	_	start_char=217|end_char=218
"""
# Wikinews train, 20384 - Wikipedia.de außer Betrieb (2006-01-19)
DASS_ON_SOURCE = """\
# newpar
# text = Um 11:09 Uhr MEZ berichtet die Online-Ausgabe des „Spiegel“, dass Thorsten Feldmann, Anwalt des Vereins, einen Antrag auf Aussetzung der einstweiligen Verfügung gestellt hat.
1	Um	um	ADP	KOUI	_	3	case	_	start_char=0|end_char=2
2	11:09	11:09	NUM	CARD	NumType=Card	3	nummod	_	start_char=3|end_char=8
3	Uhr	Uhr	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	5	obl	_	start_char=9|end_char=12
4	MEZ	MEZ	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	3	appos	_	start_char=13|end_char=16
5	berichtet	berichten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=17|end_char=26
6	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=27|end_char=30
7	Online	Online	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	9	compound	_	start_char=31|end_char=37
8	-	-	PUNCT	$	_	7	punct	_	start_char=37|end_char=38
9	Ausgabe	Ausgabe	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	5	obj	_	start_char=38|end_char=45
10	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	12	det	_	start_char=46|end_char=49
11	„	„	PUNCT	$(	_	12	punct	_	start_char=50|end_char=51
12	Spiegel	Spiegel	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	9	nmod	_	start_char=51|end_char=58
13	“	“	PUNCT	$(	_	12	punct	_	start_char=58|end_char=59
14	,	,	PUNCT	$,	_	30	punct	_	start_char=59|end_char=60
15	dass	dass	SCONJ	KOUS	_	30	mark	_	start_char=61|end_char=65
16	Thorsten	Thorsten	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	30	nsubj	_	start_char=66|end_char=74
17	Feldmann	Feldmann	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	16	flat:name	_	start_char=75|end_char=83
18	,	,	PUNCT	$,	_	19	punct	_	start_char=83|end_char=84
19	Anwalt	Anwalt	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	16	appos	_	start_char=85|end_char=91
20	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	21	det	_	start_char=92|end_char=95
21	Vereins	Verein	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	16	appos	_	start_char=96|end_char=103
22	,	,	PUNCT	$,	_	30	punct	_	start_char=103|end_char=104
23	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	24	det	_	start_char=105|end_char=110
24	Antrag	Antrag	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	30	obj	_	start_char=111|end_char=117
25	auf	auf	ADP	APPR	_	26	case	_	start_char=118|end_char=121
26	Aussetzung	Aussetzung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	30	obl	_	start_char=122|end_char=132
27	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	29	det	_	start_char=133|end_char=136
28	einstweiligen	einstweilig	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	29	amod	_	start_char=137|end_char=150
29	Verfügung	Verfügung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	26	nmod	_	start_char=151|end_char=160
30	gestellt	stellen	VERB	VVPP	VerbForm=Part	12	acl:relcl	_	start_char=161|end_char=169
31	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	30	aux	_	start_char=170|end_char=173
32	.	.	PUNCT	$.	_	5	punct	_	start_char=173|end_char=174
"""


def test_content_dass_clause_hung_on_a_noun_is_the_verbs():
    """content.dependent_clause: "sagte vor der Presse, dass vor der Insel Java
    Flugzeugtrümmer gefunden wurden, …" -- the parser made the dass-clause a relative
    clause of "Presse"; no relative clause opens with "dass", so it is what was said."""
    parsed = parse(DASS_ON_NOUN)
    sent = parsed.sentences[0]
    idx = content.verb_content(sent, word(sent, "sagte"), "sagen", list(range(0, 12)))
    assert text_of(parsed, sent, idx) == \
        "vor der Insel Java Flugzeugtrümmer gefunden wurden, die wohl von dem vermissten Flugzeug stammen"


def test_content_dass_clause_inside_the_source_phrase():
    """"berichtet die Online-Ausgabe des „Spiegel“, dass …": the dass-clause hangs on
    "Spiegel", inside the (object-labelled) subject; it is the content, and the source
    is the phrase without it."""
    parsed = parse(DASS_ON_SOURCE)
    quotes = find_quotes("t", parsed)
    assert [(q.kind, q.text, q.speaker_mention, q.cue) for q in quotes] == [(
        "indirect", "Thorsten Feldmann, Anwalt des Vereins, einen Antrag auf Aussetzung der einstweiligen "
        "Verfügung gestellt hat", "die Online-Ausgabe des „Spiegel“", "berichten")]


# Wikinews train, 28063 - Der Wechsel von Lukas Podolski zu Bayern München ist perfekt (2006-06-05)
CONJ_SAGTE = """\
# newpar
# text = Podolski war ebenfalls anwesend und sagte bei der Gelegenheit, er freue sich über den Wechsel.
1	Podolski	Podolski	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	nsubj	_	start_char=0|end_char=8
2	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	4	cop	_	start_char=9|end_char=12
3	ebenfalls	ebenfalls	ADV	ADV	_	4	advmod	_	start_char=13|end_char=22
4	anwesend	anwesend	ADJ	ADJD	Degree=Pos	0	root	_	start_char=23|end_char=31
5	und	und	CCONJ	KON	_	6	cc	_	start_char=32|end_char=35
6	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	4	conj	_	start_char=36|end_char=41
7	bei	bei	ADP	APPR	_	9	case	_	start_char=42|end_char=45
8	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=46|end_char=49
9	Gelegenheit	Gelegenheit	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	6	obl	_	start_char=50|end_char=61
10	,	,	PUNCT	$,	_	12	punct	_	start_char=61|end_char=62
11	er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	12	nsubj	_	start_char=63|end_char=65
12	freue	freuen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	4	conj	_	start_char=66|end_char=71
13	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	12	obj	_	start_char=72|end_char=76
14	über	über	ADP	APPR	_	16	case	_	start_char=77|end_char=81
15	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	16	det	_	start_char=82|end_char=85
16	Wechsel	Wechsel	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	12	obl	_	start_char=86|end_char=93
17	.	.	PUNCT	$.	_	4	punct	_	start_char=93|end_char=94
"""
# Wikinews train, 12809 - Norwegische Studie: Auch leichtes Rauchen kann tödlich sein (2005-09-22)
INQUIT_AFTER = """\
# newpar
# text = Die Gefährdung durch das Rauchen ist bei Frauen noch höher als bei Männern, stellten die Wissenschaftler außerdem fest.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Gefährdung	Gefährdung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	10	nsubj	_	start_char=4|end_char=14
3	durch	durch	ADP	APPR	_	5	case	_	start_char=15|end_char=20
4	das	der	DET	ART	Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	5	det	_	start_char=21|end_char=24
5	Rauchen	Rauche	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	2	nmod	_	start_char=25|end_char=32
6	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	cop	_	start_char=33|end_char=36
7	bei	bei	ADP	APPR	_	8	case	_	start_char=37|end_char=40
8	Frauen	Frau	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	10	nmod	_	start_char=41|end_char=47
9	noch	noch	ADV	ADV	_	10	advmod	_	start_char=48|end_char=52
10	höher	hoch	ADJ	ADJD	Degree=Pos	0	root	_	start_char=53|end_char=58
11	als	als	CCONJ	APPR	_	13	cc	_	start_char=59|end_char=62
12	bei	bei	ADP	APPR	_	13	case	_	start_char=63|end_char=66
13	Männern	Mann	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	10	nmod	_	start_char=67|end_char=74
14	,	,	PUNCT	$,	_	10	punct	_	start_char=74|end_char=75
15	stellten	stellen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	10	conj	_	start_char=76|end_char=84
16	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	17	det	_	start_char=85|end_char=88
17	Wissenschaftler	Wissenschaftler	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	15	nsubj	_	start_char=89|end_char=104
18	außerdem	außerdem	ADV	PROAV	PronType=Dem	15	advmod	_	start_char=105|end_char=113
19	fest	fest	ADV	PTKVZ	_	15	compound:prt	_	start_char=114|end_char=118
20	.	.	PUNCT	$.	_	10	punct	_	start_char=118|end_char=119
"""
# Wikinews train, 33494 - Mörder von Jennifer vor Gericht (2006-10-03)
SPLIT_PHRASE = """\
# newpar
# text = Der kurz nach der Tat wegen Mordes verhaftete 15 Jahre alte Junge wurde jetzt in Chemnitz angeklagt.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	5	det	_	start_char=0|end_char=3
2	kurz	kurz	ADJ	ADJD	Degree=Pos	8	advmod	_	start_char=4|end_char=8
3	nach	nach	ADP	APPR	_	5	case	_	start_char=9|end_char=13
4	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	5	det	_	start_char=14|end_char=17
5	Tat	Tat	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	8	obl	_	start_char=18|end_char=21
6	wegen	wegen	ADP	APPR	_	7	case	_	start_char=22|end_char=27
7	Mordes	Mord	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	5	nmod	_	start_char=28|end_char=34
8	verhaftete	verhaften	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=35|end_char=45
9	15	15	NUM	CARD	NumType=Card	10	nummod	_	start_char=46|end_char=48
10	Jahre	Jahr	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	8	obl:tmod	_	start_char=49|end_char=54
11	alte	alt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Sing	12	amod	_	start_char=55|end_char=59
12	Junge	Junge	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	17	nsubj:pass	_	start_char=60|end_char=65
13	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	17	aux:pass	_	start_char=66|end_char=71
14	jetzt	jetzt	ADV	ADV	_	17	advmod	_	start_char=72|end_char=77
15	in	in	ADP	APPR	_	16	case	_	start_char=78|end_char=80
16	Chemnitz	Chemnitz	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	17	obl	_	start_char=81|end_char=89
17	angeklagt	anklagen	VERB	VVPP	VerbForm=Part	8	conj	_	start_char=90|end_char=99
18	.	.	PUNCT	$.	_	8	punct	_	start_char=99|end_char=100
"""


def test_content_second_conjunct_reports_what_follows_its_comma():
    """content.governing_clause: "Podolski war ebenfalls anwesend und sagte bei der
    Gelegenheit, er freue sich …" -- the first conjunct is what he did, not what he
    said; the clause after "sagte"'s comma is the content."""
    parsed = parse(CONJ_SAGTE)
    sent = parsed.sentences[0]
    idx = content.verb_content(sent, word(sent, "sagte"), "sagen", [0])
    assert text_of(parsed, sent, idx) == "er freue sich über den Wechsel"


def test_content_inquit_after_the_clause_is_not_part_of_it():
    """content.governing_clause: "Die Gefährdung … ist … höher als bei Männern, stellten
    die Wissenschaftler außerdem fest." -- the final mark hangs on the clause's head, but
    the content ends before the inquit."""
    parsed = parse(INQUIT_AFTER)
    sent = parsed.sentences[0]
    idx = content.verb_content(sent, word(sent, "stellten"), "feststellen", [15, 16])
    assert text_of(parsed, sent, idx) == \
        "Die Gefährdung durch das Rauchen ist bei Frauen noch höher als bei Männern"


def test_content_no_clause_from_a_parse_that_splits_a_noun_phrase():
    """"Der kurz nach der Tat wegen Mordes verhaftete 15 Jahre alte Junge wurde jetzt in
    Chemnitz angeklagt." -- the parser made "verhaftete" the root and "angeklagt" its
    conjunct; no comma sets the second part off, so nothing was said: no quote."""
    parsed = parse(SPLIT_PHRASE)
    assert find_quotes("t", parsed) == []


# Wikinews train, 2028 - Luftschiffhalle wird zum Urlaubsparadies (2004-12-19)
OWN_CLAUSE_AFTER = """\
# newpar
# text = Es sind 500 neue Arbeitsplätze entstanden, die Betreiber sprechen bereits jetzt von bis zu 850 Arbeitsplätzen, die in einiger Zeit vorhanden sein werden.
1	Es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	6	nsubj	_	start_char=0|end_char=2
2	sind	sein	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	6	aux	_	start_char=3|end_char=7
3	500	500	NUM	CARD	NumType=Card	5	nummod	_	start_char=8|end_char=11
4	neue	neu	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	5	amod	_	start_char=12|end_char=16
5	Arbeitsplätze	Arbeitsplatz	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	6	obj	_	start_char=17|end_char=30
6	entstanden	entstehen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=31|end_char=41
7	,	,	PUNCT	$,	_	10	punct	_	start_char=41|end_char=42
8	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	9	det	_	start_char=43|end_char=46
9	Betreiber	Betreiber	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	10	nsubj	_	start_char=47|end_char=56
10	sprechen	sprechen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	6	conj	_	start_char=57|end_char=65
11	bereits	bereits	ADV	ADV	_	10	advmod	_	start_char=66|end_char=73
12	jetzt	jetzt	ADV	ADV	_	10	advmod	_	start_char=74|end_char=79
13	von	von	ADP	APPR	_	17	case	_	start_char=80|end_char=83
14	bis	bis	ADP	APPR	_	17	case	_	start_char=84|end_char=87
15	zu	zu	ADP	APPR	_	17	case	_	start_char=88|end_char=90
16	850	850	NUM	CARD	NumType=Card	17	nummod	_	start_char=91|end_char=94
17	Arbeitsplätzen	Arbeitsplatz	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	10	obl	_	start_char=95|end_char=109
18	,	,	PUNCT	$,	_	23	punct	_	start_char=109|end_char=110
19	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	23	nsubj	_	start_char=111|end_char=114
20	in	in	ADP	APPR	_	22	case	_	start_char=115|end_char=117
21	einiger	einiger	DET	ADJA	Case=Dat|Gender=Fem|Number=Sing|PronType=Ind	22	det	_	start_char=118|end_char=125
22	Zeit	Zeit	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	23	obl	_	start_char=126|end_char=130
23	vorhanden	vorhanden	ADJ	ADJD	_	17	acl:relcl	_	start_char=131|end_char=140
24	sein	sein	AUX	VAINF	VerbForm=Inf	23	cop	_	start_char=141|end_char=145
25	werden	werden	AUX	VAINF	VerbForm=Inf	23	aux:pass	_	start_char=146|end_char=152
26	.	.	PUNCT	$.	_	6	punct	_	start_char=152|end_char=153
"""


def test_content_a_clause_of_its_own_after_the_comma_is_no_inquit():
    """content.inquit_opening: "Es sind 500 neue Arbeitsplätze entstanden, die Betreiber
    sprechen bereits jetzt von bis zu 850 Arbeitsplätzen, …" -- the subject stands before
    "sprechen": a clause of its own, not an inquit ("…, sprechen die Betreiber"), so the
    first clause is not what the operators said."""
    parsed = parse(OWN_CLAUSE_AFTER)
    sent = parsed.sentences[0]
    assert content.verb_content(sent, word(sent, "sprechen"), "sprechen", [7, 8]) == []
    assert not content.inquit_opening(sent, word(sent, "sprechen"), word(sent, "die").i)


# Written for this test, parsed by the shipped models; then "Gymnasien" re-attached as the
# object of "verlangt" (head 13, obj), the attachment the parser chose in a real news
# sentence of that shape ("…, nicht nur bestimmte Gruppen, verlangt der Gewerkschaftschef")
PHRASE_ON_INQUIT = """\
# newpar
# text = Die Stadt müsse alle Schulen sanieren, nicht nur die Gymnasien, verlangt der Elternverband.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Stadt	Stadt	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	6	nsubj	_	start_char=4|end_char=9
3	müsse	müssen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	6	aux	_	start_char=10|end_char=15
4	alle	alle	DET	PIAT	Case=Acc|Gender=Fem|Number=Plur|PronType=Ind	5	det	_	start_char=16|end_char=20
5	Schulen	Schule	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	6	obj	_	start_char=21|end_char=28
6	sanieren	sanieren	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=29|end_char=37
7	,	,	PUNCT	$,	_	6	punct	_	start_char=37|end_char=38
8	nicht	nicht	PART	PTKNEG	Polarity=Neg	11	advmod	_	start_char=39|end_char=44
9	nur	nur	ADV	ADV	_	11	advmod	_	start_char=45|end_char=48
10	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	11	det	_	start_char=49|end_char=52
11	Gymnasien	Gymnasium	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	13	obj	_	start_char=53|end_char=62
12	,	,	PUNCT	$,	_	11	punct	_	start_char=62|end_char=63
13	verlangt	verlangen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	6	parataxis	_	start_char=64|end_char=72
14	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	15	det	_	start_char=73|end_char=76
15	Elternverband	Elternverband	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	13	nsubj	_	start_char=77|end_char=90
16	.	.	PUNCT	$.	_	6	punct	_	start_char=90|end_char=91
"""


def test_content_inquit_opens_after_the_last_phrase_hung_on_it():
    """content.governing_clause: "Die Stadt müsse alle Schulen sanieren, nicht nur die
    Gymnasien, verlangt der Elternverband." with "nicht nur die Gymnasien" hung on
    "verlangt": the inquit opens at the comma right before the verb; the phrase before
    it belongs to what was demanded."""
    parsed = parse(PHRASE_ON_INQUIT)
    sent = parsed.sentences[0]
    idx = content.verb_content(sent, word(sent, "verlangt"), "verlangen", [13, 14])
    assert text_of(parsed, sent, idx) == "Die Stadt müsse alle Schulen sanieren, nicht nur die Gymnasien"


# Wikinews train, 59120 - Amerikanische Bibliothekenverbindung feiert „Woche des verbotenen Buches“ (2009-10-01)
PREP_RELATIVE = """\
# newpar
# text = Auch für das Jahr 2008 wurde eine Liste mit Büchern veröffentlicht, gegen die es häufig Verbotsversuche, zum Beispiel an Schulen und in Bibliotheken, gegeben hat.
1	Auch	auch	ADV	ADV	_	4	advmod	_	start_char=0|end_char=4
2	für	für	ADP	APPR	_	4	case	_	start_char=5|end_char=8
3	das	der	DET	ART	Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	4	det	_	start_char=9|end_char=12
4	Jahr	Jahr	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	11	obl	_	start_char=13|end_char=17
5	2008	2008	NUM	CARD	NumType=Card	4	nummod	_	start_char=18|end_char=22
6	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	11	aux:pass	_	start_char=23|end_char=28
7	eine	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	8	det	_	start_char=29|end_char=33
8	Liste	Liste	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	11	nsubj:pass	_	start_char=34|end_char=39
9	mit	mit	ADP	APPR	_	10	case	_	start_char=40|end_char=43
10	Büchern	Buch	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	11	obl	_	start_char=44|end_char=51
11	veröffentlicht	veröffentlichen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=52|end_char=66
12	,	,	PUNCT	$,	_	28	punct	_	start_char=66|end_char=67
13	gegen	gegen	ADP	APPR	_	14	case	_	start_char=68|end_char=73
14	die	der	PRON	PRELS	Case=Nom|Number=Sing|PronType=Dem,Rel	28	obl	_	start_char=74|end_char=77
15	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	28	obj	_	start_char=78|end_char=80
16	häufig	häufig	ADJ	ADJD	Degree=Pos	17	advmod	_	start_char=81|end_char=87
17	Verbotsversuche	Verbotsversuche	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	28	obj	_	start_char=88|end_char=103
18	,	,	PUNCT	$,	_	21	punct	_	start_char=103|end_char=104
19	zu	zu	ADP	APPR	_	21	case	_	start_char=105|end_char=108
20	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	21	det	_	start_char=105|end_char=108
21	Beispiel	Beispiel	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	28	obl	_	start_char=109|end_char=117
22	an	an	ADP	APPR	_	23	case	_	start_char=118|end_char=120
23	Schulen	Schule	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	21	nmod	_	start_char=121|end_char=128
24	und	und	CCONJ	KON	_	26	cc	_	start_char=129|end_char=132
25	in	in	ADP	APPR	_	26	case	_	start_char=133|end_char=135
26	Bibliotheken	Bibliothek	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	23	conj	_	start_char=136|end_char=148
27	,	,	PUNCT	$,	_	28	punct	_	start_char=148|end_char=149
28	gegeben	geben	VERB	VVPP	VerbForm=Part	11	ccomp	_	start_char=150|end_char=157
29	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	28	aux	_	start_char=158|end_char=161
30	.	.	PUNCT	$.	_	11	punct	_	start_char=161|end_char=162
"""


def test_content_preposition_and_relative_pronoun_open_a_relative_clause():
    """content.bad_start: "…, gegen die es häufig Verbotsversuche … gegeben hat" opens
    with a preposition and a relative pronoun: a relative clause about the books, not
    what was published (no quote)."""
    parsed = parse(PREP_RELATIVE)
    sent = parsed.sentences[0]
    assert content.bad_start(sent, list(range(word(sent, "gegen").i, len(sent.words) - 1)))
    assert find_quotes("t", parsed) == []


COLOMER = """\
# newpar
# text = Colomer empfahl dem Gericht, der vor zweieinhalb Jahren angestrengten Klage der EU-Kommission gegen die Bundesrepublik Deutschland stattzugeben.
1	Colomer	Colomer	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=0|end_char=7
2	empfahl	empfehlen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=8|end_char=15
3	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	4	det	_	start_char=16|end_char=19
4	Gericht	Gericht	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	2	obl:arg	_	start_char=20|end_char=27
5	,	,	PUNCT	$,	_	20	punct	_	start_char=27|end_char=28
6	der	der	PRON	PRELS	Case=Nom|Gender=Masc|Number=Sing|PronType=Dem,Rel	20	nsubj	_	start_char=29|end_char=32
7	vor	vor	ADP	APPR	_	9	case	_	start_char=33|end_char=36
8	zweieinhalb	zweieinhalb	NUM	CARD	NumType=Card	9	nummod	_	start_char=37|end_char=48
9	Jahren	Jahr	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	20	obl	_	start_char=49|end_char=55
10	angestrengten	angestrengt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	11	amod	_	start_char=56|end_char=69
11	Klage	Klage	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	20	obj	_	start_char=70|end_char=75
12	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	15	det	_	start_char=76|end_char=79
13	EU	EU	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	15	compound	_	start_char=80|end_char=82
14	-	-	PUNCT	$	_	13	punct	_	start_char=82|end_char=83
15	Kommission	Kommission	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	11	nmod	_	start_char=83|end_char=93
16	gegen	gegen	ADP	APPR	_	18	case	_	start_char=94|end_char=99
17	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	18	det	_	start_char=100|end_char=103
18	Bundesrepublik	Bundesrepublik	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	20	obl	_	start_char=104|end_char=118
19	Deutschland	Deutschland	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	18	appos	_	start_char=119|end_char=130
20	stattzugeben	stattgeben	VERB	VVINF	VerbForm=Inf	4	acl:relcl	_	start_char=131|end_char=143
21	.	.	PUNCT	$.	_	2	punct	_	start_char=143|end_char=144
"""

WAGNER = """\
# newpar
# text = Der Weihbischof Gerhard Maria Wagner hat Papst Benedikt XVI. gebeten, seine Ernennung zurückzunehmen.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Weihbischof	Weihbischof	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	10	nsubj:pass	_	start_char=4|end_char=15
3	Gerhard	Gerhard	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=16|end_char=23
4	Maria	Maria	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	flat	_	start_char=24|end_char=29
5	Wagner	Wagner	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	flat	_	start_char=30|end_char=36
6	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	aux	_	start_char=37|end_char=40
7	Papst	Papst	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	10	obj	_	start_char=41|end_char=46
8	Benedikt	Benedikt	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	appos	_	start_char=47|end_char=55
9	XVI.	XVI.	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	flat:name	_	start_char=56|end_char=60
10	gebeten	bitten	VERB	VVPP	VerbForm=Part	0	root	_	start_char=61|end_char=68
11	,	,	PUNCT	$,	_	14	punct	_	start_char=68|end_char=69
12	seine	sein	DET	PPOSAT	Case=Acc|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	13	det:poss	_	start_char=70|end_char=75
13	Ernennung	Ernennung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	14	obj	_	start_char=76|end_char=85
14	zurückzunehmen	zurücknehmen	VERB	VVINF	VerbForm=Inf	10	conj	_	start_char=86|end_char=100
15	.	.	PUNCT	$.	_	10	punct	_	start_char=100|end_char=101
"""


def test_zu_infinitive_opening_with_an_article_tagged_relative():
    """trees.zu_clause in content.bad_start: "Colomer empfahl dem Gericht, der … Klage …
    stattzugeben": the tagger took the article "der" for a relative pronoun, but a clause
    without a finite verb is no relative clause; the infinitive is the recommendation."""
    assert content_text(COLOMER, "empfahl", "empfehlen") == (
        "der vor zweieinhalb Jahren angestrengten Klage der EU-Kommission gegen die "
        "Bundesrepublik Deutschland stattzugeben")


def test_zu_infinitive_after_the_addressee():
    """trees.zu_clause in content._may_be_content: "hat Papst Benedikt XVI. gebeten, seine
    Ernennung zurückzunehmen": the noun object is whom the request was made of, not a
    thing already said (as in "behauptet seine Herrschaft, es verschanzt sich")."""
    assert content_text(WAGNER, "gebeten", "bitten") == "seine Ernennung zurückzunehmen"


FOCUS = """\
# newpar
# text = Wie der Focus in seiner Onlineausgabe berichtet, ist HL Tau b aufgrund seiner Entstehungsgeschichte möglicherweise gar kein Planet, sondern ein Brauner Zwerg.
1	Wie	wie	SCONJ	PWAV	_	7	mark	_	start_char=0|end_char=3
2	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	3	det	_	start_char=4|end_char=7
3	Focus	Focus	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	7	nsubj	_	start_char=8|end_char=13
4	in	in	ADP	APPR	_	6	case	_	start_char=14|end_char=16
5	seiner	sein	DET	PPOSAT	Case=Dat|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	6	det:poss	_	start_char=17|end_char=23
6	Onlineausgabe	Onlineausgabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	7	obl	_	start_char=24|end_char=37
7	berichtet	berichten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	acl:relcl	_	start_char=38|end_char=47
8	,	,	PUNCT	$,	_	7	punct	_	start_char=47|end_char=48
9	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	19	cop	_	start_char=49|end_char=52
10	HL	HL	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	19	nsubj	_	start_char=53|end_char=55
11	Tau	Tau	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	10	flat	_	start_char=56|end_char=59
12	b	b	NOUN	NE	Case=Nom|Number=Sing	10	appos	_	start_char=60|end_char=61
13	aufgrund	aufgrund	ADP	APPR	_	15	case	_	start_char=62|end_char=70
14	seiner	sein	DET	PPOSAT	Case=Gen|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	15	det:poss	_	start_char=71|end_char=77
15	Entstehungsgeschichte	Entstehungsgeschichte	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	19	nmod	_	start_char=78|end_char=99
16	möglicherweise	möglicherweise	ADV	ADV	_	19	advmod	_	start_char=100|end_char=114
17	gar	gar	ADV	ADV	_	18	advmod	_	start_char=115|end_char=118
18	kein	kein	DET	PIAT	Case=Nom|Gender=Neut|Number=Sing|PronType=Neg	19	det	_	start_char=119|end_char=123
19	Planet	Planet	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	0	root	_	start_char=124|end_char=130
20	,	,	PUNCT	$,	_	23	punct	_	start_char=130|end_char=131
21	sondern	sondern	CCONJ	KON	_	23	cc	_	start_char=132|end_char=139
22	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|NumType=Card|Number=Sing|PronType=Art	23	det	_	start_char=140|end_char=143
23	Brauner	Braun	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	19	conj	_	start_char=144|end_char=151
24	Zwerg	Zwerg	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	19	conj	_	start_char=152|end_char=157
25	.	.	PUNCT	$.	_	19	punct	_	start_char=157|end_char=158
"""


ANSA = """\
# newpar
# text = Der italienischen Polizei gelang es am Dienstagmorgen, einen der berüchtigtsten Bosse der Mafia zu verhaften, wie die Nachrichtenagentur ANSA gestern berichtete.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	italienischen	italienisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	3	amod	_	start_char=4|end_char=17
3	Polizei	Polizei	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	4	nsubj	_	start_char=18|end_char=25
4	gelang	gelingen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=26|end_char=32
5	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	4	expl	_	start_char=33|end_char=35
6	an	an	ADP	APPR	_	8	case	_	start_char=36|end_char=38
7	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	8	det	_	start_char=36|end_char=38
8	Dienstagmorgen	Dienstagmorgen	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	4	obl	_	start_char=39|end_char=53
9	,	,	PUNCT	$,	_	17	punct	_	start_char=53|end_char=54
10	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	13	det	_	start_char=55|end_char=60
11	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	13	det	_	start_char=61|end_char=64
12	berüchtigtsten	berüchtigt	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Sing	13	amod	_	start_char=65|end_char=79
13	Bosse	Boß	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	17	obj	_	start_char=80|end_char=85
14	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	15	det	_	start_char=86|end_char=89
15	Mafia	Mafia	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	13	nmod	_	start_char=90|end_char=95
16	zu	zu	PART	PTKZU	_	17	mark	_	start_char=96|end_char=98
17	verhaften	verhaften	VERB	VVINF	VerbForm=Inf	4	xcomp	_	start_char=99|end_char=108
18	,	,	PUNCT	$,	_	24	punct	_	start_char=108|end_char=109
19	wie	wie	SCONJ	PWAV	_	24	mark	_	start_char=110|end_char=113
20	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	21	det	_	start_char=114|end_char=117
21	Nachrichtenagentur	Nachrichtenagentur	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	24	nsubj	_	start_char=118|end_char=136
22	ANSA	ANSA	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	21	appos	_	start_char=137|end_char=141
23	gestern	gestern	ADV	ADJD	_	24	advmod	_	start_char=142|end_char=149
24	berichtete	berichten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	17	advcl	_	start_char=150|end_char=160
25	.	.	PUNCT	$.	_	4	punct	_	start_char=160|end_char=161
"""


def test_preposed_wie_inquit_reports_the_rest_of_the_sentence():
    """content.wie_inquit: "Wie der Focus in seiner Onlineausgabe berichtet, ist HL Tau b …":
    the parser hung the wie-clause on "HL" as a relative clause; the whole main clause
    after the comma is what the Focus reported."""
    quotes = find_quotes("t", parse(FOCUS))
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "ist HL Tau b aufgrund seiner Entstehungsgeschichte möglicherweise gar kein "
                     "Planet, sondern ein Brauner Zwerg")]


def test_postposed_wie_inquit_reports_the_whole_clause_before():
    """content.wie_inquit: "…, einen der berüchtigtsten Bosse … zu verhaften, wie die
    Nachrichtenagentur ANSA gestern berichtete": the parse hangs the wie-clause on the
    infinitive, but ANSA reported the whole sentence before it, not just the infinitive."""
    quotes = find_quotes("t", parse(ANSA))
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "Der italienischen Polizei gelang es am Dienstagmorgen, einen der "
                     "berüchtigtsten Bosse der Mafia zu verhaften")]


RIESENPLANET = """\
# newpar
# text = Der neu entdeckte Riesenplanet begleitet den Stern „HD 13189“, teilte die Friedrich-Schiller-Universität Jena mit.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	neu	neu	ADJ	ADJD	Degree=Pos	3	advmod	_	start_char=4|end_char=7
3	entdeckte	entdecken	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	13	ccomp	_	start_char=8|end_char=17
4	Riesenplanet	Riesenplanet	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=18|end_char=30
5	begleitet	begleiten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	13	ccomp	_	start_char=31|end_char=40
6	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	7	det	_	start_char=41|end_char=44
7	Stern	Stern	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	5	obj	_	start_char=45|end_char=50
8	„	„	PUNCT	$(	_	9	punct	_	start_char=51|end_char=52
9	HD	HD	NOUN	FM	Number=Sing	7	appos	_	start_char=52|end_char=54
10	13189	13189	NUM	CARD	NumType=Card	9	obl:tmod	_	start_char=55|end_char=60
11	“	“	PUNCT	$(	_	9	punct	_	start_char=60|end_char=61
12	,	,	PUNCT	$,	_	3	punct	_	start_char=61|end_char=62
13	teilte	teilen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=63|end_char=69
14	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	19	det	_	start_char=70|end_char=73
15	Friedrich	Friedrich	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	19	compound	_	start_char=74|end_char=83
16	-	-	PUNCT	$	_	15	punct	_	start_char=83|end_char=84
17	Schiller	Schiller	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	19	compound	_	start_char=84|end_char=92
18	-	-	PUNCT	$	_	17	punct	_	start_char=92|end_char=93
19	Universität	Universität	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	13	nsubj	_	start_char=93|end_char=104
20	Jena	Jena	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	19	appos	_	start_char=105|end_char=109
21	mit	mit	ADP	PTKVZ	_	13	compound:prt	_	start_char=110|end_char=113
22	.	.	PUNCT	$.	_	13	punct	_	start_char=113|end_char=114
"""


MELENCHON = """\
# newpar
# text = Der Präsidentschaftskandidat Jean-Luc Mélenchon hat in einem Interview mit Le Monde angeregt, Nicolas Sarkozy solle doch in Deutschland antreten.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Präsidentschaftskandidat	Präsidentschaftskandidat	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	14	nsubj:pass	_	start_char=4|end_char=28
3	Jean	Jean	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	compound	_	start_char=29|end_char=33
4	-	-	PUNCT	$	_	3	punct	_	start_char=33|end_char=34
5	Luc	Luc	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=34|end_char=37
6	Mélenchon	Mélenchon	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	flat	_	start_char=38|end_char=47
7	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	14	aux	_	start_char=48|end_char=51
8	in	in	ADP	APPR	_	10	case	_	start_char=52|end_char=54
9	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	10	det	_	start_char=55|end_char=60
10	Interview	Interview	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	14	obl	_	start_char=61|end_char=70
11	mit	mit	ADP	APPR	_	13	case	_	start_char=71|end_char=74
12	Le	le	DET	NE	Case=Dat|Gender=Masc|Number=Sing	13	det	_	start_char=75|end_char=77
13	Monde	Mond	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	10	nmod	_	start_char=78|end_char=83
14	angeregt	anregen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=84|end_char=92
15	,	,	PUNCT	$,	_	22	punct	_	start_char=92|end_char=93
16	Nicolas	Nicolas	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	22	nsubj	_	start_char=94|end_char=101
17	Sarkozy	Sarkozy	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	16	flat	_	start_char=102|end_char=109
18	solle	sollen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	22	aux	_	start_char=110|end_char=115
19	doch	doch	CCONJ	KON	_	22	cc	_	start_char=116|end_char=120
20	in	in	ADP	APPR	_	21	case	_	start_char=121|end_char=123
21	Deutschland	Deutschland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	22	obl	_	start_char=124|end_char=135
22	antreten	antreten	VERB	VVINF	VerbForm=Inf	14	conj	_	start_char=136|end_char=144
23	.	.	PUNCT	$.	_	14	punct	_	start_char=144|end_char=145
"""


def test_clause_before_an_inverted_inquit_runs_from_the_sentence_start():
    """content.dependent_clause: "Der neu entdeckte Riesenplanet begleitet den Stern „HD
    13189“, teilte die Friedrich-Schiller-Universität Jena mit": the parser made two
    clauses of it ("entdeckte" a verb); all of it before the comma is what was announced."""
    assert content_text(RIESENPLANET, "teilte", "mitteilen") == \
        "Der neu entdeckte Riesenplanet begleitet den Stern „HD 13189“"


def test_doch_inside_the_reported_clause_is_a_particle():
    """content._may_be_content: "hat … angeregt, Nicolas Sarkozy solle doch in Deutschland
    antreten": the parser calls "doch" a coordinator of a second main clause; inside the
    clause it is a particle, and the clause is what Mélenchon suggested."""
    assert content_text(MELENCHON, "angeregt", "anregen") == \
        "Nicolas Sarkozy solle doch in Deutschland antreten"


KOEHLER_BOOT = """\
# newpar
# text = An die Gewerkschaften gewandt sagte Köhler, sie müssten ihre Zurückhaltung in dieser Frage aufgeben und bemühte hier das Bild vom „gemeinsamen Boot“, in dem Arbeitnehmer und Arbeitgeber angesichts des weltweiten Wettbewerbs säßen.
1	An	an	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	3	det	_	start_char=3|end_char=6
3	Gewerkschaften	Gewerkschaft	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	4	obl	_	start_char=7|end_char=21
4	gewandt	wenden	VERB	VVFIN	VerbForm=Fin	5	ccomp	_	start_char=22|end_char=29
5	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=30|end_char=35
6	Köhler	Köhler	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	nsubj	_	start_char=36|end_char=42
7	,	,	PUNCT	$,	_	15	punct	_	start_char=42|end_char=43
8	sie	sie	PRON	PPER	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	15	nsubj	_	start_char=44|end_char=47
9	müssten	müssen	AUX	VMFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	15	aux	_	start_char=48|end_char=55
10	ihre	ihr	DET	PPOSAT	Case=Acc|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	11	det:poss	_	start_char=56|end_char=60
11	Zurückhaltung	Zurückhaltung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	15	obj	_	start_char=61|end_char=74
12	in	in	ADP	APPR	_	14	case	_	start_char=75|end_char=77
13	dieser	dieser	DET	PDAT	Case=Dat|Gender=Fem|Number=Sing|PronType=Dem	14	det	_	start_char=78|end_char=84
14	Frage	Frage	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	15	obl	_	start_char=85|end_char=90
15	aufgeben	aufgeben	VERB	VVINF	VerbForm=Inf	5	ccomp	_	start_char=91|end_char=99
16	und	und	CCONJ	KON	_	17	cc	_	start_char=100|end_char=103
17	bemühte	bemühen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	15	conj	_	start_char=104|end_char=111
18	hier	hier	ADV	ADV	_	17	advmod	_	start_char=112|end_char=116
19	das	der	DET	ART	Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	20	det	_	start_char=117|end_char=120
20	Bild	Bild	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	17	obj	_	start_char=121|end_char=125
21	von	von	ADP	APPR	_	25	case	_	start_char=126|end_char=129
22	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	25	det	_	start_char=126|end_char=129
23	„	„	PUNCT	$(	_	25	punct	_	start_char=130|end_char=131
24	gemeinsamen	gemeinsam	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	25	amod	_	start_char=131|end_char=142
25	Boot	Boot	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	20	nmod	_	start_char=143|end_char=147
26	“	“	PUNCT	$(	_	25	punct	_	start_char=147|end_char=148
27	,	,	PUNCT	$,	_	37	punct	_	start_char=148|end_char=149
28	in	in	ADP	APPR	_	30	case	_	start_char=150|end_char=152
29	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	30	det	_	start_char=153|end_char=156
30	Arbeitnehmer	Arbeitnehmer	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	37	obl	_	start_char=157|end_char=169
31	und	und	CCONJ	KON	_	32	cc	_	start_char=170|end_char=173
32	Arbeitgeber	Arbeitgeber	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	30	conj	_	start_char=174|end_char=185
33	angesichts	angesichts	ADP	APPR	_	36	case	_	start_char=186|end_char=196
34	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	36	det	_	start_char=197|end_char=200
35	weltweiten	weltweit	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Sing	36	amod	_	start_char=201|end_char=211
36	Wettbewerbs	Wettbewerb	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	37	obl	_	start_char=212|end_char=223
37	säßen	sitzen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	25	acl:relcl	_	start_char=224|end_char=229
38	.	.	PUNCT	$.	_	5	punct	_	start_char=229|end_char=230
"""


KRANK = """\
# newpar
# text = Er sagte, sie seien krank und hätten Fieber.
1	Er	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	start_char=0|end_char=2
2	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=3|end_char=8
3	,	,	PUNCT	$,	_	6	punct	_	start_char=8|end_char=9
4	sie	sie	PRON	PPER	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	6	nsubj	_	start_char=10|end_char=13
5	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	6	cop	_	start_char=14|end_char=19
6	krank	krank	ADJ	ADJD	Degree=Pos	2	ccomp	_	start_char=20|end_char=25
7	und	und	CCONJ	KON	_	8	cc	_	start_char=26|end_char=29
8	hätten	haben	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	6	conj	_	start_char=30|end_char=36
9	Fieber	Fieber	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	8	obj	_	start_char=37|end_char=43
10	.	.	PUNCT	$.	_	2	punct	_	start_char=43|end_char=44
"""


def test_content_ends_before_the_speakers_next_verb():
    """content.before_cue_conjunct: "An die Gewerkschaften gewandt sagte Köhler, sie
    müssten ihre Zurückhaltung in dieser Frage aufgeben und bemühte hier das Bild vom
    „gemeinsamen Boot“, …" (Wikinews train): "bemühte" is in the cue's tense and mood with
    no subject of its own, Köhler's next act; what he said ends before "und"."""
    assert content_text(KOEHLER_BOOT, "sagte", "sagen") == \
        "sie müssten ihre Zurückhaltung in dieser Frage aufgeben"


def test_a_konjunktiv_conjunct_stays_in_the_content():
    """content.before_cue_conjunct: "Er sagte, sie seien krank und hätten Fieber": the
    second verb is Konjunktiv, part of what was said."""
    assert content_text(KRANK, "sagte", "sagen") == "sie seien krank und hätten Fieber"
