"""Who a speech verb points to: its source mention, and the medium it was said to.

The subject of an active verb, the agent of a passive ("von der Polizei"), the quoted
one of "zitieren", the subject after the verb in "<clause>, sagte X".  The parser errs
most on German word order (objects first, subjects after the verb), so each rule here
corrects one such error and says which.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon
from .marks import OPENERS
from .nlp import CLOSING_MARKS, Sentence, Word
from .nouns import is_document, is_role, is_speaker_noun, is_time_noun, particle_surname
from .outlets import outlet_in, outlet_named, outlet_type
from .speakers import plausible_source
from .trees import is_finite, mention, separated

TIME_NOUNS = lexicon.words("time_nouns")
RELATIVE_PRONOUNS = {"der", "die", "das", "welcher", "welche", "welches"}


@dataclass
class VerbSource:
    """The speaker mention of a speech verb, whether it is passive, and the outlet
    mention ("sagte er der ARD")."""
    mention: list[int] = field(default_factory=list)
    passive: bool = False
    outlet: list[int] = field(default_factory=list)
    #: where the name is, when the mention is wider: the owner of a document ("einer
    #: Pressemitteilung des Konzerns": the Konzern speaks, the mention is the whole phrase)
    name: list[int] | None = None


def verb_source(sent: Sentence, v: Word, lemma: str) -> VerbSource:
    """Source, voice and outlet of the speech verb `v` (lemma with particle `lemma`).

    Changes the parse on purpose, so that every later rule sees the subject as one: the
    subject of an active speech verb that the parser labelled ``nsubj:pass`` is relabelled
    ``nsubj`` ("hat … gefordert" is active whatever the labels say), and a subject in the
    accusative changes place with the object (`swap_object_case`).
    `quotes.cues.find_cues` runs on every sentence before any other rule.
    """
    subj = sent.dependents(v.i, "nsubj")
    auxes = sent.dependents(v.i, "aux")
    # passive: "wurde … zitiert"; "hat … gefordert" is active whatever the labels say
    passive = any(d.deprel == "aux:pass" for d in auxes) or (
        v.xpos == "VVPP" and any(d.lemma == "werden" for d in auxes))
    if not passive:
        for d in subj:
            if d.deprel == "nsubj:pass":
                d.deprel = "nsubj"
    subj = swap_object_case(sent, v, subj)
    agent = passive_agent(sent, v, lemma)
    if lemma == "zitieren":
        return quoted_one(sent, v, subj, agent, passive)
    if lemma == "hervorgehen":
        # "Dies geht aus einer Pressemitteilung des Konzerns hervor", "Aus dem Bericht geht
        # hervor, dass …": the subject is what was said; the source the "aus" phrase
        doc, owner = document_of(sent, v, "aus")
        return with_outlet(sent, v, VerbSource(doc, False, name=owner))
    front = verb_front(sent, v).i
    if inverted(sent, v, subj, front):
        after = subject_after(sent, v, front) or first_noun_after(sent, v, front)
        if after:
            return with_outlet(sent, v, VerbSource(split_apposition(sent, v, mention(sent, after)), passive))
    subj = expletive_es(sent, v, subj, lemma)
    owner = None
    addressed = vocative(sent, subj)
    if addressed:  # "Herr Buschmann, Sie haben gesagt, …": the one addressed is who "Sie" is
        subj, owner = [w for w in subj if w.text in YOU], addressed
    src = subject_mention(sent, v, lemma, subj, agent, passive)
    if not src and not passive:
        src = subject_the_parser_missed(sent, v)
    if not src and not passive:
        src = particle_surname_after(sent, v)
    if lemma == "bekanntwerden":
        src = []  # "keine Straftaten seien bekannt geworden": what became known speaks for no one
    if lemma == "heißen" and ([sent.words[j].text.lower() for j in src] == ["es"] or
                              any(d.text.lower() == "es" for d in subj)):
        src = []  # an expletive, even beside a second subject ("die Kehrtwende: „…“, hieß es")
    if not src and passive:
        src = document_spoken_through(sent, v)
    if not src and lemma == "heißen":
        # "In der Mitteilung des Ministeriums heißt es, ..."
        for o in sent.dependents(v.i, "obl"):
            if not sent.dependents(o.i, "case") and not is_document(o) or is_time_noun(o.text):
                continue  # "Nur wenige Stunden später … hieß es", "hieß es am Mittwoch": a time, not a document
            src, owner = document_and_owner(sent, o)  # "In der Mitteilung des Ministeriums"
            break
    if not src and lemma == "verlauten":
        src, owner = document_of(sent, v, "aus")  # "Aus EU-Kreisen verlautete, …"
    return with_outlet(sent, v, VerbSource(src, passive, name=owner))


#: the pronouns of the one addressed
YOU = ("Sie", "du", "Du", "ihr", "Ihr")


NEVER_NOMINATIVE = {"den", "dem", "einen", "einem"}


def never_nominative(sent: Sentence, w: Word) -> bool:
    """Does an article that never opens a nominative ("den", "einem") open the phrase of `w`?"""
    return any(k.text.lower() in NEVER_NOMINATIVE for k in sent.dependents(w.i, "det"))


def swap_object_case(sent: Sentence, v: Word, subj: list[Word]) -> list[Word]:
    """"Den entstandenen Schaden schätzt die Polizei auf …": the parser took the fronted
    object for the subject, though "den" never opens a nominative; when the verb has an
    object that may be one, the two change places (in the parse too, as above)."""
    wrong = [d for d in subj if never_nominative(sent, d)]
    objs = [o for o in sent.dependents(v.i, "obj") if o.upos in ("NOUN", "PROPN")
            and o.featdict.get("Case") not in ("Dat", "Gen") and not never_nominative(sent, o)]
    if len(wrong) != 1 or len(subj) != 1 or len(objs) != 1:
        return subj
    wrong[0].deprel, objs[0].deprel = "obj", "nsubj"
    return objs


def vocative(sent: Sentence, subj: list[Word]) -> list[int] | None:
    """"Herr Buschmann, Sie haben gesagt, …", "Frau Bundeskanzlerin, Sie …": a name or
    title set off by a comma before "Sie"/"du"/"ihr" is whom the speaker addresses, which
    the parser takes for a second subject; its mention, or None."""
    you = [w for w in subj if w.text in YOU and w.xpos == "PPER"]
    if len(subj) < 2 or len(you) != 1:
        return None
    for w in subj:
        m = mention(sent, w)
        if w is not you[0] and w.upos in ("NOUN", "PROPN") and max(m) + 2 == you[0].i \
                and sent.words[max(m) + 1].text == ",":
            return m
    return None


def expletive_es(sent: Sentence, v: Word, subj: list[Word], lemma: str) -> list[Word]:
    """"so sagt es die EU-Kommission", "wie es der Minister formulierte": "es" is the
    object (what was said), the noun phrase beside it the speaker, even when the parser
    made "es" the subject and the speaker an object."""
    if lemma == "heißen" or len(subj) != 1 or subj[0].text.lower() != "es" \
            or not any(d.lemma.lower() in ("so", "wie") for d in sent.dependents(v.i, "advmod", "mark")):
        return subj  # "Es soll die Piloten warnen": a subject of its own
    other = [d for d in sent.dependents(v.i, "obj", "nsubj", "iobj") if d.upos in ("NOUN", "PROPN")
             and d.i > subj[0].i and not sent.dependents(d.i, "case") and d.featdict.get("Case") not in ("Dat", "Gen")]
    return other[:1] or subj


#: endings of German adjectives and adverbs ("ausführlich", "ungeduldig", "kritisch")
ADJECTIVE_ENDINGS = ("lich", "ig", "isch", "bar", "sam", "haft", "los")


def _opens_clause(sent: Sentence, w: Word) -> bool:
    return w.i == 0 or sent.words[w.i - 1].text in (":", "-", "–", "—", "(")


def adjective_taken_for_name(sent: Sentence, w: Word, v: Word) -> bool:
    """"Ausführlich erklärte sie": the capitalised adverb that opens the clause, which the
    tagger calls a name and the parser the subject."""
    return _opens_clause(sent, w) and w.i == v.i - 1 and w.upos == "PROPN" \
        and w.text.lower().endswith(ADJECTIVE_ENDINGS)


def adverb_taken_for_subject(sent: Sentence, w: Word, v: Word) -> bool:
    """"Stellvertretend für die EU-Kommission empfahl …": a capitalised adverb or participle
    opening the clause, which the tagger calls a noun or name and the parser the subject,
    anywhere before the verb."""
    return _opens_clause(sent, w) and w.i < v.i and w.upos in ("NOUN", "PROPN") and not sent.dependents(w.i, "det") \
        and w.text.lower().endswith(ADJECTIVE_ENDINGS + ("end",))


def plural_before_singular_verb(sent: Sentence, w: Word, v: Word) -> bool:
    """Is `w` a plural noun before the singular finite verb `v` (so not its subject)?"""
    return w.i < v.i and w.upos == "NOUN" and w.featdict.get("Number") == "Plur" \
        and v.featdict.get("Number") == "Sing" and is_finite(v)


def before_or_joined(sent: Sentence, v: Word, d: Word) -> bool:
    """Does `d` stand before the verb, or after it with no comma or dash between (not in
    the clause after a comma: "Vertreter sprachen davon, dass die Truppen al-Baschirs …")?"""
    return d.i < v.i or not separated(sent, v.i, d.i)


def particle_surname_after(sent: Sentence, v: Word) -> list[int]:
    """"…, sagte von der Leyen": a surname with a particle, which the parser reads as a
    "von"-phrase, is the subject the verb otherwise lacks."""
    for d in sent.dependents(v.i, "obl", "nmod"):
        found = particle_surname(sent, d.i - 2) if d.i - 2 > v.i else []
        if found and found[-1] == d.i:
            return found
    return []


def document_of(sent: Sentence, v: Word, preposition: str) -> tuple[list[int], list[int] | None]:
    """The document in the verb's `preposition` phrase and its owner, as
    `document_and_owner` ("aus einer Pressemitteilung des Konzerns"); ([], None) if none."""
    for o in sent.dependents(v.i, "obl"):
        if any(c.lemma.lower() == preposition for c in sent.dependents(o.i, "case")):
            return document_and_owner(sent, o)
    return [], None


def document_and_owner(sent: Sentence, o: Word) -> tuple[list[int], list[int] | None]:
    """The mention of document `o` ("der Mitteilung des Ministeriums") and of its owner
    in the genitive (the ministry: who speaks), not a phrase after a preposition ("im
    Beitrag zur Demonstration"); None when it names none (the document speaks)."""
    gen = [g for g in sent.dependents(o.i, "nmod") if not sent.dependents(g.i, "case")
           and plausible_source(sent, mention(sent, g))]  # (not "die Bilanz der Tagung 2014/15")
    return mention(sent, o), (mention(sent, gen[0]) if gen else None)


def quoted_one(sent: Sentence, v: Word, subj: list[Word], agent: list[Word], passive: bool) -> VerbSource:
    """"Tass zitierte ihn" / "er wurde von Tass zitiert": the quoted one is the speaker,
    the one quoting the outlet."""
    if passive:  # "wurde er von Tass zitiert"
        said_by = [w for w in sent.dependents(v.i, "nsubj") if w not in agent]
        medium = agent
    else:  # "Tass zitierte ihn"
        said_by = [w for w in sent.dependents(v.i, "obj")]
        medium = [w for w in subj if w.deprel == "nsubj"]
        if len(medium) > 1:
            medium = [w for w in medium if w.i > v.i] or medium  # (not "Das" inside the marks before it)
        if not said_by and medium:  # "zitiert die „Computerwoche“ Lynch": the parser made him an apposition
            said_by = [a for a in sent.dependents(medium[0].i, "appos") if a.upos == "PROPN" and a.i > 0
                      and sent.words[a.i - 1].text in CLOSING_MARKS][:1]
    cut = {j for q in said_by for j in sent.subtree(q.i)}
    return VerbSource(mention(sent, said_by[0]) if said_by else [], passive,
                      [j for j in mention(sent, medium[0]) if j not in cut] if medium else [])


def subject_after(sent: Sentence, v: Word, front: int | None = None) -> Word | None:
    """"<clause>, sagte X": the subject follows the verb (or its finite auxiliary `front`:
    "…, hatte Koch-Mehrin damals gesagt"), whatever the parser thought; "sagte Russlands
    Verteidigungsminister Sergej Schoigu": the title with the name, not the genitive
    before it."""
    front = v.i if front is None else front
    after = [d for d in sent.dependents(v.i) if d.i > front and d.upos in ("NOUN", "PROPN", "PRON")
             and not sent.dependents(d.i, "case")
             and d.deprel.split(":")[0] in ("nsubj", "obj", "iobj", "obl", "dep", "appos", "nmod")]
    after.sort(key=lambda d: (d.deprel != "nsubj", not has_name(sent, d),
                              d.featdict.get("Case") not in ("Nom", None), -len(mention(sent, d)), d.i))
    return after[0] if after else None


def split_apposition(sent: Sentence, v: Word, m: list[int]) -> list[int]:
    """"…, sagte Milovan Rajevac, der Trainer Ghanas.": the parser made the apposition
    that closes the inquit a second subject; it belongs to the name's mention."""
    words = sent.words
    k = m[-1] + 1 if m else len(words)
    if k + 1 >= len(words) or words[k].text != ",":
        return m
    second = next((d for d in sent.dependents(v.i, "nsubj") if d.i > k and d.upos == "NOUN"), None)
    if second is None:
        return m
    rest = mention(sent, second)
    end = rest[-1] + 1 if rest else k
    if rest[:1] != [k + 1] or words[k + 1].upos != "DET" or end < len(words) and words[end].text not in (".", ":"):
        return m  # (it ends the sentence or opens a quote: "sagte Honoré Durand, der Geschäftsführer: „…“")
    return m + [k] + rest


def subject_mention(sent: Sentence, v: Word, lemma: str, subj: list[Word], agent: list[Word], passive: bool) -> list[int]:
    """The subject (or the agent of a passive, or the subject of the verb a coordinated
    or xcomp verb depends on) as a mention."""
    subj = repaired_subject(sent, v, subj)
    if subj and subj[0].lemma in TIME_NOUNS:
        # "Wenige Tage zuvor hatte Putin bekannt gegeben": a time taken for the subject;
        # the name the parser made an object is who spoke
        other = [d for d in sent.dependents(v.i, "obj", "nsubj") if d.upos in ("PROPN", "NOUN")
                 and d.lemma not in TIME_NOUNS and d.featdict.get("Case", "Nom") == "Nom"]
        subj = [other[0]] if other else []
    if passive:
        # "wird von Frauen behauptet": the agent, if any; the subject of a passive is what
        # was said or who was told ("die letzten Worte werden gesprochen"), never the speaker
        return mention(sent, agent[0]) if agent else []
    if subj and subj[0].deprel != "nsubj:pass":  # a subject, or the named one `prefer_named` chose
        s = subj[0]
        if s.lemma in RELATIVE_PRONOUNS and s.upos == "PRON" and v.deprel.startswith("acl"):
            s = sent.words[v.head]  # relative clause: "der Sprecher, der sagte, ..."
            if s.lemma in TIME_NOUNS:
                return []  # "im Jahre 1976, das 73 Todesopfer forderte": a time says nothing
        return split_apposition(sent, v, without_topic(sent, lemma, with_subject_before(sent, v, s)))
    if (v.deprel in ("conj", "xcomp") or v.deprel == "parataxis" and v.head < v.i) and v.head >= 0:
        # "Der Käufer ließ sich drei Blüten geben, kündigte an, …": a shared subject;
        # but not for "…, wie Menschenrechtsorganisationen betonen", a clause of its own
        # whose subject the parser made a "wie" phrase
        if v.deprel == "conj" and (own := wie_subject(sent, v)):
            return own
        head_subj = [d for d in sent.dependents(v.head, "nsubj") if d.lemma not in TIME_NOUNS
                     and not heading(sent, d)]
        if head_subj:  # ("Gestern trat Bürgermeister X vor die Kameras und verkündete, …": not "Gestern")
            return mention(sent, head_subj[0])
    return coordinated_subject(sent, v)


def repaired_subject(sent: Sentence, v: Word, subj: list[Word]) -> list[Word]:
    """The subjects of `v` with the parser's usual mistakes about them undone: a fronted
    adverb or object taken for the subject, two subjects for one verb, a named person made
    an object, a predicative "als" phrase."""
    after = sent.words[v.i + 1] if v.i + 1 < len(sent.words) else None
    if after is not None and after.xpos == "PPER" and after.text.lower() in ("er", "sie", "ich", "wir") \
            and (after in subj and len(subj) > 1 or len(subj) == 1 and adjective_taken_for_name(sent, subj[0], v)):
        # "Ausführlich erklärte sie, …": a pronoun right after the verb is its subject; the
        # one word a main clause puts before its verb is then something else
        subj = [after]
    if len(subj) == 1 and plural_before_singular_verb(sent, subj[0], v):
        # "Die Äußerungen Hassemers bezeichnete Wiefelspütz als …": a fronted plural object
        # with a singular verb; the singular nominative after the verb is the subject
        subj = [d for d in sent.dependents(v.i, "obj") if d.i == v.i + 1 and d.upos == "PROPN"
                and d.featdict.get("Number", "Sing") == "Sing"][:1] or subj
    if len(subj) == 1 and adverb_taken_for_subject(sent, subj[0], v):
        # "Stellvertretend für die EU-Kommission empfahl der EU-Kommissar …": the subject
        # is the nominative the parser made an object
        subj = [d for d in sent.dependents(v.i, "obj") if d.i > v.i and d.upos in ("NOUN", "PROPN")
                and (d.featdict.get("Case") == "Nom" or d.featdict.get("Case") == "Acc" and any(
                    a.text.lower() in ("das", "die") for a in sent.dependents(d.i, "det")))][:1] or subj
        # ("Unmissverständlich sagt das Gericht": "das Gericht" may be either case)
    if len(subj) > 1:
        # two subjects (a parse error): not the words in marks before the verb
        # ("«Betroffene Gesichter …», kommentiert der Journalist"), nor a demonstrative
        # ("das muss man sagen": what was said), then the one with a
        # title and a name, not a genitive
        subj = [d for d in subj if not quoted(sent, d) and not heading(sent, d) and not sent.dependents(d.i, "mark")
                and not (d.upos == "PRON" and d.lemma.lower() in ("der", "dies", "dieser"))
                and not any(c.lemma.lower() in ("als", "wie") for c in sent.dependents(d.i, "cc", "case"))] or subj
        # nor a predicative "als" phrase ("Als Grund nennen die Kardiologen …"),
        # (nor the head of a content clause: "führt das Gericht aus, dass nicht nur die
        # Nebenklägerin … gesagt haben", which the parser hung on the verb as a subject)
        subj = ranked_subjects(sent, [d for d in subj if before_or_joined(sent, v, d)
                                      and not never_nominative(sent, d)] or subj)
        # (nor one after a comma: "Vertreter sprachen davon, dass die Truppen al-Baschirs …",
        # nor an accusative: "Den Namen der Sendung gab das ZDF bekannt")
    subj = prefer_named(sent, v, subj)
    # "Als Begründung dafür heißt es, …": a predicative "als" phrase is never who spoke,
    # even as the only subject
    subj = [d for d in subj if not any(c.lemma.lower() == "als" for c in sent.dependents(d.i, "cc", "case"))]
    return subj


def with_subject_before(sent: Sentence, v: Word, s: Word) -> list[int]:
    """The mention of the subject `s`, with a second subject of `v` that ends right where
    it begins: "Bundestagspräsident Wolfgang Thierse fordert …", which the parser split into
    two subjects, is one phrase, the title with the name."""
    m = mention(sent, s)
    if not any(sent.words[j].upos == "PROPN" for j in m):
        return m  # (the name decides who it is; "Die Hilfsorganisation Ärzte ohne Grenzen" has none)
    for d in sent.dependents(v.i, "nsubj"):
        if d is s or d.upos != "NOUN" or d.i > s.i or d.featdict.get("Case", "Nom") != "Nom":
            continue
        before = mention(sent, d)
        if m and before and max(before) + 1 == min(m) and not set(before) & set(m):
            return before + m
    return m


def ranked_subjects(sent: Sentence, subj: list[Word]) -> list[Word]:
    """Two subjects of one verb (a parse error): the one with a title and a name first,
    then the longer, not a genitive."""
    return sorted(subj, key=lambda d: (d.deprel != "nsubj", not has_name(sent, d), -len(mention(sent, d)), d.i))


def heading(sent: Sentence, w: Word) -> bool:
    """Does a colon close the phrase of `w` ("Andere Formen des Protestes: Zuschauer
    forderten …"), so that it heads what follows rather than acting in it?"""
    end = mention(sent, w)[-1] + 1
    return end < len(sent.words) and sent.words[end].text == ":"


def quoted(sent: Sentence, w: Word) -> bool:
    """Does the phrase of `w` open right after a quotation mark (it is what was said)?
    Not a name in marks after its article: "beziffert der „Focus“" names who spoke."""
    first = min(mention(sent, w))
    return first > 0 and sent.words[first - 1].text in OPENERS \
        and not (first > 1 and sent.words[first - 2].upos == "DET" and sent.words[first - 2].head == w.i)


def coordinated_subject(sent: Sentence, v: Word) -> list[int]:
    """"Auch die Polizei zeigte sich zunächst handzahm und hatte … mitgeteilt, …": a verb
    whose clause opens with "und" shares the subject of the verb before it, however the
    parser hung the two -- back along a list of such verbs ("Köhler möchte die Debatte
    versachlichen, nimmt die Abgeordneten in Schutz und warnt vor …")."""
    own = [v.i] + [d.i for d in sent.dependents(v.i, "aux", "advmod", "obl", "cc")]
    first = min(own)
    if first == 0 or sent.words[first - 1].text.lower() not in ("und", "sowie") \
            and sent.words[first].text.lower() not in ("und", "sowie"):
        return []
    for w in reversed(sent.words[:first]):
        if w.upos in ("VERB", "AUX") and is_finite(w):
            verb = sent.words[w.head] if w.deprel.startswith("aux") and w.head >= 0 else w
            subj = [d for d in sent.dependents(verb.i, "nsubj") if d.deprel == "nsubj"]
            if subj or verb.deprel not in ("conj", "parataxis") or w.i == 0 or sent.words[w.i - 1].text != ",":
                return mention(sent, subj[0]) if subj else []
    return []


def subject_the_parser_missed(sent: Sentence, v: Word) -> list[int]:
    """A verb with no subject in the parse: the subject that the parser made an object
    (beside a comma, a "sich" or right after the verb), a genitive, the head of a relative
    clause or a conjunct after "wie", by the first rule that finds one."""
    for rule in (object_taken_for_subject, relative_object_subject, genitive_taken_for_subject,
                 reflexive_taken_with_subject, nominative_object, wie_subject):
        found = rule(sent, v)
        if found:
            return found
    return []


def object_taken_for_subject(sent: Sentence, v: Word) -> list[int]:
    """"Um 10 Uhr meldete die Nachrichtenseite „Golem“, …": with a fronted adverbial and a
    nominative that looks accusative, the parser takes the subject for an object; a noun
    right after the verb whose phrase ends at the comma is the subject."""
    for d in sent.dependents(v.i, "obj"):
        m = mention(sent, d)
        nxt = max(m) + 1 if m else len(sent.words)
        while nxt < len(sent.words) and sent.words[nxt].text in "“”\"»«‘’":
            nxt += 1
        if d.i > v.i and d.upos in ("NOUN", "PROPN") and d.featdict.get("Case") not in ("Dat", "Gen") \
                and nxt < len(sent.words) and sent.words[nxt].text in (",", ":") and min(m) == v.i + 1:
            return m
    return []


def genitive_taken_for_subject(sent: Sentence, v: Word) -> list[int]:
    """"Im selben Schreiben fordert al Huthi die Schaffung …": the parser took the name
    after the verb for a genitive of the object; but a genitive before a noun never stands
    before that noun's article, so the name is the subject."""
    for d in sent.dependents(v.i, "obj"):
        det = [k for k in sent.dependents(d.i, "det") if k.xpos == "ART"]
        for g in sent.dependents(d.i, "nmod:poss"):
            if g.upos == "PROPN" and det and v.i < g.i < det[0].i:
                return mention(sent, g)
    return []


def nominative_object(sent: Sentence, v: Word) -> list[int]:
    """"Außer aus Rio weist das Amt auch auf … hin": with no subject at all, a noun
    phrase right after the finite verb that the tagger read as a nominative is the
    subject the parser made an object."""
    if not is_finite(v):
        return []
    for d in sent.dependents(v.i, "obj"):
        m = mention(sent, d)
        if d.upos in ("NOUN", "PROPN") and d.featdict.get("Case") == "Nom" and m and min(m) == v.i + 1 \
                and not never_nominative(sent, d):
            return m
    return []


def wie_subject(sent: Sentence, v: Word) -> list[int]:
    """"…, wie Burt Rutan, Chef der Firma Scaled Composites, mitteilte.": the parser made
    the name a conjunct of the clause before; between "wie" and the verb that ends the
    sentence stand only the name and its apposition, and they are the speaker's mention."""
    words = sent.words
    plural = v.xpos == "VVINF" and words[v.i - 1].text != "zu"  # "wie Experten betonen", tagged an infinitive
    if not (is_finite(v) or plural) or any(w.upos != "PUNCT" for w in words[v.i + 1:]):
        return []
    w0 = next((j for j in range(v.i - 1, -1, -1) if words[j].text.lower() == "wie"), None)
    if w0 is None or w0 == 0 or words[w0 - 1].text != "," or v.i - w0 < 2:
        return []
    between = words[w0 + 1:v.i]
    if any(w.upos in ("VERB", "AUX") for w in between) or between[0].upos not in ("PROPN", "NOUN", "DET"):
        return []
    name = [w.i for w in between]
    while name and words[name[-1]].upos == "PUNCT":
        name.pop()  # (the comma that closes the apposition)
    return name if any(words[j].upos in ("PROPN", "NOUN") for j in name) else []


def reflexive_taken_with_subject(sent: Sentence, v: Word) -> list[int]:
    """"Dabei sprachen sich 75 Prozent für … aus": the parser made both "sich" and the
    noun after it objects; a verb whose accusative is its reflexive takes no second
    accusative, so the noun is the subject."""
    objs = sent.dependents(v.i, "obj")
    refl = [d for d in objs if d.xpos == "PRF" and d.featdict.get("Case") == "Acc"]
    if not refl:
        return []
    for d in objs:
        m = mention(sent, d) if d.upos in ("NOUN", "PROPN") and d.featdict.get("Case") not in ("Dat", "Gen") else []
        if m and refl[0].i < min(m) and all(w.upos == "ADV" for w in sent.words[refl[0].i + 1:min(m)]):
            return m  # (right after "sich", where the subject of an inverted clause stands)
    return []


def relative_object_subject(sent: Sentence, v: Word) -> list[int]:
    """"die Marke, die Gerhard Schröder erklärt hatte": a relative pronoun and a name both
    before the verb, both taken for objects; one of them is the subject."""
    objs = sent.dependents(v.i, "obj")
    if any(d.xpos == "PRELS" for d in objs):
        named = [d for d in objs if d.xpos != "PRELS" and d.upos in ("NOUN", "PROPN")
                 and d.i < v.i and d.featdict.get("Case") not in ("Dat", "Gen")]
        if len(named) == 1:
            return mention(sent, named[0])
    return []


def document_spoken_through(sent: Sentence, v: Word) -> list[int]:
    """"So wird in einer Pressemitteilung der Organisation gefordert, dass …": with no
    agent, the document the passive speaks through is the source."""
    for o in sent.dependents(v.i, "obl"):
        if any(c.lemma == "in" for c in sent.dependents(o.i, "case")) and is_document(o):
            return mention(sent, o)
    return []


def with_outlet(sent: Sentence, v: Word, found: VerbSource) -> VerbSource:
    """The medium it was said to: "sagte er der ARD", "sagte er im Interview mit dem ZDF".
    "teilte das Ministerium im Onlinedienst Telegram mit": the parser hangs the medium on
    the subject; it is the outlet, not part of who spoke."""
    source, outlet = list(found.mention), list(found.outlet)
    for j in list(source):
        d = sent.words[j]
        # (a name with an article is no part of the name before it: "sagte Nehammer der APA")
        if (d.deprel == "nmod" or d.deprel == "flat" and sent.dependents(d.i, "det")) \
                and d.head in source and outlet_candidate(sent, d) and (
                sent.dependents(d.i, "case") or told_outlet(sent, v, source, d)):
            medium = set(sent.subtree(d.i))
            source = [k for k in source if k not in medium]
            outlet = outlet or outlet_candidate(sent, d)
            break
    if not outlet:
        source, outlet = outlet_after_name(sent, v, source)
    for j in source:  # "sagte die Ministerin dem Evangelischen Pressedienst": left out of the mention
        for d in sent.dependents(j, "nmod", "appos"):  # (as is "gegenüber der Financial Times")
            if not outlet and d.i not in source and (told_outlet(sent, v, source, d) or any(
                    c.lemma.lower() == "gegenüber" for c in sent.dependents(d.i, "case"))):
                outlet = outlet_candidate(sent, d)
    for d in sent.dependents(v.i, "obj", "iobj", "obl", "nsubj", "dep", "nmod", "appos"):
        if set(sent.subtree(d.i)) & set(source) or (d.deprel == "nsubj" and not source):
            continue
        outlet = outlet or outlet_candidate(sent, d)
    return VerbSource(source, found.passive, outlet, found.name)


def outlet_after_name(sent: Sentence, v: Word, source: list[int]) -> tuple[list[int], list[int]]:
    """"sagt Bundesgeschäftsführer Jörg Schindler ZEIT ONLINE": after an inverted inquit, a
    named outlet that the parser ran into the speaker's name is whom it was said to.
    (source without it, outlet mention); the outlet is [] when there is none."""
    if not source or v.i > min(source):
        return source, []
    for k in range(len(source) - 1, 0, -1):  # the shortest tail first
        head, tail = source[:k], source[k:]
        if sent.words[head[-1]].upos == "PROPN" and tail == list(range(tail[0], tail[-1] + 1)) \
                and outlet_named([sent.words[j] for j in tail]):
            return head, tail
    return source, []


#: people of a medium: "der Chefredakteur der Süddeutschen Zeitung" is the paper's, not
#: someone talking to it
MEDIA_STAFF = ("redakteur", "redakteurin", "reporter", "reporterin", "korrespondent", "korrespondentin",
               "journalist", "journalistin", "moderator", "moderatorin", "intendant", "intendantin",
               "sprecher", "sprecherin", "chef", "chefin", "mitarbeiter", "mitarbeiterin", "kolumnist",
               "kolumnistin", "herausgeber", "herausgeberin")


def told_outlet(sent: Sentence, v: Word, source: list[int], d: Word) -> bool:
    """"…, sagte der Leipziger Oberbürgermeister der Deutschen Presse-Agentur": after an
    inverted inquit, a named outlet right behind the speaker is whom it was said to (the
    parser reads a genitive) -- unless the speaker works for it ("der Chefredakteur der
    Zeitung")."""
    head, staff = sent.words[d.head], True
    if not (head.upos == "PROPN" or is_role(head.text)) and head.deprel.startswith("nmod") and head.head >= 0:
        # "ein Sprecher der Partei der Deutschen Presse-Agentur": a second genitive; the
        # speaker works for the first
        head, staff = sent.words[head.head], False
    if not (v.i < min(source) and d.i > head.i) or staff and head.text.lower().endswith(MEDIA_STAFF) \
            or not (head.upos == "PROPN" or is_role(head.text)
                    or is_speaker_noun(head.text) and outlet_type(head.text) is None):
        return False  # (a person or body tells: "teilte das Unternehmen der ZEIT mit"; "die
        # Online-Ausgabe des Spiegel" is the paper's, "die Zeitung The Guardian" one outlet)
    if d.i not in outlet_candidate(sent, d):
        return False  # (an outlet further down: "…, Wolfgang Knoll, zur APA")
    name = outlet_in(sent, sent.subtree(d.i))
    return name is not None and lexicon.load().outlets.get(name) not in (None, "generic")


def outlet_candidate(sent: Sentence, w: Word) -> list[int]:
    """The mention of the first outlet name in the phrase of `w`, or []."""
    lex = lexicon.load()
    for j in sent.subtree(w.i):
        x = sent.words[j]
        if x.upos in ("PROPN", "NOUN", "X") and (lex.outlet(x.text) or x.lemma in lex.outlets):
            return mention(sent, sent.words[j])
    if w.upos in ("PROPN", "NOUN") and lex.outlets.get(outlet_in(sent, sent.subtree(w.i)) or "") not in (None, "generic"):
        return mention(sent, w)  # a name of several words: "dem Evangelischen Pressedienst"
    return []


def inverted(sent: Sentence, v: Word, subj: list[Word], front: int | None = None) -> bool:
    """"<clause>, sagte X": a comma right before the verb (or its finite auxiliary at
    `front`, see `verb_front`) and a finite clause before the comma (not "Ein Sprecher,
    Lars Beringer, sagte", where the comma closes an apposition)."""
    front = verb_front(sent, v).i if front is None else front
    if subj and subj[0].i > front:
        return False
    if not subj and v.deprel == "conj" and 0 <= v.head < v.i and sent.dependents(v.head, "nsubj") \
            and not any(w.upos in ("NOUN", "PROPN") and w.featdict.get("Case") == "Nom"
                        and not never_nominative(sent, w) for w in sent.words[front + 1:]):
        return False  # "Oxfam begrüßte die Entscheidung, fordert aber einen …": the subject is
        # shared, no nominative follows (unlike "…, versicherte am Freitag der Vizechef …")
    if v.i >= 2 and sent.words[v.i - 1].text.lower() == "so" and sent.words[v.i - 2].text in (",", "–", "—", "("):
        return True  # "Die Meinungsfreiheit, so urteilte der Gerichtshof, wird …": set in
    if subj and subj[0].i == 0 and subj[0].text.lower() in ("dies", "das", "dieses", "es"):
        return True  # "Dies bestätigte Stoiber": the demonstrative is the object
    if subj and subj[0].text.lower() in ("dies", "das", "dieses") and subj[0].i + 1 == v.i \
            and sent.words[subj[0].i - 1].text in (",", ";", "–", "—"):
        return True  # "…, das teilte das Institut mit": the same after a comma (a relative
        # "das" would end its clause with the verb)
    if front < 2 or sent.words[front - 1].text not in (",", "–", "—"):
        return False
    inside_subj = set(sent.subtree(subj[0].i)) if subj else set()
    return any(w.i < front - 1 and w.i not in inside_subj and w.upos in ("VERB", "AUX")
               and (w.xpos.endswith("FIN") or w.featdict.get("VerbForm") == "Fin") for w in sent.words)


def verb_front(sent: Sentence, v: Word) -> Word:
    """The finite auxiliary right after a comma that opens the verbs of `v` before it
    ("…, hatte Koch-Mehrin damals gesagt": "hatte"), or `v` itself."""
    if sent.words[0].xpos in ("KOUS", "KOUI"):
        return v  # "Falls das Tonband echt ist, hat dieser … angedroht": a clause set before, not said
    aux = [a for a in sent.dependents(v.i, "aux") if a.i < v.i and is_finite(a)
           and (a.lemma in ("haben", "sein") or a.lemma == "werden" and v.xpos.endswith("INF"))
           and a.i > 0 and sent.words[a.i - 1].text in (",", "–", "—")]
    return aux[0] if aux else v


def first_noun_after(sent: Sentence, v: Word, front: int | None = None) -> Word | None:
    """"…, versicherte am Freitag der Vizechef der Präsidialverwaltung Andej Taranow": when
    the parser hung the subject on the adverbial before it, the first noun phrase after
    the verb (or after its finite auxiliary `front`) that no preposition governs is the
    subject."""
    for w in sent.words[(v.i if front is None else front) + 1:]:
        if w.upos in ("VERB", "AUX") or w.text in (",", ";", ":"):
            return None
        if w.upos in ("NOUN", "PROPN") and not sent.dependents(w.i, "case") \
                and not (w.head >= 0 and sent.words[w.head].upos in ("NOUN", "PROPN") and w.head > v.i
                         and w.deprel.split(":")[0] in ("flat", "compound", "appos")):
            return w
    return None


def has_name(sent: Sentence, w: Word) -> bool:
    """A person or institution by name or role, or a personal pronoun standing for one."""
    lex = lexicon.load()
    if w.upos == "PRON" and w.xpos == "PPER" and w.text.lower() in ("er", "sie", "ich", "wir"):
        return True
    return any(sent.words[j].upos == "PROPN" or sent.words[j].lemma in lex.roles for j in mention(sent, w))


def names_someone(sent: Sentence, w: Word) -> bool:
    """Is `w` a name, a title, or a noun with a name beside it ("der Vorsitzende Franz
    Müntefering")?  Not a thing whose compound holds a name ("das VW-Gesetz")."""
    return w.upos == "PROPN" or is_role(w.text) or any(
        d.upos == "PROPN" and not d.deprel.startswith("compound") for d in sent.dependents(w.i))


def prefer_named(sent: Sentence, v: Word, subj: list[Word]) -> list[Word]:
    """Object-first sentences fool the parser ("Die Anwendung … stellte der Vorsitzende
    Franz Müntefering in Frage"): when the subject names no one and another bare noun
    phrase of the verb is a named person in the nominative, that one speaks."""
    if subj and subj[0].deprel == "nsubj" and not has_name(sent, subj[0]) and subj[0].upos != "PRON":
        others = [d for d in sent.dependents(v.i, "obj", "iobj", "nsubj", "obl")
                  if d is not subj[0] and not sent.dependents(d.i, "case", "mark")
                  and d.featdict.get("Case") == "Nom" and has_name(sent, d) and names_someone(sent, d)
                  and before_or_joined(sent, v, d)]
        if others:
            return [others[0]]
    return subj


#: verbs whose "von" phrase is what is said: "wird von einer hohen Waldbrandgefahr ausgegangen"
VON_OBJECT = {"ausgehen", "sprechen", "abraten", "absehen"}
#: verbs whose "von" phrase may be what the talk is about: "schreiben die Verfasser von Risiken"
VON_TOPIC = VON_OBJECT | {"schreiben", "berichten", "erzählen", "träumen", "warnen"}


def without_topic(sent: Sentence, lemma: str, m: list[int]) -> list[int]:
    """"In einem Stammblatt schreiben die Verfasser von schwerwiegenden Risiken", "hat die
    Landwirtschaftskammer von einem Wertschöpfungsverlust gesprochen": the parser hung what
    they talk about on the speaker; a "von" phrase whose noun cannot speak is the verb's,
    not part of who spoke ("die Kollegen von Reuters" is)."""
    if lemma not in VON_TOPIC:
        return m
    for j in m:
        d = sent.words[j]
        if d.deprel == "nmod" and any(c.lemma == "von" for c in sent.dependents(d.i, "case")) \
                and d.upos == "NOUN" and not plausible_source(sent, mention(sent, d)):
            return [k for k in m if k < min(sent.subtree(d.i))]
    return m


def passive_agent(sent: Sentence, v: Word, lemma: str) -> list[Word]:
    """The "von" phrase of a passive ("wurde von der Polizei mitgeteilt").  Not one with a
    number whose noun cannot speak: "Es wurde eine Transfersumme von zehn Millionen Euro
    genannt" is an amount the parser hung on the verb ("von zwei Zeugen" is an agent); nor
    what a verb of `VON_OBJECT` is about, unless it could speak."""
    agent = sent.dependents(v.i, "obl:agent") or [
        w for w in sent.dependents(v.i, "obl") if any(c.lemma == "von" for c in sent.dependents(w.i, "case"))]
    phrases = [(w, mention(sent, w)) for w in agent]
    return [w for w, m in phrases if not ((any(sent.words[j].upos == "NUM" for j in m) or lemma in VON_OBJECT)
                                          and not plausible_source(sent, m))]
