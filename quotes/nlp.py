"""The German parser: Stanza models shipped in ``quotes/models/de``, loaded offline.

Stanza cannot download German models here, so the project trains its own
(``scripts/train_models.py``) and ships them inside the package.  `load_pipeline()`
builds a ``stanza.Pipeline`` from those files only: no hub, no network, no writable home
directory.  `parse()` turns Stanza's output into the small `Sentence`/`Word` records the
quotation rules work on, with character offsets into the original text.
"""
from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable

from .german import ABBREVIATIONS

MODEL_DIR = Path(__file__).resolve().parent / "models" / "de"
REBUILD = "python scripts/train_models.py all"

# processor -> (keyword of stanza.Pipeline, file name in MODEL_DIR)
MODEL_FILES = {
    "tokenize": [("tokenize_model_path", "tokenize.pt")],
    "mwt": [("mwt_model_path", "mwt.pt")],
    "pos": [("pos_model_path", "pos.pt"), ("pos_pretrain_path", "pretrain.pt")],
    "lemma": [("lemma_model_path", "lemma.pt")],
    "depparse": [("depparse_model_path", "depparse.pt"), ("depparse_pretrain_path", "pretrain.pt")],
    "gender": [("gender_model_path", "noun_gender.tsv.gz")],  # a lexicon: quotes/gender.py
    "mood": [],  # rules, no model file: quotes/mood.py
}
PROCESSORS = "tokenize,mwt,pos,lemma,gender,depparse,mood"
# Batch sizes measured fastest on German news on 2 cores (bench/parser_speed.py): the
# parser's arc scores grow with the square of the longest sentence in a batch, so small
# batches of similar length win; the lemmatizer's decoder steps once per batch.
BATCH_SIZES = {"depparse_batch_size": 500, "lemma_batch_size": 1000}
# The lemmatizer's character decoder runs only for words its dictionary lacks; with
# `store_results` each such (word, tag) is decoded once per process and then looked up
# (identical lemmas; over 700 Wikinews articles 12.4 s instead of 17.3 s of lemmatizer
# time, with `speedups.lemma_loader`; 1.0 s instead of 5.3 s for a second pass).
LEMMA_OPTIONS = {"lemma_store_results": True}


# German contractions of preposition and article: the only tokens that are two words.
# The tokenizer, trained on 3k sentences, sometimes flags others ("Um" -> "Un dem").
# They are expanded from this table (Stanza's `mwt_dict_only`), not by the MWT model's
# character decoder, which took as long as the tokenizer itself.
CONTRACTIONS = {
    "am": "an dem", "an's": "an das", "ans": "an das", "aufs": "auf das", "beim": "bei dem",
    "durchs": "durch das", "fürs": "für das", "hinterm": "hinter dem", "hinters": "hinter das",
    "im": "in dem", "ins": "in das", "übers": "über das", "überm": "über dem", "ums": "um das",
    "unterm": "unter dem", "unters": "unter das", "vom": "von dem", "vorm": "vor dem",
    "vors": "vor das", "zum": "zu dem", "zur": "zu der"}


def only_contractions(sentences: list[list]) -> list[list]:
    """Tokenizer postprocessor: keep the multi-word flag only on real contractions."""
    return [[w if isinstance(w, str) or w[0].lower() in CONTRACTIONS else w[0] for w in sent]
            for sent in sentences]


class ModelError(RuntimeError):
    """A shipped model file is missing or unreadable; the message is one line for the user."""


_cache: dict[tuple, object] = {}
_lock = threading.Lock()


def load_pipeline(processors: str = PROCESSORS, model_dir: Path | None = None, **kwargs):
    """A ready ``stanza.Pipeline`` from the shipped model files, cached per process.

    Raises `ModelError` naming the file and the command that rebuilds it when a model is
    missing or corrupt, instead of Stanza's multi-line advice to download it.
    """
    model_dir = Path(model_dir or os.environ.get("QUOTES_MODEL_DIR") or MODEL_DIR)
    key = (processors, str(model_dir), tuple(sorted(kwargs.items())))
    with _lock:
        if key not in _cache:
            _cache[key] = _build(processors, model_dir, kwargs)
        return _cache[key]


