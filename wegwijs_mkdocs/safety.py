"""Safe output, wired into MkDocs (this hook runs after every other Wegwijs hook).

- every value the templates print is escaped (``page.meta``, the ``wegwijs`` context, the settings);
- every page body is sanitised with an allowlist (nh3) before the theme wraps it;
- every page of the site and the kiosk gets a Content-Security-Policy under which only the
  theme's own inline scripts run, and any other inline script is removed; during ``mkdocs serve``
  too, where the live-reload script MkDocs adds is allowed by its hash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from wegwijs.content.depth import limit_nesting
from wegwijs.content.files import outside_finding, points_outside
from wegwijs.safety.csp import ThemeScripts, allow_added_scripts, secure_page
from wegwijs.safety.escape import escape_values
from wegwijs.safety.sanitize import clean_html, clean_text
from wegwijs_mkdocs.log import report
from wegwijs_mkdocs.state import state

_theme: dict[str, ThemeScripts] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Settings reach the footer and the kiosk bar; Wegwijs reads its own copy from mkdocs.yml.
    extra = config.extra
    if isinstance(extra.get("wegwijs"), dict):
        extra["wegwijs"] = escape_values(extra["wegwijs"])
    # Category labels become navigation titles, which Material prints as they are.
    config.nav = _escaped_nav(config.nav)
    return config


def _escaped_nav(nav: Any) -> Any:
    if isinstance(nav, list):
        return [_escaped_nav(item) for item in nav]
    if isinstance(nav, dict):
        return {escape_values(title): _escaped_nav(target) for title, target in nav.items()}
    return nav


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Never read or copy a file that is a symlink out of the project (site or kiosk)."""
    project = state().project
    if project is None:
        return files
    root = project.settings.project_dir
    for file in list(files):
        # Only files that sit in the project (the theme's own files live in site-packages).
        path = Path(file.abs_src_path) if file.abs_src_path else None
        if path is not None and path.absolute().is_relative_to(root.absolute()) and points_outside(path, root):
            files.remove(file)
            report([outside_finding(Path(file.abs_src_path), root)])
    return files


def on_env(env, config: MkDocsConfig, files: Files):
    _theme["scripts"] = ThemeScripts.from_dirs(config.theme.dirs)
    return env


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Material prints page.meta.title, .description and tags as they are.
    page.meta = escape_values(page.meta)
    markdown, findings = limit_nesting(markdown, 1, page.file.src_uri)
    document = state().documents.get(page.file.src_uri)
    if findings and document is not None:
        # Other hooks may have changed the Markdown; the line the editor needs is in the source.
        findings = limit_nesting(document.body, document.body_line, document.rel_path)[1] or findings
    report(findings)
    # The anonymity guard of every page under dialoog/ runs in the engine's check of the project
    # (wegwijs.pipeline), the same one 'wegwijs check' runs.
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page._title_from_render:  # a title taken from the first heading: text only
        page._title_from_render = Markup(clean_text(page._title_from_render))
    return clean_html(html)


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
    if "wegwijs" in context:
        context["wegwijs"] = escape_values(context["wegwijs"])
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _secure(output)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str | None:
    if not template_name.endswith(".html"):
        return None
    return _secure(output_content)


def _secure(output: str) -> str:
    return secure_page(output, _theme.get("scripts") or ThemeScripts())


def on_serve(server, config: MkDocsConfig, builder) -> Any:
    """Served pages keep the policy: the live-reload script MkDocs adds to each response is allowed
    by its hash (it holds a number that changes per request), and nothing else is."""
    inject = getattr(server, "_inject_js_into_html", None)
    if inject is None:  # another MkDocs: its reload script is blocked, the pages still show
        return server

    def inject_allowed(content: bytes, epoch: int) -> bytes:
        return allow_added_scripts(content, inject(content, epoch))

    server._inject_js_into_html = inject_allowed
    return server
