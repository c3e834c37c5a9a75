"""Findings in place during ``mkdocs serve``: a box at the top of each page, marks on the sentences.

Only the preview gets this. ``mkdocs build`` drops the two assets from the site and leaves every page
untouched, so a published site or a kiosk never shows an editor's notes.

The server side is small on purpose: it puts the page's findings (with the plain text of each
finding's sentence) as JSON into a box at the top of the article, and links ``preview.css`` and
``preview.js``. The script finds each sentence in the rendered text and marks it there. Matching text
instead of mapping source columns through Markdown keeps this independent of every Markdown
extension; a finding whose sentence cannot be found stays listed in the box with its line number.
"""

from __future__ import annotations

import bisect
import dataclasses
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from wegwijs.content import blocks
from wegwijs.content.source import SourceDocument
from wegwijs.findings import Finding, Severity
from wegwijs_mkdocs import errorpage, rendercache
from wegwijs_mkdocs.readability import PAGE_RULES, page_analysis
from wegwijs_mkdocs.state import state

ASSETS = ("assets/wegwijs/preview.css", "assets/wegwijs/preview.js")
SEVERITY_WORDS = {
    Severity.ERROR: ("fout", "fouten"),
    Severity.WARNING: ("waarschuwing", "waarschuwingen"),
    Severity.INFO: ("tip", "tips"),
}
_ARTICLE = re.compile(r'<article\b[^>]*\bclass="[^"]*\bmd-content__inner\b[^"]*"[^>]*>')


#: Findings about a whole sentence (or paragraph) when the finding carries no end position: the
#: number goes at the end of the sentence, which stays highlighted, with no word underlined.
SENTENCE_RULES = frozenset({"WW101", "WW102", "WW110"})


@dataclass(frozen=True)
class PreviewItem:
    """One finding as the preview shows it."""

    number: int
    finding: Finding
    #: The plain text of the sentence to mark, or None for a finding about the whole page.
    text: str | None
    #: The first and last word to underline in that sentence; empty for the sentence as a whole.
    words: tuple[str, ...] = ()

    @property
    def scope(self) -> str:
        """'page' (number at the title), 'sentence' (at the sentence's end) or 'word' (after the words)."""
        if self.finding.code in PAGE_RULES or self.text is None:
            return "page"
        return "word" if self.words else "sentence"

    def to_json(self) -> dict[str, Any]:
        f = self.finding
        return {
            "n": self.number,
            "code": f.code,
            "name": f.name,
            "severity": f.severity.value,
            "message": f.message,
            "suggestion": f.suggestion,
            "line": f.line,
            "text": self.text,
            "words": list(self.words),
            "scope": self.scope,
        }


#: Serve only: a sheet that cannot be read keeps its address, as an error page that heals itself.
on_page_context = errorpage.on_page_context
on_serve = errorpage.on_serve
#: Serve only: a rebuild renders again only the pages whose input changed.
on_nav = rendercache.on_nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    markdown = errorpage.on_page_markdown(markdown, page, config, files)
    current = state()
    document = current.documents.get(page.file.src_uri)
    if current.serving and document is not None:
        rendercache.skip_if_unchanged(page, page_findings(document, page_analysis(page.file.src_uri)))
    return markdown


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Outside ``mkdocs serve`` the preview's assets are not part of the site."""
    if state().serving:
        return errorpage.on_files(files, config)
    for uri in ASSETS:
        file = files.get_file_from_path(uri)
        if file is not None:
            files.remove(file)
    return files


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    current = state()
    if not current.serving:
        return output
    if (cached := rendercache.cached_output(page)) is not None:
        return cached
    document = current.documents.get(page.file.src_uri)
    if document is None:
        return output  # a generated page (category, glossary without source): nothing to check
    analysis = page_analysis(page.file.src_uri)
    findings = page_findings(document, analysis)
    items = preview_items(findings, document, getattr(analysis, "sentences", None) or [])
    box = render_box(items, level_of(page, analysis, current))
    return rendercache.keep(page, inject(output, box, page.url))


def page_findings(document: SourceDocument, analysis: Any) -> list[Finding]:
    """Every finding of this page's source (content checks and readability), once, in source order."""
    seen: dict[Finding, None] = {}
    for finding in [*document.findings, *(getattr(analysis, "findings", None) or [])]:
        if finding.path == document.rel_path:
            seen.setdefault(finding)
    return sorted(seen, key=lambda f: (f.line, f.column, f.code))


