"""Reading a dependency tree: phrases, clauses and their edges.

Helpers over `quotes.nlp.Sentence` that every rule family needs: the noun phrase a
reader would underline as a mention, the clause a word belongs to, a content span
without its edge punctuation.  They read the parse and never change it.
"""
from __future__ import annotations

import re

from .german import COMPLEMENTIZERS
from .marks import CLOSERS, OPENERS, PAIRS
from .nlp import Sentence, Word
from .nouns import is_time_noun

#: characters that never begin or end a content span
PUNCT_EDGE = set(",;:–—-()[]\"'„“”»«‚‘’›‹")
FIRST_PERSON_SUBJECTS = ("ich", "wir", "du", "ihr")


def mention(sent: Sentence, w: Word) -> list[int]:
    """The noun phrase of `w` without relative clauses and long appendages: what a reader
    would underline as "the speaker"."""
    cut = {d.i for d in sent.words if d.head == w.i and d.deprel in ("acl:relcl", "acl", "punct", "parataxis")
           and not _inner_hyphen(sent, d)}
    # a dass/ob-clause the parser hung deeper inside as if relative ("die Online-Ausgabe des
    # „Spiegel“, dass …": on "Spiegel") belongs to the verb, never to the phrase
    cut |= {d.i for d in sent.words if d.deprel.startswith("acl") and d.i > w.i and opens_with_dass(sent, d)}
    # "von Musikkennern als „Meilensteine …“ bezeichnet": the parser may hang the
    # predicative "als" phrase on the agent; it is what was said, not who said it
    cut |= {d.i for d in sent.words if d.head == w.i and d.i > w.i
            and any(c.deprel in ("case", "cc") and c.text.lower() in ("als", "wie") for c in sent.dependents(d.i))}
    # "nach israelischen Angaben dem Transport von Treibstoff": a noun takes no dative or
    # accusative noun phrase; one the parser hung on it is an argument of the verb
    cut |= set(misplaced_arguments(sent, w)) | set(circumstances(sent, w))
    # "dann kritisieren die Grünen das nicht": an article follows no noun it belongs to
    cut |= {d.i for d in sent.dependents(w.i, "det") if d.i > w.i}
    # "sagte der Demonstrationsleiter laut ndr.de": a source phrase is an attribution of its own
    # (not "zufolge", which follows its noun: one the parser hung on a later noun is no phrase)
    cut |= {d.i for d in sent.words if d.head == w.i and d.i > w.i
            and any(c.deprel == "case" and w.i < c.i < d.i and c.lemma.lower() in ("laut", "gemäß")
                    for c in sent.dependents(d.i))}
    idx = sent.subtree(w.i, exclude=cut)
    # keep the contiguous block around w
    idx = sorted(idx)
    lo = hi = idx.index(w.i)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi < len(idx) - 1 and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    block = idx[lo:hi + 1]
    block += split_name_rest(sent, w, block)
    block += affiliation_after_name(sent, w, block)
    block = before_open_quote(sent, w, block)
    while block and sent.words[block[-1]].upos == "PUNCT" and not _closes_inner(sent, block):
        block.pop()
    while block and sent.words[block[0]].upos == "PUNCT":
        block.pop(0)
    return block


def before_open_quote(sent: Sentence, w: Word, block: list[int]) -> list[int]:
    """"…, sagte die britische Königin, ihre „Gedanken sind bei allen …“": a „ after the
    head whose closing mark lies beyond the phrase opens what was said, though the parser
    hung its first words on the speaker; the phrase ends before it, and before the comma
    that leads to it.  (A name in marks, "die „Computerwoche“", closes inside.)"""
    words = sent.words
    for n, k in enumerate(block):
        if words[k].text == "„" and k > w.i and not any(words[j].text in PAIRS["„"] for j in block[n + 1:]):
            rest = block[:n]
            commas = [m for m, j in enumerate(rest) if words[j].text == "," and j > w.i]
            return rest[:commas[-1]] if commas else rest
    return block


