"""Faster ways for Stanza to compute what it computes anyway: same output, less time.

Each function here replaces one piece of Stanza's inference with one that gives the
same result (tested against Stanza's own in ``tests/test_nlp.py``) and is applied by
`install()` when `quotes.nlp` builds its pipeline.  Nothing here changes what a model
predicts; measured with ``bench/parser_speed.py`` (``--stanza`` for Stanza's own code).

* `greedy_or_mst`: the parser's tree decoder, skipping Chu-Liu-Edmonds when the best
  heads already form a tree;
* `find_cycles`: the cycle finder inside Chu-Liu-Edmonds, for the graphs it is given
  (every word has one head), without a general strongly-connected-components search;
* `predict_arcs`: the graph parser's prediction, scoring relation labels only for the
  chosen arcs instead of for every pair of words;
* `lemma_loader`: the lemmatizer's input, prepared only for the words its dictionary
  lacks (Stanza also prepares every other word, then does not read them);
* `tag_batch`: the tagger's output turned into tags for each sentence's words only
  (Stanza converts every padding position of a batch as well, twice the work);
* `greedy_lemmas`: the lemmatizer's decoder, run once per distinct (word, tag) of a
  batch, and a word leaves the batch once its lemma has ended (Stanza steps every word
  of the batch until the longest lemma is done);
* `long_tensor`: the padded id matrices the tagger and parser read (a word's character
  ids, a sentence's word ids), filled from one flat array instead of a small tensor per
  row;
* `word_shapes`: the tagger's and the parser's character model, run once per distinct
  word (a word's vector depends on its characters alone; a news text repeats most of
  its words);
* `remembered`: the vocabularies' conversions, computed once per distinct value instead
  of once per word: a word's character ids (the tokenizer, tagger and parser each map
  every word's characters, a million lookups per 200 articles), and a feature string
  ("Case=Nom|Gender=Fem|...") to and from its ids (the tagger's output and the parser's
  input go through them).

Two more apply only while the models load: `without_optimizers` (no training
optimizers for models that only predict) and `unpickled_fast` (the package's own model
files read with Python's unpickler).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

#: Heads whose side of the label scores is computed at once (bounds memory).
LABEL_CHUNK = 1024

#: Stanza's own functions that `install` replaced, for what they still do, by
#: "<class or module>.<name>" ("GraphParser.predict", "data.get_long_tensor").
_STANZA: dict = {}


def install() -> None:
    """Point Stanza at the functions of this module (idempotent)."""
    for owner, name, ours in _replacements():
        original = _STANZA.setdefault(_key(owner, name), getattr(owner, name))
        setattr(owner, name, ours(original))


def uninstall() -> None:
    """Give Stanza its own functions back (to compare speed and output)."""
    for owner, name, _ in _replacements():
        if _key(owner, name) in _STANZA:
            setattr(owner, name, _STANZA[_key(owner, name)])


def _key(owner, name: str) -> str:
    """Two owners may name their functions alike (the tagger's and the parser's
    ``predict``); the pos and depparse data modules share one ``get_long_tensor``."""
    return f"{owner.__name__.rsplit('.', 1)[-1]}.{name}"


def _replacements() -> list[tuple]:
    """(object, attribute, function of Stanza's original giving ours) for each patch."""
    from stanza.models.common import char_model, chuliu_edmonds, seq2seq_model
    from stanza.models.common.vocab import BaseVocab, CompositeVocab
    from stanza.models.depparse import data as depparse_data
    from stanza.models.depparse import model
    from stanza.models.pos import data as pos_data
    from stanza.models.pos import trainer as pos_trainer
    from stanza.pipeline import lemma_processor

    return [
        (model, "chuliu_edmonds_one_root", lambda _: greedy_or_mst),
        (char_model.CharacterModel, "forward", word_shapes),
        (chuliu_edmonds, "tarjan", lambda _: find_cycles),
        (model.GraphParser, "predict", lambda _: predict_arcs),
        (BaseVocab, "map", lambda original: remembered(original, word_of(CompositeVocab))),
        (CompositeVocab, "id2unit", lambda original: remembered(original, lambda _, ids: tuple(ids))),
        (CompositeVocab, "unit2id", lambda original: remembered(original, lambda _, unit: unit)),
        (lemma_processor, "DataLoader", lambda _: lemma_loader),
        (seq2seq_model.Seq2SeqModel, "predict_greedy", greedy_lemmas),
        (pos_trainer.Trainer, "predict", tag_batch),
        (pos_data, "get_long_tensor", lambda _: long_tensor),
        (depparse_data, "get_long_tensor", lambda _: long_tensor),
    ]


def lemma_loader(doc, batch_size, args, vocab=None, evaluation=False, conll_only=False, skip=None,
                 expand_unk_vocab=False):
    """Stanza's lemmatizer ``DataLoader``, as its processor calls it.

    With a dictionary (``ensemble_dict``) the processor builds two loaders: one over all
    words, of which it reads only the document back, and one over the words the
    dictionary lacks (`skip`), which the decoder reads.  The first need not turn every
    word into character ids, which took most of the lemmatizer's time once its
    dictionary knew the text's words.
    """
    whole = skip is None and evaluation and args.get("ensemble_dict", False)
    loader = _STANZA["lemma_processor.DataLoader"]
    return loader(doc, batch_size, args, vocab=vocab, evaluation=evaluation,
                  conll_only=conll_only or whole, skip=skip, expand_unk_vocab=expand_unk_vocab)


def tag_batch(original):
    """The tagger's ``Trainer.predict``: for each sentence of a batch, each word's tags
    (one value per output column: UPOS, XPOS, features).

    The model predicts a tag for every position of the padded batch; Stanza turns all
    of them into Python lists and tag strings, then keeps each sentence's first words.
    Here only the words are converted.  Extra columns go to Stanza's method.
    """
    from stanza.models.common import utils
    from stanza.models.pos.trainer import unpack_batch

    def predict(self, batch, unsort=True, extra_columns=False):
        if extra_columns:
            return original(self, batch, unsort=unsort, extra_columns=extra_columns)
        device = next(self.model.parameters()).device
        inputs, orig_idx, word_orig_idx, sentlens, wordlens, text = unpack_batch(batch, device)
        word, word_mask, wordchars, wordchars_mask, tags, pretrained = inputs
        self.model.eval()
        _, preds = self.model(word, word_mask, wordchars, wordchars_mask, tags, pretrained,
                              word_orig_idx, sentlens, wordlens, text)
        columns = [(self.vocab[column.name], pred.numpy())
                   for column, pred in zip(self.model.tag_columns, preds) if column.output]
        if not columns:
            return original(self, batch, unsort=unsort, extra_columns=extra_columns)
        result = [[list(tags) for tags in zip(*(vocab.unmap(ids[i, :n].tolist()) for vocab, ids in columns))]
                  for i, n in enumerate(sentlens)]
        return utils.unsort(result, orig_idx) if unsort else result

    return predict


def greedy_lemmas(original):
    """``Seq2SeqModel.predict_greedy`` (the lemmatizer's decoder, predicting): the
    character ids of each word's lemma, for a batch of words sorted longest first.

    A word and its tag are all the model reads, so a word that comes twice in a batch is
    decoded once (a fifth of them, in batches of Wikinews articles).  Stanza steps the whole
    batch until every lemma has ended (some 580 words to decode per batch of 50 articles,
    the longest lemma 23 to 27 characters); here the rows whose lemma has ended leave the
    batch.  Every row's computation reads that row
    alone (the attention is masked to its own characters), so the lemmas are Stanza's.
    """
    import torch
    from stanza.models.common.seq2seq_constant import EOS_ID, UNK_ID

    def predict_greedy(self, src, src_mask, pos=None, raw=None, never_decode_unk=False):
        if self.training or self.contextual_embedding is not None:
            return original(self, src, src_mask, pos=pos, raw=raw, never_decode_unk=never_decode_unk)
        keys = (src if pos is None else torch.cat([pos.unsqueeze(1), src], 1)).numpy()
        first: dict[bytes, int] = {}
        inverse = [first.setdefault(row.tobytes(), len(first)) for row in keys]
        pick = torch.tensor(_first_rows(inverse), dtype=torch.long)  # still longest first
        src, src_mask = src[pick], src_mask[pick]
        pos = None if pos is None else pos[pick]
        enc_inputs, size, src_lens, src_mask = self.embed(src, src_mask, pos, None)
        h_in, (hn, cn) = self.encode(enc_inputs, src_lens)
        edit_logits = self.edit_clf(hn)[inverse] if self.edit else None
        dec_inputs = self.embedding(self.SOS_tensor).expand(size, 1, -1)
        live, out = torch.arange(size), [[] for _ in range(size)]
        for _ in range(self.max_dec_len):
            log_probs, (hn, cn) = self.decode(dec_inputs, hn, cn, h_in, src_mask, src=src,
                                              never_decode_unk=never_decode_unk)
            preds = log_probs.squeeze(1).max(1)[1]
            for i, p in zip(live.tolist(), preds.tolist()):
                if p != EOS_ID:
                    out[i].append(p)
            going = preds != EOS_ID
            if not going.all():
                if not going.any():
                    break
                live, preds, hn, cn = live[going], preds[going], hn[going], cn[going]
                h_in, src_mask, src = h_in[going], src_mask[going], src[going]
            dec_inputs = self.embedding(preds.masked_fill(preds >= self.vocab_size, UNK_ID).unsqueeze(1))
        return [out[j] for j in inverse], edit_logits

    return predict_greedy


def _first_rows(inverse: list[int]) -> list[int]:
    """The position of each distinct value's first sighting in `inverse` (0, 1, 2, ...)."""
    rows: list[int] = []
    for i, j in enumerate(inverse):
        if j == len(rows):
            rows.append(i)
    return rows


def long_tensor(rows, batch_size, pad_id=0):
    """Stanza's ``get_long_tensor``: `rows` (lists of ids) as a batch_size x longest
    tensor padded with `pad_id`.  Stanza builds a tensor per row (per word, for the
    character ids); here one flat array fills the matrix through a mask.  Deeper
    nesting goes to Stanza's function."""
    import itertools

    import torch

    if not rows or not isinstance(rows[0], list) or any(r and isinstance(r[0], list) for r in rows):
        return _STANZA["data.get_long_tensor"](rows, batch_size, pad_id)
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    width = int(lengths.max())
    out = np.full((batch_size, width), pad_id, dtype=np.int64)
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
    out[:len(rows)][np.arange(width) < lengths[:, None]] = flat
    return torch.from_numpy(out)


#: Distinct values a vocabulary remembers per conversion before it starts afresh.
REMEMBERED = 200_000
#: Distinct words whose character-model vector a model remembers (100 floats each).
WORDS_REMEMBERED = 50_000


def word_shapes(original):
    """``CharacterModel.forward`` (with attention, predicting): each word's vector from
    its characters, computed for the words of the batch not met before and looked up
    for the rest.  The character LSTM reads each word on its own (a packed batch), so a
    word's vector is the same whichever batch it comes in; `tests/test_nlp.py` checks
    the analyses against Stanza's.  About a tenth of tagging and parsing time, and a
    batch of 32 news articles repeats three of every four words."""
    import torch
    from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pack_sequence, pad_packed_sequence
    from stanza.models.common.utils import tensor_unsort

    def forward(self, chars, chars_mask, word_orig_idx, sentlens, wordlens):
        if self.training or not self.attn:
            return original(self, chars, chars_mask, word_orig_idx, sentlens, wordlens)
        memo = self.__dict__.get("_quotes_words")
        if memo is None or len(memo[0]) + len(wordlens) > WORDS_REMEMBERED:
            memo = self.__dict__["_quotes_words"] = ({}, [])  # word -> row, rows
        index, rows = memo
        ids = chars.numpy()
        keys = [ids[i, :n].tobytes() for i, n in enumerate(wordlens)]
        new: dict[bytes, int] = {}
        for i, k in enumerate(keys):
            if k not in index and k not in new:
                new[k] = i  # words come longest first; so do these
        if new:
            pick = list(new.values())
            lens = [wordlens[i] for i in pick]
            embs = self.char_emb(chars[pick, :lens[0]])
            n_states = self.num_dir * self.args["char_num_layers"]
            hx = (self.charlstm_h_init.expand(n_states, len(pick), self.args["char_hidden_dim"]).contiguous(),
                  self.charlstm_c_init.expand(n_states, len(pick), self.args["char_hidden_dim"]).contiguous())
            reps = self.charlstm(pack_padded_sequence(embs, lens, batch_first=True), lens, hx=hx)[0]
            weights = torch.sigmoid(self.char_attn(reps.data))
            reps, _ = pad_packed_sequence(PackedSequence(reps.data * weights, reps.batch_sizes), batch_first=True)
            for k, row in zip(new, reps.sum(1)):
                index[k] = len(rows)
                rows.append(row)
        res = torch.stack([rows[index[k]] for k in keys])
        res = tensor_unsort(res, word_orig_idx)
        res = pack_sequence(res.split(sentlens))
        if self.pad:
            res = pad_packed_sequence(res, batch_first=True)[0]
        return res

    return forward


def remembered(convert, key):
    """`convert(vocab, value)`, remembered per vocabulary and ``key(vocab, value)``.

    A German tagset has a few hundred distinct feature strings and a text a few thousand
    distinct words, but Stanza formats or parses a feature string, and maps a word's
    characters to ids, anew for every word.  A key of None, or a value the key cannot
    take, is converted as Stanza does.  Results are handed out as copies when they are
    lists, so a caller may change them.
    """
    attr = "_quotes_memo_" + convert.__name__

    def cached(vocab, value):
        memo = vocab.__dict__.get(attr)
        if memo is None or len(memo) >= REMEMBERED:
            memo = vocab.__dict__[attr] = {}
        try:
            k = key(vocab, value)
            got = None if k is None else memo.get(k)
        except TypeError:  # a single id, or units that are not strings
            k = None
        if k is None:
            return convert(vocab, value)
        if got is None:
            got = memo[k] = convert(vocab, value)
        return got.copy() if type(got) is list else got

    cached.__name__ = convert.__name__
    cached.__doc__ = convert.__doc__
    return cached


def word_of(composite: type):
    """The key of ``BaseVocab.map`` for `remembered`: the word, when the units are its
    characters (as the character models map every word of every sentence); None for
    other calls (a sentence's words) and for `composite` vocabularies, whose ids are
    lists."""
    def key(vocab, units):
        word = "".join(units)
        return word if len(word) == len(units) and not isinstance(vocab, composite) else None

    return key


@contextmanager
def without_optimizers() -> Iterator[None]:
    """While loading models for inference: no training optimizers.

    Stanza's trainers build an Adam optimizer even to predict; the first one imports
    torch's compiler (``torch._dynamo``), 3.7 of the 6.8 seconds a pipeline took to
    load.  Nothing here trains, so the trainers get none.
    """
    from stanza.models.common import utils

    saved = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    utils.get_split_optimizer = lambda *args, **kwargs: {}
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = saved


@contextmanager
def unpickled_fast(folder) -> Iterator[None]:
    """While loading: model files inside `folder` are read with Python's own unpickler.

    Stanza asks torch for its safe "weights only" unpickler, written in Python: 2.5 s
    for the word vectors' 250,000-word vocabulary and the other models, against 0.3 s.
    Only for `folder`, the models shipped inside this package, which are as trusted as
    its code; files from anywhere else are read as Stanza asks.
    """
    from pathlib import Path

    import torch

    folder = Path(folder).resolve()
    load = torch.load

    def fast_load(f, *args, **kwargs):
        if isinstance(f, (str, Path)) and Path(f).resolve().parent == folder:
            kwargs["weights_only"] = False
        return load(f, *args, **kwargs)

    torch.load = fast_load
    try:
        yield
    finally:
        torch.load = load


def greedy_or_mst(scores):
    """The best single-root tree for a parser's arc `scores` (``scores[i, j]``: word j
    heads word i; row and column 0 are the root), as Stanza's
    ``chuliu_edmonds_one_root`` gives it, but fast for the usual case.

    If every word's best head already forms a tree with one word under the root, that
    tree is the best of all trees, so it is also the best single-root tree and equals
    what Chu-Liu-Edmonds would return. Stanza's pure-Python Chu-Liu-Edmonds (which
    penalises root arcs, so even a perfect greedy tree goes through cycle contraction)
    took over half of the parser's time; it now runs only for sentences whose greedy
    heads contain a cycle or several roots.
    """
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    n = scores.shape[0]
    s = np.array(scores[1:], dtype=np.float64)
    s[np.arange(n - 1), np.arange(1, n)] = -np.inf  # no word heads itself
    heads = s.argmax(axis=1)
    if n > 1 and (heads == 0).sum() == 1 and _acyclic(heads.tolist()):
        return np.concatenate(([0], heads))
    return chuliu_edmonds_one_root(scores)


def _acyclic(heads: list[int]) -> bool:
    """``heads[i-1]`` is the head of word i (0 = root): does every word reach the root?"""
    state = [0] * (len(heads) + 1)  # 0 unseen, 1 on the current path, 2 reaches the root
    state[0] = 2
    for start in range(1, len(heads) + 1):
        path, i = [], start
        while state[i] == 0:
            state[i] = 1
            path.append(i)
            i = heads[i - 1]
        if state[i] == 1:
            return False
        for j in path:
            state[j] = 2
    return True


def find_cycles(tree) -> list:
    """The cycles of a head array (``tree[i]`` heads node i, ``tree[0] == 0``), each as a
    boolean mask, in the order Stanza's ``tarjan`` returns them.

    Chu-Liu-Edmonds calls this once per contraction.  Stanza's Tarjan search walks the
    graph from heads to dependents with numpy scalars; but every node has exactly one
    head, so following heads from each node finds every cycle in linear time.  Tarjan
    meets a cycle when its outer loop reaches the cycle's lowest-numbered node, hence
    the sort.
    """
    heads = [int(h) for h in tree]
    state = [0] * len(heads)  # 0 unseen, 1 on the current path, 2 done
    found = []
    for start in range(len(heads)):
        path, i = [], start
        while state[i] == 0:
            state[i] = 1
            path.append(i)
            i = heads[i]
        if state[i] == 1:
            members = path[path.index(i):]
            if len(members) > 1:
                found.append(members)
        for j in path:
            state[j] = 2
    out = []
    for members in sorted(found, key=min):
        mask = np.zeros(len(heads), dtype=bool)
        mask[members] = True
        out.append(mask)
    return out


def predict_arcs(self, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained,
                 lemma, head, deprel, word_orig_idx, sentlens, wordlens, text,
                 resolve_head_constraints=False):
    """``GraphParser.predict``: [[head, relation], ...] for each sentence of a batch.

    Stanza scores every relation label for every pair of words (a words x words x labels
    tensor, then its log-softmax), though only the label of each word's chosen head is
    read.  Here the trees are decoded from the arc scores first, exactly as Stanza does,
    and the labels are scored for those arcs only: the same argmax, on a few percent of
    the pairs.  Models or options this does not cover go to Stanza's own method.
    """
    import torch.nn.functional as F
    from stanza.models.depparse import model

    if resolve_head_constraints or self.args.get("use_arc_embedding") or self.training:
        return _STANZA["GraphParser.predict"](self, word, word_mask, wordchars, wordchars_mask, upos, xpos,
                                  ufeats, pretrained, lemma, head, deprel, word_orig_idx, sentlens,
                                  wordlens, text, resolve_head_constraints=resolve_head_constraints)
    h = self.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained,
                   lemma, head, deprel, word_orig_idx, sentlens, wordlens, text)
    arcs = _arc_scores(self, h)
    logp = F.log_softmax(arcs, 2).numpy()
    trees = [model.chuliu_edmonds_one_root(logp[i][:n, :n]) for i, n in enumerate(sentlens)]

    names = _arc_labels(self, h, trees)
    out, k = [], 0
    for t in trees:
        out.append([[int(g), names[k + j]] for j, g in enumerate(t[1:])])
        k += len(t) - 1
    return out