def level_of(page: Page, analysis: Any, current) -> str:
    """'Niveau B1 · leesscore 72': the level the page is checked at, and its Flesch-Douma score."""
    level = getattr(analysis, "level", None) or (page.meta or {}).get("level")
    if not level and current.project is not None:
        level = current.project.settings.level
    text = f"Niveau {level}" if level else "Niveau onbekend"
    score = (getattr(analysis, "metrics", None) or {}).get("flesch_douma")
    return f"{text} · leesscore {score:.0f}" if isinstance(score, (int, float)) else text


def preview_items(findings: list[Finding], document: SourceDocument, sentences: list[Any]) -> list[PreviewItem]:
    """Findings with the text to mark, numbered in reading order: the order of their numbers in the page.

    A word's number sits after the word, a sentence's number after the sentence, a page's number at
    the title; so a finding about a whole sentence counts from the sentence's end, after the
    numbers of its words.
    """
    lines = document.text.split("\n")
    layout = blocks.read(document.text, front_matter=True)
    starts = [(s.line, s.column) for s in sentences]
    placed = []
    for finding in findings:
        sentence = None if finding.code in PAGE_RULES else engine_sentence(finding, sentences, starts)
        if sentence is not None:
            text = " ".join(sentence.text.split()) or None
            words = finding_words(finding, sentence)
        else:
            text = None if finding.code in PAGE_RULES else sentence_text(finding, lines, document.body_line, layout)
            words = ()
        item = PreviewItem(0, finding, text, words)
        placed.append((_reading_key(item, sentence), item))
    placed.sort(key=lambda pair: pair[0])
    return [dataclasses.replace(item, number=n) for n, (_, item) in enumerate(placed, start=1)]


def _reading_key(item: PreviewItem, sentence: Any) -> tuple:
    f = item.finding
    if item.scope == "page":
        return (0, 0, 0, f.code)
    if item.scope == "sentence" and sentence is not None:
        last = sentence.words[-1]
        return (last.line, last.column + len(last.text), 1, f.code)
    return (f.line, f.column, 0, f.code)


def finding_words(finding: Finding, sentence: Any) -> tuple[str, ...]:
    """The first and last word of the sentence that the finding is about; () for the whole sentence.

    A finding with an end position (``end_line``/``end_column``) names its words exactly; one without
    names the word at its column, unless its rule is about whole sentences.
    """
    words = sentence.words
    start = (finding.line, finding.column)
    end_line, end_column = getattr(finding, "end_line", None), getattr(finding, "end_column", None)
    if end_line is not None and end_column is not None:
        inside = [w for w in words if start <= (w.line, w.column) and (w.line, w.column + len(w.text)) <= (end_line, end_column)]
        if not inside or (inside[0] is words[0] and inside[-1] is words[-1] and len(words) > 1):
            return ()
        return (inside[0].text,) if len(inside) == 1 else (inside[0].text, inside[-1].text)
    if finding.code in SENTENCE_RULES:
        return ()
    at = next((w for w in words if (w.line, w.column) == start), None)
    return (at.text,) if at is not None else ()


def engine_sentence(finding: Finding, sentences: list[Any], starts: list[tuple[int, int]]) -> Any | None:
    """The readability engine's sentence that holds the finding's position, if there is one.

    The engine knows Dutch sentence ends (abbreviations, numbers), so its sentence is the best one
    to mark. A finding about the whole page sits before the first sentence and gets none.
    """
    index = bisect.bisect_right(starts, (finding.line, finding.column)) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    last = sentence.words[-1]
    if (finding.line, finding.column) > (last.line, last.column + len(last.text)):
        return None
    return sentence


# Markdown that is not text, removed so the sentence reads as the browser shows it.
_LINE_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)")
_INLINE_MARKUP = (
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"\{[:#.][^}]*\}"), ""),
    (re.compile(r"</?[A-Za-z][^<>]*>"), ""),
    (re.compile(r"(\*\*|__|\*|_|~~|`+)"), ""),
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s|$)")


