"""The one list of Konjunktiv forms (issue 14): Konjunktiv II forms that only the `mood`
processor knew ("bliebe", "stünden") were read as Konjunktiv I or as indicative by the
rules.  Real sentences from the Wikinews train split, parsed by the shipped models."""
from __future__ import annotations

from quotes import konjunktiv, lexicon
from quotes.conllu import from_conllu
from quotes.extract import find_quotes

from .parses import VIROLOGE

# Wikinews train, "Horst Köhler lässt den Bundestag auflösen" (2005-07-21)
BLIEBE = """\
# newpar
# text = Auch einige kleinere Parteien haben angekündigt, vor das Bundesverfassungsgericht zu ziehen, da auch unter anderem nicht genug Zeit bliebe, um die nötigen Unterschriften für die Zulassungen zu den Wahlen zu sammeln.
1	Auch	auch	ADV	ADV	_	6	advmod	_	start_char=0|end_char=4
2	einige	einige	DET	PIAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Ind	4	det	_	start_char=5|end_char=11
3	kleinere	klein	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Plur	4	amod	_	start_char=12|end_char=20
4	Parteien	Partei	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	6	nsubj	_	start_char=21|end_char=29
5	haben	haben	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	6	aux	_	start_char=30|end_char=35
6	angekündigt	ankündigen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=36|end_char=47
7	,	,	PUNCT	$,	_	12	punct	_	start_char=47|end_char=48
8	vor	vor	ADP	APPR	_	10	case	_	start_char=49|end_char=52
9	das	der	DET	ART	Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	10	det	_	start_char=53|end_char=56
10	Bundesverfassungsgericht	Bundesverfassungsgericht	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	12	obl	_	start_char=57|end_char=81
11	zu	zu	PART	PTKZU	_	12	mark	_	start_char=82|end_char=84
12	ziehen	ziehen	VERB	VVINF	VerbForm=Inf	6	xcomp	_	start_char=85|end_char=91
13	,	,	PUNCT	$,	_	21	punct	_	start_char=91|end_char=92
14	da	da	SCONJ	KOUS	_	21	mark	_	start_char=93|end_char=95
15	auch	auch	ADV	ADV	_	21	advmod	_	start_char=96|end_char=100
16	unter	unter	ADP	APPR	_	17	case	_	start_char=101|end_char=106
17	anderem	ander	DET	PIS	Case=Dat|Gender=Neut|Number=Sing|PronType=Tot	21	obl	_	start_char=107|end_char=114
18	nicht	nicht	PART	PTKNEG	Polarity=Neg	21	advmod	_	start_char=115|end_char=120
19	genug	genug	ADV	PIAT	_	20	advmod	_	start_char=121|end_char=126
20	Zeit	Zeit	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	21	obj	_	start_char=127|end_char=131
21	bliebe	bleiben	VERB	VVFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	12	advcl	_	start_char=132|end_char=138
22	,	,	PUNCT	$,	_	21	punct	_	start_char=138|end_char=139
23	um	um	SCONJ	KOUI	_	34	mark	_	start_char=140|end_char=142
24	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	26	det	_	start_char=143|end_char=146
25	nötigen	nötig	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	26	amod	_	start_char=147|end_char=154
26	Unterschriften	Unterschrift	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	34	obj	_	start_char=155|end_char=169
27	für	für	ADP	APPR	_	29	case	_	start_char=170|end_char=173
28	die	der	DET	ART	Case=Acc|Definite=Def|Number=Plur|PronType=Art	29	det	_	start_char=174|end_char=177
29	Zulassungen	Zulassung	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	34	obl	_	start_char=178|end_char=189
30	zu	zu	ADP	APPR	_	32	case	_	start_char=190|end_char=192
31	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	32	det	_	start_char=193|end_char=196
32	Wahlen	Wahl	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	34	obl	_	start_char=197|end_char=203
33	zu	zu	PART	PTKZU	_	34	mark	_	start_char=204|end_char=206
34	sammeln	sammeln	VERB	VVINF	VerbForm=Inf	21	xcomp	_	start_char=207|end_char=214
35	.	.	PUNCT	$.	_	6	punct	_	start_char=214|end_char=215
"""

