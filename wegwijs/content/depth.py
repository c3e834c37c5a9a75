"""Lists and quotes nested so deep that Python-Markdown would run out of stack.

A list nested ~500 deep ends Python-Markdown in a RecursionError, and with it the whole build.
No reader follows more than a few levels, so beyond ``MAX_DEPTH`` the body is cut back to that
depth (the text stays) and the editor gets WW015 at the first line that goes too deep.
"""

from __future__ import annotations

import re

from wegwijs.content import codes
from wegwijs.findings import Finding

MAX_DEPTH = 20
_PREFIX = re.compile(r"^[ \t>]*")


def _depth(prefix: str) -> int:
    spaces = prefix.replace("\t", "    ")
    return spaces.count(">") + len(spaces.replace(">", "")) // 2


def limit_nesting(body: str, first_line: int, rel_path: str) -> tuple[str, list[Finding]]:
    """``body`` with no line nested deeper than ``MAX_DEPTH``, and a finding when one was."""
    lines = body.split("\n")
    first = None
    for index, line in enumerate(lines):
        prefix = _PREFIX.match(line).group()
        if len(prefix) > MAX_DEPTH and _depth(prefix) > MAX_DEPTH:
            first = index if first is None else first
            quotes = min(prefix.count(">"), MAX_DEPTH)
            lines[index] = ">" * quotes + " " * (2 * (MAX_DEPTH - quotes)) + line[len(prefix) :]
    if first is None:
        return body, []
    finding = codes.TOO_DEEP.finding(
        f"Deze lijst of dit citaat heeft meer dan {MAX_DEPTH} lagen. Maak er een korte, platte lijst van.",
        rel_path, first_line + first, 1,
    )
    return "\n".join(lines), [finding]
