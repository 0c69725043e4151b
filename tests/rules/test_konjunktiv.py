"""Rules of `quotes.konjunktiv`: the verb mood that marks reported speech."""
from __future__ import annotations

from quotes import konjunktiv
from quotes.extract import find_quotes

from .parses import ALLIIERTE, BERNINGER, FRAKTION, LAUT_BKA, PESKOW_PARA, SCHOIGU, SCHOIGU_PARA, SCHROEDER
from .ruletools import parse, sentence, word

# seeds/004_1b5946d984acc9ae.txt
PUTIN_DASS = """\
# newpar
# text = Putin sagte, dass der Bau von Lagern für taktische Atomwaffen in Belarus bis zum 1. Juli abgeschlossen sein würde.
1	Putin	Putin	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	nsubj	_	start_char=0|end_char=5
2	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=6|end_char=11
3	,	,	PUNCT	$,	_	19	punct	_	start_char=11|end_char=12
4	dass	dass	SCONJ	KOUS	_	19	mark	_	start_char=13|end_char=17
5	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	6	det	_	start_char=18|end_char=21
6	Bau	Bau	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	19	nsubj:pass	_	start_char=22|end_char=25
7	von	von	ADP	APPR	_	8	case	_	start_char=26|end_char=29
8	Lagern	Lager	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	6	nmod	_	start_char=30|end_char=36
9	für	für	ADP	APPR	_	11	case	_	start_char=37|end_char=40
10	taktische	taktisch	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	11	amod	_	start_char=41|end_char=50
11	Atomwaffen	Atomwaffe	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	6	nmod	_	start_char=51|end_char=61
12	in	in	ADP	APPR	_	13	case	_	start_char=62|end_char=64
13	Belarus	Belarus	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	11	nmod	_	start_char=65|end_char=72
14	bis	bis	ADP	APPR	_	18	case	_	start_char=73|end_char=76
15	zu	zu	ADP	APPR	_	18	case	_	start_char=77|end_char=80
16	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	18	det	_	start_char=77|end_char=80
17	1.	1.	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	18	amod	_	start_char=81|end_char=83
18	Juli	Juli	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	19	obl	_	start_char=84|end_char=88
19	abgeschlossen	abschließen	VERB	VVPP	VerbForm=Part	2	ccomp	_	start_char=89|end_char=102
20	sein	sein	AUX	VAINF	VerbForm=Inf	19	aux:pass	_	start_char=103|end_char=107
21	würde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	19	aux	_	start_char=108|end_char=113
22	.	.	PUNCT	$.	_	2	punct	_	start_char=113|end_char=114
"""


def test_konjunktiv_konj1_sei():
    """konjunktiv.konj1: "sei … übergeben worden" is Konjunktiv I; "sagte" is indicative."""
    sent = sentence(SCHOIGU)
    assert konjunktiv.subjunctive(word(sent, "sei")) and konjunktiv.konj1(word(sent, "sei"))
    assert not konjunktiv.subjunctive(word(sent, "sagte"))


def test_konjunktiv_haetten_is_konj2_not_konj1():
    """konjunktiv.subjunctive / konj1: "hätten … begonnen" is Konjunktiv II, not I."""
    sent = parse(SCHOIGU_PARA).sentences[3]
    assert konjunktiv.subjunctive(word(sent, "hätten"))
    assert not konjunktiv.konj1(word(sent, "hätten"))


def test_konjunktiv_main_clause_verbs_finite_auxiliary():
    """konjunktiv.main_clause_verbs: "Am Montag hätten die Soldaten … begonnen" -- the finite "hätten"."""
    sent = parse(SCHOIGU_PARA).sentences[3]
    assert [w.text for w in konjunktiv.main_clause_verbs(sent)] == ["hätten"]


def test_konjunktiv_continuation_konj2():
    """konjunktiv.continuation: "Am Montag hätten die belarussischen Soldaten … begonnen." -> konj2."""
    assert konjunktiv.continuation(parse(SCHOIGU_PARA).sentences[3]) == "konj2"


def test_konjunktiv_continuation_konj1_muesse():
    """konjunktiv.continuation: "Jedes Mal, wenn …, müsse Moskau etwas unternehmen" -> konj1."""
    assert konjunktiv.continuation(parse(PESKOW_PARA).sentences[2]) == "konj1"