def _inner_hyphen(sent: Sentence, d: Word) -> bool:
    """A hyphen with no space on either side, inside a word the tokenizer split
    ("Koch-Mehrin"): part of the name, not punctuation that ends a phrase."""
    words = sent.words
    return d.text in ("-", "‑") and 0 < d.i < len(words) - 1 \
        and words[d.i - 1].end == d.start and d.end == words[d.i + 1].start


def affiliation_after_name(sent: Sentence, w: Word, block: list[int]) -> list[int]:
    """"General Winai Phattiyakul vom CDRM": a von-phrase naming an organisation right
    after a person's name belongs to the mention, even where the parser hung it on the
    verb."""
    words = sent.words
    j = block[-1] + 1 if block else len(words)
    if w.upos != "PROPN" or words[block[-1]].upos != "PROPN" or not opens_affiliation(sent, j):
        return []  # (not "Kurt von Figura": a name's particle)
    noun = words[j].head
    if noun < j or words[noun].head in block or words[noun].deprel not in ("obl", "nmod"):
        return []
    phrase = sent.subtree(noun)
    if phrase[0] != j or phrase != list(range(j, phrase[-1] + 1)) or not any(
            words[k].upos == "PROPN" or words[k].text in "„“\"»«" for k in phrase):
        return []
    return phrase


def opens_affiliation(sent: Sentence, j: int) -> bool:
    """Does word `j` open a von-phrase with an article ("vom CDRM", "von der SPD"), which
    after a name says where the person belongs (unlike the particle of "Kurt von Figura")?"""
    words = sent.words
    return j + 1 < len(words) and words[j].lemma == "von" and words[j + 1].xpos == "ART"


def verb_cluster_end(sent: Sentence, h: Word) -> int:
    """The last word of a verb-final clause's verbs: `h` and its auxiliaries."""
    return max([h.i] + [x.i for x in sent.words if x.head == h.i and x.deprel in ("aux", "aux:pass", "cop")])


def split_name_rest(sent: Sentence, w: Word, block: list[int]) -> list[int]:
    """"sprach Angela Merkel von …": the parser made "Angela" the subject and "Merkel" an
    object of the verb.  A name that ends the phrase of `w` and is followed at once by a
    name hung on the same head, with nothing of its own (or only the first part of a
    hyphenated name: "bestätigte Gabriel Entcha-Ebia"), is one name split in two."""
    words = sent.words
    j = block[-1] + 1 if block else len(words)
    last = block[-1] - 1 if words[block[-1]].text == "-" and len(block) > 1 else block[-1]
    if words[last].upos != "PROPN" or j >= len(words) or words[j].upos != "PROPN" or w.head < 0:
        return []
    # "Gabriel Entcha-Ebia": the rest may be a hyphenated name, hung on its last part
    k = next((k for k in range(j, min(j + 4, len(words))) if words[k].head == w.head), len(words))
    if k >= len(words) or words[k].upos != "PROPN" \
            or sent.subtree(k) != list(range(j, k + 1)):
        return []
    return list(range(j, k + 1))


def misplaced_arguments(sent: Sentence, w: Word) -> list[int]:
    """Noun phrases in the dative or accusative (by their article) that the parser hung on
    the noun `w` after it ("nach israelischen Angaben dem Transport von Treibstoff"): a
    noun takes none, so they are the verb's, with all their words.  So is one it took for
    the apposition of a subject, which would be in the nominative ("sagte der
    SPD-Politiker dem „Spiegel“")."""
    rels = ("nmod", "appos") if w.deprel == "nsubj" else ("nmod",)
    return [j for d in sent.dependents(w.i, *rels) if d.i > w.i and not sent.dependents(d.i, "case")
            and (any(a.featdict.get("Case") in ("Dat", "Acc") for a in sent.dependents(d.i, "det"))
                 or w.deprel == "nsubj" and _second_genitive(sent, w, d))
            for j in sent.subtree(d.i)]


