"""Rules of `quotes.indirect`: content clauses after cues, Konjunktiv without a cue, and
mixed vs indirect."""
from __future__ import annotations

from quotes import indirect, verbs
from quotes.context import ArticleContext
from quotes.extract import find_quotes

from .parses import (
    ALLIIERTE,
    ENGE_ARBEIT,
    FRAKTION,
    HASSEMER,
    PIKTOGRAMME,
    SCHOIGU_PARA,
    STOIBER,
    TRAGEN,
)
from .ruletools import parse, word

# Wikinews train, 13380 - Elf Verletzte beim Transport von Fallschirmspringern im US-amerikanischen DeLand (2005-10-04)
OKEEFE = """\
# newpar
# text = Sie seien jedoch außer Lebensgefahr, sagte Mark O’Keefe, der Sprecher der so genannten „EVAC-Ambulanz“.
1	Sie	sie	PRON	PPER	Case=Nom|Number=Plur|Person=3|PronType=Prs	7	nsubj	_	start_char=0|end_char=3
2	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	7	ccomp	_	start_char=4|end_char=9
3	jedoch	jedoch	ADV	ADV	_	7	advmod	_	start_char=10|end_char=16
4	außer	außer	ADP	APPR	_	5	case	_	start_char=17|end_char=22
5	Lebensgefahr	Lebensgefahr	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	7	obl	_	start_char=23|end_char=35
6	,	,	PUNCT	$,	_	5	punct	_	start_char=35|end_char=36
7	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=37|end_char=42
8	Mark	Mark	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	7	nsubj	_	start_char=43|end_char=47
9	O’Keefe	O’Keefe	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	flat	_	start_char=48|end_char=55
10	,	,	PUNCT	$,	_	12	punct	_	start_char=55|end_char=56
11	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=57|end_char=60
12	Sprecher	Sprecher	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	8	appos	_	start_char=61|end_char=69
13	der	der	DET	ART	Case=Gen|Definite=Def|Number=Sing|PronType=Art	19	det	_	start_char=70|end_char=73
14	so	so	ADV	ADV	_	15	advmod	_	start_char=74|end_char=76
15	genannten	genannt	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Plur	19	amod	_	start_char=77|end_char=86
16	„	„	PUNCT	$(	_	17	punct	_	start_char=87|end_char=88
17	EVAC	EVAC	NOUN	NE	Case=Dat|Gender=Fem|Number=Sing	19	compound	_	start_char=88|end_char=92
18	-	-	PUNCT	$	_	17	punct	_	start_char=92|end_char=93
19	Ambulanz	Ambulanz	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	12	nmod	_	start_char=93|end_char=101
20	“	“	PUNCT	$(	_	19	punct	_	start_char=101|end_char=102
21	.	.	PUNCT	$.	_	7	punct	_	start_char=102|end_char=103
"""
# Wikinews train, 27811 - Wende der US-Diplomatie: USA zu direkten Gesprächen mit dem Iran bereit (2006-05-31)
SO_RICE = """\
# newpar
# text = Der Iran müsse „vollständig und nachweislich den (Uran-)Anreicherungsprozess“ beenden, so Rice.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Iran	Iran	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	15	nsubj	_	start_char=4|end_char=8
3	müsse	müssen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	15	aux	_	start_char=9|end_char=14
4	„	„	PUNCT	$(	_	5	punct	_	start_char=15|end_char=16
5	vollständig	vollständig	ADJ	ADJD	Degree=Pos	15	advmod	_	start_char=16|end_char=27
6	und	und	CCONJ	KON	_	7	cc	_	start_char=28|end_char=31
7	nachweislich	nachweislich	ADJ	ADJD	_	5	conj	_	start_char=32|end_char=44
8	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	13	det	_	start_char=45|end_char=48
9	(	(	PUNCT	$	_	10	punct	_	start_char=49|end_char=50
10	Uran	Uran	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	13	compound	_	start_char=50|end_char=54
11	-	-	PUNCT	$	_	10	punct	_	start_char=54|end_char=55
12	)	)	PUNCT	$	_	10	punct	_	start_char=55|end_char=56
13	Anreicherungsprozess	Anreicherungsprozes	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	15	obj	_	start_char=56|end_char=76
14	“	“	PUNCT	$(	_	13	punct	_	start_char=76|end_char=77
15	beenden	beenden	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=78|end_char=85
16	,	,	PUNCT	$,	_	15	punct	_	start_char=85|end_char=86
17	so	so	ADV	ADV	_	18	advmod	_	start_char=87|end_char=89
18	Rice	Rice	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	15	parataxis	_	start_char=90|end_char=94
19	.	.	PUNCT	$.	_	15	punct	_	start_char=94|end_char=95
"""


def test_indirect_anaphoric_dies_bestaetigte():
    """indirect.anaphoric: "… wird nicht der neuen Bundesregierung angehören. Dies bestätigte Stoiber" -- the sentence before is what he confirmed."""
    parsed = parse(STOIBER)
    ctx = ArticleContext.read("t", parsed)
    sent = parsed.sentences[1]
    cue = next(c for c in ctx.cues[1] if c.lemma == "bestätigen")
    start, end = indirect.anaphoric(parsed.sentences, sent, cue)
    assert parsed.text[start:end] == \
        "Der bayerische Ministerpräsident Edmund Stoiber (CSU) wird definitiv nicht der neuen Bundesregierung angehören"


def test_indirect_cue_quote_anaphoric_speaker():
    """indirect.cue_quote (anaphoric): the confirmed sentence is Stoiber's, through "bestätigen"."""
    quotes = find_quotes("t", parse(STOIBER))
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("indirect", "Edmund Stoiber", "bestätigen")]
    assert quotes[0].text.startswith("Der bayerische Ministerpräsident Edmund Stoiber (CSU) wird")


def test_indirect_reported_span_mixed_with_marks_inside():
    """indirect.reported_span: "Putin sagte, es werde „enge Arbeit“ … geben, …" -- a reported clause with marks is mixed."""
    quotes = find_quotes("t", parse(ENGE_ARBEIT))
    assert [(q.kind, q.speaker) for q in quotes] == [("mixed", "Putin")]
    assert quotes[0].text.startswith("es werde „enge Arbeit“ an der Stärkung der Zusammenarbeit")


def test_indirect_reported_span_mixed_so_x():
    """indirect.reported_span: "Der Iran müsse „vollständig und nachweislich …“ beenden, so Rice." -- mixed, Rice speaks."""
    quotes = find_quotes("t", parse(SO_RICE))
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("mixed", "Rice", "so")]
    assert quotes[0].text == "Der Iran müsse „vollständig und nachweislich den (Uran-)Anreicherungsprozess“ beenden"


def test_indirect_reported_span_marks_in_source_stay_indirect():
    """indirect.reported_span: "Sie seien … außer Lebensgefahr, sagte Mark O’Keefe, der Sprecher der so genannten „EVAC-Ambulanz“" -- the marks are in the source, the clause is indirect."""
    quotes = find_quotes("t", parse(OKEEFE))
    assert [(q.kind, q.text, q.speaker) for q in quotes] == \
        [("indirect", "Sie seien jedoch außer Lebensgefahr", "Mark O’Keefe")]


