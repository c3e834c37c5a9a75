"""Read a Markdown source: decode it, split off its front matter, and keep line numbers.

Editors work on Windows and Mac too: a UTF-8 byte order mark and CRLF line ends are accepted
silently. Bytes that are not UTF-8 are reported with the line and column where they start, and the
rest of the file is still read (with a replacement character) so one bad byte does not hide the
other findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wegwijs.content import codes
from wegwijs.content.yamlnode import construct
from wegwijs.findings import Finding

#: A file that opens a front matter (``---`` and then a ``key:``) that is never closed.
_UNCLOSED = re.compile(r"---[ \t]*\n[ \t]*[\w-]+[ \t]*:")

#: Above this size a page is surely not a short sheet; we still read it, but say so.
LARGE_FILE_BYTES = 1_000_000


@dataclass
class SourceDocument:
    """One source file, read once: the text, its front matter (as a YAML node) and its body."""

    path: Path
    rel_path: str
    text: str
    front_matter: yaml.MappingNode | None
    meta: dict[str, Any]
    body: str
    body_line: int
    findings: list[Finding] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        """False when the front matter could not be read at all."""
        return self.front_matter is not None


def decode(raw: bytes, rel_path: str) -> tuple[str, list[Finding]]:
    findings: list[Finding] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        findings.append(
            codes.NOT_UTF8.finding(
                "Dit bestand is geen UTF-8. Bewaar het opnieuw als UTF-8 (in Kladblok: "
                "'Opslaan als', codering 'UTF-8').",
                rel_path,
                line,
                column,
            )
        )
        text = raw.decode("utf-8", errors="replace")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, findings


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Return (yaml text or None, body, 1-based line of the body's first line)."""
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        return None, text, 1
    end = _closing_fence(text)
    if end is None:
        return None, text, 1
    yaml_text = text[4:end]
    after = text.index("\n", end) + 1 if "\n" in text[end:] else len(text)
    body = text[after:]
    body_line = text.count("\n", 0, after) + 1
    return yaml_text, body, body_line


def _closing_fence(text: str) -> int | None:
    """Offset of the closing ``---`` line (trailing blanks allowed), or None when there is none."""
    pos = 3
    while (pos := text.find("\n---", pos)) >= 0:
        line_end = text.find("\n", pos + 4)
        # Look at this line only: slicing to the end of the file here made big files quadratic.
        if not text[pos + 4 : line_end if line_end >= 0 else len(text)].strip():
            return pos + 1
        pos += 4
    return None


