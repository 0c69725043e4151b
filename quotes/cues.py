"""Speech cues in a parsed sentence, and who they point to.

A cue is what marks reported speech: a speech verb ("sagte", "teilte … mit"), a
preposition ("laut", "zufolge", "gemäß"), a source noun after "nach" ("nach Angaben der
Polizei"), a noun of saying with its clause ("die Forderung, …"), or "so X".  For each cue
this module finds the *source* mention (`quotes.sources` for verbs) and, where the
sentence holds one, the *content*: the reported clause (`quotes.content` for verbs).
Direct and indirect quotes both start from the cues of a sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable

from . import lexicon
from .content import DASHES, bad_start, clause_after, subject_after_apposition, verb_content
from .german import COMPLEMENTIZERS, SOURCE_PREPOSITIONS
from .konjunktiv import clause_mood
from .marks import CLOSERS, OPENERS
from .nlp import Sentence, Word
from .nouns import is_time_noun
from .sources import document_and_owner, verb_source
from .speakers import plausible_source
from .trees import (clause_head, clause_minus, is_finite, mention, misplaced_arguments, opens_with_dass,
                    stranded_genitive, trim, verb_cluster_end, zu_infinitive)
from .verbs import clause_end_particle, idiom, is_cue_verb, verb_lemma

#: kinds of cue that are not verbs
NON_VERB_KINDS = ("prep", "noun", "so")


@dataclass
class Cue:
    sent: Sentence
    i: int  # the cue word (verb, preposition or noun)
    lemma: str  # "mitteilen", "laut", "Angabe", "so"
    kind: str  # say | report | think | prep | noun | so
    weight: float
    words: list[int] = field(default_factory=list)  # every word of the cue (verb + particle)
    source: list[int] = field(default_factory=list)  # the speaker (or outlet) mention
    name: list[int] | None = None  # where the name is, when the mention is wider ("Angaben der Polizei")
    content: list[int] = field(default_factory=list)  # the reported clause, if in this sentence
    outlet_words: list[int] = field(default_factory=list)  # "der ARD" in "sagte er der ARD"
    passive: bool = False

    @property
    def word(self) -> Word:
        return self.sent.words[self.i]

    @property
    def span(self) -> tuple[int, int]:
        ws = [self.sent.words[j] for j in self.words or [self.i]]
        return min(w.start for w in ws), max(w.end for w in ws)

    @property
    def content_span(self) -> tuple[int, int]:
        """Character span of the content clause (the cue must have one)."""
        w = self.sent.words
        return w[self.content[0]].start, w[self.content[-1]].end

    @property
    def source_span(self) -> tuple[int, int]:
        """Character span of the source mention (the cue must have one)."""
        w = self.sent.words
        return w[self.source[0]].start, w[self.source[-1]].end


#: Cue words that point back to a source named before ("Demnach ist X nicht schuldig").
POINTING_BACK = ("demnach", "wonach", "danach")  # ("danach" only opening a sentence: see find_cues)


def find_cues(sent: Sentence) -> list[Cue]:
    """Every cue in the sentence, with its source and content where found.  Runs on every
    parsed sentence before any other rule (see `quotes.sources.verb_source` for the one
    correction it makes to the parse)."""
    lex = lexicon.load()
    cues: list[Cue] = []
    for w in sent.words:
        if w.upos in ("VERB", "AUX") or (w.upos == "ADJ" and w.xpos == "VVPP"):
            cue = verb_cue(sent, w)
        elif w.lemma.lower() in SOURCE_PREPOSITIONS and w.upos == "ADP":
            cue = prep_cue(sent, w)
        elif w.upos == "NOUN" and ((source_noun := is_cue_noun(w.lemma, lex.cue_nouns))
                                   or w.lemma in lex.content_nouns):
            cue = noun_cue(sent, w) if source_noun else None
            if cue is None and w.lemma in lex.content_nouns:
                cue = content_noun_cue(sent, w)
        elif w.text.lower() in POINTING_BACK and w.upos in ("ADV", "PRON", "SCONJ") \
                and (w.text.lower() != "danach" or w.text == "Danach" and w.i == 0 and not _past(sent)):
            # ("Danach verzeichnet das Geldinstitut Verluste": after a document, what it says;
            # `quotes.indirect` keeps it only there, since "danach" is mostly "afterwards")
            # "Demnach steht der Kopilot in der Schusslinie": the source is the one before
            source = antecedent(sent, w) if w.text.lower() == "wonach" else []
            cue = Cue(sent, w.i, w.text.lower(), "prep", 0.5, words=[w.i], source=source, name=owner(sent, source),
                      content=clause_minus(sent, relative_head(sent, w, source) if source
                                           else clause_head(sent, w), [w.i]))
        elif w.text.lower() == "so" and w.upos in ("ADV", "CCONJ", "SCONJ"):
            cue = so_cue(sent, w)
        else:
            cue = None
        if cue is None and w.upos == "ADJ" and w.text.lower() in ATTITUDES:
            cue = attitude_cue(sent, w)  # "ist überzeugt, dass …", "zeigte sich zuversichtlich, dass …"
        if cue is not None:
            cues.append(cue)
    # "so die Behörden laut New York Times": the newspaper carried what the authorities said
    carried = {j - 1 for c in cues if c.kind == "so" and c.outlet_words for j in c.outlet_words[:1]}
    # "Der Botschafter habe laut Zaorálek versucht, …, so Kiselev": the sentence is
    # Kiselev's, the "laut" inside it part of what he said
    reported_by_so = {j for c in cues if c.kind == "so" for j in c.content}
    # a source phrase inside a speech verb's clause is part of what was said ("Sie haben
    # dargetan, dass nach Ihrer Auffassung …": the verb's subject speaks)
    reported_by_verb = {j for c in cues if c.kind in ("say", "report") and c.source for j in c.content}
    cues = [c for c in cues if not (c.kind == "prep" and (c.i in carried or c.i in reported_by_so)
                                    or c.kind in ("prep", "noun") and c.i in reported_by_verb)]
    return lend_noun_clauses(sent, nearest_verb_claims(carried_by_verbs(sent, cues)))


def nearest_verb_claims(cues: list[Cue]) -> list[Cue]:
    """"bezeichnete das Unglück als „Tragödie“ und erklärte, ihr Land helfe": when two
    speech verbs of a sentence report the same clause, it is what the verb right before
    it says; the verb before that keeps the words of its own phrase."""
    verbs = [c for c in cues if c.kind not in NON_VERB_KINDS and c.content]
    out = []
    for c in cues:
        later = [d for d in verbs if d is not c and c.kind not in NON_VERB_KINDS and d.content == c.content
                 and c.i < d.i < c.content[0]]
        # ("bestritt dies jedoch indirekt, indem er sagte, …": a clause ending in another
        # inquit, whose own content follows, is not what the first verb reports)
        inquit = [d for d in verbs if d is not c and c.kind not in NON_VERB_KINDS and c.content
                  and d.i == c.content[-1] and d.content[0] > d.i]
        out.append(replace(c, content=[]) if later or inquit else c)
    return out


def antecedent(sent: Sentence, w: Word) -> list[int]:
    """"Spekulationen, wonach der Auftraggeber ein Geheimdienst gewesen sein könnte", "ein
    Bericht der Nachrichtenagentur „Interfax“, wonach …": the noun phrase a relative
    "wonach" follows is what says the clause, so it is the source.  None after a verb
    ("…, den Bären einzufangen, wonach er später freigelassen werden sollte": afterwards),
    where "wonach" still points back to the source before."""
    words = sent.words
    k = w.i - 1
    if k < 1 or words[k].text != ",":
        return []
    k -= 1
    while k > 0 and words[k].text in CLOSERS:
        k -= 1
    if words[k].text == ")":  # "Die Sichtweise von Innenminister Heribert Rech (CDU), wonach …"
        k = next((j for j in range(k - 1, 0, -1) if words[j].text == "("), 0) - 1
    if words[k].upos in ("VERB", "AUX"):
        # "hat Pressemeldungen der New York Times … zurückgewiesen, wonach …": the clause
        # belongs to the verb's object when that is something said
        said = [o for o in sent.dependents(words[k].i, "obj") if is_cue_noun(o.lemma, lexicon.load().cue_nouns)]
        return [j for j in sent.subtree(said[0].i) if j < k] if said else []
    if words[k].upos not in ("NOUN", "PROPN"):
        return []
    while words[k].deprel in ("nmod", "flat", "flat:name", "appos") and 0 <= words[k].head < k \
            and words[words[k].head].upos in ("NOUN", "PROPN"):
        k = words[k].head  # up to the head of the phrase: "Bericht", not "Interfax"
    return [j for j in sent.subtree(k) if j < w.i - 1]


def owner(sent: Sentence, source: list[int]) -> list[int] | None:
    """Who a document that is the source belongs to: "der New York Times" in
    "Pressemeldungen der New York Times von Donnerstag" (not the day)."""
    head = next((sent.words[j] for j in source if sent.words[j].head not in source), None)
    if head is None or not is_cue_noun(head.lemma, lexicon.load().cue_nouns):
        return None
    return document_and_owner(sent, head)[1]


def relative_head(sent: Sentence, w: Word, antecedent: list[int]) -> int:
    """The head of the clause "wonach" opens after its antecedent: the highest word above
    it whose subtree leaves the antecedent out (the parser may hang the clause on the
    main verb: "Spekulationen, wonach …, konnte der Minister nicht bestätigen")."""
    j = w.i
    while sent.words[j].head > w.i and antecedent[0] not in sent.subtree(sent.words[j].head):
        j = sent.words[j].head
    return j


def _past(sent: Sentence) -> bool:
    """Is the sentence's first finite verb in the past tense (a narrative, "Danach brach
    Feuer aus")?"""
    finite = next((x for x in sent.words if is_finite(x)), None)
    return finite is not None and finite.featdict.get("Tense") == "Past" and not finite.is_subjunctive


