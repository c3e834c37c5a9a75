"""The brochure as parts: cover, contents, one part per sheet, glossary and back page.

Each part is an HTML fragment from a Jinja2 template. A part is the unit of caching: its key is the
hash of its own HTML plus everything that shapes its layout (CSS, page skeleton, paper, engine), so
editing one sheet changes one key.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from wegwijs.brochure import codes
from wegwijs.brochure.body import MarkdownSetup, check_images, render_markdown, split_last_section
from wegwijs.brochure.fetch import Allowed, outside_findings
from wegwijs.brochure.language import DUTCH, PrintLanguage
from wegwijs.brochure.settings import BrochureSettings
from wegwijs.brochure.qr import qr_data_uri, qr_marker  # noqa: F401 (qr_data_uri re-exported)
from wegwijs.content.sheet import SheetText, ThemeSheet
from wegwijs.findings import Finding
from wegwijs.glossary import Term
from wegwijs.project import Project
from wegwijs.safety.sanitize import clean_html
from wegwijs.translation.bidi import ltr_digits

TEMPLATES = Path(__file__).parent / "templates"
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATES)),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

#: Fetches an icon by Material name ('material/cash') and returns its SVG text, or None.
IconLoader = Callable[[str], "str | None"]


@dataclass
class Part:
    kind: str  # cover | contents | sheet | decisions | glossary | notes | back
    title: str
    html: str
    #: Local files the HTML refers to (images, logo): their bytes are part of the cache key.
    assets: list[Path] = field(default_factory=list)
    slug: str | None = None
    category: str | None = None

    def key(self, layout_signature: str) -> str:
        digest = hashlib.sha256()
        digest.update(layout_signature.encode())
        digest.update(self.kind.encode() + b"\0" + self.html.encode())
        for asset in sorted(self.assets):
            digest.update(str(asset).encode())
            digest.update(hashlib.sha256(asset.read_bytes()).digest() if asset.is_file() else b"-")
        return digest.hexdigest()[:32]


def render(template: str, language: PrintLanguage = DUTCH, **context: Any) -> str:
    """``template`` with ``t``: the texts of ``language`` (Dutch where it has none)."""
    return _env.get_template(template).render(t=language.texts, say=language.say, nl=language.dutch_part, ltr=language.ltr, **context)


def template_sources() -> str:
    """Every template and the CSS: part of every cache key, so a design change re-renders all."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted(TEMPLATES.iterdir()) if p.is_file())


def sheet_url(site_url: str | None, slug: str, lang: str | None = None) -> str | None:
    """The sheet's page on the website; a translation's is ``/<lang>/fiches/<slug>/``."""
    if not site_url:
        return None
    return site_url.rstrip("/") + (f"/{lang}" if lang else "") + f"/fiches/{slug}/"