def test_indirect_accept_content_think_verb_with_dass():
    """indirect.accept_content: "glaubt, dass ein weiteres Verbotsfahren möglich sei" -- a belief with dass is reported."""
    ctx = ArticleContext.read("t", parse(HASSEMER))
    cue = next(c for c in ctx.cues[0] if c.lemma == "glauben")
    assert cue.kind == "think"
    assert indirect.accept_content(cue)


def test_indirect_konjunktiv_quote_continues_last_speaker():
    """indirect.konjunktiv_quote: "…, sagte … Sergej Schoigu. Am Montag hätten die belarussischen Soldaten … begonnen." -- still Schoigu."""
    quotes = find_quotes("t", parse(SCHOIGU_PARA))
    last = quotes[-1]
    assert last.text == "Am Montag hätten die belarussischen Soldaten in einem russischen Trainingszentrum " \
        "mit der Ausbildung für den Einsatz des Systems begonnen"
    assert (last.kind, last.speaker, last.cue, last.rule) == ("indirect", "Sergej Schoigu", None, "konjunktiv")


def test_indirect_konjunktiv_clause_quotes_weil_habe():
    """indirect.konjunktiv_clause_quotes: "Die Alliierten hatten Einspruch erhoben, weil Berlin einen Sonderstatus habe …" -- the Allies' reason, in their words."""
    quotes = find_quotes("t", parse(ALLIIERTE))
    assert [(q.kind, q.text, q.speaker, q.rule) for q in quotes] == [
        ("indirect", "weil Berlin einen Sonderstatus habe und nicht vom Bund regiert werden dürfe", "Alliierten",
         "konjunktiv:clause")]


# news-dev, gnad-0765 (10kGNAD, derStandard.at)
WUSSTE_NICHT = """\
# newpar
# text = Man wusste ja nicht, wie es sein würde.
1	Man	man	PRON	PIS	Case=Nom|Number=Sing|PronType=Ind	2	nsubj	_	start_char=0|end_char=3
2	wusste	wissen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=4|end_char=10
3	ja	ja	ADV	ADV	_	2	advmod	_	start_char=11|end_char=13
4	nicht	nicht	PART	PTKNEG	Polarity=Neg	2	advmod	_	start_char=14|end_char=19
5	,	,	PUNCT	$,	_	2	punct	_	start_char=19|end_char=20
6	wie	wie	SCONJ	PWAV	_	8	mark	_	start_char=21|end_char=24
7	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	8	nsubj	_	start_char=25|end_char=27
8	sein	sein	AUX	VAINF	VerbForm=Inf	2	advcl	_	start_char=28|end_char=32
9	würde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	8	aux	_	start_char=33|end_char=38
10	.	.	PUNCT	$.	_	2	punct	_	start_char=38|end_char=39
"""


def test_indirect_negated_verb_with_a_question_reports_nothing():
    """"Man wusste ja nicht, wie es sein würde": what was not known is no quote, though
    "wissen" is an attitude cue and "würde" a Konjunktiv."""
    parsed = parse(WUSSTE_NICHT)
    ctx = ArticleContext.read("t", parsed)
    cue = next(c for c in ctx.cues[0] if c.lemma == "wissen")
    assert cue.content and indirect.unanswered(cue)
    assert find_quotes("t", parsed) == []


# news-dev, gnad-0816 (10kGNAD, derStandard.at)
BUERGER = """\
# newpar
# text = G29 fordert darin, dass alle Prozesse der Datenverarbeitung einfach zu verstehen und transparent ablaufen sollen.
1	G29	G29	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=0|end_char=3
2	fordert	fordern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=4|end_char=11
3	darin	darin	ADV	PROAV	PronType=Dem	2	advmod	_	start_char=12|end_char=17
4	,	,	PUNCT	$,	_	12	punct	_	start_char=17|end_char=18
5	dass	dass	SCONJ	KOUS	_	12	mark	_	start_char=19|end_char=23
6	alle	alle	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	7	det	_	start_char=24|end_char=28
7	Prozesse	Prozeß	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	12	obj	_	start_char=29|end_char=37
8	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	9	det	_	start_char=38|end_char=41
9	Datenverarbeitung	Datenverarbeitung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	7	nmod	_	start_char=42|end_char=59
10	einfach	einfach	ADV	ADV	_	12	advmod	_	start_char=60|end_char=67
11	zu	zu	PART	PTKZU	_	12	mark	_	start_char=68|end_char=70
12	verstehen	verstehen	VERB	VVINF	VerbForm=Inf	2	advcl	_	start_char=71|end_char=80
13	und	und	CCONJ	KON	_	14	cc	_	start_char=81|end_char=84
14	transparent	transparent	ADJ	ADJD	Degree=Pos	15	advmod	_	start_char=85|end_char=96
15	ablaufen	ablaufen	VERB	VVINF	VerbForm=Inf	12	conj	_	start_char=97|end_char=105
16	sollen	sollen	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	15	aux	_	start_char=106|end_char=112
17	.	.	PUNCT	$.	_	2	punct	_	start_char=112|end_char=113

# text = Der Bürger müsse immer wissen, was gerade mit seinen Daten geschehe.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Bürger	Bürger	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	5	nsubj	_	start_char=4|end_char=10
3	müsse	müssen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	aux	_	start_char=11|end_char=16
4	immer	immer	ADV	ADV	_	5	advmod	_	start_char=17|end_char=22
5	wissen	wissen	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=23|end_char=29
6	,	,	PUNCT	$,	_	12	punct	_	start_char=29|end_char=30
7	was	was	PRON	PWS	Case=Nom|Gender=Neut|Number=Sing|PronType=Int,Rel	12	nsubj	_	start_char=31|end_char=34
8	gerade	gerade	ADV	ADV	_	12	advmod	_	start_char=35|end_char=41
9	mit	mit	ADP	APPR	_	11	case	_	start_char=42|end_char=45
10	seinen	sein	DET	PPOSAT	Case=Dat|Gender=Fem|Gender[psor]=Masc,Neut|Number=Plur|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	11	det:poss	_	start_char=46|end_char=52
11	Daten	Datum	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	12	obl	_	start_char=53|end_char=58
12	geschehe	geschehen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	5	ccomp	_	start_char=59|end_char=67
13	.	.	PUNCT	$.	_	5	punct	_	start_char=67|end_char=68
"""


def test_indirect_cue_in_reported_clause_keeps_the_last_speaker():
    """"G29 fordert …, dass … Der Bürger müsse immer wissen, was …": "müsse" makes the
    cue's own clause reported speech, so the citizen is what G29 talks about, not who
    speaks."""
    quotes = find_quotes("t", parse(BUERGER))
    last = [q for q in quotes if q.text.startswith("was gerade")]
    assert [(q.speaker, q.cue) for q in last] == [("G29", "wissen")]


