"""Rules of `quotes.trees`: reading a dependency tree (mentions, clauses, edges)."""
from __future__ import annotations

from quotes import trees

from .parses import AERZTE, JUNG, LAUT_BKA, LBM, SCHOIGU, TASS
from .parses import SOGENANNT as JELPKE
from .ruletools import parse, sentence, text_of, word, words



def test_trees_mention_keeps_title_and_name():
    """trees.mention: "Russlands Verteidigungsminister Sergej Schoigu" is one mention."""
    sent = sentence(SCHOIGU)
    assert words(sent, trees.mention(sent, word(sent, "Verteidigungsminister"))) == \
        "Russlands Verteidigungsminister Sergej Schoigu"


def test_trees_mention_cuts_relative_clause():
    """trees.mention: "Ulla Jelpke, die … gesorgt hatte, kritisierte": the speaker without her relative clause."""
    sent = sentence(JELPKE)
    assert words(sent, trees.mention(sent, word(sent, "Ulla"))) == "Ulla Jelpke"


def test_trees_trim_drops_complementizer_and_edge_punctuation():
    """trees.trim: the clause of "mit, dass Ertel sich das Leben genommen habe." without ", dass" and "."."""
    parsed = parse(LBM)
    sent = parsed.sentences[0]
    idx = trees.trim(sent, list(range(word(sent, "mit").i + 1, len(sent.words))))
    assert text_of(parsed, sent, idx) == "Ertel sich das Leben genommen habe"


def test_trees_clause_head_of_a_place_is_its_verb():
    """trees.clause_head: "in Rangun" belongs to the clause of "gelandet", not of "teilte … mit"."""
    sent = sentence(AERZTE)
    assert sent.words[trees.clause_head(sent, word(sent, "Rangun"))].text == "gelandet"


def test_trees_clause_minus_removes_the_attribution_phrase_at_the_edge():
    """trees.clause_minus: "Laut BKA liegen … vor" minus "Laut BKA" is the reported clause."""
    parsed = parse(LAUT_BKA)
    sent = parsed.sentences[0]
    head = word(sent, "liegen").i
    idx = trees.clause_minus(sent, head, [word(sent, "Laut").i, word(sent, "BKA").i])
    assert text_of(parsed, sent, idx) == "liegen bei den meisten Verschwindensfällen Streitigkeiten der Eltern vor"


def test_trees_is_finite_tells_finite_from_participle():
    """trees.is_finite: "sagte" is finite, the participle "übergeben" is not."""
    sent = sentence(SCHOIGU)
    assert trees.is_finite(word(sent, "sagte"))
    assert not trees.is_finite(word(sent, "übergeben"))


def test_trees_zu_infinitive_with_zu_inside():
    """trees.zu_infinitive: "anzusprechen" is an infinitive with "zu" inside; "kündigte" is not."""
    sent = sentence(JUNG)
    assert trees.zu_infinitive(word(sent, "anzusprechen"))
    assert not trees.zu_infinitive(word(sent, "kündigte"))


def test_trees_is_clause_verb_with_subject():
    """trees.is_clause: "drei Flugzeuge … seien … gelandet" is a clause, the noun "Grenzen" is not."""
    sent = sentence(AERZTE)
    assert trees.is_clause(sent, word(sent, "gelandet"))
    assert not trees.is_clause(sent, word(sent, "Grenzen"))


def test_trees_separated_by_comma():
    """trees.separated: a comma stands between "übergeben worden" and "sagte", none inside the name."""
    sent = sentence(SCHOIGU)
    assert trees.separated(sent, word(sent, "übergeben").i, word(sent, "sagte").i)
    assert not trees.separated(sent, word(sent, "Russlands").i, word(sent, "Schoigu").i)


def test_trees_root_is_the_speech_verb():
    """trees.root: in "<clause>, sagte Schoigu" the root is "sagte"."""
    sent = sentence(SCHOIGU)
    assert trees.root(sent).text == "sagte"


def test_trees_first_person_subject():
    """trees.first_person: "wir sind nicht zusammengebrochen" has a first-person subject; the Schoigu report has none."""
    assert trees.first_person(parse(TASS).sentences[2])
    assert not trees.first_person(sentence(SCHOIGU))


# news-dev, gnad-0954 (10kGNAD, derStandard.at): the dateline opens the first sentence
WIEN = """\
# newpar
# text = Wien – Die aus herausragenden Nachwuchsforschern zusammengesetzte Junge Kurie der Österreichischen Akademie der Wissenschaften (ÖAW) warnt vor einer ernstzunehmenden Gefährdung des Forschungsstandort Österreich.
1	Wien	Wien	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	18	nsubj	_	start_char=0|end_char=4
2	–	–	PUNCT	$(	_	1	punct	_	start_char=5|end_char=6
3	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	6	det	_	start_char=7|end_char=10
4	aus	aus	ADP	APPR	_	6	case	_	start_char=11|end_char=14
5	herausragenden	herausragend	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Neut|Number=Plur	6	amod	_	start_char=15|end_char=29
6	Nachwuchsforschern	Nachwuchsforscher	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	9	nmod	_	start_char=30|end_char=48
7	zusammengesetzte	zusammengesetzt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	9	amod	_	start_char=49|end_char=65
8	Junge	jung	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Sing	9	amod	_	start_char=66|end_char=71
9	Kurie	Kurie	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	1	conj	_	start_char=72|end_char=77
10	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	12	det	_	start_char=78|end_char=81
11	Österreichischen	fsterreichisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	12	amod	_	start_char=82|end_char=98
12	Akademie	Akademie	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	9	nmod	_	start_char=99|end_char=107
13	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	14	det	_	start_char=108|end_char=111
14	Wissenschaften	Wissenschaft	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	12	nmod	_	start_char=112|end_char=126
15	(	(	PUNCT	$	_	16	punct	_	start_char=127|end_char=128
16	ÖAW	ÖAW	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	14	appos	_	start_char=128|end_char=131
17	)	)	PUNCT	$	_	16	punct	_	start_char=131|end_char=132
18	warnt	warnen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=133|end_char=138
19	vor	vor	ADP	APPR	_	22	case	_	start_char=139|end_char=142
20	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	22	det	_	start_char=143|end_char=148
21	ernstzunehmenden	ernstzunehmend	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	22	amod	_	start_char=149|end_char=165
22	Gefährdung	Gefährdung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	18	obl	_	start_char=166|end_char=176
23	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	24	det	_	start_char=177|end_char=180
24	Forschungsstandort	Forschungsstandort	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	22	nmod	_	start_char=181|end_char=199
25	Österreich	Österreich	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	24	appos	_	start_char=200|end_char=210
26	.	.	PUNCT	$.	_	18	punct	_	start_char=210|end_char=211
"""


