"""Who said it, through which verb and which outlet: attribution and the discourse state.

A reader keeps track of who spoke last, and through which outlet, and so do the rules:
"…, berichtet BelTA" attributes to the last speaker what the agency carried; a quote with
no cue of its own continues the speaker before it; a Konjunktiv sentence without a cue
reports the subject of the sentence before.  `Discourse` is that memory for one article.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .cues import POINTING_BACK, Cue
from .konjunktiv import clause_mood
from .nlp import Sentence, Word
from .outlets import is_outlet, outlet_in
from .sources import TIME_NOUNS
from .speakers import Resolved, Speakers, plausible_source
from .trees import mention, root


def nobody() -> Resolved:
    """The speaker of a quote whose speaker the text does not name."""
    return Resolved(None, None, None, None)


@dataclass
class Attribution:
    speaker: Resolved
    cue: Cue | None
    outlet: str | None


@dataclass
class Discourse:
    """What a reader remembers: the last attribution and where it was made."""
    last: Attribution | None = None
    last_sentence: int = -99  # index of the last sentence with reported speech
    last_direct_paragraph: int = -99
    last_direct: Attribution | None = None
    last_direct_quote: object | None = None  # the last direct quote (a records.Quote)

    def spoke(self, att: Attribution, paragraph: int) -> None:
        """A direct quote with a speaker of its own: the speaker of what follows."""
        self.last = self.last_direct = att
        self.last_direct_paragraph = paragraph

    def previous(self, paragraph: int) -> Attribution | None:
        """Whom a quote with no attribution of its own continues: the last direct speaker
        within two paragraphs, else the last speaker."""
        prev = self.last_direct if paragraph - self.last_direct_paragraph <= 2 else None
        return prev or self.last


def attribute(cue: Cue, speakers: Speakers, discourse: Discourse) -> Attribution:
    """Speaker, cue and outlet for a cue; an outlet in the source position ("berichtet
    BelTA", "laut Tass") is the outlet, and the speaker comes from the context."""
    sent = cue.sent
    outlet = outlet_in(sent, cue.outlet_words) if cue.outlet_words else None
    src = cue.source
    if src and is_outlet(sent, src):
        return _through_outlet(cue, speakers, discourse, outlet)
    if cue.name is not None and src:
        # the mention is the source phrase, the name sits inside it ("Angaben der Polizei")
        named = speakers.resolve(sent, cue.name) if cue.name else nobody()
        said = speakers.resolve(sent, src)
        if named.name is None and discourse.last is not None and not cue.name:
            named = discourse.last.speaker
        return Attribution(Resolved(named.name or said.name, said.start, said.end, said.mention),
                           cue, outlet or (outlet_in(sent, cue.name) if cue.name else None) or sentence_outlet(cue))
    if not src:
        # "war berichtet worden, dass …": a passive without agent names no one
        known = discourse.last is not None and not (cue.passive and cue.kind in ("say", "report", "think"))
        speaker = discourse.last.speaker if known else nobody()
        if cue.lemma in POINTING_BACK or cue.lemma == "Vernehmen":
            # "Demnach ist X nicht schuldig": the attribution rests on "demnach", which points
            # back to the source; the mention is that word ("dem Vernehmen" for hearsay),
            # the name the last speaker's
            said = sent.dependents(cue.i, "det") + [sent.words[cue.i]]
            speaker = Resolved(speaker.name, said[0].start, said[-1].end, " ".join(x.text for x in said),
                               speaker.entity)
        return Attribution(speaker, cue, outlet or sentence_outlet(cue))
    return Attribution(speakers.resolve(sent, src), cue, outlet or sentence_outlet(cue))


def _through_outlet(cue: Cue, speakers: Speakers, discourse: Discourse, outlet: str | None) -> Attribution:
    """A cue whose source is a medium: "…, berichtet BelTA" carried what the last speaker
    said; "so der Telegram-Kanal Pul Perwogo": the channel speaks, the platform carries it."""
    sent, src = cue.sent, cue.source
    outlet = outlet_in(sent, src) or outlet
    if cue.kind == "report" and discourse.last is not None and sent.index - discourse.last_sentence <= 1 \
            and not own_finding(cue):
        # right after someone spoke; otherwise the medium reports what it found out
        return Attribution(discourse.last.speaker, cue, outlet)
    res = speakers.resolve(sent, src)
    own = [j for j in src if sent.words[j].upos == "PROPN" and not lexicon.load().outlet(sent.words[j].text)]
    if own and lexicon.load().outlet(" ".join(sent.words[j].text for j in src if sent.words[j].upos == "PROPN")):
        own = []  # "New York Times" is one outlet, not the place "New York"
    if own and res.entity is not None and not lexicon.load().outlet(res.entity.name):
        name = res.name  # "der Geschäftsführer des AIT, Wolfgang Knoll, zur APA": the man, not the agency
    else:
        name = " ".join(sent.words[j].text for j in own) if own else outlet
    if name and not own and lexicon.load().outlet(name) is None:
        name = name[:1].upper() + name[1:]  # "Staatliches sudanesisches Fernsehen", as a speaker
    return Attribution(Resolved(name or res.name, res.start, res.end, res.mention), cue, outlet)


def own_finding(cue: Cue) -> bool:
    """"Wie die BBC berichtet, befindet sich der Präsident an einem sicheren Ort": a medium
    that opens an indicative clause reports what it found out, not what the last speaker
    said (which it would pass on in Konjunktiv, or after the words: "…, berichtet BelTA");
    so does one that reports "von" or "über" something."""
    if not cue.content:  # "Die Süddeutsche Zeitung berichtet von einem undichten Ventil"
        return any(c.lemma in ("von", "über") for d in cue.sent.dependents(cue.i, "obl")
                   for c in cue.sent.dependents(d.i, "case"))
    return cue.content[0] > cue.i and clause_mood(cue.sent, cue.content) == "ind"


def sentence_outlet(cue: Cue) -> str | None:
    """"auf Telegram", "im Staatsfernsehen": a medium among the cue's adjuncts."""
    sent = cue.sent
    for d in sent.dependents(cue.i, "obl", "nmod", "advmod"):
        name = outlet_in(sent, sent.subtree(d.i))
        if name:
            return name
    return None


def orphan_speaker(sent: Sentence, sentences: list[Sentence], speakers: Speakers, discourse: Discourse,
                   own: bool = False) -> Attribution:
    """Who reports a Konjunktiv sentence that has no cue: the subject of the sentence
    before it in the paragraph ("Der Innenminister definierte das Ziel. Es gehe nicht
    darum, …"), else the last speaker of the article, else nobody. With `own`, for a
    Konjunktiv clause inside `sent`, the subject of its main clause comes first."""
    if own:
        top = root(sent)
        subj = [w for w in sent.dependents(top.i, "nsubj") if w.upos in ("NOUN", "PROPN")
                and w.lemma not in TIME_NOUNS] if top is not None else []
        if subj and plausible_source(sent, mention(sent, subj[0])):
            return Attribution(speakers.resolve(sent, mention(sent, subj[0])), None, None)
    before = subject_before(sent, sentences, speakers)
    if before is not None:
        return before
    if discourse.last is not None:
        return Attribution(discourse.last.speaker, None, discourse.last.outlet)
    return Attribution(nobody(), None, None)


def subject_before(sent: Sentence, sentences: list[Sentence], speakers: Speakers) -> Attribution | None:
    """The subject of the sentence before `sent` in its paragraph, if it could be a
    speaker and its own clause is not reported speech: who a following utterance with no
    cue of its own belongs to ("Der junge Reporter … ist erstaunt. «Aha, ihr macht Witze?»")."""
    if sent.index == 0:
        return None
    prev = sentences[sent.index - 1]
    if not prev.parsed or prev.paragraph != sent.paragraph:
        return None
    subj = [w for w in prev.words if w.deprel == "nsubj" and w.upos in ("NOUN", "PROPN")
            and prev.words[w.head].head < 0]
    if subj and not _reported(prev, prev.words[subj[0].head]) and plausible_source(prev, mention(prev, subj[0])):
        return Attribution(speakers.resolve(prev, mention(prev, subj[0])), None, None)
    return None


def _reported(sent: Sentence, verb: Word) -> bool:
    """Is the clause of `verb` itself reported speech ("Der Bürger müsse immer wissen, …")?
    Then its subject is part of what was said, not who said it."""
    return verb.is_subjunctive or any(a.is_subjunctive for a in sent.dependents(verb.i, "aux", "cop"))
