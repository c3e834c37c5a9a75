"""Reader-facing texts outside the body: front matter, glossary and site settings (WW140-WW149).

A title, a description, a glossary explanation or a dialogue motivation reaches readers as much as
the body does (category tiles, search, the brochure), so it goes through the same readability rules,
and every finding points at the value's own line and column in its YAML file. Titles and
descriptions are read first and on small tiles: they get their own, stricter thresholds (short, no
officialese).

A value is read from the source lines as the editor wrote them, not from its parsed form: a folded
(``>-``) or multi-line value becomes one paragraph whose every line keeps its file line and column.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from wegwijs.findings import Finding, Rule, Severity
from wegwijs.readability.analysis import Glossary, analyse_markdown
from wegwijs.readability.rules import RULES
from wegwijs.readability.settings import ReadabilitySettings

TITLE = "title"
DESCRIPTION = "description"
TEXT = "text"

TITLE_TOO_LONG = Rule(
    "WW140", "titel-te-lang", Severity.WARNING, "Een titel leest men op een tegel en in de zoekresultaten."
)
DESCRIPTION_TOO_LONG = Rule(
    "WW141", "beschrijving-te-lang", Severity.WARNING, "Een beschrijving is één of twee korte zinnen."
)
OFFICIALESE_IN_TITLE = Rule(
    "WW142", "ambtelijk-in-titel", Severity.ERROR, "De titel en de beschrijving lezen mensen eerst."
)
DESCRIPTION_SENTENCE_TOO_LONG = Rule(
    "WW143", "beschrijving-zin-te-lang", Severity.WARNING, "Een zin in een beschrijving is kort."
)
FIELD_RULES = (TITLE_TOO_LONG, DESCRIPTION_TOO_LONG, OFFICIALESE_IN_TITLE, DESCRIPTION_SENTENCE_TOO_LONG)
for _rule in FIELD_RULES:  # one registry: 'negeer WW142' and 'rules: {WW140: off}' know these codes
    RULES[_rule.code] = _rule


@dataclass(frozen=True)
class TextThresholds:
    title_words: int  # WW140
    description_words: int  # WW141
    description_sentences: int  # WW141
    description_sentence_words: int  # WW143 (instead of WW101 in a title or description)


TEXT_THRESHOLDS = {
    "B1": TextThresholds(title_words=8, description_words=30, description_sentences=2, description_sentence_words=15),
    "A2": TextThresholds(title_words=6, description_words=25, description_sentences=2, description_sentence_words=12),
}

#: Where the reader-facing texts are in each kind of YAML: key paths ('*' is every item of a list).
SHEET_TEXTS = (
    (("title",), TITLE), (("description",), DESCRIPTION), (("tags", "*"), TITLE),
    (("contact", "name"), TEXT), (("contact", "hours"), TEXT), (("reviewed", "by"), TEXT),
)
PAGE_TEXTS = ((("title",), TITLE), (("description",), DESCRIPTION), (("subtitle",), TITLE), (("tags", "*"), TITLE))
DIALOGUE_TEXTS = (
    (("title",), TITLE), (("description",), DESCRIPTION),
    (("proposals", "*", "proposal"), TEXT), (("proposals", "*", "motivation"), TEXT),
    (("proposals", "*", "follow_up"), TEXT), (("proposals", "*", "progress", "*", "text"), TEXT),
)
GLOSSARY_TEXTS = ((("*", "explanation"), TEXT),)
SETTINGS_TEXTS = (
    (("categories", "*", "label"), TITLE), (("categories", "*", "description"), DESCRIPTION),
    (("organisation", "name"), TITLE), (("organisation", "hours"), TEXT),
)


def scalars(node: yaml.Node | None, keypath: tuple[str, ...]) -> Iterator[yaml.ScalarNode]:
    """The string values at ``keypath`` in a composed YAML tree."""
    if node is None:
        return
    if not keypath:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str" and node.value.strip():
            yield node
        return
    head, rest = keypath[0], keypath[1:]
    if head == "*":
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                yield from scalars(item, rest)
        return
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == head:
                yield from scalars(value, rest)


def source_text(node: yaml.ScalarNode, lines: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The value as written, one line per source line, with each line's (file line, column offset).

    ``lines`` are the lines of the YAML text the node was composed from; the file line is 1-based
    within that text. Quotes, block indicators and indentation are left out, so each character of
    the result sits at a known column of the file.
    """
    start, end = node.start_mark, node.end_mark
    parts: list[tuple[int, int, str]] = []
    if node.style in ("|", ">"):
        last = end.line if end.column > 0 else end.line - 1
        for number in range(start.line + 1, min(last, len(lines) - 1) + 1):
            line = lines[number]
            indent = len(line) - len(line.lstrip(" "))
            parts.append((number, indent, line[indent:]))
    else:
        quote = 1 if node.style in ("'", '"') else 0
        for number in range(start.line, min(end.line, len(lines) - 1) + 1):
            line = lines[number]
            first = start.column + quote if number == start.line else len(line) - len(line.lstrip(" \t"))
            stop = end.column - quote if number == end.line else len(line)
            parts.append((number, first, line[first:stop].rstrip()))
    text = "\n".join(part[2] for part in parts)
    return text, [(number + 1, offset) for number, offset, _ in parts]


