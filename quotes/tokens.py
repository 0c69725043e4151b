"""Sentences and tokens from the shipped Stanza tokenizer, without Stanza's documents.

Every character of an article goes through the tokenizer, but only the sentences that
might hold a quote go on to the tagger and parser (`nlp.parse_many`).  Stanza's own
tokenize and mwt processors spend most of their time not in the model but in building
documents: a document of dictionaries, rebuilt once more for the postprocessor that
keeps contractions only, then Token and Word objects for every token, then the same
again for the mwt step -- for sentences most of which are never read.

`split()` runs the same model on the same batches (so the same predictions: a
paragraph's padding in its batch changes what the recurrent layers see, so the batches
are those Stanza makes) and decodes them straight into `Token` records with offsets.
The rest of the pipeline gets Stanza sentences only for the sentences it tags and
parses (`stanza_sentences`).  Tested against Stanza's own tokenize + mwt in
``tests/test_nlp.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

# Stanza's own definitions (stanza.models.tokenization.data), repeated here so that the
# units the model sees are the same: whitespace and C1 control characters are spaces,
# a blank line (with anything invisible on it) ends a paragraph.
_BLANK_LINE = re.compile(r"\n[\s\u0080-\u009f]*\n")
_SPACE = re.compile(r"[\s\u0080-\u009f]")
_NUMERIC = re.compile(r"^[\d]+([,\.]+[\d]+)*[,\.]*$")
_FEATURES = ("space_before", "capitalized", "numeric", "end_of_para", "start_of_para")
TOO_LONG = "<UNK>"  # what Stanza puts in place of a token longer than MAX_TOKEN


@dataclass
class Token:
    """A token of a paragraph: its text, offsets into the paragraph, and its words (one,
    or two for a contraction: "zum" -> "zu", "dem")."""
    text: str
    start: int
    end: int
    words: tuple[str, ...]


class _Chars:
    """Each character's id and features, looked up once per distinct character."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.known: dict[str, tuple[int, int, int, int]] = {}

    def __call__(self, unit: str) -> tuple[int, int, int, int]:
        row = self.known.get(unit)
        if row is None:
            row = (self.vocab.unit2id(unit), int(unit.startswith(" ")), int(unit[0].isupper()),
                   int(_NUMERIC.match(unit) is not None))
            self.known[unit] = row
        return row


_chars: dict[int, _Chars] = {}


def split(nlp, paragraphs: list[str], contractions: dict[str, str]) -> list[list[list[Token]]]:
    """The sentences (lists of `Token`) of each paragraph, as Stanza's tokenize and
    mwt processors (``mwt_dict_only``) would give them with a postprocessor that keeps
    the multi-word flag only on the `contractions`."""
    proc = nlp.processors["tokenize"]
    trainer = proc.trainer
    args = trainer.args
    if args.get("use_dictionary") or args.get("charlm") or args.get("skip_newline") \
            or tuple(args["feat_funcs"]) != _FEATURES:
        raise ValueError("quotes.tokens supports the shipped tokenizer's settings only")
    chars = _chars.setdefault(id(proc.vocab), _Chars(proc.vocab))
    chunks = []  # (paragraph index, units, original offset of each unit)
    for p, text in enumerate(paragraphs):
        for start, chunk in _chunks(text):
            units, where = [], []
            prev_space = False
            for k, unit in enumerate(_SPACE.sub(" ", chunk)):  # one character for one
                if unit == " " and prev_space:  # runs of spaces are one unit
                    continue
                prev_space = unit == " "
                units.append(unit)
                where.append(start + k)
            chunks.append((p, units, where))
    preds = _predict(trainer, [units for _, units, _ in chunks], chars)
    mwt = nlp.processors["mwt"].trainer if "mwt" in nlp.processors else None
    max_len = proc.config.get("max_seqlen", proc.MAX_SEQ_LENGTH_DEFAULT)
    out: list[list[list[Token]]] = [[] for _ in paragraphs]
    for (p, units, where), pred in zip(chunks, preds):
        out[p] += _decode(units, where, pred, contractions, mwt, max_len)
    return out


