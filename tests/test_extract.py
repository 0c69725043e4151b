"""The extractor on real German news sentences, one rule family at a time.

Each test runs the whole pipeline (the shipped Stanza models, then the rules) on a short
text in the style of the seed articles and checks what ANNOTATION.md asks for.
"""
import pytest

from quotes.extract import extract_article
from quotes.records import Article


def run(text: str):
    return extract_article(Article(id="t", text=text))


def one(text: str, kind: str | None = None):
    qs = [q for q in run(text) if kind is None or q.kind == kind]
    assert len(qs) == 1, [(q.kind, q.text) for q in run(text)]
    return qs[0]


# -- direct quotes ----------------------------------------------------------------------

def test_direct_after_colon_with_apposition_speaker():
    q = one("Kremlsprecher Dmitri Peskow sagte am Dienstag: „Wir erpressen niemanden.“")
    assert q.kind == "direct" and q.text == "Wir erpressen niemanden."
    assert q.speaker == "Dmitri Peskow" and q.cue == "sagen"


def test_direct_with_trailing_cue_and_pronoun_speaker():
    text = ("Der belarussische Präsident Alexander Lukaschenko traf am Freitag in Moskau ein. "
            "„Wir werden das alles überstehen“, sagte er vor Journalisten.")
    q = one(text, "direct")
    assert q.text == "Wir werden das alles überstehen"
    assert q.speaker == "Alexander Lukaschenko"
    assert text[q.speaker_start:q.speaker_end] == "er"


def test_quote_inside_quote_is_one_direct_quote():
    text = "„Sie nennen es ‚Sicherheitsgarantien‘, wir nennen es Erpressung“, sagte Peskow."
    q = one(text, "direct")
    assert q.text == "Sie nennen es ‚Sicherheitsgarantien‘, wir nennen es Erpressung"
    assert q.speaker == "Peskow"


def test_quote_over_several_sentences_is_one_quote():
    text = ("Lukaschenko sagte: „Wir haben uns früher am Westen orientiert. Jetzt haben wir "
            "gemerkt, dass wir alles selbst machen müssen.“")
    q = one(text, "direct")
    assert q.text.startswith("Wir haben uns früher") and q.text.endswith("machen müssen.")


def test_colon_quote_after_so_clause_is_direct():
    # the ", so X weiter:" clause attributes both its own clause and the quote after it
    text = ("Auch diese Unwissenheit habe Methode, so Elshorst weiter: „Das ist auch in anderen "
            "Firmen üblich, dass die Spitze keine Ahnung hat, was läuft.“")
    q = one(text, "direct")
    assert q.text.startswith("Das ist auch in anderen Firmen") and q.speaker == "Elshorst"


def test_colon_quote_is_direct_even_inside_a_verbs_clause():
    text = ("Damit wird die Marke unterschritten, die Gerhard Schröder zum Erfolgskriterium erklärt "
            "hatte: „Ich rechne damit, dass es uns gelingt, die Arbeitslosigkeit zu senken.“")
    q = one(text, "direct")
    assert q.text.startswith("Ich rechne damit") and q.speaker == "Gerhard Schröder"
    assert [x.kind for x in run(text)] == ["direct"]


@pytest.mark.parametrize("text, said, speaker", [
    ("Nach der Sitzung sagte Finanzminister Peter Lang dazu: Wer regiert, darf nicht hinter "
     "den Vorschlag zurückfallen.", "Wer regiert, darf nicht hinter den Vorschlag zurückfallen", "Peter Lang"),
    # the tokenizer may end the sentence at the colon; the next one is what was said
    ("Nach der Sitzung erklärte der Kanzler im Bundestag: Wir werden die Steuern nicht erhöhen.",
     "Wir werden die Steuern nicht erhöhen", "Kanzler"),
    # after a colon a whole sentence follows, whatever word opens it
    ("Aber ich muss Ihnen sagen: Auch da sind Sie kläglich gescheitert.",
     "Auch da sind Sie kläglich gescheitert", None),
    # the inquit of a relative clause ends with its auxiliary
    ("Die Partei hatte einmal einen Vorsitzenden, der gesagt hat: Fehler kann man machen, aber man "
     "muss sie korrigieren.", "Fehler kann man machen, aber man muss sie korrigieren", "Vorsitzende"),
])
def test_clause_after_the_colon_of_an_inquit_without_marks_is_what_was_said(text, said, speaker):
    q = one(text)
    assert (q.kind, q.text, q.speaker) == ("indirect", said, speaker)


def test_a_colon_after_an_object_opens_a_list_not_a_quote():
    assert run("Der Minister nannte am Montag drei Gründe: die Kosten, die Zeit und das Geld.") == []


def test_chanted_slogans_are_the_crowds_direct_quotes():
    text = ("Die Demonstranten zogen zur Paulskirche und skandierten Parolen wie „Stoppt den "
            "Überwachungswahn“ oder „Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm“.")
    qs = [q for q in run(text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["Stoppt den Überwachungswahn",
                                    "Vorratsdatenspeicherung – sinnlos, teuer, einfach dumm"]
    assert all(q.speaker and "Demonstrant" in q.speaker for q in qs)


def test_passive_agent_is_not_merged_with_the_quoted_als_phrase():
    q = one("Seine Werke werden von Musikkennern als „Meilensteine in der Musikgeschichte“ bezeichnet.", "direct")
    assert q.text == "Meilensteine in der Musikgeschichte"
    assert q.cue == "bezeichnen" and q.speaker == "Musikkenner"


def test_quote_in_brackets_after_a_name_is_that_persons():
    text = ("Gratuliert haben auch der Leiter der Atomenergiebehörde, Mohammed ElBaradei („Mir fällt "
            "niemand ein, der diese Ehre mehr verdient hätte.“), und Jens Stoltenberg.")
    q = one(text, "direct")
    assert q.text.startswith("Mir fällt niemand ein") and q.speaker == "Mohammed ElBaradei"


def test_content_clause_in_marks_is_a_direct_quote_of_the_subject():
    text = ("Das Gericht kam damit zu dem Ergebnis, „dass auch in der Gesamtschau der Beweisergebnisse "
            "keine tragfähige Grundlage für eine Verurteilung besteht“.")
    q = one(text, "direct")
    assert q.text.startswith("dass auch in der Gesamtschau") and q.speaker == "Gericht"


def test_long_title_after_a_title_noun_is_no_quote():
    text = ("Die Rechtsextremisten veröffentlichten die Namen erneut unter der Überschrift "
            "„Delmenhorst und seine Volksverräter“.")
    assert [q for q in run(text) if q.kind == "direct"] == []


def test_scare_quotes_are_not_quotes():
    quotes = run("Die Regierung debattiert seit Wochen über das Thema „schneller Kohleausstieg“.")
    assert [q for q in quotes if q.kind == "direct"] == []


def test_unbalanced_mark_runs_to_paragraph_end():
    text = ("Peskow sagte: „Weil wir um unsere Sicherheit fürchten, unternehmen wir Schritte.\n\n"
            "Die Verhandlungen gehen weiter.")
    q = one(text, "direct")
    assert q.text == "Weil wir um unsere Sicherheit fürchten, unternehmen wir Schritte."


# -- indirect quotes --------------------------------------------------------------------

def test_dass_clause_without_complementizer():
    q = one("Putin sagte am Samstag, dass Russland bald Atomwaffen in Belarus stationieren werde.")
    assert q.kind == "indirect"
    assert q.text == "Russland bald Atomwaffen in Belarus stationieren werde"
    assert q.speaker == "Putin" and q.cue == "sagen"


def test_v2_clause_with_trailing_cue():
    text = ("Ein Raketensystem vom Typ Iskander-M sei an die belarussischen Streitkräfte übergeben "
            "worden, sagte Russlands Verteidigungsminister Sergej Schoigu.")
    q = one(text)
    assert q.kind == "indirect"
    assert q.text == "Ein Raketensystem vom Typ Iskander-M sei an die belarussischen Streitkräfte übergeben worden"
    assert q.speaker == "Sergej Schoigu" and q.cue == "sagen"


def test_konjunktiv_continues_reported_speech_without_cue():
    text = ("Ein Raketensystem vom Typ Iskander-M sei an die belarussischen Streitkräfte übergeben "
            "worden, sagte Russlands Verteidigungsminister Sergej Schoigu. Am Montag hätten die "
            "belarussischen Soldaten mit der Ausbildung begonnen.")
    qs = run(text)
    assert len(qs) == 2
    assert qs[1].text == "Am Montag hätten die belarussischen Soldaten mit der Ausbildung begonnen"
    assert qs[1].speaker == "Sergej Schoigu" and qs[1].cue is None


def test_indicative_sentence_after_reported_speech_is_not_a_quote():
    text = ("Putin sagte, Russland werde die Waffen bald stationieren. Belarussische Truppen hatten "
            "bereits Anfang der Woche mit dem Training begonnen.")
    assert len(run(text)) == 1


def test_laut_attribution():
    q = one("Laut der Polizei wurden bei dem Unfall drei Menschen schwer verletzt.")
    assert q.kind == "indirect" and q.cue == "laut"
    assert "drei Menschen schwer verletzt" in q.text and "Polizei" not in q.text
    assert q.speaker and q.speaker.endswith("Polizei")


def test_drohen_with_an_infinitive_and_no_comma_is_a_danger():
    """"drohen abgehängt zu werden": something may happen; a threat is spoken with a
    comma ("drohte, den Streik auszuweiten")."""
    assert run("Viele Entwicklungsländer drohen bei der Digitalisierung völlig abgehängt zu werden.") == []
    q = one("Die Gewerkschaft drohte, den Streik auf weitere Betriebe auszuweiten.")
    assert q.cue == "drohen" and q.speaker == "Gewerkschaft"


def test_heisst_das_means_that():
    """"Im Umkehrschluss heißt das: …": that means; nobody is cited."""
    assert run("Im Umkehrschluss heißt das: Die alten Sorten kommen mit den Temperaturen schlechter zurecht.") == []
    q = one("In dem Bericht heißt es, die Sorten kämen schlechter zurecht.")
    assert q.cue == "heißen"


def test_laut_before_a_pronominal_adverb_is_loudly():
    """"die sich laut darüber unterhielten": "laut" is an adverb; nobody is cited."""
    assert run("Im Zug saßen zwei Männer, die sich laut darüber unterhielten, wohin sie am Abend gehen.") == []


def test_the_date_of_a_report_is_not_its_owner():
    """"laut dem RKI-Lagebericht vom Donnerstagabend": a time, not who reported."""
    q = one("Der Wert lag laut dem RKI-Lagebericht vom Donnerstagabend bei 0,94.")
    assert q.speaker and "Donnerstag" not in q.speaker and q.cue == "laut"


def test_laut_source_ends_before_the_clause_goes_on():
    """"laut Auswärtigem Amt aber nur Einzelfälle": the parser ran the phrase on into the
    clause; the name ends before "aber"."""
    q = one("Noch sind die Einreisesperren laut Auswärtigem Amt aber nur Einzelfälle.")
    assert q.speaker == "Auswärtiges Amt" and q.text.endswith("Einzelfälle")
    # also where the source is a report: "laut Medienberichten voraussichtlich im Oktober"
    q = one("Die neuen Geräte werden in diesem Jahr später erwartet, laut Medienberichten voraussichtlich im Oktober.")
    assert q.speaker == "Medienberichte" and q.cue == "laut"


def test_nach_angaben_attribution():
    q = one("Nach Angaben des Innenministeriums wurden mehr als hundert Demonstranten festgenommen.")
    assert q.kind == "indirect" and q.cue == "Angabe"
    assert q.text.endswith("Demonstranten festgenommen")
    assert q.speaker and "Innenministerium" in q.speaker


def test_mixed_quote():
    q = one("Putin sagte, es werde „enge Arbeit“ an der Stärkung der Zusammenarbeit geben.")
    assert q.kind == "mixed"
    assert q.text == "es werde „enge Arbeit“ an der Stärkung der Zusammenarbeit geben"


def test_an_inquit_after_a_clause_is_not_its_verbs_content():
    """"veröffentlicht" is a speech verb too, but what follows its comma is the inquit of
    the clause before, not something published (Wikinews train)."""
    q = one("Diese Liste existiere bereits, werde aber nicht veröffentlicht, teilte ein Kreml-Sprecher mit.")
    assert q.text == "Diese Liste existiere bereits, werde aber nicht veröffentlicht"
    assert q.cue == "mitteilen" and q.speaker == "Kreml-Sprecher"


# -- speakers ---------------------------------------------------------------------------

def test_description_resolves_to_full_name():
    text = ("Kremlchef Wladimir Putin empfing am Freitag den belarussischen Präsidenten. "
            "Der Kremlchef sagte, dass die Gespräche konstruktiv gewesen seien.")
    q = one(text)
    assert q.speaker == "Wladimir Putin"
    assert text[q.speaker_start:q.speaker_end] == "Der Kremlchef"


def test_she_points_to_the_woman_named_before():
    """The tagger gives most names Gender=Masc; a female title beside the name
    ("Familienministerin") or a female first name ("Renate") tells "sie" who she is."""
    q = one("Familienministerin Zilke Bormann besuchte am Montag eine Kita in Potsdam. "
            "Dort erklärte sie, dass mehr Erzieherinnen gebraucht würden.")
    assert q.speaker == "Zilke Bormann" and q.speaker_mention == "sie"
    q = one("Renate Künast kam am Mittwoch in den Bundestag. Dort sagte sie, die Reform komme zu spät.")
    assert q.speaker == "Renate Künast"


def test_pronoun_after_the_verb_is_its_subject():
    """"Ausführlich erklärte sie": the tagger takes the adverb for a name and the parser
    for a second subject; the pronoun right after the verb is the one."""
    q = one("Angela Merkel sprach am Donnerstag im Bundestag. Zunächst kam eine Warnung: Ausführlich "
            "erklärte sie, wie schnell schon kleine Steigerungen die Kliniken überfordern würden.")
    assert q.speaker == "Angela Merkel" and q.speaker_mention == "sie"


def test_name_before_the_comma_beats_a_title_after_it():
    """"Jörg Weimann, einer der führenden Intensivmediziner Berlins": the name speaks, not
    the city after the title in the apposition."""
    q = one("Man priorisiere ständig, sagte Jörg Weimann, einer der führenden Intensivmediziner Berlins.")
    assert q.speaker == "Jörg Weimann"


def test_a_country_after_a_title_is_not_who_speaks():
    """"Kaiser Naruhito, der erste nach dem Krieg geborene Monarch Japans": "Japans" is
    whose monarch he is; "Kaiser" is his title."""
    qs = run("Der japanische Kaiser Naruhito hat in Tokio der Toten des Krieges gedacht. In Japan wurde an das "
             "Kriegsende erinnert. Kaiser Naruhito, der erste nach dem Krieg geborene Monarch Japans, sprach "
             "von „tiefer Reue“.")
    assert [q.speaker for q in qs] == ["Naruhito", "Naruhito"]


def test_descriptions_are_named_in_the_nominative():
    """A description as a reader would list it: the adjective agrees with the title's
    gender ("Präsident" is masculine, whatever the tagger says), short adjectives too."""
    speakers = [q.speaker for q in run(
        "Der amtierende Präsident hofft, dass die Wahl rasch vergessen wird. "
        "Die neue Präsidentin sagte, sie wolle zuerst zuhören. "
        "Wir bleiben bis zum Ende, sagt ein 19-jähriger Student.")]
    assert speakers == ["Amtierender Präsident", "Neue Präsidentin", "19-jähriger Student"]


def test_name_first_after_a_focus_particle():
    """"Auch Jürgen Allerkamp, Vorstandsvorsitzender der Investitionsbank Berlin, …": the
    name before the comma speaks, not the city at the end of his title."""
    q = one("Auch Jürgen Allerkamp, Vorstandsvorsitzender der Investitionsbank Berlin, dankt den Helfern: "
            "„Die Pandemie hat den vielen Helfern viel abverlangt.“")
    assert q.speaker == "Jürgen Allerkamp"


def test_surname_that_is_a_word_too():
    """"Julian Schwarze": after a known first name the capitalised word is the surname,
    though the tagger reads a noun."""
    qs = run("Der Bezirksstadtrat Julian Schwarze sagte, die Lage sei ernst. "
             "Schwarze fügte hinzu, man brauche mehr Personal.")
    assert [q.speaker for q in qs] == ["Julian Schwarze", "Julian Schwarze"]
    q = one("Der Präsident des Bundesverfassungsgerichts, Hans-Jürgen Papier, sagte, ein Verbot sei möglich.")
    assert q.speaker == "Hans-Jürgen Papier"


def test_name_starts_at_the_first_name():
    """"der Bürgermeister von Schliersee Franz Schnitzenbaumer", "Ex-Vizekanzler Norbert
    Hofer": a place or title before a first name is not part of the name."""
    speakers = [q.speaker for q in run(
        "Der Ansturm ist enorm, sagt der Bürgermeister von Schliersee Franz Schnitzenbaumer. "
        "Das sei falsch, sagte Ex-Vizekanzler Norbert Hofer.")]
    assert speakers == ["Franz Schnitzenbaumer", "Norbert Hofer"]


def test_speaker_named_without_when_and_where():
    """The canonical speaker leaves out the occasion ("zum Auftakt der Videoschalte")
    and a relative clause after it (", an der …", whose verb the tagger read as an
    infinitive); "Sprecher von Gegenbauer" keeps who he speaks for."""
    speakers = [q.speaker for q in run(
        "Der Ansturm sei enorm, sagte der 42-Jährige zum Auftakt der Videoschalte, an der Vertreter "
        "von 36 Staaten teilnahmen. Ein Sprecher von Gegenbauer sagte, die Lage sei gut.")]
    assert speakers == ["42-Jährige", "Sprecher von Gegenbauer"]


def test_a_numbered_name_is_no_person_a_pronoun_points_to():
    """"Hartz IV", "Sars-CoV-2": a name with a number is a thing, unless a first name
    opens it ("Elizabeth II.")."""
    assert one("Die Reform Hartz IV wurde 2005 eingeführt. Er sagte, die Reform sei gescheitert.").speaker is None
    assert one("Elizabeth II. sprach in London. Sie sagte, das Land halte zusammen.").speaker == "Elizabeth II."


def test_first_person_cue_is_not_someone_elses_report():
    """"Ich habe gesagt, …": "habe" is the indicative of "ich", not the Konjunktiv that
    would make the clause part of what the last speaker said."""
    qs = run("Jens Spahn hat gestern gesprochen. Ich habe vorhin gesagt, der Gesetzentwurf hat technische "
             "Fehler. Ich wünsche mir, dass wir gut durch diese Zeit kommen.")
    assert [(q.speaker, q.speaker_mention) for q in qs] == [(None, "Ich"), (None, "Ich")]


def test_the_one_addressed_is_who_sie_is():
    """"Herr Buschmann, Sie haben gesagt, …" (a speech in parliament): the parser takes
    the address for a second subject; the mention is "Sie", the speaker the one addressed."""
    q = one("Herr Buschmann, Sie haben gesagt, dass das Gesetz verfassungswidrig ist.")
    assert (q.speaker, q.speaker_mention) == ("Buschmann", "Sie")


def test_attitude_adjective_with_dass_clause():
    """"zeigte sich optimistisch, dass …", "ist überzeugt, dass …": the clause is what the
    subject thinks; "Es ist sicher, dass …" is nobody's."""
    speakers = {q.text: (q.speaker, q.cue) for q in run(
        "Der Wahlkampfleiter Bodo Ramelow zeigte sich optimistisch, dass ein gemeinsamer Auftritt gelingt. "
        "Merkel ist überzeugt, dass wir gut aus der Krise herauskommen. "
        "Es ist sicher, dass die Sonne morgen aufgeht.")}
    assert speakers == {"ein gemeinsamer Auftritt gelingt": ("Bodo Ramelow", "optimistisch"),
                        "wir gut aus der Krise herauskommen": ("Merkel", "überzeugt")}


def test_first_person_opinion_without_konjunktiv():
    """"Ich glaube, …" in a speech: the first person has no Konjunktiv to mark what it
    thinks, so its indicative clause is reported; a question after "ohne zu wissen" is not."""
    q = one("Ich glaube, diese Zuversicht können wir diesem Land mit gutem Gewissen geben.")
    assert (q.kind, q.speaker_mention, q.cue) == ("indirect", "Ich", "glauben")
    assert run("Und wir lachen dabei, ohne zu wissen, was es da eigentlich zu lachen gibt.") == []


def test_weiss_is_a_form_of_wissen_not_the_colour():
    """The lemmatizer gives "weiß" the lemma of the colour; as a verb it is "wissen"."""
    q = one("Die Ministerin Anna Berger weiß, dass die Reform im Bundesrat scheitern kann.")
    assert (q.kind, q.text, q.speaker, q.cue) == (
        "indirect", "die Reform im Bundesrat scheitern kann", "Anna Berger", "wissen")


def test_konjunktiv_after_the_first_person_is_its_own_hypothesis():
    """In a speech, "Ich glaube, …" and then "Das wäre …": the speaker's own conditional,
    not a continuation of reported speech."""
    quotes = run("Ich glaube, dass die Reform richtig ist. Das wäre sonst ein großer Fehler für unser Land.")
    assert [q.text for q in quotes] == ["die Reform richtig ist"]


def test_a_konjunktiv_fixed_in_a_phrase_reports_nothing():
    quotes = run("Der Minister sagte, die Lage sei ernst. Die Staatswirtschaft ist Gott sei Dank vorbei.")
    assert [q.text for q in quotes] == ["die Lage sei ernst"]


def test_das_with_a_speech_verb_points_back_to_the_sentence_before():
    """"Das bestätigte Finanzminister Lang": the sentence before is what he confirmed (even
    where the parser made "Das" his article); "Das sage ich Ihnen" in a speech, "Dies
    nennt man …" are no one's quote."""
    q = one("Die Regierung will die Steuern senken. Das bestätigte Finanzminister Peter Lang am Montag.")
    assert (q.text, q.speaker, q.cue) == ("Die Regierung will die Steuern senken", "Peter Lang", "bestätigen")
    assert run("Die Regierung will die Steuern senken. Das sage ich Ihnen ganz deutlich.") == []
    assert run("Die Firma wird die Menge der Aktien verdreifachen. Dies nennt man einen Aktiensplit.") == []


def test_man_and_niemand_point_to_no_one():
    """"man", "niemand": no one named before said it."""
    speakers = [q.speaker for q in run(
        "Angela Merkel sprach am Montag in Berlin. Man geht davon aus, dass die Regeln verlängert werden. "
        "Niemand erwartet, dass die Schulen bald öffnen.")]
    assert speakers == [None, None]
    q = one("Max Weber war Soziologe. Wenn also jemand wie Max Weber schon diagnostiziert, dass sich das "
            "Patriarchat zeigt, ist das bemerkenswert.")
    assert q.speaker == "Max Weber"


def test_acronym_of_a_name_with_und():
    """"Landesamt für Gesundheit und Lebensmittelsicherheit (LGL)": the short form stands
    for the whole name, coordination and all."""
    qs = run("Eine hohe Zahl an Toten begründet das Landesamt für Gesundheit und Lebensmittelsicherheit (LGL) "
             "mit den Ausbrüchen in Heimen. Die Zahl der Todesfälle stieg auf 3193, wie das LGL mitteilte.")
    assert qs[-1].speaker == "Landesamt für Gesundheit und Lebensmittelsicherheit"


def test_an_outlet_told_gets_no_title():
    """"sagte der CSU-Vorsitzende der ARD": the ARD is not the chairman a later "der
    CSU-Chef" refers to."""
    qs = run("Das Hauptproblem sei der Export, sagte der CSU-Vorsitzende der ARD. "
             "Es gebe keine Alternative, betonte der CSU-Chef.")
    assert [q.speaker for q in qs] == ["CSU-Vorsitzende", "CSU-Chef"] and qs[0].outlet == "ARD"


def test_full_name_from_a_sentence_that_holds_no_quote():
    """Only sentences that may hold a quote are tagged; a known first name and the words
    after it still give the full name ("Angelique Kerber") and her gender."""
    qs = run("Bei den US Open hat es gut für Angelique Kerber begonnen. Die Trainerin Barbara Rittner sagte, "
             "Kerber sei eine Wundertüte. Kerber selbst sieht sich weit von ihrer Form entfernt. "
             "„Es ist noch ein so langer Weg“, sagte sie.")
    assert [q.speaker for q in qs] == ["Barbara Rittner", "Angelique Kerber"]


def test_name_variants_give_one_speaker():
    text = ("Der russische Verteidigungsminister Sergej Schoigu reiste nach Minsk. "
            "Die Lage sei stabil, sagte Schoigu. Sergei Schoigu fügte hinzu, die Übungen würden fortgesetzt.")
    assert {q.speaker for q in run(text)} == {"Sergej Schoigu"}


def test_hyphenated_compounds_in_speaker_names():
    """The tokenizer splits "EU-Kommission" at the hyphen, as the UD treebank does: the
    compound speaks, not its first part; a hyphenated surname is one name, also when the
    tagger calls its second part a noun; before a noun of attribution ("NASA-Angaben")
    the first part is the source, and a title compound before a name is no name."""
    speakers = {q.text: q.speaker for q in run(
        "Die EU-Kommission sagte, die Lage sei ernst. "
        "Die nordrhein-westfälische Justizministerin Roswitha Müller-Piepenkötter sagte, das Gesetz komme zu spät. "
        "Der EU-Außenbeauftragte Javier Solana sagte, eine Einigung sei möglich. "
        "Nach NASA-Angaben ist die Raumstation unbeschädigt.")}
    assert speakers == {"die Lage sei ernst": "EU-Kommission",
                        "das Gesetz komme zu spät": "Roswitha Müller-Piepenkötter",
                        "eine Einigung sei möglich": "Javier Solana",
                        "ist die Raumstation unbeschädigt": "NASA"}


def test_surname_with_particle_and_article():
    """"von der Leyen": the tagger calls "Leyen" a noun and the parser reads "von der
    Leyen" as a prepositional phrase; it is her name, after a title, alone after the verb,
    and never "von der Polizei"."""
    qs = run("Nach Angaben von EU-Kommissionspräsidentin Ursula von der Leyen gab es Fortschritte. "
             "Schwierige Themen seien noch zu überwinden, sagte von der Leyen am Montag. "
             "Ein Sprecher von der Polizei sagte, die Lage sei ruhig.")
    assert [q.speaker for q in qs] == ["Ursula von der Leyen", "Ursula von der Leyen", "Sprecher von der Polizei"]
    assert qs[1].speaker_mention.endswith("der Leyen")
    # the parser may make the first name a subject of its own, "von der Leyen" a phrase of the verb
    q = one("Bereits im März hatte Kommissionspräsidentin Ursula von der Leyen finanzielle Unterstützung "
            "für das Unternehmen versprochen, damals aber noch eine Fördersumme angekündigt.")
    assert q.speaker == "Ursula von der Leyen"


def test_es_beside_a_so_inquit_is_what_was_said():
    """"so sagt es die Kommission": "es" is the object; the parser makes it the subject
    and the speaker an object."""
    q = one("Letzten Endes - so sagt es die EU-Kommission in ihrem Bericht - hat sich nicht viel verändert.")
    assert q.speaker and q.speaker.startswith("EU-Kommission") and q.cue == "sagen"


@pytest.mark.parametrize("text", [
    "Der Plan sei – so Innenminister Horst Müller – endgültig gescheitert.",
    "Der Plan sei - so Innenminister Horst Müller - endgültig gescheitert.",
])
def test_a_so_inquit_between_dashes_sits_inside_the_clause_it_interrupts(text):
    """The clause goes on after the closing dash, so the quote is the whole clause (as
    ANNOTATION.md wants for an attribution inside it); a hyphen with spaces is a dash."""
    q = one(text)
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", text[:-1], "Horst Müller", "so")


@pytest.mark.parametrize("text, speaker", [
    ("Die Lage, sagte Innenminister Horst Müller am Montag, sei sehr ernst.", "Horst Müller"),
    ("Die Lage ist – das hat Innenminister Horst Müller am Montag gesagt – sehr ernst.", "Horst Müller"),
    ("In zehn Jahren, so schätzen die Forscher, soll die Forschung abgeschlossen sein.", "Forscher"),
    ("Die Studie erschien, wie die Zeitung selbst in dem Artikel schreibt, aber erst Ende April.", "Zeitung"),
    ("Das Ziel sei, so Minister Hubertus Heil, dass die Beschäftigten die Arbeit von morgen verrichten "
     "können.", "Hubertus Heil"),
])
def test_an_inquit_inside_the_clause_it_reports_keeps_the_clause_whole(text, speaker):
    """One side of the inserted inquit has no finite verb: the clause goes on around it,
    and the quote is all of it (ANNOTATION.md: the whole clause when the attribution
    sits inside)."""
    q = one(text)
    assert (q.kind, q.text, q.speaker) == ("indirect", text[:-1], speaker)


def test_an_inquit_between_two_konjunktiv_clauses_reports_both():
    quotes = run("Die Lage sei ernst, sagte Innenminister Horst Müller am Montag, die Regierung müsse handeln.")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "Die Lage sei ernst", "Horst Müller"),
        ("indirect", "die Regierung müsse handeln", "Horst Müller")]


