#!/usr/bin/env python3
"""A synthetic quotes database of any size, for load-testing Datasette.

    python bench/synth_db.py --quotes 1000000 --out db/synth.db     # the issue's size
    python bench/synth_db.py --quotes 20000 --out /tmp/synth.db     # a quick check

The schema, indexes and full-text index are the real ones: the file is created by
`quotes.store.open_db` (all migrations), and rows are what `store.save_article` would
write (deterministic ids, denormalised date/publisher, Snowball stems in `quotes_fts`,
speaker aliases, outlet types). Only the writing is different, for speed: one
transaction, no journal, and the quotes' indexes dropped during the insert and re-created
from their own SQL afterwards.

The text is German-like: quotes are built from phrase templates and a news vocabulary,
each article is a run of attributed sentences that contain its quotes (so offsets are
real and a quote's page highlights it in its article). Speakers, outlets and publishers
follow a long-tailed (Zipf-like) distribution, as in real news; dates span 2014-2025;
kinds are about 55 % direct, 35 % indirect, 10 % mixed.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes import statements  # noqa: E402
from quotes.records import Article, Quote  # noqa: E402
from quotes.store import (INSERT_ARTICLE, INSERT_FTS, INSERT_QUOTE, article_row,  # noqa: E402
                          open_db, outlet_id, outlet_type, quote_row, speaker_id, stems)

FIRST = ("Alexander Olaf Annalena Robert Christian Friedrich Wladimir Dmitri Sergej Maria "
         "Swetlana Angela Emmanuel Joe Wolodymyr Nancy Boris Karl Markus Sahra Lars Saskia "
         "Hubertus Nancy Katrin Cem Julia Hendrik Ursula Kaja Jens Antonio Recep Xi Viktor "
         "Giorgia Pedro Donald Kamala Rishi Keir Marine Alice Tino Manuela Hendrik Svenja").split()
LAST = ("Lukaschenko Scholz Baerbock Habeck Lindner Merz Putin Peskow Lawrow Sacharowa "
        "Tichanowskaja Merkel Macron Biden Selenskyj Faeser Pistorius Lauterbach Söder "
        "Wagenknecht Klingbeil Esken Heil Göring-Eckardt Özdemir Klöckner Wüst Leyen Kallas "
        "Stoltenberg Guterres Erdoğan Jinping Orbán Meloni Sánchez Trump Harris Sunak Starmer "
        "Le-Pen Weidel Chrupalla Schwesig Wissing Schulze Dobrindt Kretschmer Weil Rhein "
        "Woidke Ramelow Haseloff Günther Tschentscher Wegner Bovenschulte Voigt Schweitzer").split()
ROLES = ("Präsident Ministerpräsident Außenminister Bundeskanzler Kremlsprecher Sprecherin "
         "Oppositionsführerin Parteichef Verteidigungsminister Gesundheitsminister "
         "Generalsekretär Regierungssprecher Botschafter Bürgermeisterin Abgeordneter").split()
OUTLET_NAMES = ["Tass", "BelTA", "Interfax", "RIA Nowosti", "dpa", "AFP", "Reuters", "AP",
                "Telegram", "Twitter", "Facebook", "YouTube", "VK", "Instagram",
                "Erstes Russisches Fernsehen", "Rossija 1", "RTL", "ZDF", "ARD", "Deutschlandfunk",
                "Radio Swoboda", "Kanal 24", "Bild-Zeitung", "Süddeutsche Zeitung",
                "Frankfurter Allgemeine Zeitung", "Kommersant", "Iswestija", "Nascha Niwa",
                "Spiegel-Magazin", "Stern-Magazin", "Handelsblatt", "Tagesspiegel"]
OUTLET_NAMES += [f"Regionalzeitung {c}" for c in ("Nord", "Süd", "West", "Ost", "Mitte")] + \
                [f"Sender {c}" for c in ("Minsk", "Moskau", "Kiew", "Warschau", "Vilnius")]
PUBLISHERS = ["Deutsche Welle", "tagesschau.de", "Spiegel Online", "Zeit Online", "taz",
              "n-tv", "MDR", "NDR", "BR24", "WDR", "SWR", "hr-info", "RBB24", "Focus Online",
              "Welt", "Stern", "Tagesspiegel", "Handelsblatt", "FAZ.net", "SZ.de", "Wikinews",
              "Neue Zürcher Zeitung", "Der Standard", "Die Presse", "ORF", "SRF", "Euronews",
              "RND", "t-online", "Merkur", "Berliner Zeitung", "Freitag", "Cicero", "MOZ",
              "LVZ", "Sächsische Zeitung", "Kölner Stadt-Anzeiger", "Abendblatt", "Weser-Kurier",
              "Stuttgarter Zeitung"]
CUES = {"direct": ["sagen", "erklären", "betonen", "sagen", "sagen", "warnen", "fordern",
                   "schreiben", "erklären", "kündigen"],
        "indirect": ["sagen", "erklären", "betonen", "zufolge", "laut", "behaupten",
                     "versichern", "bestreiten", "berichten", "mitteilen"],
        "mixed": ["sagen", "sprechen", "nennen", "bezeichnen"]}
CUE_FORMS = {"sagen": "sagte", "erklären": "erklärte", "betonen": "betonte", "warnen": "warnte",
             "fordern": "forderte", "schreiben": "schrieb", "kündigen": "kündigte an",
             "zufolge": "zufolge", "laut": "laut", "behaupten": "behauptete",
             "versichern": "versicherte", "bestreiten": "bestritt", "berichten": "berichtete",
             "mitteilen": "teilte mit", "sprechen": "sprach", "nennen": "nannte",
             "bezeichnen": "bezeichnete"}
SUBJ = ["Wir", "Die Regierung", "Das Land", "Niemand", "Die Armee", "Europa", "Der Westen",
        "Die Opposition", "Das Volk", "Unsere Partei", "Die Wirtschaft", "Die Bevölkerung",
        "Die Nato", "Die Ukraine", "Russland", "Belarus", "Deutschland", "Die Polizei",
        "Die Justiz", "Die Sanktionen", "Diese Entscheidung", "Der Krieg", "Die Wahl"]
VERB = ["wird", "muss", "kann", "darf nicht", "will", "sollte", "wird niemals", "muss endlich"]
OBJ = ["die Sicherheit", "die Atomwaffen", "die Grenzen", "die Verhandlungen", "den Frieden",
       "die Energiepreise", "die Inflation", "die Sanktionen", "die Wahlen", "die Demonstranten",
       "die Flüchtlinge", "die Souveränität", "die Verfassung", "die Pressefreiheit",
       "die Verteidigung", "die Rente", "die Schulden", "den Haushalt", "die Gaslieferungen",
       "die Getreideexporte", "die Bündnispartner", "die Menschenrechte", "die Korruption",
       "die Zukunft unserer Kinder", "die Stabilität in der Region", "die Versorgung"]
ACT = ["schützen", "verteidigen", "überprüfen", "akzeptieren", "ablehnen", "stärken",
       "garantieren", "beenden", "fortsetzen", "verhindern", "unterstützen", "diskutieren",
       "neu verhandeln", "nicht länger hinnehmen", "ernst nehmen", "sofort stoppen"]
TAIL = ["", "", "", " in diesem Jahr", " mit aller Kraft", " gemeinsam mit unseren Partnern",
        " ohne Vorbedingungen", " so schnell wie möglich", " unter keinen Umständen",
        " auch gegen Widerstände", " im Interesse aller Bürger", " bis zum Ende"]
FILLER = ["Die Lage blieb am Abend angespannt.", "Beobachter zeigten sich überrascht.",
          "Eine unabhängige Bestätigung gab es zunächst nicht.",
          "Das Treffen dauerte mehr als drei Stunden.", "Die Börsen reagierten gelassen.",
          "Kritiker sprachen von einem Ablenkungsmanöver.", "Weitere Gespräche sind geplant."]


def zipf_weights(n: int, s: float = 1.05) -> list[float]:
    return [1.0 / (i + 1) ** s for i in range(n)]


def clause(rng: random.Random) -> str:
    return f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)}{rng.choice(TAIL)} {rng.choice(ACT)}"


def quote_text(rng: random.Random, kind: str) -> str:
    if kind == "mixed":
        return rng.choice(["historischen Fehler", "Provokation", "inakzeptabel", "Erpressung",
                           "Schritt in die richtige Richtung", "Angriff auf die Demokratie",
                           "reine Propaganda", "Verrat an den Wählern"])
    n = 1 + (rng.random() < 0.45) + (rng.random() < 0.15)
    parts = [clause(rng) for _ in range(n)]
    text = ", und ".join(parts) if rng.random() < 0.5 else ". ".join(p[0].upper() + p[1:] for p in parts)
    return text + "." if kind == "direct" else text


def synth_articles(n_quotes: int, per_article: int = 8, n_speakers: int = 3000,
                   seed: int = 8, prefix: str = "synth") -> Iterator[tuple[Article, list[Quote]]]:
    """Synthetic articles with their quotes, as the extractor would give them: `n_quotes`
    quotes in total (about `per_article` an article), from `n_speakers` speakers, article
    ids ``<prefix>-0000001`` on. Deterministic for a given seed. Also the input of
    ``bench/run.py --store-only``."""
    rng = random.Random(seed)
    # speakers: full names with a role
    names: list[str] = []
    seen = set()
    while len(names) < n_speakers:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if len(seen) >= len(FIRST) * len(LAST) // 2:
            name += f" {len(names)}"  # more speakers than name pairs: number the rest
        if name not in seen:
            seen.add(name)
            names.append(name)
    speaker_roles = [rng.choice(ROLES) for _ in names]
    speaker_w = zipf_weights(len(names))
    outlet_w = zipf_weights(len(OUTLET_NAMES), 0.8)
    publisher_w = zipf_weights(len(PUBLISHERS), 0.7)
    kinds, kind_w = ["direct", "indirect", "mixed"], [0.55, 0.35, 0.10]
    start_day, days = date(2014, 1, 1), (date(2025, 12, 31) - date(2014, 1, 1)).days

    n_done = n_articles = 0
    while n_done < n_quotes:
        n_articles += 1
        aid = f"{prefix}-{n_articles:07d}"
        day = (start_day + timedelta(days=rng.randrange(days))).isoformat()
        publisher = rng.choices(PUBLISHERS, publisher_w)[0]
        k = max(1, min(n_quotes - n_done, int(rng.expovariate(1 / per_article)) + 1))
        title = f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)} {rng.choice(ACT)}"
        text = title + "\n\n"
        quotes = []
        for _ in range(k):
            kind = rng.choices(kinds, kind_w)[0]
            si = rng.choices(range(len(names)), speaker_w)[0] if rng.random() < 0.92 else None
            cue = rng.choice(CUES[kind])
            outlet = rng.choices(OUTLET_NAMES, outlet_w)[0] if rng.random() < 0.3 else None
            q = quote_text(rng, kind)
            if si is not None:
                full = names[si]
                who = rng.choice([full, full.split(" ", 1)[1], f"{speaker_roles[si]} {full}",
                                  "er", "sie"])
            else:
                who = rng.choice(["Ein Sprecher", "Die Behörde", "Ein Diplomat"])
            form = CUE_FORMS[cue]
            src = f" gegenüber {outlet}" if outlet else ""
            if kind == "direct":
                pre = f"{who[0].upper() + who[1:]} {form}{src}: „"
                post = "“ "
            elif kind == "indirect":
                pre = f"{who[0].upper() + who[1:]} {form}{src}, "
                post = ". "
            else:
                pre = f"{who[0].upper() + who[1:]} {form} den Schritt{src} eine „"
                post = "“. "
            sent_start = len(text)
            qs = sent_start + len(pre)
            text += pre + q + post
            sentence = text[sent_start:].strip()
            mention_end = sent_start + len(who)
            cue_start = mention_end + 1
            cue_end = cue_start + len(form.split()[0])
            if rng.random() < 0.3:
                text += rng.choice(FILLER) + " "
            named = si is not None
            quotes.append(Quote(
                article=aid, kind=kind, text=q, start=qs, end=qs + len(q),
                speaker=names[si] if named else None,
                speaker_start=sent_start if named else None,
                speaker_end=mention_end if named else None,
                cue=cue, cue_start=cue_start, cue_end=cue_end, outlet=outlet,
                confidence=round(rng.uniform(0.5, 0.99), 3),
                speaker_mention=who if named else None, sentence=sentence,
                rule=f"synth-{kind}"))
        n_done += len(quotes)
        yield Article(id=aid, text=text, title=title, publisher=publisher, date=day,
                      url=f"https://example.org/{aid}"), quotes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quotes", type=int, default=1_000_000, help="number of quotes")
    ap.add_argument("--out", type=Path, default=ROOT / "db" / "synth.db", help="database to write (replaced)")
    ap.add_argument("--per-article", type=int, default=8, help="quotes per article on average")
    ap.add_argument("--speakers", type=int, default=3000, help="distinct speakers")
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(args.out) + suffix).unlink(missing_ok=True)
    db = open_db(args.out)  # the real schema, indexes and FTS table (all migrations)
    conn = db.conn
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA cache_size = -400000")  # 400 MB page cache for the bulk insert
    index_sql = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'quotes' AND sql IS NOT NULL")]
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name = 'quotes' AND sql IS NOT NULL").fetchall():
        conn.execute(f"DROP INDEX [{name}]")

    speakers: dict[int, tuple[str, set[str]]] = {}  # id -> (canonical name, mentions)
    used_outlets: set[str] = set()
    conn.execute("BEGIN")
    n_quotes = n_articles = 0
    batch_q: list[tuple] = []
    batch_fts: list[tuple] = []
    batch_a: list[tuple] = []

    def flush() -> None:
        conn.executemany(INSERT_ARTICLE, batch_a)
        conn.executemany(INSERT_QUOTE, batch_q)
        conn.executemany(INSERT_FTS, batch_fts)
        batch_a.clear(), batch_q.clear(), batch_fts.clear()

    # the rows store.save_article writes for these articles (same functions)
    for art, quotes in synth_articles(args.quotes, args.per_article, args.speakers, args.seed):
        n_articles += 1
        batch_a.append(article_row(art, len(quotes)))
        # statements assigned as storing does, article by article (counted at the end)
        rows, _ = statements.assign_rows(conn, [quote_row(art, q) for q in quotes], quotes,
                                         art.publisher)
        for q, row in zip(quotes, rows):
            batch_q.append(row)
            batch_fts.append((row[0], stems(q.text)))
            if q.speaker:
                speakers.setdefault(speaker_id(q.speaker), (q.speaker, set()))[1].add(q.speaker_mention)
            if q.outlet:
                used_outlets.add(q.outlet)
        n_quotes += len(quotes)
        if len(batch_q) >= 20_000:
            flush()
            print(f"\r{n_quotes:,} quotes", end="", file=sys.stderr, flush=True)
    flush()
    conn.executemany("INSERT INTO speakers (id, name, aliases) VALUES (?, ?, ?)",
                     [(sid, name, json.dumps(sorted(m), ensure_ascii=False))
                      for sid, (name, m) in speakers.items()])
    conn.executemany("INSERT INTO outlets (id, name, type) VALUES (?, ?, ?)",
                     [(outlet_id(o), o, outlet_type(o)) for o in sorted(used_outlets)])
    print(f"\r{n_quotes:,} quotes in {n_articles:,} articles; indexing ...", file=sys.stderr)
    for sql in index_sql:
        conn.execute(sql)
    statements.refresh_all(conn)  # each statement's counts (with the quotes' indexes)
    conn.execute("COMMIT")
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
    conn.execute("PRAGMA journal_mode = WAL")  # as `quotes extract` leaves it
    db.close()
    size = sum(Path(str(args.out) + s).stat().st_size for s in ("", "-wal") if Path(str(args.out) + s).exists())
    print(f"{args.out}: {n_quotes:,} quotes, {n_articles:,} articles, {len(speakers):,} speakers, "
          f"{len(used_outlets)} outlets, {size / 1e6:,.0f} MB in {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