# news-dev, gnad-0231 (10kGNAD, derStandard.at)
KAEUFER = """\
# newpar
# text = Der potenzielle Käufer, nach Darstellung der Behörde ein Privatmann, ließ sich drei Blüten - einen Hunderter, einen Fünfziger und einen Zwanziger - geben, kündigte an, vor Geschäftsabschluss deren Qualität zu prüfen und ging zur Polizei.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	potenzielle	potenziell	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	3	amod	_	start_char=4|end_char=15
3	Käufer	Käufer	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	12	nsubj	_	start_char=16|end_char=22
4	,	,	PUNCT	$,	_	10	punct	_	start_char=22|end_char=23
5	nach	nach	ADP	APPR	_	6	case	_	start_char=24|end_char=28
6	Darstellung	Darstellung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	3	nmod	_	start_char=29|end_char=40
7	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=41|end_char=44
8	Behörde	Behörde	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	6	nmod	_	start_char=45|end_char=52
9	ein	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	10	det	_	start_char=53|end_char=56
10	Privatmann	Privatmann	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	acl:relcl	_	start_char=57|end_char=67
11	,	,	PUNCT	$,	_	3	punct	_	start_char=67|end_char=68
12	ließ	lassen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=69|end_char=73
13	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	12	obj	_	start_char=74|end_char=78
14	drei	drei	NUM	CARD	NumType=Card	15	nummod	_	start_char=79|end_char=83
15	Blüten	Blüte	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	12	obj	_	start_char=84|end_char=90
16	-	-	PUNCT	$	_	15	punct	_	start_char=91|end_char=92
17	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	18	det	_	start_char=93|end_char=98
18	Hunderter	Hunderter	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	12	obj	_	start_char=99|end_char=108
19	,	,	PUNCT	$,	_	26	punct	_	start_char=108|end_char=109
20	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	21	det	_	start_char=110|end_char=115
21	Fünfziger	Fünfziger	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	26	obj	_	start_char=116|end_char=125
22	und	und	CCONJ	KON	_	24	cc	_	start_char=126|end_char=129
23	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	24	det	_	start_char=130|end_char=135
24	Zwanziger	Zwanzig	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	21	conj	_	start_char=136|end_char=145
25	-	-	PUNCT	$	_	24	punct	_	start_char=146|end_char=147
26	geben	geben	VERB	VVINF	VerbForm=Inf	18	acl:relcl	_	start_char=148|end_char=153
27	,	,	PUNCT	$,	_	26	punct	_	start_char=153|end_char=154
28	kündigte	kündigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	12	parataxis	_	start_char=155|end_char=163
29	an	an	ADP	PTKVZ	_	28	compound:prt	_	start_char=164|end_char=166
30	,	,	PUNCT	$,	_	36	punct	_	start_char=166|end_char=167
31	vor	vor	ADP	APPR	_	32	case	_	start_char=168|end_char=171
32	Geschäftsabschluss	Geschäftsabschluß	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	36	obl	_	start_char=172|end_char=190
33	deren	der	DET	PRELAT	Case=Nom|Number=Plur|PronType=Dem,Rel	34	det	_	start_char=191|end_char=196
34	Qualität	Qualität	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	32	nmod	_	start_char=197|end_char=205
35	zu	zu	PART	PTKZU	_	36	mark	_	start_char=206|end_char=208
36	prüfen	prüfen	VERB	VVINF	VerbForm=Inf	28	xcomp	_	start_char=209|end_char=215
37	und	und	CCONJ	KON	_	38	cc	_	start_char=216|end_char=219
38	ging	gehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	36	conj	_	start_char=220|end_char=224
39	zur	zu	ADP	APPR	_	40	case	_	start_char=225|end_char=228
40	Polizei	Polizei	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	38	obl	_	start_char=229|end_char=236
41	.	.	PUNCT	$.	_	28	punct	_	start_char=236|end_char=237
"""


def test_indirect_source_phrase_inside_an_apposition_and_a_shared_subject():
    """"Der potenzielle Käufer, nach Darstellung der Behörde ein Privatmann, ließ sich …
    geben, kündigte an, … zu prüfen": "nach Darstellung der Behörde" only qualifies the
    apposition, so it claims no sentence; "kündigte an" shares the buyer as its subject."""
    quotes = find_quotes("t", parse(KAEUFER))
    assert len(quotes) == 1
    assert quotes[0].text.startswith("vor Geschäftsabschluss deren Qualität zu prüfen")
    assert (quotes[0].speaker, quotes[0].cue) == ("Potenzieller Käufer", "ankündigen")


def test_indirect_konjunktiv_ii_cue_with_a_subject_that_cannot_speak_keeps_the_speaker():
    """"…“, sagt der Sprecher. Piktogramme würden erklären, wo man sie anfasst …": the cue's
    clause is itself reported (Konjunktiv II) and pictograms say nothing of their own, so
    the spokesman goes on speaking."""
    quotes = find_quotes("t", parse(TRAGEN + "\n" + PIKTOGRAMME.removeprefix("# newpar\n")))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Sprecher"), ("indirect", "Sprecher")]