def test_a_full_stop_hung_on_the_clause_does_not_stretch_it_over_the_inquit():
    """The parser hung the sentence's full stop on the clause before the inquit; the
    clause ends at the comma, not at the end of the relative clause after the speaker."""
    text = ("Dann wird das Land mittel- bis langfristig an Attraktivität für die Spitzenforscher von morgen "
            "verlieren, und die zahlreichen hervorragenden Forschungsgruppen werden sich nicht dauerhaft halten "
            "können, betont die Junge Kurie, die für eine kritische Revision der aus Geldnot getroffenen "
            "Strukturänderungen beim Fonds sowie für eine dem reichen Land Österreich angemessene Förderung "
            "der Grundlagenforschung plädiert.")
    q = one(text)
    assert q.text.endswith("dauerhaft halten können") and q.speaker == "Junge Kurie"


def test_a_relative_clause_between_commas_is_no_inserted_inquit():
    q = one("Entscheidend war die Aussage eines Jungen, der angab, von dem Mann bedroht worden zu sein.")
    assert q.text == "von dem Mann bedroht worden zu sein"


@pytest.mark.parametrize("text, speaker, cue", [
    ("Die Hilfsorganisation Oxfam begrüßte die Entscheidung des Internationalen Währungsfonds.",
     "Oxfam", "begrüßen"),
    ("Die Grünen-Politikerin Anja Hajduk kritisierte die Pläne der Bundesregierung zum Arbeitsmarkt.",
     "Anja Hajduk", "kritisieren"),
    ("Ministerpräsident Hendrik Wüst sprach sich für einen Kompromiss bei der Grundsteuer aus.",
     "Hendrik Wüst", "aussprechen"),
])
def test_speech_acts_whose_object_gives_the_content_are_reported(text, speaker, cue):
    """ANNOTATION.md's own example: praise, blame and positions taken are reported speech."""
    q = one(text)
    assert (q.kind, q.text, q.speaker, q.cue) == ("reported", text, speaker, cue)


def test_a_participle_between_article_and_noun_describes_the_noun():
    """"das erklärte Ziel": nobody declares anything in this sentence."""
    assert not [q for q in run("Außerdem ist das erklärte Ziel, Grundschulen und Kitas ab dem 18. Januar "
                               "wieder zu öffnen.") if q.cue == "erklären"]


def test_a_title_after_a_place_in_the_genitive_is_not_the_places():
    """"Thüringens Ministerpräsident": the state is whose minister he is, not who speaks."""
    quotes = run("Lange stemmte er sich gegen schärfere Auflagen. Wegen der hohen Fallzahlen fordert Thüringens "
                 "Ministerpräsident nun einen kompletten Shutdown. Die Zahlen sind weiter sehr hoch. Thüringens "
                 "Ministerpräsident Bodo Ramelow (Linke) fordert daher nun einen klaren Schnitt: Er will die "
                 "Wirtschaft in den Lockdown schicken.")
    assert quotes[0].speaker == "Thüringens Ministerpräsident"


def test_what_a_speaker_spoke_about_is_not_part_of_the_speakers_name():
    q = one("„Bisher sehen wir eher negative Auswirkungen“, sagt eine Sprecherin mit Bezug auf das Geschäft in "
            "Italien oder Spanien, wo es schon größere Ladenschließungen gibt.")
    assert q.speaker == "Sprecherin"


def test_the_party_in_brackets_after_a_name_is_not_the_speaker():
    q = one("Die CSU will die Ferien verkürzen. Sein Fraktionskollege im Bundestag Stephan Pilsinger (CSU) "
            "sagte, die Weihnachtsferien müssten länger werden.")
    assert q.speaker == "Stephan Pilsinger"


@pytest.mark.parametrize("text, said, speaker, cue", [
    ("Robert Chow erinnerte daran, dass es auch eine Demonstration gegeben hat.",
     "es auch eine Demonstration gegeben hat", "Robert Chow", "erinnern"),
    ("Die Sonderklausel besagt, dass der neue Eigentümer seinen Anteil sofort zurückgeben muss.",
     "der neue Eigentümer seinen Anteil sofort zurückgeben muss", "Sonderklausel", "besagen"),
    # "angeboten" (bieten, bot, geboten) selects its sentence for parsing
    ("Vor vier Jahren hatte die Initiative den Behörden angeboten, den Giftmüll zu entsorgen.",
     "den Giftmüll zu entsorgen", "Initiative", "anbieten"),
    # "ruft … auf", "legte … dar" too: stems too short to select a sentence by
    ("Die Kommission regte an, die Regeln zu vereinfachen.", "die Regeln zu vereinfachen", "Kommission", "anregen"),
    ("Die Gewerkschaft ruft die Beschäftigten dazu auf, am Montag die Arbeit niederzulegen.",
     "am Montag die Arbeit niederzulegen", "Gewerkschaft", "aufrufen"),
])
def test_reminding_stating_and_offering_report_their_clause(text, said, speaker, cue):
    q = one(text)
    assert (q.text, q.speaker, q.cue) == (said, speaker, cue)
    assert run("Ich erinnere mich, dass es damals sehr kalt war.") == []  # remembering


def test_a_name_before_the_objects_article_is_the_subject_not_its_genitive():
    """The parser hangs "al Huthi" on "die Schaffung" as a genitive; a genitive never
    stands before its noun's article."""
    q = one("Im selben Schreiben fordert al Huthi die Schaffung sicherer Korridore für Zivilisten durch die "
            "Vereinten Nationen und einen bedingungslosen Waffenstillstand, der von internationalen Beobachtern "
            "überwacht werden soll.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Huthi", "fordern")


def test_a_fronted_object_before_the_comma_is_no_content_clause():
    """"Den … Einspareffekt, unter anderem durch kürzere Verteilzeiten, bezifferte Enders
    mit 22,5 Millionen Euro": no verb before the comma, so the object gives the content."""
    q = one("Den von der Belegschaft zu erzielenden Einspareffekt, unter anderem durch kürzere Verteilzeiten, "
            "bezifferte Airbus-Vorstandsvorsitzender Thomas Enders mit 22,5 Millionen Euro.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Thomas Enders", "beziffern")


def test_a_name_the_parser_split_into_subject_and_object_is_one_speaker():
    q = one("In einem Interview sprach Angela Merkel von der Möglichkeit einer Koalition mit der FDP.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Angela Merkel", "sprechen")


def test_a_product_name_in_marks_inside_a_warning_is_no_quote():
    """The tagger reads „Reduce Weight Fruta Planta“ as foreign words: a product's name,
    not words of the office that warns against it."""
    quotes = run("Das rheinland-pfälzische Landesamt für Gesundheit warnt vor der Schlankheitspille "
                 "„Reduce Weight Fruta Planta“.")
    assert [q.kind for q in quotes] == ["reported"]


def test_a_predicative_als_phrase_is_not_who_names():
    q = one("Als Grund nennen die Kardiologen eine Verbesserung der Abläufe im Rettungssystem.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Kardiologen", "nennen")


@pytest.mark.parametrize("text", [
    "Der Bildungsgipfel nennt keine Termine für die Öffnung der Schulen.",  # named nothing
    "Nachbarn begrüßen sich und plauschen miteinander.",  # greet each other
    "Um den Ton zu machen, braucht es ein bisschen Mut (es ist laut) und etwas Kraft im Bauch.",  # loud
    "Er geht der Frage nach, wie sich das Coronavirus in Schulen und auf Reisen verbreitet.",  # spreads
    # a free relative clause is what is decided, not the one who says the clause around it
    "Was Deutschland am Mittwoch beschließt, bekommen viele EU-Partner daheim direkt zu spüren.",
    # a fine that threatens is impending, nobody's threat
    "Bei einem Verstoß droht ein Bußgeld - nach dem Infektionsschutzgesetz sind Strafen von bis zu 25 000 "
    "Euro möglich.",
    # the first person outside quotation marks is the writer
    "Wenn Sie Nachrichten auf dem Handy lesen wollen, empfehlen wir Ihnen unsere App, die Sie hier "
    "herunterladen können.",
    # "sollen" in a subordinate clause without a perfect infinitive: a plan, no claim passed on
    "Die Firma Nintendo meldete einen Rekord. Im Spiel entscheidet der Tourist selbst darüber, wie "
    "seine Trauminsel genau aussehen soll.",
    # a court passing sentence condemns nobody in words
    "Das Amtsgericht Wolfsburg hat den früheren Betriebsrat zu einer Geldstrafe von 39.200 Euro verurteilt.",
    # naming and meaning are no speech acts: "nennt sich", "bezeichnet" without "als"
    "Ab dem nächsten Jahr nennt sich die Ausstellung „documenta 12“ und findet im Juni statt.",
    "Der Name Ubuntu stammt aus der Sprache Zulu und bezeichnet eine afrikanische Philosophie.",
    # expelled from the country, not pointing to anything
    "Vor knapp zwei Jahren hatte das Regime in Pjöngjang die internationalen Inspekteure des Landes verwiesen.",
])
def test_no_speech_act_and_no_attribution(text):
    assert run(text) == []


def test_the_inquit_of_a_direct_quote_is_no_reported_speech_act_of_its_own():
    """"„…“, begründet das Gericht seine Entscheidung": the quote is what the court gave as
    its reasons; the inquit reports nothing beside it."""
    text = ("„Eine Beihilfe zu einem völkerrechtswidrigen Delikt ist selbst ein völkerrechtswidriges Delikt“, "
            "begründet das Gericht seine Entscheidung für den Freispruch.")
    assert [(q.kind, q.speaker) for q in run(text)] == [("direct", "Gericht")]


def test_aussprechen_takes_a_position_only_as_a_reflexive():
    """"sprach sich für X aus" is a position taken; "sprach eine Empfehlung für X aus" or
    "sprach sein Beileid aus" reports no content."""
    assert run("Die unterlegenen Kandidaten sprachen ihren Wählern eine Empfehlung für den zweiten "
               "Wahlgang aus.") == []
    assert run("Kanzler Olaf Scholz sprach den Angehörigen der Opfer sein Beileid aus.") == []


# -- outlets ----------------------------------------------------------------------------