#: "ist überzeugt, dass …", "zeigte sich zuversichtlich, dass …"
ATTITUDES = lexicon.words("attitude_adjectives")


def attitude_cue(sent: Sentence, w: Word) -> Cue | None:
    """"Merkel ist überzeugt, dass …", "Die Staatsanwaltschaft war sich sicher, dass …",
    "Ramelow zeigte sich optimistisch, dass …", "Die Ärztin ist überzeugt: Die Impfung
    schützt": the dass-clause, or the clause after a colon, is what the subject
    thinks. The adjective is the predicate (with its copula) or the complement of "sich
    zeigen"; the subject is the speaker."""
    holder = w
    if not sent.dependents(w.i, "nsubj") and w.head >= 0 and sent.words[w.head].lemma == "zeigen":
        holder = sent.words[w.head]  # "zeigte sich optimistisch"
    subj = sent.dependents(holder.i, "nsubj")
    clause = next((c for h in (w, holder) for c in sent.dependents(h.i, "ccomp", "advcl", "csubj")
                   if c.i > w.i and opens_with_dass(sent, c)), None)
    after_colon = trim(sent, list(range(w.i + 2, len(sent.words)))) \
        if w.i + 1 < len(sent.words) and sent.words[w.i + 1].text == ":" else []
    if not any(is_finite(sent.words[j]) for j in after_colon) or sent.words[w.i + 2].text in OPENERS:
        after_colon = []  # ("Die Ärztin ist überzeugt: Die Impfung schützt."; marks after it: a direct quote)
    if not subj or clause is None and not after_colon:
        return None
    content = trim(sent, sent.subtree(clause.i)) if clause is not None else after_colon
    if len(content) < 3:
        return None
    return Cue(sent, w.i, w.text.lower(), "think", 0.5, words=[w.i], source=mention(sent, subj[0]), content=content)


