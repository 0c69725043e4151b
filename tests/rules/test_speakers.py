"""Rules of `quotes.speakers`: a speaker mention -> the canonical name in the article."""
from __future__ import annotations

from quotes import nouns, speakers
from quotes.extract import find_quotes
from quotes.speakers import Speakers
from quotes.trees import mention

from .parses import (
    BELTA,
    BERNINGER,
    IM_BEITRAG,
    JUNG,
    KATZIAN,
    MACHTHABER,
    PIKTOGRAMME,
    SCHOIGU,
    TASS,
    VIROLOGE,
)
from .ruletools import parse, word

# Wikinews train, 12599 - Fall des eBay-Babys doch anders als gedacht (2005-09-17)
BERINGER = """\
# newpar
# text = Ein Sprecher der Polizei, Lars Beringer, sagte heute Abend gegenüber der Presse, nach neuesten Erkenntnissen habe ein Unbekannter den Namen der Frau verwendet, um ihr Kind in eBay anzubieten.
1	Ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Sprecher	Sprecher	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=4|end_char=12
3	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=13|end_char=16
4	Polizei	Polizei	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	2	nmod	_	start_char=17|end_char=24
5	,	,	PUNCT	$,	_	6	punct	_	start_char=24|end_char=25
6	Lars	Lars	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	appos	_	start_char=26|end_char=30
7	Beringer	Beringer	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	6	flat	_	start_char=31|end_char=39
8	,	,	PUNCT	$,	_	2	punct	_	start_char=39|end_char=40
9	sagte	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=41|end_char=46
10	heute	heute	ADV	ADV	_	9	advmod	_	start_char=47|end_char=52
11	Abend	Abend	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	9	nsubj	_	start_char=53|end_char=58
12	gegenüber	gegenüber	ADP	APPR	_	14	case	_	start_char=59|end_char=68
13	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	14	det	_	start_char=69|end_char=72
14	Presse	Presse	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	11	nmod	_	start_char=73|end_char=79
15	,	,	PUNCT	$,	_	26	punct	_	start_char=79|end_char=80
16	nach	nach	ADP	APPR	_	18	case	_	start_char=81|end_char=85
17	neuesten	neu	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	18	amod	_	start_char=86|end_char=94
18	Erkenntnissen	Erkenntnis	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	26	obl	_	start_char=95|end_char=108
19	habe	haben	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	26	aux	_	start_char=109|end_char=113
20	ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Neut|NumType=Card|Number=Sing|PronType=Art	21	det	_	start_char=114|end_char=117
21	Unbekannter	Unbekannter	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	26	nsubj:pass	_	start_char=118|end_char=129
22	den	der	DET	ART	Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	23	det	_	start_char=130|end_char=133
23	Namen	Name	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	26	obj	_	start_char=134|end_char=139
24	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	25	det	_	start_char=140|end_char=143
25	Frau	Frau	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	23	nmod	_	start_char=144|end_char=148
26	verwendet	verwenden	VERB	VVPP	VerbForm=Part	9	ccomp	_	start_char=149|end_char=158
27	,	,	PUNCT	$,	_	33	punct	_	start_char=158|end_char=159
28	um	um	SCONJ	KOUI	_	33	mark	_	start_char=160|end_char=162
29	ihr	ihr	DET	PPOSAT	Case=Acc|Gender=Neut|Gender[psor]=Masc,Neut|Number=Sing|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs	30	det:poss	_	start_char=163|end_char=166
30	Kind	Kind	NOUN	NN	Case=Acc|Gender=Neut|Number=Sing	33	obj	_	start_char=167|end_char=171
31	in	in	ADP	APPR	_	32	case	_	start_char=172|end_char=174
32	eBay	eBay	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	33	obl	_	start_char=175|end_char=179
33	anzubieten	anbieten	VERB	VVINF	VerbForm=Inf	26	advcl	_	start_char=180|end_char=190
34	.	.	PUNCT	$.	_	9	punct	_	start_char=190|end_char=191
"""
# seeds/001_4b6b8be258251114.txt
MITGETEILT = """\
# newpar
# text = Am Sonntag hatte das belarussische Verteidigungsministerium mitgeteilt, dass eine weitere Einheit des mobilen Boden-Luft-Raketensystems S-400 aus Moskau eingetroffen sei und die Systeme bald kampfbereit sein sollen.
1	An	an	ADP	APPR	_	3	case	_	start_char=0|end_char=2
2	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=0|end_char=2
3	Sonntag	Sonntag	PROPN	NN	Case=Dat|Gender=Masc|Number=Sing	8	obl	_	start_char=3|end_char=10
4	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	8	aux	_	start_char=11|end_char=16
5	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	7	det	_	start_char=17|end_char=20
6	belarussische	belarussisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	7	amod	_	start_char=21|end_char=34
7	Verteidigungsministerium	Verteidigungsministerium	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	8	nsubj:pass	_	start_char=35|end_char=59
8	mitgeteilt	mitteilen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=60|end_char=70
9	,	,	PUNCT	$,	_	24	punct	_	start_char=70|end_char=71
10	dass	dass	SCONJ	KOUS	_	24	mark	_	start_char=72|end_char=76
11	eine	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	13	det	_	start_char=77|end_char=81
12	weitere	weiterer	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	13	amod	_	start_char=82|end_char=89
13	Einheit	Einheit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	24	nsubj:pass	_	start_char=90|end_char=97
14	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	20	det	_	start_char=98|end_char=101
15	mobilen	mobil	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Masc|Number=Sing	20	amod	_	start_char=102|end_char=109
16	Boden	Boden	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	18	compound	_	start_char=110|end_char=115
17	-	-	PUNCT	$	_	16	punct	_	start_char=115|end_char=116
18	Luft	Luft	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	20	compound	_	start_char=116|end_char=120
19	-	-	PUNCT	$	_	18	punct	_	start_char=120|end_char=121
20	Raketensystems	Raketensystem	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	24	obl	_	start_char=121|end_char=135
21	S-400	S-400	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	20	appos	_	start_char=136|end_char=141
22	aus	aus	ADP	APPR	_	23	case	_	start_char=142|end_char=145
23	Moskau	Moskau	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	24	obl	_	start_char=146|end_char=152
24	eingetroffen	eintreffen	VERB	VVPP	VerbForm=Part	8	ccomp	_	start_char=153|end_char=165
25	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	24	aux	_	start_char=166|end_char=169
26	und	und	CCONJ	KON	_	30	cc	_	start_char=170|end_char=173
27	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	28	det	_	start_char=174|end_char=177
28	Systeme	System	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	30	nsubj	_	start_char=178|end_char=185
29	bald	bald	ADV	ADV	_	30	advmod	_	start_char=186|end_char=190
30	kampfbereit	kampfbereit	ADJ	ADJD	_	24	conj	_	start_char=191|end_char=202
31	sein	sein	AUX	VAINF	VerbForm=Inf	30	cop	_	start_char=203|end_char=207
32	sollen	sollen	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	30	aux	_	start_char=208|end_char=214
33	.	.	PUNCT	$.	_	8	punct	_	start_char=214|end_char=215
"""
# Wikinews train, 50978 - Afghanistans Präsident Karzai will „Kampf gegen den Terror“ auf das pakistanische Grenzgebiet ausweiten (2008-06-15)
TALIBAN = """\
# newpar
# text = Ein Talibansprecher kündigte unterdessen an, die Taliban würden in der nächsten Woche weitere Gefängnisse stürmen.
1	Ein	ein	DET	ART	Case=Nom|Definite=Ind|Gender=Masc|NumType=Card|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Talibansprecher	Talibansprecher	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	3	nsubj	_	start_char=4|end_char=19
3	kündigte	kündigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=20|end_char=28
4	unterdessen	unterdessen	ADV	ADV	_	3	advmod	_	start_char=29|end_char=40
5	an	an	ADP	PTKVZ	_	3	compound:prt	_	start_char=41|end_char=43
6	,	,	PUNCT	$,	_	16	punct	_	start_char=43|end_char=44
7	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	8	det	_	start_char=45|end_char=48
8	Taliban	Taliban	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	16	nsubj	_	start_char=49|end_char=56
9	würden	werden	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	16	aux	_	start_char=57|end_char=63
10	in	in	ADP	APPR	_	13	case	_	start_char=64|end_char=66
11	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	13	det	_	start_char=67|end_char=70
12	nächsten	nah	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	13	amod	_	start_char=71|end_char=79
13	Woche	Woche	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	16	obl	_	start_char=80|end_char=85
14	weitere	weiterer	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Neut|Number=Plur	15	amod	_	start_char=86|end_char=93
15	Gefängnisse	Gefängnis	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	16	obj	_	start_char=94|end_char=105
16	stürmen	stürmen	VERB	VVINF	VerbForm=Inf	3	conj	_	start_char=106|end_char=113
17	.	.	PUNCT	$.	_	3	punct	_	start_char=113|end_char=114
"""