def test_outlet_told_after_an_inverted_inquit():
    """"sagte der Oberbürgermeister der Deutschen Presse-Agentur": the agency written out
    (and split at its hyphen by the tokenizer) is dpa, whom it was said to; the parser
    reads a genitive, but the mayor does not work for the agency."""
    q = one("Die Lage in den Kliniken ist ernst, sagte der Leipziger Oberbürgermeister der Deutschen Presse-Agentur.")
    assert q.speaker == "Leipziger Oberbürgermeister" and q.outlet == "dpa"
    q = one("Die Lage ist ernst, sagte die Ministerin dem Evangelischen Pressedienst.")
    assert q.outlet == "epd"
    q = one("Die Freien Wähler sagen den Parteitag ab. Das teilte ein Sprecher der Partei der Deutschen "
            "Presse-Agentur mit.")
    assert q.speaker == "Sprecher der Partei" and q.outlet == "dpa"
    # an outlet the parser ran into the speaker's name
    q = one('"Wir werden nur einen Tag zusammenkommen", sagt Bundesgeschäftsführer Jörg Schindler ZEIT ONLINE dazu.')
    assert (q.speaker, q.outlet) == ("Jörg Schindler", "Zeit Online")


def test_reporting_agency_is_outlet_not_speaker():
    text = ("Der belarussische Präsident Alexander Lukaschenko hat von Russland Garantien gefordert. "
            "Russland solle Belarus verteidigen, berichtet die staatliche Nachrichtenagentur BelTA.")
    q = one(text, "indirect")
    assert q.outlet == "BelTA" and q.speaker == "Alexander Lukaschenko" and q.cue == "berichten"
    # the demand itself, with no content clause, is reported speech (ANNOTATION.md)
    r = one(text, "reported")
    assert r.text == "Der belarussische Präsident Alexander Lukaschenko hat von Russland Garantien gefordert."
    assert r.speaker == "Alexander Lukaschenko" and r.cue == "fordern"


def test_broadcaster_as_addressee_is_outlet():
    q = one("„Wir lassen uns nicht erpressen“, sagte Scholz der ARD.")
    assert q.kind == "direct" and q.speaker == "Scholz" and q.outlet == "ARD"


# -- articles ---------------------------------------------------------------------------

def test_repeated_paragraph_yields_its_quotes_once():
    para = "„Wir erpressen niemanden“, sagte Lukaschenko in Minsk."
    quotes = run(para + "\n\nDie Gespräche dauerten an.\n\n" + para)
    assert len(quotes) == 1 and quotes[0].start < len(para)


def test_offsets_match_text():
    text = ("Der Kremlchef Wladimir Putin hatte die Stationierung angekündigt. Er sagte, die "
            "Lager würden bis Juli fertig. „Wir halten unser Wort“, fügte er hinzu.")
    for q in run(text):
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        assert 0 < q.confidence <= 1


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Heute regnet es in Berlin."])
def test_texts_without_quotes(text):
    assert run(text) == []


# -- nouns of saying and thinking with their own content clause --------------------------

def test_noun_with_dass_clause_speaker_is_subject_of_its_verb():
    q = one("Die Experten der Universität Wien kamen zu dem Ergebnis, dass es keinerlei "
            "Beweise für die Echtheit des Schmucks gebe.", "indirect")
    assert q.text.startswith("es keinerlei Beweise") and q.text.endswith("gebe")
    assert q.speaker_mention == "Die Experten der Universität Wien"


def test_noun_with_zu_infinitive_speaker_is_genitive():
    q = one("Die Schwesterpartei reagierte mit Befremden auf die Forderung des CSU-Vorsitzenden "
            "Edmund Stoiber, in der Gesundheitspolitik auf die SPD zuzugehen.", "indirect")
    assert q.text == "in der Gesundheitspolitik auf die SPD zuzugehen"
    assert q.speaker == "Edmund Stoiber"


def test_fact_noun_with_dass_clause_is_no_quote():
    # "Tatsache" is no noun of saying: its clause is a fact, not reported speech
    assert run("Die Tatsache, dass die Brücke gesperrt ist, ärgert viele Pendler.") == []


def test_cue_after_a_closed_quote_reports_its_own_clause():
    text = ("„Wir haben ein gutes Ergebnis erzielt.“ Schröder sagte, er werde dafür sorgen, "
            "dass es eine Regierung unter seiner Führung gebe.")
    qs = run(text)
    ind = [q for q in qs if q.kind == "indirect"]
    assert len(ind) == 1 and ind[0].text.startswith("er werde dafür sorgen")
    assert ind[0].speaker == "Schröder"


def test_subject_after_fronted_time_is_speaker():
    text = ("Um 10:05 Uhr meldete die Nachrichtenagentur Reuters, der Präsident habe das Land "
            "verlassen.")
    q = one(text, "indirect")
    assert q.text == "der Präsident habe das Land verlassen"
    assert "Reuters" in q.speaker_mention


def test_quoted_with_the_words_takes_the_clause_after_worten():
    text = ("Sergei Voznyak, Pressesprecher des Wahlkampfteams von Aljaksandr Milinkewitsch, wird "
            "von der Nachrichtenagentur Reuters mit den Worten zitiert, er habe mit Milinkewitsch "
            "gesprochen.")
    q = one(text, "indirect")
    assert q.text == "er habe mit Milinkewitsch gesprochen"
    assert q.speaker == "Sergei Voznyak"


def test_source_noun_after_nach_selects_and_quotes_its_clause():
    q = one("Nach einer Stellungnahme der US-Armee befand sich der Hubschrauber auf dem Flug "
            "zwischen zwei Militärbasen.", "indirect")
    assert q.text.startswith("befand sich der Hubschrauber")
    assert "US-Armee" in q.speaker_mention


def test_one_capitalised_word_in_the_object_of_a_speech_verb_is_quoted():
    q = one("SPD-Innenexperte Wiefelspütz nannte den Bericht eine „Zeitungsente“.", "direct")
    assert q.text == "Zeitungsente" and q.speaker == "Wiefelspütz"


def test_newspaper_name_in_marks_is_no_quote():
    qs = run("Der Minister sprach mit der „Bild“-Zeitung über den Haushalt.")
    assert [q for q in qs if q.kind == "direct"] == []


def test_naming_with_nennen_is_no_quote():
    qs = run("Im Jahr 2007 nennt sich die Ausstellung „Documenta“. Dies nennt man einen „Aktiensplit“.")
    assert [q for q in qs if q.kind == "direct"] == []


def test_zu_infinitive_after_a_decision_verb():
    q = one("Die staatliche Bahngesellschaft SNCB beschloss, in dem Zeitraum die Beleuchtung in "
            "den Zügen zu reduzieren.", "indirect")
    assert q.text == "in dem Zeitraum die Beleuchtung in den Zügen zu reduzieren"
    assert "SNCB" in q.speaker_mention


def test_vocative_inside_the_quote_is_not_the_speaker():
    text = ("Der türkische Hochschulratspräsident Erdoğan Teziç schrieb an Jacques Chirac. Im Brief "
            "erklärt er: „Sehr geehrter Herr Präsident, dieses Gesetz wird von Ihrer Regierung nicht "
            "unterstützt.“")
    q = one(text, "direct")
    assert q.speaker == "Erdoğan Teziç"


def test_cue_in_a_dass_clause_reports_nothing():
    text = ("Er hält es jedoch für möglich, dass der damalige Vorstandsvorsitzende über diese Praxis "
            "nicht informiert worden war.")
    q = one(text)
    assert q.cue == "halten" and q.text.startswith("der damalige Vorstandsvorsitzende")


def test_medium_on_the_subject_is_the_outlet():
    text = ("„Die Besatzung dieser Einheiten wird sich mit Fragen der Wartung befassen“, teilte das "
            "belarussische Verteidigungsministerium im Onlinedienst Telegram mit. „Sie werden einen "
            "vollständigen Ausbildungszyklus absolvieren“, hieß es, ohne dass die Dauer der "
            "Ausbildung angegeben wurde.")
    qs = run(text)
    assert [q.kind for q in qs] == ["direct", "direct"]  # "ohne dass …" is no content
    assert all(q.speaker == "Belarussisches Verteidigungsministerium" for q in qs)
    assert qs[0].outlet == "Telegram"


def test_two_quoted_stretches_in_one_verb_phrase():
    qs = run("Staatsanwalt Alan Jackson hält Spector „unter bestimmten Umständen“ für „böse und gefährlich“.")
    assert [q.text for q in qs if q.kind == "direct"] == ["unter bestimmten Umständen", "böse und gefährlich"]
    assert all(q.speaker == "Alan Jackson" for q in qs)


def test_mixed_quote_span_keeps_the_closing_mark():
    # ANNOTATION.md: a mixed quote's text is the whole reported clause, marks included
    q = one("Karsai sagte am Sonntag vor Journalisten, Afghanistan sei ein „Opfer des Terrorismus“.", "mixed")
    assert q.text == "Afghanistan sei ein „Opfer des Terrorismus“"
    # a Konjunktiv sentence that carries on the reported speech, ending in a fragment
    q = one("Die Grünen kritisierten die Pläne. Hier seien die Mittel angesichts der Mehrkosten "
            "„völlig unrealistisch“.", "mixed")
    assert q.text == "Hier seien die Mittel angesichts der Mehrkosten „völlig unrealistisch“"


def test_quote_opening_in_a_reported_clause_runs_to_its_closing_mark():
    text = ("Der Senator Jim DeMint sagte, die Republikaner müssten „alle auf diese Vorwahlen schauen. Je "
            "eher wir eine Entscheidung treffen, desto eher können wir uns auf das wirkliche Problem "
            "konzentrieren“. Dann reiste er ab.")
    q = one(text, "mixed")
    assert q.text.startswith("die Republikaner müssten") and q.text.endswith("konzentrieren“")
    assert q.speaker == "Jim DeMint"


@pytest.mark.parametrize("text, words, speaker", [
    ("Die bayerische Justizministerin Beate Merk wies dies am Rande einer Klausurtagung als "
     "„Unverschämtheit“ zurück.", "Unverschämtheit", "Beate Merk"),
    ("Der Datenschützer Peter Schaar warf der Regierung unter anderem „Wortbruch“ vor.", "Wortbruch",
     "Peter Schaar"),
])
def test_one_capitalised_word_a_speaker_utters_in_the_verb_phrase(text, words, speaker):
    q = one(text, "direct")
    assert q.text == words and q.speaker == speaker


def test_called_and_so_called_are_no_quotes():
    qs = run("Geplant ist das Profil 2.0, auch „BD-Live“ genannt. Die Abgeordnete sorgte mit einem "
             "sogenannten „Gestapo-Vergleich“ für Schlagzeilen. Teilchen, die als „Sonnenwind“ "
             "bezeichnet werden, erreichen die Erde.")
    assert [q for q in qs if q.kind == "direct"] == []


def test_konjunktiv_without_any_cue_before_is_reported_speech_of_the_subject_before():
    text = ("Der senegalesische Innenminister Usman Ngom definierte am Dienstag in Dakar das Ziel. Es gehe "
            "nicht darum, die Wanderungsbewegungen zu verhindern, sondern die Menschen im Land zu halten.")
    q = one(text)
    assert q.kind == "indirect" and q.text.startswith("Es gehe nicht darum")
    assert q.speaker == "Usman Ngom"


def test_first_person_answer_is_no_reported_speech():
    assert run("Gab es Projekte, die du nicht gerne gemacht hast? Ich habe so viele Sachen gelernt, "
               "indem ich sie einfach ausprobiert habe.") == []


def test_marks_opening_inside_a_reported_clause_make_it_mixed():
    q = one("Hartmann erklärte, ihr lägen „bis zur Stunde keine vollständigen Unterlagen vor, die die mir "
            "gestellten Fragen belegen“.")
    assert q.kind == "mixed" and q.text.startswith("ihr lägen „bis zur Stunde") and q.speaker == "Hartmann"


@pytest.mark.parametrize("text, start", [
    ("Nach ersten Ermittlungen der Polizei war der aus Polen kommende Bus nach einem Überholvorgang "
     "von der Fahrbahn abgekommen.", "war der aus Polen kommende Bus"),
    ("Nach dem vorläufigen Endergebnis erreichte die SPD 45,6 Prozent der Stimmen.", "erreichte die SPD"),
])
def test_nach_with_a_findings_noun_attributes_the_clause(text, start):
    q = one(text, "indirect")
    assert q.text.startswith(start)


def test_aus_sicht_attributes_the_clause_to_whose_view_it_is():
    q = one("Aus Sicht der Staatsanwaltschaft handelt es sich um einen tragischen Unfall.")
    assert (q.kind, q.text, q.speaker) == ("indirect", "handelt es sich um einen tragischen Unfall",
                                           "Staatsanwaltschaft")
    # a point of view nobody holds is no source
    assert run("Die neue Regelung könnte aus juristischer Sicht den Status der Partei infrage stellen.") == []
    # the angle of a speech act or of a noun, not who speaks
    assert run("Er erläuterte die Klimapolitik aus Sicht Chinas.") == []


def test_konjunktiv_in_a_subordinate_clause_is_reported_speech():
    q = one("Die Alliierten hatten jedoch Einspruch dagegen erhoben, weil Berlin einen Sonderstatus habe "
            "und nicht vom Bund regiert werden dürfe.")
    assert q.kind == "indirect" and q.text == "weil Berlin einen Sonderstatus habe und nicht vom Bund regiert werden dürfe"
    assert "Alliierten" in q.speaker_mention


def test_passive_without_agent_speaks_through_the_document_named():
    q = one("So wird in einer Pressemitteilung der Organisation gefordert, dass die Regierung die "
            "Ermittlungen verstärkt.", "indirect")
    assert q.speaker == "Pressemitteilung der Organisation"
    assert q.text == "die Regierung die Ermittlungen verstärkt"


def test_description_keeps_what_follows_its_head_and_place_adjectives():
    q = one("Monatelang haben die Wiener Linien abgestritten, dass die bestehenden Sicherheitseinrichtungen "
            "nicht sicher genug wären.")
    assert q.speaker == "Wiener Linien" and q.cue == "abstreiten"
    assert q.text.startswith("die bestehenden Sicherheitseinrichtungen")


def test_indefinite_description_is_someone_new():
    text = ("Kremlsprecher Dmitri Peskow äußerte sich am Morgen zu den Gesprächen. Am Abend sagte ein Sprecher "
            "des Außenministeriums, man prüfe den Vorschlag noch.")
    q = [q for q in run(text) if q.text.startswith("man prüfe")][0]
    assert q.speaker != "Dmitri Peskow" and "Sprecher" in q.speaker


@pytest.mark.parametrize("text", [
    "Die Rebellen bestreiten ihrerseits diesen Vorwurf, beharren aber auf der Forderung nach mehr Autonomie.",
    "Nachdem die Steuerberaterin die Polizei informiert hatte, wurde eine Sonderkommission eingerichtet.",
    "Das neue Profil 1.1, auch „Bonus View“ genannt, umfasst unter anderem einen Spielermodus.",
    # "zumal" gives a reason, not what was denied; "sich drängen" is to crowd
    "Es gibt nicht wenige Experten, die das verneinen, zumal auch andere Fluggesellschaften ein ähnliches "
    "Schicksal trifft.",
    "Millionen Tiere – so viele drängen sich auf einem Quadratkilometer – vertilgen so viel, wie 35.000 "
    "Menschen täglich essen.",
    # a parse that makes the whole sentence the clause of "unterrichtet", the verb inside it
    "Der Lehrer, der Informatik und Physik unterrichtet, trägt ein T-Shirt mit Muppet Show-Motiv, in der "
    "Tasche seiner Cargohose steckt ein Multifunktionsklappmesser, die Arme sind tätowiert.",
])
def test_clauses_beside_a_speech_verb_that_report_nothing(text):
    # (denying "diesen Vorwurf" is itself a reported speech act; the clause after it is no content)
    assert [q for q in run(text) if q.kind != "reported"] == []


def test_time_taken_for_subject_and_particle_written_apart():
    q = one("Wenige Tage zuvor hatte Scholz bekannt gegeben, dass die Regierung die Hilfen verlängern werde.")
    assert q.cue == "bekanntgeben" and q.speaker == "Scholz"
    assert q.text == "die Regierung die Hilfen verlängern werde"


def test_a_time_taken_for_the_shared_subject_of_a_second_verb():
    """"Gestern" opening the clause is tagged a name and made a second subject of the first
    verb; the coordinated speech verb shares the other one."""
    q = one("Gestern trat Bürgermeister Peter Tschentscher vor die Kameras und verkündete, dass "
            "Hamburg die Regeln lockert.")
    assert (q.text, q.speaker, q.cue) == ("Hamburg die Regeln lockert", "Peter Tschentscher", "verkünden")


def test_sie_finds_the_woman_just_named_whose_gender_only_the_tagger_gave():
    """The tagger calls "Merkel" masculine, as most names; "sie" right after is still her."""
    quotes = run("Jeder Einzelne habe es in der Hand, die Pandemie einzugrenzen, sagte Merkel. \"Wenn wir im "
                 "November alle sehr vernünftig sind, dann werden wir uns mehr Freiheiten erlauben können\", sagte sie.")
    assert [q.speaker for q in quotes] == ["Merkel", "Merkel"]
    # also by her full name, when her first name is not among the known ones
    q = one('Waltraud Schmidt-Sibeth aus Germering spricht für viele Betroffene. Sie schreibt: "Als 1940 '
            'Geborene gehöre ich zur ersten Gruppe der Impfberechtigten."')
    assert q.speaker == "Waltraud Schmidt-Sibeth"


def test_the_speaker_before_a_colon_is_not_a_word_of_the_quote():
    """"Dennoch gelte: „Es wird ein Weihnachten …“": the parser made a noun of the quote the
    subject of "gelte"; the quote goes on the last speaker."""
    quotes = run('Jeder Einzelne habe es in der Hand, sagte Merkel. Dennoch gelte: "Es wird ein Weihnachten '
                 'unter Corona-Bedingungen sein."')
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Merkel"), ("direct", "Merkel")]


def test_a_name_only_quoted_is_no_antecedent_of_the_inquits_pronoun():
    """"„… mit Lieferando …“, sagt er": "er" is the man named before, not a name inside the
    quote it attributes."""
    quotes = run("Rund 180 Restaurants in der Stadt hat Abu-Gharbieh bislang angeworben. "
                 "\"Die Unzufriedenheit der Wirte mit Lieferando ist groß\", sagt er.")
    assert [(q.kind, q.speaker) for q in quotes if q.kind == "direct"] == [("direct", "Abu-Gharbieh")]


def test_names_in_marks_inside_a_reported_clause_leave_it_indirect():
    q = one("Die New York Times berichtete, die Anlagen „Parchin“ und „Lavisan II“ stünden im Zusammenhang "
            "mit einem militärischen Atomprogramm.")
    assert q.kind == "indirect" and q.text.startswith("die Anlagen „Parchin“")


# -- interviews --------------------------------------------------------------------------

def test_interview_answers_are_direct_quotes_of_the_interviewee_and_questions_none():
    """A real Wikinews interview (Petra Pau, 2007): each answer whole, without its label,
    is a direct quote of Petra Pau; nothing from the questions is a quote."""
    from pathlib import Path

    PAU = (Path(__file__).parent / "data" / "interview_pau.txt").read_text(encoding="utf-8")
    quotes = run(PAU)
    answers = [q for q in quotes if q.kind == "direct" and q.speaker == "Petra Pau"]
    assert len(answers) == 3
    assert answers[0].text.startswith("Ihren Detailfragen stelle ich eine Generaleinschätzung voran.")
    assert answers[0].text.endswith("erweisen sich als die eifrigsten Kämpfer gegen die Verfassung.")
    assert answers[2].text.startswith("Für zumindest verfassungsbedenklich")
    questions = [(PAU.index(q), PAU.index("''Pau''", PAU.index(q)))
                 for q in ("''Wikinews'': Ist die", "''Wikinews'': Welche")]
    assert not any(s <= q.start < e for q in quotes for s, e in questions)
    assert not any(q.speaker in ("Ich", "Wir") for q in quotes)