# Wikinews train, 69106 - Koch-Mehrin legt Widerspruch ein (2011)
DEKAN = """\
# newpar
# text = Sie wisse, dass ihre Arbeit „nicht frei von Schwächen, nicht selten ungenau, oberflächlich und manchmal geradezu fehlerhaft“ sei, hatte Koch-Mehrin damals gesagt und auf die Beurteilung der Arbeit durch ihren Doktorvater verwiesen, doch „zur guten wissenschaftlichen Praxis gehört es … auch, eine vorgelegte Arbeit ordentlich zu prüfen“.
1	Sie	sie	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	start_char=0|end_char=3
2	wisse	wissen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=4|end_char=9
3	,	,	PUNCT	$,	_	15	punct	_	start_char=9|end_char=10
4	dass	dass	SCONJ	KOUS	_	15	mark	_	start_char=11|end_char=15
5	ihre	ihr	DET	PPOSAT	Case=Nom|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	6	det:poss	_	start_char=16|end_char=20
6	Arbeit	Arbeit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	9	nsubj	_	start_char=21|end_char=27
7	„	„	PUNCT	$(	_	9	punct	_	start_char=28|end_char=29
8	nicht	nicht	PART	PTKNEG	Polarity=Neg	9	advmod	_	start_char=29|end_char=34
9	frei	frei	ADJ	ADJD	Degree=Pos	2	ccomp	_	start_char=35|end_char=39
10	von	von	ADP	APPR	_	11	case	_	start_char=40|end_char=43
11	Schwächen	Schwäche	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	9	nmod	_	start_char=44|end_char=53
12	,	,	PUNCT	$,	_	9	punct	_	start_char=53|end_char=54
13	nicht	nicht	PART	PTKNEG	Polarity=Neg	15	advmod	_	start_char=55|end_char=60
14	selten	selten	ADJ	ADJD	Degree=Pos	15	advmod	_	start_char=61|end_char=67
15	ungenau	ungenau	ADJ	ADJD	Degree=Pos	9	conj	_	start_char=68|end_char=75
16	,	,	PUNCT	$,	_	17	punct	_	start_char=75|end_char=76
17	oberflächlich	oberflächlich	ADJ	ADJD	Degree=Pos	15	conj	_	start_char=77|end_char=90
18	und	und	CCONJ	KON	_	21	cc	_	start_char=91|end_char=94
19	manchmal	manchmal	ADV	ADV	_	20	advmod	_	start_char=95|end_char=103
20	geradezu	geradezu	ADJ	ADJD	Degree=Pos	21	advmod	_	start_char=104|end_char=112
21	fehlerhaft	fehlerhaft	ADJ	ADJD	Degree=Pos	15	conj	_	start_char=113|end_char=123
22	“	“	PUNCT	$(	_	21	punct	_	start_char=123|end_char=124
23	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	21	cop	_	start_char=125|end_char=128
24	,	,	PUNCT	$,	_	30	punct	_	start_char=128|end_char=129
25	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	30	aux	_	start_char=130|end_char=135
26	Koch	Koch	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	30	nsubj	_	start_char=136|end_char=140
27	-	-	PUNCT	$	_	26	punct	_	start_char=140|end_char=141
28	Mehrin	Mehrin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	30	obj	_	start_char=141|end_char=147
29	damals	damals	ADV	ADV	_	30	advmod	_	start_char=148|end_char=154
30	gesagt	sagen	VERB	VVPP	VerbForm=Part	2	parataxis	_	start_char=155|end_char=161
31	und	und	CCONJ	KON	_	40	cc	_	start_char=162|end_char=165
32	auf	auf	ADP	APPR	_	34	case	_	start_char=166|end_char=169
33	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	34	det	_	start_char=170|end_char=173
34	Beurteilung	Beurteilung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	40	obl	_	start_char=174|end_char=185
35	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	36	det	_	start_char=186|end_char=189
36	Arbeit	Arbeit	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	34	nmod	_	start_char=190|end_char=196
37	durch	durch	ADP	APPR	_	39	case	_	start_char=197|end_char=202
38	ihren	ihr	DET	PPOSAT	Case=Acc|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	39	det:poss	_	start_char=203|end_char=208
39	Doktorvater	Doktorvater	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	40	obl	_	start_char=209|end_char=220
40	verwiesen	verweisen	VERB	VVPP	VerbForm=Part	30	conj	_	start_char=221|end_char=230
41	,	,	PUNCT	$,	_	48	punct	_	start_char=230|end_char=231
42	doch	doch	CCONJ	KON	_	48	cc	_	start_char=232|end_char=236
43	„	„	PUNCT	$(	_	48	punct	_	start_char=237|end_char=238
44	zur	zu	ADP	APPR	_	47	case	_	start_char=238|end_char=241
45	guten	gut	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	47	amod	_	start_char=242|end_char=247
46	wissenschaftlichen	wissenschaftlich	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	47	amod	_	start_char=248|end_char=266
47	Praxis	Praxis	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	48	obl	_	start_char=267|end_char=273
48	gehört	gehören	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	40	conj	_	start_char=274|end_char=280
49	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	48	nsubj	_	start_char=281|end_char=283
50	…	…	PUNCT	$(	_	48	punct	_	start_char=284|end_char=285
51	auch	auch	ADV	ADV	_	48	advmod	_	start_char=286|end_char=290
52	,	,	PUNCT	$,	_	58	punct	_	start_char=290|end_char=291
53	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	55	det	_	start_char=292|end_char=296
54	vorgelegte	vorgelegt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	55	amod	_	start_char=297|end_char=307
55	Arbeit	Arbeit	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	58	obj	_	start_char=308|end_char=314
56	ordentlich	ordentlich	ADJ	ADJD	Degree=Pos	58	advmod	_	start_char=315|end_char=325
57	zu	zu	PART	PTKZU	_	58	mark	_	start_char=326|end_char=328
58	prüfen	prüfen	VERB	VVINF	VerbForm=Inf	48	xcomp	_	start_char=329|end_char=335
59	“	“	PUNCT	$(	_	48	punct	_	start_char=335|end_char=336
60	.	.	PUNCT	$.	_	2	punct	_	start_char=336|end_char=337

# newpar
# text = Falls die Universität an ihrer Entscheidung festhält, steht Koch-Mehrin die Möglichkeit einer Klage vor dem Verwaltungsgericht offen.
1	Falls	fall	SCONJ	KOUS	_	7	mark	_	start_char=0|end_char=5
2	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=6|end_char=9
3	Universität	Universität	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	7	nsubj	_	start_char=10|end_char=21
4	an	an	ADP	APPR	_	6	case	_	start_char=22|end_char=24
5	ihrer	ihr	DET	PPOSAT	Case=Dat|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	6	det:poss	_	start_char=25|end_char=30
6	Entscheidung	Entscheidung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	7	obl	_	start_char=31|end_char=43
7	festhält	festhalten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	9	advcl	_	start_char=44|end_char=52
8	,	,	PUNCT	$,	_	7	punct	_	start_char=52|end_char=53
9	steht	stehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=54|end_char=59
10	Koch	Koch	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=60|end_char=64
11	-	-	PUNCT	$	_	10	punct	_	start_char=64|end_char=65
12	Mehrin	Mehrin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	10	flat	_	start_char=65|end_char=71
13	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=72|end_char=75
14	Möglichkeit	Möglichkeit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	9	obj	_	start_char=76|end_char=87
15	einer	ein	DET	ART	Case=Gen|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	16	det	_	start_char=88|end_char=93
16	Klage	Klage	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	14	nmod	_	start_char=94|end_char=99
17	vor	vor	ADP	APPR	_	19	case	_	start_char=100|end_char=103
18	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	19	det	_	start_char=104|end_char=107
19	Verwaltungsgericht	Verwaltungsgericht	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	20	obl	_	start_char=108|end_char=126
20	offen	offen	ADJ	ADJD	Degree=Pos	9	xcomp	_	start_char=127|end_char=132
21	.	.	PUNCT	$.	_	9	punct	_	start_char=132|end_char=133

# text = Dekan Berg sieht einen eventuellen Rechtsstreit gelassen.
1	Dekan	Dekan	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nmod:poss	_	start_char=0|end_char=5
2	Berg	Berg	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=6|end_char=10
3	sieht	sehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=11|end_char=16
4	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	6	det	_	start_char=17|end_char=22
5	eventuellen	eventuell	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Sing	6	amod	_	start_char=23|end_char=34
6	Rechtsstreit	Rechtsstreit	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	7	obj	_	start_char=35|end_char=47
7	gelassen	lassen	VERB	VVPP	VerbForm=Part	3	xcomp	_	start_char=48|end_char=56
8	.	.	PUNCT	$.	_	3	punct	_	start_char=56|end_char=57

# text = Von den Plagiatsvorwürfen habe man vor elf Jahren nichts gewusst und deswegen auch nicht im Gutachten zur Arbeit darauf eingehen können.
1	Von	von	ADP	APPR	_	3	case	_	start_char=0|end_char=3
2	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	3	det	_	start_char=4|end_char=7
3	Plagiatsvorwürfen	Plagiatsvorwurf	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	10	obl	_	start_char=8|end_char=25
4	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	aux	_	start_char=26|end_char=30
5	man	man	PRON	PIS	Case=Nom|Number=Sing|PronType=Ind	10	nsubj	_	start_char=31|end_char=34
6	vor	vor	ADP	APPR	_	8	case	_	start_char=35|end_char=38
7	elf	elf	NUM	CARD	NumType=Card	8	nummod	_	start_char=39|end_char=42
8	Jahren	Jahr	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	10	obl	_	start_char=43|end_char=49
9	nichts	nichts	PRON	PIS	Case=Nom|Gender=Neut|Number=Sing|PronType=Neg	10	obj	_	start_char=50|end_char=56
10	gewusst	wissen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=57|end_char=64
11	und	und	CCONJ	KON	_	20	cc	_	start_char=65|end_char=68
12	deswegen	deswegen	ADV	ADV	_	20	advmod	_	start_char=69|end_char=77
13	auch	auch	ADV	ADV	_	20	advmod	_	start_char=78|end_char=82
14	nicht	nicht	PART	PTKNEG	Polarity=Neg	20	advmod	_	start_char=83|end_char=88
15	im	in	ADP	APPR	_	16	case	_	start_char=89|end_char=91
16	Gutachten	Gutachten	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	20	obl	_	start_char=92|end_char=101
17	zur	zu	ADP	APPR	_	18	case	_	start_char=102|end_char=105
18	Arbeit	Arbeit	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	20	obl	_	start_char=106|end_char=112
19	darauf	darauf	ADV	PROAV	PronType=Dem	20	advmod	_	start_char=113|end_char=119
20	eingehen	eingehen	VERB	VVINF	VerbForm=Inf	10	conj	_	start_char=120|end_char=128
21	können	können	AUX	VMINF	Number=Plur|Person=3|VerbForm=Fin	20	aux	_	start_char=129|end_char=135
22	.	.	PUNCT	$.	_	10	punct	_	start_char=135|end_char=136
"""