def carried_by_verbs(sent: Sentence, cues: list[Cue]) -> list[Cue]:
    """"Heute bestätigte Gabriel Entcha-Ebia laut Nachrichtenagentur Reuters, dass …":
    "laut X" on the speech verb itself, outside its content clause, names who carried
    the statement, not who made it; it becomes the verb's outlet and no cue of its own."""
    verbs = {c.i: c for c in cues if c.kind not in NON_VERB_KINDS and c.content and c.source}
    out = []
    for c in cues:
        v = verbs.get(clause_head(sent, c.word)) if c.kind == "prep" and c.lemma == "laut" else None
        if v is None or c.i in v.content or not c.source:
            out.append(c)
            continue
        if not v.outlet_words:
            v.outlet_words = list(c.source)
    return out


def lend_noun_clauses(sent: Sentence, cues: list[Cue]) -> list[Cue]:
    """"äußerte die Hoffnung, dass …", "wurde mit den Worten zitiert, er habe …": the
    clause of the noun is the content of the speech verb it depends on."""
    cues = list(cues)
    by_verb = {c.i: k for k, c in enumerate(cues) if c.kind not in NON_VERB_KINDS}
    for c in [c for c in cues if c.kind == "noun" and c.words == [c.i] and c.content]:
        k = by_verb.get(clause_head(sent, c.word))
        if k is not None and not cues[k].content:
            cues[k] = replace(cues[k], content=c.content)
            cues.remove(c)
            by_verb = {x.i: j for j, x in enumerate(cues) if x.kind not in NON_VERB_KINDS}
    return cues


def outside_marks(cues: list[Cue], inside: Callable[[int], bool],
                  names_in_marks: Callable[[int, int], bool]) -> list[Cue]:
    """The cues of a sentence that stand outside quotation marks.  A source entirely
    inside marks („Sehr geehrter Herr Präsident, …“: the parser took the quote's vocative
    for the subject) gives way to the subject beside the verb ("erklärt er:"), unless the
    marks hold a name (`names_in_marks`: laut „Figaro“)."""
    out = []
    for c in cues:
        if inside(c.span[0]):
            continue
        if c.source and all(inside(c.sent.words[j].start) for j in c.source) \
                and not names_in_marks(*c.source_span):
            c = replace(c, source=subject_outside(c, inside))
        out.append(c)
    return out


def subject_outside(cue: Cue, inside: Callable[[int], bool]) -> list[int]:
    """A subject next to the verb and outside the quotation marks: "erklärt er", "er erklärt"."""
    words = cue.sent.words
    for j in (cue.i + 1, cue.i - 1, cue.i + 2):
        if 0 <= j < len(words) and not inside(words[j].start) and words[j].upos in ("PRON", "PROPN", "NOUN") \
                and words[j].featdict.get("Case", "Nom") == "Nom":
            return mention(cue.sent, words[j])
    return []


# --- verbs ---------------------------------------------------------------------------

def verb_cue(sent: Sentence, w: Word) -> Cue | None:
    """The cue of a speech verb, or None for any other verb."""
    lex = lexicon.load()
    lemma = verb_lemma(sent, w)
    hit = lex.cue(lemma)
    if hit is None and lemma != w.lemma and w.upos == "VERB":
        return None  # "gab … an" is angeben, not geben
    if hit is None:
        hit = lex.cue(w.lemma)
    if w.lemma == "werden" and any(d.text == "bekannt" for d in sent.dependents(w.i)) or (
            w.lemma == "werden" and w.i > 0 and sent.words[w.i - 1].text == "bekannt"):
        lemma, hit = "bekanntwerden", lex.cue("bekanntwerden")  # "wie heute bekannt wurde, …"
    if hit is None or (w.upos == "AUX" and w.lemma not in ("heißen", "werden")
                       and not (w.lemma == "wollen" and not w.deprel.startswith("aux"))):
        return None  # "will, dass …" is a full verb, whatever the tagger says; "will gehen" not
    if idiom(sent, w, lemma) or attributive(sent, w):
        return None
    words = [w.i] + [c.i for c in sent.dependents(w.i) if c.i > w.i and lemma.startswith(c.text.lower())
                     and lemma != w.lemma and c.text.isalpha()]
    prt = clause_end_particle(sent, w) if lemma != w.lemma else None
    if prt is not None and lemma.startswith(prt.text) and prt.i not in words:
        words.append(prt.i)
    src = verb_source(sent, w, lemma)
    source = src.mention
    if lemma == "drohen" and (any(d.text.lower() == "es" for d in sent.dependents(w.i))
                              or [sent.words[j].text.lower() for j in source] == ["es"]):
        return None  # "Es drohe eine dramatische Erderwärmung": something looms, nobody threatens
    if prt is not None and prt.i in source:
        # "gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass …": the parser hung
        # the particle, and the clause after it, on the subject's apposition
        source = trim(sent, [j for j in source if j < prt.i])
        found = clause_after(sent, prt.i)
    else:
        source, found = subject_after_apposition(sent, source, verb_content(sent, w, lemma, source))
    return Cue(sent, w.i, lemma, hit[0], hit[1], words=words, source=source, name=src.name,
               content=found, outlet_words=src.outlet, passive=src.passive)