def test_a_gender_star_word_in_marks_is_a_term_not_a_quoted_fragment():
    """A term written with a gender star in marks ("Einwohner*innenmeldeamt") quotes
    nobody: the reported clause around it stays indirect, not mixed."""
    quotes = run("Die Stadt nennt das Amt jetzt “Einwohner*innenmeldeamt”, sagte ein Sprecher am Montag.")
    q = [q for q in quotes if q.text.startswith("Die Stadt nennt")]
    assert len(q) == 1 and q[0].kind == "indirect" and q[0].speaker == "Sprecher"


def test_a_denial_does_not_take_the_claim_it_denies():
    """"Das wurde … bestritten": the sentence before is what the witnesses said; the police
    said the opposite, and "Das" gives no content of its own."""
    quotes = run("Augenzeugen berichteten von mindestens drei getöteten Demonstranten. "
                 "Das wurde von der Polizei jedoch bestritten.")
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [("reported", "Augenzeugen", "berichten")]


def test_a_wobei_clause_is_no_content_clause():
    q = one("Medien berichten seit einigen Jahren immer häufiger von randalierenden Fans, "
            "wobei oft Alkohol im Spiel ist.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Medien", "berichten")


@pytest.mark.parametrize("text, speaker", [
    ("Dass noch 60 weitere Polizisten entsendet werden, erhofft sich die Stadtleitung, "
     "um die Gewalt in den Griff zu bekommen.", "Stadtleitung"),
    ("Dabei sprachen sich 75 Prozent der Abgeordneten für eine Offenlegung ihrer Nebeneinkünfte aus.",
     "75 Prozent der Abgeordneten"),
])
def test_the_noun_after_an_accusative_reflexive_is_the_subject(text, speaker):
    """The parser makes "sich" and the noun after it both objects; a verb whose
    accusative is its reflexive has no second one."""
    assert one(text).speaker == speaker


def test_what_one_can_do_is_no_speech_act():
    assert run("Ab sofort kann das Bundesamt für Bevölkerungsschutz erstmals per Mobilfunk "
               "vor Unwettern warnen.") == []


def test_a_demonstrative_with_what_it_is_called_is_reported():
    """"wies dies als „Unverschämtheit“ zurück": the als phrase is the content."""
    quotes = run("Die bayerische Justizministerin Beate Merk wies dies als „Unverschämtheit“ zurück.")
    assert ("reported", "Beate Merk", "zurückweisen") in [(q.kind, q.speaker, q.cue) for q in quotes]


def test_a_fronted_accusative_is_not_the_speaker():
    """"Den … Schaden": "den" never opens a subject; the police estimate."""
    q = one("Den entstandenen Schaden schätzt die Polizei auf 250.000 Euro.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Polizei", "schätzen")


def test_er_is_the_subject_of_an_earlier_clause_of_its_sentence():
    """No speaker before; "am Sonntag" is no person either: "er" is the manager."""
    quotes = run("Nach einer Überprüfung durch den TÜV am Sonntag gab es grünes Licht. Der Geschäftsführer "
                 "der Tegelbergbahn ärgerte sich darüber, dass er den Piloten nicht erreichen konnte; "
                 "er gibt den Umsatzausfall für die Bergbahn mit etwa 80.000 Euro an.")
    assert [(q.kind, q.speaker) for q in quotes] == [("reported", "Geschäftsführer der Tegelbergbahn")]


def test_a_subject_in_the_content_clause_does_not_speak():
    """The parser hangs "die Truppen al-Baschirs" on "sprachen" as a second subject; the
    one before the verb speaks, not the named one after the comma."""
    q = one("Südsudanesische Vertreter sprachen auch davon, dass die Truppen al-Baschirs, der wegen "
            "Menschenrechtsverletzungen gesucht wird, die Stadt aus der Luft angegriffen hätten.")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Südsudanesische Vertreter", "sprechen")


def test_a_medium_that_opens_an_indicative_clause_speaks_itself():
    quotes = run("Nach dem Umsturz waren nach Angaben der Militärjunta zehn Personen ums Leben gekommen. "
                 "Wie die BBC berichtet, befindet sich der Präsident an einem sicheren Ort.")
    assert [(q.speaker, q.cue) for q in quotes] == [("Militärjunta", "Angabe"), ("BBC", "berichten")]


def test_a_medium_passing_on_konjunktiv_still_carries_the_last_speaker():
    quotes = run("Lukaschenko hat Garantien gefordert. Es gebe keine andere Lösung, berichtet BelTA.")
    assert [(q.speaker, q.outlet) for q in quotes] == [("Lukaschenko", None), ("Lukaschenko", "BelTA")]


def test_an_announced_name_in_marks_is_no_quote():
    """"Den Namen … gab das ZDF bekannt: „…“": a title, however long; and "Den Namen" is
    no subject."""
    assert run("Den Namen der Fernsehsendung gab das ZDF auch bereits bekannt: "
               "„Karol Wojtyla – Geheimnisse eines Papstes“.") == []


def test_a_nominative_right_after_the_verb_is_the_subject_the_parser_missed():
    q = one("Außer aus Rio de Janeiro weist das Amt auch auf erhöhte Fallzahlen von Dengue-Fieber "
            "in weiteren Städten hin.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Amt", "hinweisen")


def test_a_participle_opening_the_sentence_is_not_the_speaker():
    """The tagger calls "Stellvertretend" a noun and the parser makes it the subject; the
    commissioner, parsed as an object in the nominative, recommends."""
    q = one("Stellvertretend für die EU-Kommission empfahl der EU-Kommissar für Erweiterung und europäische "
            "Nachbarschaftspolitik Štefan Füle, Verhandlungen über einen EU-Beitritt Islands einzuleiten.")
    assert (q.kind, q.cue) == ("indirect", "empfehlen") and q.speaker.startswith("EU-Kommissar")


def test_a_figure_given_in_the_passive_goes_on_reporting_the_last_source():
    quotes = run("Bei den Polizeieinsätzen seien nach Angaben der Nachrichtenagentur Xinhua 61 Polizisten "
                 "verletzt worden. Die Anzahl der zerstörten Geschäfte wurde mit 214 angegeben.")
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Xinhua"), ("reported", "Xinhua")]


def test_a_passive_with_nobody_before_reports_nothing():
    assert run("Der Schaden wurde mit 214.000 Euro angegeben.") == []


def test_two_acts_sharing_a_subject_are_one_reported_quote():
    """The example of the issue that asked for the kind: one quote, Oxfam's, over both
    acts; "aber einen … Schuldenerlass" after the comma is no inverted subject."""
    q = one("Die Hilfsorganisation Oxfam begrüßte die Entscheidung des IWF, fordert aber einen "
            "umfangreicheren Schuldenerlass.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Oxfam", "begrüßen")
    assert q.text.endswith("fordert aber einen umfangreicheren Schuldenerlass.")


def test_an_infinitive_after_the_noun_a_naming_verb_gives_is_no_content():
    q = one("Der Direktor des BBC World Service, Peter Horrocks, bezeichnet diese Maßnahme als einen Versuch "
            "der iranischen Behörden, die BBC an der Berichterstattung über die Wahlen zu hindern.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Peter Horrocks", "bezeichnen")


def test_a_fronted_noun_phrase_with_a_relative_clause_is_the_object_of_the_act():
    """Not an indirect quote "Die Zahl der Menschen, die …": the agency gives a figure."""
    q = one("Die Zahl der Menschen, die durch die Unruhen am Freitag getötet worden sein sollen, "
            "bezifferte die chinesische Nachrichtenagentur Xinhua heute mit 13.")
    assert (q.kind, q.speaker, q.cue) == ("reported", "Xinhua", "beziffern")


@pytest.mark.parametrize("text", [
    "Das chinesische Zentralfernsehen wird vom Start und von der Landung direkt berichten.",
    "Bekannt ist, dass Radioverkäufer ihren Käufern zunehmend leistungsstärkere Geräte empfahlen.",
])
def test_a_future_act_or_one_in_a_dass_clause_is_no_reported_quote(text):
    assert [q for q in run(text) if q.kind == "reported"] == []


@pytest.mark.parametrize("text", [
    "Shelby hält mit seinem „Ultimate Aero“ bereits seit 2007 den Weltrekord für das schnellste Auto.",
    "In seiner „Thronrede“, die in Vertretung der Königin verlesen wurde, kündigte der Premier Reformen an.",
])
def test_a_name_in_marks_in_a_phrase_of_place_or_means_is_no_quote(text):
    assert [q for q in run(text) if q.kind == "direct"] == []


def test_the_reason_a_verb_of_explaining_gives_with_mit_is_quoted():
    quotes = run("Stoiber begründete seinen Rückzug mit einer „veränderten Lage“ nach dem Abgang von "
                 "SPD-Parteichef Franz Müntefering.")
    assert ("direct", "veränderten Lage") in [(q.kind, q.text) for q in quotes]


def test_a_wie_inquit_with_an_apposition_gives_speaker_and_clause():
    """The parser makes "Burt Rutan" a conjunct of the clause before and the verb the
    root; the name between "wie" and the verb is the speaker, the apposition is his."""
    q = one("Die Chemikalie hatte Raumtemperatur und stand unter Druck, wie Burt Rutan, Chef der Firma "
            "Scaled Composites, mitteilte.")
    assert (q.kind, q.speaker, q.cue) == ("indirect", "Burt Rutan", "mitteilen")
    assert q.text == "Die Chemikalie hatte Raumtemperatur und stand unter Druck"
    assert q.speaker_mention == "Burt Rutan, Chef der Firma Scaled Composites"


def test_a_predicative_als_phrase_is_not_the_speaker_of_heisst_es():
    """"Als Begründung" is the parser's only subject of "heißt" (it made "es" an
    expletive); "heißt es" names no one, so the speaker is who spoke just before."""
    text = ("Die Union sowie auch die FDP sprechen sich offen gegen strengere Regelungen aus. Als Begründung "
            "dafür heißt es, die bestehenden Gesetze seien völlig ausreichend, zum Teil sogar jetzt schon überzogen.")
    q = one(text, "indirect")
    assert q.cue == "heißen" and q.speaker_mention == "Die Union sowie auch die FDP"


def test_a_heading_before_a_colon_is_not_the_subject_the_verb_shares():
    """The parser gives "standen" two subjects, the heading before the colon first; the
    coordinated "forderten … auf" shares the one after the colon."""
    q = one("Andere Formen des Protestes: Zuschauer standen am Rand der Straße und forderten auf "
            "Spruchbändern unter anderem dazu auf, chinesische Waren zu boykottieren.", "indirect")
    assert (q.cue, q.speaker_mention) == ("auffordern", "Zuschauer")


def test_a_name_closing_the_mention_is_who_the_title_before_it_is():
    """"Premierministerin" would match the "Premierminister John Key" named before; the
    name after the comma (which the parser made a conjunct of "Queensland") says who it is."""
    text = ("Dies bestätigte der neuseeländische Premierminister John Key. Australien will 74 Helfer aus "
            "Queensland in die Erdbebenregion schicken. Wie die Premierministerin von Queensland, Anna Bligh, "
            "erklärte, habe sie den Zivilschutz ihres Bundesstaates in Bereitschaft versetzt.")
    q = [q for q in run(text) if q.cue == "erklären"][0]
    assert q.speaker == "Anna Bligh"


def test_a_konjunktiv_clause_before_a_colon_does_not_name_the_speaker_of_the_quote():
    """"Queensland sei … verpflichtet:" is itself reported speech; its subject is what
    the speaker talks about, and the quote after the colon is still hers."""
    text = ("Wie die Premierministerin von Queensland, Anna Bligh, erklärte, habe sie den Zivilschutz in "
            "Bereitschaft versetzt. Queensland sei Neuseeland wegen seiner Unterstützung bei der "
            "Überschwemmungskatastrophe zu Dank verpflichtet: „Sie haben uns Hilfsmannschaften geschickt, "
            "und wir werden ihnen genauso helfen.“")
    q = one(text, "direct")
    assert q.speaker == "Anna Bligh"


def test_a_name_in_marks_after_its_article_is_the_subject_not_a_quotation():
    """The parser gives "beziffert" two subjects, the fronted accusative first; "der
    „Focus“" is a name in marks, not words quoted, so it is who put a figure on it."""
    q = one("Porsche ist ein Sportwagenbauer. Den Börsenwert des Unternehmens beziffert der „Focus“ auf "
            "17 Milliarden Euro.", "reported")
    assert q.cue == "beziffern" and q.speaker_mention == "der „Focus“"


def test_what_a_passive_ausgehen_is_about_is_not_its_agent():
    """"wird von einer hohen Waldbrandgefahr ausgegangen": the "von" phrase is what is
    assumed; the one who assumes it is who spoke just before."""
    q = [q for q in run("Der Deutsche Wetterdienst warnt vor Bränden. In diesem Bundesland wird auch in den "
                        "nächsten Tagen weiterhin von einer hohen Waldbrandgefahr ausgegangen.")
         if q.cue == "ausgehen"][0]
    assert q.speaker == "Deutscher Wetterdienst"


def test_wonach_after_a_bracket_or_after_the_verb_of_a_report_names_its_source():
    """"(CDU)" sits between the antecedent and "wonach"; and a "wonach" clause moved
    behind the participle belongs to the verb's object when that is something said, whose
    owner (not the day in it) is who said it."""
    q = one("Die Sichtweise von Innenminister Heribert Rech (CDU), wonach es nach der Novellierung ein "
            "ausgewogenes Gesetz geben werde, teilt Reinhold Gall nicht.", "indirect")
    assert q.cue == "wonach" and q.speaker == "Heribert Rech"
    q = one("Das iranische Außenministerium hat Pressemeldungen der New York Times von Donnerstag, dem "
            "2. Dezember 2004, zurückgewiesen, wonach UN-Inspektoren Zutritt zu zwei Anlagen verlangt hätten.",
            "indirect")
    assert q.speaker == "New York Times"


def test_a_so_insertion_may_say_where_at_length():
    """"so der Schriftsteller X in einem Blogeintrag auf der Website der Tageszeitung
    „The Independent“" is a source with a ten-word place of publication, inside a
    Konjunktiv clause that goes on after it."""
    q = one("Doch sei es, so der ugandische Schriftsteller Musa Okwanga in einem Blogeintrag auf der Website "
            "der britischen Tageszeitung „The Independent“, ein Haufen mächtiger Leute gewesen, der Kony "
            "gewähren lassen habe.", "indirect")
    assert (q.cue, q.speaker) == ("so", "Musa Okwanga")


def test_an_apposition_the_parser_made_a_second_subject_stays_in_the_mention():
    """"sagte Honoré Durand, der Geschäftsführer des Unternehmens: „…“": the parser
    gives "sagte" two subjects; the title after the comma is the name's apposition."""
    q = one("Gegenüber der Nachrichtenagentur „Associated Press“ sagte Honoré Durand, der Geschäftsführer des "
            "Unternehmens: „Ich wurde alarmiert, aber als ich ankam, hatten sie das Geschäft schon ausgeräumt.“")
    assert q.speaker == "Honoré Durand"
    assert q.speaker_mention == "Honoré Durand, der Geschäftsführer des Unternehmens"


def test_when_and_to_whom_are_not_part_of_who_spoke():
    """The parser hangs "am Donnerstag, dem 28. Dezember 2006" and "gegenüber der
    Financial Times Deutschland" on the speaker; they say when and to whom it was said."""
    q = one("Ein Repräsentant einer dieser Firmen am Donnerstag, dem 28. Dezember 2006, sagte, die "
            "Lieferungen würden fortgesetzt.")
    assert q.speaker_mention == "Ein Repräsentant einer dieser Firmen"
    q = one("Wie eine Sprecherin des Ludwigshafener Konzerns gegenüber der Financial Times Deutschland "
            "bestätigte, plant der Chemieriese, die Kartoffel anzubauen.")
    assert q.speaker_mention == "eine Sprecherin des Ludwigshafener Konzerns" and q.outlet


def test_a_party_after_von_der_is_no_surname_particle():
    """"Amilcar Pop von der Indigena-Partei Winaq" (raw agency copy): "von der Indigena"
    looked like "von der Leyen", but the tokenizer split a compound there."""
    q = one("„Es ist ein historischer Tag für Guatemala“, sagte der Abgeordnete Amilcar Pop von der "
            "Indigena-Partei Winaq.")
    assert q.speaker == "Amilcar Pop"


def test_a_description_is_named_by_its_noun_not_a_clipped_lemma():
    """The lemmatizer gives "Intensivpflegerin" the lemma "Intensivpflegeri"; a noun in
    "-in" does not decline, so the name keeps the word (raw Zeit Online news)."""
    q = one("Eine Hamburger Intensivpflegerin berichtet, sie fühle sich von der Politik allein gelassen.")
    assert q.speaker == "Hamburger Intensivpflegerin"


def test_sehr_laut_is_loud_not_according_to():
    """The tagger made "laut" a preposition in "es war sehr laut im Hintergrund" (raw
    Zeit Online news), which gave the speaker "Es war sehr Hintergrund"."""
    assert [q for q in run("Zwei Inklusionskinder waren am Telefon ebenfalls nicht zu motivieren, es war "
                           "sehr laut im Hintergrund.") if q.cue == "laut"] == []


def test_the_name_in_a_von_phrase_with_an_apposition_is_the_speaker():
    """"Nach Ansicht von Holm Keller, Vorsitzender der Kenup-Stiftung" (raw Zeit Online
    news): the tagger took "Keller" for a common noun, and the name read from the "von"
    phrase ran on into the apposition."""
    q = one("Nach Ansicht von Holm Keller, Vorsitzender der Kenup-Stiftung, zeigt dies, wie wichtig "
            "kleine Firmen sind.")
    assert q.speaker == "Holm Keller"


def test_a_time_is_never_the_speaker():
    """"hieß es am Mittwoch zur Begründung" (raw agency copy) gave the speaker "Mittwoch
    zur Begründung", and "Ende Januar 2006 verkündete der Deutsche Fußball-Bund" the
    speaker "Ende Januar 2006"."""
    q = one("Rovio wolle sich stärker auf Kernbereiche konzentrieren, hieß es am Mittwoch zur Begründung.")
    assert q.cue == "heißen" and q.speaker is None
    q = one("Ende Januar 2006 verkündete der Deutsche Fußball-Bund, er wolle sich um die WM bewerben.")
    assert q.speaker == "Deutscher Fußball-Bund"


def test_what_they_write_about_is_not_who_wrote():
    """"schreiben die Verfasser von schwerwiegenden Risiken für den Nachrichtendienst"
    (raw news on the BND): the "von" phrase is what they write about."""
    q = one("In einem Stammblatt vom April 2008 schreiben die Verfasser von schwerwiegenden Risiken für den "
            "Nachrichtendienst, sollte zum Beispiel bekannt werden, dass die Operation lief.")
    assert (q.cue, q.speaker_mention) == ("schreiben", "die Verfasser")


def test_an_object_the_parser_hung_on_the_subject_is_not_part_of_the_speaker():
    """Raw Zeit Online news: the parser made "Maßnahmen" a second genitive of
    "Verfasser" and "das" an article after "Grünen"."""
    q = one("Außerdem schlagen die Verfasser der Studie Maßnahmen im Energie- und Verkehrsbereich vor – etwa "
            "eine stärkere Förderung des öffentlichen Nahverkehrs, den Aufbau von Ladeinfrastruktur für "
            "E-Mobilität sowie eine stärkere Förderung, wenn es darum geht, Straßen zu Radwegen umzufunktionieren.",
            "reported")
    assert q.speaker == "Verfasser der Studie"


