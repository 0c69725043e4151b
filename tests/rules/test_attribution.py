"""Rules of `quotes.attribution`: speaker, cue and outlet of a cue, and the discourse state."""
from __future__ import annotations

from quotes import attribution
from quotes.attribution import Attribution, Discourse
from quotes.context import ArticleContext
from quotes.extract import find_quotes
from quotes.speakers import Resolved

from .parses import ALLIIERTE, BELTA, PESKOW_PARA, TELEGRAM
from .ruletools import parse

# Wikinews train, 36202 - Siemens-Affäre: Ex-Vorstand Thomas Ganswindt in Haft (2006-12-13)
ELSHORST = """\
# newpar
# text = Hansjörg Elshorst, Vorstandsvorsitzender von Transparency International, äußerte sich in einem Interview mit dem Deutschlandfunk zu dem Vorfall.
1	Hansjörg	Hansjörg	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=0|end_char=8
2	Elshorst	Elshorst	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	flat:name	_	start_char=9|end_char=17
3	,	,	PUNCT	$,	_	4	punct	_	start_char=17|end_char=18
4	Vorstandsvorsitzender	Vorstandsvorsitzender	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	1	appos	_	start_char=19|end_char=40
5	von	von	ADP	APPR	_	6	case	_	start_char=41|end_char=44
6	Transparency	Transparency	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	4	nmod	_	start_char=45|end_char=57
7	International	International	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	6	flat:name	_	start_char=58|end_char=71
8	,	,	PUNCT	$,	_	1	punct	_	start_char=71|end_char=72
9	äußerte	äußern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=73|end_char=80
10	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	9	obj	_	start_char=81|end_char=85
11	in	in	ADP	APPR	_	13	case	_	start_char=86|end_char=88
12	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	13	det	_	start_char=89|end_char=94
13	Interview	Interview	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	9	obl	_	start_char=95|end_char=104
14	mit	mit	ADP	APPR	_	16	case	_	start_char=105|end_char=108
15	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	16	det	_	start_char=109|end_char=112
16	Deutschlandfunk	Deutschlandfunk	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	9	obl	_	start_char=113|end_char=128
17	zu	zu	ADP	APPR	_	19	case	_	start_char=129|end_char=131
18	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	19	det	_	start_char=132|end_char=135
19	Vorfall	Vorfall	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	16	nmod	_	start_char=136|end_char=143
20	.	.	PUNCT	$.	_	9	punct	_	start_char=143|end_char=144
"""


def cue_of(ctx: ArticleContext, k: int, lemma: str):
    return next(c for c in ctx.cues[k] if c.lemma == lemma)


def test_attribution_attribute_outlet_carries_last_speaker():
    """attribution.attribute: "Lukaschenko hat … gefordert … Russland solle …, berichtet die Nachrichtenagentur BelTA" -- Lukaschenko said it, BelTA carried it."""
    ctx = ArticleContext.read("t", parse(BELTA))
    discourse = Discourse()
    said = cue_of(ctx, 0, "fordern")
    discourse.last = attribution.attribute(said, ctx.speakers, discourse)
    discourse.last_sentence = said.sent.index  # as the sentence walk records it
    att = attribution.attribute(cue_of(ctx, 1, "berichten"), ctx.speakers, discourse)
    assert (att.speaker.name, att.outlet) == ("Alexander Lukaschenko", "BelTA")


def test_attribution_attribute_named_subject():
    """attribution.attribute: "Der belarussische Präsident Alexander Lukaschenko hat … gefordert" -- he is the speaker, no outlet."""
    ctx = ArticleContext.read("t", parse(BELTA))
    att = attribution.attribute(cue_of(ctx, 0, "fordern"), ctx.speakers, Discourse())
    assert (att.speaker.name, att.speaker.mention, att.outlet) == \
        ("Alexander Lukaschenko", "Der belarussische Präsident Alexander Lukaschenko", None)


