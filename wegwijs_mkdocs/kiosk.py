"""The kiosk build (``mkdocs-kiosk.yml``): leave out staff pages and downloads, keep every link on
the local site, and give the templates the idle-timer settings. Does nothing in the website build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

from wegwijs.kiosk.links import rewrite_links
from wegwijs.kiosk.options import KioskOptions
from wegwijs.kiosk.pages import is_download, is_staff_uri, page_path, says_staff, site_path
from wegwijs_mkdocs.log import report
from wegwijs_mkdocs.state import state

#: Per build: the site paths of the pages the kiosk leaves out, and the src_uris they came from.
_left_out: dict[str, set[str]] = {"paths": set(), "uris": set()}


def _active() -> bool:
    return state().kiosk


def on_config(config: MkDocsConfig) -> MkDocsConfig | None:
    _left_out["paths"], _left_out["uris"] = set(), set()
    if not _active():
        return None
    # No "edit this page" button and no link to the source repository on a public screen.
    config.repo_url = None
    config.edit_uri = None
    options = KioskOptions.from_settings(state().project.settings.kiosk)
    report(options.findings(Path(config.config_file_path).name))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files | None:
    if not _active():
        return None
    for file in files:
        if _leave_out(file):
            # Excluded, not removed: links to the page still resolve for the content checks, and
            # on_post_page turns them into plain text.
            file.inclusion = InclusionLevel.EXCLUDED
            _left_out["uris"].add(file.src_uri)
            if file.is_documentation_page():
                _left_out["paths"].add(page_path(file.dest_uri))
    config.nav = _prune_nav(config.nav)
    return files


def _leave_out(file) -> bool:
    if is_staff_uri(file.src_uri) or is_download(file.src_uri):
        return True
    if file.is_documentation_page() and file.abs_src_path and Path(file.abs_src_path).is_file():
        return says_staff(Path(file.abs_src_path).read_bytes())
    return False


def _prune_nav(nav: list | None) -> list | None:
    if nav is None:
        return None
    pruned = []
    for item in nav:
        title, target = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if isinstance(target, list):
            children = _prune_nav(target)
            if children:
                pruned.append({title: children} if title is not None else children)
        elif not _nav_target_left_out(str(target)):
            pruned.append(item)
    return pruned


def _nav_target_left_out(target: str) -> bool:
    return (
        "://" in target
        or target.startswith(("mailto:", "tel:"))
        or is_download(target)
        or is_staff_uri(target)
        or target in _left_out["uris"]
    )


def on_env(env, config: MkDocsConfig, files: Files):
    if _active():
        env.globals["ww_kiosk"] = KioskOptions.from_settings(state().project.settings.kiosk).for_page()
    return env


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str | None:
    if not _active():
        return None
    return _rewrite(output, page.url)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str | None:
    if not _active() or not template_name.endswith(".html"):
        return None
    return _rewrite(output_content, "")


def _rewrite(output: str, page_url: str) -> str:
    paths = _left_out["paths"]
    return rewrite_links(output, is_left_out=lambda href: site_path(page_url, href) in paths)


def kiosk_context() -> dict[str, Any]:
    """For tests and other features: is this the kiosk build, and what does it leave out."""
    return {"kiosk": _active(), "left_out": sorted(_left_out["paths"])}