def sentence_text(
    finding: Finding, lines: list[str], body_line: int, layout: blocks.Layout | None = None
) -> str | None:
    """The plain text of the sentence at the finding's position, as it shows in the rendered page.

    The readability engine may hand the sentence over (``finding.extra['sentence']``); otherwise it
    is read from the source: the sentence of the paragraph that holds the finding's position.
    """
    given = finding.extra.get("sentence") if finding.extra else None
    if isinstance(given, str) and given.strip():
        return " ".join(given.split())
    index = finding.line - 1
    layout = layout or blocks.read("\n".join(lines), front_matter=True)
    if finding.line < body_line or index >= len(lines) or _not_prose(layout, index):
        return None  # front matter, the file as a whole, code, or a line that is markup only
    first = index
    while first > body_line - 1 and _continues(layout, first, first - 1):
        first -= 1
    last = index
    while last + 1 < len(lines) and _continues(layout, last + 1, last):
        last += 1
    column = max(finding.column - 1, 0)
    if (marker := _LINE_MARKUP.match(lines[index])) and column < marker.end():
        column = marker.end()
    plain = _plain_with_mark(lines[first : last + 1], index - first, column)
    at = plain.index(_MARK)
    before, after = plain[:at], plain[at + 1 :]
    ends = list(_SENTENCE_END.finditer(before))
    head = before[ends[-1].end() :] if ends else before
    end = _SENTENCE_END.search(after)
    tail = after[: end.end()] if end else after
    return " ".join((head + tail).split()) or None


#: Stands for the finding's position while the markup around it is stripped.
_MARK = "\x00"


def _plain_with_mark(lines: list[str], row: int, column: int) -> str:
    """The paragraph as plain text, with ``_MARK`` where the finding points.

    A position inside markup that disappears (a link's address, a tag) moves to where that markup
    starts, so the mark always survives.
    """
    line = lines[row]
    starts = [column] + [i for i in range(min(column, len(line)) - 1, -1, -1) if line[i] in "[<!*_`"] + [0]
    for start in starts:
        marked = [*lines[:row], line[:start] + _MARK + line[start:], *lines[row + 1 :]]
        plain = _plain(marked)
        if _MARK in plain:
            return plain
    return _MARK + _plain(lines)


def _not_prose(layout: blocks.Layout, index: int) -> bool:
    """Code, raw HTML and comments (``content.blocks`` says which lines) and lines of markup only."""
    line = layout.lines[index]
    return (
        layout.kinds[index] != blocks.TEXT
        or not line.strip()
        or line.lstrip().startswith(("!!!", "???", "|", "*[", "<!--"))
    )


def _continues(layout: blocks.Layout, index: int, previous: int) -> bool:
    """True when line ``index`` belongs to the same paragraph (or list item) as line ``previous``."""
    return (
        bool(layout.lines[previous].strip())
        and layout.kinds[previous] == blocks.TEXT
        and not _not_prose(layout, index)
        and not _LINE_MARKUP.match(layout.lines[index])
    )


def _plain(lines: list[str]) -> str:
    text = " ".join(_LINE_MARKUP.sub("", line, count=1) for line in lines)
    for pattern, replacement in _INLINE_MARKUP:
        text = pattern.sub(replacement, text)
    return text


def counts_text(findings: Iterable[Finding]) -> str:
    counts = {severity: 0 for severity in SEVERITY_WORDS}
    for finding in findings:
        counts[finding.severity] += 1
    parts = [
        f"{n} {SEVERITY_WORDS[severity][0 if n == 1 else 1]}"
        for severity in (Severity.WARNING, Severity.ERROR, Severity.INFO)
        if (n := counts[severity])
    ]
    return " · ".join(parts) if parts else "geen tips"


_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
)


def box_data(items: list[PreviewItem], level: str) -> dict[str, Any]:
    """What the box shows, as plain data: the summary line and one entry per finding."""
    return {
        "summary": f"{level} · {counts_text(item.finding for item in items)}",
        "items": [
            {**item.to_json(), "kind": SEVERITY_WORDS[item.finding.severity][0].capitalize()} for item in items
        ],
        "data": {"findings": [item.to_json() for item in items]},
    }


def render_box(items: list[PreviewItem], level: str) -> str:
    return _TEMPLATES.get_template("preview-box.html.j2").render(box_data(items, level)) + "\n"


def inject(output: str, box: str, page_url: str) -> str:
    """Put the box at the top of the article and link the assets, without template changes."""
    css, js = (html.escape(get_relative_url(uri, page_url)) for uri in ASSETS)
    output = output.replace("</head>", f'<link rel="stylesheet" href="{css}">\n</head>', 1)
    output = _before_last(output, "</body>", f'<script src="{js}"></script>\n')
    article = _ARTICLE.search(output)
    if article is None:
        return _before_last(output, "</body>", box)
    return output[: article.end()] + "\n" + box + output[article.end() :]


def _before_last(text: str, tag: str, insert: str) -> str:
    at = text.rfind(tag)
    return text + insert if at < 0 else text[:at] + insert + text[at:]
