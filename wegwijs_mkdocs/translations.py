"""Translated sheets on the site: ``/<lang>/fiches/<slug>/``, a home page and category pages per
language, the language switch, the note on a stale translation, ``lang`` and ``dir`` per page.

Why not mkdocs-static-i18n or Material's ``extra.alternate``: both expect every language to be a
full copy of ``docs/`` (a build per language, or pages in the docs folder with a suffix), while
theme sheets are files Wegwijs generates from ``theme_sheets/`` and most sheets exist only in
Dutch. Material's own language support is used per page instead: ``partials/language.html`` picks
Material's strings, ``<html lang>`` and ``<body dir>`` from the page's ``ww_lang``.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Link, Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import normalize_url

from wegwijs.content.markup import check_html, check_links, links, neutralize_html, resolve
from wegwijs.translation.bidi import ltr_digits
from wegwijs.translation.collection import Translations, load_translations
from wegwijs.translation.languages import DUTCH, Language, language
from wegwijs.translation.model import Translation
from wegwijs.translation.strings import Strings, dutch, load_strings, strings_files, unknown_language_files
from wegwijs_mkdocs.log import report
from wegwijs_mkdocs.state import BuildState, state

SHEETS_URI = "fiches"
CATEGORY_URI = "categorie"
_MATERIAL_LANGUAGES = Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"


@dataclass
class _Page:
    kind: str  # 'sheet' | 'home' | 'category'
    lang: Language
    translation: Translation | None = None
    category: str | None = None


@dataclass
class _Build:
    owner: BuildState | None = None
    translations: Translations = field(default_factory=Translations)
    strings: dict[str, Strings] = field(default_factory=dict)
    pages: dict[str, _Page] = field(default_factory=dict)
    navs: dict[str, Navigation] = field(default_factory=dict)


_build = _Build()


def on_config(config: MkDocsConfig) -> MkDocsConfig | None:
    global _build
    current = state()
    _build = _Build(owner=current)
    project = current.project
    if project is None:
        return None
    settings = project.settings
    organisation = settings.organisation
    allowed = tuple(
        value for value in (getattr(organisation, k, None) for k in ("phone", "email", "address")) if value
    )
    _build.translations = load_translations(
        settings.theme_sheets_dir, settings.project_dir, project.sheet, settings.category_ids, allowed=allowed
    )
    report(_build.translations.all_findings())
    report(unknown_language_files(settings.project_dir))
    codes = {lang.code for lang in _build.translations.languages()} | set(strings_files(settings.project_dir))
    for code in sorted(codes):
        if language(code) is not None:
            strings, findings = load_strings(settings.project_dir, code, settings.category_ids)
            _build.strings[code] = strings
            report(findings)
    return None


def sheet_uri(lang: str, slug: str) -> str:
    return f"{lang}/{SHEETS_URI}/{slug}.md"


def on_files(files: Files, config: MkDocsConfig) -> Files | None:
    project = state().project
    if project is None:
        return None
    for lang in _build.translations.languages():
        for translation in _build.translations.in_language(lang.code):
            uri = sheet_uri(lang.code, translation.slug)
            files.append(File.generated(
                config, uri, abs_src_path=str(translation.document.path), inclusion=InclusionLevel.NOT_IN_NAV
            ))
            _build.pages[uri] = _Page("sheet", lang, translation=translation)
        uri = f"{lang.code}/index.md"
        files.append(File.generated(config, uri, content="\n", inclusion=InclusionLevel.NOT_IN_NAV))
        _build.pages[uri] = _Page("home", lang)
        for category in project.settings.categories:
            uri = f"{lang.code}/{CATEGORY_URI}/{category.id}.md"
            files.append(File.generated(config, uri, content="\n", inclusion=InclusionLevel.NOT_IN_NAV))
            _build.pages[uri] = _Page("category", lang, category=category.id)
    return files


def page_source(uri: str) -> str | None:
    """The Markdown of a page this module makes (wegwijs_content's on_page_read_source asks)."""
    entry = _build.pages.get(uri)
    if entry is None:
        return None
    return "\n" + entry.translation.document.body if entry.translation else "\n"


def _interface_lang(entry: _Page) -> Language:
    """The language of a generated page: the page's own when its texts are translated, else Dutch."""
    strings = _build.strings.get(entry.lang.code)
    return entry.lang if strings is not None and strings.complete else DUTCH


def _meta_lang(lang: Language) -> dict[str, str]:
    material = lang.code if (_MATERIAL_LANGUAGES / f"{lang.code}.html").is_file() else "en"
    return {"code": lang.code, "dir": lang.dir, "material": material}


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    entry = _build.pages.get(page.file.src_uri)
    if entry is None:
        return None
    project = state().project
    if entry.translation is not None:
        translation = entry.translation
        page.meta = {
            "title": translation.title, "description": translation.description, "template": "sheet.html",
            "ww_lang": _meta_lang(entry.lang),
        }
        return _translated_markdown(translation, page.file.src_uri, files)
    shown = _interface_lang(entry)
    texts = _texts(shown.code)
    page.meta = {"ww_lang": _meta_lang(shown), "search": {"exclude": True}}
    if entry.kind == "home":
        page.meta.update(title=texts["home_titel"], template="home.html")
        return "\n" + texts["home_tekst"] + "\n"
    category = project.settings.category(entry.category)
    own = _category_text(shown.code, category)
    page.meta.update(title=own["label"], template="category.html")
    return "\n" + own["description"] + "\n" if own["description"] else "\n"


def _texts(code: str) -> dict[str, str]:
    strings = _build.strings.get(code)
    return strings.all() if strings is not None else Strings("nl").all()


def _category_text(code: str, category) -> dict[str, str]:
    strings = _build.strings.get(code)
    own = strings.category(category.id) if strings is not None else None
    return {
        "label": (own.label if own and own.label else category.label),
        "description": (own.description if own and own.description else category.description),
    }


def _translated_markdown(translation: Translation, uri: str, files: Files) -> str:
    """The translation's body, checked like every page, with links made to work from /<lang>/.

    Links are written as in the Dutch sheet (relative to ``theme_sheets/``); a link to a sheet
    that is translated into this language goes to the translation, any other to the Dutch page.
    """
    document = translation.document
    dutch_uri = f"{SHEETS_URI}/{translation.slug}.md"
    exists = lambda target: files.get_file_from_path(target) is not None  # noqa: E731
    findings = check_html(document.body, document.body_line, document.rel_path)
    findings += check_links(document.body, document.body_line, document.rel_path, dutch_uri, exists)
    document.findings.extend(findings)
    report(findings)
    body = document.body
    if any(f.code == "WW503" for f in findings):
        body = neutralize_html(body)
    body = _retarget_links(body, document.body_line, dutch_uri, uri, exists)
    if translation.language.rtl:
        body = ltr_digits(body)
    return "\n" + body


def _retarget_links(body: str, first_line: int, dutch_uri: str, uri: str, exists) -> str:
    lines = body.split("\n")
    for link in sorted(links(body, first_line), key=lambda l: (l.line, -l.column)):
        target = resolve(link.target, dutch_uri)
        if target is None:
            continue
        own = f"{uri.split('/', 1)[0]}/{target}"
        if exists(own):
            continue
        relative = posixpath.relpath(target, posixpath.dirname(uri))
        index = link.line - first_line
        line = lines[index]
        start = line.find(link.target, link.column - 1)
        if start >= 0:
            fragment = link.target[len(link.target.split("#", 1)[0]):]
            lines[index] = line[:start] + relative + fragment + line[start + len(link.target):]
    return "\n".join(lines)


def _switch(slug: str, current: str) -> list[dict[str, Any]]:
    """The language switch of one sheet: Dutch first, then each translation by its code."""
    translations = _build.translations.of(slug)
    if not translations:
        return []
    entries = [{"code": "nl", "name": DUTCH.name, "dir": "ltr", "url": f"{SHEETS_URI}/{slug}/"}]
    entries += [
        {"code": t.lang, "name": t.language.name, "dir": t.language.dir, "url": f"{t.lang}/{SHEETS_URI}/{slug}/"}
        for t in translations
    ]
    for entry in entries:
        entry["current"] = entry["code"] == current
    return entries


def _category_card(code: str, category, prefix: str) -> dict[str, Any]:
    own = _category_text(code, category)
    return {
        "id": category.id, "label": own["label"], "description": own["description"], "icon": category.icon,
        "url": f"{prefix}{CATEGORY_URI}/{category.id}/",
    }


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav) -> dict[str, Any]:
    wegwijs = context.get("wegwijs")
    project = state().project
    if not isinstance(wegwijs, dict) or project is None:
        return context
    uri = page.file.src_uri
    entry = _build.pages.get(uri)
    lang = entry.lang if entry else DUTCH
    shown = _interface_lang(entry) if entry else DUTCH
    wegwijs["strings"] = _texts(shown.code)
    wegwijs["lang"] = {"code": lang.code, "dir": lang.dir, "name": lang.name}
    wegwijs["interface_translated"] = shown.code == lang.code
    wegwijs["home_languages"] = [
        {"code": l.code, "name": l.name, "dir": l.dir, "url": f"{l.code}/"} for l in _build.translations.languages()
    ]
    if entry is None:
        sheet = wegwijs.get("sheet")
        if sheet:
            wegwijs["languages"] = _switch(sheet["slug"], "nl")
        return context
    prefix = f"{lang.code}/"
    if shown.code == lang.code and nav is not None:
        context["nav"] = _language_nav(nav, lang.code)
    if entry.translation is not None:
        translation = entry.translation
        category = project.settings.category(translation.category)
        wegwijs["sheet"] = {
            "slug": translation.slug, "title": translation.title, "description": translation.description,
            "icon": translation.icon, "url": f"{prefix}{SHEETS_URI}/{translation.slug}/",
            "category": _category_card(shown.code, category, prefix), "review": None,
            "contact": translation.contact,
        }
        wegwijs["translation"] = {"stale": translation.stale, "dutch_url": f"{SHEETS_URI}/{translation.slug}/"}
        wegwijs["languages"] = _switch(translation.slug, lang.code)
        wegwijs["start_url"] = prefix
    elif entry.kind == "home":
        wegwijs["categories"] = [
            dict(_category_card(shown.code, c, prefix), count=len(_sheets_in(lang.code, c.id)[0]))
            for c in project.settings.categories
        ]
        wegwijs["language_home"] = True
    else:
        category = project.settings.category(entry.category)
        translated, dutch = _sheets_in(lang.code, category.id)
        wegwijs["category"] = {
            **_category_card(shown.code, category, prefix),
            "sheets": translated + dutch,
        }
        wegwijs["start_url"] = prefix
    return context


