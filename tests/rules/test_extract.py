"""`quotes.extract`: find_quotes end to end on parsed text, dedupe, content_paragraphs,
might_quote."""
from __future__ import annotations

from quotes import extract
from quotes.extract import find_quotes
from quotes.records import Quote

from .parses import BELTA, FILM, KATZIAN, PESKOW_PARA, STAATSFERNSEHEN, TASS, TELEGRAM
from .ruletools import parse


def test_extract_find_quotes_outlet_reports_last_speaker():
    """extract.find_quotes: "Russland solle Belarus verteidigen, …, berichtet die Nachrichtenagentur BelTA" -- Lukaschenko's words via BelTA."""
    quotes = extract.find_quotes("t", parse(BELTA))
    belta = [q for q in quotes if q.cue == "berichten"]
    assert len(belta) == 1
    q = belta[0]
    assert q.text.startswith("Russland solle Belarus verteidigen")
    assert (q.kind, q.speaker, q.outlet) == ("indirect", "Alexander Lukaschenko", "BelTA")


def test_extract_find_quotes_pronoun_and_continuation():
    """extract.find_quotes: "„…“, wurde er von der … Tass zitiert. „…“ Es werde zwar nicht einfach. „…“, fügte er hinzu." -- all Lukaschenko's."""
    quotes = extract.find_quotes("t", parse(TASS))
    assert [q.kind for q in quotes] == ["direct", "direct", "indirect", "direct"]
    assert {q.speaker for q in quotes} == {"Lukaschenko"}
    assert quotes[0].text == "Wir werden das alles überstehen" and quotes[0].outlet == "Tass"
    assert quotes[2].text == "Es werde zwar nicht einfach"
    assert quotes[3].cue == "hinzufügen"


def test_extract_find_quotes_ministry_on_telegram():
    """extract.find_quotes: "„…“, teilte das belarussische Verteidigungsministerium im Onlinedienst Telegram mit. „…“, hieß es" -- the ministry, on Telegram."""
    quotes = extract.find_quotes("t", parse(TELEGRAM))
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Belarussisches Verteidigungsministerium")] * 2
    assert quotes[0].outlet == "Telegram" and quotes[0].cue == "mitteilen"
    assert quotes[1].text == "Sie werden einen vollständigen Ausbildungszyklus auf einem Übungsplatz " \
        "der russischen Streitkräfte absolvieren"


def test_extract_find_quotes_indirect_direct_konjunktiv():
    """extract.find_quotes: "Russland erklärte, … sei …" (indirect), „…“, sagte Peskow (direct), "… müsse Moskau …" (Konjunktiv, Peskow)."""
    quotes = extract.find_quotes("t", parse(PESKOW_PARA))
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "Russland"), ("direct", "Dmitri Peskow"), ("indirect", "Dmitri Peskow")]
    assert quotes[0].text == "die Stationierung von Atomraketen im Nachbarland Belarus sei eine Reaktion " \
        "auf den NATO-Beitritt Finnlands"


def test_extract_find_quotes_title_is_no_quote():
    """extract.find_quotes: "Stanley Kubricks Film „2001: Odyssee im Weltraum“" -- nothing quoted."""
    assert extract.find_quotes("t", parse(FILM)) == []


def test_extract_find_quotes_offsets_index_the_text():
    """extract.find_quotes: offsets index the parsed text (paragraphs joined by a line break)."""
    parsed = parse(STAATSFERNSEHEN)
    quotes = extract.find_quotes("t", parsed)
    assert len(quotes) == 1
    q = quotes[0]
    assert parsed.text[q.start:q.end] == q.text
    assert q.text.startswith("Niemand ist dagegen, dass Kasachstan")
    assert (q.speaker, q.outlet) == ("Alexander Lukaschenko", "russisches Staatsfernsehen")


def quote(start: int, end: int, conf: float) -> Quote:
    return Quote(article="t", kind="indirect", text="x" * (end - start), start=start, end=end, confidence=conf)


def test_extract_dedupe_keeps_surer_of_overlapping():
    """extract.dedupe: of two quotes overlapping by half or more keep the surer; a small overlap keeps both."""
    a, b, c = quote(0, 100, 0.6), quote(10, 100, 0.9), quote(95, 200, 0.5)
    assert extract.dedupe([a, b, c]) == [b, c]


def test_extract_content_paragraphs_drops_furniture_and_repeats():
    """extract.content_paragraphs: "Mehr zum Thema" paragraphs and verbatim repeats are skipped."""
    para = "Russland treibt derzeit seinen Plan voran, taktische Atomwaffen zu stationieren."
    text = f"{para}\nMehr zum Thema: Atomwaffen in Belarus\n{para}\nIn westlichen Ländern ruft dies Besorgnis hervor."
    spans = extract.content_paragraphs(text)
    assert [text[s:e] for s, e in spans] == [para, "In westlichen Ländern ruft dies Besorgnis hervor."]


