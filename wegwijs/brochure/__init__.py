"""The printable welcome brochure: Jinja2 + print CSS -> WeasyPrint -> one accessible PDF.

No MkDocs here: the adapter (``wegwijs_mkdocs.brochure``) and the command line both call
``build_brochure``. The names below load on first use: importing a light submodule such as
``wegwijs.brochure.selection`` must not pay for the renderer.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "FILE_NAME": "wegwijs.brochure.selection",
    "BrochureOptions": "wegwijs.brochure.build",
    "BrochureResult": "wegwijs.brochure.build",
    "build_brochure": "wegwijs.brochure.build",
    "one_document": "wegwijs.brochure.build",
    "MarkdownSetup": "wegwijs.brochure.body",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'wegwijs.brochure' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