def _second_genitive(sent: Sentence, w: Word, d: Word) -> bool:
    """"schlagen die Verfasser der Studie Maßnahmen … vor": a bare common noun right after
    another genitive of the same noun is no second genitive (a noun takes one) but the
    verb's object."""
    before = sent.words[d.i - 1]
    return d.upos == "NOUN" and not sent.dependents(d.i, "det") and before.upos == "NOUN" \
        and before.deprel == "nmod" and before.head == w.i and before.i > w.i


#: whom one speaks to: "sagte eine der Angehörigen zu Journalisten"
ADDRESSEES = {"Journalist", "Journalistin", "Reporter", "Reporterin", "Presse", "Medienvertreter", "Medium"}


def circumstances(sent: Sentence, w: Word) -> list[int]:
    """Phrases the parser hung on the speaker that say when or to whom it was said, not
    who said it: "am Montag", "gegenüber dem Weser-Kurier", "zu Journalisten" (not in a
    name in marks: „Rundschau am Sonntag“).  ("im Beitrag zur Demonstration": what a
    document is about says which it is, and stays.)"""
    out = []
    for d in (sent.words[j] for j in sent.subtree(w.i)):
        if d.deprel not in ("nmod", "obl") or d.i <= w.i:
            continue
        cases = {c.lemma.lower() for c in sent.dependents(d.i, "case")}
        named = any(x.text in OPENERS or x.text in CLOSERS for x in sent.words[max(0, w.i - 3):d.i + 1])
        if not named and ("gegenüber" in cases or "an" in cases and is_time_noun(d.text)
                          or "zu" in cases and d.lemma in ADDRESSEES):
            out += sent.subtree(d.i)
    return out


def stranded_genitive(sent: Sentence, w: Word) -> list[int]:
    """An article-less genitive plural right after the noun `w` that the parser hung
    elsewhere, mostly as the clause's subject ("nach Angaben libanesischer
    Sicherheitskreise", "nach Berichten britischer Tageszeitungen", "nach Meinung vieler
    Experten"): its words, which belong to the phrase of `w`.  Adjectives (or "vieler",
    "einiger") in -er before a plural noun are the strong genitive plural; German has no
    other reading for them there."""
    words = sent.words
    j = w.i + 1
    while j < len(words) and words[j].text.islower() and words[j].text.endswith("er") \
            and (words[j].xpos == "ADJA" or words[j].xpos == "PIAT"):
        j += 1
    if j == w.i + 1 or j >= len(words) or words[j].upos not in ("NOUN", "PROPN") \
            or words[j].featdict.get("Number") != "Plur" or words[j].head == w.i:
        return []
    return list(range(w.i + 1, j + 1))


#: Focus particles that stand before or after a mention without being part of it
#: ("Auch der Minister sagte", "Hartmann selbst erklärte").
FOCUS_PARTICLES = {"auch", "selbst", "sogar", "einzig", "nur", "ebenfalls", "allein", "ausgerechnet"}
_BRACKETS = {"(": ")", "[": "]"}


