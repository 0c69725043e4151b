"""Quotation-mark pairing on real German news sentences (no parse needed)."""
import pytest

from quotes.marks import find_quoted, outermost


def texts(s):
    return [(s[q.start:q.end], q.depth, q.closed) for q in find_quoted(s)]


def test_german_low_high_marks_with_nested_single_marks():
    s = "Peskow sagte: „Wir nennen das ‚Sicherheitsgarantien‘ und nichts anderes.“ Danach ging er."
    assert texts(s) == [("Wir nennen das ‚Sicherheitsgarantien‘ und nichts anderes.", 0, True),
                        ("Sicherheitsgarantien", 1, True)]


def test_guillemets_both_directions_and_ascii():
    s = '»Das ist falsch«, sagte Scholz. «Das stimmt», meinte Merz. Er rief: "Genug!"'
    assert [t for t, _, _ in texts(s)] == ["Das ist falsch", "Das stimmt", "Genug!"]


def test_apostrophes_are_not_quotes():
    s = "Wie geht's weiter? Er hat's gesagt, O’Brien auch."
    assert texts(s) == []


def test_unbalanced_mark_runs_to_paragraph_end_only():
    s = "Lukaschenko sagte: „Wir werden das alles überstehen.\n„Und wer auch immer hofft, irrt sich.“"
    got = texts(s)
    assert got[0] == ("Wir werden das alles überstehen.", 0, False)
    assert got[1] == ("Und wer auch immer hofft, irrt sich.", 0, True)


def test_curly_closing_variant_and_scare_quote_region_found():
    s = "Das Thema „schneller Kohleausstieg” bleibt umstritten."
    assert texts(s) == [("schneller Kohleausstieg", 0, True)]


def test_outermost_drops_nested_regions():
    s = "Er sagte: „Sie nannte es ‚absurd‘.“"
    assert [s[q.start:q.end] for q in outermost(find_quoted(s))] == ["Sie nannte es ‚absurd‘."]


def test_open_quote_closed_in_a_later_paragraph_spans_them():
    # a quoted law text with an omission on a line of its own, closed two lines later
    s = ("Im Gesetz heißt es:\n„Die Behörde darf folgende Mittel anwenden:\n[…]\n"
         "11. heimliches Beobachten des Internets.“\nDas Gericht widerspricht.")
    got = texts(s)
    assert got == [("Die Behörde darf folgende Mittel anwenden:\n[…]\n11. heimliches Beobachten "
                    "des Internets.", 0, True)]


def test_open_quote_is_not_closed_by_a_later_paragraphs_own_quote():
    s = "Er sagte: „Erstens geht es.\nDas ist alles.\nDann kam „Zweitens“ dran."
    assert texts(s) == [("Erstens geht es.", 0, False), ("Zweitens", 0, True)]


def test_quote_over_paragraphs_with_a_quote_inside_is_one_region():
    s = ("Der Richter sagte:\n„Wir sind überzeugt, richtig entschieden zu haben.\n"
         "Bedenken Sie das, wenn Sie berichten.\n"
         "Nur dann haben Sie den Grundsatz „in dubio pro reo“ verstanden.“\nDanach war Stille.")
    got = texts(s)
    assert got[0][0].startswith("Wir sind überzeugt") and got[0][0].endswith("verstanden.")
    assert got[0][1:] == (0, True)
    assert got[1] == ("in dubio pro reo", 1, True)


def test_guillemet_closed_by_a_mismatched_straight_mark():
    """Web pages mix mark styles: »… " closes at the straight mark instead of running on
    through the attribution to the paragraph's end."""
    s = '»Eigenwirtschaftliche Bahnen sind ein Irrweg", sagt Stenger. Danach ging er.'
    assert texts(s) == [("Eigenwirtschaftliche Bahnen sind ein Irrweg", 0, True)]
    s = '»Er sagte "nein" und ging«, hieß es.'
    assert [t for t, _, _ in texts(s)] == ['Er sagte "nein" und ging', "nein"]


@pytest.mark.parametrize("text", ['Er sagte : „ Das ist gut . “ Dann ging er .',
                                  'Er sagte : " Das ist gut . " Dann ging er .',
                                  'Er sagte : » Das ist gut . « Dann ging er .'])
def test_marks_with_spaces_inside_open_in_tokenised_text(text):
    (q,) = find_quoted(text)
    assert text[q.start:q.end].strip() == "Das ist gut ."


def test_a_closing_mark_before_a_space_still_closes():
    assert [t for t, _, _ in texts("«Das ist gut» sagte er, « und das auch».")] == ["Das ist gut", " und das auch"]