def resolve(conllu: str, k: int, form: str, nth: int = 0, notes: int = 0):
    """Resolve the mention of word `form` in sentence k, after noting the subjects of the first `notes` sentences."""
    parsed = parse(conllu)
    sp = Speakers(parsed)
    for s in parsed.sentences[:notes]:
        sp.note_subjects(s)
    sent = parsed.sentences[k]
    return sp.resolve(sent, mention(sent, word(sent, form, nth)))


def test_speakers_resolve_surname_to_fullest_name():
    """speakers.Speakers.resolve: "Lukaschenko empfing zuvor …" -> "Alexander Lukaschenko", named so before."""
    assert resolve(BELTA, 2, "Lukaschenko").name == "Alexander Lukaschenko"


def test_speakers_resolve_pronoun_to_last_person():
    """speakers.Speakers.resolve: "…gab sich Lukaschenko zuversichtlich … „…“, wurde er … zitiert" -- "er" is Lukaschenko."""
    r = resolve(TASS, 1, "er", notes=1)
    assert (r.name, r.mention) == ("Lukaschenko", "er")


def test_speakers_resolve_description_to_person():
    """speakers.Speakers.resolve: "sagte der autoritäre, belarussische Machthaber" -> the Staatschef Alexander Lukaschenko of the paragraph before."""
    assert resolve(MACHTHABER, 1, "Machthaber", notes=1).name == "Alexander Lukaschenko"


def test_speakers_resolve_title_then_name():
    """speakers.Speakers.resolve: "Russlands Verteidigungsminister Sergej Schoigu" -> "Sergej Schoigu"."""
    assert resolve(SCHOIGU, 0, "Verteidigungsminister").name == "Sergej Schoigu"


def test_speakers_resolve_role_then_name_in_apposition():
    """speakers.Speakers.resolve: "Ein Sprecher der Polizei, Lars Beringer, sagte" -> "Lars Beringer"."""
    assert resolve(BERINGER, 0, "Sprecher").name == "Lars Beringer"


def test_speakers_resolve_institution_in_nominative():
    """speakers.Speakers.resolve: "hatte das belarussische Verteidigungsministerium mitgeteilt" -> "Belarussisches Verteidigungsministerium"."""
    assert resolve(MITGETEILT, 0, "Verteidigungsministerium").name == "Belarussisches Verteidigungsministerium"


def test_speakers_resolve_indefinite_is_someone_new():
    """speakers.Speakers.resolve: "Ein Talibansprecher kündigte an" -- someone new, named by the description."""
    r = resolve(TALIBAN, 0, "Talibansprecher")
    assert (r.name, r.mention, r.entity) == ("Talibansprecher", "Ein Talibansprecher", None)


def test_speakers_role_group_of_compound():
    """nouns.role_group / is_role: "Kremlsprecher" is a spokesperson like "Sprecher"; "Raketensystem" is no role."""
    assert nouns.role_group("Kremlsprecher") == nouns.role_group("Sprecher") is not None
    assert nouns.is_role("Verteidigungsminister")
    assert not nouns.is_role("Raketensystem")


def test_speakers_hyphenated_name_is_one_name_and_places_in_the_mention_are_not_the_speaker():
    """"Jonas Schmidt-Chanasit vom Bernhard-Nocht-Institut … in Hamburg": the tokenizer
    splits the name at its hyphen, and Hamburg is a known name too; the speaker is the
    man, written as the article writes him."""
    r = resolve(VIROLOGE, 0, "Jonas")
    assert (r.name, r.mention) == ("Jonas Schmidt-Chanasit",
                                   "Jonas Schmidt-Chanasit vom Bernhard-Nocht-Institut für Tropenmedizin in Hamburg")


def test_speakers_epithet_is_the_person_just_quoted():
    """"…, sagt der Virologe": no one was introduced as a virologist; the epithet is the
    man quoted two sentences before (the tagger calls "Virologe" feminine; the article
    "der" is trusted instead)."""
    parsed = parse(VIROLOGE)
    sp = Speakers(parsed)
    first, third = parsed.sentences[0], parsed.sentences[2]
    sp.resolve(first, mention(first, word(first, "Jonas")))
    r = sp.resolve(third, mention(third, word(third, "Virologe")))
    assert (r.name, r.mention) == ("Jonas Schmidt-Chanasit", "der Virologe")


def test_speakers_epithet_needs_someone_quoted_before():
    parsed = parse(VIROLOGE)
    third = parsed.sentences[2]
    r = Speakers(parsed).resolve(third, mention(third, word(third, "Virologe")))
    assert r.entity is None and r.mention == "der Virologe"