def test_konjunktiv_continuation_indicative_is_none():
    """konjunktiv.continuation: "Putin hatte die Stationierung … angekündigt." -> None."""
    assert konjunktiv.continuation(parse(SCHOIGU_PARA).sentences[0]) is None


def test_konjunktiv_clause_mood_of_content():
    """konjunktiv.clause_mood: "sei … übergeben worden" konj1, "abgeschlossen sein würde" konj2, "liegen … vor" ind."""
    sent = sentence(SCHOIGU)
    assert konjunktiv.clause_mood(sent, list(range(word(sent, ",").i))) == "konj1"
    sent = sentence(PUTIN_DASS)
    assert konjunktiv.clause_mood(sent, list(range(word(sent, "der").i, len(sent.words) - 1))) == "konj2"
    sent = sentence(LAUT_BKA)
    assert konjunktiv.clause_mood(sent, list(range(word(sent, "liegen").i, len(sent.words) - 1))) == "ind"


def test_konjunktiv_clause_mood_werde_in_reported_clause():
    """konjunktiv.clause_mood: "er werde dafür sorgen, dass … geben wird" -- the reported clause is konj1 (its main verb)."""
    sent = sentence(SCHROEDER)
    assert konjunktiv.clause_mood(sent, list(range(word(sent, "er").i, len(sent.words) - 1))) == "konj1"


def test_konjunktiv_konj1_clauses_weil_habe():
    """konjunktiv.konj1_clauses: "Einspruch erhoben, weil Berlin einen Sonderstatus habe und nicht … dürfe" -- the weil-clause."""
    parsed = parse(ALLIIERTE)
    sent = parsed.sentences[0]
    found = konjunktiv.konj1_clauses(sent)
    assert len(found) == 1
    idx = found[0]
    assert parsed.text[sent.words[idx[0]].start:sent.words[idx[-1]].end] == \
        "weil Berlin einen Sonderstatus habe und nicht vom Bund regiert werden dürfe"


# Wikinews train, 31627 - Viele Tote durch Überschwemmungen in Äthiopien (2006-08-17)
BEFAENDEN = """\
# newpar
# text = Die äthiopische Regierung warnt vor möglichen weiteren Überschwemmungen in allen Teilen des Landes.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=3
2	äthiopische	äthiopisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	3	amod	_	start_char=4|end_char=15
3	Regierung	Regierung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	4	nsubj	_	start_char=16|end_char=25
4	warnt	warnen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=26|end_char=31
5	vor	vor	ADP	APPR	_	8	case	_	start_char=32|end_char=35
6	möglichen	möglich	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	8	amod	_	start_char=36|end_char=45
7	weiteren	weiterer	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	8	amod	_	start_char=46|end_char=54
8	Überschwemmungen	Überschwemmung	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	4	obl	_	start_char=55|end_char=71
9	in	in	ADP	APPR	_	11	case	_	start_char=72|end_char=74
10	allen	alle	DET	PIAT	Case=Dat|Gender=Masc|Number=Plur|PronType=Ind	11	det	_	start_char=75|end_char=80
11	Teilen	Teil	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	4	obl	_	start_char=81|end_char=87
12	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	13	det	_	start_char=88|end_char=91
13	Landes	Land	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	11	nmod	_	start_char=92|end_char=98
14	.	.	PUNCT	$.	_	4	punct	_	start_char=98|end_char=99

# text = Die wichtigsten Dämme des Landes befänden sich nahe der Grenze der Belastbarkeit.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	3	det	_	start_char=0|end_char=3
2	wichtigsten	wichtig	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Masc|Number=Plur	3	amod	_	start_char=4|end_char=15
3	Dämme	Damm	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	6	nsubj	_	start_char=16|end_char=21
4	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	5	det	_	start_char=22|end_char=25
5	Landes	Land	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	3	nmod	_	start_char=26|end_char=32
6	befänden	befinden	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=33|end_char=41
7	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	6	obj	_	start_char=42|end_char=46
8	nahe	nahe	ADP	APPR	_	10	case	_	start_char=47|end_char=51
9	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	10	det	_	start_char=52|end_char=55
10	Grenze	Grenze	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	6	obl	_	start_char=56|end_char=62
11	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=63|end_char=66
12	Belastbarkeit	Belastbarkeit	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	10	nmod	_	start_char=67|end_char=80
13	.	.	PUNCT	$.	_	6	punct	_	start_char=80|end_char=81
"""


