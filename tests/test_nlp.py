"""The shipped German models parse real news sentences (no training, no network)."""
import shutil

import pytest

from quotes.nlp import MODEL_DIR, ModelError, load_pipeline, parse


@pytest.fixture(scope="module")
def lukaschenko():
    return parse("Russland solle Belarus verteidigen, sagte Lukaschenko.").sentences


def word(sentences, text):
    return next(w for s in sentences for w in s.words if w.text == text)


def test_konjunktiv_is_tagged(lukaschenko):
    assert word(lukaschenko, "solle").featdict.get("Mood") == "Sub"


def test_speech_verb_lemma(lukaschenko):
    assert word(lukaschenko, "sagte").lemma == "sagen"


def test_speaker_is_subject_of_speech_verb(lukaschenko):
    sent = lukaschenko[0]
    luka, sagte = word(lukaschenko, "Lukaschenko"), word(lukaschenko, "sagte")
    assert luka.deprel == "nsubj" and sent.words[luka.head] is sagte


def test_offsets_point_into_the_text():
    text = "Der Kremlchef sagte am Montag zum Thema: „Wir erpressen niemanden.“"
    for s in parse(text).sentences:
        for w in s.words:
            # a contraction's words ("am" = "an" + "dem") share the token's span
            assert text[w.start:w.end] == w.text or text[w.start:w.end] in ("am", "zum")


def test_contraction_is_split_by_mwt():
    words = [w.text for s in parse("Er kam zum Treffen im Kreml.").sentences for w in s.words]
    assert words[2:4] == ["zu", "dem"] and "in" in words


def test_missing_model_file_gives_one_line_error(tmp_path):
    broken = tmp_path / "de"
    shutil.copytree(MODEL_DIR, broken)
    (broken / "depparse.pt").unlink()
    with pytest.raises(ModelError) as e:
        load_pipeline(model_dir=broken)
    msg = str(e.value)
    assert "\n" not in msg and "depparse.pt" in msg and "train_models.py" in msg


def test_corrupt_model_file_gives_one_line_error(tmp_path):
    broken = tmp_path / "de"
    shutil.copytree(MODEL_DIR, broken)
    (broken / "pos.pt").write_bytes(b"not a model")
    with pytest.raises(ModelError) as e:
        load_pipeline(model_dir=broken)
    assert "\n" not in str(e.value) and "pos.pt" in str(e.value)


def test_only_real_contractions_are_split():
    # the tokenizer alone splits sentence-initial "Um" into "Un dem"
    from quotes.nlp import load_pipeline

    doc = load_pipeline()("Um 10:05 Uhr meldete die Agentur den Anschlag. Im Haus war es still.")
    words = [[w.text for w in s.words] for s in doc.sentences]
    assert words[0][0] == "Um"
    assert words[1][:2] == ["In", "dem"]


def test_noun_gender_comes_from_the_lexicon_and_compound_heads():
    from quotes.nlp import load_pipeline

    doc = load_pipeline()("Die Entführer teilten mit, dass die Zugvögel das Regierungshaus umkreisten.")
    feats = {w.text: w.feats or "" for w in doc.sentences[0].words}
    assert "Gender=Masc" in feats["Entführer"]
    assert "Gender=Masc" in feats["Zugvögel"]  # like "Vogel"
    assert "Gender=Neut" in feats["Regierungshaus"]  # like "Haus"


def test_fast_tree_decoding_gives_stanzas_trees():
    """`greedy_or_mst` skips Chu-Liu-Edmonds when the best heads already form a
    single-root tree; on parser-like scores it must return exactly Stanza's tree."""
    import numpy as np
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    from quotes.speedups import greedy_or_mst

    rng = np.random.default_rng(7)
    shortcut = 0
    for _ in range(500):
        n = int(rng.integers(2, 30))
        heads = [0] + [int(rng.integers(0, i)) for i in range(1, n)]
        scores = rng.normal(0, 1, (n, n))
        for i in range(1, n):
            scores[i, heads[i]] += rng.uniform(0, 6)
        scores = (scores - np.log(np.exp(scores).sum(1, keepdims=True))).astype(np.float32)
        ours, theirs = greedy_or_mst(scores.copy()), chuliu_edmonds_one_root(scores.copy())
        assert list(ours) == list(theirs)
        s = scores[1:].copy()
        s[np.arange(n - 1), np.arange(1, n)] = -np.inf
        shortcut += (s.argmax(1) == 0).sum() == 1
    assert 50 < shortcut < 500  # both paths were exercised