def _build(processors: str, model_dir: Path, kwargs: dict):
    paths = {}
    for proc in processors.split(","):
        for kw, name in MODEL_FILES[proc]:
            path = model_dir / name
            if not path.is_file() or path.stat().st_size == 0:
                raise ModelError(f"model file missing: {path} (rebuild with: {REBUILD})")
            paths[kw] = str(path)
    resources = model_dir / "resources.json"
    if not resources.is_file():
        raise ModelError(f"model file missing: {resources} (rebuild with: {REBUILD})")

    import stanza  # imported here: torch takes a second to load

    from . import gender, mood, speedups  # noqa: F401  gender, mood: register the processors

    speedups.install()  # same output, less time

    logging.getLogger("stanza").setLevel(logging.WARNING)
    try:
        with speedups.without_optimizers(), speedups.unpickled_fast(MODEL_DIR):
            pipeline = stanza.Pipeline(
                "de", dir=str(model_dir), resources_filepath=str(resources), download_method=None,
                allow_unknown_language=True, use_gpu=False, processors=processors,
                logging_level="ERROR", tokenize_postprocessor=only_contractions,
                mwt_dict_only=True, **paths, **{**BATCH_SIZES, **LEMMA_OPTIONS, **kwargs})
    except Exception as e:  # a truncated or foreign .pt file fails deep inside torch
        bad = _which_file(e, paths)
        raise ModelError(f"cannot load model file {bad}: {type(e).__name__} "
                         f"(rebuild with: {REBUILD})") from e
    if "mwt" in pipeline.processors:
        pipeline.processors["mwt"].trainer.expansion_dict.update(CONTRACTIONS)
    return pipeline


def _which_file(error: Exception, paths: dict) -> str:
    msg = str(error)
    for p in paths.values():
        if p in msg or Path(p).name in msg:
            return p
    import torch

    for p in dict.fromkeys(paths.values()):  # find the unreadable one by trying each
        try:
            torch.load(p, map_location="cpu", weights_only=False)
        except Exception:
            return p
    return str(next(iter(paths.values())))


@dataclass
class Word:
    """One syntactic word (``zum`` is two: ``zu`` + ``dem``, both with the token's span)."""
    i: int  # index in the sentence, 0-based
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # index of the head word, -1 for the root
    deprel: str
    start: int  # character offsets into the article text
    end: int

    @cached_property
    def featdict(self) -> dict[str, str]:
        if not self.feats or self.feats == "_":
            return {}
        return dict(f.split("=", 1) for f in self.feats.split("|") if "=" in f)

    @property
    def is_subjunctive(self) -> bool:
        return self.featdict.get("Mood") == "Sub"


@dataclass
class Sentence:
    words: list[Word]
    paragraph: int = 0
    index: int = 0  # position in the article
    parsed: bool = True  # False: tokenised only (see `parse(select=...)`)

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @cached_property
    def children(self) -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in self.words]
        for w in self.words:
            if w.head >= 0:
                kids[w.head].append(w.i)
        return kids

    def subtree(self, i: int, exclude: set[int] = frozenset()) -> list[int]:
        """Indices of word `i` and all its dependents, minus the subtrees in `exclude`."""
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            if j in exclude:
                continue
            out.append(j)
            todo.extend(self.children[j])
        return sorted(out)

    def dependents(self, i: int, *rels: str) -> list[Word]:
        return [self.words[j] for j in self.children[i]
                if not rels or self.words[j].deprel.split(":")[0] in rels or self.words[j].deprel in rels]


@dataclass
class Parsed:
    text: str
    sentences: list[Sentence] = field(default_factory=list)


def parse(text: str, nlp=None, paragraphs: list[tuple[int, int]] | None = None,
          select: Callable[[str], bool] | None = None) -> Parsed:
    """Parse one text; see `parse_many`."""
    return parse_many([(text, paragraphs)], nlp, select)[0]