def test_konjunktiv_umlaut_past_is_konjunktiv_two():
    """konjunktiv.umlaut_past: "befänden" (the tagger says Mood=Ind) is Konjunktiv II --
    an umlaut "befinden" lacks, ending in -en -- and so continues what the government
    warned; "fällte" (a weak past) and a Konjunktiv I form are not."""
    parsed = parse(BEFAENDEN)
    sent = parsed.sentences[1]
    assert konjunktiv.umlaut_past(word(sent, "befänden"))
    assert konjunktiv.subjunctive(word(sent, "befänden")) and not konjunktiv.konj1(word(sent, "befänden"))
    assert konjunktiv.continuation(sent) == "konj2"
    quotes = find_quotes("t", parsed)
    assert [(q.kind, q.text, q.speaker_mention) for q in quotes if q.start >= sent.start] == [
        ("indirect", "Die wichtigsten Dämme des Landes befänden sich nahe der Grenze der Belastbarkeit",
         "Die äthiopische Regierung")]


def test_konjunktiv_first_clause_verb_when_the_root_is_a_noun():
    """konjunktiv.continuation: "Heutige Fahrzeuge seien oft gar nicht in der Lage, … zu
    fahren" -- the parser made "Lage" the root and hung "seien" on "fahren"; the first
    clause's finite verb is still Konjunktiv I, so the sentence goes on with Stolpe's
    words."""
    parsed = parse(BERNINGER)
    sent = parsed.sentences[1]
    assert konjunktiv.main_clause_verbs(sent) == []
    assert konjunktiv.continuation(sent) == "konj1"
    quotes = find_quotes("t", parsed)
    assert [(q.kind, q.speaker) for q in quotes if q.start >= sent.start] == [("indirect", "Manfred Stolpe")]