# Wikinews train, "Extreme Infektionsgefahr in Krankenhäusern der „Dritten Welt“" (2005-03-25)
STUENDEN = """\
# newpar
# text = Der Ergebnisauswertung der Einzelstudien zufolge werde in Krankenhäusern häufig unhygienisch gearbeitet und damit das Infektionsrisiko dramatisch erhöht.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Ergebnisauswertung	Ergebnisauswertung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	11	nsubj:pass	_	start_char=4|end_char=22
3	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=23|end_char=26
4	Einzelstudien	Einzelstudie	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	2	nmod	_	start_char=27|end_char=40
5	zufolge	zufolge	ADP	APPR	_	4	case	_	start_char=41|end_char=48
6	werde	werden	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	11	aux:pass	_	start_char=49|end_char=54
7	in	in	ADP	APPR	_	8	case	_	start_char=55|end_char=57
8	Krankenhäusern	Krankenhaus	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	11	obl	_	start_char=58|end_char=72
9	häufig	häufig	ADV	ADJD	_	11	advmod	_	start_char=73|end_char=79
10	unhygienisch	unhygienisch	ADJ	ADJD	Degree=Pos	11	advmod	_	start_char=80|end_char=92
11	gearbeitet	arbeiten	VERB	VVPP	VerbForm=Part	0	root	_	start_char=93|end_char=103
12	und	und	CCONJ	KON	_	17	cc	_	start_char=104|end_char=107
13	damit	damit	ADV	PROAV	PronType=Dem	17	advmod	_	start_char=108|end_char=113
14	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	15	det	_	start_char=114|end_char=117
15	Infektionsrisiko	Infektionsrisiko	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	17	obj	_	start_char=118|end_char=134
16	dramatisch	dramatisch	ADJ	ADJD	Degree=Pos	17	advmod	_	start_char=135|end_char=145
17	erhöht	erhöhen	VERB	VVPP	VerbForm=Part	11	conj	_	start_char=146|end_char=152
18	.	.	PUNCT	$.	_	11	punct	_	start_char=152|end_char=153

# text = In manchen Einrichtungen müssten drei Kinder ein Bett teilen.
1	In	in	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	manchen	mancher	DET	PIAT	Case=Dat|Gender=Masc|Number=Plur|PronType=Ind	3	det	_	start_char=3|end_char=10
3	Einrichtungen	Einrichtung	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	9	obl	_	start_char=11|end_char=24
4	müssten	müssen	AUX	VMFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	9	aux	_	start_char=25|end_char=32
5	drei	drei	NUM	CARD	NumType=Card	6	nummod	_	start_char=33|end_char=37
6	Kinder	Kind	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	9	obj	_	start_char=38|end_char=44
7	ein	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	8	det	_	start_char=45|end_char=48
8	Bett	Bett	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	9	obj	_	start_char=49|end_char=53
9	teilen	teilen	VERB	VVINF	VerbForm=Inf	0	root	_	start_char=54|end_char=60
10	.	.	PUNCT	$.	_	9	punct	_	start_char=60|end_char=61

# text = Nur ein bis zwei Krankenschwestern stünden durchschnittlich für eine Station mit 60 Säuglingsbetten zur Verfügung.
1	Nur	nur	ADV	ADV	_	5	advmod	_	start_char=0|end_char=3
2	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|NumType=Card|Number=Sing|PronType=Art	5	det	_	start_char=4|end_char=7
3	bis	bis	ADP	APPR	_	5	case	_	start_char=8|end_char=11
4	zwei	zwei	NUM	CARD	NumType=Card	5	nummod	_	start_char=12|end_char=16
5	Krankenschwestern	Krankenschwester	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	6	obl	_	start_char=17|end_char=34
6	stünden	stehen	VERB	VVFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=35|end_char=42
7	durchschnittlich	durchschnittlich	ADV	ADJD	_	6	advmod	_	start_char=43|end_char=59
8	für	für	ADP	APPR	_	10	case	_	start_char=60|end_char=63
9	eine	ein	DET	ART	Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	10	det	_	start_char=64|end_char=68
10	Station	Station	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	6	obl	_	start_char=69|end_char=76
11	mit	mit	ADP	APPR	_	13	case	_	start_char=77|end_char=80
12	60	60	NUM	CARD	NumType=Card	13	nummod	_	start_char=81|end_char=83
13	Säuglingsbetten	Säuglingsbett	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	6	obl	_	start_char=84|end_char=99
14	zur	zu	ADP	APPR	_	15	case	_	start_char=100|end_char=103
15	Verfügung	Verfügung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	13	nmod	_	start_char=104|end_char=113
16	.	.	PUNCT	$.	_	6	punct	_	start_char=113|end_char=114
"""