def icon_data_uri(svg: str, colour: str = "#17466e") -> str:
    coloured = svg.replace("<svg ", f'<svg fill="{colour}" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(coloured.encode()).decode()


def sheet_part(
    sheet: ThemeSheet | SheetText,
    project: Project,
    setup: MarkdownSetup,
    *,
    site_url: str | None,
    icons: IconLoader | None,
    cache_dir: Path | None = None,
    allowed: Allowed | None = None,
    language: PrintLanguage = DUTCH,
) -> tuple[Part, list[Finding]]:
    """A sheet, or a translation of one (then ``language`` is the translation's)."""
    document = sheet.document
    base_dir = document.path.parent
    images, findings = check_images(document.body, document.body_line, document.rel_path, base_dir, allowed)
    if allowed is not None:
        findings += outside_findings(document.body, document.body_line, document.rel_path, base_dir, allowed)
    category = project.settings.category(sheet.category)
    # The sheet's own pictogram, else its category's: every sheet shows one.
    icon_name = sheet.icon or (category.icon if category else None)
    svg = icons(icon_name) if (icons and icon_name) else None
    translated = not language.is_dutch
    url = sheet_url(site_url, sheet.slug, language.code if translated else None)
    label = language.label(category.id, category.label) if category else ""
    stale = translated and bool(getattr(sheet, "stale", False))
    markdown = ltr_digits(document.body) if language.rtl else document.body
    body, last = split_last_section(render_markdown(markdown, setup))
    html = render(
        "sheet.html.j2",
        language,
        anchor=f"fiche-{sheet.slug}",
        lang=language.code if translated else None,
        dir=language.dir,
        stale=stale,
        stale_url=sheet_url(site_url, sheet.slug) if stale else None,
        title=sheet.title,
        description=sheet.description,
        category=label,
        icon=icon_data_uri(svg) if svg else None,
        body=Markup(clean_html(body)),
        last=Markup(clean_html(last)),
        contact=sheet.contact,
        qr=qr_marker(url) if url else None,
        url=url,
        review=sheet.review_text,
    )
    part = Part(
        "sheet", sheet.title, html, [i.path for i in images if i.path], slug=sheet.slug,
        category=label or None,
    )
    return part, findings


def category_icons(project: Project, icons: IconLoader | None) -> dict[str, str]:
    """Each category's pictogram as a data URI, by category id (those without an icon left out)."""
    found = {}
    for category in project.settings.categories:
        svg = icons(category.icon) if icons and category.icon else None
        if svg:
            found[category.id] = icon_data_uri(svg)
    return found


def cover_part(
    project: Project, settings: BrochureSettings, today: dt.date, icons: IconLoader | None = None,
    language: PrintLanguage = DUTCH,
) -> tuple[Part, list[Finding]]:
    findings: list[Finding] = []
    organisation = project.settings.organisation
    logo_name = settings.logo or organisation.logo
    logo = None
    assets: list[Path] = []
    if logo_name:
        path = (project.settings.project_dir / logo_name).resolve()
        if path.is_file():
            logo, assets = path.as_uri(), [path]
        else:
            findings.append(
                codes.LOGO_MISSING.finding(
                    f"Het logo '{logo_name}' bestaat niet. De brochure komt er zonder logo.", "mkdocs.yml"
                )
            )
    pictograms = category_icons(project, icons)
    title, subtitle = brochure_title(settings, language)
    html = render(
        "cover.html.j2",
        language,
        title=title,
        subtitle=subtitle,
        organisation=organisation,
        logo=logo,
        icons=[
            {"icon": pictograms[c.id], "label": language.label(c.id, c.label)}
            for c in project.settings.categories if c.id in pictograms
        ],
        date=language.month_year(today),
    )
    return Part("cover", title, html, assets), findings


def brochure_title(settings: BrochureSettings, language: PrintLanguage = DUTCH) -> tuple[str, str | None]:
    """Title and subtitle: the settings' (Dutch) ones, or the translated home page title."""
    if language.is_dutch:
        return settings.title, settings.subtitle
    return language.text("home_titel"), None


def notes_part(paper: str, language: PrintLanguage = DUTCH) -> Part:
    """A page for the reader's own notes: it pads the page count instead of a blank page."""
    title = language.text("brochure_notities")
    return Part("notes", title, render("notes.html.j2", language, lines=14 if paper == "A4" else 11))


def glossary_part(terms: list[Term]) -> Part:
    return Part("glossary", "Woordenlijst", render("glossary.html.j2", terms=terms))


def back_part(
    project: Project, site_url: str | None, cache_dir: Path | None = None, language: PrintLanguage = DUTCH
) -> Part:
    organisation = project.settings.organisation
    website = organisation.website or site_url
    html = render(
        "back.html.j2",
        language,
        organisation=organisation,
        website=website,
        qr=qr_marker(website) if website else None,
    )
    return Part("back", language.text("contact"), html)


@dataclass(frozen=True)
class ContentsEntry:
    title: str
    anchor: str
    page: int | None  # None: WeasyPrint fills it in with target-counter (one-document rendering)


def contents_part(
    groups: list[tuple[str, list[ContentsEntry]]], extras: list[ContentsEntry], icons: dict[str, str] | None = None,
    language: PrintLanguage = DUTCH, note: str | None = None,
) -> Part:
    """``groups``: (category label, entries); ``icons``: a pictogram per category label; ``note``:
    a line under the list (a translated brochure says there that other sheets are only in Dutch)."""
    icons = icons or {}
    html = render(
        "contents.html.j2",
        language,
        groups=[{"label": label, "entries": entries, "icon": icons.get(label)} for label, entries in groups],
        extras=extras,
        note=note,
    )
    return Part("contents", language.text("brochure_inhoud"), html)


def document_html(
    parts: list[Part], *, title: str, author: str, paper: str, language: PrintLanguage = DUTCH
) -> str:
    """One HTML document holding ``parts``, each starting on a new page."""
    return render(
        "document.html.j2", language, parts=parts, title=title, author=author, paper=paper,
        lang=language.code, dir=language.dir,
    )