def test_speakers_compound_chef_is_a_leader_role():
    """"Gewerkschaftsschef Wolfgang Katzian" … "verlangt der Gewerkschaftschef" (the
    article spells the compound two ways): both end in "Chef", one role group."""
    parsed = parse(KATZIAN)
    sp = Speakers(parsed)
    first, second = parsed.sentences[0], parsed.sentences[2]
    assert sp.resolve(first, mention(first, word(first, "Gewerkschaftsschef"))).name == "Wolfgang Katzian"
    assert sp.resolve(second, mention(second, word(second, "Gewerkschaftschef"))).name == "Wolfgang Katzian"
    assert nouns.role_group("Gewerkschaftschef") == nouns.role_group("Chef")


def test_speakers_plausible_source_things_do_not_speak():
    """Pictograms, the subject of "erklären" here, are no one who could have said it; a
    spokesman with a name, and a ministry, are."""
    pik = parse(PIKTOGRAMME).sentences[0]
    assert not speakers.plausible_source(pik, mention(pik, word(pik, "Piktogramme")))
    ber = parse(BERINGER).sentences[0]
    assert speakers.plausible_source(ber, mention(ber, word(ber, "Sprecher")))
    mit = parse(MITGETEILT).sentences[0]
    assert speakers.plausible_source(mit, mention(mit, word(mit, "Verteidigungsministerium")))

# news-dev, gnad-0231 (10kGNAD, derStandard.at)
HAHSLINGER = """\
# newpar
# text = Wo das Falschgeld hergestellt wurde, ist nach Angaben von Polizeisprecher Roman Hahslinger noch Gegenstand von Ermittlungen, die via Interpol auf Ungarn ausgedehnt wurden.
1	Wo	wo	ADV	PWAV	_	4	advmod	_	start_char=0|end_char=2
2	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	3	det	_	start_char=3|end_char=6
3	Falschgeld	Falschgeld	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	4	nsubj:pass	_	start_char=7|end_char=17
4	hergestellt	herstellen	VERB	VVPP	VerbForm=Part	15	advcl	_	start_char=18|end_char=29
5	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	4	aux:pass	_	start_char=30|end_char=35
6	,	,	PUNCT	$,	_	4	punct	_	start_char=35|end_char=36
7	ist	sein	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	15	cop	_	start_char=37|end_char=40
8	nach	nach	ADP	APPR	_	9	case	_	start_char=41|end_char=45
9	Angaben	Angabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	15	obl	_	start_char=46|end_char=53
10	von	von	ADP	APPR	_	11	case	_	start_char=54|end_char=57
11	Polizeisprecher	Polizeisprecher	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	9	nmod	_	start_char=58|end_char=73
12	Roman	Roman	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	15	nsubj	_	start_char=74|end_char=79
13	Hahslinger	Hahslinger	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	12	appos	_	start_char=80|end_char=90
14	noch	noch	ADV	ADV	_	15	advmod	_	start_char=91|end_char=95
15	Gegenstand	Gegenstand	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	0	root	_	start_char=96|end_char=106
16	von	von	ADP	APPR	_	17	case	_	start_char=107|end_char=110
17	Ermittlungen	Ermittlung	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	15	nmod	_	start_char=111|end_char=123
18	,	,	PUNCT	$,	_	24	punct	_	start_char=123|end_char=124
19	die	der	PRON	PRELS	Case=Nom|Number=Sing|PronType=Dem,Rel	24	nsubj:pass	_	start_char=125|end_char=128
20	via	via	ADP	APPR	_	21	case	_	start_char=129|end_char=132
21	Interpol	Interpol	PROPN	NE	Case=Acc|Gender=Masc|Number=Sing	24	obl	_	start_char=133|end_char=141
22	auf	auf	ADP	APPR	_	23	case	_	start_char=142|end_char=145
23	Ungarn	Ungarn	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	24	obl	_	start_char=146|end_char=152
24	ausgedehnt	ausdehnen	VERB	VVPP	VerbForm=Part	17	acl:relcl	_	start_char=153|end_char=163
25	wurden	werden	AUX	VAFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	24	aux:pass	_	start_char=164|end_char=170
26	.	.	PUNCT	$.	_	15	punct	_	start_char=170|end_char=171
"""


def test_speakers_name_after_title_joins_the_mention():
    """"nach Angaben von Polizeisprecher Roman Hahslinger": the parser makes "Roman" (a
    noun to the tagger) the subject of the sentence; the name after the title is still
    the spokesman's."""
    r = resolve(HAHSLINGER, 0, "Polizeisprecher")
    assert (r.name, r.mention) == ("Roman Hahslinger", "Polizeisprecher Roman Hahslinger")

# news-dev, web-drk.de-Glasgow
IFRC = """\
# newpar
# text = Nach Angaben der Internationalen Föderation der Rotkreuz- und Rothalbmond-Gesellschaften (IFRC) seien seit Anfang 2020 über 17.000 Menschen bei 433 Extremwetterereignissen ums Leben gekommen.
1	Nach	nach	ADP	APPR	_	2	case	_	start_char=0|end_char=4
2	Angaben	Angabe	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	28	obl	_	start_char=5|end_char=12
3	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	5	det	_	start_char=13|end_char=16
4	Internationalen	international	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	5	amod	_	start_char=17|end_char=32
5	Föderation	Föderation	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	2	nmod	_	start_char=33|end_char=43
6	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	7	det	_	start_char=44|end_char=47
7	Rotkreuz	Rotkreuz	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	5	compound	_	start_char=48|end_char=56
8	-	-	PUNCT	$	_	7	punct	_	start_char=56|end_char=57
9	und	und	CCONJ	KON	_	10	cc	_	start_char=58|end_char=61
10	Rothalbmond	Rothalbmond	PROPN	NE	Case=Gen|Gender=Fem|Number=Sing	7	compound	_	start_char=62|end_char=73
11	-	-	PUNCT	$	_	10	punct	_	start_char=73|end_char=74
12	Gesellschaften	Gesellschaft	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	5	nmod	_	start_char=74|end_char=88
13	(	(	PUNCT	$	_	14	punct	_	start_char=89|end_char=90
14	IFRC	IFRC	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	12	appos	_	start_char=90|end_char=94
15	)	)	PUNCT	$	_	14	punct	_	start_char=94|end_char=95
16	seien	sein	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	28	cop	_	start_char=96|end_char=101
17	seit	seit	ADP	APPR	_	18	case	_	start_char=102|end_char=106
18	Anfang	Anfang	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	28	obl	_	start_char=107|end_char=113
19	2020	2020	NUM	CARD	NumType=Card	18	nummod	_	start_char=114|end_char=118
20	über	über	ADP	APPR	_	22	case	_	start_char=119|end_char=123
21	17.000	17.000	NUM	CARD	NumType=Card	22	nummod	_	start_char=124|end_char=130
22	Menschen	Mensch	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	28	obl	_	start_char=131|end_char=139
23	bei	bei	ADP	APPR	_	25	case	_	start_char=140|end_char=143
24	433	433	NUM	CARD	NumType=Card	25	nummod	_	start_char=144|end_char=147
25	Extremwetterereignissen	Extremwetterereignis	NOUN	NN	Case=Dat|Gender=Neut|Number=Plur	28	obl	_	start_char=148|end_char=171
26	ums	ums	ADP	APPR	_	27	case	_	start_char=172|end_char=175
27	Leben	Leben	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	28	obl	_	start_char=176|end_char=181
28	gekommen	kommen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=182|end_char=190
29	.	.	PUNCT	$.	_	28	punct	_	start_char=190|end_char=191
"""