def test_criticism_not_voiced_is_no_reported_act():
    """"kritisieren die Grünen das nicht einmal mehr": "nicht" hangs on "einmal"."""
    assert [q for q in run("Wenn der Kanzler immer wieder den Kontakt mit Donald Trump sucht, dann kritisieren "
                           "die Grünen das nicht einmal mehr.") if q.kind == "reported"] == []


def test_a_title_tagged_as_a_name_is_not_part_of_the_name():
    """The tagger called "Hamburgs Schulsenator Ties Rabe" four names (raw Zeit Online
    news); the title splits them, and the person is "Ties Rabe"."""
    q = one("Nun sei eine neue Lage entstanden, sagte Hamburgs Schulsenator Ties Rabe (SPD).")
    assert q.speaker == "Ties Rabe"


def test_a_looming_threat_is_not_the_speaker_of_what_follows():
    """"drohe ein Zusammenbruch der Versorgung" (raw Zeit Online news): "drohen" with a
    subject that cannot speak is no speech act, and its subject speaks for nothing."""
    qs = run("Die Labore seien erstmals zu 100 Prozent ausgereizt. Bei einem möglichen Personalausfall drohe "
             "ein Zusammenbruch der Versorgung.")
    assert qs and all(q.speaker != "Zusammenbruch der Versorgung" for q in qs)


def test_what_is_to_be_criticised_was_not_criticised():
    """"Ist das Prinzip des Remakes generell zu kritisieren …?" (a forum question in raw
    news): "sein" with a zu-infinitive is what may be done, no speech act."""
    assert [q for q in run("Ist das Prinzip des Remakes generell zu kritisieren oder gibt es gute Gründe, "
                           "dass ein Stoff immer wieder bearbeitet wird?") if q.cue == "kritisieren"] == []


def test_the_journalists_spoken_to_are_not_part_of_the_speaker():
    q = one("Seine Frau liege im Koma: So endet das junge Glück, sagte eine der Angehörigen zu Journalisten.")
    assert q.speaker_mention == "eine der Angehörigen"


def test_hoping_for_and_greeting_are_no_speech_acts():
    """"versprechen sich die Forscher eine Massenproduktion" is what they hope for, and
    "begrüßte die Fahrer und Besucher" a greeting; "lobte das Engagement" is an act."""
    assert [q for q in run("Durch die Herstellung genmanipulierter Weihnachtsbäume versprechen sich die "
                           "Forscher eine ertragreiche Massenproduktion.") if q.kind == "reported"] == []
    qs = [q for q in run("Der Bürgermeister von Freising, Dieter Thalhammer, begrüßte die Fahrer und Besucher "
                         "und lobte das Engagement des Vereins.") if q.kind == "reported"]
    assert [q.cue for q in qs] == ["loben"]


def test_so_geht_es_hervor_is_a_clause_not_a_so_source():
    """"Haja, so geht es aus den Gerichtsakten hervor, fand …" (raw Zeit Online news):
    "geht" looked like a participle of manner ("so der Minister, gelassen"), which made
    "geht es aus den Gerichtsakten" the source of "so"."""
    qs = run("Haja, so geht es aus den Gerichtsakten hervor, fand einmal eine Pistole auf ihrem Kopfkissen.")
    assert all(q.cue != "so" for q in qs) and any(q.speaker == "Gerichtsakten" for q in qs)


def test_angewiesen_sein_is_no_instruction():
    qs = run("Die Bundesregierung habe erwartet, dass jedes fünfte der Unternehmen auf Überbrückungshilfen "
             "angewiesen sein könnte, wie die Zeitung schreibt.")
    assert all(q.cue != "anweisen" for q in qs)


def test_a_body_and_its_seat_and_a_genitive_apostrophe_are_named_right():
    """Raw derStandard and agency copy: "von der Erzdiözese Hue" is no surname with a
    particle, a diocese or university is named with its seat, and "Pilz’ Vorwurf" is
    the reproach of the Peter Pilz named before."""
    q = one("Der Priester ist aus dem Gefängnis entlassen worden. Dies wurde von der Erzdiözese Hue bestätigt, "
            "wie der Sender Radio Free Asia am Samstag berichtete.")
    assert q.speaker == "Erzdiözese Hue"
    q = one("Der Abgeordnete Peter Pilz kritisiert das Ministerium. Außenamtssprecher Thomas Schnöll weist Pilz’ "
            "Vorwurf, dass das Ministerium politischen Druck ausübe, zurück.", "indirect")
    assert q.speaker == "Peter Pilz"


def test_a_company_tells_an_outlet():
    """"teilte das Unternehmen der ZEIT mit" (raw Zeit Online news): the outlet after a
    body that speaks is whom it told, not whose company it is."""
    q = one("Der Umsatz von Adidas in China ist um 85 Prozent gesunken, teilte das Unternehmen der ZEIT mit.")
    assert q.speaker_mention == "das Unternehmen" and q.outlet


def test_a_description_takes_its_gender_from_its_article_and_a_meeting_owns_no_document():
    """Raw derStandard news: "der 69-jährige Niederländer" was named "69-jähriges
    Niederländer" (the tagger's gender), and "aus der Bilanz der Tagung 2014/15" gave the
    meeting as the speaker."""
    q = one("Seine Profis sollen verärgert spielen, meinte der 69-jährige Niederländer, der national sogar "
            "einen Rekord aufstellte.")
    assert q.speaker == "69-jähriger Niederländer"
    q = one("Das Parlament hat 120 Gesetze beschlossen. Das geht aus der Bilanz der Tagung 2014/15 hervor.")
    assert q.speaker == "Bilanz der Tagung 2014/15"


def test_vize_is_a_title_and_a_compound_after_von_der_no_surname():
    """Raw Zeit Online news: "Trumps Vize Mike Pence" was one name, and "von der
    Veranstaltungsbranche" a surname with its particle."""
    q = one("Trumps Vize Mike Pence sagte, der Präsident arbeite engagiert daran.")
    assert q.speaker == "Mike Pence"
    qs = run("Eine Studie im Auftrag der Interessengemeinschaft von der Veranstaltungsbranche liegt vor. "
             "Sie spricht tatsächlich von 1,5 Millionen Beschäftigten.")
    assert all(q.speaker != "von der Veranstaltungsbranche" for q in qs)


def test_what_was_spoken_of_and_a_capital_in_a_name():
    """Raw derStandard news: "hat die Landwirtschaftskammer von einem Wertschöpfungsverlust
    … gesprochen" named the speaker "Landwirtschaftskammer von einem Wertschöpfungsverlust",
    and "laut der Frankfurter Allgemeinen Sonntagszeitung" lost the capital of "Allgemeine"."""
    q = one("Für das Burgenland hat die Landwirtschaftskammer von einem Wertschöpfungsverlust in Höhe von "
            "150 Millionen Euro gesprochen.", "reported")
    assert q.speaker == "Landwirtschaftskammer"
    q = one("Auf EU-Ebene wurde indes laut der Frankfurter Allgemeinen Sonntagszeitung (FAS) bereits ein "
            "Aktionsplan erarbeitet.")
    assert "Frankfurter Allgemeine Sonntagszeitung" in (q.speaker or "") + (q.outlet or "")


def test_empfiehlt_sich_is_advisable_not_a_recommendation():
    """"empfiehlt sich die übliche effiziente Technik" (raw Zeit Online news) named the
    technique as a speaker."""
    assert [q for q in run("Ist dieses Accessoire zu Hause geblieben, empfiehlt sich die übliche effiziente "
                           "Technik: Ein Nasenloch zudrücken und kurz neben den Weg schneuzen.")
            if q.cue == "empfehlen"] == []


def test_a_plural_wie_inquit_is_not_the_clause_before_it_sharing_a_subject():
    """The parser makes "wie Menschenrechtsorganisationen" a phrase of "betonen", tags the
    plural verb an infinitive and hangs it as a conjunct on "aktiv": the speaker is still
    the noun between "wie" and the verb, not the clause's own subject "Kongo"."""
    q = one("In den benachbarten Ländern, darunter im Sudan und Zentralafrika, aber vor allem Kongo "
            "ist die LRA aktiv, wie Menschenrechtsorganisationen betonen.")
    assert (q.kind, q.cue, q.speaker) == ("indirect", "betonen", "Menschenrechtsorganisationen")


def test_an_apposition_ending_the_sentence_belongs_to_the_so_source():
    q = one("„Wir haben 1997 sechs Wochen Höchstwasserstände gehabt“, so Matthias Freude, Präsident "
            "des Landesumweltamtes.")
    assert (q.kind, q.speaker) == ("direct", "Matthias Freude")
    assert q.speaker_mention == "Matthias Freude, Präsident des Landesumweltamtes"


def test_a_title_the_parser_made_a_second_subject_belongs_to_the_mention():
    q = one("Bundestagspräsident Wolfgang Thierse fordert zusätzliche Offenlegungspflichten.")
    assert (q.kind, q.speaker, q.speaker_mention) == (
        "reported", "Wolfgang Thierse", "Bundestagspräsident Wolfgang Thierse")


@pytest.mark.parametrize("text", ["Er sagte, das sei gut.", "Schäuble sagte, das sei falsch."])
def test_das_with_the_verb_second_opens_a_reported_clause_not_a_relative_one(text):
    q = one(text, kind="indirect")
    assert q.text.startswith("das sei")


@pytest.mark.parametrize("text, content", [
    ("Das Militär beschuldigt ihn, den Putsch gegen Thaksin im Jahr 2006 verantwortet zu haben, "
     "was dieser jedoch zurückweist.", "den Putsch gegen Thaksin im Jahr 2006 verantwortet zu haben"),
    ("Die Resolution fordert den Generalsekretär auf, genaue Informationen über dieses Thema zu sammeln, "
     "wobei diese Aufgabe bei seinem Büro angesiedelt wurde.", "genaue Informationen über dieses Thema zu sammeln"),
])
def test_a_comment_on_the_reported_clause_is_not_part_of_it(text, content):
    assert content in [q.text for q in run(text) if q.kind == "indirect"]


def test_a_was_clause_that_is_the_object_stays_in_the_quote():
    q = one("Der Sprecher sagte, was die Regierung plane, sei unklar.", kind="indirect")
    assert q.text.startswith("was die Regierung plane")


def test_a_semicolon_ends_the_reported_clause():
    q = one("Die Polizei wirft der Gruppe vor, die Anschläge verübt zu haben; diese bekannte sich "
            "jedoch nie zu den Anschlägen.")
    assert q.text == "die Anschläge verübt zu haben"


def test_a_konjunktiv_question_ends_before_the_main_clause_the_parser_hung_on_it():
    q = one("McCain fiel dadurch auf, dass er die Frage, wie viele Häuser er besitze, nicht beantworten konnte.")
    assert (q.kind, q.text) == ("indirect", "wie viele Häuser er besitze")


@pytest.mark.parametrize("text, first", [
    ("Die Polizei hatte sieben Personen festgenommen. Bei den Festgenommenen soll es sich um "
     "Hintermänner der Mafiamorde von Duisburg handeln.", "Bei den Festgenommenen"),
    ("Die Piraten haben über 100 Schiffe angegriffen. Das gezahlte Lösegeld für die Freigabe dieser "
     "Schiffe soll rund 120 Millionen US-Dollar betragen.", "Das gezahlte Lösegeld"),
])
def test_sollen_saying_what_something_is_is_a_claim(text, first):
    """"soll es sich um … handeln", "soll … betragen" pass on a claim even with no source
    before them: nobody plans a state."""
    quotes = run(text)
    assert [q.kind for q in quotes] == ["reported"] and quotes[0].text.startswith(first)


@pytest.mark.parametrize("text, cue, content", [
    ("Der Leiter der betreffenden Schule hofft, die Frau halten zu können.", "hoffen", "die Frau halten zu können"),
    ("Angesichts des Urteils erwägt Dingfelder, mit seinem Mandanten in Berufung zu gehen.", "erwägen",
     "mit seinem Mandanten in Berufung zu gehen"),
])
def test_what_one_hopes_or_weighs_to_do_is_reported(text, cue, content):
    q = one(text)
    assert (q.kind, q.cue, q.text) == ("indirect", cue, content)


def test_sich_gezwungen_sehen_reports_nothing():
    assert [q for q in run("Die Fluggesellschaft sah sich gezwungen, eine Zwischenlandung vorzunehmen.")
            if q.kind == "indirect"] == []


def test_so_auch_in_gives_examples_not_a_source():
    assert run("Auswirkungen hatte die Flughafenschließung weltweit auf den internationalen Flughäfen, "
               "so auch in Düsseldorf und Frankfurt am Main.") == []


def test_a_hyphen_inside_a_compound_separates_nothing():
    """"DAI-Chefin Bortenlänger" after the verb is its named subject (the tokenizer splits
    the compound at its hyphen); "das VW-Gesetz" is a thing and speaks for no one."""
    q = one("Christine Bortenlänger leitet das Deutsche Aktieninstitut. Jungen Aktionären empfiehlt "
            "DAI-Chefin Bortenlänger vier Dinge: Vorher Rücklagen bilden, das Geld breit gestreut anlegen, "
            "kontinuierlich investieren und langfristig dabeibleiben.")
    assert (q.speaker, q.cue) == ("Christine Bortenlänger", "empfehlen")
    q = one("Der Generalanwalt kritisierte das VW-Gesetz in seinem Gutachten in scharfer Form.")
    assert (q.kind, q.speaker) == ("reported", "Generalanwalt")


def test_what_something_is_called_is_a_name_not_a_quote():
    assert run("Die Kanäle heißen «Aktien mit Kopf» oder «Madame Moneypenny».") == []
    q = one("In der Erklärung des Ministeriums heißt es: „Wir bedauern den Vorfall.“")
    assert (q.kind, q.speaker) == ("direct", "Ministerium")
    q = one("„Der Achtung vor unserem Staat wird durch Vertuschung ein Bärendienst erwiesen“ heißt es dazu "
            "in einer Pressemitteilung des CCC.")
    assert (q.kind, q.speaker) == ("direct", "CCC")


@pytest.mark.parametrize("text", [
    "Die Abgeordneten schlossen sich einer kleinen Partei an, der „Palang Prachachon“ (etwa: „Partei der "
    "Volksmacht“, engl. „People's Power Party“).",
    "In Moskau findet ein Schachfestival statt: „Мемориал Михаила Таля“ [auf Deutsch: „Gedenken an Michail Tal'“].",
])
def test_a_translation_in_brackets_is_a_name(text):
    assert run(text) == []


def test_an_act_in_a_waehrend_clause_is_set_against_another():
    quotes = run("Die USA lehnten die Aufnahme eines solchen Satzes in die Resolution zunächst ab, "
                 "während die EU-Staaten den Vorstoß begrüßten.")
    assert ("reported", "EU-Staaten", "begrüßen") in [(q.kind, q.speaker, q.cue) for q in quotes]


def test_a_so_insertion_inside_the_clause_keeps_the_whole_clause():
    """"sei … , so der Bericht, möglich gewesen": the participle after the insertion belongs
    to the clause before it (ANNOTATION.md: a phrase inside the clause, the whole clause)."""
    q = one("Alles in allem sei es für alle Parteien, so der OSZE-Bericht, möglich gewesen, Wahlkampf zu betreiben.")
    assert (q.kind, q.cue) == ("indirect", "so")
    assert q.text == "Alles in allem sei es für alle Parteien, so der OSZE-Bericht, möglich gewesen, Wahlkampf zu betreiben"


def test_a_so_insertion_right_after_the_finite_verb_is_inside_the_clause():
    q = one("Der Präsident sei, so Gamkrelids, Schuld daran, dass Georgien die Kontrolle über die Regionen "
            "verloren habe.")
    assert q.text == ("Der Präsident sei, so Gamkrelids, Schuld daran, dass Georgien die Kontrolle über die "
                      "Regionen verloren habe")


def test_so_auch_gives_an_example_not_a_source():
    assert run("1945 waren viele Deutsch-Rumänen in die Sowjetunion deportiert worden, so auch Herta Müllers "
               "Mutter, die fünf Jahre in einem Arbeitslager lebte.") == []


def test_laut_right_before_the_verb_is_inside_the_clause():
    q = one("Das Video war drei Stunden bei Facebook zu sehen, dann wurde es laut einem Sprecher der Firma gelöscht.")
    assert (q.cue, q.text) == ("laut", "dann wurde es laut einem Sprecher der Firma gelöscht")


def test_unter_anderem_ends_a_source_phrase_the_parser_ran_on():
    q = one("Bomben zerstörten ein Büro des Hamasführers, das nach israelischen Angaben unter anderem der "
            "Planung terroristischer Aktivitäten diene.")
    assert q.cue == "Angabe" and "Planung" not in (q.speaker or "")


def test_the_relative_clause_of_a_so_source_is_not_the_quote():
    q = one('Außerdem unterhielten sie sich in der Dienstwohnung des Kremls, wo "die vertraulichsten Themen '
            'besprochen wurden", so der Telegram-Kanal Pul Perwogo, der dem Pressedienst Lukaschenkos vermutlich nahesteht.')
    assert q.text.endswith('besprochen wurden"') and q.speaker == "Pul Perwogo"


def test_the_topic_of_a_source_noun_is_not_part_of_the_source():
    q = one("Nach Angaben der Polizei zu kleineren Rangeleien kam es nicht.", kind="indirect")
    assert (q.speaker, q.speaker_mention) == ("Polizei", "Angaben der Polizei")


def test_a_number_after_a_source_noun_belongs_to_the_clause():
    q = one("Der Opel Ampera soll nach bisherigen Angaben 2011 als Hybridfahrzeug in Serie gehen.",
            kind="indirect")
    assert q.speaker_mention == "bisherigen Angaben"


def test_the_contraction_before_a_document_is_not_part_of_the_mention():
    q = one("Daher gebe es Lücken bei Verletzungen von Kinderrechten, hieß es im Bericht.", kind="indirect")
    assert q.speaker_mention == "Bericht"


@pytest.mark.parametrize("text, content", [
    ("Sie sagte, das sehe sie deutlich anders, liebe Kolleginnen und Kollegen.", "das sehe sie deutlich anders"),
    ("Der Minister erklärte, meine sehr geehrten Damen und Herren, die Lage sei ernst.", "die Lage sei ernst"),
    ("Er sagte, Herr Präsident, das sei falsch.", "das sei falsch"),
])
def test_a_form_of_address_is_not_part_of_the_reported_clause(text, content):
    assert one(text, kind="indirect").text == content


def test_laut_as_loudly_before_a_verb_attributes_nothing():
    """The tagger reads "laut" as the preposition; hung on a verb, it is the adverb."""
    assert run("Wenn man ein bisschen nachdenkt und nicht ständig laut rumschreit, dann wird ganz "
               "klar, was los ist.") == []


def test_a_colon_that_ends_the_paragraph_of_an_inquit_reports_the_next_paragraph():
    q = one("Dazu erklärte der Minister:\nDie Lage im Land ist ernst und wird sich so bald nicht bessern.",
            kind="indirect")
    assert (q.speaker, q.text) == ("Minister", "Die Lage im Land ist ernst und wird sich so bald nicht bessern")


def test_a_dass_clause_the_parser_hung_on_a_second_main_clause_is_still_reported():
    q = one("Wir haben vor zwei Jahren gesagt, dass der Einbruch in ein Privathaus nicht irgendeine "
            "Bagatelle ist, sondern es ist ein Verbrechen, weil es die Menschen in ihrem Kernbereich, "
            "in ihrer Würde berührt.", kind="indirect")
    assert q.text == "der Einbruch in ein Privathaus nicht irgendeine Bagatelle ist"