def written_mention(sent: Sentence, idx: list[int]) -> list[int]:
    """The words of a mention as a reader would mark them in the text: without the
    preposition that governs it ("von Bundesverkehrsminister Manfred Stolpe", "In einem
    Bericht der Salzburger Nachrichten", "laut Polizei", "im Bericht"), a leading "wie" or focus
    particle ("Auch der Minister", "Hartmann selbst"), and with the closing bracket of an
    opening one it holds ("Renate Schmidt (SPD)": the parser hangs ")" on the head noun,
    outside the bracketed word's phrase), and a name with its quotation marks ("die
    „Süddeutsche Zeitung“"). What the mention refers to is unchanged."""
    words = sent.words
    out = sorted(idx)
    lo, hi = out[0], out[-1]
    if lo > 0 and hi + 1 < len(words) and words[lo - 1].text in OPENERS and words[hi + 1].text in CLOSERS:
        # a name in quotation marks: with its marks and the words before them that belong
        # to it ("Die „Kampagne für ein Freies Tibet“": the parser hangs the marks on the
        # name, so the mention stopped at them)
        out = [lo - 1] + out + [hi + 1]
        while out[0] > 0 and words[out[0] - 1].upos in ("DET", "ADJ") and words[out[0] - 1].head in out:
            out.insert(0, out[0] - 1)
    while len(out) > 1 and (words[out[0]].upos == "ADP" and words[out[0]].deprel == "case"
                            or words[out[0]].text.lower() in FOCUS_PARTICLES | {"wie"}):
        gone = out.pop(0)
        if len(out) > 1 and words[out[0]].start == words[gone].start:
            out.pop(0)  # the article of a contraction, which is written with it: "im Bericht"
    while len(out) > 1 and words[out[-1]].text.lower() in FOCUS_PARTICLES:
        out.pop()
    out = _before_attached(words, out)
    for opener, closer in _BRACKETS.items():
        inside = [words[j].text for j in out]
        nxt = out[-1] + 1
        if inside.count(opener) > inside.count(closer) and nxt < len(words) and words[nxt].text == closer:
            out.append(nxt)
    return out


def _before_attached(words: list[Word], out: list[int]) -> list[int]:
    """The mention up to a comma that opens no apposition but something the parser hung on
    the name: a place ("Frank-Jürgen Weise, in Nürnberg"), a possessive or quotation marks
    ("die Königin, ihre „Gedanken"): not who spoke. An apposition ("Matthias Freude,
    Präsident des Landesumweltamtes") stays."""
    for k in range(1, len(out) - 1):
        j, nxt = out[k], words[out[k + 1]]
        if words[j].text == "," and (nxt.upos == "ADP" or nxt.xpos == "PPOSAT" or nxt.text in OPENERS):
            return out[:k]
    return out


def before_relative_clause(sent: Sentence, idx: list[int]) -> list[int]:
    """The words of a mention up to a relative clause that the parser hung on a noun
    inside it ("Gutachter der Gesellschaft für Luft- und Raumfahrt, die die Maschine
    bereits untersuchten"; `mention` cuts only those of its head): who spoke, not what
    else is said of them."""
    words = sent.words
    for k in range(1, len(idx) - 1):
        if words[idx[k]].text == "," and opens_relative(sent, idx[k + 1]) \
                and (words[idx[k + 1]].xpos == "APPR" or any(is_finite(words[x]) for x in idx[k + 1:])):
            return idx[:k]  # (a finite verb: ", die CUD" is an apposition the tagger misread;
            # ", an der …" opens a relative clause whatever tag its verb got)
    return idx


def opens_relative(sent: Sentence, j: int) -> bool:
    """Does a relative clause open at word `j`: a relative pronoun, or a preposition
    before one ("…, gegen die …")?"""
    words = sent.words
    return words[j].xpos in ("PRELS", "PRELAT") or (
        words[j].xpos == "APPR" and j + 1 < len(words) and words[j + 1].xpos in ("PRELS", "PRELAT"))


def after_complementizer(sent: Sentence, idx: list[int]) -> bool:
    """Does a "dass", "daß" or "ob" stand right before the span (`trim` cuts it off a
    content clause)?"""
    return bool(idx) and idx[0] > 0 and sent.words[idx[0] - 1].text.lower() in COMPLEMENTIZERS


def opens_with_dass(sent: Sentence, c: Word) -> bool:
    """Does a "dass", "daß" or "ob" open the clause headed by `c`? (No relative clause
    does: such a clause the parser hung on a noun is a content clause.)"""
    return any(m.lemma.lower() in ("dass", "daß", "ob") for m in sent.dependents(c.i, "mark"))