def test_attribution_attribute_passive_without_agent_names_nobody():
    """attribution.attribute: "ohne dass die Dauer der Ausbildung angegeben wurde" -- a passive without agent names no one."""
    ctx = ArticleContext.read("t", parse(TELEGRAM))
    discourse = Discourse()
    discourse.last = attribution.attribute(cue_of(ctx, 1, "mitteilen"), ctx.speakers, discourse)
    assert attribution.attribute(cue_of(ctx, 2, "angeben"), ctx.speakers, discourse).speaker.name is None


def test_attribution_sentence_outlet_interview_with():
    """attribution.sentence_outlet: "äußerte sich in einem Interview mit dem Deutschlandfunk" -> Deutschlandfunk."""
    ctx = ArticleContext.read("t", parse(ELSHORST))
    assert attribution.sentence_outlet(cue_of(ctx, 0, "äußern")) == "Deutschlandfunk"


def test_attribution_orphan_speaker_own_main_clause_subject():
    """attribution.orphan_speaker (own): "Die Alliierten hatten Einspruch erhoben, weil Berlin … habe" -- the Allies."""
    parsed = parse(ALLIIERTE)
    ctx = ArticleContext.read("t", parsed)
    att = attribution.orphan_speaker(parsed.sentences[0], parsed.sentences, ctx.speakers, Discourse(), own=True)
    assert att.speaker.mention == "Die Alliierten"


def test_attribution_orphan_speaker_subject_of_sentence_before():
    """attribution.orphan_speaker: "…, sagte Kremlsprecher Dmitri Peskow. Jedes Mal, wenn …, müsse Moskau …" -- Peskow."""
    parsed = parse(PESKOW_PARA)
    ctx = ArticleContext.read("t", parsed)
    att = attribution.orphan_speaker(parsed.sentences[2], parsed.sentences, ctx.speakers, Discourse())
    assert att.speaker.name == "Dmitri Peskow"


def test_attribution_discourse_previous_prefers_recent_direct_speaker():
    """attribution.Discourse.previous: the last direct speaker within two paragraphs, else the last speaker."""
    d = Discourse()
    direct = Attribution(Resolved("Dmitri Peskow", 0, 5, "Peskow"), None, None)
    other = Attribution(Resolved("Russland", 9, 17, "Russland"), None, None)
    d.spoke(direct, paragraph=1)
    d.last = other
    assert d.previous(3) is direct
    assert d.previous(4) is other