def test_in_das_muss_man_sagen_man_is_the_subject_not_das():
    q = one("Nichts davon - das muss man ehrlicherweise sagen - ist neu.", kind="indirect")
    assert (q.speaker, q.speaker_mention) == (None, "man")


def test_a_relative_possessive_is_not_part_of_the_speakers_description():
    q = one("Er arbeitet für Bosch, dessen Chef sagte, die Lage sei ernst.", kind="indirect")
    assert (q.speaker, q.text) == ("Chef", "die Lage sei ernst")


def test_dartun_is_a_speech_verb():
    q = one("Heute haben Sie im Rechtsausschuss dargetan, dass nach Ihrer Auffassung das Gesetz es "
            "erlaube, Passwörter herauszuverlangen.", kind="indirect")
    assert (q.cue, q.speaker_mention) == ("dartun", "Sie")


@pytest.mark.parametrize("text, speaker", [
    ("Professor Dr. Thym sagte beispielsweise dazu - ich zitiere - :\nJedenfalls für die Dauer dieser "
     "Prüfung muss die betreffende Person auch bleiben dürfen.", "Dr. Thym"),
    ("Ich zitiere den früheren Vizekanzler Sigmar Gabriel, SPD:\nDas Asylrecht ist für Schutzsuchende, "
     "nicht für Taschengeldsuchende.", "Sigmar Gabriel"),
])
def test_what_follows_ich_zitiere_and_a_colon_is_quoted(text, speaker):
    q = one(text, kind="indirect")
    assert q.speaker == speaker and q.text.startswith(("Jedenfalls für die Dauer", "Das Asylrecht ist"))


def test_zitat_before_the_colon_is_not_part_of_the_quote():
    assert one("Der Sprecher sagte, Zitat: Wir werden das nicht hinnehmen.", kind="indirect").text == \
        "Wir werden das nicht hinnehmen"


def test_a_colon_ending_a_conditional_clause_reports_nothing_in_the_next_paragraph():
    assert run("Er wird weiterschwimmen, wenn wir an die Scheibe klopfen und ihm sagen:\n"
               "Wir sind dann mal weg.") == []


def test_das_after_a_demonstrative_object_opens_no_reported_clause():
    quotes = run("Wer seinen Job zu Hause erledigen kann, soll das weiterhin tun. Das sagt die Politik, "
                 "das tun die Betriebe.")
    assert [q.text for q in quotes] == ["Wer seinen Job zu Hause erledigen kann, soll das weiterhin tun"]


def test_the_reported_verb_hung_on_the_cue_does_not_make_the_cue_reported():
    """The parser hangs "habe" on "erklärt" as its auxiliary; the cue's own clause is
    still in the indicative, its subject the speaker, not the one quoted before."""
    quotes = run("Müller sagte, das sei gut. Der Bundesfinanzminister hat in unserer Fraktion erklärt, "
                 "er habe eine Beobachterperspektive.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Müller", "das sei gut"), ("Bundesfinanzminister", "er habe eine Beobachterperspektive")]


def test_a_named_address_ends_no_content_and_a_focus_particle_names_no_one():
    q = one("Auch die Strafverfolgung rechtfertigt es nicht, den gläsernen Bürger zu schaffen, Frau Lambrecht.",
            kind="indirect")
    assert (q.text, q.speaker) == ("den gläsernen Bürger zu schaffen", "Strafverfolgung")


def test_a_named_person_inside_the_content_stays():
    q = one("Der Sprecher sagte, man habe Frau Müller informiert.", kind="indirect")
    assert q.text == "man habe Frau Müller informiert"


def test_a_direct_quote_in_tokenised_text_is_direct_without_the_spaces():
    q = one("Die Kanzlerin hat gesagt : „ Diese Pandemie ist eine demokratische Zumutung . “ Dann ging sie .",
            kind="direct")
    assert (q.text, q.speaker) == ("Diese Pandemie ist eine demokratische Zumutung .", "Kanzlerin")


def test_a_zu_infinitive_headed_by_its_participle_is_the_request():
    """The parser heads "die Fenster geschlossen zu halten" with the participle and makes
    "zu halten" its auxiliary; it is still the zu-infinitive the police asked for."""
    q = one("Die Polizei bittet die Anwohner, die Fenster geschlossen zu halten.", kind="indirect")
    assert (q.speaker, q.cue, q.text) == ("Polizei", "bitten", "die Fenster geschlossen zu halten")


def test_the_question_before_antwortete_er_and_a_colon_is_not_the_answer():
    quotes = run("Auf die Frage, ob er zurücktreten werde, antwortete er: „Nein.“")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "Nein.")]


def test_a_name_and_a_colon_before_a_quote_the_parser_hung_on_the_name():
    q = one("Scholz: „Wir schaffen das.“", kind="direct")
    assert (q.speaker, q.speaker_mention) == ("Scholz", "Scholz")


def test_a_content_noun_with_a_dass_clause_is_parsed_without_other_cues():
    """Nothing else in the sentence (no speech verb, no Konjunktiv) made it one to parse."""
    q = one("Die Forscher kamen zu dem Ergebnis, dass die Erwärmung schneller voranschreitet.", kind="indirect")
    assert (q.speaker, q.text) == ("Forscher", "die Erwärmung schneller voranschreitet")


def test_ob_opening_the_subject_clause_of_the_content_stays_in_it():
    q = one("Ob das reicht, ist fraglich, sagen Kritiker.", kind="indirect")
    assert (q.speaker, q.text) == ("Kritiker", "Ob das reicht, ist fraglich")


def test_dass_opening_the_content_itself_is_left_out():
    assert one("Er sagte, dass die Lage ernst sei, weil die Preise steigen.", kind="indirect").text == \
        "die Lage ernst sei, weil die Preise steigen"


def test_the_first_person_of_an_eln_verb_selects_the_sentence():
    """"bezweifle" drops the e of "bezweifeln"; the sentence must still be parsed."""
    q = one("Ich bezweifle sehr, dass kommende Generationen Ihre Politik bejubeln werden.", kind="indirect")
    assert (q.cue, q.text) == ("bezweifeln", "kommende Generationen Ihre Politik bejubeln werden")


def test_an_attitude_adjective_and_a_colon_report_the_clause_after_it():
    q = one("Die Ärztin ist überzeugt: Die Impfung schützt vor schweren Verläufen.", kind="indirect")
    assert (q.speaker, q.text) == ("Ärztin", "Die Impfung schützt vor schweren Verläufen")


def test_an_attitude_adjective_and_a_colon_leave_a_quote_in_marks_direct():
    quotes = run("Trainer Thomas Schaaf war zufrieden: „Ein guter Start“, sagte er zur Sportschau.")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "Ein guter Start")]


@pytest.mark.parametrize("text, mention, speaker, content", [
    ("Einer Meldung von Xinhua zufolge sei am Montag der Schulbetrieb wieder aufgenommen worden.",
     "Einer Meldung von Xinhua", "Xinhua", "sei am Montag der Schulbetrieb wieder aufgenommen worden"),
    ("Berichten verschiedener US-Medien zufolge fand am gestrigen Donnerstag ein Treffen statt.",
     "Berichten verschiedener US-Medien", "Verschiedene US-Medien", "fand am gestrigen Donnerstag ein Treffen statt"),
])
def test_x_zufolge_names_the_whole_source_phrase_and_leaves_it_out_of_the_clause(text, mention, speaker, content):
    q = one(text, kind="indirect")
    assert (q.speaker_mention, q.speaker, q.text) == (mention, speaker, content)


def test_a_place_after_the_apposition_is_not_part_of_the_mention():
    q = one("Das sei ein Erfolg, sagte der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise, in Nürnberg.",
            kind="indirect")
    assert (q.speaker, q.speaker_mention) == (
        "Frank-Jürgen Weise", "der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise")


def test_a_phrase_the_parser_hung_on_the_genitive_of_a_source_noun_is_not_its_name():
    q = one("Dabei kam es nach Angaben der Polizei zu kleineren Rangeleien und einem Schlagstockeinsatz, "
            "einige Menschen wurden festgenommen.", kind="indirect")
    assert (q.speaker, q.speaker_mention) == ("Polizei", "Angaben der Polizei")


def test_a_title_and_a_name_before_a_colon_are_the_mention():
    q = one("BKA-Präsident Ziercke: „Mit diesem Ermittlungsansatz setzt das BKA ein deutliches Signal.“",
            kind="direct")
    assert (q.speaker, q.speaker_mention) == ("Ziercke", "BKA-Präsident Ziercke")


def test_a_name_with_its_title_and_genitive_before_a_colon_is_the_speaker_not_the_last_noun():
    q = one("Erkki Tuomioja, Präsident des Rats der Europäischen Union: „Die Verabschiedung eines Gesetzes "
            "ist idiotisch.“", kind="direct")
    assert (q.speaker, q.speaker_mention) == (
        "Erkki Tuomioja", "Erkki Tuomioja, Präsident des Rats der Europäischen Union")


def test_das_erklaerte_names_the_speaker_of_the_konjunktiv_sentence_before():
    """"Das erklärte X" after a Konjunktiv sentence with no cue of its own names who said
    it (Wikinews train, 33262); the Konjunktiv rule had left it without a speaker."""
    text = ("Der Rat werde die neue Regierung im Hintergrund absichern. Das erklärte General "
            "Winai Phattiyakul am Montag gegenüber ausländischen Diplomaten.")
    q = one(text)
    assert q.text == "Der Rat werde die neue Regierung im Hintergrund absichern"
    assert q.speaker == "Winai Phattiyakul" and q.cue == "erklären"


def test_hyphenated_surname_split_from_the_first_name_stays_in_the_name():
    """The parser hung "Entcha-Ebia" on the verb as an object, apart from "Gabriel"
    (Wikinews train, 37511): the speaker is the whole name."""
    q = one("Heute bestätigte Gabriel Entcha-Ebia laut Nachrichtenagentur Reuters, dass es im "
            "Gefängnis ein Problem mit der Nahrungsversorgung gibt.")
    assert q.speaker == "Gabriel Entcha-Ebia"


def test_hyphenated_surname_is_one_mention_and_resolves_to_the_full_name():
    """"hatte Koch-Mehrin gesagt": the hyphen the tokenizer split off is part of the name,
    not punctuation that ends the mention (Wikinews train, 69106: the speaker was "Koch");
    the subject after the finite auxiliary of an inquit ("…, hatte X damals gesagt") is
    the speaker, not the subject of the clause before, which the parser made its head."""
    text = ("Silvana Koch-Mehrin hat Widerspruch eingelegt. Die Universität habe ihr keine "
            "Gelegenheit zur Stellungnahme gegeben, hatte Koch-Mehrin damals gesagt.")
    q = one(text, "indirect")
    assert text[q.speaker_start:q.speaker_end] == "Koch-Mehrin"
    assert q.speaker == "Silvana Koch-Mehrin"


def test_name_whose_first_part_was_tagged_a_noun_keeps_it():
    """"Spiegel-Online": the tagger took "Spiegel" for the common noun; the name is both
    parts, not "Online"."""
    q = one("Wie Spiegel-Online berichtet, ist der erste Trailer des Spiels im Internet erschienen.")
    assert q.speaker == "Spiegel-Online"


def test_quoted_naming_before_a_coordinated_speech_verb_is_quoted():
    """"bezeichnete das Unglück als „große Tragödie“ und erklärte, …" (Wikinews train,
    71489): the parser hung "erklärte" on "Tragödie"; the clause after it is what
    "erklärte" reports, so "bezeichnete" keeps no content of its own and its quoted
    words are a direct quote; the reported act ends before "und erklärte"."""
    text = ("Australiens Ministerpräsidentin Julia Gillard bezeichnete das Unglück als "
            "„große Tragödie“ und erklärte, ihr Land unterstütze seinen nördlichen Nachbarn.")
    quotes = run(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [("große Tragödie", "Julia Gillard")]
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [(q.text, q.cue) for q in indirect] == [("ihr Land unterstütze seinen nördlichen Nachbarn", "erklären")]
    reported = [q for q in quotes if q.kind == "reported"]
    assert [q.text for q in reported] == ["Australiens Ministerpräsidentin Julia Gillard bezeichnete das "
                                          "Unglück als „große Tragödie“"]


def test_reported_act_ends_before_a_coordinated_verb_with_its_own_content():
    """"sprach sich gegen das Adoptionsverbot aus und sagte, …" (Wikinews train, 74557):
    two acts; the reported one is the first conjunct, the second is an indirect quote."""
    text = ("Auch der russische Außenminister Sergei Lawrow sprach sich gegen das Adoptionsverbot "
            "aus und sagte, das neue Gesetz könne internationale Absprachen verletzen.")
    quotes = run(text)
    assert [(q.kind, q.text) for q in quotes if q.kind == "reported"] == [
        ("reported", "Auch der russische Außenminister Sergei Lawrow sprach sich gegen das Adoptionsverbot aus")]
    assert [q.text for q in quotes if q.kind == "indirect"] == [
        "das neue Gesetz könne internationale Absprachen verletzen"]


def test_fronted_plural_object_of_a_singular_verb_is_not_the_speaker():
    """"Die Äußerungen Hassemers und Papiers bezeichnete Wiefelspütz als „…“" (Wikinews
    train, 2840): a plural noun cannot be the subject of "bezeichnete"; the name after
    the verb is."""
    q = one("Die Äußerungen Hassemers und Papiers bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“.",
            "direct")
    assert q.speaker == "Wiefelspütz"


def test_plural_konjunktiv_ii_of_haben_in_a_clause_reports_like_konjunktiv_i():
    """"weil die Abgeordneten keinen Eilantrag gestellt hätten" (Wikinews train, 23657):
    in the plural, Konjunktiv I of "haben" looks like the indicative, so reported speech
    takes "hätten"; the clause reports the main clause's subject."""
    q = one("Vertreter der drei Organisationen erwarten keine schnelle Entscheidung des "
            "Bundesverfassungsgerichtes, weil die Abgeordneten keinen Eilantrag gestellt hätten.")
    assert q.kind == "indirect" and q.text == "weil die Abgeordneten keinen Eilantrag gestellt hätten"
    assert q.speaker_mention == "Vertreter der drei Organisationen"


def test_konjunktiv_ii_of_a_condition_reports_nothing():
    """"falls sich neue Hinweise ergeben würden": a condition, in its own mood."""
    assert run("Die Suche sollte erneut aufgenommen werden, falls sich neue Hinweise ergeben würden.") == []


def test_name_given_with_nennt_sich_is_no_quote():
    """"nennt sich „documenta 12“", "das sich selbst „Allianz zur Europäischen Integration“
    nennt": a name given, nobody quoted, however many words (Wikinews train, 25582, 64897)."""
    assert [q for q in run("Im Jahr 2007 ist es wieder soweit: Dann nennt sie sich „documenta 12“ und "
                           "findet vom 16. Juni bis zum 23. September statt.") if q.kind == "direct"] == []
    text = ("Das Bündnis aus Liberaldemokraten und Liberalen, das sich selbst „Allianz zur Europäischen "
            "Integration“ nennt, kam zusammen auf 48 Prozent.")
    assert [q for q in run(text) if q.kind == "direct"] == []


def test_demonstrative_after_a_comma_points_back_to_the_clause_before():
    """"…, das teilte das „Space Telescope Science Institute“ mit" (Wikinews train, 29022):
    the clause before the comma is what was told, the institute in marks its speaker, not
    a quote."""
    text = ("Seit dem 19. Juni ist die Hauptkamera des Hubble-Weltraumteleskops ausgefallen, das teilte "
            "das „Space Telescope Science Institute“ (STSI) mit.")
    q = one(text)
    assert q.kind == "indirect"
    assert q.text == "Seit dem 19. Juni ist die Hauptkamera des Hubble-Weltraumteleskops ausgefallen"
    assert q.speaker == "Space Telescope Science Institute" and q.cue == "mitteilen"


def test_es_droht_names_no_speaker_and_the_konjunktiv_stays_with_the_last_one():
    """"Es drohe „eine dramatische Erderwärmung …“" (Wikinews train, 45695): something
    looms, nobody threatens; the sentence goes on reporting Künast, and "um zum Handeln
    aufzurufen" after "den Bericht zum Anlass" is a purpose, not what a report said."""
    text = ("In Berlin nahm die Fraktionsvorsitzende der Grünen, Renate Künast, den Bericht zum Anlass, "
            "um zum Handeln aufzurufen. Künast sagte, es müsse nun Schluss sein mit „gegenseitigen "
            "Schuldzuweisungen“. Es drohe „eine dramatische Erderwärmung von bis zu sechs Grad“.")
    quotes = run(text)
    assert [q.text[:20] for q in quotes] == ["es müsse nun Schluss", "Es drohe „eine drama"]
    last = quotes[-1]
    assert last.speaker == "Renate Künast" and text[last.speaker_start:last.speaker_end] == "Künast"


def test_reported_clause_keeps_its_fronted_phrase_the_parser_gave_the_verb():
    """"erklärte die Ministerin, in den Bundesländern, in denen …, sei die Zahl … gestiegen"
    (Wikinews train, 53657): the phrase before "sei" opens the reported clause."""
    q = one("Weiterhin erklärte die Ministerin, in den Bundesländern, in denen Studiengebühren erhoben "
            "würden, sei die Zahl der Studienanfänger sogar gestiegen.")
    assert q.text == ("in den Bundesländern, in denen Studiengebühren erhoben würden, sei die Zahl der "
                      "Studienanfänger sogar gestiegen")


def test_inquit_in_a_subordinate_clause_reports_the_konjunktiv_clause_after_it():
    """"…, indem er sagte, eine stärkere Zusammenarbeit würde … nicht ersetzen" (Wikinews
    train, 49225): the inquit ends an "indem" clause; what it reports follows its comma,
    and the clause ending in it is not what "bestritt" reports."""
    q = one("Sarkozy bestritt diese Überlegungen jedoch indirekt, indem er sagte, eine stärkere "
            "britisch-französische Zusammenarbeit würde eine „Achse Berlin-Paris“ nicht ersetzen, "
            "sondern vervollständigen.")
    assert q.text.startswith("eine stärkere britisch-französische Zusammenarbeit würde")
    assert q.cue == "sagen" and q.speaker == "Sarkozy"


def test_adverbial_clause_in_the_indicative_after_a_subordinate_verb_reports_nothing():
    assert run("Nachdem sie die Polizei informiert hatte, wurde der Mann am Abend festgenommen.") == []


def test_so_with_a_voice_or_a_long_document_phrase_attributes_the_clause_before():
    """", so die Tonbandstimme" (Wikinews train, 42688): a voice speaks; ", so das Ergebnis
    einer gestern vorgestellten Studie der Stiftung Warentest": a source phrase of ten
    words is still one.  ", so zum Beispiel X" gives an example, not a source."""
    q = one("Die islamische Welt sei dadurch herausgefordert worden, so die Tonbandstimme.")
    assert q.text == "Die islamische Welt sei dadurch herausgefordert worden" and q.cue == "so"
    q = one("Zwei Drittel aller alternativen Diagnose- und Heilmethoden sind unwirksam, so das Ergebnis "
            "einer gestern vorgestellten Studie der Stiftung Warentest.")
    assert q.text == "Zwei Drittel aller alternativen Diagnose- und Heilmethoden sind unwirksam"
    assert q.speaker_mention.startswith("das Ergebnis einer gestern vorgestellten Studie")
    assert not any(q.cue == "so" for q in run(
        "Auch einige andere Beteiligte wurden bestraft, so zum Beispiel der ehemalige Geschäftsführer "
        "Antonio Giraudi."))


def test_so_inquit_before_a_colon_reports_the_clause_before_it_too():
    """"…, so Elshorst weiter: „…“" (Wikinews train, 36202): the quote after the colon
    and the clause before "so" are both Elshorst's."""
    quotes = run("Auch diese mögliche Uninformiertheit habe möglicherweise Methode, so Elshorst weiter: "
                 "„Das ist im Übrigen auch in anderen Firmen üblich.“")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "Auch diese mögliche Uninformiertheit habe möglicherweise Methode", "Elshorst"),
        ("direct", "Das ist im Übrigen auch in anderen Firmen üblich.", "Elshorst")]


