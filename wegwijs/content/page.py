"""Ordinary pages in ``docs/``: Material's own front-matter keys plus a few of Wegwijs's."""

from __future__ import annotations

from wegwijs.content.schema import Field
from wegwijs.content.sheet import LEVELS

#: Folder (inside docs/) of dialogue results; those pages have their own schema.
DIALOGUE_DIR = "dialoog"

PAGE_SCHEMA = {
    # Material for MkDocs' keys, so its features keep working.
    "title": Field(str),
    "description": Field(str),
    "icon": Field(str),
    "tags": Field(list, items=Field(str)),
    "hide": Field(list, items=Field(str, choices=("navigation", "toc", "footer", "feedback", "tags", "path"))),
    "template": Field(str),
    "status": Field(str),
    "search": Field(dict, fields={"exclude": Field(bool), "boost": Field(int)}),
    "subtitle": Field(str),
    # Wegwijs's own.
    "level": Field(str, choices=LEVELS),
    "readability": Field(dict, fields={"ignore": Field(list, items=Field(str))}),
    "staff": Field(bool, default=False, help="Een pagina voor het personeel: niet op de kiosk."),
}