def parse_many(texts: list[tuple[str, list[tuple[int, int]] | None]], nlp=None,
               select: Callable[[str], bool] | None = None) -> list[Parsed]:
    """Parse several texts, given as ``(text, paragraph spans or None)``, in one pass
    through each Stanza model.

    Texts are parsed paragraph by paragraph (a quote never crosses a blank line, and
    Stanza's sentence splitter does better on short inputs), but the paragraphs of all
    texts go through the models together: the models' recurrent layers step through a
    batch once however many sentences it holds, so many short articles cost little more
    than one long one (about 1.5 times faster than article by article).

    With `select`, every sentence is tokenised but only those for which
    ``select(sentence_text)`` is true -- and the sentence before each, which often names
    the speaker -- are tagged, lemmatised and parsed; the rest come back with
    ``parsed=False``.  Tagging and parsing are most of the cost, and most sentences of an
    article hold no quote.
    """
    nlp = nlp or load_pipeline()
    from . import tokens

    jobs = [(text, split_paragraphs(text) if paras is None else paras) for text, paras in texts]
    split = tokens.split(nlp, [text[s:e] for text, paras in jobs for s, e in paras], CONTRACTIONS)
    split = [split_after_letter(split_after_quotes(join_abbreviations(join_dotted_words(para)))) for para in split]
    groups, k = [], 0  # each text's paragraphs, as lists of sentences
    for _, paras in jobs:
        groups.append(split[k:k + len(paras)])
        k += len(paras)
    chosen = []
    for (text, paras), group in zip(jobs, groups):  # the sentence before a chosen one, within the same text
        flat = [sent for para in group for sent in para]
        if select is None:
            chosen += flat
            continue
        keep = [select(text[s + sent[0].start:s + sent[-1].end])
                for (s, _), para in zip(paras, group) for sent in para]
        chosen += [sent for i, sent in enumerate(flat) if keep[i] or (i + 1 < len(keep) and keep[i + 1])]
    analysed = {}  # id() of a tagged and parsed sentence -> Stanza's analysis of it
    if chosen:  # one document of just these sentences
        doc = nlp(tokens.stanza_sentences(chosen), processors="pos,lemma,gender,depparse,mood")
        analysed = {id(toks): sent for toks, sent in zip(chosen, doc.sentences)}
    return [_records(text, paras, group, analysed) for (text, paras), group in zip(jobs, groups)]


def join_abbreviations(sentences: list[list]) -> list[list]:
    """A paragraph's sentences (lists of `tokens.Token`) with the splits after an
    abbreviation undone: "… seit ca." + "8.00 Uhr Ortszeit blockiert wird." is one
    sentence when a number or a lower-case word follows the abbreviation's stop."""
    out: list[list] = []
    for sent in sentences:
        if out and len(out[-1]) >= 2 and out[-1][-1].text == "." and out[-1][-2].text in ABBREVIATIONS \
                and sent and (sent[0].text[:1].isdigit() or sent[0].text[:1].islower()):
            out[-1] = out[-1] + sent
        else:
            out.append(sent)
    return out


#: a name or web address with a stop inside ("ver.di", "spiegel.de"), or a word after a
#: short lower-case part or a number and a hyphen ("el-Baradei", "dpa-Meldung",
#: "53-Jährige"; which of these are names `quotes.speakers.capitalised` decides)
DOTTED = re.compile(r"[^\W\d_]{2,}\.[a-zäöüß]{2,}|([a-z]{1,3}|\d+)-[^\W\d_]{2,}")


def join_dotted_words(sentences: list[list]) -> list[list]:
    """A paragraph's sentences with dotted and hyphened words whole again: "ver.di",
    "spiegel.de", "el-Baradei", "53-Jährige" are one token, which the tokenizer may have
    split ("ver" "." "di", "spiegel" ".de", "el" "-" "Baradei") and even ended a sentence
    at; the models see it with a capital, as a name or noun."""
    out: list[list] = []
    for sent in sentences:
        if out and sent and _dotted(out[-1][-2:] + sent[:1]):
            out[-1] = out[-1] + list(sent)
        else:
            out.append(list(sent))
    for k, sent in enumerate(out):
        joined: list = []
        for tok in sent:
            joined.append(tok)
            if "." not in tok.text and "-" not in tok.text and (len(joined) < 2 or joined[-2].text not in ".-"):
                continue  # (most words: nothing to join)
            for n in (3, 2, 1):
                if len(joined) >= n and _dotted(joined[-n:]):
                    text = "".join(t.text for t in joined[-n:])
                    # (to the models a name, as a capital tells them: alone, "ver.di" is an
                    # adverb; the word keeps its own spelling, see `_records`)
                    joined[-n:] = [type(tok)(text, joined[-n].start, tok.end, (text[0].upper() + text[1:],))]
                    break
        out[k] = joined
    return out


