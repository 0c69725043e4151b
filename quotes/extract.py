"""Article -> list[Quote]: the whole extraction, read top to bottom.

1. Split the article into paragraphs; drop page furniture and verbatim repeats.
2. Parse them (`nlp.parse_many`: a batch of articles at a time).
3. Find quotation-mark regions (`marks`) and speech cues (`cues`) in every sentence.
4. Walk the sentences in order: direct quotes (`direct`), indirect quotes from cues and
   Konjunktiv continuations (`indirect`), each attributed to a speaker (`speakers`) and
   an outlet (`outlets`), with the discourse state a reader keeps: who spoke last, and
   through which outlet.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

from . import lexicon, marks
from .cues import TIME_NOUNS, Cue, _mention, find_cues
from .direct import (after_title_noun, attach_cue, before_mark, colon_speaker, in_source, is_slogan,
                     is_title, looks_like_speech, n_words, starts_sentence)
from .indirect import KONJ1, KONJ2, accept_content, clause_mood, continuation, konj1, main_clause_verbs
from .nlp import Parsed, Sentence, parse_many, split_paragraphs
from .outlets import is_outlet, outlet_in
from .records import Article, Quote
from .speakers import Resolved, Speakers

#: seconds spent per stage in this process, for bench/run.py
TIMINGS = {"parse": 0.0, "rules": 0.0}
KONJ_FORMS = KONJ1 | KONJ2
WORDS = re.compile(r"\w+")
FURNITURE = re.compile(r"^(Mehr zum Thema|Lesen Sie auch|Auch interessant|Weiterlesen|Foto:|Bild:|Quelle:|"
                       r"Video:|Copyright|©|Anzeige\b)", re.I)


ATTRIBUTION = re.compile(r"(?i)\b(laut|zufolge|gemäß|angaben|demnach|wonach|nach ansicht|"
                         r"nach auffassung|nach einschätzung|nach informationen)\b|,\s*so\b|^so\b|"
                         # "hält es für möglich, dass …"
                         r"\bfür\s+(?:\w+\s+)?(?:möglich|wahrscheinlich|unwahrscheinlich|denkbar|ausgeschlossen|"
                         r"sinnvoll|notwendig|nötig|richtig|falsch|erwiesen)\b")
MARKS = re.compile(r"[„“”\"»«‚‘›‹]")


def extract_article(article: Article, nlp=None, select_sentences: bool = True) -> list[Quote]:
    """Every quote in `article`, in text order."""
    return extract_articles([article], nlp, select_sentences)[0]


def extract_articles(articles: list[Article], nlp=None, select_sentences: bool = True) -> list[list[Quote]]:
    """Every quote of each article, in text order: one list per article.

    The articles are parsed together (`nlp.parse_many`: one pass through each model for
    all of them, much faster than one article at a time); the rules then run on each.
    By default only sentences that can hold or attribute a quote are tagged and parsed
    (`might_quote`); ``select_sentences=False`` parses everything.
    """
    paragraphs = [content_paragraphs(a.text) for a in articles]
    t0 = time.perf_counter()
    parsed = parse_many([(a.text, p) for a, p in zip(articles, paragraphs)], nlp,
                        select=might_quote if select_sentences else None)
    t1 = time.perf_counter()
    quotes = [find_quotes(a.id, doc, p) if p else [] for a, doc, p in zip(articles, parsed, paragraphs)]
    TIMINGS["parse"] += t1 - t0
    TIMINGS["rules"] += time.perf_counter() - t1
    return quotes


def might_quote(sentence: str) -> bool:
    """Can this sentence hold or attribute a quote?  Quotation marks, a form of a speech
    verb, a Konjunktiv form, or an attribution word ("laut", "zufolge", ", so")."""
    if MARKS.search(sentence) or ATTRIBUTION.search(sentence) or lexicon.source_noun_pattern().search(sentence):
        return True
    if any(w in KONJ_FORMS for w in WORDS.findall(sentence.lower())):
        return True
    return bool(lexicon.cue_form_pattern().search(sentence))


def content_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans without page furniture and without verbatim repeats (a publishing
    glitch whose quotes count once, at the first occurrence)."""
    seen: set[str] = set()
    out = []
    for s, e in split_paragraphs(text):
        para = text[s:e]
        if FURNITURE.match(para):
            continue
        key = " ".join(para.split())
        if len(key) >= 30 and key in seen:
            continue
        seen.add(key)
        out.append((s, e))
    return out


