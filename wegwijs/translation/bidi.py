"""Numbers in right-to-left text: phone numbers and other digit groups are kept left to right.

Without this, '03 620 15 60' in an Arabic sentence reads '60 15 620 03' (each group is left to
right, but the spaces between them follow the Arabic text). The site and the brochure both use it.
"""

from __future__ import annotations

import re

#: Phone numbers and other digit groups.
_DIGIT_GROUPS = re.compile(r"(?<![\w/.#-])\+?\d[\d]*(?:[ ./-]\d+)+(?![\w/-])")


def ltr_digits(body: str) -> str:
    """``body`` (Markdown) with each digit group in ``<bdi dir="ltr">``; code, links and HTML stay as they are."""
    out, fenced = [], False
    for line in body.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and "](" not in line and "<" not in line:
            line = _DIGIT_GROUPS.sub(lambda m: f'<bdi dir="ltr">{m.group()}</bdi>', line)
        out.append(line)
    return "\n".join(out)
