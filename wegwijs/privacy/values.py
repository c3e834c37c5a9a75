"""The anonymity guard over values, not lines.

A phone number folded over two lines of ``follow_up: >-``, or split over two lines of a paragraph,
or written with a narrow no-break space (U+202F) or a zero-width space between its digits, is one
value to a reader. So the guard reads what a reader reads: every scalar of the front matter as YAML
parses it (folded and multi-line scalars joined), every paragraph of the body with its lines joined,
and, as before, every raw line (YAML comments included). Text is NFKC-normalised, every Unicode
space separator counts as a space and invisible format characters are dropped; positions are mapped
back to the source, so the finding points at the file and line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import yaml


def normalize(text: str) -> tuple[str, list[int]]:
    """``text`` normalised for detection, and for each normalised character its offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    last_space = False
    for offset, char in enumerate(text):
        category = unicodedata.category(char)
        if category == "Zs" or char in "\t\n\r\x0b\x0c\u2028\u2029\x85":
            # A run of spaces is one space: a value folded over indented lines reads as one line.
            piece = "" if last_space else " "
        elif category == "Cf":
            piece = ""
        else:
            piece = unicodedata.normalize("NFKC", char)
        out.append(piece)
        where.extend([offset] * len(piece))
        if piece:
            last_space = piece == " "
    return "".join(out), where


def scalars(node: yaml.Node | None) -> Iterator[yaml.ScalarNode]:
    """Every scalar value in a YAML node tree (keys too: a key can hold a name)."""
    if node is None:
        return
    stack = [node]
    while stack:  # no recursion: a deeply nested front matter must not end in a RecursionError
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            yield current
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(reversed(current.value))
        elif isinstance(current, yaml.MappingNode):
            for key, value in reversed(current.value):
                stack.extend([value, key])