#: endings of a participle used as an adjective: "erklärte", "erwähnten", "genanntes"
PARTICIPLE_ENDINGS = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")


def attributive(sent: Sentence, w: Word) -> bool:
    """"die bereits erwähnte Eva Cyba", "das erklärte Ziel": a participle between an
    article and a name (or the noun the article goes with), that the tagger took for a
    finite verb, describes the noun; nobody speaks."""
    if w.xpos != "VVFIN" or w.i + 1 >= len(sent.words):
        return False
    j = w.i - 1
    while j >= 0 and sent.words[j].upos == "ADV":
        j -= 1
    nxt, art = sent.words[w.i + 1], sent.words[j] if j >= 0 else None
    if art is None or art.xpos not in ("ART", "PDAT", "PPOSAT") or art.text.lower() == "das" and not _agree(art, nxt):
        return False  # ("Das bestätigte Finanzminister Lang": "das" is no article of his)
    return nxt.upos == "PROPN" or nxt.upos == "NOUN" and art.head == nxt.i \
        and w.text.endswith(PARTICIPLE_ENDINGS)  # "das erklärte Ziel", not "das beschreiben Forscher"


def _agree(article: Word, noun: Word) -> bool:
    """Do article and noun agree in gender (as far as the tagger tells)?"""
    a, n = article.featdict.get("Gender"), noun.featdict.get("Gender")
    return a is None or n is None or a == n


# --- prepositions, nouns, "so" -------------------------------------------------------

#: words of degree, which modify an adjective and never a preposition ("sehr laut")
DEGREE_WORDS = {"sehr", "zu", "so", "ziemlich", "recht", "besonders", "extrem", "relativ", "ganz", "viel",
                "eher", "etwas", "zunehmend", "richtig", "unglaublich", "ungewöhnlich"}


def prep_cue(sent: Sentence, w: Word) -> Cue | None:
    """"laut X, …", "X zufolge …", "gemäß X": the source is the preposition's noun, the
    content the clause around it.  "laut" or "gemäß" with no noun after it is an
    adjective or adverb ("pusten laut", "laut und deutlich"): no cue."""
    noun = sent.words[w.head] if w.head >= 0 else None
    lemma = w.lemma.lower()
    if lemma != "zufolge" and (noun is not None and noun.i == w.i + 1 and noun.xpos in ("PROAV", "PAV", "ADV", "ADJD")
                               or noun is not None and noun.upos in ("VERB", "AUX")
                               or w.i + 1 < len(sent.words) and sent.words[w.i + 1].text in ")],.;:!?"):
        return None  # "die sich laut darüber unterhielten", "(es ist laut)", "nicht ständig laut
        # rumschreit" (hung on a verb: no preposition governs one): loudly, not according to
    if lemma == "laut" and w.i > 0 and sent.words[w.i - 1].text.lower() in DEGREE_WORDS:
        return None  # "es war sehr laut im Hintergrund": a degree word goes with an adjective
    if lemma != "zufolge" and not (noun is not None and noun.i > w.i) and not any(
            x.upos in ("NOUN", "PROPN", "PRON", "X") for x in sent.words[w.i + 1:w.i + 5]):
        return None
    if lemma == "zufolge" and (noun is None or noun.i > w.i or noun.upos not in ("NOUN", "PROPN", "PRON", "X")):
        # a postposition: its noun comes before it, whatever the parse says ("betonte der
        # VW-Boss seinem Redetext zufolge": hung on the verb as its particle)
        before = [x for x in sent.words[max(0, w.i - 4):w.i] if x.upos in ("NOUN", "PROPN")]
        noun = before[-1] if before else noun
    while lemma == "zufolge" and noun is not None and 0 <= noun.head < noun.i \
            and noun.deprel in ("nmod", "flat", "flat:name") and sent.words[noun.head].upos in ("NOUN", "PROPN") \
            and all(c.lemma == "von" for c in sent.dependents(noun.i, "case") if c.i < noun.i) \
            and not any(c.i < noun.head for c in sent.dependents(noun.head, "case")):
        noun = sent.words[noun.head]  # "Einer Meldung von Xinhua zufolge": the noun the genitive is of
        # (not one with a preposition of its own: "in den Aufsteigerregionen der Studie zufolge")
    if noun is None:
        return Cue(sent, w.i, lemma, "prep", 0.85, words=[w.i])
    while noun.head >= 0 and sent.words[noun.head].deprel == "amod" and sent.words[noun.head].head > noun.i:
        # "Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP": the parser
        # hung "laut" on the participle's own phrase; the source is the noun it describes
        noun = sent.words[sent.words[noun.head].head]
    head = reported_clause_head(sent, noun)
    name = None
    if noun.upos == "NOUN" and is_cue_noun(noun.lemma, lexicon.load().cue_nouns):
        source, name = noun_source(sent, noun, head, [w.i])
        source = [j for j in source if j != w.i]
        name = [j for j in name if j != w.i] if name else name  # (the parser may hang "zufolge" on it)
    else:
        source = [j for j in mention(sent, noun) if j != w.i]
    source = without_run_on(sent, noun, source)
    phrase = sorted(set(source) | {w.i})
    return Cue(sent, w.i, lemma, "prep", 0.85, words=[w.i], source=source, name=name,
               content=clause_minus(sent, head, phrase))


