"""Fixtures of the model-free rule suite: no test here may load a Stanza model.

Every rule test holds the parse of a real German news sentence as a CoNLL-U string
(copied from what the shipped models output, `quotes.conllu.to_conllu`), so the suite
needs no model.  `QUOTES_MODEL_DIR` points at an empty folder for the whole session:
a test that loads a model by accident fails loudly (`quotes.nlp.ModelError`) instead of
silently taking ten seconds.  The helpers that read the strings are in `ruletools.py`.
"""
from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def no_models(tmp_path_factory):
    """An empty model folder: any model load in a rule test raises ModelError."""
    empty = tmp_path_factory.mktemp("no-models")
    old = os.environ.get("QUOTES_MODEL_DIR")
    os.environ["QUOTES_MODEL_DIR"] = str(empty)
    yield empty
    if old is None:
        os.environ.pop("QUOTES_MODEL_DIR", None)
    else:
        os.environ["QUOTES_MODEL_DIR"] = old