def _arc_labels(parser, h, trees) -> list[str]:
    """The best relation label of each arc of `trees` (all words of all sentences, in
    order), from the parser's label scorer: a bilinear form of the dependent's and the
    head's vectors, as in Stanza, but for these arcs only."""
    import torch
    import torch.nn.functional as F
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE

    sent = torch.tensor([i for i, t in enumerate(trees) for _ in range(1, len(t))], dtype=torch.long)
    dep = torch.tensor([j for t in trees for j in range(1, len(t))], dtype=torch.long)
    gov = torch.tensor([int(g) for t in trees for g in t[1:]], dtype=torch.long)
    scorer = parser.deprel
    x = _with_bias_unit(F.relu(scorer.W1(h))[sent, dep])
    # a head has several dependents: its side of the bilinear form is computed once
    arc_heads, which = torch.unique(sent * h.shape[1] + gov, return_inverse=True)
    y = _with_bias_unit(F.relu(scorer.W2(h))[arc_heads // h.shape[1], arc_heads % h.shape[1]])
    weight = scorer.scorer.W_bilin.weight  # (x dims) x (y dims) x labels
    n_x, n_y, n_labels = weight.shape
    flat = weight.permute(1, 0, 2).reshape(n_y, n_x * n_labels)
    order = torch.argsort(which)  # dependents grouped by head, so heads go in chunks
    bounds = torch.searchsorted(which[order], torch.arange(0, len(arc_heads) + LABEL_CHUNK, LABEL_CHUNK))
    labels = torch.empty(len(which), dtype=torch.long)
    for c, s in enumerate(range(0, len(arc_heads), LABEL_CHUNK)):
        yw = (y[s:s + LABEL_CHUNK] @ flat).view(-1, n_x, n_labels)
        deps = order[bounds[c]:bounds[c + 1]]
        scores = torch.einsum("pi,pio->po", x[deps], yw[which[deps] - s]) + scorer.scorer.W_bilin.bias
        labels[deps] = scores.argmax(1)
    return parser.vocab["deprel"].unmap((labels + VOCAB_PREFIX_SIZE).tolist())


def _arc_scores(parser, h):
    """Stanza's unlabelled arc scores (``GraphParser.forward_scores`` without the labels)."""
    import torch
    import torch.nn.functional as F

    n, length = h.shape[0], h.shape[1]
    arcs = parser.unlabeled(h, h).squeeze(3)
    if parser.args["linearization"] or parser.args["distance"]:
        pos = torch.arange(length)
        offset = (pos.view(1, 1, -1) - pos.view(1, -1, 1)).expand(n, -1, -1)
    if parser.args["linearization"]:
        lin = parser.linearization(h, h).squeeze(3)
        arcs += F.logsigmoid(lin * torch.sign(offset).float())
    if parser.args["distance"]:
        dist = 1 + F.softplus(parser.distance(h, h).squeeze(3))
        arcs += -torch.log((offset.abs().float() - dist) ** 2 / 2 + 1)
    arcs.masked_fill_(torch.eye(length, dtype=torch.bool).unsqueeze(0), -float("inf"))
    return arcs


def _with_bias_unit(x):
    import torch

    return torch.cat([x, x.new_ones(x.shape[0], 1)], 1)