def reported_clause_head(sent: Sentence, w: Word) -> int:
    """The head of the clause that "laut X" / "nach Angaben X" (`w` in it) attributes: its
    `clause_head`, or, when the parser hung the phrase on a participle or infinitive that
    depends on another verb ("wurde nach Angaben der Tagesschau kontrolliert freigegeben":
    on "kontrolliert"), that verb, so that the whole clause is the content."""
    head = clause_head(sent, w)
    h = sent.words[head]
    while h.deprel == "xcomp" and h.head >= 0 and h.xpos in ("VVPP", "VVINF", "VAPP", "VAINF") \
            and sent.words[h.head].upos in ("VERB", "AUX"):
        h = sent.words[h.head]
    end = verb_cluster_end(sent, h)
    if h.deprel == "acl:relcl" and h.head >= 0 and w.i > end and any(x.text == "," for x in sent.words[end + 1:w.i]):
        # "Krümmel, welches von Vattenfall betrieben wird, nach Berichten des Ministeriums
        # weiterhin außer Betrieb": a relative clause ends at its verbs; a phrase after them
        # and a comma belongs to the clause around it, wherever the parser hung it
        return clause_head(sent, sent.words[h.head])
    return h.i


def is_cue_noun(lemma: str, nouns: frozenset[str]) -> bool:
    """"Angabe", and compounds ending in one: "Polizeiangabe", "Medienbericht"."""
    return _cue_noun(lemma, nouns) is not None


@lru_cache(maxsize=1 << 14)
def _cue_noun(lemma: str, nouns: frozenset[str]) -> str | None:
    """The cue noun that `lemma` is or ends in, if any. The lemmatizer leaves some plurals
    of compounds it does not know ("Armeeangaben", "Polizeiberichten"), so a lemma is
    also tried without a plural or dative "-n"/"-en"."""
    if lemma in nouns:
        return lemma
    low = lemma.lower()
    forms = [low] + [low[:-k] for k in (1, 2) if low.endswith("en"[2 - k:]) and len(low) > k + 3]
    for n in sorted(nouns, key=len, reverse=True):
        nl = n.lower()
        for form in forms:
            if form == nl or (len(n) >= 6 and form.endswith(nl) and len(form) > len(nl) + 2):
                return n
    return None


def noun_cue(sent: Sentence, w: Word) -> Cue | None:
    """"nach Angaben der Polizei", "nach seinen Worten", "nach Ansicht von X", "aus Sicht
    der Polizei"."""
    case = sent.dependents(w.i, "case")
    if not any(c.lemma in ("nach",) + SOURCE_PREPOSITIONS or c.lemma == "aus" and w.lemma in VIEW_NOUNS
               for c in case):
        case = _postposed_nach(sent, w)
        if not case:
            return None
    words = [c.i for c in case] + [w.i]
    if w.head < 0:
        return _source_taken_for_root(sent, w, words)
    head = reported_clause_head(sent, w)
    h = sent.words[w.head] if w.head >= 0 else None
    if h is not None and h.upos in ("NOUN", "PROPN") and h.i != head and _set_off(sent, w):
        return None  # "Der Käufer, nach Darstellung der Behörde ein Privatmann, …": about a noun
    source, name = noun_source(sent, w, head, words)
    if w.lemma == "Vernehmen":
        source = []  # "dem Vernehmen nach": hearsay, nobody named
    if w.lemma in VIEW_NOUNS and (not any(sent.words[j].upos in ("NOUN", "PROPN", "PRON")
                                          or sent.words[j].xpos == "PPOSAT" for j in source if j != w.i)
                                  or h is not None and h.upos in ("NOUN", "PROPN")
                                  or is_cue_verb(sent, sent.words[head])):
        return None  # "aus juristischer Sicht": a point of view, nobody's; "die Klimapolitik
        # aus Sicht Chinas", "erläuterte … aus Sicht Chinas": an angle, not who speaks
    phrase = set(sent.subtree(w.i)) - set(misplaced_arguments(sent, w)) - set(run_on_tail(sent, w, source))
    return Cue(sent, w.i, cue_noun_lemma(w.lemma), "noun", 0.8, words=words, source=source, name=name,
               content=clause_minus(sent, head, sorted(phrase | set(words) | set(stranded_genitive(sent, w)))))


def run_on_tail(sent: Sentence, noun: Word, source: list[int]) -> list[int]:
    """The words of the noun's phrase that `without_run_on` cut from its source ("nach
    Berichten des Ministeriums weiterhin außer Betrieb"): the clause's, not the source's."""
    full = mention(sent, noun)
    if not source or not any(j > max(source) for j in full):
        return []
    cut = min(j for j in full if j > max(source))
    if sent.words[cut].text == "," or sent.words[cut].head in source:
        return []  # ("nach Planungen aus dem Jahr 2005": the number is the year's)
    return [j for j in sent.subtree(noun.i) if j >= cut and j not in source]