# news-dev, gnad-0142 (10kGNAD, derStandard.at)
KNOLL = """\
# newpar
# text = Die vier Projektpartner tragen mit jeweils 200.000 Euro pro Jahr zu dem neuen Zentrum bei: jeweils 40.000 Euro in bar sowie 160.000 Euro in Form von zwei Laufbahnstellen für einen Senior- und einen Junior-Wissenschafter, sagte der wissenschaftliche Geschäftsführer des AIT, Wolfgang Knoll, zur APA.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	3	det	_	start_char=0|end_char=3
2	vier	vier	NUM	CARD	NumType=Card	3	nummod	_	start_char=4|end_char=8
3	Projektpartner	Projektpartner	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	4	nsubj	_	start_char=9|end_char=23
4	tragen	tragen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	40	ccomp	_	start_char=24|end_char=30
5	mit	mit	ADP	APPR	_	8	case	_	start_char=31|end_char=34
6	jeweils	jeweils	ADV	ADV	_	7	advmod	_	start_char=35|end_char=42
7	200.000	200.000	NUM	CARD	NumType=Card	8	nummod	_	start_char=43|end_char=50
8	Euro	Euro	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	4	obl	_	start_char=51|end_char=55
9	pro	pro	ADP	APPR	_	10	case	_	start_char=56|end_char=59
10	Jahr	Jahr	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	4	obl	_	start_char=60|end_char=64
11	zu	zu	ADP	APPR	_	14	case	_	start_char=65|end_char=67
12	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	14	det	_	start_char=68|end_char=71
13	neuen	neu	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	14	amod	_	start_char=72|end_char=77
14	Zentrum	Zentrum	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	4	obl	_	start_char=78|end_char=85
15	bei	bei	ADP	PTKVZ	_	4	compound:prt	_	start_char=86|end_char=89
16	:	:	PUNCT	$.	_	4	punct	_	start_char=89|end_char=90
17	jeweils	jeweils	ADV	ADV	_	18	advmod	_	start_char=91|end_char=98
18	40.000	40.000	NUM	CARD	NumType=Card	19	nummod	_	start_char=99|end_char=105
19	Euro	Euro	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	4	obj	_	start_char=106|end_char=110
20	in	in	ADP	APPR	_	21	case	_	start_char=111|end_char=113
21	bar	Bar	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	19	nmod	_	start_char=114|end_char=117
22	sowie	sowie	CCONJ	KON	_	24	cc	_	start_char=118|end_char=123
23	160.000	160.000	NUM	CARD	NumType=Card	24	nummod	_	start_char=124|end_char=131
24	Euro	Euro	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	19	conj	_	start_char=132|end_char=136
25	in	in	ADP	APPR	_	26	case	_	start_char=137|end_char=139
26	Form	Form	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	24	nmod	_	start_char=140|end_char=144
27	von	von	ADP	APPR	_	29	case	_	start_char=145|end_char=148
28	zwei	zwei	NUM	CARD	NumType=Card	29	nummod	_	start_char=149|end_char=153
29	Laufbahnstellen	Laufbahnstelle	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	26	nmod	_	start_char=154|end_char=169
30	für	für	ADP	APPR	_	32	case	_	start_char=170|end_char=173
31	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	38	det	_	start_char=174|end_char=179
32	Senior	Senior	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	29	nmod	_	start_char=180|end_char=186
33	-	-	PUNCT	$	_	36	punct	_	start_char=186|end_char=187
34	und	und	CCONJ	KON	_	38	cc	_	start_char=188|end_char=191
35	einen	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	38	det	_	start_char=192|end_char=197
36	Junior	Junior	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	38	compound	_	start_char=198|end_char=204
37	-	-	PUNCT	$	_	36	punct	_	start_char=204|end_char=205
38	Wissenschafter	Wissenschaft	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	29	nmod	_	start_char=205|end_char=219
39	,	,	PUNCT	$,	_	4	punct	_	start_char=219|end_char=220
40	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=221|end_char=226
41	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	43	det	_	start_char=227|end_char=230
42	wissenschaftliche	wissenschaftlich	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	43	amod	_	start_char=231|end_char=248
43	Geschäftsführer	Geschäftsführer	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	40	nsubj	_	start_char=249|end_char=264
44	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	45	det	_	start_char=265|end_char=268
45	AIT	AIT	PROPN	NE	Case=Gen|Gender=Masc|Number=Sing	43	nmod	_	start_char=269|end_char=272
46	,	,	PUNCT	$,	_	47	punct	_	start_char=272|end_char=273
47	Wolfgang	Wolfgang	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	45	conj	_	start_char=274|end_char=282
48	Knoll	Knoll	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	45	flat:name	_	start_char=283|end_char=288
49	,	,	PUNCT	$,	_	52	punct	_	start_char=288|end_char=289
50	zu	zu	ADP	APPR	_	52	case	_	start_char=290|end_char=293
51	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	52	det	_	start_char=290|end_char=293
52	APA	APA	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	47	orphan	_	start_char=294|end_char=297
53	.	.	PUNCT	$.	_	40	punct	_	start_char=297|end_char=298
"""


def test_attribution_speaker_named_beside_the_agency_he_told():
    """"…, sagte der wissenschaftliche Geschäftsführer des AIT, Wolfgang Knoll, zur APA": the
    APA carried it; the speaker is Knoll, not every name in the phrase run together."""
    quotes = find_quotes("t", parse(KNOLL))
    assert [(q.speaker, q.outlet) for q in quotes] == [("Wolfgang Knoll", "APA")]