def check_texts(
    root: yaml.Node | None,
    lines: list[str],
    spec: Iterable[tuple[tuple[str, ...], str]],
    rel_path: str,
    settings: ReadabilitySettings,
    glossary: Glossary | None,
    *,
    level: str | None = None,
    line_offset: int = 0,
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Every finding in the reader-facing values of one YAML tree, at their own line and column."""
    findings: list[Finding] = []
    level = level if level in TEXT_THRESHOLDS else settings.level
    ignored = {code.upper() for code in ignore}
    for keypath, kind in spec:
        for node in scalars(root, keypath):
            found = _check_value(node, lines, kind, rel_path, settings, glossary, level, ignored)
            findings += [dataclasses.replace(f, line=f.line + line_offset) for f in found]
    return findings


def _check_value(
    node: yaml.ScalarNode, lines: list[str], kind: str, rel_path: str, settings: ReadabilitySettings,
    glossary: Glossary | None, level: str, ignored: set[str],
) -> list[Finding]:
    text, positions = source_text(node, lines)
    if not text.strip() or "\ufffd" in text:
        return []  # empty, or bytes that are not UTF-8 (WW010 says so; its words are broken)
    # Markdown would read a value that starts with '#', '-' or '1.' as a heading or a list item.
    analysis = analyse_markdown(
        text.replace("\n", " ") if kind != TEXT else text,
        path=rel_path, level=level, settings=settings, glossary=glossary, ignore=ignored,
    )
    if kind != TEXT:
        positions = _single_line_positions(text, positions)

    def place(line: int, column: int) -> tuple[int, int]:
        if kind != TEXT:
            return positions[column - 1] if 0 < column <= len(positions) else positions[-1]
        file_line, offset = positions[min(line, len(positions)) - 1]
        return file_line, offset + column

    findings: list[Finding] = []
    for finding in analysis.findings:
        if kind != TEXT and finding.code == "WW101":
            continue  # WW143's stricter limit replaces it
        line, column = place(finding.line, finding.column)
        end_line, end_column = getattr(finding, "end_line", None), getattr(finding, "end_column", None)
        if end_line is not None and end_column is not None:
            # The end is just after the last character: place that character and step one on.
            end_line, end_column = place(end_line, max(end_column - 1, 1))
            end = {"end_line": end_line, "end_column": end_column + 1}
        else:
            end = {}
        if kind != TEXT and finding.code == "WW105":
            finding = _as(OFFICIALESE_IN_TITLE, finding, settings, level, ignored)
            if finding is None:
                continue
        findings.append(dataclasses.replace(finding, line=line, column=column, **end))
    thresholds = TEXT_THRESHOLDS[level]
    start = place(1, 1)
    words = analysis.metrics["words"]
    if kind == TITLE and words > thresholds.title_words:
        findings += _own(TITLE_TOO_LONG, settings, level, ignored,
                         f"Deze titel heeft {words} woorden. Hou het bij {thresholds.title_words} woorden of minder.",
                         rel_path, start)
    if kind == DESCRIPTION:
        sentences = analysis.sentences
        if words > thresholds.description_words or len(sentences) > thresholds.description_sentences:
            findings += _own(
                DESCRIPTION_TOO_LONG, settings, level, ignored,
                f"Deze beschrijving heeft {len(sentences)} zinnen en {words} woorden. Schrijf hoogstens "
                f"{thresholds.description_sentences} korte zinnen.", rel_path, start,
            )
        for sentence in sentences:
            if len(sentence.tokens) > thresholds.description_sentence_words:
                findings += _own(
                    DESCRIPTION_SENTENCE_TOO_LONG, settings, level, ignored,
                    f"Deze zin heeft {len(sentence.tokens)} woorden. In een beschrijving zijn dat er hoogstens "
                    f"{thresholds.description_sentence_words}.", rel_path, place(sentence.line, sentence.column),
                )
    return findings


def _single_line_positions(text: str, positions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(file line, column) of every character of ``text`` once its line breaks are spaces."""
    result: list[tuple[int, int]] = []
    for (file_line, offset), part in zip(positions, text.split("\n")):
        result += [(file_line, offset + i + 1) for i in range(len(part) + 1)]  # +1: the joining space
    return result or [(1, 1)]


def _severity(rule: Rule, settings: ReadabilitySettings, level: str, ignored: set[str]) -> Severity | None:
    if rule.code in ignored:
        return None
    return settings.severity(rule.code, rule.severity, level)


def _as(rule: Rule, finding: Finding, settings, level: str, ignored: set[str]) -> Finding | None:
    severity = _severity(rule, settings, level, ignored)
    if severity is None:
        return None
    return dataclasses.replace(finding, code=rule.code, name=rule.name, severity=severity)


def _own(rule: Rule, settings, level: str, ignored: set[str], message: str, path: str,
         where: tuple[int, int]) -> list[Finding]:
    severity = _severity(rule, settings, level, ignored)
    if severity is None:
        return []
    return [rule.finding(message, path, where[0], where[1], severity=severity)]


# --- the files that hold reader-facing texts --------------------------------------------------


def check_document_texts(document, settings: ReadabilitySettings, glossary: Glossary | None, *,
                         level: str | None, dialogue: bool = False) -> list[Finding]:
    """The front matter of a sheet, a page or a dialogue result (the opening ``---`` is line 1)."""
    if document.front_matter is None or not document.front_matter.value:
        return []
    lines = document.text.split("\n")[1:]
    if dialogue:
        spec = DIALOGUE_TEXTS
    elif document.rel_path.endswith(".md") and _is_sheet(document):
        spec = SHEET_TEXTS
    else:
        spec = PAGE_TEXTS
    meta = document.meta or {}
    own = meta.get("readability") if isinstance(meta.get("readability"), dict) else {}
    ignore = own.get("ignore") or ()
    return check_texts(
        document.front_matter, lines, spec, document.rel_path, settings, glossary,
        level=level, line_offset=1, ignore=[str(c) for c in (ignore if isinstance(ignore, list) else [ignore])],
    )


def _is_sheet(document) -> bool:
    return "category" in (document.meta or {})


def check_glossary_texts(site_settings, glossary: Glossary | None, settings: ReadabilitySettings) -> list[Finding]:
    path: Path = site_settings.glossary_path
    if not path.is_file():
        return []
    try:
        text = path.read_text("utf-8-sig").replace("\r\n", "\n")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError):
        return []  # the glossary's own check reports it
    return check_texts(node, text.split("\n"), GLOSSARY_TEXTS, site_settings.glossary, settings, glossary)


def check_settings_texts(
    node: yaml.Node | None, project_dir: Path, settings: ReadabilitySettings, glossary: Glossary | None = None,
) -> list[Finding]:
    """Category labels and descriptions and the organisation's texts in ``extra.wegwijs`` (``node``,
    composed from the config file and the file it INHERITs from: each value knows its file)."""
    findings: list[Finding] = []
    files: dict[str, list[str]] = {}
    for keypath, kind in SETTINGS_TEXTS:
        for value in scalars(node, keypath):
            name = value.start_mark.name
            if name not in files:
                source = project_dir / name
                files[name] = source.read_text("utf-8-sig").replace("\r\n", "\n").split("\n") if source.is_file() else []
            if files[name]:
                findings += _check_value(value, files[name], kind, name, settings, glossary, settings.level, set())
    return findings