def _closes_inner(sent: Sentence, block: list[int]) -> bool:
    """Does the block end with a closing mark whose opening mark is inside it (not its
    first word)? "die Online-Ausgabe des „Spiegel“" keeps both marks."""
    last = sent.words[block[-1]].text
    return last in CLOSERS and any(sent.words[j].text in OPENERS for j in block[1:-1])


def trim(sent: Sentence, idx: list[int]) -> list[int]:
    """Drop edge punctuation and the complementizer ("dass", "ob") from a content span;
    fill gaps so the span is contiguous."""
    if not idx:
        return idx
    idx = sorted(idx)
    while len(idx) > 1 and sent.words[idx[-1]].upos == "PUNCT" and idx[-1] - idx[-2] > 1:
        idx.pop()  # a full stop the parser hung on the clause: no reason to fill the gap up to it
    idx = list(range(min(idx), max(idx) + 1))
    while idx and (sent.words[idx[0]].upos == "PUNCT" or sent.words[idx[0]].text in PUNCT_EDGE
                   or (sent.words[idx[0]].deprel == "mark" and sent.words[idx[0]].lemma in COMPLEMENTIZERS
                       and not _opens_subject_clause(sent, idx))
                   or sent.words[idx[0]].upos == "CCONJ"):
        idx.pop(0)
    while idx and (sent.words[idx[-1]].upos == "PUNCT" and sent.words[idx[-1]].text not in "“”\"«»‘’‹"
                   or sent.words[idx[-1]].text in ",;:–—-"):
        idx.pop()
    return without_vocative(sent, idx)


#: a form of address: "liebe Kolleginnen und Kollegen", "meine sehr geehrten Damen und
#: Herren", "Herr Präsident", "Frau Ministerin", "Frau Lambrecht" (set off by a comma at
#: the edge of a content span, where no apposition stands)
VOCATIVE = re.compile(r"(?i:(?:liebe[rs]?|meine|sehr|geehrte[rn]?|verehrte[rn]?|werte[rn]?) )+\S.*"
                      r"|(?:Herr|Frau)(?: Dr\.| Kollegin| Kollege)?(?: [A-ZÄÖÜ][\w-]*\.?){1,2}")


def without_vocative(sent: Sentence, idx: list[int]) -> list[int]:
    """A content span without the form of address at its edge ("Ich sehe das anders,
    liebe Kolleginnen und Kollegen"; "Meine Damen und Herren, das ist falsch"): whom the
    speaker addresses is not what was said; an address alone is no content."""
    words = sent.words
    commas = [k for k, j in enumerate(idx) if words[j].text == ","]
    if commas and _addresses(words, idx[:commas[0]]):
        return trim(sent, idx[commas[0] + 1:])
    if commas and _addresses(words, idx[commas[-1] + 1:]):
        return trim(sent, idx[:commas[-1]])
    return [] if _addresses(words, idx) else idx


def _addresses(words: list[Word], idx: list[int]) -> bool:
    """Are the words `idx` a form of address (at most seven words, naming whom)?"""
    if not idx or len(idx) > 7:
        return False
    phrase = " ".join(words[j].text for j in idx)
    return bool(VOCATIVE.fullmatch(phrase) and _ADDRESSED.search(phrase))


_ADDRESSED = re.compile(r"Kolleg|Damen|Herr|Frau|Freund|Präsident|Minister|Bürger|Zuschauer|Zuhörer|Leser|Kanzler|Gäste")


def _opens_subject_clause(sent: Sentence, idx: list[int]) -> bool:
    """"Ob das reicht, ist fraglich, sagen Kritiker": the "ob" opens a clause that is the
    fronted subject of the content, whose own finite verb follows right after the comma
    that closes it; it is not the complementizer that introduces the content."""
    words = sent.words
    w = words[idx[0]]
    if w.head < 0:
        return False
    end = max(j for j in sent.subtree(w.head) if words[j].upos != "PUNCT")
    return end + 2 in idx and words[end + 1].text == "," and is_finite(words[end + 2])


