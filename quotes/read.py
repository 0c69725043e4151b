"""Files, folders, globs -> `Article` records, or a one-line reason why not.

Users point the tool at whatever they have: a folder of ``.txt`` dumps, a ``.jsonl``
export from a scraper, saved ``.html`` pages. One bad file must never stop a run of
thousands, so every problem becomes a `Skipped` record with a short reason that the CLI
prints in one line, and reading goes on.

Offsets in the output contract are ``str`` indices into the text *as read from the file*,
so text is decoded as is: no newline translation, no stripping (only a UTF-8 BOM is
dropped, since it is not part of the text).
"""
from __future__ import annotations

import glob
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .records import Article

log = logging.getLogger("quotes")

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: A news article is 2-50 KB; 5 MB of text is a book or a mistake (a log, a dump).
MAX_ARTICLE_BYTES = 5_000_000
#: Saved pages carry scripts and styles around the text, so allow more for HTML.
MAX_HTML_BYTES = 20_000_000
#: Less text than this from a page is navigation or a cookie notice, not an article.
MIN_HTML_TEXT = 80


@dataclass
class Skipped:
    """An input that was not read, and why (one line, shown to the user)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def expand(sources: Iterable[str | os.PathLike | Skipped]) -> Iterator[Path | Skipped]:
    """Files named by `sources`: files as given, folders recursively, glob patterns.

    Folders and globs yield only supported file types (sorted, so runs are repeatable);
    a file named explicitly with another suffix is reported, not silently ignored.
    `Skipped` items pass through, so an expanded list can be expanded again.
    """
    for src in sources:
        if isinstance(src, Skipped):
            yield src
            continue
        s = str(src)
        p = Path(s)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.is_file():
            if p.suffix.lower() in SUFFIXES:
                yield p
            else:
                yield Skipped(s, f"unsupported file type {p.suffix or '(none)'!r}; "
                                 f"use {', '.join(sorted(SUFFIXES))}")
        elif glob.has_magic(s):
            matches = sorted(Path(m) for m in glob.glob(s, recursive=True))
            files = [m for m in matches if m.is_file() and m.suffix.lower() in SUFFIXES]
            if not files:
                yield Skipped(s, "pattern matches no .txt/.md/.jsonl/.html file")
            yield from files
        elif p.exists():
            yield Skipped(s, "not a regular file")
        else:
            yield Skipped(s, "no such file or folder")


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM); else cp1252 with a warning, since that is what
    Windows editors and older German CMS exports write."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ValueError(f"not UTF-8 (byte {e.start}) and not cp1252 either") from None
        log.warning("%s: not valid UTF-8 (byte %d), read as cp1252", source, e.start)
        return text


#: <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">,
#: looked for in the first 4 KB as browsers do (WHATWG "prescan": it must come early).
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
#: Labels browsers read as another encoding (WHATWG Encoding): pages that say latin-1
#: are written in cp1252 („ “ – are its bytes 0x84, 0x93, 0x96).
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252",
                    "latin-1": "cp1252", "l1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "windows-1252": "cp1252", "x-cp1252": "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset an HTML page declares in its first 4 KB (meta
    charset or http-equiv Content-Type), or None if it declares none we know."""
    import codecs

    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes, source: str) -> str:
    """A saved page's text in the charset it declares (as a browser reads it); a byte
    order mark wins; without a usable declaration, as `decode`."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, source) if data.startswith(b"\xef\xbb\xbf") else data.decode("utf-16")
    charset = declared_charset(data)
    if charset is not None and charset not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        try:
            return data.decode(charset)
        except UnicodeDecodeError as e:
            log.warning("%s: not valid %s as declared (byte %d)", source, charset, e.start)
    return decode(data, source)


def _load(path: Path, limit: int) -> bytes:
    """The file's bytes, or ValueError with the reason it is unusable."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise ValueError("empty file")
        if size > limit:
            raise ValueError(f"too large ({size / 1e6:.1f} MB > {limit / 1e6:.0f} MB limit)")
        data = path.read_bytes()
    except OSError as e:
        raise ValueError(f"cannot read: {e.strerror or e}") from None
    if b"\x00" in data[:8192]:
        raise ValueError("binary file, not text")
    return data


#: Some article dumps (the seeds among them) begin with "date 2023-04 " before the text.
_DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*")


