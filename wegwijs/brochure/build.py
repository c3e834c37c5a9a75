"""Build the welcome brochure: parts -> cache -> parallel WeasyPrint -> merge (pikepdf) -> footer -> booklet."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import gc
import hashlib
import math
import multiprocessing
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wegwijs import atomic
from wegwijs.brochure import codes
from wegwijs.brochure.body import MarkdownSetup
from wegwijs.brochure.booklet import impose
from wegwijs.brochure.decisions import decisions_part, latest_decisions, load_results
from wegwijs.brochure.fetch import PACKAGE_DIR, Allowed
from wegwijs.brochure.fonts import find_fonts
from wegwijs.brochure.language import PrintLanguage, print_language
from wegwijs.brochure.footer import BOTTOM as FOOTER_BOTTOM
from wegwijs.brochure.footer import footer_css
from wegwijs.brochure.merge import MergePart, merge
from wegwijs.brochure.parts import (
    TEMPLATES,
    ContentsEntry,
    IconLoader,
    Part,
    back_part,
    category_icons,
    contents_part,
    cover_part,
    document_html,
    glossary_part,
    notes_part,
    sheet_part,
    template_sources,
)
from wegwijs.brochure.qr import with_qr_codes
from wegwijs.brochure.render import Job, render_job
from wegwijs.brochure.selection import CACHE_DIR, FILE_NAME, select_sheets  # noqa: F401 (re-exported)
from wegwijs.brochure.settings import PAPERS
from wegwijs.brochure.sheetpdf import SheetPdf
from wegwijs.content.sheet import ThemeSheet
from wegwijs.dates import build_time
from wegwijs.findings import Finding
from wegwijs.project import Project
from wegwijs.translation.collection import Translations

#: Bump when the rendering code changes in a way the templates and CSS do not show.
ENGINE_VERSION = "2"
#: The page count is a multiple of this, so the back cover is the last, even page; a booklet's
#: sheets of paper hold 4 pages each.
PAGE_MULTIPLE = {"A4": 2, "A5": 4}
BOOKLET_SUFFIX = "-boekje"
PRINT_SUFFIX = "-drukker"
#: Sheets per WeasyPrint document in a worker: big enough to spread WeasyPrint's fixed cost per
#: document, small enough to keep both workers busy until the end.
MAX_BATCH = 10

#: From this many parts on, the contents' length is measured before it is rendered (see build_brochure).
PROBE_CONTENTS_FROM = 20
_PROBE = "(inhoud-proef)"

Progress = Callable[[int, int], None]


@dataclass
class BrochureOptions:
    paper: str | None = None  # None: extra.wegwijs.brochure.paper
    booklet: bool | None = None  # None: extra.wegwijs.brochure.booklet
    sheets: list[str] | None = None  # slugs; None: the settings, else every sheet with brochure: true
    site_url: str | None = None
    markdown: MarkdownSetup = field(default_factory=MarkdownSetup)
    icons: IconLoader | None = None
    cache_dir: Path | None = None  # None: <project>/.cache/wegwijs/brochure
    workers: int = 2
    progress: Progress | None = None
    today: dt.date | None = None
    #: Also write one PDF per sheet here ('<slug>.pdf').
    sheet_dir: Path | None = None
    #: The print shop's file: bleed and crop marks (None: extra.wegwijs.brochure.print_shop).
    print_shop: bool | None = None
    #: Where docs/ is (for the dialogue results); None: <project>/docs.
    docs_dir: Path | None = None
    #: A brochure in this language (see translated.py); None: Dutch.
    lang: str | None = None
    #: The project's translations (None: read them when ``lang`` asks for them).
    translations: Translations | None = None


@dataclass
class BrochureResult:
    path: Path
    pages: int
    #: Start page (1-based) of every sheet, by slug, as the contents page shows it.
    starts: dict[str, int]
    #: Parts rendered by WeasyPrint in this run (the others came from the cache).
    rendered: list[str]
    findings: list[Finding]
    sheet_pdfs: dict[str, Path] = field(default_factory=dict)
    booklet: Path | None = None
    #: The print shop's file (bleed and crop marks), when asked.
    print_file: Path | None = None
    paper: str = "A4"
    #: Pages of every sheet, by slug.
    sheet_pages: dict[str, int] = field(default_factory=dict)


def stylesheets(
    paper: str, *, one_document: bool = False, bleed_mm: int = 0, crop_marks: bool = False, rtl: bool = False
) -> tuple[tuple[str, ...], list[Finding]]:
    fonts = find_fonts()
    findings = []
    if fonts is None:
        findings.append(
            codes.NO_FONT.finding(
                "Het lettertype DejaVu Sans of Noto Sans ontbreekt. Installeer 'fonts-dejavu-core'.", "brochure"
            )
        )
    css = [
        fonts.css() if fonts else "",
        (TEMPLATES / "brochure.css").read_text(encoding="utf-8"),
        (TEMPLATES / f"paper-{paper.lower()}.css").read_text(encoding="utf-8"),
    ]
    if rtl:
        css.append((TEMPLATES / "rtl.css").read_text(encoding="utf-8"))
    if bleed_mm or crop_marks:
        # The print shop's file: the page grows by the bleed; the marks sit in it (CSS Paged Media).
        css.append(f"@page {{ bleed: {bleed_mm}mm; marks: {'crop' if crop_marks else 'none'}; }}")
    if one_document:
        # Parts rendered one by one get their footer stamped after merging (see footer.py).
        css.append(footer_css())
    return tuple(css), findings


class _Plan:
    """Everything a build needs, computed before anything is rendered."""

    def __init__(self, project: Project, options: BrochureOptions, *, print_shop: bool = False) -> None:
        settings = project.settings
        self.cache_dir = options.cache_dir or settings.project_dir / CACHE_DIR
        self.project = project
        self.config = config = settings.brochure_settings
        self.paper = (options.paper or config.paper).upper()
        if options.booklet:
            self.paper = "A5"  # a booklet is A5 pages folded from A4
        if self.paper not in PAPERS:
            self.paper = "A4"
        self.booklet = self.paper == "A5" and (config.booklet if options.booklet is None else options.booklet)
        self.title = config.title
        self.author = settings.organisation.name
        self.findings: list[Finding] = []
        if not options.site_url:
            self.findings.append(
                codes.NO_SITE_URL.finding(
                    "In mkdocs.yml staat geen 'site_url'. De brochure krijgt daarom geen QR-codes naar de website.",
                    "mkdocs.yml",
                )
            )
        self.sheets, found = select_sheets(project, options.sheets)
        self.findings += found
        if not self.sheets:
            self.findings.append(codes.NO_SHEETS.finding("De brochure heeft geen fiches.", "mkdocs.yml"))
        self.language: PrintLanguage = print_language(project, options.lang)
        #: What is printed per sheet: the Dutch sheets, or their translations (translated.py).
        self.texts: list = self.sheets
        self.left_out = 0
        if not self.language.is_dutch:
            from wegwijs.brochure.translated import translated_texts

            self.texts = translated_texts(project, self.sheets, self.language.code, options.translations)
            self.left_out = len(self.sheets) - len(self.texts)
            self.title = self.language.text("home_titel")
        bleed = (config.bleed_mm, config.crop_marks) if print_shop else (0, False)
        self.css, found = stylesheets(self.paper, bleed_mm=bleed[0], crop_marks=bleed[1], rtl=self.language.rtl)
        self.findings += found
        fonts = find_fonts()
        self.font = fonts.regular if fonts else None
        self.icons = category_icons(project, options.icons)
        self.allowed = Allowed.make(
            [settings.theme_sheets_dir, settings.project_dir / "docs", settings.project_dir / "overrides", PACKAGE_DIR],
            [*(fonts.faces.values() if fonts else ()), *_logo(project, config)],
        )
        language = self.language
        cover, found = cover_part(project, config, options.today or build_time().date(), options.icons, language)
        self.findings += found
        self.sheet_parts = []
        for sheet in self.texts:
            part, found = sheet_part(
                sheet, project, options.markdown, site_url=options.site_url, icons=options.icons, cache_dir=self.cache_dir,
                allowed=self.allowed, language=language,
            )
            self.findings += found
            self.sheet_parts.append(part)
        # The glossary explains Dutch words and the decisions are Dutch texts: Dutch brochures only.
        terms = []
        if language.is_dutch:
            text = "\n".join(f"{s.title}\n{s.description}\n{s.document.body}" for s in self.sheets)
            terms = project.glossary.used_in(text)
        self.cover = cover
        self.decisions = None
        if config.decisions and language.is_dutch:
            results = load_results(options.docs_dir or settings.project_dir / "docs")
            overview = options.site_url.rstrip("/") + "/dialoog/" if options.site_url else None
            self.decisions = decisions_part(latest_decisions(results, config.decisions_max, options.icons), overview)
        self.glossary = glossary_part(terms) if terms else None
        self.notes = notes_part(self.paper, language)
        self.back = back_part(project, options.site_url, self.cache_dir, language)
        import weasyprint

        self.signature = hashlib.sha256(
            "\0".join(
                [
                    ENGINE_VERSION, weasyprint.__version__, self.paper, language.code, template_sources(), *self.css,
                    options.markdown.signature(),
                ]
            ).encode()
        ).hexdigest()
        self.base_url = (settings.theme_sheets_dir.resolve().as_uri()) + "/"

    def sheet_pdf(self, part: Part) -> SheetPdf:
        """How a sheet's own PDF is made, and where it is kept: next to its part, named after the
        part and the author, so a build after one edit makes one sheet PDF, not all of them."""
        name = hashlib.sha256(f"{part.key(self.signature)}\0{self.author}\0{self.font}".encode()).hexdigest()[:32]
        return SheetPdf(
            str(self.cache_dir / f"{name}.fiche.pdf"), part.title, self.author, str(self.font) if self.font else None,
            FOOTER_BOTTOM[self.paper], self.language.code, self.language.footer(),
        )

    def body_parts(self, notes: int = 0) -> list[Part]:
        """Every part but the contents, in brochure order (the contents goes after the cover).

        ``notes`` "Notities" pages go just before the back cover, to make the page count fit the paper.
        """
        extras = [p for p in (self.decisions, self.glossary) if p is not None]
        return [self.cover, *self.sheet_parts, *extras, *([self.notes] * notes), self.back]

    def contents(self, starts: dict[int, int] | None, parts: list[Part] | None = None) -> Part:
        """The contents part; ``starts`` maps a part's index in ``parts`` to its first page."""
        parts = parts if parts is not None else self.body_parts()
        groups: dict[str, list[ContentsEntry]] = {}
        extras = []
        for index, part in enumerate(parts):
            page = starts[index] if starts is not None else None
            if part.kind == "sheet":
                groups.setdefault(part.category or "", []).append(ContentsEntry(part.title, f"fiche-{part.slug}", page))
            elif part.kind in ("decisions", "glossary", "back"):
                anchor = f"ww-part-{index + 1}"
                extras.append(ContentsEntry(part.title, anchor, page))
        language = self.language
        labels = {
            language.label(c.id, c.label): self.icons[c.id] for c in self.project.settings.categories if c.id in self.icons
        }
        note = language.text("brochure_alleen_nederlands") if self.left_out else None
        return contents_part(list(groups.items()), extras, labels, language, note)