def test_speakers_short_form_in_brackets_stands_for_the_long_name():
    """"der Internationalen Föderation der Rotkreuz- und Rothalbmond-Gesellschaften (IFRC)":
    the canonical name of IFRC is the long one, in the nominative and spelled with its
    hyphens; a party after a person ("Franz Josef Jung (CDU)") stays the party."""
    sp = Speakers(parse(IFRC))
    assert sp.entities["ifrc"].name == "Internationale Föderation der Rotkreuz- und Rothalbmond-Gesellschaften"
    assert Speakers(parse(JUNG)).entities["cdu"].name == "CDU"

# news-dev, gnad-0954 (10kGNAD, derStandard.at): the first sentence and a later one
JUNGE_KURIE = """\
# newpar
# text = Der Forschungsstandor sei wegen der Geldnot des Wissenschaftsfonds FWF gefährdet, sagt die "Junge Kurie" der Akademie der Wissenschaften.
1	Der	der	DET	ART	Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Forschungsstandor	Forschungsstandor	NOUN	NN	Case=Nom|Gender=Masc|Number=Sing	10	nsubj:pass	_	start_char=4|end_char=21
3	sei	sein	AUX	VAFIN	Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	aux	_	start_char=22|end_char=25
4	wegen	wegen	ADP	APPR	_	6	case	_	start_char=26|end_char=31
5	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	6	det	_	start_char=32|end_char=35
6	Geldnot	Geldnot	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	10	obl	_	start_char=36|end_char=43
7	des	der	DET	ART	Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art	8	det	_	start_char=44|end_char=47
8	Wissenschaftsfonds	Wissenschaftsfonds	NOUN	NN	Case=Gen|Gender=Masc|Number=Sing	6	nmod	_	start_char=48|end_char=66
9	FWF	FWF	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	8	appos	_	start_char=67|end_char=70
10	gefährdet	gefährden	VERB	VVPP	VerbForm=Part	12	ccomp	_	start_char=71|end_char=80
11	,	,	PUNCT	$,	_	10	punct	_	start_char=80|end_char=81
12	sagt	sagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=82|end_char=86
13	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	16	det	_	start_char=87|end_char=90
14	"	"	PUNCT	$(	_	16	punct	_	start_char=91|end_char=92
15	Junge	jung	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	16	amod	_	start_char=92|end_char=97
16	Kurie	Kurie	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	12	nsubj	_	start_char=98|end_char=103
17	"	"	PUNCT	$(	_	19	punct	_	start_char=103|end_char=104
18	der	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	19	det	_	start_char=105|end_char=108
19	Akademie	Akademie	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	16	nmod	_	start_char=109|end_char=117
20	der	der	DET	ART	Case=Gen|Definite=Def|Number=Plur|PronType=Art	21	det	_	start_char=118|end_char=121
21	Wissenschaften	Wissenschaft	NOUN	NN	Case=Gen|Gender=Fem|Number=Plur	19	nmod	_	start_char=122|end_char=136
22	.	.	PUNCT	$.	_	12	punct	_	start_char=136|end_char=137

# text = Die Förderung weltweit richtungsweisender Ideen wird damit immer häufiger abgelehnt, kritisiert die Junge Kurie.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	2	det	_	start_char=0|end_char=3
2	Förderung	Förderung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	10	nsubj:pass	_	start_char=4|end_char=13
3	weltweit	weltweit	ADV	ADJD	_	4	advmod	_	start_char=14|end_char=22
4	richtungsweisender	richtungsweisend	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Plur	5	amod	_	start_char=23|end_char=41
5	Ideen	Idee	NOUN	NN	Case=Nom|Gender=Fem|Number=Plur	2	nmod	_	start_char=42|end_char=47
6	wird	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	10	aux:pass	_	start_char=48|end_char=52
7	damit	damit	ADV	PROAV	PronType=Dem	10	advmod	_	start_char=53|end_char=58
8	immer	immer	ADV	ADV	_	10	advmod	_	start_char=59|end_char=64
9	häufiger	häufig	ADV	ADJD	_	10	advmod	_	start_char=65|end_char=73
10	abgelehnt	ablehnen	VERB	VVPP	VerbForm=Part	12	ccomp	_	start_char=74|end_char=83
11	,	,	PUNCT	$,	_	10	punct	_	start_char=83|end_char=84
12	kritisiert	kritisieren	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=85|end_char=95
13	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	15	det	_	start_char=96|end_char=99
14	Junge	jung	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	15	amod	_	start_char=100|end_char=105
15	Kurie	Kurie	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	12	nsubj	_	start_char=106|end_char=111
16	.	.	PUNCT	$.	_	12	punct	_	start_char=111|end_char=112
"""


def test_speakers_definite_description_named_as_fully_as_before():
    """"sagt die „Junge Kurie“ der Akademie der Wissenschaften" … "kritisiert die Junge
    Kurie": the later, shorter description names the same body, as fully as before."""
    parsed = parse(JUNGE_KURIE)
    sp = Speakers(parsed)
    first, second = parsed.sentences
    assert sp.resolve(first, mention(first, word(first, "Kurie"))).name == "Junge Kurie der Akademie der Wissenschaften"
    assert sp.resolve(second, mention(second, word(second, "Kurie"))).name == "Junge Kurie der Akademie der Wissenschaften"
    fresh = Speakers(parsed)  # read alone, the later mention is only what it says
    assert fresh.resolve(second, mention(second, word(second, "Kurie"))).name == "Junge Kurie"


def test_speakers_a_place_inside_a_phrase_is_not_the_speaker():
    """"…“, hieß es etwa verharmlosend im Beitrag zur Demonstration in Berlin": Berlin is
    named in the article, but inside a prepositional phrase a known name stands for the
    speaker only if it is a person's; the report is named instead."""
    quotes = find_quotes("t", parse(IM_BEITRAG))
    assert [q.speaker for q in quotes] == ["Beitrag zur Demonstration in Berlin"]


