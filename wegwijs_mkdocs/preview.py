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
import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from wegwijs.content.source import SourceDocument
from wegwijs.findings import Finding, Severity
from wegwijs_mkdocs import errorpage
from wegwijs_mkdocs.readability import page_analysis
from wegwijs_mkdocs.state import state

ASSETS = ("assets/wegwijs/preview.css", "assets/wegwijs/preview.js")
SEVERITY_WORDS = {
    Severity.ERROR: ("fout", "fouten"),
    Severity.WARNING: ("waarschuwing", "waarschuwingen"),
    Severity.INFO: ("tip", "tips"),
}
_ARTICLE = re.compile(r'<article\b[^>]*\bclass="[^"]*\bmd-content__inner\b[^"]*"[^>]*>')


@dataclass(frozen=True)
class PreviewItem:
    """One finding as the preview shows it."""

    number: int
    finding: Finding
    #: The plain text of the sentence to mark, or None for a finding about the whole page.
    text: str | None

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
        }


#: Serve only: a sheet that cannot be read keeps its address, as an error page that heals itself.
on_page_markdown = errorpage.on_page_markdown
on_page_context = errorpage.on_page_context
on_serve = errorpage.on_serve


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
    document = current.documents.get(page.file.src_uri)
    if document is None:
        return output  # a generated page (category, glossary without source): nothing to check
    analysis = page_analysis(page.file.src_uri)
    findings = page_findings(document, analysis)
    items = preview_items(findings, document, getattr(analysis, "sentences", None) or [])
    box = render_box(items, level_of(page, analysis, current))
    return inject(output, box, page.url)


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
    lines = document.text.split("\n")
    starts = [(s.line, s.column) for s in sentences]
    items = []
    for number, finding in enumerate(findings, start=1):
        text = engine_sentence(finding, sentences, starts)
        if text is None:
            text = sentence_text(finding, lines, document.body_line)
        items.append(PreviewItem(number, finding, text))
    return items


def engine_sentence(finding: Finding, sentences: list[Any], starts: list[tuple[int, int]]) -> str | None:
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
    return " ".join(sentence.text.split()) or None


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


def sentence_text(finding: Finding, lines: list[str], body_line: int) -> str | None:
    """The plain text of the sentence at the finding's position, as it shows in the rendered page.

    The readability engine may hand the sentence over (``finding.extra['sentence']``); otherwise it
    is read from the source: the sentence of the paragraph that holds the finding's position.
    """
    given = finding.extra.get("sentence") if finding.extra else None
    if isinstance(given, str) and given.strip():
        return " ".join(given.split())
    index = finding.line - 1
    if finding.line < body_line or index >= len(lines) or _not_prose(lines[index]):
        return None  # front matter, the file as a whole, or a line that is markup only
    first = index
    while first > body_line - 1 and _continues(lines[first], lines[first - 1]):
        first -= 1
    last = index
    while last + 1 < len(lines) and _continues(lines[last + 1], lines[last]):
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


def _not_prose(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith(("!!!", "???", "```", "~~~", "|", "*[", "<!--"))


def _continues(line: str, previous: str) -> bool:
    """True when ``line`` belongs to the same paragraph (or list item) as ``previous``."""
    return bool(line.strip() and previous.strip()) and not _LINE_MARKUP.match(line) and not _not_prose(line)


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


def render_box(items: list[PreviewItem], level: str) -> str:
    findings = [item.finding for item in items]
    summary = f"{level} · {counts_text(findings)}"
    data = json.dumps({"findings": [item.to_json() for item in items]}, ensure_ascii=False)
    data = data.replace("</", "<\\/")  # a message can never close the script element early
    entries = "\n".join(_entry(item) for item in items)
    listing = (
        f'<details><summary>Alle tips op een rij ({len(items)})</summary><ol>\n{entries}\n</ol></details>'
        if items
        else '<p>Wegwijs vond niets om te verbeteren op deze pagina.</p>'
    )
    return (
        '<section class="ww-preview" aria-label="Tips van Wegwijs" data-ww-count="'
        f'{len(items)}">\n'
        f'<p class="ww-preview__summary">{html.escape(summary)}</p>\n'
        '<p>Alleen jij ziet deze tips, in het voorbeeld. De echte site toont ze niet.</p>\n'
        '<button type="button" class="ww-preview__toggle" aria-pressed="false" hidden>'
        "Verberg de tips</button>\n"
        '<p class="ww-preview__unplaced" hidden></p>\n'
        f"{listing}\n"
        f'<script type="application/json" class="ww-preview__data">{data}</script>\n'
        "</section>\n"
    )


def _entry(item: PreviewItem) -> str:
    f = item.finding
    word = SEVERITY_WORDS[f.severity][0].capitalize()
    suggestion = f" Probeer: {html.escape(f.suggestion)}" if f.suggestion else ""
    return (
        f'<li data-ww-item="{item.number}"><strong>{word} {html.escape(f.code)}</strong> '
        f"(regel {f.line}): {html.escape(f.message)}{suggestion} "
        '<span class="ww-preview__where"></span></li>'
    )


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