def _language_nav(nav: Navigation, code: str) -> Navigation:
    """The menu of a page in ``code``: "Start" and the categories in that language, leading to that
    language's pages; the other entries (pages that exist only in Dutch) stay as they are.

    Material draws the menu from the page context's ``nav``, so this swaps one object per language
    (built once) instead of overriding Material's templates. Its entries are links, which Material
    never marks as the current page: the breadcrumb-free sheet and category pages say where you are.
    """
    if code in _build.navs:
        return _build.navs[code]
    project = state().project
    texts = _texts(code)
    items = []
    for item in nav.items:
        uri = item.file.src_uri if isinstance(item, Page) else None
        category_id = uri[len(CATEGORY_URI) + 1 : -len(".md")] if uri and uri.startswith(f"{CATEGORY_URI}/") else None
        category = project.settings.category(category_id) if category_id else None
        if uri == "index.md":
            items.append(Link(texts["start"], f"{code}/"))
        elif category is not None:
            items.append(Link(_category_text(code, category)["label"], f"{code}/{CATEGORY_URI}/{category.id}/"))
        else:
            items.append(item)
    own = Navigation(items, nav.pages)
    own.homepage = nav.homepage
    _build.navs[code] = own
    return own


def _sheets_in(code: str, category_id: str) -> tuple[list[dict], list[dict]]:
    """Cards for a category page in one language: its translations, then the sheets only in Dutch."""
    project = state().project
    translated, dutch = [], []
    for sheet in project.sheets_in(category_id):
        translation = _build.translations.get(sheet.slug, code)
        if translation is not None:
            translated.append({
                "slug": sheet.slug, "title": translation.title, "description": translation.description,
                "icon": translation.icon, "url": f"{code}/{SHEETS_URI}/{sheet.slug}/",
            })
        else:
            dutch.append({
                "slug": sheet.slug, "title": sheet.title, "description": sheet.description, "icon": sheet.icon,
                "url": f"{SHEETS_URI}/{sheet.slug}/", "lang": "nl",
            })
    return translated, dutch