# Wikinews train, 59270 - Friedensnobelpreis geht an Barack Obama (2009)
CBS = """\
# newpar
# text = In der Süddeutschen Zeitung erschien ein Kommentar, der die Entscheidung des Nobelkomitees als „nicht nachzuvollziehende Verirrung von sechs Juroren“ bezeichnet, denen jedes Gefühl für Realismus und jede Urteilskraft abhanden gekommen sei.
1	In	in	ADP	APPR	_	4	case	_	start_char=0|end_char=2
2	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=3|end_char=6
3	Süddeutschen	süddeutsch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	4	amod	_	start_char=7|end_char=19
4	Zeitung	Zeitung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	5	obl	_	start_char=20|end_char=27
5	erschien	erscheinen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=28|end_char=36
6	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	7	det	_	start_char=37|end_char=40
7	Kommentar	Kommentar	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	5	nsubj	_	start_char=41|end_char=50
8	,	,	PUNCT	$,	_	23	punct	_	start_char=50|end_char=51
9	der	der	PRON	PRELS	Case=Nom|Gender=Masc|Number=Sing|PronType=Dem,Rel	23	nsubj	_	start_char=52|end_char=55
10	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	11	det	_	start_char=56|end_char=59
11	Entscheidung	Entscheidung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	23	obj	_	start_char=60|end_char=72
12	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	13	det	_	start_char=73|end_char=76
13	Nobelkomitees	Nobelkomitee	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	11	nmod	_	start_char=77|end_char=90
14	als	als	CCONJ	APPR	_	18	cc	_	start_char=91|end_char=94
15	„	„	PUNCT	$(	_	18	punct	_	start_char=95|end_char=96
16	nicht	nicht	PART	PTKNEG	Polarity=Neg	17	advmod	_	start_char=96|end_char=101
17	nachzuvollziehende	nachzuvollziehend	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Sing	18	amod	_	start_char=102|end_char=120
18	Verirrung	Verirrung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	23	obj	_	start_char=121|end_char=130
19	von	von	ADP	APPR	_	21	case	_	start_char=131|end_char=134
20	sechs	sechs	NUM	CARD	NumType=Card	21	nummod	_	start_char=135|end_char=140
21	Juroren	Juror	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	18	nmod	_	start_char=141|end_char=148
22	“	“	PUNCT	$(	_	21	punct	_	start_char=148|end_char=149
23	bezeichnet	bezeichnen	VERB	VVPP	VerbForm=Part	7	acl:relcl	_	start_char=150|end_char=160
24	,	,	PUNCT	$,	_	34	punct	_	start_char=160|end_char=161
25	denen	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	34	obl	_	start_char=162|end_char=167
26	jedes	jeder	DET	PIAT	Case=Nom|Gender=Neut|Number=Sing|PronType=Neg	27	det	_	start_char=168|end_char=173
27	Gefühl	Gefühl	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	34	nsubj	_	start_char=174|end_char=180
28	für	für	ADP	APPR	_	29	case	_	start_char=181|end_char=184
29	Realismus	Realismus	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	27	nmod	_	start_char=185|end_char=194
30	und	und	CCONJ	KON	_	32	cc	_	start_char=195|end_char=198
31	jede	jeder	DET	PIAT	Case=Acc|Gender=Fem|Number=Sing|PronType=Neg	32	det	_	start_char=199|end_char=203
32	Urteilskraft	Urteilskraft	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	29	conj	_	start_char=204|end_char=216
33	abhanden	abhanden	ADV	ADV	_	34	advmod	_	start_char=217|end_char=225
34	gekommen	kommen	VERB	VVPP	VerbForm=Part	23	advcl	_	start_char=226|end_char=234
35	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	34	aux	_	start_char=235|end_char=238
36	.	.	PUNCT	$.	_	5	punct	_	start_char=238|end_char=239

# text = Das Weiße Haus selbst zeigte sich am Morgen sprachlos.
1	Das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	Weiße	weiß	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	3	amod	_	start_char=4|end_char=9
3	Haus	Haus	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	5	nsubj	_	start_char=10|end_char=14
4	selbst	selbst	ADV	ADV	_	3	advmod	_	start_char=15|end_char=21
5	zeigte	zeigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=22|end_char=28
6	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	5	obj	_	start_char=29|end_char=33
7	am	an	ADP	APPR	_	8	case	_	start_char=34|end_char=36
8	Morgen	Morgen	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	5	obl	_	start_char=37|end_char=43
9	sprachlos	sprachlos	ADJ	ADJD	Degree=Pos	5	xcomp	_	start_char=44|end_char=53
10	.	.	PUNCT	$.	_	5	punct	_	start_char=53|end_char=54

# text = Eine offizielle Stellungnahme gab es zunächst nicht.
1	Eine	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	3	det	_	start_char=0|end_char=4
2	offizielle	offiziell	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	3	amod	_	start_char=5|end_char=15
3	Stellungnahme	Stellungnahme	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	4	nsubj	_	start_char=16|end_char=29
4	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=30|end_char=33
5	es	es	PRON	PPER	Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs	4	expl	_	start_char=34|end_char=36
6	zunächst	zunächst	ADV	ADV	_	4	advmod	_	start_char=37|end_char=45
7	nicht	nicht	PART	PTKNEG	Polarity=Neg	4	advmod	_	start_char=46|end_char=51
8	.	.	PUNCT	$.	_	4	punct	_	start_char=51|end_char=52

# text = Wie der Fernsehsender CBS berichtet, gab Regierungssprecher Robert Gibbs dem Fernsehsender eine Stellungnahme in Form einer SMS, die aus einem einzigen Wort bestand: „WOW.“
1	Wie	wie	SCONJ	PWAV	_	5	mark	_	start_char=0|end_char=3
2	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	3	det	_	start_char=4|end_char=7
3	Fernsehsender	Fernsehsender	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	5	nsubj	_	start_char=8|end_char=21
4	CBS	CBS	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	appos	_	start_char=22|end_char=25
5	berichtet	berichten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	7	advcl	_	start_char=26|end_char=35
6	,	,	PUNCT	$,	_	5	punct	_	start_char=35|end_char=36
7	gab	geben	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=37|end_char=40
8	Regierungssprecher	Regierungssprecher	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	7	nsubj	_	start_char=41|end_char=59
9	Robert	Robert	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	appos	_	start_char=60|end_char=66
10	Gibbs	Gibb	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	flat:name	_	start_char=67|end_char=72
11	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=73|end_char=76
12	Fernsehsender	Fernsehsender	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	7	obj	_	start_char=77|end_char=90
13	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	14	det	_	start_char=91|end_char=95
14	Stellungnahme	Stellungnahme	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	7	obj	_	start_char=96|end_char=109
15	in	in	ADP	APPR	_	16	case	_	start_char=110|end_char=112
16	Form	Form	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	14	nmod	_	start_char=113|end_char=117
17	einer	ein	DET	ART	Case=Gen|Definite=Ind|Gender=Fem|NumType=Card|Number=Sing|PronType=Art	18	det	_	start_char=118|end_char=123
18	SMS	SMS	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	16	nmod	_	start_char=124|end_char=127
19	,	,	PUNCT	$,	_	25	punct	_	start_char=127|end_char=128
20	die	der	PRON	PRELS	Case=Nom|Number=Plur|PronType=Dem,Rel	25	nsubj	_	start_char=129|end_char=132
21	aus	aus	ADP	APPR	_	24	case	_	start_char=133|end_char=136
22	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	24	det	_	start_char=137|end_char=142
23	einzigen	einzig	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Sing	24	amod	_	start_char=143|end_char=151
24	Wort	Wort	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	25	obl	_	start_char=152|end_char=156
25	bestand	bestehen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	18	acl:relcl	_	start_char=157|end_char=164
26	:	:	PUNCT	$.	_	28	punct	_	start_char=164|end_char=165
27	„	„	PUNCT	$(	_	28	punct	_	start_char=166|end_char=167
28	WOW	WOW	NOUN	FM	Number=Sing	25	nsubj	_	start_char=167|end_char=170
29	.	.	PUNCT	$.	_	28	punct	_	start_char=170|end_char=171
30	“	“	PUNCT	$(	_	28	punct	_	start_char=171|end_char=172
"""


