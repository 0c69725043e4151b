"""`quotes.extract`: find_quotes end to end on parsed text, dedupe, content_paragraphs,
might_quote."""
from __future__ import annotations

from quotes import extract
from quotes.extract import find_quotes
from quotes.records import Quote

from .parses import BELTA, FILM, PESKOW_PARA, STAATSFERNSEHEN, TASS, TELEGRAM
from .ruletools import parse


def test_extract_find_quotes_outlet_reports_last_speaker():
    """extract.find_quotes: "Russland solle Belarus verteidigen, …, berichtet die Nachrichtenagentur BelTA" -- Lukaschenko's words via BelTA."""
    quotes = extract.find_quotes("t", parse(BELTA))
    belta = [q for q in quotes if q.cue == "berichten"]
    assert len(belta) == 1
    q = belta[0]
    assert q.text.startswith("Russland solle Belarus verteidigen")
    assert (q.kind, q.speaker, q.outlet) == ("indirect", "Alexander Lukaschenko", "BelTA")


def test_extract_find_quotes_pronoun_and_continuation():
    """extract.find_quotes: "„…“, wurde er von der … Tass zitiert. „…“ Es werde zwar nicht einfach. „…“, fügte er hinzu." -- all Lukaschenko's."""
    quotes = extract.find_quotes("t", parse(TASS))
    assert [q.kind for q in quotes] == ["direct", "direct", "indirect", "direct"]
    assert {q.speaker for q in quotes} == {"Lukaschenko"}
    assert quotes[0].text == "Wir werden das alles überstehen" and quotes[0].outlet == "Tass"
    assert quotes[2].text == "Es werde zwar nicht einfach"
    assert quotes[3].cue == "hinzufügen"


def test_extract_find_quotes_ministry_on_telegram():
    """extract.find_quotes: "„…“, teilte das belarussische Verteidigungsministerium im Onlinedienst Telegram mit. „…“, hieß es" -- the ministry, on Telegram."""
    quotes = extract.find_quotes("t", parse(TELEGRAM))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Belarussisches Verteidigungsministerium")] * 2
    assert quotes[0].outlet == "Telegram" and quotes[0].cue == "mitteilen"
    assert quotes[1].text == "Sie werden einen vollständigen Ausbildungszyklus auf einem Übungsplatz " \
        "der russischen Streitkräfte absolvieren"


def test_extract_find_quotes_indirect_direct_konjunktiv():
    """extract.find_quotes: "Russland erklärte, … sei …" (indirect), „…“, sagte Peskow (direct), "… müsse Moskau …" (Konjunktiv, Peskow)."""
    quotes = extract.find_quotes("t", parse(PESKOW_PARA))
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Russland"), ("direct", "Dmitri Peskow"), ("indirect", "Dmitri Peskow")]
    assert quotes[0].text == "die Stationierung von Atomraketen im Nachbarland Belarus sei eine Reaktion " \
        "auf den NATO-Beitritt Finnlands"


def test_extract_find_quotes_title_is_no_quote():
    """extract.find_quotes: "Stanley Kubricks Film „2001: Odyssee im Weltraum“" -- nothing quoted."""
    assert extract.find_quotes("t", parse(FILM)) == []


def test_extract_find_quotes_offsets_index_the_text():
    """extract.find_quotes: offsets index the parsed text (paragraphs joined by a line break)."""
    parsed = parse(STAATSFERNSEHEN)
    quotes = extract.find_quotes("t", parsed)
    assert len(quotes) == 1
    q = quotes[0]
    assert parsed.text[q.start:q.end] == q.text
    assert q.text.startswith("Niemand ist dagegen, dass Kasachstan")
    assert (q.speaker, q.outlet) == ("Alexander Lukaschenko", "russisches Staatsfernsehen")


def quote(start: int, end: int, conf: float) -> Quote:
    return Quote(article="t", kind="indirect", text="x" * (end - start), start=start, end=end, confidence=conf)


def test_extract_dedupe_keeps_surer_of_overlapping():
    """extract.dedupe: of two quotes overlapping by half or more keep the surer; a small overlap keeps both."""
    a, b, c = quote(0, 100, 0.6), quote(10, 100, 0.9), quote(95, 200, 0.5)
    assert extract.dedupe([a, b, c]) == [b, c]


def test_extract_content_paragraphs_drops_furniture_and_repeats():
    """extract.content_paragraphs: "Mehr zum Thema" paragraphs and verbatim repeats are skipped."""
    para = "Russland treibt derzeit seinen Plan voran, taktische Atomwaffen zu stationieren."
    text = f"{para}\nMehr zum Thema: Atomwaffen in Belarus\n{para}\nIn westlichen Ländern ruft dies Besorgnis hervor."
    spans = extract.content_paragraphs(text)
    assert [text[s:e] for s, e in spans] == [para, "In westlichen Ländern ruft dies Besorgnis hervor."]


def test_extract_might_quote_selects_sentences_to_parse():
    """extract.might_quote: marks, cue forms, "laut", "nach Angaben", Konjunktiv -- yes; a plain statement -- no."""
    assert extract.might_quote("Laut BKA liegen bei den meisten Verschwindensfällen Streitigkeiten der Eltern vor.")
    assert extract.might_quote("Am Freitag teilte ein Sprecher des LBM in Koblenz mit, dass Ertel sich das Leben genommen habe.")
    assert extract.might_quote("Ein Tatverdacht bestehe nach Angaben der Bundesanwaltschaft nicht mehr.")
    assert extract.might_quote("Er bekam den Titel „Schöpfer der Neuen Musik“.")
    assert not extract.might_quote("Seit 1971 lebt Armstrong auf einer Farm bei Lebanon (Ohio).")


def test_extract_might_quote_selects_konjunktiv_of_regular_verbs():
    """news-dev sentences whose only sign of reported speech is a regular Konjunktiv I
    ("dringe", "steige": konjunktiv_regular.tsv) are parsed; the same verbs in the past are not."""
    assert extract.might_quote("Zugleich dringe dort der Mensch besonders stark vor.")
    assert extract.might_quote("In letzter Zeit steige aber auch das Interesse an Einzelaktien oder Kryptowährungen wie Bitcoin.")
    assert not extract.might_quote("Zugleich drang dort der Mensch besonders stark vor.")
    assert not extract.might_quote("Teilweise stieg das Interesse an einige Aktien.")


# news-dev, gnad-0981 (10kGNAD, derStandard.at): the lead and the first body sentence
VORSITZENDE = """\
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
"""


def test_extract_dateline_title_and_wollen_dass():
    """"Wien/Klosterneuburg/Mülheim – Der Vorsitzende der Privatangestellten-Gewerkschaft
    (GPA-djp), Wolfgang Katzian, will, dass …": the places are a dateline, "will, dass" is
    a cue though the tagger calls "will" an auxiliary, and the chairman is Katzian, named
    as union chief before, not the union inside his title."""
    quotes = find_quotes("t", parse(VORSITZENDE))
    dass = [q for q in quotes if q.text.startswith("der Sozialplan")]
    assert [(q.kind, q.speaker, q.cue) for q in dass] == [("indirect", "Wolfgang Katzian", "wollen")]