def clause_minus(sent: Sentence, head: int, phrase: list[int]) -> list[int]:
    """The clause of `head` without the attribution phrase when the phrase sits at its
    edge; the whole clause when the phrase is inside it."""
    clause = sent.subtree(head)
    lo, hi = min(clause), max(clause)
    plo, phi = min(phrase), max(phrase)
    body = list(range(lo, hi + 1))
    if plo <= lo + 1:
        body = [j for j in body if j > phi]
    elif phi >= last_non_punct(sent, hi) - 1 and not (phi < head and sent.words[head].upos in ("VERB", "AUX")):
        body = [j for j in body if j < plo]  # (not before the clause's own verb: "dann wurde es
        # laut einem Sprecher gelöscht" is the whole clause)
    return trim(sent, body)


def last_non_punct(sent: Sentence, hi: int) -> int:
    """The last word at or before index `hi` that is not punctuation."""
    while hi > 0 and sent.words[hi].upos == "PUNCT":
        hi -= 1
    return hi


def clause_head(sent: Sentence, w: Word) -> int:
    """The verb (or predicate) whose clause contains w."""
    j = w.i
    while sent.words[j].head >= 0:
        h = sent.words[j].head
        if sent.words[h].upos in ("VERB", "AUX") or sent.words[j].deprel in ("obl", "advmod", "nmod") \
                and sent.words[h].upos not in ("NOUN", "PROPN", "PRON"):
            return h
        j = h
    return j


def main_verb(sent: Sentence, w: Word) -> Word:
    """The verb an auxiliary or copula `w` belongs to ("wurde … bekannt", "hat … gesagt"),
    or `w` itself."""
    return sent.words[w.head] if w.deprel in ("aux", "cop", "aux:pass") and w.head >= 0 else w


def is_finite(w: Word) -> bool:
    return w.featdict.get("VerbForm") == "Fin" or w.xpos.endswith("FIN")


def zu_infinitive(w: Word) -> bool:
    """"zuzugehen", "anzukündigen", "zurückzunehmen": an infinitive with "zu" inside
    (tagged VVINF). Any "zu" of the word may be the inserted one ("zu-rück-zu-nehmen")."""
    low, lemma = w.text.lower(), w.lemma.lower()
    if w.upos != "VERB" or low == lemma or len(low) != len(lemma) + 2:
        return False
    return any(low[k:k + 2] == "zu" and low[:k] + low[k + 2:] == lemma for k in range(len(low) - 1))


def zu_clause(sent: Sentence, idx: list[int]) -> bool:
    """A zu-infinitive clause and nothing more ("…, seine Ernennung zurückzunehmen"): no
    finite verb, and its head an infinitive with "zu". A relative or adverbial clause
    always has a finite verb, so a "der"/"die" opening such a clause is an article even
    when tagged as a relative pronoun, and a noun object of the verb before it is whom
    the request was made of ("bat den Papst, …"), not a thing already said."""
    ids = set(idx)
    if not idx or any(is_finite(sent.words[j]) for j in idx):
        return False
    heads = [sent.words[j] for j in idx if sent.words[j].head not in ids]
    return any(h.upos == "VERB" and _with_zu(sent, h) for h in heads)


def _with_zu(sent: Sentence, h: Word) -> bool:
    """Is `h` an infinitive with "zu", or a participle with one as its auxiliary ("die
    Fenster geschlossen zu halten", "gerettet zu werden": the parser heads the phrase
    with the participle)?"""
    def zu(w: Word) -> bool:
        return w.xpos == "VVIZU" or zu_infinitive(w) or any(d.xpos == "PTKZU" for d in sent.dependents(w.i))
    return zu(h) or h.xpos == "VVPP" and any(zu(a) for a in sent.dependents(h.i, "aux", "aux:pass"))


