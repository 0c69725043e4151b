"""What a noun names: a role, a body that can speak, a document, a common noun -- or a
part of a name.

The rules that find speakers (`quotes.speakers`) and sources (`quotes.sources`) both
ask these questions of single words; the answers come from the word lists in
``quotes/data`` and from the noun-gender lexicon shipped with the models (the nouns
German text writes with an article).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .nlp import Sentence, Word

DOCUMENTS = lexicon.words("documents")
DOCUMENT_ENDINGS = ("bericht", "mitteilung", "erklärung", "studie", "brief")
ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]*[A-ZÄÖÜ0-9]$")


@lru_cache(maxsize=65536)
def role_group(word: str) -> str | None:
    """Group of a role noun or of a compound ending in one ("Kremlsprecher" ->
    spokesperson), or None."""
    roles = lexicon.load().roles
    if word in roles:
        return roles[word]
    low = word.lower()
    for r in sorted(roles, key=len, reverse=True):
        if len(r) >= 4 and low.endswith(r.lower()) and len(low) > len(r) + 2:
            return roles[r]
    return None


def is_role(word: str) -> bool:
    """"Kremlsprecher", "Verteidigungsminister", "Präsident": a role noun or a compound
    ending in one."""
    return role_group(word) is not None


def role_gender(word: str) -> str | None:
    """"Fem" for a role noun in its female form ("Kanzlerin", "Sprecherin"), "Masc" for
    one that has such a form ("Kanzler", "Sprecher"), None for the others ("Vorsitzende",
    "Staatsoberhaupt"): the noun beside a name tells a person's gender better than the
    tagger, which gives most names Gender=Masc."""
    if not is_role(word):
        return None
    if word.endswith("in") and is_role(word[:-2]):
        return "Fem"
    return "Masc" if is_role(word + "in") else None


WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
TIME_ENDINGS = ("abend", "morgen", "mittag", "nacht", "woche", "wochenende", "monat", "jahr", "januar", "februar",
                "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember")


def is_time_noun(word: str) -> bool:
    """"Donnerstagabend", "Wochenende", "März": a time, never who said something ("der
    Lagebericht vom Donnerstagabend")."""
    low = word.lower()
    return low.startswith(WEEKDAYS) or low.endswith(TIME_ENDINGS) or word in lexicon.words("time_nouns")


def is_speaker_noun(form: str) -> bool:
    """A noun for a body or people that can speak, or a compound ending in one
    ("Polizei", "Landesregierung")."""
    low = form.lower()
    return any(low == n or (low.endswith(n) and len(low) > len(n) + 2) for n in _speaker_nouns())


@lru_cache(maxsize=1)
def _speaker_nouns() -> tuple[str, ...]:
    return tuple(w.lower() for w in lexicon.words("speaker_nouns"))


def is_document(w: Word) -> bool:
    """A noun for something that says things: "Bericht", "Pressemitteilung", "Urteil"."""
    nouns = lexicon.load().cue_nouns
    return w.upos == "NOUN" and (w.lemma in nouns or w.lemma in DOCUMENTS or any(
        w.lemma.endswith(n.lower()) for n in DOCUMENT_ENDINGS))


def common_noun(w: Word) -> bool:
    """A noun German text uses as a common noun (the noun-gender lexicon lists it, or it
    names a role), not a name the tagger called a noun ("Piepenkötter")."""
    nouns = _nouns()
    return is_role(w.text) or w.text in nouns or w.lemma in nouns or w.text.endswith(COMMON_ENDINGS) \
        or bool(COMMON_LINK.search(w.text)) \
        or is_speaker_noun(w.text) or is_document(w) or bool(lexicon.load().outlet(w.text))


#: endings of German common nouns that names hardly have
COMMON_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ium", "ismus", "ent", "enten", "ungen")
#: a compound whose first part is such a noun: "Veranstaltungsbranche", "Sicherheitsrat"
COMMON_LINK = re.compile(r"\w(ungs|heits|keits|schafts|tions)[a-zäöüß]{3}")


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    from .gender import FILE, load_lexicon
    from .nlp import MODEL_DIR

    path = MODEL_DIR / FILE
    return load_lexicon(str(path)) if path.is_file() else {}


def name_gender(name: str) -> str | None:
    """"Fem" or "Masc" for a name whose first name says so ("Angela Merkel", "Jens
    Spahn"), from the first names text-de writes after "Frau", "Herr" or a title with a
    female form (``first_names.tsv.gz``, built by ``scripts/train_models.py names``)."""
    parts = name.split()
    return _first_names().get(parts[0]) if len(parts) >= 2 else None


def is_first_name(word: str) -> bool:
    """A first name text-de writes after "Frau", "Herr" or a title ("Julian", "Angela")."""
    return word in _first_names()


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    from .gender import load_lexicon
    from .nlp import MODEL_DIR

    path = MODEL_DIR / "first_names.tsv.gz"
    return load_lexicon(str(path)) if path.is_file() else {}


def particle_surname(sent: Sentence, i: int) -> list[int]:
    """The words of a surname with a particle and an article from word `i` on ("von der
    Leyen", "van der Bellen", "de la Fuente"), whose last part the tagger called a noun;
    [] if none starts there.  Not "von der Polizei": the last part is a common noun."""
    words = sent.words
    if not sent.parsed or i + 2 >= len(words) or words[i].text not in ("von", "van", "de", "di", "da", "zu") \
            or words[i + 1].text.lower() not in ("der", "la", "le", "van") or words[i].start == words[i + 1].start:
        return []  # ("vom", "zur": a contraction is no particle)
    last = words[i + 2]
    if not last.text[:1].isupper() or last.upos not in ("NOUN", "X") or common_noun(last) or ACRONYM.match(last.text):
        return []  # (a proper noun there is a place or a body: "Drosten von der Charité")
    if i + 3 < len(words) and words[i + 3].text == "-" and words[i + 3].start == last.end:
        return []  # the first part of a compound the tokenizer split: "von der Indigena-Partei"
    if i + 3 < len(words) and words[i + 3].upos == "PROPN":
        return []  # a body with its place: "von der Erzdiözese Hue"
    return [i, i + 1, i + 2]