def _source_taken_for_root(sent: Sentence, w: Word, words: list[int]) -> Cue | None:
    """"Die Mitarbeiter sind nach Aussagen der Organisation im Einsatz": the parser made the
    source noun the root of the clause (the copula's predicate); a phrase with a
    preposition heads no clause, so the source is the noun with its genitive, the content
    the rest of the sentence."""
    gen = [d for d in sent.dependents(w.i, "nmod") if d.i > w.i and not sent.dependents(d.i, "case")
           and d.featdict.get("Case") == "Gen"][:1]
    source = sorted({w.i} | {j for d in gen for j in sent.subtree(d.i)} | {d.i for d in sent.dependents(w.i, "det", "amod")})
    if source != list(range(source[0], source[-1] + 1)) or any(sent.words[j].text in "„“”\"»«" for j in source):
        return None
    rest = trim(sent, [j for j in range(len(sent.words)) if j not in source and j not in words])
    if not any(is_finite(sent.words[j]) for j in rest) or not gen:
        return None
    return Cue(sent, w.i, cue_noun_lemma(w.lemma), "noun", 0.8, words=words, source=source,
               name=[j for d in gen[:1] for j in sent.subtree(d.i)], content=rest)


#: Nouns whose source "aus" introduces: "aus Sicht der Polizei", "aus seiner Sicht"
VIEW_NOUNS = frozenset({"Sicht"})
#: Nouns that "nach" follows as a postposition: whose view or words a clause gives.
POSTPOSED_NACH = frozenset({"Meinung", "Ansicht", "Auffassung", "Einschätzung", "Darstellung", "Vernehmen",
                            "Angabe", "Wort", "Worte", "Aussage", "Überzeugung", "Erachten"})


def _postposed_nach(sent: Sentence, w: Word) -> list[Word]:
    """"seiner Meinung nach", "dem Vernehmen nach": "nach" after the noun, which the
    parser often hangs on the next phrase instead ("ihrer Meinung nach zu Unrecht").
    Only right after a possessive or "dem", where "nach" cannot open a phrase of its own."""
    words = sent.words
    if w.lemma not in POSTPOSED_NACH or w.i + 1 >= len(words) or words[w.i + 1].text.lower() != "nach" \
            or w.i == 0 or w.head < 0 or words[w.head].upos not in ("VERB", "AUX"):
        return []  # ("ihre Forderung nach Neuwahlen"; "die seiner Ansicht nach fragwürdige Rolle": about a noun)
    det = words[w.i - 1]
    if det.head != w.i or not (det.xpos == "PPOSAT" or det.text.lower() == "dem"):
        return []
    if w.i + 2 < len(words) and words[w.i + 2].xpos == "ADJA" or w.i >= 2 and words[w.i - 2].xpos == "ART":
        return []  # "die ihrer Meinung nach verbreiteten Illusionen": inside a noun phrase
    return [words[w.i + 1]]


def _set_off(sent: Sentence, w: Word) -> bool:
    """Is the phrase of `w` an insertion between commas ("…, nach Darstellung der Behörde
    ein Privatmann, …")?"""
    first = min(sent.subtree(w.i) + [c.i for c in sent.dependents(w.i, "case")])
    return first > 0 and sent.words[first - 1].text == ","


def content_noun_cue(sent: Sentence, w: Word) -> Cue | None:
    """"die Forderung Stoibers, auf die SPD zuzugehen", "kamen zu dem Ergebnis, dass …",
    "die Ankündigung, der Iran werde …": the clause after the noun (and its genitive) is
    what was said or thought.  The parser hangs such clauses anywhere, so the clause is
    read off the word order: a comma, then a dass/ob/wh-clause, a zu-infinitive, or a
    verb-second clause in Konjunktiv."""
    idx = noun_clause(sent, w)
    if idx is None:
        return None
    own = set(sent.subtree(w.i))
    head = clause_head(sent, w)
    source, name = noun_source(sent, w, head, [w.i])
    if name is None:
        # "Die Experten kamen zu dem Ergebnis": the subject of the noun's verb; "X ist der
        # Meinung": the subject of the noun itself
        subj = sent.dependents(w.i, "nsubj") if head == w.i else \
            [d for d in sent.dependents(head, "nsubj") if d.i not in own]
        h = sent.words[head]
        if not subj and h.deprel == "conj" and h.head >= 0:
            subj = sent.dependents(h.head, "nsubj")  # "äußerte Vorbehalte und wagte die Prognose, …"
        source = mention(sent, subj[0]) if subj else []
    return Cue(sent, w.i, w.lemma, "noun", 0.7, words=[w.i], source=source, name=name, content=idx)


def noun_clause(sent: Sentence, w: Word) -> list[int] | None:
    """The clause after a comma that follows the noun `w` (and its genitive), if it is a
    content clause: dass/ob, a zu-infinitive, or a verb-second clause in Konjunktiv."""
    words = sent.words
    own = set(sent.subtree(w.i))
    j = w.i + 1
    while j < len(words) and words[j].text != "," and (j in own or words[j].xpos == "PTKVZ") \
            and words[j].upos not in ("VERB", "AUX"):
        j += 1  # the noun's genitive, or the particle of its verb ("stellten die Theorie auf")
    if j + 1 >= len(words) or words[j].text != ",":
        return None
    start = j + 1
    h = start
    while words[h].head >= 0 and min(sent.subtree(words[h].head)) >= j:
        h = words[h].head
    if words[h].upos not in ("VERB", "AUX") and not sent.dependents(h, "cop"):
        return None
    idx = trim(sent, [k for k in sent.subtree(h) if k >= start])
    if len(idx) < 3 or idx[0] > start + 1:
        return None
    first = words[start]
    dass = first.lemma.lower() in COMPLEMENTIZERS or first.text.lower() in COMPLEMENTIZERS
    if first.xpos == "KOUI" or first.text.lower() in ("um", "ohne", "statt", "anstatt"):
        return None  # "nahm den Bericht zum Anlass, um zum Handeln aufzurufen": a purpose, not a content
    zu_clause = first.xpos not in ("KOUS", "PRELS", "PRELAT", "PWAV") and any(
        x.xpos in ("PTKZU", "VVIZU") or zu_infinitive(x) for x in (words[k] for k in idx))
    if not (dass or zu_clause) and (clause_mood(sent, idx) == "ind" or bad_start(sent, idx)):
        return None  # a verb-second clause counts only in Konjunktiv; no relative clauses
    return idx