def _chunks(text: str) -> list[tuple[int, str]]:
    """(offset, text) of the pieces Stanza tokenizes apart: split at blank lines, right-
    stripped, empty ones dropped."""
    out, pos = [], 0
    for m in [*_BLANK_LINE.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[pos:end].rstrip()
        if piece:
            out.append((pos, piece))
        if m:
            pos = m.end()
    return out


def _predict(trainer, paras: list[list[str]], chars: _Chars) -> list[np.ndarray]:
    """Each paragraph's label per character (0 inside a token, 1 token end, 2 sentence
    end, 3/4 the same for a multi-word token): Stanza's `predict`, on the same batches
    (longest paragraphs first, `batch_size` at a time, one padding position more than the
    longest), windows of at most 1,000 characters for longer ones."""
    import torch
    from stanza.models.tokenization.utils import update_pred_regex  # e-mail and web addresses

    batch_size = trainer.args["batch_size"]
    max_seqlen = 1000  # Stanza: max(1000, the processor's max_seqlen)
    order = sorted(range(len(paras)), key=lambda i: len(paras[i]), reverse=True)
    padid = trainer.vocab.unit2id("<PAD>")
    out: list[np.ndarray | None] = [None] * len(paras)
    for b in range(0, len(order), batch_size):
        rows = order[b:b + batch_size]
        pad_len = max(len(paras[i]) for i in rows) + 1
        units = np.full((len(rows), pad_len), padid, dtype=np.int64)
        feats = np.zeros((len(rows), pad_len, len(_FEATURES)), dtype=np.float32)
        for r, i in enumerate(rows):
            n = len(paras[i])
            table = np.array([chars(u) for u in paras[i]], dtype=np.int64).reshape(n, 4)
            units[r, :n] = table[:, 0]
            feats[r, :n, :3] = table[:, 1:]
            feats[r, n - 1, 3] = 1  # end of paragraph
            feats[r, 0, 4] = 1  # start of paragraph
        units_t, feats_t = torch.from_numpy(units), torch.from_numpy(feats)
        lengths = [len(paras[i]) for i in rows]
        if pad_len <= max_seqlen:
            # each row with one padding position, as Stanza's collate leaves it
            pred = np.argmax(_run(trainer, units_t, feats_t, [n + 1 for n in lengths]), axis=2)
        else:
            pred = _windows(trainer, units_t, feats_t, lengths, max_seqlen, padid)
        for r, i in enumerate(rows):
            n = lengths[r]
            p = np.array(pred[r][:n])
            if p[n - 1] < 2:
                p[n - 1] = 2
            elif p[n - 1] > 2:
                p[n - 1] = 4
            out[i] = update_pred_regex(paras[i], p)
    return out  # type: ignore[return-value]


def _run(trainer, units, feats, lengths: list[int]) -> np.ndarray:
    """The model's scores for rows of these `lengths` (padding included: the backward
    layer reads what Stanza gives it, so the rows are as long as Stanza makes them)."""
    import torch

    trainer.model.eval()
    with torch.no_grad():
        return trainer.model(units, feats, lengths).numpy()


def _windows(trainer, units, feats, lengths: list[int], max_seqlen: int, padid: int) -> list[np.ndarray]:
    """Stanza's way through paragraphs longer than `max_seqlen`: predict a window, keep
    it up to its last sentence end, and start the next window there."""
    import torch

    n_rows = len(lengths)
    idx = [0] * n_rows
    pred: list[list[np.ndarray]] = [[] for _ in range(n_rows)]
    widths = [n + 1 for n in lengths]  # rows as Stanza's collate leaves them, then padded out
    while True:
        ens = [min(n - i, max_seqlen) for i, n in zip(idx, lengths)]
        en = max(ens)
        pred1 = np.argmax(_run(trainer, units[:, :en], feats[:, :en], [min(w, en) for w in widths]), axis=2)
        adv = [0] * n_rows
        for j in range(n_rows):
            breaks = np.where((pred1[j] == 2) + (pred1[j] == 4))[0]
            if len(breaks) <= 0 or idx[j] >= lengths[j] - max_seqlen:
                advance = ens[j]
            else:
                advance = int(np.max(breaks)) + 1
            pred[j].append(pred1[j, :advance])
            idx[j] += advance
            adv[j] = advance
        if all(i >= n for i, n in zip(idx, lengths)):
            break
        # Stanza's advance_old_batch: each row moves on by its advance
        lens = (units != padid).sum(1).tolist()
        for j in range(n_rows):
            adv[j] = min(adv[j], lens[j])
        width = max(n - a for a, n in zip(adv, lens))
        new_units = torch.full((n_rows, width), padid, dtype=torch.int64)
        new_feats = torch.zeros((n_rows, width, feats.shape[-1]), dtype=torch.float32)
        for j in range(n_rows):
            new_units[j, :lens[j] - adv[j]] = units[j, adv[j]:lens[j]]
            new_feats[j, :lens[j] - adv[j]] = feats[j, adv[j]:lens[j]]
        units, feats = new_units, new_feats
        widths = [width] * n_rows
    return [np.concatenate(p, 0) for p in pred]


def _decode(units: list[str], where: list[int], pred: np.ndarray, contractions: dict[str, str],
            mwt, max_len: int) -> list[list[Token]]:
    """Labels -> sentences of tokens (Stanza's `decode_predictions`, with offsets taken
    from the characters' own positions instead of searched for in the text)."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    first = 0
    for i in np.flatnonzero(pred >= 1).tolist():
        label = int(pred[i])
        raw = "".join(units[first:i + 1])
        text = raw.lstrip()  # Stanza's normalize_token: units are single spaces already
        if not text:
            first = i + 1
            continue  # a "token" of spaces: dropped, and its sentence end with it
        start = where[first + len(raw) - len(text)]
        end = where[i] + 1
        if len(text) > max_len:
            text = TOO_LONG
        words: tuple[str, ...] = (text,)
        if label in (3, 4) and text.lower() in contractions and mwt is not None:
            expansion = mwt.dict_expansion(text) or text
            parts = [x for x in expansion.split(" ") if x]
            if len(parts) > 1:
                words = tuple(parts)
        current.append(Token(text, start, end, words))
        first = i + 1
        if label in (2, 4):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def stanza_sentences(sentences: list[list[Token]]):
    """A Stanza document of these sentences, for the tagger, lemmatizer and parser."""
    import stanza

    dicts = []
    for sent in sentences:
        rows, i = [], 1
        for tok in sent:
            if len(tok.words) > 1:
                rows.append({"id": (i, i + len(tok.words) - 1), "text": tok.text})
            for w in tok.words:
                rows.append({"id": (i,), "text": w})
                i += 1
        dicts.append(rows)
    return stanza.Document(dicts)