def _logo(project: Project, config) -> list[Path]:
    """The logo named in the settings (mkdocs.yml is trusted), which may sit in the project root."""
    name = config.logo or project.settings.organisation.logo
    return [project.settings.project_dir / name] if name else []


def one_document(project: Project, options: BrochureOptions) -> tuple[str, str, tuple[str, ...]]:
    """The whole brochure as one HTML document (contents numbered by WeasyPrint's target-counter).

    Returns (html, base_url, css). The benchmark renders this as its baseline.
    """
    plan = _Plan(project, options)
    parts = plan.body_parts()
    parts.insert(1, plan.contents(None))
    css, _ = stylesheets(plan.paper, one_document=True, rtl=plan.language.rtl)
    html = document_html(parts, title=plan.title, author=plan.author, paper=plan.paper, language=plan.language)
    html = with_qr_codes(html, plan.cache_dir)
    return html, plan.base_url, css


class _Renderer:
    """Looks parts up in the cache and renders the missing ones, in parallel when that pays."""

    def __init__(
        self, plan: _Plan, cache_dir: Path, workers: int, progress: Progress | None, *, sheet_pdfs: bool = False
    ) -> None:
        self.plan = plan
        #: Whether the workers also make each rendered sheet's own PDF.
        self.sheet_pdfs = sheet_pdfs
        self.cache_dir = cache_dir
        self.workers = max(1, workers)
        self.progress = progress
        self.rendered: list[str] = []
        cache_dir.mkdir(parents=True, exist_ok=True)

    def path(self, part: Part) -> Path:
        return self.cache_dir / f"{part.key(self.plan.signature)}.pdf"

    def pages(self, part: Part) -> int:
        return int(self.path(part).with_suffix(".pages").read_text())

    def ensure(self, parts: list[Part]) -> None:
        missing: list[Part] = []
        seen: set[Path] = set()
        for part in parts:
            path = self.path(part)
            if path in seen or (path.is_file() and path.with_suffix(".pages").is_file()):
                continue
            seen.add(path)
            missing.append(part)
        if not missing:
            return
        batches = self._batches(missing)
        jobs = [self._job(batch) for batch in batches]
        done = 0
        if len(jobs) == 1 or self.workers == 1:
            for batch, job in zip(batches, jobs):
                self._finish(batch, render_job(job))
                done += len(batch)
                self._report(done, len(missing))
            return
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=min(self.workers, len(jobs)), mp_context=_context()
        ) as pool:
            # Forked workers would otherwise scan (and so copy) every object the parent already had on
            # each garbage collection; frozen objects are skipped. The parent unfreezes at once.
            gc.freeze()
            try:
                futures = {pool.submit(render_job, job): batch for batch, job in zip(batches, jobs)}
            finally:
                gc.unfreeze()
            for future in concurrent.futures.as_completed(futures):
                batch = futures[future]
                self._finish(batch, future.result())
                done += len(batch)
                self._report(done, len(missing))

    def cached(self, part: Part) -> bool:
        path = self.path(part)
        return path.is_file() and path.with_suffix(".pages").is_file()

    def later(self, part: Part, expected_pages: int) -> Callable[[], Path]:
        """Start rendering ``part`` in a worker; the returned callable waits for its PDF.

        It raises _WrongLength when the part has another page count than expected.
        """
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=_context())
        future = pool.submit(render_job, self._job([part]))
        pool.shutdown(wait=False)

        def wait() -> Path:
            self._finish([part], future.result())
            if self.pages(part) != expected_pages:
                raise _WrongLength
            return self.path(part)

        return wait

    def _batches(self, parts: list[Part]) -> list[list[Part]]:
        if len(parts) <= 3 or self.workers == 1:
            return [parts]
        # Aim for several batches per worker so a slow batch at the end does not leave one idle.
        size = max(1, min(MAX_BATCH, math.ceil(len(parts) / (self.workers * 4))))
        return [parts[i : i + size] for i in range(0, len(parts), size)]

    def _job(self, batch: list[Part]) -> Job:
        html = document_html(
            batch, title=self.plan.title, author=self.plan.author, paper=self.plan.paper, language=self.plan.language
        )
        sheet_pdfs = tuple(
            self.plan.sheet_pdf(p) if self.sheet_pdfs and p.kind == "sheet" else None for p in batch
        )
        return Job(
            html, self.plan.base_url, self.plan.css, tuple(str(self.path(p)) for p in batch), str(self.cache_dir),
            self.plan.allowed, sheet_pdfs,
        )

    def _finish(self, batch: list[Part], counts: list[int]) -> None:
        for part, count in zip(batch, counts):
            atomic.write_text(self.path(part).with_suffix(".pages"), str(count))
            self.rendered.append(part.slug or part.kind)

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)