def word(parsed, text):
    return next(w for s in parsed.sentences for w in s.words if w.text == text)


def test_konjunktiv_one_list_of_forms():
    """konjunktiv.KONJ1/KONJ2 come from konjunktiv.tsv (the tagger's list: tests/test_nlp.py)."""
    forms = lexicon.konjunktiv_forms()
    assert konjunktiv.KONJ2 == {f for f, kind in forms.items() if kind == "2"}
    assert {"bliebe", "ließe", "fände", "stünden", "lägen", "wäre"} <= konjunktiv.KONJ2
    assert "gingen" not in konjunktiv.KONJ2  # also the indicative past: "Die Plätze gingen an …"
    assert not konjunktiv.KONJ1 & konjunktiv.KONJ2


def test_konjunktiv_bliebe_is_konjunktiv_two_not_one():
    """konjunktiv.konj1: "da … nicht genug Zeit bliebe" is Konjunktiv II (I would be "bleibe")."""
    parsed = from_conllu(BLIEBE)
    bliebe = word(parsed, "bliebe")
    assert konjunktiv.subjunctive(bliebe)
    assert not konjunktiv.konj1(bliebe)
    sent = parsed.sentences[0]
    clause = [j for j in sent.subtree(bliebe.i)]
    assert konjunktiv.clause_mood(sent, clause) == "konj2"
    assert konjunktiv.konj1_clauses(sent) == []  # no Konjunktiv I clause in the sentence


def test_konjunktiv_plural_konjunktiv_two_continues_reported_speech():
    """indirect.konjunktiv_quote: "Nur ein bis zwei Krankenschwestern stünden …" right after
    reported speech continues it; the tagger's Mood=Sub on a distinct plural form counts."""
    parsed = from_conllu(STUENDEN)
    stuenden = word(parsed, "stünden")
    assert konjunktiv.subjunctive(stuenden) and not konjunktiv.konj1(stuenden)
    assert konjunktiv.continuation(parsed.sentences[2]) == "konj2"
    quotes = find_quotes("4174", parsed)
    last = [q for q in quotes if q.text.startswith("Nur ein bis zwei Krankenschwestern")]
    assert len(last) == 1 and last[0].kind == "indirect"


def test_konjunktiv_regular_third_person_in_e_despite_tense_past():
    """"Damit steige die Übertragungswahrscheinlichkeit auf den Menschen" (news-dev): the
    tagger calls "steige" Tense=Past, but no past form of the third person ends in -e; it
    is Konjunktiv I and continues what Schmidt-Chanasit said two sentences before."""
    parsed = from_conllu(VIROLOGE)
    steige = word(parsed, "steige")
    assert steige.featdict.get("Tense") == "Past"  # the tagger's reading
    assert konjunktiv.konj1(steige)
    assert konjunktiv.continuation(parsed.sentences[1]) == "konj1"
    quotes = find_quotes("umwelt", parsed)
    cont = [q for q in quotes if q.text.startswith("Damit steige")]
    assert [(q.kind, q.speaker, q.rule) for q in cont] == [("indirect", "Jonas Schmidt-Chanasit", "konjunktiv")]