def test_indirect_konjunktiv_after_a_sentence_about_someone_is_theirs():
    """"Dekan Berg sieht einen eventuellen Rechtsstreit gelassen. Von den Plagiatsvorwürfen
    habe man … nichts gewusst": the Konjunktiv continues the one the sentence before is
    about, not the speaker of two sentences ago (here the university's statement)."""
    quotes = find_quotes("t", parse(DEKAN))
    assert quotes[-1].rule == "konjunktiv" and quotes[-1].speaker_mention == "Dekan Berg"


# Wikinews train, 9251 - Thailands Ministerpräsident unter Druck wegen Notstandsvollmachten (2005-07-24)
DIES_NEW_PARAGRAPH = """\
# newpar
# text = König Rama IX. (Bhumibol Adulyadej) von Thailand bestellte den Premierminister Thaksin Shinawatra in den Palast ein um ihn zu drängen, die gerade erlassenen Notstandsdekrete für den Süden Thailands in angemessener Weise und unter der Maßgabe anzuwenden, dass  Missverständnisse und Auseinandersetzungen in den drei Südprovinzen Thailands vermieden werden können.
1	König	König	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	10	nsubj	_	start_char=0|end_char=5
2	Rama	Rama	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	appos	_	start_char=6|end_char=10
3	IX.	IX.	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	flat	_	start_char=11|end_char=14
4	(	(	PUNCT	$	_	5	punct	_	start_char=15|end_char=16
5	Bhumibol	Bhumibol	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	appos	_	start_char=16|end_char=24
6	Adulyadej	Adulyadej	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	flat	_	start_char=25|end_char=34
7	)	)	PUNCT	$	_	5	punct	_	start_char=34|end_char=35
8	von	von	ADP	APPR	_	9	case	_	start_char=36|end_char=39
9	Thailand	Thailand	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	2	nmod	_	start_char=40|end_char=48
10	bestellte	bestellen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=49|end_char=58
11	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=59|end_char=62
12	Premierminister	Premierminister	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	10	obj	_	start_char=63|end_char=78
13	Thaksin	Thaksin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	12	appos	_	start_char=79|end_char=86
14	Shinawatra	Shinawatra	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	13	flat:name	_	start_char=87|end_char=97
15	in	in	ADP	APPR	_	17	case	_	start_char=98|end_char=100
16	den	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	17	det	_	start_char=101|end_char=104
17	Palast	Palast	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	10	obl	_	start_char=105|end_char=111
18	ein	ein	ADV	PTKVZ	_	10	compound:prt	_	start_char=112|end_char=115
19	um	um	ADP	APPR	_	20	case	_	start_char=116|end_char=118
20	ihn	er	PRON	PPER	Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs	22	obl	_	start_char=119|end_char=122
21	zu	zu	PART	PTKZU	_	22	mark	_	start_char=123|end_char=125
22	drängen	drängen	VERB	VVINF	VerbForm=Inf	10	xcomp	_	start_char=126|end_char=133
23	,	,	PUNCT	$,	_	39	punct	_	start_char=133|end_char=134
24	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	39	nsubj	_	start_char=135|end_char=138
25	gerade	gerade	ADV	ADV	_	27	advmod	_	start_char=139|end_char=145
26	erlassenen	erlassen	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	27	amod	_	start_char=146|end_char=156
27	Notstandsdekrete	Notstandsdekrete	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	39	obj	_	start_char=157|end_char=173
28	für	für	ADP	APPR	_	30	case	_	start_char=174|end_char=177
29	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	30	det	_	start_char=178|end_char=181
30	Süden	Süden	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	27	nmod	_	start_char=182|end_char=187
31	Thailands	Thailand	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	30	appos	_	start_char=188|end_char=197
32	in	in	ADP	APPR	_	34	case	_	start_char=198|end_char=200
33	angemessener	angemessen	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	34	amod	_	start_char=201|end_char=213
34	Weise	Weise	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	39	obl	_	start_char=214|end_char=219
35	und	und	CCONJ	KON	_	38	cc	_	start_char=220|end_char=223
36	unter	unter	ADP	APPR	_	38	case	_	start_char=224|end_char=229
37	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	38	det	_	start_char=230|end_char=233
38	Maßgabe	Maßgabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	34	conj	_	start_char=234|end_char=241
39	anzuwenden	anwenden	VERB	VVINF	VerbForm=Inf	22	advcl	_	start_char=242|end_char=252
40	,	,	PUNCT	$,	_	50	punct	_	start_char=252|end_char=253
41	dass	dass	SCONJ	KOUS	_	50	mark	_	start_char=254|end_char=258
42	Missverständnisse	Mißverständnis	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	50	nsubj:pass	_	start_char=260|end_char=277
43	und	und	CCONJ	KON	_	44	cc	_	start_char=278|end_char=281
44	Auseinandersetzungen	Auseinandersetzung	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	42	conj	_	start_char=282|end_char=302
45	in	in	ADP	APPR	_	48	case	_	start_char=303|end_char=305
46	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	48	det	_	start_char=306|end_char=309
47	drei	drei	NUM	CARD	NumType=Card	48	nummod	_	start_char=310|end_char=314
48	Südprovinzen	Südprovinz	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	50	obl	_	start_char=315|end_char=327
49	Thailands	Thailand	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	48	appos	_	start_char=328|end_char=337
50	vermieden	vermeiden	VERB	VVPP	VerbForm=Part	39	advcl	_	start_char=338|end_char=347
51	werden	werden	AUX	VAINF	VerbForm=Inf	50	aux:pass	_	start_char=348|end_char=354
52	können	können	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	50	aux	_	start_char=355|end_char=361
53	.	.	PUNCT	$.	_	10	punct	_	start_char=361|end_char=362

# newpar
# text = Dies teilte der Ministerpräsident in seiner wöchentlichen Radioansprache mit.
1	Dies	dieser	DET	PDS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem	2	nsubj	_	start_char=0|end_char=4
2	teilte	teilen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=5|end_char=11
3	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	4	det	_	start_char=12|end_char=15
4	Ministerpräsident	Ministerpräsident	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	2	obj	_	start_char=16|end_char=33
5	in	in	ADP	APPR	_	8	case	_	start_char=34|end_char=36
6	seiner	sein	DET	PPOSAT	Case=Dat|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	8	det:poss	_	start_char=37|end_char=43
7	wöchentlichen	wöchentlich	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	8	amod	_	start_char=44|end_char=57
8	Radioansprache	Radioansprache	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	2	obl	_	start_char=58|end_char=72
9	mit	mit	ADP	PTKVZ	_	2	compound:prt	_	start_char=73|end_char=76
10	.	.	PUNCT	$.	_	2	punct	_	start_char=76|end_char=77
"""


