"""Rules of `quotes.attribution`: speaker, cue and outlet of a cue, and the discourse state."""
from __future__ import annotations

from quotes import attribution
from quotes.attribution import Attribution, Discourse
from quotes.context import ArticleContext
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
    discourse.last = attribution.attribute(cue_of(ctx, 0, "fordern"), ctx.speakers, discourse)
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