class _WrongLength(Exception):
    """A part rendered ahead came out longer or shorter than it was measured."""


def _context() -> multiprocessing.context.BaseContext:
    # fork is cheapest (WeasyPrint is already imported), but forking a process with other threads
    # (mkdocs serve's web server) can deadlock; forkserver is the safe choice then.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def build_brochure(project: Project, output: Path, options: BrochureOptions | None = None) -> BrochureResult:
    """Write the brochure to ``output`` (and per-sheet PDFs, a booklet and a print file when asked)."""
    options = options or BrochureOptions()
    plan = _Plan(project, options)
    result = _build(plan, output, options, extras=True)
    print_shop = plan.config.print_shop if options.print_shop is None else options.print_shop
    if print_shop:
        # Bleed changes every page's size: its own plan, so its own cache keys.
        shop = _Plan(project, options, print_shop=True)
        result.print_file = output.with_name(output.stem + PRINT_SUFFIX + output.suffix)
        printed = _build(shop, result.print_file, options, extras=False)
        result.rendered += printed.rendered
    return result


def _build(plan: _Plan, output: Path, options: BrochureOptions, *, extras: bool) -> BrochureResult:
    renderer = _Renderer(
        plan, plan.cache_dir, options.workers, options.progress, sheet_pdfs=extras and options.sheet_dir is not None
    )
    base = plan.body_parts()
    # The contents' own length shifts every page number after it. A long contents is first laid out
    # with stand-in numbers, alongside the sheets in the workers: its length does not depend on the
    # digits, so the real contents is then rendered once, not twice (once per wrong guess).
    probe = None
    if len(base) > PROBE_CONTENTS_FROM:
        probe = plan.contents({index: 888 for index in range(len(base) + 3)}, plan.body_parts(3))
        probe.slug = _PROBE
    renderer.ensure([*([probe] if probe else []), *base, plan.notes])  # the probe first: not a lone job at the end
    renderer.rendered = [name for name in renderer.rendered if name != _PROBE]
    contents_pages = renderer.pages(probe) if probe else 1
    footer_bottom = FOOTER_BOTTOM[plan.paper]
    multiple = PAGE_MULTIPLE[plan.paper]
    language = plan.language

    def arranged(contents_pages: int) -> tuple[list[Part], dict[int, int]]:
        """The parts with enough "Notities" pages that the back cover is the last page of a full sheet."""
        total = sum(renderer.pages(p) for p in base) + contents_pages
        per_note = max(1, renderer.pages(plan.notes))
        notes = 0
        while (total + notes * per_note) % multiple:
            notes += 1
            if notes > multiple:  # a notes part of several pages cannot always fill the gap
                notes = 0
                break
        parts = plan.body_parts(notes)
        return parts, _starts([renderer.pages(p) for p in parts], contents_pages)

    def merged(parts: list[Part], contents: Part, late: Callable[[], Path] | None = None) -> int:
        merge_parts = []
        for p in [parts[0], contents, *parts[1:]]:
            first_notes = p.kind == "notes" and not any(m.bookmark == p.title for m in merge_parts)
            bookmark = None if p.kind == "cover" or (p.kind == "notes" and not first_notes) else p.title
            merge_parts.append(
                MergePart(
                    late if (late and p is contents) else renderer.path(p), bookmark, footer=p.kind not in ("cover", "back"),
                    last=p is contents,
                    lang=language.code if p.kind == "sheet" and not language.is_dutch else None,
                )
            )
        return merge(
            merge_parts, output, title=plan.title, author=plan.author, font=plan.font, footer_bottom=footer_bottom,
            lang=language.code, footer_text=language.footer(),
        )

    parts, starts = arranged(contents_pages)
    contents = plan.contents(starts, parts)
    pages = None
    if probe is not None and not renderer.cached(contents):
        # The measured length is nearly always right: render the contents in a worker while this
        # process merges everything else, and check the length when the merge needs the contents.
        try:
            pages = merged(parts, contents, renderer.later(contents, contents_pages))
        except _WrongLength:
            pages = None
    if pages is None:
        for _ in range(3):
            parts, starts = arranged(contents_pages)
            contents = plan.contents(starts, parts)
            renderer.ensure([contents])
            if renderer.pages(contents) == contents_pages:
                break
            contents_pages = renderer.pages(contents)
        pages = merged(parts, contents)
    sheet_starts = {p.slug: starts[i] for i, p in enumerate(parts) if p.kind == "sheet"}
    result = BrochureResult(output, pages, sheet_starts, renderer.rendered, plan.findings, paper=plan.paper)
    result.sheet_pages = {p.slug: renderer.pages(p) for p in parts if p.kind == "sheet"}
    if extras and options.sheet_dir is not None:
        options.sheet_dir.mkdir(parents=True, exist_ok=True)
        for part in plan.sheet_parts:
            target = options.sheet_dir / f"{part.slug}.pdf"
            sheet_pdf = plan.sheet_pdf(part)
            if not sheet_pdf.ready():  # its part is cached from a build that made no sheet PDFs
                sheet_pdf.write(renderer.path(part))
            tmp = atomic.temporary_name(target)
            shutil.copyfile(sheet_pdf.path, tmp)
            os.replace(tmp, target)
            result.sheet_pdfs[part.slug] = target
    if extras and plan.booklet:
        result.booklet = output.with_name(output.stem + BOOKLET_SUFFIX + output.suffix)
        impose(output, result.booklet)
    return result


def _starts(counts: list[int], contents_pages: int) -> dict[int, int]:
    """First page (1-based) of each body part, with the contents right after the cover."""
    starts, page = {}, 1
    for index, count in enumerate(counts):
        starts[index] = page
        page += count + (contents_pages if index == 0 else 0)
    return starts
