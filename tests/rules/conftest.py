"""Fixtures of the model-free rule suite: no test here may load a Stanza model.

Every rule test holds the parse of a real German news sentence as a CoNLL-U string
(copied from what the shipped models output, `quotes.conllu.to_conllu`), so the suite
needs no model.  `QUOTES_MODEL_DIR` points at an empty folder during each rule test:
a test that loads a model by accident fails loudly (`quotes.nlp.ModelError`) instead of
silently taking ten seconds.  The helpers that read the strings are in `ruletools.py`.
"""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def empty_model_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("no-models")


@pytest.fixture(autouse=True)
def no_models(empty_model_dir, monkeypatch):
    """An empty model folder for each rule test (undone after it, so the model tests
    that run later in the same session find the real models): any model load raises
    ModelError."""
    monkeypatch.setenv("QUOTES_MODEL_DIR", str(empty_model_dir))
    yield empty_model_dir