@dataclass
class Attribution:
    speaker: Resolved
    cue: Cue | None
    outlet: str | None


@dataclass
class State:
    """What a reader remembers: the last attribution and where it was made."""
    last: Attribution | None = None
    last_sentence: int = -99  # index of the last sentence with reported speech
    last_direct_paragraph: int = -99
    last_direct: Attribution | None = None
    last_direct_quote: Quote | None = None


def find_quotes(article_id: str, parsed: Parsed, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    text = parsed.text
    sentences = parsed.sentences
    regions = marks.find_quoted(text)
    if paragraphs is not None:
        regions = [r for r in regions if any(s <= r.start < e for s, e in paragraphs)]
    outer = marks.outermost(regions)
    speakers = Speakers(parsed)
    state = State()
    quotes: list[Quote] = []

    def inside(pos: int) -> bool:
        return any(r.start <= pos < r.end for r in outer)

    cues = {s.index: [c for c in find_cues(s) if not inside(c.span[0])] if s.parsed else []
            for s in sentences}
    for sent_cues in cues.values():
        for c in sent_cues:
            if not c.source:
                continue
            s0, s1 = c.sent.words[c.source[0]].start, c.sent.words[c.source[-1]].end
            if all(inside(c.sent.words[j].start) for j in c.source) and not any(
                    r.start <= s0 < r.end <= s1 + 2 for r in outer):  # laut „Figaro“: a name in marks
                # „Sehr geehrter Herr Präsident, …“: the parser took the quote's vocative
                # for the subject; the speaker stands outside the marks ("erklärt er:")
                c.source = _subject_outside(c, inside)
    first_sent = {}
    for r in outer:
        for s in sentences:
            if s.end > r.start:
                first_sent.setdefault(r, s.index)
                break
    used: set[int] = set()  # id() of cues already spent on a direct quote

    for sent in sentences:
        produced = False
        # subjects named in the sentence keep pronoun resolution on track
        for w in sent.words:
            if w.deprel in ("nsubj", "nsubj:pass") and w.upos in ("PROPN", "NOUN"):
                mention = [sent.words[j] for j in _mention(sent, w)]
                if any(m.upos == "PROPN" for m in mention):
                    speakers.note(w.start, speakers._resolve_words(sent, mention, w.start))

        # -- direct quotes that open in this sentence
        for r in [r for r in outer if first_sent.get(r) == sent.index]:
            q = _direct(text, r, sent, sentences, cues, used, speakers, state, inside, article_id)
            if q is not None:
                quotes.append(q)
                state.last_direct_quote = q
                produced = True
                state.last_sentence = _sentence_at(sentences, r.end - 1)

        # -- indirect quotes from the cues of this sentence
        for cue in cues[sent.index]:
            if id(cue) in used:
                continue
            back = _anaphoric(sent, cue, sentences) if not cue.content and cue.source else None
            if back and not any(_overlaps(q, *back) for q in quotes):
                att = _attribute(cue, speakers, state)
                quotes.append(_quote(article_id, "indirect", text, back[0], back[1], att, 0.6 * cue.weight + 0.2,
                                     "cue:anaphoric", sent))
                state.last, state.last_sentence = att, sent.index
                continue
            if not cue.content or not accept_content(cue):
                if cue.kind in ("say", "report") and cue.source and not is_outlet(sent, cue.source):
                    # "Lukaschenko hat Garantien gefordert" -- no content, but the speaker of
                    # what the next sentence may report ("…, berichtet BelTA") or go on
                    # to report in Konjunktiv ("Auch sei die Dokumentation …")
                    state.last = _attribute(cue, speakers, state)
                    state.last_sentence = sent.index
                continue
            w = sent.words
            c0, c1 = w[cue.content[0]].start, w[cue.content[-1]].end
            covered = [r for r in outer if r.start < c1 and c0 < r.end]
            full = [r for r in covered if not _is_fragment(text, r, c0, c1)]
            if any(_overlaps(q, c0, c1) for q in quotes if q.kind == "direct") and full:
                continue
            kind, c0, c1 = _reported(text, c0, c1, outer, quotes)
            att = _attribute(cue, speakers, state)
            mood = clause_mood(sent, cue.content)
            conf = cue.weight * (1.0 if mood == "konj1" or cue.kind in ("prep", "noun", "so") else 0.85)
            quotes.append(_quote(article_id, kind, text, c0, c1, att, conf, "cue:" + cue.kind, sent))
            state.last = att
            state.last_sentence = sent.index
            produced = True

        # -- Konjunktiv continuing the reported speech of the sentences before
        if not produced and sent.parsed:
            mood = continuation(sent)
            gap = sent.index - state.last_sentence
            fresh = state.last is not None and (mood == "konj1" and gap <= 2 or mood == "konj2" and gap == 1)
            # a Konjunktiv I main clause is reported speech even when no cue came before
            # ("Wowereit bedauerte die Entscheidung. Anfang der neunziger Jahre seien …")
            orphan = not fresh and mood == "konj1" and not _first_person(sent)
            if fresh or orphan:
                idx = [x.i for x in sent.words]
                while idx and sent.words[idx[-1]].upos == "PUNCT":
                    idx.pop()
                if len(idx) >= 3 and not any(inside(sent.words[j].start) for j in idx[:1]):
                    c0, c1 = sent.words[idx[0]].start, sent.words[idx[-1]].end
                    kind, c0, c1 = _reported(text, c0, c1, outer, quotes)
                    if fresh:
                        att = Attribution(state.last.speaker, None, state.last.outlet)
                    else:
                        att = _orphan_speaker(sent, sentences, speakers, state)
                    conf = 0.5 if orphan else 0.65 if mood == "konj1" else 0.45
                    quotes.append(_quote(article_id, kind, text, c0, c1, att, conf, "konjunktiv", sent))
                    state.last_sentence = sent.index
                    produced = True

        # -- a subordinate clause in Konjunktiv I in a sentence that reports nothing else:
        # "Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe"
        if not produced and sent.parsed and not _first_person(sent):
            for idx in _konj1_clauses(sent):
                if any(inside(sent.words[j].start) for j in idx[:1]):
                    continue
                c0, c1 = sent.words[idx[0]].start, sent.words[idx[-1]].end
                if any(_overlaps(q, c0, c1) for q in quotes):
                    continue
                kind, c0, c1 = _reported(text, c0, c1, outer, quotes)
                att = _orphan_speaker(sent, sentences, speakers, state, own=True)
                quotes.append(_quote(article_id, kind, text, c0, c1, att, 0.45, "konjunktiv:clause", sent))
                produced = True

    return _dedupe(quotes)


def _direct(text, r, sent, sentences, cues, used, speakers, state, inside, article_id) -> Quote | None:
    """A direct quote for region r, or None when r is a term, title or scare quote."""
    span_sents = [s for s in sentences if s.start < r.end + 2 and r.start - 2 < s.end]
    # the sentence after the closing mark holds "…“, sagte er." when the splitter cut there
    nxt = [s for s in sentences if s.index == span_sents[-1].index + 1] if span_sents else []
    every = [c for s in span_sents + nxt for c in cues[s.index]]
    cand = [c for c in every if id(c) not in used]
    if any(in_source(c, r) for c in cand):
        return None  # „Süddeutsche Zeitung“ berichtete: a name in marks
    cue = attach_cue(text, r, cand, inside)
    # "hält Spector „unter Umständen“ für „böse und gefährlich“": one verb, several
    # quoted stretches in its phrase, so a spent cue still counts here
    obj_cue = None if cue is not None else _object_cue(r, every)
    cue = cue or obj_cue
    nw = n_words(text[r.start:r.end])
    if is_slogan(text, r):
        # "skandierten Parolen wie „Stoppt …“": the crowd's words; the speaker is who
        # chanted or carried them, if the sentence says
        if cue is not None and cue.source:
            used.add(id(cue))
            att = _attribute(cue, speakers, state)
        else:
            subj = [w for w in sent.words if w.deprel in ("nsubj", "nsubj:pass") and w.upos in ("NOUN", "PROPN")
                    and not inside(w.start)]
            res = speakers.resolve(sent, _mention(sent, subj[0])) if subj else Resolved(None, None, None, None)
            att = Attribution(res, None, None)
        state.last_direct = att
        state.last_direct_paragraph = sent.paragraph
        return _quote(article_id, "direct", text, r.start, r.end, att, 0.7, "direct:slogan", sent)
    if cue is not None and cue.content:
        w = cue.sent.words
        c0, c1 = w[cue.content[0]].start, w[cue.content[-1]].end
        # a quoted fragment inside reported speech: the clause is mixed. Not so for marks
        # outside the clause (", so Elshorst weiter: „…“") or announced by a colon
        # ("…, erklärt hatte: „…“"), which open an utterance of their own
        colon = before_mark(text, r) == ":"
        if r.start < c1 and c0 < r.end and not colon and _is_fragment(text, r, c0, c1):
            return None
    # words in the object of a speech verb ("nannte den Bericht eine „Zeitungsente“") are
    # its words even when they look like a title; elsewhere a capitalised few are a name
    phrase = obj_cue or (_object_cue(r, [cue]) if cue is not None and _speaks(cue) else None)
    title = is_title(text, r, names=phrase is None or _naming(phrase))
    if cue is not None and (nw >= 2 or looks_like_speech(text, r) or not cue.content) \
            and not (nw <= 3 and title) and not after_title_noun(text, r):
        used.add(id(cue))
        att = _attribute(cue, speakers, state)
        state.last = state.last_direct = att
        state.last_direct_paragraph = sent.paragraph
        return _quote(article_id, "direct", text, r.start, r.end, att, 0.9 * cue.weight + 0.1, "direct:cue", sent)
    prev_q = state.last_direct_quote
    if prev_q is not None and state.last_direct is not None and 0 <= r.start - prev_q.end <= 8 and \
            re.fullmatch(r"[\s„“”\"»«,;–-]*(und|oder|sowie)?[\s„“”\"»«,;–-]*", text[prev_q.end:r.start]):
        # „…“ und „…“: a second quote in the same breath has the same source
        att = state.last_direct
        return _quote(article_id, "direct", text, r.start, r.end, att, 0.75, "direct:sequence", sent)
    who = _bracket_speaker(text, sent, r) or _content_clause_speaker(text, sent, r, inside)
    if who is not None and looks_like_speech(text, r):
        # "ElBaradei („Mir fällt niemand ein …“)" and "kam zu dem Ergebnis, „dass …“"
        att = Attribution(speakers.resolve(sent, who), None, None)
        state.last = state.last_direct = att
        state.last_direct_paragraph = sent.paragraph
        return _quote(article_id, "direct", text, r.start, r.end, att, 0.7, "direct:attached", sent)
    colon = colon_speaker(text, sent, r)
    if colon is None and before_mark(text, r) == ":" and looks_like_speech(text, r):
        # "Darauf waren die Worte zu lesen: „…“": a colon announces it, nobody is named
        speaker = state.last.speaker if state.last is not None else Resolved(None, None, None, None)
        return _quote(article_id, "direct", text, r.start, r.end, Attribution(speaker, None, None), 0.6,
                      "direct:colon", sent)
    if colon is not None and nw >= 2:
        res = speakers.resolve(sent, colon)
        att = Attribution(res, None, None)
        state.last = state.last_direct = att
        state.last_direct_paragraph = sent.paragraph
        return _quote(article_id, "direct", text, r.start, r.end, att, 0.8, "direct:colon", sent)
    if not looks_like_speech(text, r) or is_title(text, r) or not starts_sentence(text, sent, r):
        return None  # a term, a title, or a fragment inside a clause (the clause may be mixed)
    # a whole utterance in marks with no cue: it continues the speaker before it
    prev = state.last_direct if sent.paragraph - state.last_direct_paragraph <= 2 else None
    prev = prev or state.last
    if prev is None:
        return _quote(article_id, "direct", text, r.start, r.end, Attribution(Resolved(None, None, None, None), None, None),
                      0.4, "direct:unattributed", sent)
    att = Attribution(prev.speaker, None, prev.outlet)
    state.last_direct_paragraph = sent.paragraph
    return _quote(article_id, "direct", text, r.start, r.end, att, 0.7, "direct:continuation", sent)


def _konj1_clauses(sent: Sentence) -> list[list[int]]:
    """Subordinate clauses (relative, adverbial, complement) whose own verb is in
    Konjunktiv I: the mood says someone's words are reported, though no cue does.
    Only the outermost of nested ones, each without its edge punctuation."""
    found = []
    for w in sent.words:
        if w.head < 0 or w.deprel.split(":")[0] not in ("acl", "advcl", "ccomp"):
            continue
        if not any(konj1(v) for v in main_clause_verbs(sent, w.i)):
            continue
        idx = sent.subtree(w.i)
        while idx and sent.words[idx[-1]].upos == "PUNCT":
            idx = idx[:-1]
        while idx and (sent.words[idx[0]].upos == "PUNCT" or sent.words[idx[0]].lemma in ("dass", "daß", "ob")):
            idx = idx[1:]  # ANNOTATION.md: the reported clause without its complementizer
        if len(idx) >= 4:
            found.append(idx)
    return [idx for idx in found if not any(set(idx) < set(other) for other in found)]


def _orphan_speaker(sent: Sentence, sentences: list[Sentence], speakers: Speakers, state: State,
                    own: bool = False) -> Attribution:
    """Who reports a Konjunktiv sentence that has no cue: the subject of the sentence
    before it in the paragraph ("Der Innenminister definierte das Ziel. Es gehe nicht
    darum, …"), else the last speaker of the article, else nobody. With `own`, for a
    Konjunktiv clause inside `sent`, the subject of its main clause comes first."""
    if own:
        root = [w for w in sent.words if w.head < 0]
        subj = [w for w in sent.dependents(root[0].i, "nsubj") if w.upos in ("NOUN", "PROPN")
                and w.lemma not in TIME_NOUNS] if root else []
        if subj:
            return Attribution(speakers.resolve(sent, _mention(sent, subj[0])), None, None)
    if sent.index > 0:
        prev = sentences[sent.index - 1]
        if prev.parsed and prev.paragraph == sent.paragraph:
            subj = [w for w in prev.words if w.deprel == "nsubj" and w.upos in ("NOUN", "PROPN")
                    and prev.words[w.head].head < 0]
            if subj:
                return Attribution(speakers.resolve(prev, _mention(prev, subj[0])), None, None)
    if state.last is not None:
        return Attribution(state.last.speaker, None, state.last.outlet)
    return Attribution(Resolved(None, None, None, None), None, None)


def _first_person(sent: Sentence) -> bool:
    """"Ich habe viel gelernt": an interview answer, whatever the verb form looks like."""
    return any(w.deprel.startswith("nsubj") and w.lemma.lower() in ("ich", "wir", "du", "ihr")
               for w in sent.words)


def _reported(text: str, c0: int, c1: int, outer: list[marks.Quoted], quotes: list[Quote]) -> tuple[str, int, int]:
    """Kind and span of reported speech over text[c0:c1]: mixed when quotation marks stand
    in it (the span then takes in their marks, see `_with_marks`), else indirect. Marks
    around a name or title ("die Anlagen „Parchin“ und „Lavisan II“") quote nobody."""
    covered = [r for r in outer if r.start < c1 and c0 < r.end]
    c0, c1 = _with_marks(c0, c1, covered, quotes)
    quoted = [r for r in covered if not is_title(text, r)]
    return ("mixed" if quoted else "indirect"), c0, c1


def _with_marks(c0: int, c1: int, covered: list[marks.Quoted], quotes: list[Quote]) -> tuple[int, int]:
    """A reported clause widened to the marks of the quotes that open in it: "der Bericht
    sei „ein grundlegendes Dokument“" ends after the closing mark, and a quote that opens
    in the clause and runs on past the sentence ("müssten „alle … schauen. Je eher …“")
    belongs to it to its end. Marks that already make a direct quote of their own
    ("…, und es gebe nun keine Sicherheit: „Ich meine …“") stay apart."""
    direct = {q.start for q in quotes if q.kind == "direct"}
    for r in covered:
        if c0 <= r.start <= c1 and r.start not in direct:
            c0, c1 = min(c0, r.outer[0]), max(c1, r.outer[1])
    return c0, c1


def _bracket_speaker(text: str, sent: Sentence, r: marks.Quoted) -> list[int] | None:
    """"Mohammed ElBaradei („Mir fällt niemand ein …“)": a quote in brackets right after
    a name is that person's."""
    if text[r.outer[0] - 1:r.outer[0]] != "(":
        return None
    before = [w for w in sent.words if w.end <= r.outer[0] - 1]
    if not before or before[-1].upos != "PROPN" or before[-1].end < r.outer[0] - 2:
        return None
    return _mention(sent, before[-1])


def _content_clause_speaker(text: str, sent: Sentence, r: marks.Quoted, inside) -> list[int] | None:
    """"Das Gericht kam zu dem Ergebnis, „dass …“": a whole content clause in marks after
    a comma is the words of the clause's subject, whatever noun or verb introduced it."""
    if not re.match(r"(dass|daß|ob)\b", text[r.start:r.start + 4]) or before_mark(text, r) != ",":
        return None
    for h in [w for w in sent.words if w.end <= r.outer[0] and w.upos in ("VERB", "AUX")]:
        subj = [d for d in sent.dependents(h.i, "nsubj") if d.end <= r.outer[0] and not inside(d.start)
                and d.upos in ("NOUN", "PROPN", "PRON")]
        if subj:
            return _mention(sent, subj[0])
    return None


def _object_cue(r: marks.Quoted, cues: list[Cue]) -> Cue | None:
    """"nannte die Zahlen „aus der Luft gegriffen“", "sprach von einer „Zäsur“": marks
    inside the phrase of a speech verb that has no content clause quote its words."""
    for cue in cues:
        if cue.kind in ("prep", "noun", "so"):
            continue
        sent = cue.sent
        if cue.content:
            continue  # a verb with a clause of its own: marks in it make a mixed quote
        sub = [sent.words[j] for j in sent.subtree(cue.i) if j not in cue.source]
        if any(w.start >= r.start and w.end <= r.end for w in sub) and cue.source:
            return cue
    return None


def _subject_outside(cue: Cue, inside) -> list[int]:
    """A subject next to the verb and outside the quotation marks: "erklärt er", "er erklärt"."""
    words = cue.sent.words
    for j in (cue.i + 1, cue.i - 1, cue.i + 2):
        if 0 <= j < len(words) and not inside(words[j].start) and words[j].upos in ("PRON", "PROPN", "NOUN") \
                and words[j].featdict.get("Case", "Nom") == "Nom":
            return _mention(cue.sent, words[j])
    return []


def _speaks(cue: Cue) -> bool:
    """A speaker uttering the words of the verb's phrase ("wies dies als „Unverschämtheit“
    zurück", "warfen der Regierung „Wortbruch“ vor"), not a thing being called something
    ("der als „Sonnenwind“ bezeichnet wird", "auch „BD-Live“ genannt", "heißen")."""
    if cue.kind != "say" or not cue.source or cue.passive or cue.content or cue.lemma == "heißen":
        return False
    verb = cue.sent.words[cue.i]
    return verb.xpos != "VVPP" or bool(cue.sent.dependents(cue.i, "aux"))


def _naming(cue: Cue) -> bool:
    """"nennt sich „documenta 12“", "Dies nennt man einen „Aktiensplit“", "Als Beispiele
    nennt VW die Modelle „Touareg“": the verb gives a name, nobody is quoted."""
    sent = cue.sent
    deps = [sent.words[j] for j in sent.subtree(cue.i)]
    return any(w.text.lower() in ("sich", "man", "beispiel", "beispiele", "namen", "titel") for w in deps)


def _anaphoric(sent: Sentence, cue: Cue, sentences: list[Sentence]) -> tuple[int, int] | None:
    """"Dies bestätigte Stoiber.": a demonstrative object of the cue at the start of the
    sentence points back to the sentence before, which is what was confirmed."""
    first = sent.words[0]
    if sent.index == 0 or first.text.lower() not in ("dies", "das", "dieses") or first.head != cue.i:
        return None
    prev = sentences[sent.index - 1]
    if prev.paragraph != sent.paragraph:
        return None
    words = [w for w in prev.words if w.upos != "PUNCT" or w.text in "“”\"«»"]
    if len(words) < 4:
        return None
    return words[0].start, words[-1].end


def _is_fragment(text: str, r: marks.Quoted, c0: int, c1: int) -> bool:
    """A quoted stretch that is only part of a reported clause: the clause is a mixed
    quote, the fragment no quote of its own. So it is when words of the clause stand
    before the marks ("es werde „enge Arbeit“ geben", "ihr lägen „bis zur Stunde keine
    Unterlagen vor …“"; a colon opens an utterance of its own, though), or when the marks
    cover little of the clause."""
    if c0 < r.outer[0] and before_mark(text, r) != ":":
        lead = [w for w in re.findall(r"\w+", text[c0:r.outer[0]]) if w.lower() not in ("dass", "daß", "ob")]
        if lead:
            return True
    content_len = max(1, c1 - c0)
    covered = max(0, min(r.end, c1) - max(r.start, c0))
    return covered / content_len < 0.6 and not (r.start <= c0 + 2 and looks_like_speech(text, r))


def _attribute(cue: Cue, speakers: Speakers, state: State) -> Attribution:
    """Speaker, cue and outlet for a cue; an outlet in the source position ("berichtet
    BelTA", "laut Tass") is the outlet, and the speaker comes from the context."""
    sent = cue.sent
    outlet = outlet_in(sent, cue.outlet_words) if cue.outlet_words else None
    src = cue.source
    if src and is_outlet(sent, src):
        outlet = outlet_in(sent, src) or outlet
        if cue.kind == "report" and state.last is not None:
            # "…, berichtet BelTA": the agency carried what the last speaker said
            return Attribution(state.last.speaker, cue, outlet)
        res = speakers.resolve(sent, src)
        # "so der Telegram-Kanal Pul Perwogo": the channel speaks, the platform carries it
        own = [j for j in src if sent.words[j].upos == "PROPN" and not lexicon.load().outlet(sent.words[j].text)]
        name = " ".join(sent.words[j].text for j in own) if own else outlet
        return Attribution(Resolved(name or res.name, res.start, res.end, res.mention), cue, outlet)
    if cue.name is not None and src:
        # the mention is the source phrase, the name sits inside it ("Angaben der Polizei")
        named = speakers.resolve(sent, cue.name) if cue.name else Resolved(None, None, None, None)
        mention = speakers.resolve(sent, src)
        if named.name is None and state.last is not None and not cue.name:
            named = state.last.speaker
        return Attribution(Resolved(named.name or mention.name, mention.start, mention.end, mention.mention),
                           cue, outlet or (outlet_in(sent, cue.name) if cue.name else None) or _sentence_outlet(cue))
    if not src:
        # "war berichtet worden, dass …": a passive without agent names no one
        known = state.last is not None and not (cue.passive and cue.kind in ("say", "report", "think"))
        speaker = state.last.speaker if known else Resolved(None, None, None, None)
        return Attribution(speaker, cue, outlet or _sentence_outlet(cue))
    return Attribution(speakers.resolve(sent, src), cue, outlet or _sentence_outlet(cue))


def _sentence_outlet(cue: Cue) -> str | None:
    """"auf Telegram", "im Staatsfernsehen": a medium among the cue's adjuncts."""
    sent = cue.sent
    for d in sent.dependents(cue.i, "obl", "nmod", "advmod"):
        name = outlet_in(sent, sent.subtree(d.i))
        if name:
            return name
    return None


def _quote(article_id, kind, text, start, end, att: Attribution, conf, rule, sent: Sentence) -> Quote:
    cue = att.cue
    cs, ce = cue.span if cue is not None else (None, None)
    sp = att.speaker
    return Quote(article=article_id, kind=kind, text=text[start:end], start=start, end=end,
                 speaker=sp.name, speaker_start=sp.start, speaker_end=sp.end,
                 cue=cue.lemma if cue is not None else None, cue_start=cs, cue_end=ce,
                 outlet=att.outlet, confidence=round(min(conf, 0.99), 3), speaker_mention=sp.mention,
                 sentence=text[sent.start:sent.end], rule=rule)


def _overlaps(q: Quote, s: int, e: int) -> bool:
    return q.start < e and s < q.end


def _sentence_at(sentences: list[Sentence], pos: int) -> int:
    for s in sentences:
        if s.start <= pos < s.end + 1:
            return s.index
    return -99


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """One quote per stretch of text: of two overlapping by half or more, keep the surer."""
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: -q.confidence):
        clash = False
        for o in out:
            ov = min(q.end, o.end) - max(q.start, o.start)
            if ov > 0 and ov * 2 >= min(q.end - q.start, o.end - o.start):
                clash = True
                break
        if not clash:
            out.append(q)
    return sorted(out, key=lambda q: q.start)