def test_konjunktiv_i_the_tagger_called_plural_continues_reported_speech():
    """"Die Präsentation erfolge, sobald …" (Wikinews train, 53657): the tagger read
    "erfolge" as a plural indicative; the stem with -e is Konjunktiv I here."""
    quotes = run("Dazu erklärte die Bundesbildungsministerin, dass es zwei Studien gebe. Die Präsentation "
                 "erfolge, sobald die zweite Studie fertiggestellt sei.")
    assert [q.text for q in quotes] == ["es zwei Studien gebe",
                                        "Die Präsentation erfolge, sobald die zweite Studie fertiggestellt sei"]
    assert quotes[1].speaker_mention == "die Bundesbildungsministerin"


def test_inverted_inquit_that_opens_with_its_auxiliary_reports_the_clause_before():
    """"<Konjunktiv clause>, hat Elizabeth Byrs vom UN-Büro … gestern in Genf gewarnt"
    (Wikinews train, 50164): the comma stands before the auxiliary, not the participle;
    the clause before it is what she said (not a reported act over the whole sentence)."""
    q = one("Die Lage sei katastrophal, hat Elizabeth Byrs vom UN-Büro zur Koordinierung von "
            "Hilfsmaßnahmen (OCHA) gestern in Genf gewarnt.")
    assert q.kind == "indirect" and q.text == "Die Lage sei katastrophal"
    assert q.speaker == "Elizabeth Byrs" and q.cue == "warnen"


def test_affiliation_after_a_name_is_part_of_the_mention_not_an_outlet():
    """"erklärte General Winai Phattiyakul vom CDRM" (Wikinews train, 33262): the
    von-phrase with its article belongs to the mention, wherever the parser hung it;
    "Yolanda Alvarez vom Sender RTVE" is a person, not the channel; "Kurt von Figura"
    is one name."""
    q = one("Der Rat werde die Regierung im Hintergrund absichern. Das erklärte General Winai "
            "Phattiyakul vom CDRM am Montag gegenüber ausländischen Diplomaten.")
    assert q.speaker == "Winai Phattiyakul" and q.speaker_mention == "General Winai Phattiyakul vom CDRM"
    q = one("„Wir sind unwillkommene Zeugen“, zitierte man Yolanda Alvarez vom Sender RTVE.")
    assert q.speaker == "Yolanda Alvarez"
    q = one("Kurt von Figura, Präsident der Universität Göttingen, sagte, der Beschluss sei richtig.")
    assert q.speaker == "Kurt von Figura"


def test_capitalised_adverb_opening_the_clause_is_not_the_speaker():
    """"Unmissverständlich sagt das Gericht …, dass …" (Wikinews train, 68535): the tagger
    made the adverb a noun and the subject, and "das Gericht" an accusative object."""
    q = one("Unmissverständlich sagt das Gericht in der folgenden Urteilsbegründung, dass es „nicht von "
            "der Unschuld Kachelmanns überzeugt“ sei.")
    assert q.speaker == "Gericht" and q.speaker_mention == "das Gericht"


def test_source_phrase_the_parser_made_the_root_attributes_the_sentence():
    """"… Mitarbeiter der Organisation sind nach Aussagen der Organisation in dem Land im
    Einsatz" (Wikinews train, 50164): the parser made "Aussagen" the copula's predicate and
    root; a phrase with a preposition heads no clause, the sentence is what was said."""
    q = one("43 internationale und mehr als 1.200 nationale Mitarbeiter der Organisation sind nach "
            "Aussagen der Organisation in dem Land im Einsatz.")
    assert q.kind == "indirect" and q.text.startswith("43 internationale") and q.text.endswith("im Einsatz")
    assert q.speaker_mention == "Aussagen der Organisation" and q.speaker == "Organisation"


def test_inquit_ending_a_subordinate_clause_with_its_auxiliary_reports_what_follows():
    """"…, da die PDM angekündigt hatte, mit allen Parteien verhandeln zu wollen"
    (Wikinews train, 64897) and "…, zumal Verteidiger X betont hatte, der Angeklagte sei
    weder „dissozial“ …, doch die Richterin …" (46350): the clause after the inquit's
    comma is what was said, up to a "doch" that hands back to the writer."""
    q = one("Ob es zu einer Koalition kommen wird, ist noch nicht entschieden, da die PDM angekündigt "
            "hatte, mit allen Parteien verhandeln zu wollen.")
    assert q.text == "mit allen Parteien verhandeln zu wollen" and q.cue == "ankündigen"
    quotes = run("Die Richterin verurteilte ihn, zumal Verteidiger Wolfgang Dingfelder betont hatte, der "
                 "Angeklagte sei weder „dissozial“ noch vorbestraft, doch die Richterin ließ sich auf "
                 "keinen Kompromiss ein.")
    said = [q for q in quotes if q.cue == "betonen"]
    assert [q.text for q in said] == ["der Angeklagte sei weder „dissozial“ noch vorbestraft"]


def test_instructions_and_calculations_report_their_clause():
    """"wurden von israelischen Behörden angewiesen, sich … aufzuhalten" and "Rezais
    Wahlkampfhelfer errechneten, dass …" (Wikinews train, 54978, 57933): "anweisen" and
    "errechnen" are cues (cues.tsv)."""
    q = one("Die Einwohner der Ortschaften wurden von israelischen Behörden angewiesen, sich in "
            "geschützten Bereichen aufzuhalten.")
    assert q.text == "sich in geschützten Bereichen aufzuhalten" and q.cue == "anweisen"
    assert q.speaker_mention == "israelischen Behörden"
    q = one("Rezais Wahlkampfhelfer errechneten, dass Ahmadinedschad und Mussawi in etwa gleiche "
            "Stimmenanteile erreichten.")
    assert q.cue == "errechnen" and q.speaker_mention == "Rezais Wahlkampfhelfer"


def test_danach_after_a_publication_gives_what_it_says_but_otherwise_is_a_time():
    """"Die UBS veröffentlichte heute neue Quartalszahlen. Danach verzeichnet das
    Geldinstitut Verluste …" (Wikinews train, 49378): "Danach" points back to the
    document, as "Demnach" does; after events ("Danach brach Feuer aus") or a meeting it
    means "afterwards"."""
    text = ("Die Schweizer Großbank UBS veröffentlichte heute neue Quartalszahlen. Danach verzeichnet das "
            "Geldinstitut Verluste in Höhe von 12 Milliarden Franken.")
    q = one(text)
    assert q.text == "verzeichnet das Geldinstitut Verluste in Höhe von 12 Milliarden Franken"
    assert text[q.speaker_start:q.speaker_end] == "Danach"
    assert run("Die Polizei umstellte das Gebäude am Morgen. Danach brach Feuer aus und aus dem Gebäude "
               "drang Rauch.") == []
    assert run("Die Bundesregierung hat für Montag zu einer Sitzung geladen. Danach werden die "
               "Oppositionsparteien über einen Ausschuss entscheiden.") == []


def test_geraten_with_werden_or_haben_is_advice():
    """"wurde geraten, nicht nach draußen zu gehen" (Wikinews train, 33980): the
    lemmatizer said "geraten" (get into), which takes "sein"; with "werden" or "haben" it is
    "raten", a cue."""
    q = one("Menschen mit Atem- und Herzproblemen wurde geraten, nicht nach draußen zu gehen.")
    assert q.text == "nicht nach draußen zu gehen" and q.cue == "raten"
    assert run("Das Auto ist auf der Autobahn in Brand geraten.") == []


def test_es_gut_meinen_is_no_speech():
    """"Das Wetter meinte es gut mit Teilnehmern und Zuschauern: …" (Wikinews train,
    73463): well-disposed, nobody said the clause after the colon; "meinte, es sei gut"
    still reports."""
    assert run("Das Wetter meinte es gut mit Teilnehmern und Zuschauern: Nur kurz schickte der Himmel "
               "einen leichten Nieselregen.") == []
    assert one("Der Trainer meinte, es sei ein gutes Spiel gewesen.").cue == "meinen"


def test_speech_act_that_must_still_happen_reports_nothing():
    """"Die Entscheidung muss noch von der Generalversammlung bestätigt werden, im Dezember
    soll er sein Amt antreten" (Wikinews train, 6659): a passive with "müssen" or "können"
    is a speech act still to come, and the clause after it is not what it reports."""
    quotes = run("Die Entscheidung muss noch von der UNIDO-Generalversammlung bestätigt werden, im "
                 "Dezember soll er sein Amt antreten.")
    assert not any(q.kind == "indirect" and q.cue == "bestätigen" for q in quotes)


def test_inquit_name_the_parser_hung_elsewhere_is_still_the_speaker():
    """"„…“, erinnerte sich Trotnow später" (Wikinews train, 40269: the parser hung the name
    on "sich") and "„…“, zitiert die „Computerwoche“ Lynch in einem Bericht" (4555: Lynch
    made an apposition of the magazine, and "Das" inside the marks a second subject)."""
    q = one("„Kontraproduktiv waren sicherlich auch einige Kollegen in der Klinik“, erinnerte sich "
            "Trotnow später.")
    assert q.speaker == "Trotnow"
    q = one("„Das wird das größte Flash-Update aller Zeiten“, zitiert die „Computerwoche“ Lynch in "
            "einem Bericht.")
    assert q.speaker == "Lynch" and q.cue == "zitieren"


def test_verbs_of_blame_and_reckoning_are_cues():
    """"Außerdem bemängeln die Kläger, dass …", "Internationale Wahlbeobachter monieren
    Unregelmäßigkeiten", "Für Lübeck hat Ryanair ausgerechnet, dass …" (Wikinews train,
    66614, 5381, 52151): bemängeln, monieren, beanstanden, rügen, anmahnen, ausrechnen …
    were missing from cues.tsv; the verbs of blame also report without a content clause."""
    q = one("Außerdem bemängeln die Kläger, dass die Bundesregierung bei der Entscheidung über das "
            "Gesetz den Bundesrat, die Länderkammer, ausgeschlossen hat.")
    assert q.kind == "indirect" and q.cue == "bemängeln" and q.speaker_mention == "die Kläger"
    assert q.text.startswith("die Bundesregierung bei der Entscheidung")
    q = one("Internationale Wahlbeobachter monieren Unregelmäßigkeiten.")
    assert q.kind == "reported" and q.cue == "monieren"
    q = one("Für Lübeck hat Ryanair ausgerechnet, dass pro Fluggast etwa 90 Euro in der Stadt ausgegeben werden.")
    assert q.cue == "ausrechnen" and q.speaker == "Ryanair"
    assert q.text == "pro Fluggast etwa 90 Euro in der Stadt ausgegeben werden"


def test_a_courts_finding_is_what_it_holds():
    """"Das Gericht sah es als erwiesen an, dass …" (Wikinews train, 61550): "ansehen"
    with a content clause gives what the court holds to be proven."""
    q = one("Das Gericht sah es als erwiesen an, dass die Täter im Auftrag der usbekischen Terrororganisation "
            "Islamic Jihad Union (IJU) Bombenanschläge auf in Deutschland lebende US-Amerikaner verüben wollten.")
    assert q.kind == "indirect" and q.cue == "ansehen" and q.speaker_mention == "Das Gericht"
    assert q.text.startswith("die Täter im Auftrag") and q.text.endswith("verüben wollten")


def test_predictions_and_estimates_are_reported_speech():
    """"Die Meteorologen sagten für die kommenden Tage weitere Regenfälle voraus", "…
    schätzte der Menschenrechtsbeauftragte Wladimir Lukin das Gesetz als Verletzung der
    Kinderrechte ein" (Wikinews train, 53890, 74557): a prediction or an estimate with its
    content in the object is reported speech (reported_verbs.tsv)."""
    q = one("Die Meteorologen sagten für die kommenden Tage weitere Regenfälle voraus.")
    assert q.kind == "reported" and q.cue == "voraussagen" and q.speaker_mention == "Die Meteorologen"
    q = one("Während die Parlamentarier breite Unterstützung gaben, schätzte der Menschenrechtsbeauftragte "
            "Wladimir Lukin das Gesetz als Verletzung der Kinderrechte ein.")
    assert q.kind == "reported" and q.cue == "einschätzen" and q.speaker == "Wladimir Lukin"
    assert not run("Nürnberg führt die Tabelle mit 59 Punkten vor den Kölner Haien mit 52 Punkten an.")


def test_a_speaker_phrase_ends_before_an_opening_quotation_mark():
    """"…, sagte die britische Königin, ihre „Gedanken sind bei allen …“" (Wikinews train,
    66494): the parser hung "ihre „Gedanken" on "Königin"; the quotation it opens is what
    was said, not part of who said it."""
    quotes = run("Sie sei „vollkommen geschockt“ über das Geschehen, sagte die britische Königin, ihre "
                 "„Gedanken sind bei allen, die von diesem grässlichen Ereignis betroffen sind“.")
    assert [q.speaker_mention for q in quotes] == ["die britische Königin"] * 2
    assert quotes[1].text == "ihre „Gedanken sind bei allen, die von diesem grässlichen Ereignis betroffen sind“"


def test_a_quotation_pointed_back_to_is_a_direct_quote():
    """"„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück …
    einräumen." (Wikinews train, 32592): the sentence "Das" points back to is one
    quotation in marks, so a direct quote without its marks (it was an indirect quote
    that kept the closing mark only)."""
    q = one("„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück zu Beginn der "
            "mehrtägigen Debatte über den Haushaltsentwurf 2007 einräumen.")
    assert (q.kind, q.text, q.speaker, q.cue) == ("direct", "Ja, es gibt Zumutungen", "Peer Steinbrück", "einräumen")


def test_a_reported_act_keeps_the_closing_mark_of_what_it_opened():
    """"Bereits während seiner Amtszeit warnte Kluncker vor den „Lohnverzichtstheorien”."
    (Wikinews train, 4792): the act's span ended between the word and its closing mark."""
    q = one("Bereits während seiner Amtszeit warnte Kluncker vor den „Lohnverzichtstheorien”.", "reported")
    assert q.text == "Bereits während seiner Amtszeit warnte Kluncker vor den „Lohnverzichtstheorien”."


def test_a_forecast_is_a_source_noun():
    """"Die Inflation des Landes wird nach der Vorhersage der argentinischen Zentralbank im
    Jahr 2021 bei 51 Prozent liegen" (Wikinews train, 84583): "Vorhersage", like
    "Prognose", names whose figures these are (cue_nouns.tsv)."""
    q = one("Die Inflation des Landes wird nach der Vorhersage der argentinischen Zentralbank im Jahr 2021 "
            "bei 51 Prozent liegen.")
    assert q.kind == "indirect" and q.cue == "Vorhersage" and q.speaker == "Argentinische Zentralbank"


def test_making_clear_is_a_cue():
    """"Das Gericht machte klar, dass „die weit überwiegende Anzahl … hatten“" (Wikinews
    train, 68535): "klarmachen" was missing from cues.tsv."""
    q = one("Das Gericht machte klar, dass „die weit überwiegende Anzahl der unter Ausschluss der "
            "Öffentlichkeit vernommenen Zeuginnen keine Interviews gegeben und damit Anspruch auf Wahrung "
            "ihrer Persönlichkeitsrechte hatten“.")
    assert q.cue == "klarmachen" and q.speaker_mention == "Das Gericht"
    assert q.text.startswith("die weit überwiegende Anzahl") and q.text.endswith("Persönlichkeitsrechte hatten")


def test_a_konjunktiv_clause_beside_a_quote_in_marks_is_still_reported():
    """'Ein Sprecher von Tesla teilte mit: "jeder … bezahlt wird", hierzu wolle man auch
    Aktien an die Belegschaft ausgeben.' (Wikinews train, 80937): the direct quote no
    longer keeps the Konjunktiv clause after it from being reported."""
    quotes = run('Ein Sprecher von Tesla teilte mit: "jeder bei Tesla Grohmann Automation soll fair und '
                 'wettbewerbsfähig über dem Branchenniveau bezahlt wird", hierzu wolle man auch Aktien an die '
                 'Belegschaft ausgeben.')
    assert [q.kind for q in quotes] == ["direct", "indirect"]
    assert quotes[1].text == "hierzu wolle man auch Aktien an die Belegschaft ausgeben"
    assert quotes[1].speaker_mention == "Ein Sprecher von Tesla"


def test_verbs_of_regret_and_protest_are_cues():
    """"Für die Stadtwerke bedauerte der Verband kommunaler Unternehmen, dass …", "Die
    FDP-Fraktion protestierte im Stadtrat dagegen, dass …" (Wikinews train, 63711, 58160):
    bedauern, protestieren and other verbs of saying were missing from cues.tsv."""
    q = one("Für die Stadtwerke bedauerte der Verband kommunaler Unternehmen, dass sich die Bundesregierung "
            "einseitig auf Seite der großen Energiekonzerne gestellt habe.")
    assert q.cue == "bedauern" and q.speaker_mention == "der Verband kommunaler Unternehmen"
    q = one("Die FDP-Fraktion protestierte im Stadtrat dagegen, dass ihre Fraktion in direkter Nähe zum "
            "NPD-Stadtrat sitzen muss.")
    assert q.cue == "protestieren" and q.speaker_mention == "Die FDP-Fraktion"
    assert q.text == "ihre Fraktion in direkter Nähe zum NPD-Stadtrat sitzen muss"


def test_praise_and_blame_with_their_content_in_the_object_are_reported():
    """"Der griechische Premierminister Kostas Karamanlis würdigte die Verdienste des
    Erzbischofs", "Damals hatte er die Korruption … angeprangert" (Wikinews train, 47258,
    58846): speech acts whose content is given, as ANNOTATION.md counts "Oxfam begrüßte
    die Entscheidung des IWF"."""
    q = one("Der griechische Premierminister Kostas Karamanlis würdigte die Verdienste des Erzbischofs.")
    assert q.kind == "reported" and q.cue == "würdigen" and q.speaker == "Kostas Karamanlis"
    q = one("Der Politiker Hussein al Huthi hatte die Korruption und Rückständigkeit in der nordjemenitischen "
            "Provinz Sa'da angeprangert.")
    assert q.kind == "reported" and q.cue == "anprangern"


def test_wonach_after_a_noun_gives_the_noun_phrase_as_source():
    """"Spekulationen, wonach der Auftraggeber … gewesen sein könnte, konnte der Minister
    nicht bestätigen" (Wikinews train, 64689), "eine Schätzung, wonach …": what the noun
    phrase before a relative "wonach" says is its clause, whatever the parser hung the
    clause on; after a verb "wonach" still points back to the source before."""
    q = one("Der Minister konnte keine Angaben darüber machen. Spekulationen, wonach der Auftraggeber "
            "möglicherweise ein staatlicher Sicherheitsdienst gewesen sein könnte, konnte der Minister "
            "nicht bestätigen.")
    assert q.text == "der Auftraggeber möglicherweise ein staatlicher Sicherheitsdienst gewesen sein könnte"
    assert q.speaker_mention == "Spekulationen"
    q = one("Für das Jahr 2002 gibt es eine Schätzung, wonach in diesem Jahr 53.000 Kinder ermordet wurden.")
    assert q.text == "in diesem Jahr 53.000 Kinder ermordet wurden" and q.speaker_mention == "eine Schätzung"
    text = ("Der Hausbesitzer erklärte zunächst, ein Kurzschluss habe den Brand ausgelöst. Später kehrte er "
            "zur ursprünglichen Version zurück, wonach die Maus für den Brand verantwortlich sein soll.")
    q = [q for q in run(text) if q.text.endswith("verantwortlich sein soll")][0]
    assert text[q.speaker_start:q.speaker_end] == "wonach"