# news-dev, web-tagesanzeiger.ch (a report on deforestation and new viruses)
FORSCHER_UM = """\
# newpar
# text = «Das biologische Problem einer Virus-Entstehung hat sich nicht fundamental verändert.
1	«	«	PUNCT	$(	_	4	punct	_	start_char=0|end_char=1
2	Das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	4	det	_	start_char=1|end_char=4
3	biologische	biologisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	4	amod	_	start_char=5|end_char=16
4	Problem	Problem	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	13	nsubj	_	start_char=17|end_char=24
5	einer	ein	DET	ART	Case=Gen|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	8	det	_	start_char=25|end_char=30
6	Virus	Virus	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	8	compound	_	start_char=31|end_char=36
7	-	-	PUNCT	$	_	6	punct	_	start_char=36|end_char=37
8	Entstehung	Entstehung	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	4	nmod	_	start_char=37|end_char=47
9	hat	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	13	aux	_	start_char=48|end_char=51
10	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	13	obj	_	start_char=52|end_char=56
11	nicht	nicht	PART	PTKNEG	Polarity=Neg	12	advmod	_	start_char=57|end_char=62
12	fundamental	fundamental	ADJ	ADJD	Degree=Pos	13	advmod	_	start_char=63|end_char=74
13	verändert	verändern	VERB	VVPP	VerbForm=Part	0	root	_	start_char=75|end_char=84
14	.	.	PUNCT	$.	_	13	punct	_	start_char=84|end_char=85

# text = Allerdings steigt die Wahrscheinlichkeit, dass dieses Risiko eintritt, infolge von Umweltveränderungen und höherem Druck auf die Umwelt», schreiben Forscher um Aneta Afelt von der Universität Warschau in einer 2018 erschienen Studie in Frontiers in Microbiology.
1	Allerdings	allerdings	ADV	ADV	_	2	advmod	_	start_char=0|end_char=10
2	steigt	steigen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=11|end_char=17
3	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=18|end_char=21
4	Wahrscheinlichkeit	Wahrscheinlichkeit	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	2	nsubj	_	start_char=22|end_char=40
5	,	,	PUNCT	$,	_	9	punct	_	start_char=40|end_char=41
6	dass	dass	SCONJ	KOUS	_	9	mark	_	start_char=42|end_char=46
7	dieses	dieser	DET	PDAT	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem	8	det	_	start_char=47|end_char=53
8	Risiko	Risiko	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	9	nsubj	_	start_char=54|end_char=60
9	eintritt	eintreten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	4	acl:relcl	_	start_char=61|end_char=69
10	,	,	PUNCT	$,	_	9	punct	_	start_char=69|end_char=70
11	infolge	infolge	ADP	APPR	_	13	case	_	start_char=71|end_char=78
12	von	von	ADP	APPR	_	13	case	_	start_char=79|end_char=82
13	Umweltveränderungen	Umweltveränderung	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	9	obl	_	start_char=83|end_char=102
14	und	und	CCONJ	KON	_	16	cc	_	start_char=103|end_char=106
15	höherem	hoch	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Masc|Number=Sing	16	amod	_	start_char=107|end_char=114
16	Druck	Druck	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	13	conj	_	start_char=115|end_char=120
17	auf	auf	ADP	APPR	_	19	case	_	start_char=121|end_char=124
18	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	19	det	_	start_char=125|end_char=128
19	Umwelt	Umwelt	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	16	nmod	_	start_char=129|end_char=135
20	»	»	PUNCT	$(	_	16	punct	_	start_char=135|end_char=136
21	,	,	PUNCT	$,	_	22	punct	_	start_char=136|end_char=137
22	schreiben	schreiben	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	2	conj	_	start_char=138|end_char=147
23	Forscher	Forscher	NOUN	NN	Case=Nom|Gender=Neut|Number=Plur	22	nsubj	_	start_char=148|end_char=156
24	um	um	ADP	APPR	_	25	case	_	start_char=157|end_char=159
25	Aneta	Aneta	PROPN	NE	Case=Acc|Gender=Masc|Number=Sing	23	nmod	_	start_char=160|end_char=165
26	Afelt	Afelt	PROPN	NE	Case=Acc|Gender=Masc|Number=Sing	25	flat:name	_	start_char=166|end_char=171
27	von	von	ADP	APPR	_	29	case	_	start_char=172|end_char=175
28	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	29	det	_	start_char=176|end_char=179
29	Universität	Universität	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	22	obl	_	start_char=180|end_char=191
30	Warschau	Warschau	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	29	appos	_	start_char=192|end_char=200
31	in	in	ADP	APPR	_	35	case	_	start_char=201|end_char=203
32	einer	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|NumType=Card|PronType=Art	35	det	_	start_char=204|end_char=209
33	2018	2018	NUM	CARD	NumType=Card	34	obl	_	start_char=210|end_char=214
34	erschienen	erscheinen	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Sing	35	amod	_	start_char=215|end_char=225
35	Studie	Studie	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	22	obl	_	start_char=226|end_char=232
36	in	in	ADP	APPR	_	37	case	_	start_char=233|end_char=235
37	Frontiers	Frontier	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	35	nmod	_	start_char=236|end_char=245
38	in	in	ADP	APPR	_	39	case	_	start_char=246|end_char=248
39	Microbiology	Microbiology	PROPN	NE	Case=Dat|Gender=Masc|Number=Sing	37	nmod	_	start_char=249|end_char=261
40	.	.	PUNCT	$.	_	2	punct	_	start_char=261|end_char=262

# text = Darin warnen sie vor dem Aufkommen eines neuartigen Coronavirus beim Menschen durch verstärkten Kontakt mit Fledermäusen.
1	Darin	darin	ADV	PROAV	PronType=Dem	2	advmod	_	start_char=0|end_char=5
2	warnen	warnen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=6|end_char=12
3	sie	sie	PRON	PPER	Case=Nom|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	start_char=13|end_char=16
4	vor	vor	ADP	APPR	_	6	case	_	start_char=17|end_char=20
5	dem	der	DET	ART	Case=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	6	det	_	start_char=21|end_char=24
6	Aufkommen	Aufkommen	NOUN	NN	Case=Dat|Gender=Neut|Number=Sing	2	obl	_	start_char=25|end_char=34
7	eines	ein	DET	ART	Case=Gen|Definite=Ind|Gender=Neut|Number=Sing|NumType=Card|PronType=Art	9	det	_	start_char=35|end_char=40
8	neuartigen	neuartig	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Neut|Number=Sing	9	amod	_	start_char=41|end_char=51
9	Coronavirus	Coronaviru	NOUN	NN	Case=Gen|Gender=Neut|Number=Sing	6	nmod	_	start_char=52|end_char=63
10	beim	bei	ADV	APPR	_	11	advmod	_	start_char=64|end_char=68
11	Menschen	Mensch	NOUN	NN	Case=Acc|Gender=Neut|Number=Plur	2	obj	_	start_char=69|end_char=77
12	durch	durch	ADP	APPR	_	14	case	_	start_char=78|end_char=83
13	verstärkten	verstärkt	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Sing	14	amod	_	start_char=84|end_char=95
14	Kontakt	Kontakt	NOUN	NN	Case=Acc|Gender=Masc|Number=Sing	2	obl	_	start_char=96|end_char=103
15	mit	mit	ADP	APPR	_	16	case	_	start_char=104|end_char=107
16	Fledermäusen	Fledermaus	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	14	nmod	_	start_char=108|end_char=120
17	.	.	PUNCT	$.	_	2	punct	_	start_char=120|end_char=121
"""