def is_clause(sent: Sentence, c: Word) -> bool:
    """A verbal clause: a verb with a subject, a finite verb, or a zu-infinitive."""
    deps = sent.dependents(c.i)
    if c.upos not in ("VERB", "AUX") and not any(d.deprel == "cop" for d in deps):
        return False
    if any(d.deprel.startswith(("nsubj", "csubj")) for d in deps):
        return True
    if c.xpos.endswith(("FIN", "IZU")) or c.featdict.get("VerbForm") == "Fin" or zu_infinitive(c):
        return True
    return any(d.lemma == "zu" or d.xpos.endswith("FIN") for d in deps) or _with_zu(sent, c)


def separated(sent: Sentence, a: int, b: int) -> bool:
    """A comma, colon or dash between words a and b (a hyphen that joins a compound the
    tokenizer split, "DAI - Chefin" from "DAI-Chefin", is none)."""
    lo, hi = sorted((a, b))
    words = sent.words
    return any(words[j].text in (",", ":", "–", "—") or words[j].text == "-" and words[j].start > words[j - 1].end
               for j in range(lo + 1, hi + 1))


def has_verb(sent: Sentence, idx: list[int]) -> bool:
    return any(sent.words[j].upos in ("VERB", "AUX") for j in idx)


def head_word(sent: Sentence, words: list[Word]) -> Word | None:
    """The word of a phrase whose head lies outside it."""
    ids = {w.i for w in words}
    for w in words:
        if w.head not in ids:
            return w
    return words[-1] if words else None


def root(sent: Sentence) -> Word | None:
    return next((w for w in sent.words if w.head < 0), None)


def first_person(sent: Sentence) -> bool:
    """"Ich habe viel gelernt": an interview answer, whatever the verb form looks like."""
    return any(w.deprel.startswith("nsubj") and w.lemma.lower() in FIRST_PERSON_SUBJECTS
               for w in sent.words)


DASHES = ("–", "—", "-")


def detach_dateline(sent: Sentence) -> None:
    """"Wien – Die Junge Kurie … warnt": the parser often makes the dateline the subject
    and hangs the real one on it as a conjunct. The place words become a loose dependent
    of the root and their dependents after the dash take the dateline's place, so no
    rule ever reads the place as who spoke. A parse correction, made on purpose (see
    docs/ARCHITECTURE.md)."""
    words = sent.words
    j = 0
    while j < len(words) and (words[j].upos == "PROPN" or (j and words[j].text == "/") or (
            j and words[j].text == "-" and words[j].start == words[j - 1].end and j + 1 < len(words)
            and words[j + 1].start == words[j].end and words[j + 1].text[:1].isupper())):
        j += 1  # "Wien/Klosterneuburg", "Panama-Stadt" (split at the hyphen by the tokenizer)
        if j < len(words) and words[j - 1].text == "-" and words[j].upos != "PROPN":
            j += 1  # "Stadt", a noun to the tagger
    if not (0 < j < len(words) - 1 and words[j].text in DASHES and words[j].start > words[j - 1].end
            and words[j].end < words[j + 1].start):
        return  # a dateline: place names, then a dash with spaces round it
    top = next((w for w in words if w.head < 0), None)
    place = set(range(j + 1))
    first = next((words[i] for i in place if words[i].head not in place), None)
    if top is None or first is None or first is top:
        return
    role, governor = first.deprel, first.head
    took = False
    for w in words:
        if w.head in place and w.i > j:
            pp = any(d.head == w.i and d.deprel == "case" for d in words)
            w.head, w.deprel = governor, "obl" if pp else role  # "– Nach den Enthüllungen …"
            took = took or not pp
    for i in place:
        if words[i].head not in place:
            words[i].head, words[i].deprel = top.i, "dep"
    objs = [w for w in words if w.head == governor and w.deprel == "obj"]
    if role.startswith("nsubj") and not took and len(objs) >= 2:
        objs[0].deprel = role  # "hat die Regierung ihre Kooperation zugesagt": two objects, one is the subject
    sent.__dict__.pop("children", None)  # the cached tree is stale