def test_trees_detach_dateline_gives_the_subject_back():
    """The parser makes "Wien" the subject of "warnt" and hangs the Junge Kurie on it as
    a conjunct; after the correction the Kurie is the subject and Wien is no part of it."""
    sent = sentence(WIEN)
    assert word(sent, "Wien").deprel == "nsubj"  # the parser's reading, which the rule repairs
    trees.detach_dateline(sent)
    subj = sent.dependents(word(sent, "warnt").i, "nsubj")
    assert [w.text for w in subj] == ["Kurie"]
    assert words(sent, trees.mention(sent, subj[0])).startswith("Die aus herausragenden")
    assert word(sent, "Wien").deprel == "dep"



# news-dev, gnad-0696 (10kGNAD, derStandard.at)
PANAMA = """\
# newpar
# text = Panama-Stadt – Nach den Enthüllungen mehrerer Medien über Finanzgeschäfte mit Briefkastenfirmen in Panama hat die Regierung des mittelamerikanischen Landes ihre Kooperation bei der Aufklärung zugesagt.
1	Panama	Panama	PROPN	NE	Case=Nom|Gender=Neut|Number=Sing	3	compound	_	start_char=0|end_char=6
2	-	-	PUNCT	$	_	1	punct	_	start_char=6|end_char=7
3	Stadt	Stadt	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	27	nsubj:pass	_	start_char=7|end_char=12
4	–	–	PUNCT	$(	_	3	punct	_	start_char=13|end_char=14
5	Nach	nach	ADP	APPR	_	7	case	_	start_char=15|end_char=19
6	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	7	det	_	start_char=20|end_char=23
7	Enthüllungen	Enthüllung	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	3	nmod	_	start_char=24|end_char=36
8	mehrerer	mehr	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Plur	9	amod	_	start_char=37|end_char=45
9	Medien	Medium	NOUN	NN	Case=Gen|Gender=Neut|Number=Plur	7	nmod	_	start_char=46|end_char=52
10	über	über	ADP	APPR	_	11	case	_	start_char=53|end_char=57
11	Finanzgeschäfte	Finanzgeschäft	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	7	nmod	_	start_char=58|end_char=73
12	mit	mit	ADP	APPR	_	13	case	_	start_char=74|end_char=77
13	Briefkastenfirmen	Briefkastenfirma	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	11	nmod	_	start_char=78|end_char=95
14	in	in	ADP	APPR	_	15	case	_	start_char=96|end_char=98
15	Panama	Panama	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	13	nmod	_	start_char=99|end_char=105
16	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	27	aux	_	start_char=106|end_char=109
17	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	18	det	_	start_char=110|end_char=113
18	Regierung	Regierung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	27	obj	_	start_char=114|end_char=123
19	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	21	det	_	start_char=124|end_char=127
20	mittelamerikanischen	mittelamerikanisch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Sing	21	amod	_	start_char=128|end_char=148
21	Landes	Land	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	18	nmod	_	start_char=149|end_char=155
22	ihre	ihr	DET	PPOSAT	Case=Acc|Gender=Fem|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	23	det:poss	_	start_char=156|end_char=160
23	Kooperation	Kooperation	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	27	obj	_	start_char=161|end_char=172
24	bei	bei	ADP	APPR	_	26	case	_	start_char=173|end_char=176
25	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	26	det	_	start_char=177|end_char=180
26	Aufklärung	Aufklärung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	27	obl	_	start_char=181|end_char=191
27	zugesagt	zusagen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=192|end_char=200
28	.	.	PUNCT	$.	_	27	punct	_	start_char=200|end_char=201
"""


def test_trees_detach_hyphenated_dateline_and_find_the_subject():
    """"Panama-Stadt – Nach den Enthüllungen … hat die Regierung … ihre Kooperation
    zugesagt": the parser makes "Stadt" the subject and both noun phrases after the verb
    objects; once the dateline is detached, the first of them is the subject, and the
    prepositional phrase after the dash stays an oblique."""
    sent = sentence(PANAMA)
    assert word(sent, "Stadt").deprel.startswith("nsubj")  # the parser's reading
    assert word(sent, "Regierung").deprel == "obj"
    trees.detach_dateline(sent)
    zugesagt = word(sent, "zugesagt")
    assert [w.text for w in sent.dependents(zugesagt.i, "nsubj")] == ["Regierung"]
    assert word(sent, "Enthüllungen").deprel == "obl"
    assert word(sent, "Stadt").deprel == "dep"
