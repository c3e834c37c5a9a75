"""The readable text of a Markdown page, as blocks of text pieces that keep their source position.

Everything that is not text (code, HTML, link targets, image markup, admonition markers, table pipes,
attribute lists, abbreviation definitions...) is *masked*: replaced by spaces of the same length, so
every character that remains sits at its original column. A block is a unit the reader sees as a
whole (a paragraph, a heading, a list item, a table cell, an admonition title); a sentence never
crosses a block.

The scan is line by line with precompiled, backtracking-free regular expressions, so the time is
linear in the size of the page; a runaway 4 MB file must not hang the build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from wegwijs.content.blocks import ADMONITION, BLOCKQUOTE, COMMENT, LIST_ITEM_LINE, RULE_OR_UNDERLINE, TEXT, read

PARAGRAPH = "paragraph"
HEADING = "heading"
LIST_ITEM = "list-item"
TABLE_CELL = "table-cell"
TITLE = "title"  # the quoted title of an admonition: !!! tip "Titel"


class Piece(NamedTuple):
    line: int  # 1-based line in the original file
    offset: int  # 0-based character offset of ``text`` in that line
    text: str  # masked text: markup replaced by spaces


class Block(NamedTuple):
    kind: str
    pieces: list[Piece]
    level: int = 0  # a heading's level: 1 for '#', 2 for '##' ...


@dataclass(frozen=True)
class Directive:
    """An inline ``<!-- wegwijs: negeer WW101 WW105 -->``."""

    line: int
    column: int
    codes: tuple[str, ...]


@dataclass
class ExtractedText:
    blocks: list[Block]
    directives: list[Directive]
    abbreviations: dict[str, str]  # *[CAW]: Centrum Algemeen Welzijnswerk, defined on this page


_HEADING = re.compile(r"^([ \t]*)(#{1,6})(?=[ \t]|$)")
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_TABLE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_ABBREVIATION = re.compile(r"^\*\[([^\]]+)\]:[ \t]*(.*)$")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S")
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]]+\]:")
_SNIPPET = re.compile(r"^[ \t]*-{2,}8<-{2,}")
_DIRECTIVE = re.compile(r"wegwijs\s*:\s*(?:negeer|ignore)\s+([^>]*?)\s*-->", re.I)
_CODE_LIST = re.compile(r"WW\d{3}", re.I)

# Inline markup that is not text, in one alternation so a line is scanned once. Every branch starts
# with a punctuation character (so the regex engine skips plain words fast) and is linear: a negated
# class cannot run past its own closing delimiter.
_INLINE = re.compile(
    r"""
    (?=[<!`\[\]{:&*_~=^\\])  # a cheap first test: no branch starts anywhere else
    (?:
    (?P<comment><!--.*?-->)
  | (?P<comment_open><!--.*$)
  | (?P<image>!\[[^\[\]]*\](?:\([^()]*\)|\[[^\[\]]*\])?)
  | (?P<code>(?P<ticks>`+)[^`]*(?P=ticks))
  | (?P<target>\]\([^()]*\)|\]\[[^\[\]]*\])
  | (?P<footnote>\[\^[^\[\]]*\])
  | (?P<tag></?[A-Za-z][^<>]*>|<[a-z]+:[^<>]*>)
  | (?P<attrs>\{:?[ \t]*(?:[.#][\w-]|[\w-]+=)[^{}]*\})
  | (?P<template>\{\{[^{}]*\}\}|\{%[^%{}]*%\})
  | (?P<icon>:[a-z][a-z0-9_+-]*:(?!\w))
  | (?P<entity>&(?:[A-Za-z]+|\#\d+|\#x[0-9A-Fa-f]+);)
  | (?P<emphasis>\*+|_+|~~|==|\^\^|\[|\]|\\)
    )
    """,
    re.VERBOSE,
)
# Web and mail addresses start with a letter, so they have their own pass, only on lines that have
# a hint of one. A dotted run (www.ocmw.be, but also 3.500 and d.w.z) is an address only when it
# ends in a domain.
_DOMAINS = ("be", "org", "com", "nl", "eu", "net", "info", "vlaanderen", "brussels", "gent", "fr", "de")
_DOTTED_HINT = re.compile(r"\.(?:(?<=[wW]{3}\.)|(?i:" + "|".join(_DOMAINS) + r")\b)").search  # www. or .be


def _address_hint(text: str) -> bool:
    # Tests that start with a literal are fast scans; one case-insensitive alternation at every
    # position of every line cost a quarter of the extraction.
    return "@" in text or "://" in text or _DOTTED_HINT(text) is not None


# Every branch of _INLINE starts with one of these characters. Most lines have none of them, and
# this one-character scan is faster than trying the alternation.
_INLINE_START = re.compile(r"[<!`\[\]{:&*_~=^\\]").search
_ADDRESS = re.compile(
    r"""
    \b(?:https?|ftp|mailto|tel):[^\s<>\]\)]+
  | \bwww\.[^\s<>\]\)]+
  | (?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+
  | (?<![\w.-])[\w-]++(?:\.[\w-]++)*\.(?:""" + "|".join(_DOMAINS) + r""")\b(?:/[^\s)]*)?
    """,
    re.VERBOSE | re.I,
)


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


class _Extractor:
    def __init__(self, first_line: int) -> None:
        self.first_line = first_line
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.directives: list[Directive] = []
        self.abbreviations: dict[str, str] = {}
        self.line_number = first_line

    # -- blocks ---------------------------------------------------------------------------------
    def end_block(self) -> None:
        if self.current is not None and self.current.pieces:
            self.blocks.append(self.current)
        self.current = None

    def add(self, kind: str, offset: int, text: str, *, new: bool = False) -> None:
        if new or self.current is None:
            self.end_block()
            self.current = Block(kind, [])
        self.current.pieces.append(Piece(self.line_number, offset, text))

    def single(self, kind: str, offset: int, text: str, level: int = 0) -> None:
        self.end_block()
        if text.strip():
            self.blocks.append(Block(kind, [Piece(self.line_number, offset, text)], level))

    # -- inline masking -------------------------------------------------------------------------
    def mask(self, text: str, offset: int) -> tuple[str, bool]:
        """Mask inline markup; returns the text and whether an HTML comment stays open."""
        opened = False

        def replace(match: re.Match[str]) -> str:
            nonlocal opened
            kind = match.lastgroup
            if kind in ("comment", "comment_open"):
                directive = _DIRECTIVE.search(match.group())
                if directive:
                    codes = tuple(code.upper() for code in _CODE_LIST.findall(directive.group(1)))
                    self.directives.append(Directive(self.line_number, offset + match.start() + 1, codes))
                opened = kind == "comment_open"
            return _blank(match)

        if _INLINE_START(text):
            # Only a comment needs the Python callback; everything else is blanked as it is.
            text = _INLINE.sub(replace if "<!--" in text else _blank, text)
        if _address_hint(text):
            text = _ADDRESS.sub(_blank, text)
        return text, opened


def extract(markdown: str, first_line: int = 1) -> ExtractedText:
    """Split ``markdown`` (starting at file line ``first_line``) into blocks of masked text.

    What is code, raw HTML or front matter comes from ``content.blocks``, the reader every scanner
    shares; those lines are not text.
    """
    state = _Extractor(first_line)
    layout = read(markdown, front_matter=True)
    lines = markdown.split("\n")
    in_comment = False
    in_table = False
    for index, line in enumerate(lines):
        if line.endswith("\r"):
            line = line[:-1]
        state.line_number = first_line + index
        if in_comment:  # inside a multi-line HTML comment
            line, in_comment = _comment_rest(state, line)
            if in_comment:
                continue
        elif layout.kinds[index] not in _TEXT_KINDS:
            state.end_block()
            continue
        if not line.strip():
            state.end_block()
            in_table = False
            continue
        in_comment, in_table = _text_line(state, lines, index, line, in_table)
    state.end_block()
    return ExtractedText(state.blocks, state.directives, state.abbreviations)


#: Line kinds that hold text (the inside of a comment is read for directives).
_TEXT_KINDS = frozenset({TEXT, COMMENT})


def _comment_rest(state: _Extractor, line: str) -> tuple[str, bool]:
    """A line inside an HTML comment: keep its directive; the text after the comment's end, if any."""
    directive = _DIRECTIVE.search(line)
    if directive:
        codes = tuple(code.upper() for code in _CODE_LIST.findall(directive.group(1)))
        state.directives.append(Directive(state.line_number, 1, codes))
    end = line.find("-->")
    if end < 0:
        return line, True
    return " " * (end + 3) + line[end + 3:], False


def _text_line(state: _Extractor, lines: list[str], index: int, line: str, in_table: bool) -> tuple[bool, bool]:
    """Add one line of text to the blocks; returns whether a comment stays open and a table goes on."""
    stripped = line.strip()
    first = stripped[0]
    if (first.isalpha() or first == "#") and "<" not in line and "|" not in line:
        # Most lines of a page: no block markup but a heading starts with a letter or '#', and
        # without '<' there is no HTML or comment, so only inline markup needs masking.
        masked, _ = state.mask(line, 0)
        heading = _HEADING.match(masked) if first == "#" else None
        if heading:
            _add_heading(state, masked, heading)
        elif masked.isspace():
            state.end_block()
        else:
            state.add(PARAGRAPH, 0, masked)
        return False, in_table
    if _SNIPPET.match(line) or _LINK_DEFINITION.match(line):
        state.end_block()
        return False, in_table
    abbreviation = _ABBREVIATION.match(line)
    if abbreviation:
        state.end_block()
        state.abbreviations[abbreviation.group(1).strip()] = abbreviation.group(2).strip()
        return False, in_table

    quote = BLOCKQUOTE.match(line)
    if quote:
        line = " " * quote.end() + line[quote.end():]

    masked, in_comment = state.mask(line, 0)
    if RULE_OR_UNDERLINE.match(line) or not masked.strip():
        state.end_block()  # a rule, or a line of only markup (a tag, a comment), separates blocks
        return in_comment, in_table

    heading = _HEADING.match(masked)
    if heading:
        _add_heading(state, masked, heading)
        return in_comment, in_table
    admonition = ADMONITION.match(line)
    if admonition:
        state.end_block()
        if admonition.group(2):
            start = admonition.start(2)
            state.single(TITLE, start, masked[start: admonition.end(2)])
        return in_comment, in_table

    if "|" in masked and (in_table or _is_table_header(lines, index, masked)):
        state.end_block()
        if not _TABLE_SEPARATOR.match(masked):
            for start, cell in _cells(masked):
                state.single(TABLE_CELL, start, cell)
        return in_comment, True

    item = LIST_ITEM_LINE.match(line)
    if item:
        state.add(LIST_ITEM, 0, " " * item.end() + masked[item.end():], new=True)
        return in_comment, in_table
    footnote = _FOOTNOTE_DEFINITION.match(masked)
    if footnote:
        state.add(PARAGRAPH, 0, " " * footnote.end() + masked[footnote.end():], new=True)
        return in_comment, in_table
    state.add(PARAGRAPH, 0, masked)
    return in_comment, in_table


def _add_heading(state: _Extractor, masked: str, heading: re.Match[str]) -> None:
    text = " " * heading.end() + masked[heading.end():]
    close = _HEADING_CLOSE.search(text)
    if close:
        text = text[: close.start()] + " " * (len(text) - close.start())
    state.single(HEADING, 0, text, len(heading.group(2)))


def _is_table_header(lines: list[str], index: int, masked: str) -> bool:
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return "|" in following and bool(_TABLE_SEPARATOR.match(following))


def _cells(masked: str) -> list[tuple[int, str]]:
    cells = []
    start = 0
    for position, char in enumerate(masked):
        if char == "|" and (position == 0 or masked[position - 1] != "\\"):
            cells.append((start, masked[start:position]))
            start = position + 1
    cells.append((start, masked[start:]))
    return [(offset, text) for offset, text in cells if text.strip()]
