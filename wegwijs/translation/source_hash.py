"""The hash of a Dutch sheet's text: what a translation was made from.

Only what a translator translates counts (title, description, contact and body), so renewing
``reviewed`` or changing ``order`` does not make every translation look stale. Twelve hex digits
are plenty to tell versions of one sheet apart and short enough to read in a front matter.
"""

from __future__ import annotations

import hashlib
import json

from wegwijs.content.source import SourceDocument

LENGTH = 12
_TEXT_KEYS = ("title", "description", "contact")


def source_hash(dutch: SourceDocument) -> str:
    meta = dutch.meta or {}
    text = {key: meta.get(key) for key in _TEXT_KEYS}
    text["body"] = "\n".join(line.rstrip() for line in dutch.body.strip().split("\n"))
    data = json.dumps(text, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:LENGTH]