def test_attribution_a_medium_reporting_later_reports_its_own_news():
    """"Wie der Fernsehsender CBS berichtet, gab Regierungssprecher Robert Gibbs …": two
    sentences after the last quote, the medium is not carrying that speaker's words, it
    reports what it found out, so it is the speaker (right after a quote, as in
    "…, berichtet BelTA", it carries the quoted one's words: see the seeds' tests)."""
    quotes = find_quotes("t", parse(CBS))
    assert [(q.speaker, q.outlet) for q in quotes if q.cue == "berichten"] == [("CBS", "CBS")]


GESCHWORENE = """\
# newpar
# text = Im Gerichtsverfahren gegen ihn haben die zwölf Geschworenen am Montag ihre Entscheidung bekannt gegeben.
1	In	in	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=2
3	Gerichtsverfahren	Gerichtsverfahren	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	16	obl	_	start_char=3|end_char=20
4	gegen	gegen	ADP	APPR	_	5	case	_	start_char=21|end_char=26
5	ihn	er	PRON	PPER	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	3	nmod	_	start_char=27|end_char=30
6	haben	haben	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	16	aux	_	start_char=31|end_char=36
7	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	9	det	_	start_char=37|end_char=40
8	zwölf	zwölf	NUM	CARD	NumType=Card	9	nummod	_	start_char=41|end_char=46
9	Geschworenen	Geschworene	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	16	obj	_	start_char=47|end_char=59
10	an	an	ADP	APPR	_	12	case	_	start_char=60|end_char=62
11	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	12	det	_	start_char=60|end_char=62
12	Montag	Montag	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	16	obl	_	start_char=63|end_char=69
13	ihre	ihr	DET	PPOSAT	Case=Acc|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	14	det:poss	_	start_char=70|end_char=74
14	Entscheidung	Entscheidung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	16	obj	_	start_char=75|end_char=87
15	bekannt	bekannt	ADJ	ADJD	Degree=Pos	16	xcomp	_	start_char=88|end_char=95
16	gegeben	geben	VERB	VVPP	VerbForm=Part	0	root	_	start_char=96|end_char=103
17	.	.	PUNCT	$.	_	16	punct	_	start_char=103|end_char=104

# text = Demnach ist Michael Jackson in allen Anklagepunkten nicht schuldig.
1	Demnach	demnach	ADV	PROAV	_	9	advmod	_	start_char=0|end_char=7
2	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	9	cop	_	start_char=8|end_char=11
3	Michael	Michael	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=12|end_char=19
4	Jackson	Jackson	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	3	flat	_	start_char=20|end_char=27
5	in	in	ADP	APPR	_	7	case	_	start_char=28|end_char=30
6	allen	alle	DET	PIAT	Case=Dat|Gender=Masc|Number=Plur|PronType=Ind	7	det	_	start_char=31|end_char=36
7	Anklagepunkten	Anklagepunkt	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	9	nmod	_	start_char=37|end_char=51
8	nicht	nicht	PART	PTKNEG	Polarity=Neg	9	advmod	_	start_char=52|end_char=57
9	schuldig	schuldig	ADJ	ADJD	Degree=Pos	0	root	_	start_char=58|end_char=66
10	.	.	PUNCT	$.	_	9	punct	_	start_char=66|end_char=67
"""


def test_demnach_is_the_mention():
    """attribution.attribute: "… haben die Geschworenen ihre Entscheidung bekannt gegeben.
    Demnach ist Michael Jackson in allen Anklagepunkten nicht schuldig": the attribution
    rests on "Demnach" (it points back to the source), so that word is the mention."""
    parsed = parse(GESCHWORENE)
    quotes = [q for q in find_quotes("t", parsed) if q.cue == "demnach"]
    assert [q.text for q in quotes] == ["ist Michael Jackson in allen Anklagepunkten nicht schuldig"]
    assert parsed.text[quotes[0].speaker_start:quotes[0].speaker_end] == "Demnach"