def test_extract_might_quote_selects_sentences_to_parse():
    """extract.might_quote: marks, cue forms, "laut", "nach Angaben", Konjunktiv -- yes; a plain statement -- no."""
    assert extract.might_quote("Laut BKA liegen bei den meisten Verschwindensfällen Streitigkeiten der Eltern vor.")
    assert extract.might_quote("Am Freitag teilte ein Sprecher des LBM in Koblenz mit, dass Ertel sich das Leben genommen habe.")
    assert extract.might_quote("Ein Tatverdacht bestehe nach Angaben der Bundesanwaltschaft nicht mehr.")
    assert extract.might_quote("Er bekam den Titel „Schöpfer der Neuen Musik“.")
    assert not extract.might_quote("Seit 1971 lebt Armstrong auf einer Farm bei Lebanon (Ohio).")


def test_extract_might_quote_selects_konjunktiv_of_regular_verbs():
    """news-dev sentences whose only sign of reported speech is a regular Konjunktiv I
    ("dringe", "steige": konjunktiv_regular.tsv) are parsed; the same verbs in the past are not."""
    assert extract.might_quote("Zugleich dringe dort der Mensch besonders stark vor.")
    assert extract.might_quote("In letzter Zeit steige aber auch das Interesse an Einzelaktien oder Kryptowährungen wie Bitcoin.")
    assert not extract.might_quote("Zugleich drang dort der Mensch besonders stark vor.")
    assert not extract.might_quote("Teilweise stieg das Interesse an einige Aktien.")


def test_extract_might_quote_selects_what_became_known():
    """"bekannt wurde" / "wurde dann bekannt" (irregular forms of "werden" in
    irregular_verbs.tsv) select a sentence; "bekannter" does not."""
    assert extract.might_quote("Wie gestern bekannt wurde, befindet sich unter den Opfern der Politiker Ted Stevens.")
    assert extract.might_quote("Im April wurde dann bekannt, dass Warrington an Bauchspeicheldrüsenkrebs litt.")
    assert not extract.might_quote("Er wurde als bekannter Schauspieler gefeiert.")





def test_extract_dateline_title_and_wollen_dass():
    """"Wien/Klosterneuburg/Mülheim – Der Vorsitzende der Privatangestellten-Gewerkschaft
    (GPA-djp), Wolfgang Katzian, will, dass …": the places are a dateline, "will, dass" is
    a cue though the tagger calls "will" an auxiliary, and the chairman is Katzian, named
    as union chief before, not the union inside his title."""
    quotes = find_quotes("t", parse(KATZIAN))
    dass = [q for q in quotes if q.text.startswith("der Sozialplan")]
    assert [(q.kind, q.speaker, q.cue) for q in dass] == [("indirect", "Wolfgang Katzian", "wollen")]


def test_extract_might_quote_separable_verb_across_a_date():
    """"kündigte auf einer Pressekonferenz am 6. Mai eine Modifizierung … an" (Wikinews
    train): the period of the date ends no sentence, so "kündigte … an" is still found."""
    assert extract.might_quote("Die niedersächsische Kultusministerin Elisabeth Heister-Neumann kündigte auf einer "
                               "Pressekonferenz am 6. Mai eine Modifizierung des ursprünglichen Verfahrens an.")
    assert not extract.might_quote("Die Kultusministerin kündigte. Am 6. Mai kam sie an.")


def _tokens(text: str) -> list[list]:
    """Sentences of `text` split at " | ", tokens at spaces (offsets as in the text)."""
    import re

    from quotes.tokens import Token

    out, pos = [], 0
    for part in text.split(" | "):
        sent = []
        for m in re.finditer(r"\S+", part):
            sent.append(Token(m.group(), pos + m.start(), pos + m.end(), (m.group(),)))
        out.append(sent)
        pos += len(part) + 3
    return out


def test_a_sentence_split_after_an_abbreviation_is_joined():
    """nlp.join_abbreviations: the tokenizer ended a sentence at "ca ." in "… seit ca .
    8.00 Uhr Ortszeit blockiert wird ." (Wikinews train); a number or a lower-case word
    after an abbreviation's stop continues the sentence, a capital after a real stop does
    not."""
    from quotes.nlp import join_abbreviations

    split = _tokens("Wikipedia wird seit ca . | 8.00 Uhr Ortszeit blockiert . | Das sagt die Gruppe .")
    joined = join_abbreviations(split)
    assert [[t.text for t in s] for s in joined] == [
        ["Wikipedia", "wird", "seit", "ca", ".", "8.00", "Uhr", "Ortszeit", "blockiert", "."],
        ["Das", "sagt", "die", "Gruppe", "."]]
    kept = _tokens("Er kam um 8 Uhr an . | 143 Bewohner wurden später umgebracht .")
    assert join_abbreviations(kept) == kept
