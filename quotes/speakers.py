"""Who is speaking: a speaker mention -> the canonical name in the article.

The article is read once for names ("Der belarussische Präsident Alexander Lukaschenko",
"Kremlchef Putin") and the descriptions written next to them.  A mention is then
resolved: a name to the fullest form of that name in the article; a pronoun to the
speaker the text is talking about; a description ("der Kremlchef", "der belarussische
Machthaber") to the person that description was attached to, or to a person with a role
of the same kind; an institution to its name in the nominative.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from difflib import SequenceMatcher
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .german import ADJ_END, stem_adj
from .nlp import Parsed, Sentence, Word
from .nouns import (ACRONYM, common_noun, is_document, is_first_name, is_role, is_speaker_noun, is_time_noun,
                    name_gender, particle_surname, role_gender, role_group)
from .trees import FOCUS_PARTICLES, before_relative_clause, head_word, mention, opens_affiliation, written_mention

PERSONAL = {"er", "sie", "ihm", "ihn", "ihr", "ihnen", "sein", "seine", "seiner", "seinen", "seinem",
            "seines", "ihre", "ihrer", "ihren", "ihrem", "ihres", "dieser", "diese", "jener", "jene"}
FIRST_PERSON = {"ich", "wir", "mir", "mich", "uns"}
NUMBERED = re.compile(r"\d|\b[IVX]+\.?$")
#: pronouns that stand for no one named before
NOBODY_IN_PARTICULAR = {"man", "niemand", "jemand", "was", "wer", "keiner", "keine", "jeder", "jede", "alle",
                        "viele", "einige", "manche", "nichts", "etwas", "andere"}
DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines",
               "deren", "dessen"}  # (relative possessives: "deren Sprecher")
NAME_PARTICLES = {"von", "van", "de", "der", "zu", "al", "bin", "el", "di", "da", "le", "la"}


@dataclass(eq=False)  # identity: two people may share a name string
class Entity:
    name: str  # the fullest form seen
    last: str  # key: the last word of the name
    roles: set[str] = field(default_factory=set)  # nouns written next to the name
    groups: set[str] = field(default_factory=set)  # role groups of those nouns
    adjectives: set[str] = field(default_factory=set)  # "belarussisch", "russisch"
    first_seen: int = 0
    first_outside: int | None = None  # the first mention outside quotation marks
    person: bool = True
    genders: dict[str, int] = field(default_factory=dict)  # Gender feats seen on the name
    role_genders: dict[str, int] = field(default_factory=dict)  # genders of the role nouns beside it

    @property
    def numbered_thing(self) -> bool:
        """A name with a number in it that is no person ("Hartz IV", "Sars-CoV-2"): no
        antecedent of a pronoun."""
        return bool(NUMBERED.search(self.name)) and not self.personish

    @property
    def personish(self) -> bool:
        """Named with a first name or a role: a person rather than a place; not a name
        with a number in it ("Hartz IV", "Sars-CoV-2", "Windows 7") unless a first name
        opens it ("Elizabeth II.")."""
        parts = self.name.split()
        if NUMBERED.search(self.name) and not is_first_name(parts[0]):
            return False
        return self.person and (len(parts) >= 2 or bool(self.roles))

    def gender(self) -> str | None:
        """The gender the roles written beside the name show ("Kanzlerin Angela Merkel"),
        else its first name's ("Renate Künast"), else the one the tagger gave the name
        most often (the tagger says Masc for most names)."""
        if self.role_genders:
            return max(self.role_genders, key=self.role_genders.get)
        return name_gender(self.name) or (max(self.genders, key=self.genders.get) if self.genders else None)

    def tagger_gender_only(self) -> bool:
        """Is the gender known only from the tagger (no title, no known first name)?"""
        return not self.role_genders and name_gender(self.name) is None


@dataclass
class Resolved:
    name: str | None  # canonical speaker
    start: int | None  # mention span in the article
    end: int | None
    mention: str | None
    entity: Entity | None = None


def same_sentence_subject(sent: Sentence, words: list[Word]) -> list[int]:
    """"Der Geschäftsführer ärgerte sich, dass …; er gibt den Ausfall mit 80.000 Euro an":
    a third-person "er"/"sie" whose sentence has a singular person of its gender as the
    subject of an earlier clause points to that person, before any speaker named in
    sentences before."""
    if len(words) != 1 or words[0].text.lower() not in ("er", "sie") or words[0].featdict.get("Number") == "Plur":
        return []
    w = words[0]
    gender = "Masc" if w.text.lower() == "er" else "Fem"
    for s in sent.words[:w.i]:
        if s.deprel == "nsubj" and s.head != w.head and s.featdict.get("Number") == "Sing" \
                and s.featdict.get("Gender") == gender and (
                    s.upos == "NOUN" and is_role(s.text) or s.upos == "PROPN" and s.head >= 0
                    and sent.words[s.head].upos in ("VERB", "AUX")):
            return mention(sent, s)
    return []


def _key(word: str) -> str:
    """A name's key: its last word, and of a hyphened surname the last part, which the
    tokenizer may or may not have split off ("Ennser-Jedenastik", "Ennser" "-" "Jedenastik")."""
    tail = word.lower().rstrip("’'").rsplit("-", 1)[-1]  # ("Pilz’ Vorwurf": the genitive mark)
    return tail or word.lower()


# descriptions that characterise rather than name an office: "der Sozialdemokrat" may be
# the foreign minister just quoted
EPITHETS = {"politician", "expert", "person"}

INDEFINITE = {"ein", "eine", "einer", "eines", "einem", "einen"}


def _closing_apposition(words: list[Word]) -> list[Word]:
    """"die Premierministerin von Queensland, Anna Bligh": a name of two or more words
    that closes the mention after a comma is who the description before it is, however
    the parser hung it (here as a conjunct of "Queensland")."""
    k = len(words)
    while k and words[k - 1].upos == "PUNCT":
        k -= 1
    comma = max((i for i in range(k) if words[i].text == ","), default=-1)
    tail = words[comma + 1:k]
    if comma < 1 or len(tail) < 2 or not all(w.upos == "PROPN" and capitalised(w.text) and not is_role(w.text)
                                             for w in tail):
        return []
    return tail


class Speakers:
    """Name registry of one article plus the discourse state for pronouns."""

    def __init__(self, parsed: Parsed, quoted: Callable[[int], bool] = lambda pos: False):
        """`quoted` tells whether a character position is inside quotation marks."""
        self.text = parsed.text
        self.entities: dict[str, Entity] = {}
        self.recent: list[tuple[int, Entity]] = []  # (char position, entity) of speakers so far
        self.described: dict[str, str] = {}  # "Junge Kurie" -> the fullest description seen
        self.groups: list[tuple[int, str]] = []  # (char position, name) of plural speakers so far
        self.described_speakers: list[tuple[int, str, str]] = []  # (position, description, gender) of "die Ministerin"
        # people who share a surname ("Bill Clinton", "Hillary Clinton"): surname -> first
        # name -> entity, and where each was named with the first name
        self.by_first: dict[str, dict[str, Entity]] = {}
        self.named_at: dict[str, list[tuple[int, Entity]]] = {}
        for sent in parsed.sentences:
            for chain in _chains(sent):
                words = [sent.words[j] for j in chain]
                ent = self._register(words)
                if ent.first_outside is None and not quoted(words[0].start):
                    ent.first_outside = words[0].start
                # descriptions written with the name: "Kremlchef Putin", "der russische Präsident Putin"
                head = sent.words[chain[-1]]
                for w in _np_words(sent, chain):
                    if head.head == w.i and head.deprel.startswith("nmod") or (
                            w.i == chain[-1] + 1 and head.text.endswith("s")):
                        continue  # "der CSU-Vorsitzende der ARD", "Thüringens Ministerpräsident": no such title
                    if w.upos in ("NOUN", "PROPN") and role_group(w.text):
                        ent.roles.add(w.text)
                        ent.groups.add(role_group(w.text))
                        # the title right before the name or the noun it stands in apposition to
                        # ("Kanzlerin Merkel", "die Geschäftsführerin …, Manuela Roßbach"), not
                        # "UN-Sprecher" nor "Sprecher der UN-Büros"
                        titled = w.i == chain[0] - 1 or sent.words[chain[0]].head == w.i
                        rg = role_gender(w.text) if titled and not compound_modifier(sent, head) else None
                        if rg:
                            ent.role_genders[rg] = ent.role_genders.get(rg, 0) + 1
                    elif w.upos == "ADJ":
                        ent.adjectives.add(stem_adj(w.text))
                if head.upos != "PROPN" and not (len(words) > 2 and words[-2].text.lower() in NAME_PARTICLES) \
                        and not (len(words) >= 2 and is_first_name(words[-2].text)):
                    ent.person = False  # ("von der Leyen": a surname the tagger called a noun)
                g = head.featdict.get("Gender")
                if g:
                    ent.genders[g] = ent.genders.get(g, 0) + 1
        # "Internationale Föderation der Rotkreuz- und Rothalbmond-Gesellschaften (IFRC)":
        # the short form stands for the long one, which is the fuller name
        for sent in parsed.sentences:
            for short, long_words in _acronyms(sent):
                key = _key(short.text)
                ent = self.entities.get(key)
                if ent is None:
                    ent = self.entities[key] = Entity(short.text, key, first_seen=short.start, person=False)
                ent.name, ent.person = _normalise_np(long_words), False
        # genitive forms: "Lukaschenkos" is Lukaschenko
        for k in list(self.entities):
            if k.endswith("s") and k[:-1] in self.entities and k != k[:-1]:
                self.entities[k] = self.entities[k[:-1]]

    # -- resolution -----------------------------------------------------------------

    def resolve(self, sent: Sentence, idx: list[int]) -> Resolved:
        """Canonical speaker for the mention sent.words[idx]."""
        if not idx:
            return Resolved(None, None, None, None)
        idx = before_relative_clause(sent, self._with_name_after_title(sent, sorted(idx)))
        words = [sent.words[j] for j in idx]
        shown = written_mention(sent, idx)
        start, end = sent.words[shown[0]].start, sent.words[shown[-1]].end
        written = self.text[start:end]
        earlier = same_sentence_subject(sent, words)
        if earlier:
            r = self.resolve(sent, earlier)
            return Resolved(r.name, start, end, written, r.entity)
        group = self._group_for(sent, words, start)
        if group is not None:
            return Resolved(group, start, end, written)
        ent = self.entity_for(sent, words, start)
        head = head_word(sent, words)
        description = None
        if head is not None and head.upos == "NOUN" and _plural(words, head):
            description = self._fullest_description(sent, words)
            self.groups.append((start, description or ""))
        if ent is not None:
            self.recent.append((start, ent))
            return Resolved(ent.name, start, end, written, ent)
        if description is None:
            description = self._fullest_description(sent, words)
        if description is None:
            description = self._described_before(words, start)
        elif head is not None and role_gender(head.text) and words[0].text.lower() in ("der", "die"):
            self.described_speakers.append((start, description, role_gender(head.text)))
        return Resolved(description, start, end, written)

    def _described_before(self, words: list[Word], pos: int) -> str | None:
        """""Die Ministerin antwortete: „Nein.“ Sie fügte hinzu, …": a pronoun with no
        named person before it goes to the person just described by a title of its
        gender, if no one was named since."""
        low = words[0].text.lower() if len(words) == 1 else None
        gender = {"er": "Masc", "sie": "Fem"}.get(low or "")
        if gender is None or not self.described_speakers or (low == "sie" and words[0].featdict.get("Number") == "Plur"):
            return None
        at, name, g = self.described_speakers[-1]
        named_since = any(at < p < pos for p, _ in self.recent)
        return name if g == gender and at < pos and not named_since else None

    def _group_for(self, sent: Sentence, words: list[Word], pos: int) -> str | None:
        """"Forscher um Aneta Afelt … schreiben … Darin warnen sie": a plural "sie" (the
        verb's ending says so) is the plural speaker named last, if no one was named since."""
        if len(words) != 1 or words[0].text.lower() != "sie" or not self.groups:
            return None
        w = words[0]
        if not (w.featdict.get("Number") == "Plur" or _agrees_plural(sent, w)):
            return None
        at, name = self.groups[-1]
        last_person = max((p for p, _ in self.recent if p < pos), default=-1)
        return name if name and last_person <= at < pos else None

    def _fullest_description(self, sent: Sentence, words: list[Word]) -> str | None:
        """"die Junge Kurie" after "Die … Junge Kurie der Österreichischen Akademie der
        Wissenschaften": a definite description is named as fully as the article named
        it before.  An indefinite one ("eine Sprecherin") is someone new."""
        name = name_of(sent, words)
        core = _core(sent, words)
        if name is None or core is None:
            return name
        known = self.described.get(core)
        tail = name[len(core):].split() if name.startswith(core) else None
        fuller = tail == [] or bool(tail) and tail[0] in ("der", "des", "von", "vom")
        if fuller and (known is None or len(name) > len(known)):
            self.described[core] = name  # "… der Akademie …", not "… zu kleineren Rangeleien"
        if name == core and known and words[0].text.lower() not in INDEFINITE:
            return known
        return name

    def entity_for(self, sent: Sentence, words: list[Word], pos: int) -> Entity | None:
        """The person or institution the mention `words` (at character `pos`) stands for:
        a name, a pronoun's antecedent, a description's person; None for someone new."""
        start = next((k for k, w in enumerate(words) if w.text.lower() not in FOCUS_PARTICLES and w.upos != "ADP"), 0)
        words = words[start:]  # ("Auch Jürgen Allerkamp, Vorstandsvorsitzender der …"; "von Holm Keller, …")
        if _seat_named(words):
            return None  # the authority speaks, not its seat: described as a whole
        lead = _lead_name(sent, words)
        if lead and len(lead) < len(words) and (words[len(lead)].text == ","
                                                or opens_affiliation(sent, words[len(lead)].i)):
            return self._named(lead)  # (before any title in the apposition: "…, einer der
            # führenden Intensivmediziner Berlins"; before an affiliation: "Yolanda Alvarez
            # vom Sender RTVE")
        titled = self._after_title(sent, words) or _closing_apposition(words)
        if titled:
            return self._named(titled)
        own = self._head_name(sent, words)
        if own is not None:
            return own
        top = head_word(sent, words)
        if top is not None and top.upos == "NOUN" and is_role(top.text) and words[0].text.lower() not in INDEFINITE:
            # "Der Vorsitzende der Privatangestellten-Gewerkschaft (GPA-djp)": a title whose
            # holder the article has named, before the organisation inside it
            described = self._description(words, top, pos)
            if described is not None:
                return described
        known = self._known_name(sent, words)
        if known is not None:
            return known
        props = [w for w in words if (w.upos == "PROPN" or (w.upos == "X" and w.text[:1].isupper()))
                 and not is_role(w.text)]
        if props:
            return None
        head = head_word(sent, words)
        if head is None or words[0].text.lower() in INDEFINITE:
            return None  # "Ein Porschesprecher", "Einer der Feuerwehrmänner": someone new
        low = head.text.lower()
        if low in NOBODY_IN_PARTICULAR:
            after = sent.words[head.i + 1:head.i + 5]
            if after and after[0].text == "wie":  # "jemand wie Max Weber"
                run = []
                for w in after[1:]:
                    if w.upos != "PROPN":
                        break
                    run.append(w)
                return self._named(run) if run else None
            return None  # "man vermutet", "Niemand erwartet", "Was … beschlossen hat": no one to point back to
        if head.upos == "PRON" or low in PERSONAL:
            if low in FIRST_PERSON:
                return None
            plural = head.featdict.get("Number") == "Plur" and low == "sie"
            gender = None if plural else ("Masc" if low in ("er", "ihm", "ihn") or low.startswith("sein")
                                          else "Fem" if low in ("sie", "ihr") else None)
            return self._antecedent(pos, plural=plural, gender=gender)
        if head.upos in ("NOUN", "PROPN") and (role_group(head.text) or AGED.match(head.text)):
            return self._description(words, head, pos) or self._epithet(words, head, pos)
        return None

    def _after_title(self, sent: Sentence, words: list[Word]) -> list[Word]:
        """"Russlands Verteidigungsminister Sergej Schoigu": the run of names after the
        last title in the mention (up to "(SPD)"); an earlier title only when the last
        names a country ("der erste … Monarch Japans" after "Kaiser Naruhito")."""
        roles_at = [i for i, w in enumerate(words) if w.upos in ("NOUN", "PROPN") and is_role(w.text)]
        for at in reversed(roles_at):
            tail = []
            for w in words[at + 1:]:
                if tail and (surname := particle_surname(sent, w.i)):
                    tail += [sent.words[j] for j in surname]  # "Ursula von der Leyen"
                    break
                if (not capitalised(w.text) or w.upos == "PUNCT") and not (tail and _joins(sent, w.i)):
                    break
                tail.append(w)
            while tail and tail[-1].upos == "PUNCT":
                tail.pop()
            tail = [sent.words[j] for j in _hyphen_end(sent, [w.i for w in tail])] if tail else tail
            if not (tail and self._genitive(tail)):
                return tail
        return []

    def _genitive(self, tail: list[Word]) -> bool:
        """"Monarch Japans", "Präsident Russlands": a name in the genitive after a title is
        whose title it is, not who holds it."""
        if len(tail) != 1:
            return False
        w = tail[0]
        return w.featdict.get("Case") == "Gen" or (w.text.endswith("s") and _key(w.text[:-1]) in self.entities)

    def _known_name(self, sent: Sentence, words: list[Word]) -> Entity | None:
        """A name in the mention that the article has named, the last one first; outside
        the mention's prepositional phrases first, since "in Hamburg" is not who spoke;
        inside them only a person ("der Vorsitzende des Verbands in Deutschland, Michael
        Knipper"), never a place ("im Beitrag zur Demonstration in Berlin", "Ein
        Regierungssprecher in Berlin")."""
        outside = _outside_phrases(sent, words)
        top = head_word(sent, words)
        for w in [*reversed(outside), *reversed(words)]:
            if w.deprel == "nmod:poss" and top is not None and top.upos == "NOUN" and w.i < top.i:
                continue  # "Obamas Wahlkampfteam", "Merkels Sprecher": the team speaks, not its owner
            if compound_modifier(sent, w):
                continue  # "die EU-Kommission", "der BBC-Korrespondent": the whole compound speaks
            key = _key(w.text)
            if capitalised(w.text) and (key in self.entities or (key.endswith("s") and key[:-1] in self.entities)):
                ent = self._person(key if key in self.entities else key[:-1], [x for x in words if x.i <= w.i])
                if w.i > 1 and sent.words[w.i - 1].text == "(" and self._named_person(sent.words[w.i - 2]):
                    continue  # "Stephan Pilsinger (CSU)": the party in brackets after a name is not who speaks
                if w in outside or ent.personish:
                    return ent
        return None

    def _named_person(self, w: Word) -> bool:
        """Is `w` the last word of a person's name the article gives with a first name?"""
        ent = self.entities.get(_key(w.text))
        return w.upos == "PROPN" and ent is not None and ent.person and is_first_name(ent.name.split()[0])

    def _with_name_after_title(self, sent: Sentence, idx: list[int]) -> list[int]:
        """"nach Angaben von Polizeisprecher Roman Hahslinger", "empfiehlt DAI-Chefin
        Bortenlänger": the parser may leave the name after a title out of the title's
        phrase (and tag it a noun), or a surname with a particle after a first name; it
        belongs to the mention."""
        idx = sorted(idx)
        last = sent.words[idx[-1]]
        if last.upos == "PROPN" and (surname := particle_surname(sent, last.i + 1)):
            return idx + surname  # "Ursula" with "von der Leyen" the parser hung elsewhere
        if not (last.upos in ("NOUN", "PROPN") and is_role(last.text)):
            return idx
        run = []
        for w in sent.words[idx[-1] + 1:idx[-1] + 6]:
            if run and (surname := particle_surname(sent, w.i)):
                run += [sent.words[j] for j in surname]  # "Kommissionspräsidentin Ursula von der Leyen"
                break
            if w.upos in ("PROPN", "NOUN", "X") and capitalised(w.text) and not is_role(w.text) \
                    or (run and _joins(sent, w.i)):
                run.append(w)
            else:
                break
        while run and run[-1].upos == "PUNCT":
            run.pop()
        if run and (any(w.upos == "PROPN" for w in run) or _key(run[-1].text) in self.entities):
            return idx + [w.i for w in run]
        return idx

    def _head_name(self, sent: Sentence, words: list[Word]) -> Entity | None:
        """The known name the mention is headed by: "Jonas Schmidt-Chanasit" in "Jonas
        Schmidt-Chanasit vom Bernhard-Nocht-Institut in Hamburg"."""
        top = head_word(sent, words)
        if top is None or top.upos != "PROPN" or len(top.text) < 2 or sent.dependents(top.i, "conj"):
            return None  # "Sonia und Willy Bogner": two people, the old rule picks one
        at = words.index(top)
        end = at
        while end + 1 < len(words) and (words[end + 1].upos == "PROPN" or _joins(sent, words[end + 1].i)):
            end += 1
        while end > at and words[end].upos == "PUNCT":
            end -= 1
        if compound_modifier(sent, words[end]):
            return None
        return self._person(_key(words[end].text), words[:end + 1])

    def note_subjects(self, sent: Sentence) -> None:
        """Subjects named in the sentence ("Lukaschenko traf …") become the people a later
        "er" may point to, whether or not they speak: pronoun resolution stays on track."""
        for w in sent.words:
            if w.deprel in ("nsubj", "nsubj:pass") and w.upos in ("PROPN", "NOUN"):
                words = [sent.words[j] for j in mention(sent, w)]
                if any(m.upos == "PROPN" for m in words):
                    self.note(w.start, self.entity_for(sent, words, w.start))

    def _named(self, name: list[Word]) -> Entity:
        """The entity for a run of name words, registered under its last word if new."""
        key = _key(name[-1].text)
        if key not in self.entities:
            self.entities[key] = Entity(spelled(self.text, name), key, first_seen=name[0].start)
        return self._person(key, name)

    def _register(self, words: list[Word]) -> Entity:
        """The entity of a name read from the article, registered under its surname
        and named as fully as the article names it."""
        name = spelled(self.text, words)
        last = _key(words[-1].text)
        ent = self.entities.get(last)
        if ent is None:
            ent = self.entities[last] = Entity(name, last, first_seen=words[0].start)
        ent = self._namesake(ent, words, name)
        if len(name.split()) > len(ent.name.split()):
            ent.name = name
        return ent

    def _namesake(self, ent: Entity, words: list[Word], name: str) -> Entity:
        """`ent`, the entity of a surname, unless the first name in `words` shows someone
        else of that surname ("Hillary Clinton" after "Bill Clinton"), who gets an entity
        of their own."""
        first = words[0].text if len(words) >= 2 and is_first_name(words[0].text) \
            and words[1].start > words[0].end else None  # (not "Al" in "Al-Hussein")
        if first is None:
            return ent
        people = self.by_first.setdefault(ent.last, {})
        # ("Sergei Schoigu" after "Sergej Schoigu": one man, transliterated two ways)
        first = next((f for f in people if _same_first_name(f, first)), first)
        if not people:
            people[first] = ent  # (the first of that surname named with a first name)
        elif first not in people:
            people[first] = Entity(name, ent.last, first_seen=words[0].start)
        self.named_at.setdefault(ent.last, []).append((words[0].start, people[first]))
        return people[first]

    def _person(self, key: str, words: list[Word]) -> Entity | None:
        """The entity for a name ending in `key`: by its first name among people of that
        surname, and for the surname alone the one last named in full before it."""
        ent = self.entities.get(key)
        people = self.by_first.get(key, {})
        if ent is None or len(people) < 2:
            return ent
        first = next((f for w in words[:-1] for f in people if _same_first_name(f, w.text)), None)
        if first is not None:
            return people[first]
        before = [e for p, e in self.named_at.get(key, []) if p < words[-1].start]
        return before[-1] if before else ent

    def _antecedent(self, pos: int, plural: bool = False, gender: str | None = None) -> Entity | None:
        """The speaker a pronoun points to: the last speaker before `pos` whose gender
        does not contradict the pronoun's, or failing that the last person named."""
        def fits(e: Entity) -> bool:
            g = e.gender()
            return gender is None or g is None or g == gender
        before = [e for p, e in self.recent if p < pos and (e.person or plural) and fits(e) and not e.numbered_thing]
        if not before and gender == "Fem" and not plural:
            # "…, sagte Merkel. „…“, sagte sie": the tagger says Masc for most names, women's
            # too; a speaker whose gender only the tagger gave is not ruled out
            last = [(p, e) for p, e in self.recent if p < pos][-1:]
            before = [e for p, e in last if e.person and not e.numbered_thing and e.tagger_gender_only()
                      and pos - p < 250]  # (the speaker just named)
        people = [e for e in before if e.personish]
        if people and not plural:
            return people[-1]  # "er" is Lukaschenko, not Moskau
        if before:
            return before[-1]
        # (not a name only quoted: „… mit Lieferando …“, sagt er)
        named = sorted(((e.personish, e.first_seen, id(e)), e) for e in set(self.entities.values())
                       if e.first_outside is not None and e.first_outside < pos and e.person and fits(e)
                       and not e.numbered_thing)
        return named[-1][1] if named else None

    def _description(self, words: list[Word], head: Word, pos: int) -> Entity | None:
        if _plural(words, head):
            return None  # "nach Angaben der beteiligten Wissenschafter": not one person
        adjs = {stem_adj(w.text) for w in words if w.upos == "ADJ"}
        group = role_group(head.text)
        best, best_score = None, 0.0
        recent_rank = {id(e): i for i, (_, e) in enumerate(self.recent)}
        for ent in set(self.entities.values()):
            if not ent.person or ent.first_seen > pos:
                continue
            score = 0.0
            if head.text in ent.roles or head.lemma in ent.roles:
                score += 2
            elif group in ent.groups:
                score += 1
            else:
                continue
            score += 0.5 * len(adjs & ent.adjectives)
            score += 0.01 * recent_rank.get(id(ent), -1)
            if score > best_score:
                best, best_score = ent, score
        return best

    def _epithet(self, words: list[Word], head: Word, pos: int) -> Entity | None:
        """"…, sagt der Virologe", "so der Sozialdemokrat": a definite description that no
        one in the article was introduced with stands for the person just quoted, as an
        epithet does in news prose; so does an age ("schrieb die 53-Jährige"). A description
        of an office ("der Staatsanwalt") is not taken so: it is more often someone new."""
        group = "person" if AGED.match(head.text) else role_group(head.text)
        article = words[0].text.lower()
        if article not in ("der", "die") or _plural(words, head) or group not in EPITHETS:
            return None
        if any(w.upos == "ADJ" and w.text.endswith("en") for w in words[1:]):
            return None  # "des zuständigen Virologen": not the subject, so rarely an epithet
        gender = "Masc" if article == "der" else "Fem"  # the article knows better than the tagger
        for _, ent in reversed(self.recent):
            if ent.first_seen > pos or not ent.person or len(ent.name.split()) < 2:
                continue  # a person named in full, not "EU" or "Moskau"
            if not ent.gender() or ent.gender() == gender:
                return ent
        return None

    @contextmanager
    def quietly(self):
        """Resolve mentions without making them the people later pronouns point to (for
        rules whose attributions must not change what the others see)."""
        n, g, d = len(self.recent), len(self.groups), len(self.described_speakers)
        try:
            yield self
        finally:
            del self.recent[n:]
            del self.groups[g:]
            del self.described_speakers[d:]

    def note(self, pos: int, ent: Entity | None) -> None:
        if ent is not None:
            self.recent.append((pos, ent))


def _lead_name(sent: Sentence, words: list[Word]) -> list[Word]:
    """The name a mention opens with ("Sergei Voznyak, Pressesprecher von …": the name
    first), with a hyphen the tokenizer split off and a particle ("Kurt von Figura")."""
    lead: list[Word] = []
    for k, w in enumerate(words):
        particle = lead and w.text in ("von", "van", "de", "zu") and k + 1 < len(words) \
            and words[k + 1].upos == "PROPN" and words[k + 1].text[:1].isupper()
        # ("Holm Keller, Vorsitzender …": a surname the tagger took for a common noun,
        # after a single first name and before the comma of the apposition)
        surname = len(lead) == 1 and w.upos == "NOUN" and k + 1 < len(words) and words[k + 1].text == "," \
            and not is_role(w.text) and w.text[:1].isupper()
        if (w.upos != "PROPN" or is_role(w.text)) and not (lead and _joins(sent, w.i)) and not particle \
                and not surname:
            break
        lead.append(w)
    return lead


def _core(sent: Sentence, words: list[Word]) -> str | None:
    """A description up to its head noun, as a reader would list it ("Junge Kurie" of "die
    Junge Kurie der Österreichischen Akademie …"), or None."""
    ids = {w.i for w in words}
    top = next((w for w in words if w.head not in ids and w.upos == "NOUN"), None)
    if top is None:
        return None
    return _normalise_np([w for w in words if w.i <= top.i])


def _agrees_plural(sent: Sentence, subj: Word) -> bool:
    """Does the subject `subj` take a plural finite verb?  "Darin warnen sie": the tagger
    may call "sie" singular, the verb's ending says it is "they"."""
    if not subj.deprel.startswith("nsubj") or subj.head < 0:
        return False
    verb = sent.words[subj.head]
    return any(w.featdict.get("VerbForm") == "Fin" and w.featdict.get("Number") == "Plur"
               for w in [verb] + sent.dependents(verb.i, "aux", "cop"))


def _plural(words: list[Word], head: Word) -> bool:
    """"die Richter", "der beteiligten Wissenschafter": the tagger's number, or "der" with a
    weak adjective before a masculine noun, which only the genitive plural allows."""
    if head.featdict.get("Number") == "Plur":
        return True
    return words[0].text.lower() == "der" and not head.text.endswith("in") \
        and any(w.upos == "ADJ" and w.text.endswith("en") for w in words[1:])


AGENT_ENDINGS = ("er", "erin", "ist", "istin", "ent", "entin", "ant", "antin", "eur", "eurin", "or", "orin",
                 "oge", "ogin", "at", "atin")


def plausible_source(sent: Sentence, idx: list[int]) -> bool:
    """Could the mention sent.words[idx] say something?  A name, a pronoun, a person ("Anwohner",
    "der Virologe"), a body ("die Staatsanwaltschaft", "das Bundesamt"), a document or
    an outlet can; "die Kehrtwende", "Piktogramme", "die Datenerhebung" cannot.  Read
    where a rule takes a subject for the speaker without a speech verb to vouch for it."""
    words = [sent.words[j] for j in idx]
    head = head_word(sent, words)
    if head is None:
        return False
    if any(w.upos == "PROPN" for w in words):
        return True  # "Das Eingeständnis der Ministerin Rita Verdonk": the name inside speaks
    if head.upos != "NOUN":
        return head.upos in ("PROPN", "PRON", "X")
    if is_document(head):
        return True
    forms = {head.text, head.lemma, head.text[:-1] if head.text.endswith("n") else head.text}  # "Alliierten"
    for form in forms:
        low = form.lower()
        if is_role(form) or lexicon.load().outlet(form) or low.endswith(AGENT_ENDINGS) or is_speaker_noun(form):
            return True
    return False


def name_of(sent: Sentence, words: list[Word]) -> str | None:
    """The speaker's name for a mention that stands for no one named in the article: the
    description as a reader would list it ("Belarussisches Verteidigungsministerium"),
    or None for a pronoun or a word with no noun ("er" with no one before it, "Ich",
    "Das", "man"): the mention stays on the quote, the speaker is unknown."""
    head = head_word(sent, words)
    if head is None or not any(w.upos in ("NOUN", "PROPN", "X") for w in words):
        return None
    if head.upos == "PRON" or head.text.lower() in PERSONAL | FIRST_PERSON | DETERMINERS | {"man", "es"}:
        return None
    return _normalise_np(words)


#: a surname with a particle joined by a hyphen: "el-Baradei", "al-Assad", "bin-Laden"
ARABIC_PARTICLE = re.compile(r"^(al|el|as|ad|ar|asch|at|bin|ibn|ben|abu)-[A-ZÄÖÜ]")


def _same_first_name(a: str, b: str) -> bool:
    """Are these one first name, maybe transliterated two ways ("Sergei", "Sergej")?"""
    return SequenceMatcher(None, a, b).ratio() >= 0.75


def capitalised(text: str) -> bool:
    """Is the word written as a name is: a capital first, or a particle joined to one
    ("el-Baradei", "al-Assad")?"""
    return text[:1].isupper() or ARABIC_PARTICLE.match(text) is not None


def _name_chains(sent: Sentence) -> list[list[int]]:
    """Runs of adjacent proper nouns ("Alexander Lukaschenko", "Sergej Schoigu")."""
    chains, cur = [], []
    surname: list[int] = []  # the words of "von der Leyen" once its particle is seen
    for w in sent.words:
        if w.upos == "PROPN" and is_role(w.text) and not _joins(sent, w.i - 1):
            if cur:  # "Hamburgs Schulsenator Ties Rabe", all tagged names: the title ends a run
                chains.append(cur)
            cur = []
            continue
        if w.upos == "PROPN" and capitalised(w.text) and re.match(r"^\w[\w.'’-]*$", w.text):
            if not cur and w.i >= 2 and _joins(sent, w.i - 1) and sent.words[w.i - 2].upos in ("NOUN", "ADJ", "X"):
                cur.extend([w.i - 2, w.i - 1])  # "Spiegel-Online": the first part tagged a noun
            cur.append(w.i)
        elif cur and is_first_name(sent.words[cur[-1]].text) and w.upos in ("NOUN", "ADJ", "X") \
                and w.text[:1].isupper() and w.text.isalpha() and not is_role(w.text):
            cur.append(w.i)  # "Julian Schwarze", "Burkhard Jung": a surname that is a word too
        elif cur and _joins(sent, w.i - 1) and w.upos in ("NOUN", "X") and not common_noun(w) \
                and not ACRONYM.match(sent.words[w.i - 2].text) \
                and not (w.i + 1 < len(sent.words) and sent.words[w.i + 1].upos == "PROPN"):
            cur.append(w.i)  # "Müller-Piepenkötter", the second part tagged a noun (not the
            # title in "EU-Außenbeauftragte Javier Solana")
        elif cur and _joins(sent, w.i):
            cur.append(w.i)  # "Schmidt-Chanasit", which the tokenizer splits at the hyphen
        elif w.i in surname or (starts := particle_surname(sent, w.i)) and (
                sent.words[cur[-1]].upos == "PROPN" if cur else w.i == 0 or sent.words[w.i - 1].upos not in ("NOUN", "PROPN")):
            surname = starts or surname
            cur.append(w.i)  # "(Ursula) von der Leyen": "Leyen" tagged a noun
        elif cur and w.text.lower() in NAME_PARTICLES and w.i + 1 < len(sent.words) \
                and sent.words[w.i + 1].upos == "PROPN" and (not w.deprel.startswith("case")
                                                             or is_first_name(sent.words[cur[-1]].text)) \
                and (w.text.lower() not in DETERMINERS or sent.words[cur[-1]].text.lower() in NAME_PARTICLES):
            cur.append(w.i)  # "Ursula von der Leyen", not "Lukaschenko von Moskau" nor "Scholz der ARD"
        else:
            if cur:
                chains.append(cur)
            cur = []
    if cur:
        chains.append(cur)
    out = []
    for c in chains:
        while c and sent.words[c[-1]].upos == "PUNCT":
            c = c[:-1]  # "Merkel-Regierung": the name is Merkel
        # "Kremlsprecher Dmitri Peskow": a title the tagger took for part of the name
        while len(c) > 1 and is_role(sent.words[c[0]].text):
            c = c[1:]
        while len(c) > 3 and _joins(sent, c[1]) and is_role(sent.words[c[2]].text):
            c = c[3:]  # "Ex-Vizekanzler Norbert Hofer"
        if len(c) >= 3 and is_first_name(sent.words[c[1]].text) and not is_first_name(sent.words[c[0]].text) \
                and sent.words[c[0]].text.lower() not in NAME_PARTICLES and not _joins(sent, c[1] - 1):
            c = c[1:]  # "Schliersee Franz Schnitzenbaumer", "Oberst Franz Polzer": the name starts at its first name
        c = _hyphen_end(sent, c)
        if not c:
            continue
        if (sent.words[c[-1]].upos == "PROPN" or len(c) > 2 and sent.words[c[-2]].text.lower() in NAME_PARTICLES
                or len(c) >= 2 and is_first_name(sent.words[c[-2]].text)) \
                and not (len(c) == 1 and is_role(sent.words[c[0]].text)):
            out.append(c)
    return out


#: a person by their age, as news prose refers back to someone: "der 54-Jährige"
AGED = re.compile(r"^\d+-[Jj]ährige[nr]?$")

#: authorities named by their seat: "die Staatsanwaltschaft Wien", "das Landgericht Berlin"
SEATED = ("staatsanwaltschaft", "polizei", "gericht", "polizeipräsidium", "polizeidirektion", "feuerwehr",
          "landratsamt", "bezirksamt", "stadtverwaltung", "diözese", "bistum", "universität", "rathaus")


def _seat_named(words: list[Word]) -> bool:
    """Is the mention an authority and the one name after it, its seat ("Die
    Staatsanwaltschaft Wien", "die Polizei Hamburg")?  The speaker is the authority of
    that place, not the place."""
    while words and words[-1].upos == "PUNCT":
        words = words[:-1]
    return len(words) >= 2 and words[-1].upos == "PROPN" and words[-2].upos == "NOUN" \
        and words[-2].end + 1 == words[-1].start and words[-2].lemma.lower().endswith(SEATED) \
        and not any(w.upos == "PROPN" for w in words[:-2])  # (not "Kurt von Figura, Präsident der Universität Göttingen")


def _hyphen_end(sent: Sentence, c: list[int]) -> list[int]:
    """A name that ends in a hyphen: "Ban Ki-" goes on in the word written on to it
    ("moon"); "Nord-" in "der Nord- oder der Südpol" is half a compound, no name."""
    words = sent.words
    last = words[c[-1]]
    after = words[last.i + 1:last.i + 3]

    def rest(w: Word) -> bool:  # "moon", "N" ("PML-N"); not "Angaben" ("UNO-Angaben": the name is UNO)
        return w.text.isalpha() and (w.text.islower() or w.text.isupper() and len(w.text) <= 2)

    if not last.text.endswith("-"):
        if len(after) == 2 and after[0].text == "-" and last.end == after[0].start \
                and after[0].end == after[1].start and rest(after[1]):
            return c + [after[0].i, after[1].i]  # (the tokenizer split "Ki" "-" "moon")
        return c
    if after and after[0].start == last.end and rest(after[0]):
        return c + [after[0].i]
    return c[:-1]


def _chains(sent: Sentence) -> list[list[int]]:
    """The names of a sentence: runs of proper nouns and names after titles, and runs that
    open with a known first name where the tagger saw no name (or the sentence was not
    tagged at all)."""
    chains = _name_chains(sent) + _after_role(sent) if sent.parsed else []
    for r in _first_name_runs(sent):
        hit = [k for k, c in enumerate(chains) if set(c) & set(r)]
        if not hit:
            chains.append(r)
        for k in hit:
            if r[0] < chains[k][0]:  # "Angelique Kerber": the tagger saw a name in "Kerber" only
                chains[k] = sorted(set(chains[k]) | set(r))
    return chains


def _first_name_runs(sent: Sentence) -> list[list[int]]:
    """Names read off the words alone, for sentences that were not tagged (only those
    that may hold a quote are) and names the tagger missed: a known first name and the
    capitalised words after it ("… für Angelique Kerber begonnen"), so that a later "sie"
    or "Kerber" finds her."""
    words, out = sent.words, []
    for w in words:
        if not is_first_name(w.text) or (out and w.i <= out[-1][-1]):
            continue
        run = [w.i]
        for x in words[w.i + 1:w.i + 3]:
            if not (capitalised(x.text) and x.text.replace("-", "").isalpha()) or is_role(x.text):
                break
            run.append(x.i)
            if not is_first_name(x.text):
                break  # the surname ends it ("Hans Peter Müller": two first names first)
        if w.i >= 2 and _joins(sent, w.i - 1) and words[w.i - 2].text[:1].isupper():
            run = [w.i - 2, w.i - 1] + run  # "Hans-Joachim Watzke"
        if len(run) >= 2 and not is_first_name(words[run[-1]].text):
            out.append(run)
    return out


def _outside_phrases(sent: Sentence, words: list[Word]) -> list[Word]:
    """The words of a mention outside its prepositional phrases: in "Jonas Schmidt-Chanasit
    vom Bernhard-Nocht-Institut in Hamburg" or "ein Sprecher von Gegenbauer" the places
    and employers are not who spoke.  The mention's own preposition ("laut New York
    Times"), a name particle ("Karl-Theodor zu Guttenberg") and an apposition after a
    comma (", Dieter Wiefelspütz", wherever the parser hung it) do not count."""
    ids = {w.i for w in words}
    top = head_word(sent, words)

    def governed(w: Word) -> bool:
        return w is not top and any(sent.words[c].deprel == "case" and sent.words[c].upos == "ADP"
                                    and not _particle(sent, c) for c in sent.children[w.i])

    out = []
    for w in words:
        x, inside = w, False
        while x.i in ids and not inside:
            inside = governed(x)
            if x.deprel == "appos" or x.head < 0:
                break
            x = sent.words[x.head]
        if not inside:
            out.append(w)
    return out


def _particle(sent: Sentence, i: int) -> bool:
    """Is word `i` a name particle between two names ("Karl-Theodor zu Guttenberg",
    "Ursula von der Leyen"), not a preposition ("Kempf vom Max-Planck-Institut")?"""
    words = sent.words
    if words[i].text.lower() not in NAME_PARTICLES or i == 0 or words[i - 1].upos != "PROPN":
        return False
    j = i + 1
    if j < len(words) and words[j].text.lower() in NAME_PARTICLES and words[j].start != words[i].start:
        j += 1  # "von der", written as two words (not "vom")
    return j < len(words) and words[j].upos == "PROPN" and words[j].start != words[i].start


def _acronyms(sent: Sentence) -> list[tuple[Word, list[Word]]]:
    """"… der Artikel-29-Datenschutzgruppe (G29)": a short form in brackets right after a
    noun phrase, with the phrase it abbreviates: the smallest one whose capitals spell it
    ("Österreichische Akademie der Wissenschaften (ÖAW)", not the "Junge Kurie" it belongs
    to), else, after a common noun, the first phrase that opens like a name ("Internationale
    Föderation der Rotkreuz- und Rothalbmond-Gesellschaften (IFRC)").  Not a party after a person
    ("Sigmar Gabriel (SPD)") nor the title before a group ("Vorsitzende der …")."""
    words, out = sent.words, []
    for k in range(1, len(words) - 2):
        short = words[k + 1]
        if words[k].text != "(" or words[k + 2].text != ")" or not ACRONYM.match(short.text) \
                or sum(c.isupper() or c.isdigit() for c in short.text) < 2 or words[k - 1].upos not in ("NOUN", "PROPN"):
            continue
        x, phrases = words[k - 1], []
        while True:
            phrase = [words[j] for j in sent.subtree(x.i) if j < k]
            while phrase and phrase[0].upos in ("ADP", "DET", "PUNCT", "CCONJ", "ADV", "PART"):  # ("Auch in der …")
                phrase = phrase[1:]
            if phrase and phrase[-1] is words[k - 1] and all(
                    b.i == a.i + 1 for a, b in zip(phrase, phrase[1:])):
                phrases.append(phrase)
            h = words[x.head] if x.head >= 0 else None
            if h is None or h.i >= k or h.upos not in ("NOUN", "PROPN") or is_role(h.text) \
                    or is_document(h) or x.deprel.split(":")[0] not in ("nmod", "flat", "compound", "conj"):
                break
            x = h
        spelled_by = [p for p in phrases if _spells(short.text, p)]
        # a name-like phrase opens with a capitalised adjective: "Internationale Atomenergie…"
        named = [p for p in phrases if p[0].upos == "ADJ" and p[0].text[:1].isupper()
                 and p[-1].featdict.get("Number") != "Plur"]  # not "Vereinte Nationen" of UNICEF
        if spelled_by:
            out.append((short, spelled_by[0]))
        elif words[k - 1].upos == "NOUN" and phrases:
            out.append((short, named[0] if named else phrases[min(1, len(phrases) - 1)]))
    return out


def _spells(short: str, phrase: list[Word]) -> bool:
    """Do the capitals of `phrase` spell the letters of `short`, in order ("ÖAW": Österreichische
    Akademie der Wissenschaften)?"""
    initials = [part[0] for w in phrase for part in re.split(r"[-–]", w.text) if part[:1].isupper()]
    letters = [c for c in short if c.isalpha()]
    i = 0
    for c in initials:
        if i < len(letters) and c.upper() == letters[i].upper():
            i += 1
    return i == len(letters) and len(letters) >= 2


def compound_modifier(sent: Sentence, w: Word) -> bool:
    """Is `w` the first part of a hyphenated compound whose last part is a common noun
    ("EU-Kommission", "BBC-Korrespondent", "Merkel-Regierung")?  The compound names who
    spoke, not its first part -- except before a noun of attribution or a document: "nach
    NASA-Angaben", "ein LSVD-Schreiben" is what NASA or the LSVD said."""
    words = sent.words
    if not _joins(sent, w.i + 1):
        return False
    after = words[w.i + 2]
    return after.upos == "NOUN" and common_noun(after) and after.text not in lexicon.load().cue_nouns \
        and not is_document(after)  # (which holds every noun whose lemma is a cue noun)


def _joins(sent: Sentence, i: int) -> bool:
    """A hyphen written without spaces between two capitalised words: one name
    ("Kramp-Karrenbauer", "Hans-Georg"), split in two by the tokenizer."""
    words = sent.words
    if not 0 < i < len(words) - 1 or words[i].text not in ("-", "‑"):
        return False
    before, after = words[i - 1], words[i + 1]
    return before.end == words[i].start and words[i].end == after.start and after.text[:1].isupper()


def spelled(text: str, words: list[Word]) -> str:
    """A run of words as the article writes it: "Jonas Schmidt-Chanasit", not the
    tokens joined with spaces."""
    return re.sub(r"\s+", " ", text[words[0].start:words[-1].end]).rstrip("’'")


def _after_role(sent: Sentence) -> list[list[int]]:
    """Capitalised words right after a title ("Verteidigungsminister Sergej Schoigu"):
    a name even where the tagger called its words nouns."""
    out = []
    words = sent.words
    for w in words:
        if w.upos in ("NOUN", "PROPN") and is_role(w.text):
            chain = []
            for x in words[w.i + 1:w.i + 7]:
                if capitalised(x.text) and x.upos in ("PROPN", "NOUN", "X") and not is_role(x.text) \
                        and re.match(r"^\w[\w'’-]*$", x.text):
                    chain.append(x.i)
                elif chain and _joins(sent, x.i):
                    chain.append(x.i)
                elif chain and (surname := particle_surname(sent, x.i)):
                    chain += surname  # "… Ursula von der Leyen"
                    break
                else:
                    break
            while chain and words[chain[-1]].upos == "PUNCT":
                chain.pop()
            chain = _hyphen_end(sent, chain) if chain else chain
            if chain and any(words[j].upos == "PROPN" for j in chain):
                out.append(chain)
    return out


def _np_words(sent: Sentence, chain: list[int]) -> list[Word]:
    """Words of the noun phrase around a name: the titles and adjectives before it."""
    out = []
    j = chain[0] - 1
    while j >= 0 and sent.words[j].upos in ("NOUN", "ADJ", "DET", "PROPN") and chain[0] - j <= 5:
        out.append(sent.words[j])
        j -= 1
    head = sent.words[chain[-1]]
    # "Kremlchef Putin", not "EU-Politiker" or "Präsident Russlands"
    if head.head >= 0 and sent.words[head.head].upos == "NOUN" and head.deprel.split(":")[0] not in ("compound", "nmod") \
            and not _joins(sent, chain[-1] + 1):
        h = sent.words[head.head]
        out.append(h)
        out.extend(sent.words[k] for k in sent.children[h.i] if sent.words[k].upos == "ADJ")
    return out


def _normalise_np(words: list[Word]) -> str:
    """"des belarussischen Verteidigungsministeriums" -> "Belarussisches
    Verteidigungsministerium": a description as a reader would list it. What follows the
    head noun stays as written ("Bericht der Salzburger Nachrichten"), and adjectives
    from place names do not inflect ("Wiener", "Salzburger")."""
    ids = {w.i for w in words}
    top = next((w for w in words if w.head not in ids and w.upos in ("NOUN", "PROPN")), None)
    tail: list[Word] = []
    if top is not None and top.upos == "NOUN" and any(w.i > top.i for w in words):
        tail = [w for w in words if w.i > top.i]
        words = [w for w in words if w.i <= top.i]
        # not where and when it was said: "der 42-Jährige zum Auftakt der Videoschalte",
        # "die EU-Kommission in ihrem Bericht" (but "Sprecher von Gegenbauer" is who)
        by_i = {w.i: w for w in tail}
        cut = next((k for k, w in enumerate(tail) if w.upos == "ADP" and w.head in by_i and by_i[w.head].head == top.i
                    and (_as_written(tail, k) in CIRCUMSTANTIAL or is_time_noun(by_i[w.head].text))), None)
        if cut is not None:
            tail = tail[:cut]
            while tail and tail[-1].upos in ("ADP", "DET", "CCONJ", "PUNCT"):
                tail.pop()
    keep = [w for w in words if w.text.lower() not in DETERMINERS | FOCUS_PARTICLES
            and w.upos not in ("DET", "PUNCT", "ADP")
            or w.text == "-" and _inside_word(words, w)]  # "Artikel-29-Datenschutzgruppe"; not "Auch"
    while keep and keep[0].upos == "CCONJ":
        keep = keep[1:]  # "Und Medienberichten zufolge": the conjunction joins clauses, not names
    if not keep:
        return " ".join(w.text for w in words + tail)
    head = next((w for w in reversed(keep) if w.upos in ("NOUN", "PROPN")), keep[-1])
    number = head.featdict.get("Number")
    by_article = {"der": "Masc", "die": "Fem", "das": "Neut"}.get(words[0].text.lower()) \
        if words and head.featdict.get("Case") == "Nom" else None  # "der 69-jährige Niederländer"
    gender = "Plur" if number == "Plur" else role_gender(head.text) or by_article or head.featdict.get("Gender", "Neut")
    # after "ein"/"eine" an adjective already has its nominative ending ("ein 19-jähriger
    # Student"), whatever gender the tagger gave the noun
    as_written = bool(words) and words[0].text.lower() in ("ein", "eine") and number != "Plur"
    out = []
    for w in keep:
        if w.upos == "ADJ" and w.i < head.i and w.text.endswith(("e", "en", "er", "es", "em")) \
                and not (w.text[:1].isupper() and w.text.endswith("er")) and not as_written:  # not "Austrian"
            stem = stem_adj(w.text)  # (a capital stays: "Frankfurter Allgemeine Sonntagszeitung")
            out.append((stem[:1].upper() + stem[1:] if w.text[:1].isupper() else stem) + ADJ_END.get(gender, "e"))
        elif w is head and w.upos == "NOUN" and number != "Plur":
            out.append(w.lemma if _singular_base(w) else w.text)
        elif w is head and w.upos == "NOUN" and w.text == f"{w.lemma}n" and w.lemma.endswith(("er", "el")):
            out.append(w.lemma)  # dative plural "von Musikkennern"; "Linien" stays plural
        elif w is head and w.upos == "NOUN" and number == "Plur" and _dative_plural_e(w):
            out.append(w.text[:-1])  # "nach derzeitigen Erkenntnissen", "Medienberichten zufolge"
        else:
            out.append(w.text)
    rest = [w for w in tail if w.upos != "PUNCT" or w.text in "()" or w.text == "-" and _inside_word(tail, w)]
    s = _spaced(out + [w.text for w in rest], keep + rest)
    return s[:1].upper() + s[1:]


def _as_written(words: list[Word], k: int) -> str:
    """The preposition words[k] as the text writes it: "zum" for the "zu" + "dem" the
    tokenizer made of it."""
    w = words[k]
    if k + 1 < len(words) and words[k + 1].start == w.start:
        return CONTRACTIONS.get((w.text.lower(), words[k + 1].text.lower()), w.text.lower())
    return w.text.lower()


#: prepositions of the place, time or occasion of saying something, not of who said it
#: (not "zur", "für": "Oberster Rat zur Wiederherstellung der Demokratie" is a name)
CIRCUMSTANTIAL = {"zum", "in", "im", "am", "an", "bei", "beim", "auf", "nach", "während", "vor", "seit", "gegenüber",
                  "mit"}


def _singular_base(w: Word) -> bool:
    """Is the lemma of the singular noun `w` its nominative: the word itself or the word
    less a case ending ("dem Präsidenten", "des Ministers")?  The lemmatizer sometimes cuts
    more ("Arbeitsrechtler" -> "Arbeitsrechtl", "Intensivpflegerin" -> "Intensivpflegeri"):
    no singular ends in "-er" by declension, and a noun in "-in" does not decline."""
    lemma, text = w.lemma, w.text
    if not lemma or not lemma[:1].isupper():
        return False
    if text == lemma:
        return True
    return text.startswith(lemma) and text[len(lemma):] in ("s", "es", "n", "en", "ns") and not text.endswith("in")


def _dative_plural_e(w: Word) -> bool:
    """The dative plural of a noun whose plural ends in -e, so that dropping the "n"
    names it as a reader would: "Erkenntnissen", "Ergebnissen", "(Medien)Berichten".
    Only these: "Astronomen", "Demonstranten" and "Informationen" are plurals as they are."""
    low = w.lemma.lower()
    return (low.endswith("nis") and w.text == w.lemma + "sen") or \
        (low.endswith("bericht") and w.text == w.lemma + "en")


def _inside_word(words: list[Word], w: Word) -> bool:
    """Is the hyphen `w` written onto the word before it ("Rothalbmond-Gesellschaften",
    "Rotkreuz- und …")?"""
    return any(x.end == w.start for x in words)


CONTRACTIONS = {("in", "dem"): "im", ("an", "dem"): "am", ("von", "dem"): "vom", ("zu", "dem"): "zum",
                ("zu", "der"): "zur", ("bei", "dem"): "beim", ("in", "das"): "ins", ("an", "das"): "ans"}


def _spaced(forms: list[str], words: list[Word]) -> str:
    """Join word forms with a space only where the article has one: "Artikel-29-
    Datenschutzgruppe", "Rothalbmond-Gesellschaften" (the tokenizer splits at hyphens);
    "im" stays one word though the parser reads "in dem"."""
    parts: list[str] = []
    for k, (f, w) in enumerate(zip(forms, words)):
        prev = words[k - 1] if k else None
        if prev is not None and (prev.start, prev.end) == (w.start, w.end):
            parts[-1] = CONTRACTIONS.get((parts[-1].lower(), f.lower()), f"{parts[-1]} {f}")
        elif prev is not None and prev.end == w.start:
            parts[-1] += f
        else:
            parts.append(f)
    return " ".join(parts)