# Wikinews train, 5943 - Kein EU-Referendum in Großbritannien (2005-06-06)
MOECHTE = """\
# newpar
# text = Nachdem zuerst von einer Verschiebung des Referendums über die EU-Verfassung in Großbritannien die Rede war, will heute Außenminister Straw vor dem Parlament bekannt geben, dass das Gesetzgebungsverfahren für das geplante Referendum ausgesetzt wird.
1	Nachdem	nachdem	SCONJ	KOUS	_	16	mark	_	start_char=0|end_char=7
2	zuerst	zuerst	ADV	ADV	_	16	advmod	_	start_char=8|end_char=14
3	von	von	ADP	APPR	_	5	case	_	start_char=15|end_char=18
4	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	5	det	_	start_char=19|end_char=24
5	Verschiebung	Verschiebung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	16	obl	_	start_char=25|end_char=37
6	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	7	det	_	start_char=38|end_char=41
7	Referendums	Referendum	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	5	nmod	_	start_char=42|end_char=53
8	über	über	ADP	APPR	_	12	case	_	start_char=54|end_char=58
9	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=59|end_char=62
10	EU	EU	PROPN	NE	Case=Acc|Gender=Fem|Number=Sing	12	compound	_	start_char=63|end_char=65
11	-	-	PUNCT	$	_	10	punct	_	start_char=65|end_char=66
12	Verfassung	Verfassung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	16	obl	_	start_char=66|end_char=76
13	in	in	ADP	APPR	_	14	case	_	start_char=77|end_char=79
14	Großbritannien	Großbritannien	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	12	nmod	_	start_char=80|end_char=94
15	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	16	det	_	start_char=95|end_char=98
16	Rede	Rede	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	27	advcl	_	start_char=99|end_char=103
17	war	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	16	cop	_	start_char=104|end_char=107
18	,	,	PUNCT	$,	_	16	punct	_	start_char=107|end_char=108
19	will	wollen	AUX	VMFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	27	aux	_	start_char=109|end_char=113
20	heute	heute	ADV	ADV	_	27	advmod	_	start_char=114|end_char=119
21	Außenminister	Außenminister	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	27	nsubj	_	start_char=120|end_char=133
22	Straw	Straw	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	21	appos	_	start_char=134|end_char=139
23	vor	vor	ADP	APPR	_	25	case	_	start_char=140|end_char=143
24	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	25	det	_	start_char=144|end_char=147
25	Parlament	Parlament	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	27	obl	_	start_char=148|end_char=157
26	bekannt	bekannt	ADJ	ADJD	Degree=Pos	27	xcomp	_	start_char=158|end_char=165
27	geben	geben	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=166|end_char=171
28	,	,	PUNCT	$,	_	36	punct	_	start_char=171|end_char=172
29	dass	dass	SCONJ	KOUS	_	36	mark	_	start_char=173|end_char=177
30	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	31	det	_	start_char=178|end_char=181
31	Gesetzgebungsverfahren	Gesetzgebungsverfahren	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	36	nsubj:pass	_	start_char=182|end_char=204
32	für	für	ADP	APPR	_	35	case	_	start_char=205|end_char=208
33	das	der	DET	ART	Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	35	det	_	start_char=209|end_char=212
34	geplante	geplant	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Sing	35	amod	_	start_char=213|end_char=221
35	Referendum	Referendum	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	36	obl	_	start_char=222|end_char=232
36	ausgesetzt	aussetzen	VERB	VVPP	VerbForm=Part	27	advcl	_	start_char=233|end_char=243
37	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	36	aux:pass	_	start_char=244|end_char=248
38	.	.	PUNCT	$.	_	27	punct	_	start_char=248|end_char=249

# text = Premierminister Tony Blair möchte auf dem EU-Gipfel nächste Woche in Brüssel die Lage erst einmal näher analysieren.
1	Premierminister	Premierminister	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	19	nsubj	_	start_char=0|end_char=15
2	Tony	Tony	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	1	appos	_	start_char=16|end_char=20
3	Blair	Blair	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	2	flat	_	start_char=21|end_char=26
4	möchte	mögen	AUX	VMFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	19	aux	_	start_char=27|end_char=33
5	auf	auf	ADP	APPR	_	9	case	_	start_char=34|end_char=37
6	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	9	det	_	start_char=38|end_char=41
7	EU	EU	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	9	compound	_	start_char=42|end_char=44
8	-	-	PUNCT	$	_	7	punct	_	start_char=44|end_char=45
9	Gipfel	Gipfel	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	19	obl	_	start_char=45|end_char=51
10	nächste	nah	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	11	amod	_	start_char=52|end_char=59
11	Woche	Woche	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	19	obl	_	start_char=60|end_char=65
12	in	in	ADP	APPR	_	13	case	_	start_char=66|end_char=68
13	Brüssel	Brüssel	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	11	nmod	_	start_char=69|end_char=76
14	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	15	det	_	start_char=77|end_char=80
15	Lage	Lage	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	19	obj	_	start_char=81|end_char=85
16	erst	erst	ADV	ADV	_	18	advmod	_	start_char=86|end_char=90
17	einmal	einmal	ADV	ADV	_	19	advmod	_	start_char=91|end_char=97
18	näher	nah	ADV	ADV	_	19	advmod	_	start_char=98|end_char=103
19	analysieren	analysieren	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=104|end_char=115
20	.	.	PUNCT	$.	_	19	punct	_	start_char=115|end_char=116
"""


def test_konjunktiv_moechte_continues_nobodys_words():
    """konjunktiv.continuation: "Premierminister Tony Blair möchte … die Lage erst einmal
    näher analysieren." after Straw's announcement -- "möchte" is Konjunktiv II in form
    (and Mood=Sub for UD) but the present of wanting: no continuation of Straw's words."""
    parsed = parse(MOECHTE)
    sent = parsed.sentences[1]
    assert konjunktiv.subjunctive(word(sent, "möchte"))
    assert konjunktiv.continuation(sent) is None
    assert [q for q in find_quotes("t", parsed) if q.start >= sent.start] == []


def test_third_person_stem_plus_e_is_konjunktiv_even_before_te():
    """konjunktiv.subjunctive: "halte" (halten) ends in -te like a weak past ("sagte"),
    but it is the infinitive's stem with -e: in the third person, Konjunktiv I. The
    tagger calls it indicative."""
    sent = parse(FRAKTION).sentences[1]
    halte = word(sent, "halte")
    assert halte.featdict.get("Mood") == "Ind"
    assert konjunktiv.konj1(halte)
    assert not konjunktiv.konj1(word(parse(FRAKTION).sentences[0], "erklärte"))