def test_indirect_anaphoric_dies_opening_a_paragraph():
    """indirect.anaphoric: "Dies teilte der Ministerpräsident in seiner wöchentlichen
    Radioansprache mit." opens a paragraph; "dies" points back to the last sentence of
    the paragraph before, which is what he announced."""
    parsed = parse(DIES_NEW_PARAGRAPH)
    quotes = find_quotes("t", parsed)
    assert [(q.kind, q.text[:40], q.speaker_mention, q.cue) for q in quotes] == [
        ("indirect", "König Rama IX. (Bhumibol Adulyadej) von ", "der Ministerpräsident", "mitteilen")]


FLUGSICHERUNG = """\
# newpar
# text = Wieso die Maschine kurz nach dem Start diesen Flug abbrach, gab die Flugsicherung nicht bekannt.
1	Wieso	wieso	SCONJ	KOUS	_	10	mark	_	start_char=0|end_char=5
2	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=6|end_char=9
3	Maschine	Maschine	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	10	nsubj	_	start_char=10|end_char=18
4	kurz	kurz	ADJ	ADJD	Degree=Pos	10	advmod	_	start_char=19|end_char=23
5	nach	nach	ADP	APPR	_	7	case	_	start_char=24|end_char=28
6	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	7	det	_	start_char=29|end_char=32
7	Start	Start	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	10	obl	_	start_char=33|end_char=38
8	diesen	dieser	DET	PDAT	Case=Dat|Gender=Masc|Number=Sing|PronType=Dem	9	det	_	start_char=39|end_char=45
9	Flug	Flug	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	10	obj	_	start_char=46|end_char=50
10	abbrach	abbrechen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	12	advcl	_	start_char=51|end_char=58
11	,	,	PUNCT	$,	_	10	punct	_	start_char=58|end_char=59
12	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=60|end_char=63
13	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=64|end_char=67
14	Flugsicherung	Flugsicherung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	12	nsubj	_	start_char=68|end_char=81
15	nicht	nicht	PART	PTKNEG	Polarity=Neg	16	advmod	_	start_char=82|end_char=87
16	bekannt	bekannt	ADJ	ADJD	Degree=Pos	12	xcomp	_	start_char=88|end_char=95
17	.	.	PUNCT	$.	_	12	punct	_	start_char=95|end_char=96
"""


UNCLE_TED = """\
# newpar
# text = „Uncle Ted“, wie der Senator genannt wurde, war bekannt für sein Geschick, staatliche Milliarden im Senat für seinen Staat zu erkämpfen.
1	„	„	PUNCT	$(	_	2	punct	_	start_char=0|end_char=1
2	Uncle	Uncle	PROPN	NE	Case=Nom|Number=Sing	13	nsubj	_	start_char=1|end_char=6
3	Ted	Ted	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	flat:name	_	start_char=7|end_char=10
4	“	“	PUNCT	$(	_	2	punct	_	start_char=10|end_char=11
5	,	,	PUNCT	$,	_	9	punct	_	start_char=11|end_char=12
6	wie	wie	SCONJ	PWAV	_	9	mark	_	start_char=13|end_char=16
7	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	8	det	_	start_char=17|end_char=20
8	Senator	Senator	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	9	nsubj:pass	_	start_char=21|end_char=28
9	genannt	nennen	VERB	VVPP	VerbForm=Part	13	advcl	_	start_char=29|end_char=36
10	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	9	aux:pass	_	start_char=37|end_char=42
11	,	,	PUNCT	$,	_	9	punct	_	start_char=42|end_char=43
12	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	13	cop	_	start_char=44|end_char=47
13	bekannt	bekannt	ADJ	ADJD	Degree=Pos	0	root	_	start_char=48|end_char=55
14	für	für	ADP	APPR	_	16	case	_	start_char=56|end_char=59
15	sein	sein	DET	PPOSAT	Case=Acc|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	16	det:poss	_	start_char=60|end_char=64
16	Geschick	Geschick	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	13	obl	_	start_char=65|end_char=73
17	,	,	PUNCT	$,	_	27	punct	_	start_char=73|end_char=74
18	staatliche	staatlich	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	19	amod	_	start_char=75|end_char=85
19	Milliarden	Milliarde	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	27	obj	_	start_char=86|end_char=96
20	in	in	ADP	APPR	_	22	case	_	start_char=97|end_char=99
21	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	22	det	_	start_char=97|end_char=99
22	Senat	Senat	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	27	obl	_	start_char=100|end_char=105
23	für	für	ADP	APPR	_	25	case	_	start_char=106|end_char=109
24	seinen	sein	DET	PPOSAT	Case=Acc|Gender=Masc|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	25	det:poss	_	start_char=110|end_char=116
25	Staat	Staat	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	27	obl	_	start_char=117|end_char=122
26	zu	zu	PART	PTKZU	_	27	mark	_	start_char=123|end_char=125
27	erkämpfen	erkämpfen	VERB	VVINF	VerbForm=Inf	13	xcomp	_	start_char=126|end_char=135
28	.	.	PUNCT	$.	_	13	punct	_	start_char=135|end_char=136
"""


CLEVELAND = """\
# newpar
# text = Die Polizei prüft zahlreiche Hinweise und Vorfälle in der Stadt auf Zusammenhänge, konnte solche bislang nicht feststellen.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Polizei	Polizei	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	3	nsubj	_	start_char=4|end_char=11
3	prüft	prüfen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=12|end_char=17
4	zahlreiche	zahlreich	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	5	amod	_	start_char=18|end_char=28
5	Hinweise	Hinweis	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	3	obj	_	start_char=29|end_char=37
6	und	und	CCONJ	KON	_	7	cc	_	start_char=38|end_char=41
7	Vorfälle	Vorfall	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	5	conj	_	start_char=42|end_char=50
8	in	in	ADP	APPR	_	10	case	_	start_char=51|end_char=53
9	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	start_char=54|end_char=57
10	Stadt	Stadt	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	3	obl	_	start_char=58|end_char=63
11	auf	auf	ADP	APPR	_	12	case	_	start_char=64|end_char=67
12	Zusammenhänge	Zusammenhang	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	10	nmod	_	start_char=68|end_char=81
13	,	,	PUNCT	$,	_	18	punct	_	start_char=81|end_char=82
14	konnte	können	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	18	aux	_	start_char=83|end_char=89
15	solche	solcher	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	18	nsubj	_	start_char=90|end_char=96
16	bislang	bislang	ADV	ADV	_	18	advmod	_	start_char=97|end_char=104
17	nicht	nicht	PART	PTKNEG	Polarity=Neg	18	advmod	_	start_char=105|end_char=110
18	feststellen	feststellen	VERB	VVINF	VerbForm=Inf	3	conj	_	start_char=111|end_char=122
19	.	.	PUNCT	$.	_	3	punct	_	start_char=122|end_char=123
"""