def test_cycle_finder_gives_stanzas_cycles():
    """`find_cycles` replaces Stanza's Tarjan search inside Chu-Liu-Edmonds: the same
    cycles, in the same order, on random head arrays (most with several cycles)."""
    import numpy as np

    from quotes import speedups

    speedups.install()
    tarjan, find_cycles = speedups._STANZA["chuliu_edmonds.tarjan"], speedups.find_cycles

    rng = np.random.default_rng(3)
    with_cycles = 0
    for _ in range(2000):
        n = int(rng.integers(2, 40))
        tree = np.array([0] + [int(rng.choice([h for h in range(n) if h != i])) for i in range(1, n)])
        ours, theirs = find_cycles(tree), tarjan(tree)
        assert [list(np.flatnonzero(c)) for c in ours] == [list(np.flatnonzero(c)) for c in theirs]
        with_cycles += len(theirs) > 1
    assert with_cycles > 100


def test_models_load_without_training_optimizers():
    """Loading builds no optimizer (Stanza's trainers make one even to predict, and the
    first imports torch's compiler: most of the loading time), and leaves Stanza's
    optimizer factory as it was for anything that does train."""
    from stanza.models.common import utils

    factory = utils.get_optimizer
    nlp = load_pipeline(processors="tokenize,mwt,pos,lemma,depparse")
    assert nlp.processors["tokenize"].trainer.optimizer is None
    assert nlp.processors["depparse"].trainer.optimizer == {}
    assert utils.get_optimizer is factory


def test_fast_unpickling_only_for_the_shipped_models(tmp_path):
    """`unpickled_fast` reads the package's own model files with Python's unpickler; a
    file elsewhere is still read with torch's safe one, which refuses arbitrary objects."""
    import pickle
    from fractions import Fraction

    import torch

    from quotes import speedups

    foreign = tmp_path / "model.pt"
    torch.save({"weights": Fraction(1, 3)}, foreign)
    with speedups.unpickled_fast(MODEL_DIR), pytest.raises(pickle.UnpicklingError):
        torch.load(foreign, weights_only=True)
    with speedups.unpickled_fast(tmp_path):
        assert torch.load(foreign, weights_only=True) == {"weights": Fraction(1, 3)}


def test_padded_id_matrix_is_stanzas():
    """`long_tensor` builds the same padded id matrices as Stanza's `get_long_tensor`
    (rows of character or word ids, empty rows, extra batch rows, nested ids)."""
    import random

    import torch

    from quotes import speedups

    speedups.install()
    theirs = speedups._STANZA["data.get_long_tensor"]
    rng = random.Random(5)
    for _ in range(500):
        n = rng.randint(1, 20)
        rows = [[rng.randint(0, 99) for _ in range(rng.randint(0, 12))] for _ in range(n)] + [[1]]
        size, pad = n + 1 + rng.choice([0, 2]), rng.choice([0, 1])
        assert torch.equal(speedups.long_tensor(rows, size, pad), theirs(rows, size, pad))
        nested = [[[rng.randint(0, 9)] * 3 for _ in range(rng.randint(1, 5))] for _ in range(n)]
        assert torch.equal(speedups.long_tensor(nested, n), theirs(nested, n))


def test_speedups_give_stanzas_analysis(seed_articles):
    """With `quotes.speedups` (labels scored for the chosen arcs only, the fast cycle
    finder, remembered feature strings, each distinct word through the character models
    once) the tagger and parser give exactly the tags,
    features, lemmas, heads and relations of Stanza's own code, on every sentence of
    a real article."""
    import stanza

    from quotes import speedups

    nlp = load_pipeline()
    text = max(seed_articles, key=lambda a: len(a.text)).text
    doc = nlp(stanza.Document([], text=text), processors="tokenize,mwt")

    def analysis():
        nlp(doc, processors="pos,lemma,depparse")
        return [(w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel) for s in doc.sentences for w in s.words]

    fast = analysis()
    try:
        speedups.uninstall()
        theirs = analysis()
    finally:
        speedups.install()
    assert len(fast) > 500 and fast == theirs


def test_lemma_decoder_gives_stanzas_lemmas(seed_articles):
    """`speedups.greedy_lemmas` (each distinct word and tag decoded once, ended lemmas
    leaving the batch) gives the character ids of Stanza's own decoder, for every word
    of a real article decoded by the lemmatizer's model (its dictionary bypassed, so
    frequent words come many times and lemma lengths vary)."""
    import stanza
    from stanza.models.common.doc import TEXT, UPOS
    from stanza.models.lemma.data import DataLoader
    from stanza.models.lemma.trainer import unpack_batch

    from quotes import speedups

    nlp = load_pipeline()
    proc = nlp.processors["lemma"]
    doc = nlp(stanza.Document([], text=seed_articles[0].text), processors="tokenize,mwt,pos")
    words = doc.get([TEXT, UPOS])
    loader = DataLoader(doc, 1000, proc.config, vocab=proc.vocab, evaluation=True,
                        skip=[False] * len(words), expand_unk_vocab=True)
    model, decoded = proc.trainer.model, 0
    model.eval()  # as the processor predicts (in training mode dropout would decide)
    for batch in loader:
        src, src_mask, _, _, pos, _ = unpack_batch(batch, "cpu")[0]
        ours, our_edits = model.predict_greedy(src, src_mask, pos=pos)
        theirs, their_edits = speedups._STANZA["Seq2SeqModel.predict_greedy"](model, src, src_mask, pos=pos)
        assert ours == theirs
        assert our_edits is None and their_edits is None or \
            our_edits.argmax(1).tolist() == their_edits.argmax(1).tolist()  # what the trainer reads
        decoded += len(ours)
    assert decoded == len(words) > 300 and len({w for w, _ in words}) < len(words)


