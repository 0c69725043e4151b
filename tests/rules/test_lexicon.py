"""`quotes.lexicon`: the word lists in quotes/data/*.tsv and the patterns built from them."""
from __future__ import annotations

from pathlib import Path

from quotes import lexicon


def test_lexicon_load_cue_kinds():
    """lexicon.load: "sagen" is a speech act, "berichten" reporting, "glauben" an attitude."""
    lex = lexicon.load()
    assert lex.cue("sagen")[0] == "say"
    assert lex.cue("mitteilen")[0] == "say"
    assert lex.cue("berichten")[0] == "report"
    assert lex.cue("glauben")[0] == "think"
    assert lex.cue("ermitteln") is None


def test_lexicon_load_outlets_any_case_and_roles():
    """lexicon.load: outlets are found in any case ("belta" -> BelTA); "Sprecher" is a role, "Angabe" a source noun."""
    lex = lexicon.load()
    assert lex.outlet("belta") == "BelTA"
    assert lex.outlets["BelTA"] == "agency"
    assert "Sprecher" in lex.roles
    assert "Angabe" in lex.cue_nouns


def test_lexicon_words_one_column_lists():
    """lexicon.words: title nouns hold "Buch", "Film", "Titel"; time nouns "Woche"; set phrases "genauer"."""
    assert {"Buch", "Film", "Titel"} <= lexicon.words("title_nouns")
    assert "Woche" in lexicon.words("time_nouns")
    assert "genauer" in lexicon.words("set_phrases")


def test_lexicon_every_list_has_a_header_and_no_duplicates():
    """lexicon.rows: each quotes/data/*.tsv says where it comes from (a # header) and lists each entry once."""
    for path in sorted(Path(lexicon.DATA).glob("*.tsv")):
        assert path.read_text(encoding="utf-8").startswith("#"), path.name
        rows = lexicon.rows(path.name)
        assert rows, path.name
        key = next(iter(rows[0]))
        keys = [r[key] for r in rows]
        assert len(keys) == len(set(keys)), (path.name, sorted(k for k in set(keys) if keys.count(k) > 1))


def test_lexicon_cue_form_pattern_inflected_and_separated():
    """lexicon.cue_form_pattern: "sagte", "teilte … mit", "sprach" are speech verb forms; "lebt" is not."""
    pattern = lexicon.cue_form_pattern()
    assert pattern.search("„Es besteht Diskussionsbedarf“, sagte Jelpke gegenüber Spiegel Online.")
    assert pattern.search("Ärzte ohne Grenzen teilte gestern mit, drei Flugzeuge seien gelandet.")
    assert pattern.search("Lothar Nicht sprach von einer „Gefahr für Leib und Leben“.")
    assert not pattern.search("Seit 1971 lebt Armstrong auf einer Farm bei Lebanon (Ohio).")


def test_lexicon_attribution_pattern_and_names_source():
    """lexicon.attribution_pattern / names_source: "Laut BKA", ", so Rice", "nach Angaben der Polizei",
    "dem Vernehmen nach", "aus Sicht der Polizei", a content noun before a dass clause."""
    attribution = lexicon.attribution_pattern()
    assert attribution.search("Laut BKA liegen bei den meisten Verschwindensfällen Streitigkeiten der Eltern vor.")
    assert attribution.search("Die Zusammenarbeit bleibe hinter den Notwendigkeiten zurück, so Boemi.")
    assert lexicon.names_source("Dabei kam es nach Angaben der Polizei zu kleineren Rangeleien.")
    assert lexicon.names_source("Dort treffen sich dem Vernehmen nach zunehmend stark alkoholisierte Gruppen.")
    assert lexicon.names_source("Aus Sicht der Polizei war der Einsatz ein Erfolg.")
    assert lexicon.names_source("Die Kommission kam zu dem Ergebnis, dass die Anlage sicher ist.")
    assert not lexicon.names_source("Nach dem Spiel fuhren die Fans nach Hause, ob es regnete oder nicht.")
    assert not attribution.search("Seit 1971 lebt Armstrong auf einer Farm bei Lebanon (Ohio).")


def test_lexicon_prefix_tree_matches_word_starts():
    """lexicon.prefix_tree: one regex for words beginning with any of the stems, shared prefixes merged."""
    import re

    tree = re.compile(rf"(?i)\b{lexicon.prefix_tree(['sag', 'sagt', 'erklär', 'erwähn', 'beton'])}\w*")
    assert [m.group() for m in tree.finditer("Er sagte, die Erklärung sei erwähnt und betont worden.")] == \
        ["sagte", "Erklärung", "erwähnt", "betont"]
    assert not tree.search("Sie sog die Luft ein und erwog es.")


def test_lexicon_furniture_pattern_paragraph_start():
    """lexicon.furniture_pattern: "Mehr zum Thema: …" is page furniture; a news sentence is not."""
    pattern = lexicon.furniture_pattern()
    assert pattern.match("Mehr zum Thema: Atomwaffen in Belarus")
    assert not pattern.match("Der belarussische Präsident Alexander Lukaschenko hat von Russland Garantien gefordert.")