def test_speakers_plural_sie_is_the_group_named_last():
    """"«…», schreiben Forscher um Aneta Afelt … Darin warnen sie vor …": "warnen" says
    "sie" is plural (the tagger says singular), so it is the researchers, not the one
    person named in their phrase, nor an earlier entity."""
    quotes = find_quotes("t", parse(FORSCHER_UM))
    assert [(q.kind, q.speaker) for q in quotes][-1] == ("reported", "Forscher um Aneta Afelt")


# news-dev, web-tagesanzeiger.ch
ERKENNTNISSE = """\
# newpar
# text = Die Corona-Pandemie lässt sich nach derzeitigen Erkenntnissen zwar nicht auf Abholzung zurückführen.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=0|end_char=3
2	Corona	Corona	PROPN	NE	Case=Nom|Gender=Fem|Number=Sing	4	compound	_	start_char=4|end_char=10
3	-	-	PUNCT	$	_	2	punct	_	start_char=10|end_char=11
4	Pandemie	Pandemie	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	5	nsubj	_	start_char=11|end_char=19
5	lässt	lassen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=20|end_char=25
6	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	5	obj	_	start_char=26|end_char=30
7	nach	nach	ADP	APPR	_	9	case	_	start_char=31|end_char=35
8	derzeitigen	derzeitig	ADJ	ADJA	Case=Dat|Degree=Pos|Gender=Fem|Number=Plur	9	amod	_	start_char=36|end_char=47
9	Erkenntnissen	Erkenntnis	NOUN	NN	Case=Dat|Gender=Fem|Number=Plur	5	obl	_	start_char=48|end_char=61
10	zwar	zwar	ADV	ADV	_	5	advmod	_	start_char=62|end_char=66
11	nicht	nicht	PART	PTKNEG	Polarity=Neg	5	advmod	_	start_char=67|end_char=72
12	auf	auf	ADP	APPR	_	13	case	_	start_char=73|end_char=76
13	Abholzung	Abholzung	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	14	obl	_	start_char=77|end_char=86
14	zurückführen	zurückführen	VERB	VVINF	VerbForm=Inf	5	xcomp	_	start_char=87|end_char=99
15	.	.	PUNCT	$.	_	5	punct	_	start_char=99|end_char=100
"""


def test_speakers_dative_plural_named_in_the_nominative():
    """"nach derzeitigen Erkenntnissen": a source named by a noun whose plural ends in -e
    is listed as "Derzeitige Erkenntnisse" (as "Medienberichten zufolge" is
    "Medienberichte"), not in the dative the sentence needs."""
    quotes = find_quotes("t", parse(ERKENNTNISSE))
    assert [q.speaker for q in quotes] == ["Derzeitige Erkenntnisse"]


# Wikinews train, 59985 - Jüdische Siedler … (2009)
SOWOHL = """\
# newpar
# text = Sowohl die palästinensische Autonomiebehörde als auch das israelische Militär kündigten Untersuchungen an.
1	Sowohl	sowohl	CCONJ	KON	_	4	cc	_	start_char=0|end_char=6
2	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=7|end_char=10
3	palästinensische	palästinensisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	4	amod	_	start_char=11|end_char=27
4	Autonomiebehörde	Autonomiebehörde	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	10	nsubj	_	start_char=28|end_char=44
5	als	als	CCONJ	KOKOM	_	9	cc	_	start_char=45|end_char=48
6	auch	auch	ADV	ADV	_	9	advmod	_	start_char=49|end_char=53
7	das	der	DET	ART	Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art	9	det	_	start_char=54|end_char=57
8	israelische	israelisch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Neut|Number=Sing	9	amod	_	start_char=58|end_char=69
9	Militär	Militär	NOUN	NN	Case=Nom|Gender=Neut|Number=Sing	4	conj	_	start_char=70|end_char=77
10	kündigten	kündigen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=78|end_char=87
11	Untersuchungen	Untersuchung	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	10	obj	_	start_char=88|end_char=102
12	an	an	ADP	PTKVZ	_	10	compound:prt	_	start_char=103|end_char=105
13	.	.	PUNCT	$.	_	10	punct	_	start_char=105|end_char=106
"""


def test_speakers_name_of_drops_a_leading_conjunction():
    """"Sowohl die palästinensische Autonomiebehörde als auch …": the description of the
    first conjunct is "Palästinensische Autonomiebehörde", without "Sowohl"."""
    sent = parse(SOWOHL).sentences[0]
    assert speakers.name_of(sent, [sent.words[j] for j in range(4)]) == "Palästinensische Autonomiebehörde"