def test_a_question_before_a_negated_cue_is_no_quote():
    """indirect.unanswered: "Wieso die Maschine … abbrach, gab die Flugsicherung nicht
    bekannt": the negation hangs on the verb's particle "bekannt"; what was not made known
    was not said."""
    assert find_quotes("t", parse(FLUGSICHERUNG)) == []


def test_a_clause_before_a_negated_cue_is_no_quote():
    """indirect.unanswered: "Die Polizei prüft zahlreiche Hinweise …, konnte solche bislang
    nicht feststellen": what the police could not establish is not what they said."""
    assert find_quotes("t", parse(CLEVELAND)) == []


def test_a_name_given_in_a_wie_clause_is_no_quote():
    """content.verb_content: "„Uncle Ted“, wie der Senator genannt wurde, war bekannt …": a
    name, not a speech act; the sentence is no indirect quote."""
    assert [q for q in find_quotes("t", parse(UNCLE_TED)) if q.kind != "direct"] == []


NASA_TRUEMMER = """\
# newpar
# text = Dementsprechend konnte die NASA bislang noch nicht vorhersagen, in welchem Gebiet die Trümmer niedergehen werden.
1	Dementsprechend	dementsprechend	ADV	ADV	_	8	advmod	_	start_char=0|end_char=15
2	konnte	können	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	8	aux	_	start_char=16|end_char=22
3	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=23|end_char=26
4	NASA	NASA	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	8	nsubj	_	start_char=27|end_char=31
5	bislang	bislang	ADV	ADV	_	8	advmod	_	start_char=32|end_char=39
6	noch	noch	ADV	ADV	_	8	advmod	_	start_char=40|end_char=44
7	nicht	nicht	PART	PTKNEG	Polarity=Neg	8	advmod	_	start_char=45|end_char=50
8	vorhersagen	vorhersagen	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=51|end_char=62
9	,	,	PUNCT	$,	_	15	punct	_	start_char=62|end_char=63
10	in	in	ADP	APPR	_	12	case	_	start_char=64|end_char=66
11	welchem	welcher	DET	ART	Case=Dat|Gender=Neut|Number=Sing|PronType=Art	12	det	_	start_char=67|end_char=74
12	Gebiet	Gebiet	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	15	obl	_	start_char=75|end_char=81
13	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=82|end_char=85
14	Trümmer	Trümmer	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	15	nsubj:pass	_	start_char=86|end_char=93
15	niedergehen	niedergehen	VERB	VVPP	VerbForm=Part	8	advcl	_	start_char=94|end_char=105
16	werden	werden	AUX	VAINF	VerbForm=Inf	15	aux:pass	_	start_char=106|end_char=112
17	.	.	PUNCT	$.	_	8	punct	_	start_char=112|end_char=113
"""


REFERENDUM = """\
# newpar
# text = In einem Referendum, das am 25. November 2008 in Grönland stattfand, sprach sich eine Mehrheit der Grönländer für mehr Autonomie aus.
1	In	in	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	3	det	_	start_char=3|end_char=8
3	Referendum	Referendum	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	15	obl	_	start_char=9|end_char=19
4	,	,	PUNCT	$,	_	13	punct	_	start_char=19|end_char=20
5	das	der	PRON	PRELS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem,Rel	13	nsubj	_	start_char=21|end_char=24
6	an	an	ADP	APPR	_	9	case	_	start_char=25|end_char=27
7	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	9	det	_	start_char=25|end_char=27
8	25.	25.	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	9	amod	_	start_char=28|end_char=31
9	November	November	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	13	obl	_	start_char=32|end_char=40
10	2008	2008	NUM	CARD	NumType=Card	9	nummod	_	start_char=41|end_char=45
11	in	in	ADP	APPR	_	12	case	_	start_char=46|end_char=48
12	Grönland	Grönland	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	13	obl	_	start_char=49|end_char=57
13	stattfand	stattfinden	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	3	acl:relcl	_	start_char=58|end_char=67
14	,	,	PUNCT	$,	_	3	punct	_	start_char=67|end_char=68
15	sprach	sprechen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=69|end_char=75
16	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	15	obj	_	start_char=76|end_char=80
17	eine	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	18	det	_	start_char=81|end_char=85
18	Mehrheit	Mehrheit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	15	obj	_	start_char=86|end_char=94
19	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	20	det	_	start_char=95|end_char=98
20	Grönländer	Grönländer	NOUN	NN	Case=Gen|Gender=Neut|Number=Plur	18	nmod	_	start_char=99|end_char=109
21	für	für	ADP	APPR	_	23	case	_	start_char=110|end_char=113
22	mehr	mehr	DET	PIAT	Case=Acc|Gender=Fem|Number=Sing|PronType=Ind	23	det	_	start_char=114|end_char=118
23	Autonomie	Autonomie	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	15	obl	_	start_char=119|end_char=128
24	aus	aus	ADP	PTKVZ	_	15	compound:prt	_	start_char=129|end_char=132
25	.	.	PUNCT	$.	_	15	punct	_	start_char=132|end_char=133
"""


DAS_HEISST = """\
# newpar
# text = Von Laien durchgeführte Wortgottesdienste werden als gleichwertig gesehen, das heißt der Übergang vom Weihepriestertum zum allgemeinen Priestertum wird vollzogen.
1	Von	von	ADP	APPR	_	2	case	_	start_char=0|end_char=3
2	Laien	Laie	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	8	obl	_	start_char=4|end_char=9
3	durchgeführte	durchgeführt	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	4	amod	_	start_char=10|end_char=23
4	Wortgottesdienste	Wortgottesdienste	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	2	nmod	_	start_char=24|end_char=41
5	werden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	8	aux:pass	_	start_char=42|end_char=48
6	als	als	CCONJ	KOKOM	_	7	cc	_	start_char=49|end_char=52
7	gleichwertig	gleichwertig	ADJ	ADJD	Degree=Pos	8	xcomp	_	start_char=53|end_char=65
8	gesehen	sehen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=66|end_char=73
9	,	,	PUNCT	$,	_	11	punct	_	start_char=73|end_char=74
10	das	der	PRON	PRELS	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem,Rel	11	nsubj	_	start_char=75|end_char=78
11	heißt	heißen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	8	conj	_	start_char=79|end_char=84
12	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	13	det	_	start_char=85|end_char=88
13	Übergang	Übergang	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	22	obj	_	start_char=89|end_char=97
14	von	von	ADP	APPR	_	16	case	_	start_char=98|end_char=101
15	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	16	det	_	start_char=98|end_char=101
16	Weihepriestertum	Weihepriestertum	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	13	nmod	_	start_char=102|end_char=118
17	zu	zu	ADP	APPR	_	20	case	_	start_char=119|end_char=122
18	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	20	det	_	start_char=119|end_char=122
19	allgemeinen	allgemein	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	20	amod	_	start_char=123|end_char=134
20	Priestertum	Priestertum	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	22	obl	_	start_char=135|end_char=146
21	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	22	aux:pass	_	start_char=147|end_char=151
22	vollzogen	vollziehen	VERB	VVPP	VerbForm=Part	11	conj	_	start_char=152|end_char=161
23	.	.	PUNCT	$.	_	8	punct	_	start_char=161|end_char=162
"""


