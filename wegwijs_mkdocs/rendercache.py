"""During ``mkdocs serve``, a rebuild renders again only the pages whose input changed.

Without ``--dirty``, MkDocs converts the Markdown of every page and renders every template on each
rebuild, so editing one sheet of 200 cost as much as building all 200. Wegwijs still reads and checks
every page on each rebuild (so every finding of every page is reported again, from the checks' own
caches), but a page whose input is the same as in an earlier build of this session gets its earlier
HTML back instead of being converted and rendered again.

A page's input is its source text, its front matter as the templates see it, what Wegwijs puts in its
template context, its findings, and a key for the whole site: the config file, the theme's override
files, the list of files, the glossary and the files of the pages in the navigation (which every
page shows). Pages drawn from other pages (categories, the overview of dialogue results, the
readability report, the glossary) are always rendered. ``mkdocs build`` never uses this cache.

How a page is skipped: its ``render`` is replaced, for that page object only, by one that puts back
the earlier HTML and table of contents (MkDocs makes new page objects on every build), and its template
by a one-line one whose output ``on_post_page`` replaces by the page's earlier output.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from wegwijs_mkdocs import views
from wegwijs_mkdocs.state import persistent, state

TEMPLATE = "wegwijs-cached.html"
_STORE = "render-cache"
_MAX_ENTRIES = 5000  # a long editing session: old versions of pages pile up
#: Pages drawn from other pages: always rendered.
DYNAMIC_PREFIXES = ("categorie/",)
DYNAMIC_URIS = frozenset({"dialoog/index.md", "leesbaarheid/index.md", "woordenlijst.md"})


def _store() -> dict[str, Any]:
    store = persistent.setdefault(_STORE, {"site": None, "pages": {}})
    return store


def site_key(config: MkDocsConfig, files: Files, nav: Navigation) -> str:
    """What every page shows or depends on, as one hash."""
    digest = hashlib.sha256()
    config_path = config.config_file_path
    if config_path and os.path.exists(config_path):
        digest.update(Path(config_path).read_bytes())
    for folder in config.theme.dirs:
        custom = config.theme.custom_dir
        if custom and os.path.abspath(folder) == os.path.abspath(custom):
            for path in sorted(Path(folder).rglob("*")):
                if path.is_file():
                    digest.update(f"{path}:{path.stat().st_mtime_ns}\0".encode())
    digest.update("\0".join(sorted(f.src_uri for f in files)).encode())
    for page in nav.pages:
        source = page.file.abs_src_path
        if source and os.path.exists(source):
            digest.update(f"{source}:{os.stat(source).st_mtime_ns}\0".encode())
        digest.update(f"{page.title}\0{page.url}\0".encode())
    project = state().project
    if project is not None:
        glossary = project.settings.glossary_path
        if glossary.exists():
            digest.update(glossary.read_bytes())
    return digest.hexdigest()


#: This build's key per page (src_uri); MkDocs makes new page objects on every build.
_keys: dict[str, str | None] = {}


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    current = state()
    _keys.clear()
    if current.serving:
        store = _store()
        key = site_key(config, files, nav)
        if store["site"] != key:
            store["site"], store["pages"] = key, {}
    return nav


def page_key(page: Page, findings: list) -> str | None:
    """The hash of everything this page's HTML is made from, or None when it is always rendered."""
    current = state()
    uri = page.file.src_uri
    document = current.documents.get(uri)
    if document is None or uri in current.error_pages or uri in DYNAMIC_URIS or uri.startswith(DYNAMIC_PREFIXES):
        return None
    parts = [
        _store()["site"] or "",
        uri,
        page.url,
        document.text,
        json.dumps(page.meta, sort_keys=True, default=str),
        json.dumps(views.page_context(current, page), sort_keys=True, default=str),
        "\n".join(f.format() + f"|{f.severity.value}|{f.suggestion}" for f in findings),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def skip_if_unchanged(page: Page, findings: list) -> None:
    """Called from ``on_page_markdown``: a page rendered before with the same input is not rendered again."""
    if not state().serving:
        return
    key = _keys[page.file.src_uri] = page_key(page, findings)
    entry = _store()["pages"].get(key) if key else None
    if entry is None:
        return
    content, toc, anchors, _ = entry

    def render(config: MkDocsConfig, files: Files) -> None:
        page.content, page.toc, page.present_anchor_ids = content, toc, anchors

    page.render = render  # this page object only; MkDocs makes new ones on every build
    page.meta["template"] = TEMPLATE


def cached_output(page: Page) -> str | None:
    """In ``on_post_page``: the earlier output of a page that was not rendered again."""
    if page.meta.get("template") != TEMPLATE:
        return None
    entry = _store()["pages"].get(_keys.get(page.file.src_uri))
    return entry[3] if entry else None


def keep(page: Page, output: str) -> str:
    """In ``on_post_page``, with the page's final HTML: remember it for the next rebuild."""
    key = _keys.get(page.file.src_uri)
    if key:
        pages = _store()["pages"]
        if len(pages) > _MAX_ENTRIES:
            pages.clear()
        pages[key] = (page.content, page.toc, page.present_anchor_ids, output)
    return output