# Wikinews train, 73055 - Kenia: USA warnen vor drohendem Anschlag (2012)
KENIAS_REGIERUNG = """\
# newpar
# text = Die al-Shabaab wurde von Kenias Regierung beschuldigt, die Anschläge verübt zu haben; diese bekannte sich jedoch nie zu den Anschlägen.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Number=Sing|PronType=Art	4	det	_	start_char=0|end_char=3
2	al	al	PROPN	NE	Case=Nom|Number=Sing	4	compound	_	start_char=4|end_char=6
3	-	-	PUNCT	$	_	2	punct	_	start_char=6|end_char=7
4	Shabaab	Shabaab	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	9	nsubj:pass	_	start_char=7|end_char=14
5	wurde	werden	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	9	aux:pass	_	start_char=15|end_char=20
6	von	von	ADP	APPR	_	8	case	_	start_char=21|end_char=24
7	Kenias	Kenias	PROPN	NE	Case=Dat|Gender=Neut|Number=Sing	8	nmod:poss	_	start_char=25|end_char=31
8	Regierung	Regierung	NOUN	NN	Case=Dat|Gender=Fem|Number=Sing	9	obl	_	start_char=32|end_char=41
9	beschuldigt	beschuldigen	VERB	VVPP	VerbForm=Part	0	root	_	start_char=42|end_char=53
10	,	,	PUNCT	$,	_	13	punct	_	start_char=53|end_char=54
11	die	der	DET	ART	Case=Nom|Definite=Def|Number=Plur|PronType=Art	12	det	_	start_char=55|end_char=58
12	Anschläge	Anschlag	NOUN	NN	Case=Acc|Gender=Masc|Number=Plur	13	obj	_	start_char=59|end_char=68
13	verübt	verüben	VERB	VVPP	VerbForm=Part	9	xcomp	_	start_char=69|end_char=75
14	zu	zu	PART	PTKZU	_	13	mark	_	start_char=76|end_char=78
15	haben	haben	AUX	VAINF	VerbForm=Inf	13	aux	_	start_char=79|end_char=84
16	;	;	PUNCT	$.	_	9	punct	_	start_char=84|end_char=85
17	diese	dieser	DET	PDAT	Case=Nom|Gender=Fem|Number=Plur|PronType=Dem	18	det	_	start_char=86|end_char=91
18	bekannte	bekannt	ADJ	ADJA	Case=Nom|Gender=Fem|Number=Sing	19	amod	_	start_char=92|end_char=100
19	sich	sich	PRON	PRF	Case=Acc|Person=3|PronType=Prs|Reflex=Yes	13	obj	_	start_char=101|end_char=105
20	jedoch	jedoch	ADV	ADV	_	21	advmod	_	start_char=106|end_char=112
21	nie	nie	ADV	ADV	_	24	advmod	_	start_char=113|end_char=116
22	zu	zu	ADP	APPR	_	24	case	_	start_char=117|end_char=119
23	den	der	DET	ART	Case=Dat|Definite=Def|Number=Plur|PronType=Art	24	det	_	start_char=120|end_char=123
24	Anschlägen	Anschlag	NOUN	NN	Case=Dat|Gender=Masc|Number=Plur	18	obl	_	start_char=124|end_char=134
25	.	.	PUNCT	$.	_	9	punct	_	start_char=134|end_char=135
"""


def test_speakers_a_possessor_before_the_noun_is_not_the_speaker():
    """"Die al-Shabaab wurde von Kenias Regierung beschuldigt, …": the government speaks,
    not the country that owns it (as "Obamas Wahlkampfteam", "Demjanjuks Sohn")."""
    quotes = find_quotes("t", parse(KENIAS_REGIERUNG))
    assert [q.speaker for q in quotes] == ["Kenias Regierung"]


SCHMIDT_SPD = """\
# newpar
# text = Auch die amtierende Familienministerin Renate Schmidt (SPD) äußerte Vorbehalte und wagte die Prognose, bei der Kanzlerwahl würden nicht alle SPD-Abgeordneten für die CDU-Kanzlerkandidatin stimmen.
1	Auch	auch	ADV	ADV	_	4	advmod	_	start_char=0|end_char=4
2	die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=5|end_char=8
3	amtierende	amtierend	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	4	amod	_	start_char=9|end_char=19
4	Familienministerin	Familienministerin	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	10	nsubj	_	start_char=20|end_char=38
5	Renate	Renate	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	4	appos	_	start_char=39|end_char=45
6	Schmidt	Schmidt	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	5	flat	_	start_char=46|end_char=53
7	(	(	PUNCT	$	_	8	punct	_	start_char=54|end_char=55
8	SPD	SPD	PROPN	NE	Case=Nom|Gender=Masc|Number=Sing	6	appos	_	start_char=55|end_char=58
9	)	)	PUNCT	$	_	8	punct	_	start_char=58|end_char=59
10	äußerte	äußern	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	start_char=60|end_char=67
11	Vorbehalte	Vorbehalt	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	10	obj	_	start_char=68|end_char=78
12	und	und	CCONJ	KON	_	13	cc	_	start_char=79|end_char=82
13	wagte	wagen	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	10	conj	_	start_char=83|end_char=88
14	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	15	det	_	start_char=89|end_char=92
15	Prognose	Prognose	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	13	obj	_	start_char=93|end_char=101
16	,	,	PUNCT	$,	_	31	punct	_	start_char=101|end_char=102
17	bei	bei	ADP	APPR	_	19	case	_	start_char=103|end_char=106
18	der	der	DET	ART	Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	19	det	_	start_char=107|end_char=110
19	Kanzlerwahl	Kanzlerwahl	PROPN	NE	Case=Dat|Gender=Fem|Number=Sing	31	obl	_	start_char=111|end_char=122
20	würden	werden	AUX	VAFIN	Mood=Sub|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	31	aux	_	start_char=123|end_char=129
21	nicht	nicht	PART	PTKNEG	Polarity=Neg	31	advmod	_	start_char=130|end_char=135
22	alle	alle	DET	PIAT	Case=Acc|Gender=Fem|Number=Plur|PronType=Ind	25	det	_	start_char=136|end_char=140
23	SPD	SPD	PROPN	NE	Case=Acc|Gender=Fem|Number=Sing	25	compound	_	start_char=141|end_char=144
24	-	-	PUNCT	$	_	23	punct	_	start_char=144|end_char=145
25	Abgeordneten	Abgeordnete	NOUN	NN	Case=Acc|Gender=Fem|Number=Plur	31	obj	_	start_char=145|end_char=157
26	für	für	ADP	APPR	_	30	case	_	start_char=158|end_char=161
27	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	30	det	_	start_char=162|end_char=165
28	CDU	CDU	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	30	compound	_	start_char=166|end_char=169
29	-	-	PUNCT	$	_	28	punct	_	start_char=169|end_char=170
30	Kanzlerkandidatin	Kanzlerkandidatin	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	31	obl	_	start_char=170|end_char=187
31	stimmen	stimmen	VERB	VVINF	VerbForm=Inf	10	ccomp	_	start_char=188|end_char=195
32	.	.	PUNCT	$.	_	10	punct	_	start_char=195|end_char=196
"""


