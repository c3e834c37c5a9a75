"""A sheet's Markdown as print HTML, with the same Python-Markdown extensions as the website.

The adapter passes MkDocs' ``markdown_extensions``; the command line reads them from mkdocs.yml
(see ``config.py``). Images are checked here, with the line in the source, because WeasyPrint
only says "could not load" without telling the editor where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from wegwijs.brochure import codes
from wegwijs.content.markup import links
from wegwijs.findings import Finding

#: What the site uses when no configuration is passed (the command line without mkdocs.yml).
DEFAULT_EXTENSIONS: list[str] = [
    "abbr", "admonition", "attr_list", "md_in_html", "tables", "pymdownx.details", "pymdownx.superfences",
]
#: Extensions that only make sense on a screen.
_SCREEN_ONLY = {"toc", "pymdownx.snippets"}
#: A list this long or shorter is never split over two pages.
MAX_KEPT_LIST = 8
#: Where the sheet's last section starts; see ``split_last_section``.
SPLIT_MARK = '<div class="ww-split"></div>'
_HEADINGS = {"h2", "h3", "h4"}
_IMAGE_ALT = re.compile(r"!\[(?P<alt>[^\]\n]*)\]")
_REMOTE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


@dataclass
class MarkdownSetup:
    extensions: list[Any] = field(default_factory=lambda: list(DEFAULT_EXTENSIONS))
    configs: dict[str, dict[str, Any]] = field(default_factory=dict)

    def print_extensions(self) -> list[Any]:
        kept = [e for e in self.extensions if not (isinstance(e, str) and e in _SCREEN_ONLY)]
        return [*kept, KeepTogether()]

    def signature(self) -> str:
        """What changes the HTML: part of every cache key."""
        return repr(sorted(str(e) for e in self.extensions)) + repr(sorted(self.configs))


def _keep(element: etree.Element) -> None:
    element.set("class", (element.get("class", "") + " ww-keep").strip())


def _short(element: etree.Element) -> bool:
    if element.tag in ("ul", "ol"):
        return sum(1 for child in element if child.tag == "li") <= MAX_KEPT_LIST
    return element.tag in ("p", "table", "dl", "blockquote") or (
        element.tag == "div" and "admonition" in element.get("class", "")
    )


class _KeepTogetherProcessor(Treeprocessor):
    """Marks what must not be split over two pages, for the print CSS (class ``ww-keep``).

    Short lists (up to MAX_KEPT_LIST items) and tables keep together; a heading is wrapped with the
    block after it, when that block is short, so a heading never ends a page alone. The last
    section gets a marker before it: the template keeps it on one page with the sheet's closing
    parts (contact, QR code, review line).
    """

    def run(self, root: etree.Element) -> None:
        children = list(root)
        for element in children:
            if element.tag in ("ul", "ol", "table") and _short(element):
                _keep(element)
        index = 0
        last_heading = None
        while index < len(children):
            element = children[index]
            if element.tag in _HEADINGS:
                following = children[index + 1] if index + 1 < len(children) else None
                block = element
                if following is not None and _short(following):
                    block = etree.Element("div", {"class": "ww-keep"})
                    position = list(root).index(element)
                    root.remove(element)
                    root.remove(following)
                    block.extend([element, following])
                    root.insert(position, block)
                    index += 1
                if element.tag == "h2":
                    last_heading = block
            index += 1
        if last_heading is not None:
            root.insert(list(root).index(last_heading), etree.Element("div", {"class": "ww-split"}))


class KeepTogether(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_KeepTogetherProcessor(md), "wegwijs-keep-together", 1)


def split_last_section(html: str) -> tuple[str, str]:
    """(everything before the last ``##`` section, the last section); no section: (html, '')."""
    before, mark, last = html.rpartition(SPLIT_MARK)
    return (before, last) if mark else (html, "")


#: HTML by (setup, Markdown text): the A4 and the A5 brochure (and the print file) of one build
#: convert the same sheets; the second paper takes them from here.
_rendered: dict[tuple[str, str], str] = {}
_RENDERED_MAX = 4096


def forget_rendered() -> None:
    """Start without converted sheets, as a new process does (the benchmark times it so)."""
    _rendered.clear()


def render_markdown(text: str, setup: MarkdownSetup) -> str:
    # One converter per setup: loading the extensions costs more than converting a short sheet.
    converter = setup.__dict__.get("_converter")
    if converter is None:
        configs = {k: v for k, v in setup.configs.items() if k not in _SCREEN_ONLY}
        converter = markdown.Markdown(extensions=setup.print_extensions(), extension_configs=configs)
        setup.__dict__["_converter"] = converter
        # Values too (signature() has only the names): two setups share HTML only when they agree.
        setup.__dict__["_memo_key"] = repr(setup.extensions) + repr(sorted(setup.configs.items(), key=str))
    key = (setup.__dict__["_memo_key"], text)
    html = _rendered.get(key)
    if html is None:
        html = converter.reset().convert(text)
        if len(_rendered) >= _RENDERED_MAX:
            _rendered.clear()
        _rendered[key] = html
    return html


@dataclass(frozen=True)
class Image:
    target: str
    path: Path | None
    line: int
    column: int


def check_images(
    body: str, first_line: int, rel_path: str, base_dir: Path, allowed=None
) -> tuple[list[Image], list[Finding]]:
    """Local images with their file, plus a warning for each missing file or missing alt text."""
    images: list[Image] = []
    findings: list[Finding] = []
    lines = body.split("\n")
    for link in links(body, first_line):
        if not link.image:
            continue
        line_text = lines[link.line - first_line] if 0 <= link.line - first_line < len(lines) else ""
        alt_match = _IMAGE_ALT.match(line_text, link.column - 1)
        if alt_match is not None and not alt_match["alt"].strip():
            findings.append(
                codes.IMAGE_NO_ALT.finding(
                    f"De afbeelding '{link.target}' heeft geen uitleg. Schrijf tussen de haakjes wat je "
                    "ziet, bv. ![Een brief van het OCMW](brief.png).",
                    rel_path, link.line, link.column,
                )
            )
        if link.target.startswith("data:"):
            continue
        if _REMOTE.match(link.target) or link.target.startswith("//"):
            # The brochure never loads anything from the internet: it must build offline and fast.
            findings.append(
                codes.IMAGE_MISSING.finding(
                    f"De afbeelding '{link.target}' staat op een andere website. De brochure toont ze niet. "
                    "Zet het bestand in de map van de fiches.",
                    rel_path, link.line, link.column,
                )
            )
            continue
        path = (base_dir / link.target.split("#", 1)[0].split("?", 1)[0]).resolve()
        if allowed is not None and path.is_file() and not allowed.path_allowed(path):
            # Also a symlink in the sheets' folder that points outside the project.
            findings.append(
                codes.OUTSIDE_FILE.finding(
                    f"De brochure toont '{link.target[:60]}' niet: het staat niet in de map van het project.",
                    rel_path, link.line, link.column,
                )
            )
            continue
        if not path.is_file():
            findings.append(
                codes.IMAGE_MISSING.finding(
                    f"De afbeelding '{link.target}' bestaat niet. De brochure toont ze niet. Kijk de naam na "
                    "of zet het bestand in de map.",
                    rel_path, link.line, link.column,
                )
            )
            path = None
        images.append(Image(link.target, path, link.line, link.column))
    return images, findings