def test_articles_parsed_together_give_the_same_quotes(seed_articles, seed_quotes):
    from quotes.extract import extract_articles

    together = extract_articles(seed_articles)
    assert [[q.to_json() for q in qs] for qs in together] == \
        [[q.to_json() for q in seed_quotes[a.id]] for a in seed_articles]


def test_mood_tagger_and_rules_read_one_list_of_konjunktiv_forms():
    """quotes.mood (Mood=Sub before the rules) and quotes.konjunktiv share konjunktiv.tsv."""
    from quotes import konjunktiv, mood

    assert mood.KONJ2 == konjunktiv.KONJ2
    assert mood.KONJ1 | mood.KONJ1_3SG <= konjunktiv.KONJ1
    assert mood.subjunctive_form("bliebe", {}, "VVFIN") and not mood.subjunctive_form("gingen", {"Number": "Plur"}, "VVFIN")


def test_tokens_are_stanzas(seed_articles):
    """`quotes.tokens.split` gives the sentences, tokens, offsets and contraction words of
    Stanza's own tokenize and mwt processors (as `load_pipeline` sets them up), on every
    paragraph of the seed articles and of 150 Wikinews articles (where present: batches
    of paragraphs of many lengths, whose padding the model reads), on a paragraph longer
    than the tokenizer's 1,000-character window, and on odd whitespace, blank lines and
    web addresses."""
    import json
    from pathlib import Path

    import stanza

    from quotes import tokens
    from quotes.nlp import CONTRACTIONS, split_paragraphs

    nlp = load_pipeline()
    texts = [a.text for a in seed_articles]
    wikinews = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "dev"
    texts += [json.loads(f.read_text(encoding="utf-8"))["originalText"]
              for f in sorted(wikinews.glob("*.json"))[:150]]
    paragraphs = [t[s:e] for t in texts for s, e in split_paragraphs(t)]
    longest = max(seed_articles, key=lambda a: len(a.text)).text
    paragraphs += [
        " ".join(longest.split()),  # one paragraph of several thousand characters
        "Am Montag\u00a0sagte  er:\t„Wir gehen zum Bahnhof.“\n\n  Im Haus war es still; "
        "mehr unter https://www.example.org/a?b=1 oder per Mail an info@example.org. Ende",
        "Zur Sache: Beim Treffen ging es ums Geld. ZUM SCHLUSS sprach der Chef.",
    ]
    assert max(map(len, paragraphs)) > 3000
    docs = nlp([stanza.Document([], text=p) for p in paragraphs], processors="tokenize,mwt")
    theirs = [[[(t.text, t.start_char, t.end_char, tuple(w.text for w in t.words)) for t in s.tokens]
               for s in d.sentences] for d in docs]
    ours = [[[(t.text, t.start, t.end, t.words) for t in s] for s in p]
            for p in tokens.split(nlp, paragraphs, CONTRACTIONS)]
    assert sum(len(s) for p in theirs for s in p) > 3000
    assert ours == theirs


def test_sentence_ends_after_a_quote_that_ends_its_own_sentence():
    """"… „… Zapfenstreich abpfeifen!“ Verteidigungsminister Peter Struck sagte, …" (Wikinews
    train, 14879): the tokenizer kept one sentence; a stop, a closing mark and a capital
    start a new one, so the speaker's mention does not begin inside the marks.  An inquit
    in lower case after the marks stays in the sentence."""
    text = ("Sie demonstrierten unter dem Motto „50 Jahre Bundeswehr sind 50 Jahre zuviel! Zapfenstreich "
            "abpfeifen!“ Verteidigungsminister Peter Struck sagte, die Kritik müsse hingenommen werden.")
    sents = [text[s.start:s.end] for s in parse(text).sentences]
    assert sents[-1] == "Verteidigungsminister Peter Struck sagte, die Kritik müsse hingenommen werden."
    text = "„Was ist mit dem Radler passiert?“ fragte er die Polizisten."
    assert len(parse(text).sentences) == 1