def cue_noun_lemma(lemma: str) -> str:
    """"Polizeiangabe" -> "Angabe": the cue is the source noun."""
    return _cue_noun(lemma, lexicon.load().cue_nouns) or lemma


def without_run_on(sent: Sentence, noun: Word, source: list[int]) -> list[int]:
    """"laut Auswärtigem Amt aber nur Einzelfälle", "laut Medienberichten voraussichtlich im
    Oktober", "nach israelischen Angaben unter anderem der Planung …", "nach Angaben der
    Behörde 13 Prozent": the parser ran the source phrase on into the clause; an adverb, a
    verb, "unter anderem", a number (not one of a name, "Bündnis 90", nor of a date,
    "aus dem Jahr 2005") or the statement's topic ends it."""
    words = sent.words
    for j in source:
        x = words[j]
        if j > noun.i and x.text == ",":
            break  # (a relative clause of the name: cut elsewhere)
        if j > noun.i and (x.upos in ("ADV", "PART", "VERB", "AUX") or x.text in ("aber", "jedoch")
                           or x.text.lower() == "unter" and j + 1 < len(words)
                           and words[j + 1].text.lower() in ("anderem", "anderen")
                           or _topic(sent, noun, x) or x.upos == "NUM" and words[j - 1].upos != "PROPN"
                           and not (x.head == j - 1 and (is_time_noun(words[j - 1].lemma) or words[j - 1].text == "Nr."))):
            # ("aus dem Jahr 2005", "Nr. 72": the number of the word before, which the parser
            # also claims for "nach Angaben des Bundesamtes 13 Prozent")
            kept = [k for k in source if k < j]
            while len(kept) > 1 and words[kept[-1]].upos in ("ADP", "DET", "CCONJ", "PUNCT"):
                kept.pop()  # "nach den bisherigen Ermittlungen für zehn Morde": not "für"
            return kept
    return source


def _topic(sent: Sentence, noun: Word, x: Word) -> bool:
    """"nach Angaben der Polizei zu kleineren Rangeleien": a "zu/über" phrase of the source
    noun says what the statement was about, not whose it was."""
    if x.deprel != "case" or x.text.lower() not in ("zu", "über") or x.head < 0:
        return False
    attached = sent.words[sent.words[x.head].head] if sent.words[x.head].head >= 0 else None
    # (on the noun, or on its genitive: "nach Angaben der Polizei zu kleineren Rangeleien";
    # but "zur"/"zum" on the genitive names it: "der Gesellschaft zur Rettung der Delfine")
    contracted = x.i + 1 < len(sent.words) and sent.words[x.i + 1].start == x.start
    return attached is not None and (attached.i == noun.i or attached.head == noun.i and attached.deprel == "nmod"
                                     and not contracted)


def noun_source(sent: Sentence, noun: Word, head: int, cue_words: list[int]) -> tuple[list[int], list[int] | None]:
    """(mention, name) of a source noun: the mention is the whole source phrase ("Angaben
    der Polizei", "seinen Worten"), the name comes from its genitive or von-phrase, from
    "eigenen" the subject of the clause headed by `head`."""
    source = without_run_on(sent, noun, [j for j in mention(sent, noun) if j not in cue_words or j == noun.i])
    owner = [d for d in sent.dependents(noun.i, "nmod", "det:poss") if d.i in source and not is_time_noun(d.text)] + \
        [d for d in sent.dependents(noun.i, "det") if "Poss=Yes" in d.feats]
    stranded = stranded_genitive(sent, noun)
    name = None
    if owner:
        name = [j for j in mention(sent, owner[0]) if j in source] or mention(sent, owner[0])
    elif stranded:
        source, name = sorted(set(source) | set(stranded)), stranded
    elif any(d.lemma == "eigen" for d in sent.dependents(noun.i, "amod")):
        subj = [d for d in sent.dependents(head, "nsubj")]
        if subj:
            name = mention(sent, subj[0])
    return source, name


def _n_words(words: list[Word]) -> int:
    """Words, not punctuation: "der Video-Produktionsfirma „Shui Jing Shi“" is five."""
    return sum(w.upos != "PUNCT" for w in words)


def _manner(w: Word) -> bool:
    """A word after the source of "so" that says how it was said: "geknickt",
    "lächelnd", "sichtlich bewegt" (participles the tagger may call finite verbs)."""
    low = w.text.lower()
    return w.upos in ("ADJ", "ADV") or (w.upos == "VERB" and w.text.islower() and len(low) > 5  # (not "geht")
                                        and (low.startswith("ge") and low.endswith(("t", "en")) or low.endswith("end")))


NON_FINITE = ("VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU")


