"""Search: add each sheet's everyday words to Material's search index after it is written.

Runs at ``on_post_build``: hooks run after the plugins, so Material's ``search_index.json`` exists.
The words go in a field of their own, which Material's search results never show.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from wegwijs.search_words import BOOST, FIELD, sheet_search_words
from wegwijs_mkdocs.content import SHEETS_URI
from wegwijs_mkdocs.log import log
from wegwijs_mkdocs.state import state


def on_post_build(config: MkDocsConfig) -> None:
    project = state().project
    index_path = Path(config.site_dir) / "search" / "search_index.json"
    if project is None or not index_path.is_file():
        return
    words = {
        f"{SHEETS_URI}/{sheet.slug}/": " ".join(sheet_search_words(sheet.title, sheet.tags, project.glossary))
        for sheet in project.sheets
    }
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        log.warning(f"De zoekfunctie kan de extra zoekwoorden niet toevoegen: {error}")
        return
    index.setdefault("config", {}).setdefault("fields", {})[FIELD] = {"boost": BOOST}
    for doc in index.get("docs", []):
        if words.get(doc.get("location")):
            doc[FIELD] = words[doc["location"]]
    index_path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