#: libyaml's composer when PyYAML has it: several times faster, with the same nodes and marks.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _compose(yaml_text: str) -> yaml.Node | None:
    """Compose with libyaml; on an error, again with PyYAML's own parser, whose problem texts the
    Dutch messages below translate (libyaml words them differently)."""
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(yaml_text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(yaml_text, Loader=yaml.SafeLoader)


def compose_yaml(
    yaml_text: str, rel_path: str, line_offset: int
) -> tuple[yaml.Node | None, list[Finding]]:
    """Compose YAML into a node tree (nodes know their line). ``line_offset``: file lines before it."""
    try:
        node = _compose(yaml_text)
    except RecursionError:
        return None, [
            codes.BROKEN_FRONT_MATTER.finding(
                "Deze YAML-tekst heeft te veel lagen in elkaar. Schrijf de waarden eenvoudiger.",
                rel_path,
                1 + line_offset,
                1,
            )
        ]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else 1
        column = mark.column + 1 if mark else 1
        problem = getattr(exc, "problem", None) or "onleesbare tekst"
        return None, [
            codes.BROKEN_FRONT_MATTER.finding(
                f"Deze YAML-tekst is kapot: {_dutch_yaml_problem(problem)}. "
                "Kijk naar deze regel en de regel ervoor.",
                rel_path,
                line,
                column,
            )
        ]
    if node is None:  # "---\n---": empty, but still a front matter with a place in the file
        mark = yaml.Mark(rel_path, 0, 0, 0, None, None)
        node = yaml.MappingNode("tag:yaml.org,2002:map", [], start_mark=mark, end_mark=mark)
    return node, []


#: Spaces YAML does not take as spaces, typed by word processors or copied from the web.
_ODD_SPACES = {
    "\u00a0": "een harde spatie", "\u2007": "een harde spatie", "\u202f": "een harde spatie",
    "\u200b": "een onzichtbaar teken", "\u2060": "een onzichtbaar teken", "\ufeff": "een onzichtbaar teken",
    "\u3000": "een brede spatie",
}
_STRUCTURE = re.compile(r"^(?P<indent>[^\S\n]*)(?:-[^\S\n]*)?(?:[\w-]+:(?P<after>[^\S\n]*))?")
_SPACE_LIKE = re.compile("[" + "".join(_ODD_SPACES) + "]")


def _odd_spaces(yaml_text: str, rel_path: str, line_offset: int) -> tuple[str, list[Finding]]:
    """Report odd spaces where YAML needs a real one (indentation, after 'key:', at a line's end),
    and read on as if they were spaces, so the rest of the front matter is still checked."""
    findings: list[Finding] = []
    lines = yaml_text.split("\n")
    for number, line in enumerate(lines):
        if not _SPACE_LIKE.search(line):
            continue
        # Read the line as if the odd spaces were spaces, to find where its structure ends.
        match = _STRUCTURE.match(_SPACE_LIKE.sub(" ", line))
        spots = {i for i in range(match.end()) if line[i] in _ODD_SPACES}
        trailing = len(line) - len(line.rstrip("".join(_ODD_SPACES) + " \t"))
        spots |= {i for i in range(len(line) - trailing, len(line)) if line[i] in _ODD_SPACES}
        if not spots:
            continue
        first = min(spots)
        key = line[:first].strip().rstrip(":").lstrip("- ")
        where = f"Na '{key}:'" if line[:first].rstrip().endswith(":") else "Hier"
        findings.append(codes.ODD_SPACE.finding(
            f"{where} staat {_ODD_SPACES[line[first]]} in plaats van een gewone spatie. "
            "Wis die en typ een gewone spatie.",
            rel_path, number + 1 + line_offset, first + 1,
        ))
        lines[number] = "".join(" " if i in spots else c for i, c in enumerate(line))
    return "\n".join(lines), findings


def parse_front_matter(
    yaml_text: str, rel_path: str
) -> tuple[yaml.MappingNode | None, dict[str, Any], list[Finding]]:
    """Compose the front matter (the opening ``---`` is line 1) and construct plain values."""
    yaml_text, space_findings = _odd_spaces(yaml_text, rel_path, line_offset=1)
    node, findings = compose_yaml(yaml_text, rel_path, line_offset=1)
    findings = space_findings + findings
    if node is None:
        return None, {}, findings
    if not isinstance(node, yaml.MappingNode):
        return None, {}, space_findings + [
            codes.BROKEN_FRONT_MATTER.finding(
                "Het voorblad moet een lijst van velden zijn, zoals 'title: Het leefloon'.",
                rel_path,
                node.start_mark.line + 2,
                1,
            )
        ]
    data = construct(node)
    return node, data if isinstance(data, dict) else {}, space_findings


_YAML_PROBLEMS = {
    "mapping values are not allowed here": "er staat een dubbelpunt waar geen mag staan",
    "could not find expected ':'": "er ontbreekt een dubbelpunt na de naam van het veld",
    "found character '\\t' that cannot start any token": "er staat een tab; gebruik spaties",
    "found undefined alias": "er staat een * die de site niet begrijpt",
    "expected <block end>, but found '<block mapping start>'": "de inspringing klopt niet",
    "found unexpected end of stream": "er ontbreekt een aanhalingsteken of haakje",
    "expected the node content": "er ontbreekt een waarde, een aanhalingsteken of een haakje",
    "while scanning a quoted scalar": "er ontbreekt een aanhalingsteken",
    "expected ',' or ']'": "er ontbreekt een komma of een ]",
}


def _dutch_yaml_problem(problem: str) -> str:
    for english, dutch in _YAML_PROBLEMS.items():
        if problem.startswith(english):
            return dutch
    return f"de site begrijpt deze tekst niet ({problem})"


def read_document(path: Path, rel_path: str, *, require_front_matter: bool = True) -> SourceDocument:
    """Read one source file. Never raises for bad content: problems become findings."""
    raw = path.read_bytes()
    findings: list[Finding] = []
    if len(raw) > LARGE_FILE_BYTES:
        findings.append(
            codes.VERY_LARGE_FILE.finding(
                f"Dit bestand is {len(raw) // 1_000_000} MB groot. Een fiche is veel korter. "
                "Maak er meer fiches van.",
                rel_path,
            )
        )
    text, decode_findings = decode(raw, rel_path)
    findings += decode_findings
    if not text.strip():
        findings.append(
            codes.EMPTY_FILE.finding("Dit bestand is leeg. Schrijf tekst of verwijder het.", rel_path)
        )
        return SourceDocument(path, rel_path, text, None, {}, "", 1, findings)
    yaml_text, body, body_line = split_front_matter(text)
    if yaml_text is None and _UNCLOSED.match(text):
        findings.append(
            codes.NO_FRONT_MATTER.finding(
                "Het voorblad begint met ---, maar er is geen regel --- die het afsluit. "
                "Zet een regel met alleen --- na het laatste veld.",
                rel_path,
            )
        )
        return SourceDocument(path, rel_path, text, None, {}, body, body_line, findings)
    if yaml_text is None:
        empty = yaml.MappingNode("tag:yaml.org,2002:map", [])
        if require_front_matter:
            findings.append(
                codes.NO_FRONT_MATTER.finding(
                    "Dit bestand heeft geen voorblad. Begin met een regel ---, dan 'title: ...', "
                    "dan weer ---.",
                    rel_path,
                )
            )
            return SourceDocument(path, rel_path, text, None, {}, body, body_line, findings)
        return SourceDocument(path, rel_path, text, empty, {}, body, body_line, findings)
    node, meta, parse_findings = parse_front_matter(yaml_text, rel_path)
    findings += parse_findings
    return SourceDocument(path, rel_path, text, node, meta, body, body_line, findings)


def title_line(document: SourceDocument) -> int:
    """The line of the page's title: the front matter's ``title:`` line, else the first ``# `` heading.

    Findings about a page as a whole (its average sentence length, its score) point here rather than
    at the blank line after the front matter.
    """
    node = document.front_matter
    if node is not None:
        for key, _ in node.value:
            if getattr(key, "value", None) == "title":
                return key.start_mark.line + 2  # the YAML starts after the opening '---' (line 1)
    for offset, line in enumerate(document.body.split("\n")):
        if line.startswith("# "):
            return document.body_line + offset
    return document.body_line