SZ_MARKS = """\
# newpar
# text = Die „Süddeutsche Zeitung“ hatte gestern berichtet, 200 feste und 300 freie Mitarbeiter sollen entlassen werden.
1	Die	der	DET	ART	Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=0|end_char=3
2	„	„	PUNCT	$(	_	4	punct	_	start_char=4|end_char=5
3	Süddeutsche	süddeutsch	ADJ	ADJA	Case=Nom|Degree=Pos|Gender=Fem|Number=Sing	4	amod	_	start_char=5|end_char=16
4	Zeitung	Zeitung	NOUN	NN	Case=Nom|Gender=Fem|Number=Sing	8	nsubj	_	start_char=17|end_char=24
5	“	“	PUNCT	$(	_	4	punct	_	start_char=24|end_char=25
6	hatte	haben	AUX	VAFIN	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	8	aux	_	start_char=26|end_char=31
7	gestern	gestern	ADV	ADV	_	8	advmod	_	start_char=32|end_char=39
8	berichtet	berichten	VERB	VVFIN	Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=40|end_char=49
9	,	,	PUNCT	$,	_	17	punct	_	start_char=49|end_char=50
10	200	200	NUM	CARD	NumType=Card	15	nummod	_	start_char=51|end_char=54
11	feste	fest	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Fem|Number=Plur	15	amod	_	start_char=55|end_char=60
12	und	und	CCONJ	KON	_	13	cc	_	start_char=61|end_char=64
13	300	300	NUM	CARD	NumType=Card	11	conj	_	start_char=65|end_char=68
14	freie	frei	ADJ	ADJA	Case=Acc|Degree=Pos|Gender=Masc|Number=Plur	11	conj	_	start_char=69|end_char=74
15	Mitarbeiter	Mitarbeiter	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	17	nsubj:pass	_	start_char=75|end_char=86
16	sollen	sollen	AUX	VMFIN	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	17	aux	_	start_char=87|end_char=93
17	entlassen	entlassen	VERB	VVPP	VerbForm=Part	8	ccomp	_	start_char=94|end_char=103
18	werden	werden	AUX	VAINF	VerbForm=Inf	17	aux:pass	_	start_char=104|end_char=110
19	.	.	PUNCT	$.	_	8	punct	_	start_char=110|end_char=111
"""


def _mentions(conllu: str) -> list[str]:
    parsed = parse(conllu)
    return [parsed.text[q.speaker_start:q.speaker_end] for q in find_quotes("t", parsed)
            if q.speaker_start is not None]


def test_mention_as_written_brackets_and_focus_particle():
    """trees.written_mention: "Auch die amtierende Familienministerin Renate Schmidt (SPD)
    äußerte …, wagte die Prognose, …": the mention ends with the bracket it opened (the
    parser hangs ")" on the head noun) and does not start with "Auch"."""
    assert _mentions(SCHMIDT_SPD) == ["die amtierende Familienministerin Renate Schmidt (SPD)"]


def test_mention_as_written_without_preposition():
    """trees.written_mention: "wurden von Bundesverkehrsminister Manfred Stolpe als
    unrealistisch bezeichnet. Heutige Fahrzeuge seien …": the agent without "von"; the
    speaker is the same."""
    parsed = parse(BERNINGER)
    quotes = find_quotes("t", parsed)
    assert quotes and {q.speaker for q in quotes} == {"Manfred Stolpe"}
    assert {parsed.text[q.speaker_start:q.speaker_end] for q in quotes} == \
        {"Bundesverkehrsminister Manfred Stolpe"}


def test_mention_as_written_name_in_marks():
    """trees.written_mention: "Die „Süddeutsche Zeitung“ hatte gestern berichtet, …": the
    name with its marks and its article."""
    assert _mentions(SZ_MARKS) == ["Die „Süddeutsche Zeitung“"]


GUTACHTER = """\
# newpar
# text = Gutachter der Deutschen Gesellschaft für Luft- und Raumfahrt, die die Maschine bereits untersuchten, gehen von einem Totalschaden aus.
1	Gutachter	Gutachter	NOUN	NN	Case=Nom|Gender=Masc|Number=Plur	17	nsubj	_	start_char=0|end_char=9
2	der	der	DET	ART	Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	4	det	_	start_char=10|end_char=13
3	Deutschen	deutsch	ADJ	ADJA	Case=Gen|Degree=Pos|Gender=Fem|Number=Sing	4	amod	_	start_char=14|end_char=23
4	Gesellschaft	Gesellschaft	NOUN	NN	Case=Gen|Gender=Fem|Number=Sing	1	nmod	_	start_char=24|end_char=36
5	für	für	ADP	APPR	_	6	case	_	start_char=37|end_char=40
6	Luft	Luft	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	4	nmod	_	start_char=41|end_char=45
7	-	-	PUNCT	$	_	9	punct	_	start_char=45|end_char=46
8	und	und	CCONJ	KON	_	9	cc	_	start_char=47|end_char=50
9	Raumfahrt	Raumfahrt	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	6	conj	_	start_char=51|end_char=60
10	,	,	PUNCT	$,	_	15	punct	_	start_char=60|end_char=61
11	die	der	PRON	PRELS	Case=Nom|Number=Sing|PronType=Dem,Rel	15	nsubj	_	start_char=62|end_char=65
12	die	der	DET	ART	Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art	13	det	_	start_char=66|end_char=69
13	Maschine	Maschine	NOUN	NN	Case=Acc|Gender=Fem|Number=Sing	15	obj	_	start_char=70|end_char=78
14	bereits	bereits	ADV	ADV	_	15	advmod	_	start_char=79|end_char=86
15	untersuchten	untersuchen	VERB	VVFIN	Number=Plur|VerbForm=Fin	9	acl:relcl	_	start_char=87|end_char=99
16	,	,	PUNCT	$,	_	15	punct	_	start_char=99|end_char=100
17	gehen	gehen	VERB	VVFIN	Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin	0	root	_	start_char=101|end_char=106
18	von	von	ADP	APPR	_	20	case	_	start_char=107|end_char=110
19	einem	ein	DET	ART	Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|NumType=Card|PronType=Art	20	det	_	start_char=111|end_char=116
20	Totalschaden	Totalschaden	NOUN	NN	Case=Dat|Gender=Masc|Number=Sing	17	obl	_	start_char=117|end_char=129
21	aus	aus	ADP	PTKVZ	_	17	compound:prt	_	start_char=130|end_char=133
22	.	.	PUNCT	$.	_	17	punct	_	start_char=133|end_char=134
"""


def test_a_relative_clause_inside_the_mention_is_not_part_of_the_speaker():
    """trees.before_relative_clause in Speakers.resolve: "Gutachter der Deutschen
    Gesellschaft für Luft- und Raumfahrt, die die Maschine bereits untersuchten, gehen von
    einem Totalschaden aus": the parser hung the relative clause on "Gesellschaft", so the
    phrase of "Gutachter" held it; the speaker and the mention stop before the comma."""
    parsed = parse(GUTACHTER)
    [q] = find_quotes("t", parsed)
    assert q.speaker == "Gutachter der Deutschen Gesellschaft für Luft- und Raumfahrt"
    assert parsed.text[q.speaker_start:q.speaker_end] == "Gutachter der Deutschen Gesellschaft für Luft- und Raumfahrt"