def _dotted(toks: list) -> bool:
    """Do these tokens, with no space between them, spell one dotted name?"""
    return all(a.end == b.start for a, b in zip(toks, toks[1:])) \
        and DOTTED.fullmatch("".join(t.text for t in toks)) is not None


#: words that open a sentence and never follow an initial ("Ein Sprecher …", not "J. Smith")
SENTENCE_OPENERS = {"Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Einer", "Es", "Er", "Sie", "Wir", "Ich",
                    "Man", "Auch", "Doch", "Aber", "Im", "Am", "Zudem", "Dabei", "Dies", "Diese", "Dieser",
                    "Damit", "Deshalb", "Laut", "Zuvor", "Später", "Nun", "Jetzt", "Dort", "Bereits"}


def split_after_letter(sentences: list[list]) -> list[list]:
    """A paragraph's sentences with a split the tokenizer missed after a capital letter
    and a stop, which it read as an initial: "… schrieb sie auf X. Ein Sprecher …" (the
    platform X); an initial is followed by a name, not by an article or pronoun.  The
    stop becomes a token of its own."""
    out: list[list] = []
    for sent in sentences:
        start = 0
        for k in range(len(sent) - 1):
            tok = sent[k]
            if len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." \
                    and sent[k + 1].text in SENTENCE_OPENERS and k - start > 2:
                letter = type(tok)(tok.text[0], tok.start, tok.start + 1, (tok.text[0],))
                stop = type(tok)(".", tok.start + 1, tok.end, (".",))
                out.append(sent[start:k] + [letter, stop])
                start = k + 1
        out.append(sent[start:])
    return out


#: marks that close a quotation ("„…!“", "»…«", "«…»", straight quotes)
CLOSING_MARKS = {"“", "”", "«", "»", '"'}


def split_after_quotes(sentences: list[list]) -> list[list]:
    """A paragraph's sentences with a split the tokenizer missed: after a quote that ends
    its own sentence ("… unter dem Motto „… Zapfenstreich abpfeifen!“ Verteidigungsminister
    Struck sagte, …"): a stop, a closing mark, then a capitalised word starts a sentence
    (an inquit after the marks goes on in lower case: "„…?“ fragte er")."""
    out: list[list] = []
    for sent in sentences:
        start = 0
        for k in range(1, len(sent) - 1):
            if sent[k].text in CLOSING_MARKS and sent[k - 1].text in (".", "!", "?") \
                    and sent[k + 1].text[:1].isupper() and sent[k + 1].start > sent[k].end \
                    and k - start > 2:
                out.append(sent[start:k + 1])
                start = k + 1
        out.append(sent[start:])
    return out


def _records(text: str, paragraphs: list[tuple[int, int]], sentences: list[list[list]],
             analysed: dict) -> Parsed:
    """Tokens and Stanza's analyses for the paragraphs of `text` -> our `Parsed` (offsets
    into `text`); sentences not analysed keep their words with no tags."""
    out = Parsed(text)
    for p, ((pstart, _), para) in enumerate(zip(paragraphs, sentences)):
        for toks in para:
            sent = analysed.get(id(toks))
            tagged = iter(sent.words) if sent is not None else None
            words = []
            for tok in toks:
                for form in tok.words:
                    w = next(tagged) if tagged is not None else None
                    words.append(Word(
                        i=len(words), text=tok.text if len(tok.words) == 1 else form, lemma=(w and w.lemma) or form,
                        upos=(w and w.upos) or "X", xpos=(w and w.xpos) or "_",
                        feats=(w and w.feats) or "_", head=((w and w.head) or 0) - 1,
                        deprel=(w and w.deprel) or "dep", start=pstart + tok.start, end=pstart + tok.end))
            out.sentences.append(Sentence(words, paragraph=p, index=len(out.sentences), parsed=sent is not None))
    return out


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line block; a line break ends a paragraph too,
    since news texts put one paragraph per line."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            s = pos + (len(line) - len(line.lstrip()))
            spans.append((s, s + len(stripped)))
        pos += len(line)
    return spans