def test_a_negated_cue_with_a_question_after_a_preposition_is_no_quote():
    """indirect.unanswered: "konnte die NASA bislang noch nicht vorhersagen, in welchem
    Gebiet die Trümmer niedergehen werden": "nicht" hangs on "noch", the question word
    follows a preposition; what could not be predicted was not said."""
    assert find_quotes("t", parse(NASA_TRUEMMER)) == []


def test_a_phrase_with_a_relative_clause_before_the_cue_is_no_content():
    """content.has_own_verb: "In einem Referendum, das am 25. November 2008 in Grönland
    stattfand, sprach sich eine Mehrheit der Grönländer für mehr Autonomie aus": the only
    finite verb before the cue is the relative clause's; the phrase is not what was said."""
    assert [q for q in find_quotes("t", parse(REFERENDUM)) if q.kind in ("indirect", "mixed")] == []


def test_das_heisst_is_no_speech_cue():
    """verbs.idiom: "…, das heißt der Übergang … wird vollzogen": "das heißt" explains;
    nobody is reported as saying anything."""
    sent = parse(DAS_HEISST).sentences[0]
    assert verbs.idiom(sent, word(sent, "heißt"), "heißen")
    assert find_quotes("t", parse(DAS_HEISST)) == []


def test_a_konjunktiv_sentence_quoting_only_a_fragment_is_mixed():
    """indirect.konjunktiv_over_fragments: "…, die Fraktion nehme die Entscheidung „zur
    Kenntnis“. Außerdem halte die Fraktion den Schritt für „überfällig und dringend
    geboten“.": the second sentence goes on with the Fraktion's reported speech
    ("halte": Konjunktiv I though the tagger says indicative) and quotes a fragment; it is
    one mixed quote, as ANNOTATION.md's "es werde „enge Arbeit“ geben", not a direct
    quote of the fragment."""
    parsed = parse(FRAKTION)
    quotes = find_quotes("t", parsed)
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", "die Fraktion nehme die Entscheidung „zur Kenntnis“"),
        ("mixed", "Außerdem halte die Fraktion den Schritt für „überfällig und dringend geboten“"),
    ]


SCHAVAN = """\
# newpar
# text = „Ich halte Studiengebühren für richtig“, äußerte sich Schavan gegenüber dem „Hamburger Abendblatt“.
1	„	„	PUNCT	$(	_	3	punct	_	start_char=0|end_char=1
2	Ich	ich	PRON	PPER	Case=Nom|Number=Sing|Person=1|PronType=Prs	3	nsubj	_	start_char=1|end_char=4
3	halte	halten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin	9	ccomp	_	start_char=5|end_char=10
4	Studiengebühren	Studiengebühr	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	3	obj	_	start_char=11|end_char=26
5	für	für	ADP	APPR	_	6	case	_	start_char=27|end_char=30
6	richtig	richtig	ADJ	ADJD	Degree=Pos	3	advmod	_	start_char=31|end_char=38
7	“	“	PUNCT	$(	_	3	punct	_	start_char=38|end_char=39
8	,	,	PUNCT	$,	_	3	punct	_	start_char=39|end_char=40
9	äußerte	äußern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=41|end_char=48
10	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	9	obj	_	start_char=49|end_char=53
11	Schavan	Schavan	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=54|end_char=61
12	gegenüber	gegenüber	ADP	APPR	_	16	case	_	start_char=62|end_char=71
13	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	16	det	_	start_char=72|end_char=75
14	„	„	PUNCT	$(	_	16	punct	_	start_char=76|end_char=77
15	Hamburger	Hamburger	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	16	amod	_	start_char=77|end_char=86
16	Abendblatt	Abendblatt	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	9	obl	_	start_char=87|end_char=97
17	“	“	PUNCT	$(	_	16	punct	_	start_char=97|end_char=98
18	.	.	PUNCT	$.	_	9	punct	_	start_char=98|end_char=99

# text = Die Beiträge zum Studium stärkten die Weiterentwicklung der Hochschulen.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	2	det	_	start_char=0|end_char=3
2	Beiträge	Beitrag	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	6	nsubj	_	start_char=4|end_char=12
3	zu	zu	ADP	APPR	_	5	case	_	start_char=13|end_char=16
4	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	5	det	_	start_char=13|end_char=16
5	Studium	Studium	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	2	nmod	_	start_char=17|end_char=24
6	stärkten	stärken	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=25|end_char=33
7	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	8	det	_	start_char=34|end_char=37
8	Weiterentwicklung	Weiterentwicklung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	6	obj	_	start_char=38|end_char=55
9	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	10	det	_	start_char=56|end_char=59
10	Hochschulen	Hochschule	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	8	nmod	_	start_char=60|end_char=71
11	.	.	PUNCT	$.	_	6	punct	_	start_char=71|end_char=72

# text = Die Studie zeige in Wahrheit, „dass die Gebühren kaum vom Studium abschrecken“.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Studie	Studie	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	3	nsubj	_	start_char=4|end_char=10
3	zeige	zeigen	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=11|end_char=16
4	in	in	ADP	APPR	_	5	case	_	start_char=17|end_char=19
5	Wahrheit	Wahrheit	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	3	obl	_	start_char=20|end_char=28
6	,	,	PUNCT	$,	_	15	punct	_	start_char=28|end_char=29
7	„	„	PUNCT	$(	_	15	punct	_	start_char=30|end_char=31
8	dass	dass	SCONJ	KOUS	_	15	mark	_	start_char=31|end_char=35
9	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	10	det	_	start_char=36|end_char=39
10	Gebühren	Gebühr	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	15	nsubj	_	start_char=40|end_char=48
11	kaum	kaum	ADV	ADV	_	15	advmod	_	start_char=49|end_char=53
12	von	von	ADP	APPR	_	14	case	_	start_char=54|end_char=57
13	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	14	det	_	start_char=54|end_char=57
14	Studium	Studium	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	15	obl	_	start_char=58|end_char=65
15	abschrecken	abschrecken	VERB	VVINF	VerbForm=Inf	3	ccomp	_	start_char=66|end_char=77
16	“	“	PUNCT	$(	_	15	punct	_	start_char=77|end_char=78
17	.	.	PUNCT	$.	_	3	punct	_	start_char=78|end_char=79
"""


def test_a_konjunktiv_sentence_over_a_cueless_fragment_keeps_the_speaker_before():
    """indirect.konjunktiv_over_fragments: "„Ich halte Studiengebühren für richtig“,
    äußerte sich Schavan … Die Studie zeige in Wahrheit, „dass die Gebühren kaum vom
    Studium abschrecken“.": the fragment has no cue, so the study (its sentence's subject)
    did not start speaking; the mixed quote goes on with Schavan's words."""
    quotes = find_quotes("t", parse(SCHAVAN))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Schavan"), ("mixed", "Schavan")]
