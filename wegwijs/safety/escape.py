"""Escaping at the boundary: every value handed to a template is already escaped HTML.

MkDocs' Jinja environment has autoescape off, and Material prints ``page.meta.title``,
``page.meta.description`` and tags as they are. So the adapter escapes every string it gives to the
templates (front matter, glossary, settings, dialogue fields) into ``markupsafe.Markup``: printed
as is it is safe, and ``|e`` in a template does not escape it twice.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from markupsafe import Markup, escape


def escape_values(value: Any) -> Any:
    """The same structure with every string escaped (already escaped Markup is left alone)."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {k: escape_values(v) for k, v in value.items()}
    if isinstance(value, list):
        return [escape_values(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # Templates read fields by name (contact.phone); a dict answers the same way.
        return {f.name: escape_values(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(escape_values(v) for v in value)
    return value