def _title_from_text(text: str) -> str | None:
    """First non-empty line as a display title (cut at 80 characters), so that Datasette
    shows something readable where plain text files have no title."""
    text = _DATE_PREFIX.sub("", text, count=1)
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 80 else line[:79].rstrip() + "…"
    return None


def _date_from_text(text: str) -> str | None:
    """The date of a leading "date YYYY-MM[-DD]" line; the text itself is not changed,
    since quote offsets point into it."""
    m = _DATE_PREFIX.match(text)
    return m.group(1) if m else None


def read_text_file(path: Path) -> Article:
    """A .txt/.md file is one article; its id is the file stem (the eval contract)."""
    text = decode(_load(path, MAX_ARTICLE_BYTES), str(path))
    if not text.strip():
        raise ValueError("no text (only whitespace)")
    return Article(id=path.stem, text=text, title=_title_from_text(text),
                   date=_date_from_text(text), path=str(path))


def read_html_file(path: Path) -> Article:
    """Article text and metadata of a saved news page, by trafilatura (built for this:
    it drops navigation, teasers and comments, and reads title/date/site name)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html = decode_html(_load(path, MAX_HTML_BYTES), str(path))
    doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True)
    if doc is None:
        raise ValueError("no article text found in the HTML page")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    if len(text.strip()) < MIN_HTML_TEXT:  # trafilatura falls back to menus and footers
        raise ValueError(f"no article text found in the HTML page ({len(text.strip())} characters)")
    return Article(id=path.stem, text=text, title=get("title"), publisher=get("sitename"),
                   date=get("date"), url=get("url"), path=str(path))


def read_jsonl_file(path: Path) -> Iterator[Article | Skipped]:
    """One article per line: ``id``, ``text``, optional ``title``, ``date``, ``url``,
    ``publisher``. A broken line is skipped with its line number; the rest is read."""
    try:
        if path.stat().st_size == 0:
            yield Skipped(str(path), "empty file")
            return
        fh = path.open("rb")
    except OSError as e:
        yield Skipped(str(path), f"cannot read: {e.strerror or e}")
        return
    with fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                if len(raw) > MAX_ARTICLE_BYTES:
                    raise ValueError(f"line too large ({len(raw) / 1e6:.1f} MB)")
                if n == 1 and b"\x00" in raw[:8192]:
                    raise ValueError("binary file, not JSONL")
                try:
                    obj = json.loads(decode(raw, where))
                except json.JSONDecodeError as e:
                    raise ValueError(f"broken JSON line: {e.msg} at column {e.colno}") from None
                if not isinstance(obj, dict):
                    raise ValueError("line is not a JSON object")
                if obj.get("id") in (None, ""):
                    raise ValueError("article has no 'id'")
                text = obj.get("text")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError("article has no text")
                opt = {k: (None if obj.get(k) is None else str(obj[k]))
                       for k in ("title", "date", "url", "publisher")}
                yield Article(id=str(obj["id"]), text=text, path=where, **opt)
            except ValueError as e:
                yield Skipped(where, str(e))
                if "binary" in str(e):
                    return


def read_path(path: Path) -> Iterator[Article | Skipped]:
    """Every article in one file (several for JSONL)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)
        return
    try:
        yield read_html_file(path) if suffix in HTML_SUFFIXES else read_text_file(path)
    except ValueError as e:
        yield Skipped(str(path), str(e))


def read_articles(sources: Iterable[str | os.PathLike | Skipped],
                  on_file: Callable[[Path], None] | None = None) -> Iterator[Article | Skipped]:
    """Articles from files, folders and globs, in a stable order.

    `on_file` is called before each file is read (the CLI's progress bar). An id seen
    twice in one run (two ``a.txt`` in different folders) keeps the first and reports
    the second, since the store would otherwise let one replace the other.
    """
    seen: dict[str, str] = {}
    for item in expand(sources):
        if isinstance(item, Skipped):
            yield item
            continue
        if on_file:
            on_file(item)
        for art in read_path(item):
            if isinstance(art, Article):
                if art.id in seen:
                    yield Skipped(art.path or art.id, f"duplicate article id {art.id!r} "
                                                      f"(already read from {seen[art.id]})")
                    continue
                seen[art.id] = art.path or art.id
            yield art