def _bracket_closes_after(words: list, before: list[int], k: int) -> bool:
    """"Alles in allem sei es, so der Bericht, möglich gewesen": a finite auxiliary before
    the insertion and its participle or infinitive after it, before the next comma: the
    clause goes on after the insertion."""
    if k < len(words) and words[k].xpos in ("PRELS", "PRELAT", "KOUS", "PWAV"):
        return False  # "…, so der Kanal Pul Perwogo, der dem Pressedienst nahesteht": the source's clause
    start = max((j + 1 for j in before if words[j].text in (":", ";")), default=0)
    last = next((words[j] for j in reversed(before) if words[j].upos != "PUNCT"), None)
    subordinate = last is not None and (last.deprel.split(":")[0] in ("acl", "advcl", "ccomp", "csubj") or any(
        w.head == last.i and (w.deprel == "mark" or w.xpos in ("PRELS", "PRELAT", "PWAV")) for w in words))
    if last is not None and last.i > start and is_finite(last) and last.upos in ("VERB", "AUX") and not subordinate:
        return True  # "Der Präsident sei, so Gamkrelids, Schuld daran, …": the main verb and then nothing
    aux = any(words[j].upos == "AUX" and is_finite(words[j]) for j in before if j >= start)
    end = next((j for j in range(k, len(words)) if words[j].text in (",", ";", ":")), len(words))
    return aux and any(words[j].xpos in NON_FINITE for j in range(k, end))


def _closing_apposition(words: list[Word], k: int) -> list[Word]:
    """"…, so Matthias Freude, Präsident des Landesumweltamtes.": a noun phrase without a
    verb from `k` to the end of the sentence describes the source and belongs to its
    mention."""
    rest = words[k:]
    while rest and rest[-1].upos == "PUNCT":
        rest.pop()
    if not rest or len(rest) > 10 or rest[0].upos not in ("NOUN", "DET", "ADJ", "NUM") \
            or any(x.upos in ("VERB", "AUX") or x.text in ",;:–—()„“\"»«" for x in rest):
        return []
    return rest


def so_cue(sent: Sentence, w: Word) -> Cue | None:
    """"…, so der Sprecher." / "So Müller." -- "so" followed by a short source phrase
    that ends the sentence."""
    words = sent.words
    prev = words[w.i - 1] if w.i > 0 else None
    if prev is not None and prev.text not in (",", "–", "—", "-", ":", "“", "»", "«", "\""):
        return None  # (a closing mark: "„…“ so das Forum")
    tail = [x for x in words[w.i + 1:]]
    while tail and tail[-1].upos == "PUNCT":
        tail.pop()
    if tail and (tail[0].upos in ("SCONJ", "CCONJ") or tail[0].text.lower() in ("wie", "dass", "daß", "als")):
        return None  # "so wie beim Referendum", "so dass die Tiere …": a comparison or a result
    if tail and tail[0].text.lower() in ("auch", "etwa", "zum", "zu", "unter", "beispielsweise", "insbesondere"):
        return None  # "…, so auch in Düsseldorf", "so etwa Herta Müllers Mutter": examples, not a source
    # the phrase: up to the next comma, a few words, with a noun or name, and no finite verb
    phrase, carrier, where = [], [], []
    stop = None  # the mark that ends the phrase
    for k, x in enumerate(tail):
        if x.text in (",", ":", ";", "–", "—", ")") or x.text == "-" and k and x.start > tail[k - 1].end:
            stop = x
            break  # (a dash or bracket closes a parenthesis: "– so der eigene Wunsch –")
        if x.text.lower() in SOURCE_PREPOSITIONS or carrier:
            carrier.append(x)  # "so die Behörden laut New York Times": who carried it
        elif where or x.upos == "ADP" and any(p.upos in ("PROPN", "NOUN") for p in phrase):
            where.append(x)  # "so Hisbollah-Chef Hassan Nasrallah im libanesischen Fernsehen"
        else:
            phrase.append(x)
    while len(phrase) > 1 and _manner(phrase[-1]):
        where.insert(0, phrase.pop())  # "so Renkema geknickt": how she said it
    if not phrase or _n_words(phrase) > 10 or _n_words(where) > 12 \
            or not any(x.upos in ("PROPN", "NOUN", "PRON") for x in phrase):
        return None
    if any(x.upos in ("VERB", "AUX") and not _manner(x) for x in phrase + carrier + where) \
            or any(x.text in "„“”\"»«" for x in (phrase + carrier + where)[:1]):
        return None  # "so „schütze sie Gott“": a clause, not a source
    if not any(plausible_source(sent, [x.i]) for x in phrase if x.upos in ("NOUN", "PROPN", "PRON")):
        return None  # "so der eigene Wunsch": a wish, nobody's words ("so Kongress- und Verteidigungskreise" speak)
    content = list(range(0, w.i)) if prev is not None else []
    if content and prev.text == "," and stop is not None and stop.text == "," \
            and stop.i + 1 < len(words) and (is_finite(words[stop.i + 1])
                                             or words[stop.i + 1].text.lower() in ("dass", "daß", "ob")
                                             or _bracket_closes_after(words, content, stop.i + 1)):
        # "Sein Rivale McCain, so Obama weiter, würde … erhalten", "Das Ziel sei, so Heil,
        # dass …": an insertion after the first phrase of the clause, which goes on after it
        content += range(stop.i + 1, len(words))
    elif content and prev.text in DASHES and stop is not None and stop.text in DASHES:
        content += range(stop.i + 1, len(words))  # "Der Plan sei – so Müller – gescheitert"
    elif stop is not None and stop.text == "," and not where and not carrier:
        phrase += _closing_apposition(words, stop.i + 1)
    return Cue(sent, w.i, "so", "so", 0.8, words=[w.i],
               source=[x.i for x in phrase if x.text.lower() not in ("weiter", "zudem", "auch")],
               content=trim(sent, content),
               outlet_words=[x.i for x in carrier[1:]])