_HTML_TAG = re.compile(r"<html\b([^>]*)>")


#: Parts of every page that stay Dutch (the site's menu and footer): marked, so a screen reader
#: on a French or Arabic page reads them with a Dutch voice.
_DUTCH_PARTS = re.compile(r'<(nav class="md-nav md-nav--primary"|footer class="md-footer")')


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str | None:
    """Material sets ``dir`` on ``<body>``; put it on ``<html>`` too, so the whole document (and
    the browser's scrollbar) is right-to-left for Arabic, Persian and Pashto."""
    meta_lang = (page.meta or {}).get("ww_lang")
    if not meta_lang or meta_lang.get("code") == "nl":
        return None
    output = _DUTCH_PARTS.sub(lambda m: f'<{m.group(1)} lang="nl"', output)
    if meta_lang.get("code") in _build.navs:
        output = _own_menu_links(output, page, meta_lang["code"], meta_lang.get("dir", "ltr"))
    if meta_lang.get("dir") != "rtl":
        return output
    return _HTML_TAG.sub(lambda m: f'<html{m.group(1)} dir="rtl">' if "dir=" not in m.group(1) else m.group(), output, count=1)


def _own_menu_links(output: str, page: Page, code: str, direction: str) -> str:
    """The menu is marked Dutch; its entries in the page's language say so (a screen reader reads
    them with the right voice). The hrefs are the ones Material writes: relative to the page.

    Material marks the current page only for its own page entries, not for links: the entry of this
    very page gets Material's mark here, and ``aria-current`` for a screen reader."""
    for item in _build.navs[code].items:
        if isinstance(item, Link):
            href = html.escape(normalize_url(item.url, page), quote=True)
            here = item.url.strip("/") == page.url.strip("/")
            mark = ' class="md-nav__link md-nav__link--active" aria-current="page"' if here else ' class="md-nav__link"'
            output = output.replace(
                f'<a href="{href}" class="md-nav__link">', f'<a href="{href}"{mark} lang="{code}" dir="{direction}">'
            )
    return output


def translations() -> Translations:
    """This build's translations (the brochure reads them)."""
    return _build.translations


def on_env(env, config: MkDocsConfig, files: Files):
    # Pages without a page context (404.html) still need the interface texts: the Dutch ones.
    env.globals["ww_nl"] = dutch()
    return env