def test_an_amount_after_von_is_not_the_agent_of_a_passive():
    """"Es wurde lediglich eine Transfersumme von zehn Millionen Euro genannt" (Wikinews
    train, 28063): the parser hung "von zehn Millionen Euro" on the verb, but a number of
    euros names no one; "von zwei Zeugen" does."""
    text = ("Bei der Pressekonferenz in Frankfurt wurden keine Details genannt. Es wurde lediglich eine "
            "Transfersumme von zehn Millionen Euro genannt. Die Bitte, ihm bis zu einer Wiedereinstellung "
            "Abschlagszahlungen zu gewähren, blieb ohne Reaktion.")
    assert all(q.speaker_mention != "zehn Millionen Euro" for q in run(text))
    q = one("Es wurde von zwei Zeugen berichtet, dass der Täter geflohen sei.")
    assert q.speaker_mention == "zwei Zeugen" and q.text == "der Täter geflohen sei"


def test_a_dotted_name_is_one_word_and_a_name():
    """"Das beschloss die große Tarifkommission der Gewerkschaft ver.di am Montag"
    (Wikinews train, 48687): the tokenizer split "ver" "." "di" and the speaker came out
    as "di am Montag, nachdem …"; "ver.di" and "spiegel.de" are one word, which the models
    see with a capital, and the word keeps its spelling."""
    from quotes.nlp import parse

    words = [w for s in parse("Die Gewerkschaft ver.di fordert mehr Geld. Laut spiegel.de ist das so.").sentences
             for w in s.words]
    assert [w.text for w in words if "." in w.text and len(w.text) > 1] == ["ver.di", "spiegel.de"]
    assert [w.upos for w in words if w.text == "ver.di"] == ["PROPN"]  # (alone, an adverb)
    text = ("Den Berliner Verkehrsbetrieben droht ab heute ein neuer unbefristeter Streik.\n\nDas beschloss "
            "die große Tarifkommission der Gewerkschaft ver.di am Montag, nachdem die Urabstimmung in der "
            "letzten Woche eindeutig ausgefallen war.")
    q = one(text)
    assert q.speaker_mention == "die große Tarifkommission der Gewerkschaft ver.di"


def test_a_laut_phrase_after_the_speaker_is_not_part_of_the_mention():
    """"„Dieser Wanderkessel ist versammlungsrechtlich ein Skandal“, sagte der
    Demonstrationsleiter laut ndr.de." (Wikinews train, 41694): the parser hung "laut
    ndr.de" on the speaker; it attributes the sentence, it does not name him."""
    q = one("„Dieser Wanderkessel ist versammlungsrechtlich ein Skandal“, sagte der Demonstrationsleiter "
            "laut ndr.de.")
    assert q.speaker_mention == "der Demonstrationsleiter" and q.speaker == "Demonstrationsleiter"


def test_a_verb_after_und_that_goes_before_its_objects_ends_a_dass_clause():
    """"Die Japan Meteorological Agency teilte mit, dass in den Präfekturen Kyoto und Gifu die
    „noch nie da gewesenen Niederschläge“ anhalten und warnte … vor neuen
    Extremregenfällen." (Wikinews train, 82520): inside a dass clause every verb comes
    last, so "warnte vor …" is the agency's next act (a reported one), and the marks in
    the clause make it mixed, the words of "mitteilen", not of the nearer "warnte"."""
    qs = run("Die Japan Meteorological Agency teilte mit, dass in den Präfekturen Kyoto und Gifu die „noch "
             "nie da gewesenen Niederschläge“ anhalten und warnte für die Hauptinseln Kyūshū und Shikoku vor "
             "neuen Extremregenfällen.")
    assert [(q.kind, q.cue) for q in qs] == [("mixed", "mitteilen"), ("reported", "warnen")]
    assert qs[0].text.endswith("Niederschläge“ anhalten")
    assert qs[1].text.startswith("und warnte") and qs[1].speaker == "Japan Meteorological Agency"
    q = one("Der Sprecher sagte, dass die Kinder kamen und gingen.")
    assert q.text == "die Kinder kamen und gingen"  # (no object: the verb may still come last)


def test_a_particle_after_a_coordinated_verb_belongs_to_that_verb():
    """"„Gar nicht mehr so privat und sicher?“ schrieben die Hacker und kündigten weitere
    Aktionen an." (Wikinews train, 70935): the parser hung "an" on "schrieben", which made
    "anschreiben" of it and left the quote to "ankündigen"; the particle closes the clause
    of the verb right before it, and the act of announcing is reported with it."""
    qs = run("„Gar nicht mehr so privat und sicher?“ schrieben die Hacker und kündigten weitere Aktionen an.")
    assert [(q.kind, q.cue) for q in qs] == [("direct", "schreiben"), ("reported", "ankündigen")]
    assert qs[1].text == "und kündigten weitere Aktionen an."


def test_a_verb_at_the_end_of_a_list_of_acts_shares_the_first_subject():
    """"Bundespräsident Horst Köhler möchte nun diese Debatte versachlichen, nimmt die
    Abgeordneten sogar in Schutz und warnt vor einer pauschalen Verurteilung …" (Wikinews
    train, 2668): the verb before "und warnt" has no subject of its own either; the one
    before its comma has."""
    q = one("Bundespräsident Horst Köhler möchte nun diese Debatte versachlichen, nimmt die Abgeordneten "
            "sogar in Schutz und warnt vor einer pauschalen Verurteilung wegen deren Nebentätigkeiten.")
    assert q.kind == "reported" and q.cue == "warnen" and q.speaker == "Horst Köhler"
    assert q.text.startswith("und warnt vor einer pauschalen Verurteilung")


def test_a_passive_speech_act_right_after_a_speaker_is_theirs():
    """"Vor einigen Monaten stellten die französischen Inspektoren … zahlreiche Abweichungen
    von internationalen Normen fest. … Auch sei die … Dokumentation nicht ordnungsgemäß
    erfolgt. Es wurde auch die technische Instandhaltung der Druckluftsysteme bemängelt."
    (Wikinews train, 12554): a passive act with no agent goes on reporting the speaker
    just before."""
    qs = run("Vor einigen Monaten stellten die französischen Inspektoren bei Kontrollen der Maschinen "
             "zahlreiche Abweichungen von internationalen Normen fest. Auch sei die für die Navigation "
             "notwendige Dokumentation nicht ordnungsgemäß erfolgt. Es wurde auch die technische "
             "Instandhaltung der Druckluftsysteme bemängelt.")
    q = [q for q in qs if q.cue == "bemängeln"][0]
    assert q.kind == "reported" and q.speaker == "Französische Inspektoren"
    assert q.text == "Es wurde auch die technische Instandhaltung der Druckluftsysteme bemängelt."


def test_a_date_in_a_source_phrase_stays_whole():
    """"Nach Planungen aus dem Jahr 2005 soll …" (Wikinews train, 35877), "Laut einem
    Bericht des niederländischen Innenministeriums vom November 2011 wurden …" (74419):
    a number after a source noun usually starts the clause ("nach Angaben der Behörde 13
    Prozent"), but the year of a date belongs to the source."""
    q = one("Nach Planungen aus dem Jahr 2005 soll die Brücke im Jahr 2010 fertig sein.")
    assert q.speaker_mention == "Planungen aus dem Jahr 2005" and q.text.startswith("soll die Brücke")
    q = one("Laut einem Bericht des niederländischen Innenministeriums vom November 2011 wurden 40 Prozent "
            "aller männlichen Opfer von Bekannten getötet.")
    assert q.text.startswith("wurden 40 Prozent")
    assert q.speaker_mention.endswith("vom November 2011")


def test_a_konjunktiv_clause_right_after_an_apposition_takes_back_its_subject():
    """"erklärte der Direktor der Internationalen Atomenergie-Organisation (IAEO), Mohammed
    el-Baradei, Nordkorea besitze seiner Meinung nach vier bis sechs Atomwaffen" (Wikinews
    train, 1265): the parser ran the apposition on into "Nordkorea", which made the
    country the speaker; after the apposition's closing comma the clause begins."""
    q = one("In einem Interview erklärte der Direktor der Internationalen Atomenergie-Organisation (IAEO), "
            "Mohammed ElBaradei, Nordkorea besitze seiner Meinung nach vier bis sechs Atomwaffen.")
    assert q.text == "Nordkorea besitze seiner Meinung nach vier bis sechs Atomwaffen"
    assert q.speaker == "Mohammed ElBaradei"
    assert q.speaker_mention.endswith("Mohammed ElBaradei")


def test_a_surname_with_a_hyphened_particle_is_one_name():
    """"Mohammed el-Baradei", "Ali al-Omair" (Wikinews train, 1265 and 77697): the
    tokenizer split "el" "-" "Baradei" and the speaker came out as "Mohammed" or "Ali";
    the surname is one word, a name though it opens in lower case."""
    q = one("Der kuwaitische Ölminister Ali al-Omair sagte, der Preis sei zu hoch.")
    assert q.speaker == "Ali al-Omair" and q.speaker_mention == "Der kuwaitische Ölminister Ali al-Omair"
    q = one("In einem Interview erklärte der Direktor der Internationalen Atomenergie-Organisation (IAEO), "
            "Mohammed el-Baradei, Nordkorea besitze seiner Meinung nach vier bis sechs Atomwaffen.")
    assert q.speaker == "Mohammed el-Baradei"


def test_a_name_that_ends_in_a_hyphen_goes_on_or_is_no_name():
    """"UN-Generalsekretär Ban Ki-moon" (Wikinews train, 45695) came out as "Ban Ki" and
    "Ban Ki-"; "Ob der Nord- oder der Südpol …" (35877) made "Nord-" a speaker whom "er"
    later pointed to.  A hyphen goes on in a lower-case word written on to it; alone it
    ends half a compound."""
    q = one("UN-Generalsekretär Ban Ki-moon sagte, die Lage sei ernst.")
    assert q.speaker == "Ban Ki-moon"
    qs = run("Der US-Präsident George W. Bush kündigte die Mission an. Ob der Nord- oder der Südpol als "
             "Standort benutzt werden soll, ist noch unklar. Er sagte, die Station werde 2024 fertig.")
    assert all(q.speaker != "Nord-" for q in qs)
    assert [q.speaker for q in qs if q.text == "die Station werde 2024 fertig"] == ["George W. Bush"]


def test_sollen_in_a_question_opening_the_sentence_passes_nothing_on():
    """"Ob der Nord- oder der Südpol als Standort benutzt werden soll, ist noch unklar"
    (after a quote, Wikinews train 35877): like "…, wie seine Insel aussehen soll", a
    subordinate clause with "soll" is a plan, also when it opens the sentence."""
    qs = run("UN-Generalsekretär Ban Ki-moon sagte, die Lage sei ernst. Ob der Nord- oder der Südpol als "
             "Standort benutzt werden soll, ist unklar. Wann die Station gebaut werden soll, steht noch nicht fest.")
    assert [q.kind for q in qs] == ["indirect"]


def test_people_who_share_a_surname_stay_apart():
    """"Der ältere Bruder des Papstes, Georg Ratzinger, war nach eigenem Bekunden … eingeweiht"
    in an article on Pope Benedict, born Joseph Ratzinger (Wikinews train, 74899), came out
    as "Joseph Ratzinger": names were kept by surname.  A different first name is someone
    else; the surname alone is the one named in full last; a first name spelled another way
    ("Sergei", "Sergej") is the same man."""
    qs = run("Der frühere Präsident Bill Clinton sagte, er unterstütze seine Frau. Die Senatorin Hillary "
             "Clinton erklärte, sie werde kandidieren. Clinton sagte außerdem, der Wahlkampf sei hart. "
             "Bill Clinton sagte, er sei stolz.")
    assert [q.speaker for q in qs] == ["Bill Clinton", "Hillary Clinton", "Hillary Clinton", "Bill Clinton"]
    qs = run("Verteidigungsminister Sergej Schoigu sagte, die Armee sei bereit. Sergei Schoigu erklärte, es "
             "gebe keine Verluste.")
    assert [q.speaker for q in qs] == ["Sergej Schoigu", "Sergej Schoigu"]
    qs = run("Migration erfordere eine Teilung von Verantwortung, sagte der UN-Hochkommissar für Menschenrechte, "
             "Said Raad Al-Hussein, am Montag in Genf. Das Leben von Millionen sei bedroht, sagte Al-Hussein.")
    assert [q.speaker for q in qs] == ["Said Raad Al-Hussein", "Said Raad Al-Hussein"]  # ("Al" is no first name here)


def test_a_dative_outlet_in_marks_after_the_speaker_is_the_outlet():
    """"„Das ist verantwortungslos“, sagte der SPD-Politiker dem „Spiegel“": the parser took
    "dem „Spiegel“" for the subject's apposition and the speaker came out as "SPD-Politiker
    dem Spiegel"; an apposition of a subject is in the nominative, so a dative after it is
    whom it was said to."""
    q = one("„Das ist verantwortungslos“, sagte der SPD-Politiker dem „Spiegel“.")
    assert q.speaker_mention == "der SPD-Politiker" and q.outlet == "Spiegel"


def test_an_authority_named_by_its_seat_speaks_not_the_place():
    """"Die Staatsanwaltschaft Oslo", "das Polizeipräsidium Westpfalz" (Wikinews train,
    22065 and 82411) came out as the speakers "Oslo" and "Westpfalz"; a place after an
    authority says which one speaks.  A name after a union or party is its name."""
    qs = run("Die Staatsanwaltschaft Wien bestätigte auf Anfrage, dass Ermittlungen gegen den Bürgermeister "
             "laufen. Das Landgericht Berlin erklärte, das Urteil sei rechtskräftig. Die Gewerkschaft Verdi "
             "sagte, der Streik gehe weiter.")
    assert [q.speaker for q in qs] == ["Staatsanwaltschaft Wien", "Landgericht Berlin", "Verdi"]


def test_a_two_word_dass_clause_is_a_quote():
    """"Die Staatsanwaltschaft Wien bestätigte auf Anfrage, dass Ermittlungen laufen": three
    words are the least for a clause found by other means, but "dass" marks one."""
    q = one("Die Staatsanwaltschaft Wien bestätigte auf Anfrage, dass Ermittlungen laufen.")
    assert q.kind == "indirect" and q.text == "Ermittlungen laufen" and q.cue == "bestätigen"
    assert run("Er sagte das.") == []


def test_an_outlet_the_parser_took_for_part_of_the_name_is_the_outlet():
    """"Man habe viel erreicht, sagte Nehammer der APA": the parser made "der APA" part of
    the name ("flat"); a name part has no article, so it is whom he told."""
    q = one("Man habe viel erreicht, sagte Nehammer der APA.")
    assert q.speaker_mention == "Nehammer" and q.outlet == "APA"


def test_an_age_refers_back_to_the_person_named_before():
    """"„Wir prüfen alle Optionen“, sagte die 53-Jährige": news prose refers back to
    someone by their age.  The tokenizer split "53" "-" "Jährige" (now one word, as
    "dpa-Meldung" is), and the speaker was "53-Jährige"; it is the woman just named."""
    qs = run("Die Ministerin Nancy Faeser (SPD) verteidigte das Vorgehen. „Wir prüfen alle Optionen“, sagte "
             "die 53-Jährige am Abend. Der Innenexperte Konstantin Kuhle sagte, die Pläne seien falsch. Der "
             "36-Jährige forderte, das Gesetz zu stoppen.")
    assert [(q.speaker, q.speaker_mention) for q in qs] == [
        ("Nancy Faeser", "die 53-Jährige"), ("Konstantin Kuhle", "Der Innenexperte Konstantin Kuhle"),
        ("Konstantin Kuhle", "Der 36-Jährige")]


def test_a_sentence_ends_after_a_capital_letter_before_an_article():
    """"„Wir prüfen alle Optionen“, schrieb die 53-Jährige auf X. Ein Sprecher des
    Ministeriums teilte … mit, …": the tokenizer read "X." as an initial and ran the two
    sentences together, so the spokesman's words went to the minister.  An initial is
    followed by a name ("J. K. Rowling"), not by "Ein"."""
    qs = run("Die Ministerin Nancy Faeser verteidigte das Vorgehen. „Wir prüfen alle Optionen“, schrieb die "
             "53-Jährige auf X. Ein Sprecher des Ministeriums teilte auf Anfrage mit, man äußere sich nicht zu "
             "laufenden Verfahren. Der Autor J. K. Rowling sagte, sie sei müde.")
    assert [(q.speaker, q.cue, q.outlet) for q in qs] == [
        ("Nancy Faeser", "schreiben", "X"), ("Sprecher des Ministeriums", "mitteilen", None),
        ("J. K. Rowling", "sagen", None)]


def test_dem_vernehmen_nach_is_the_mention_of_hearsay():
    """"Dort treffen sich dem Vernehmen nach zunehmend stark alkoholisierte Gruppen"
    (Wikinews train, 82411): hearsay names no one; the attribution rests on "dem
    Vernehmen", as it rests on "demnach", and the name is the last speaker's."""
    text = ("Die Polizei teilte mit, die Kontrollen würden verstärkt. Dort treffen sich dem Vernehmen nach "
            "zunehmend stark alkoholisierte Gruppen, die Menschen anpöbeln.")
    q = run(text)[1]
    assert text[q.speaker_start:q.speaker_end] == "dem Vernehmen" and q.speaker == "Polizei"


def test_a_pronoun_after_a_described_speaker_is_that_speaker():
    """"… antwortete die Ministerin knapp: „Nein.“ Sie fügte hinzu, sie habe nichts falsch
    gemacht.": no one is named, so "Sie" had no speaker; it is the woman just described
    by her title, unless someone was named since."""
    qs = run("Auf die Frage, ob sie zurücktreten werde, antwortete die Ministerin knapp: „Nein.“ Sie fügte "
             "hinzu, sie habe nichts falsch gemacht.")
    assert [(q.speaker, q.speaker_mention) for q in qs] == [("Ministerin", "die Ministerin"), ("Ministerin", "Sie")]
    qs = run("Der Sprecher sagte, die Lage sei ernst. Sie fügte hinzu, es gebe keine Verletzten.")
    assert qs[1].speaker is None  # ("Sie" is no man)


def test_a_hyphened_surname_is_one_name_whether_split_or_not():
    """"Muammar al-Gaddafi" … "Gaddafi" (Wikinews train, 67014 and 70140): the key of a
    name is its last word, and of a hyphened surname its last part, so the short form
    finds the full name whether or not the tokenizer split the hyphen."""
    qs = run("Der libysche Machthaber Muammar al-Gaddafi sagte, er werde kämpfen. Später sagte Gaddafi, "
             "er bleibe im Land.")
    assert [q.speaker for q in qs] == ["Muammar al-Gaddafi", "Muammar al-Gaddafi"]


def test_zufolge_does_not_climb_into_a_phrase_with_its_own_preposition():
    """"Die Breitbandverfügbarkeit ist in den ostdeutschen Aufsteigerregionen der Studie
    zufolge … gestiegen" (raw news, 10kGNAD): the parser hung "der Studie" on the regions,
    and the speaker came out as "Ostdeutsche Aufsteigerregionen der Studie"; a noun with
    a preposition of its own is not what "zufolge" governs ("Einer Meldung von Xinhua
    zufolge" still climbs to the report)."""
    q = one("Die Breitbandverfügbarkeit ist in den ostdeutschen Aufsteigerregionen der Studie zufolge "
            "unterschiedlich stark gestiegen.")
    assert q.speaker_mention == "der Studie"
    q = one("Einer Meldung von Xinhua zufolge seien drei Menschen gestorben.")
    assert q.speaker_mention == "Einer Meldung von Xinhua"
