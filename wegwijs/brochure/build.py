"""Build the welcome brochure: parts -> cache -> parallel WeasyPrint -> merge (pikepdf) -> footer -> booklet."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import gc
import hashlib
import math
import multiprocessing
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wegwijs.brochure import codes
from wegwijs.brochure.body import MarkdownSetup
from wegwijs.brochure.booklet import impose
from wegwijs.brochure.fonts import find_fonts
from wegwijs.brochure.merge import MergePart, merge
from wegwijs.brochure.parts import (
    TEMPLATES,
    ContentsEntry,
    IconLoader,
    Part,
    back_part,
    contents_part,
    cover_part,
    document_html,
    glossary_part,
    sheet_part,
    template_sources,
)
from wegwijs.brochure.qr import with_qr_codes
from wegwijs.brochure.render import Job, render_job
from wegwijs.brochure.selection import CACHE_DIR, FILE_NAME, select_sheets  # noqa: F401 (re-exported)
from wegwijs.content.sheet import ThemeSheet
from wegwijs.findings import Finding
from wegwijs.project import Project

#: Bump when the rendering code changes in a way the templates and CSS do not show.
ENGINE_VERSION = "1"
PAPERS = ("A4", "A5")
#: Points from the lower page edge to the footer's baseline, per paper.
FOOTER_BOTTOM = {"A4": 34.0, "A5": 26.0}
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


def stylesheets(paper: str, *, one_document: bool = False) -> tuple[tuple[str, ...], list[Finding]]:
    fonts = find_fonts()
    findings = []
    if fonts is None:
        findings.append(
            codes.NO_FONT.finding(
                "Het lettertype DejaVu Sans of Noto Sans ontbreekt. Installeer 'fonts-dejavu-core'.", "brochure"
            )
        )
    css = [fonts.css() if fonts else "", (TEMPLATES / "brochure.css").read_text(encoding="utf-8"), f"@page {{ size: {paper}; }}"]
    if one_document:
        # Parts rendered one by one get their footer stamped after merging (see footer.py).
        css.append(
            '@page { @bottom-center { content: "pagina " counter(page) " van " counter(pages); '
            "font-size: 10pt; color: #4a4a4a; } }\n"
            "@page ww-cover { @bottom-center { content: none; } } @page ww-back { @bottom-center { content: none; } }"
        )
    return tuple(css), findings


class _Plan:
    """Everything a build needs, computed before anything is rendered."""

    def __init__(self, project: Project, options: BrochureOptions) -> None:
        settings = project.settings
        self.cache_dir = options.cache_dir or settings.project_dir / CACHE_DIR
        self.project = project
        self.config = settings.brochure
        self.paper = (options.paper or self.config.get("paper") or "A4").upper()
        self.booklet = self.config.get("booklet", False) if options.booklet is None else options.booklet
        if self.booklet:
            self.paper = "A5"  # a booklet is A5 pages folded from A4
        self.title = self.config.get("title") or "Welkom"
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
        self.css, found = stylesheets(self.paper)
        self.findings += found
        fonts = find_fonts()
        self.font = fonts.regular if fonts else None
        cover, found = cover_part(project, self.config, options.today or dt.date.today())
        self.findings += found
        self.sheet_parts = []
        for sheet in self.sheets:
            part, found = sheet_part(
                sheet, project, options.markdown, site_url=options.site_url, icons=options.icons, cache_dir=self.cache_dir
            )
            self.findings += found
            self.sheet_parts.append(part)
        text = "\n".join(f"{s.title}\n{s.description}\n{s.document.body}" for s in self.sheets)
        terms = project.glossary.used_in(text)
        self.cover = cover
        self.glossary = glossary_part(terms) if terms else None
        self.back = back_part(project, options.site_url, self.cache_dir)
        import weasyprint

        self.signature = hashlib.sha256(
            "\0".join(
                [ENGINE_VERSION, weasyprint.__version__, self.paper, template_sources(), *self.css, options.markdown.signature()]
            ).encode()
        ).hexdigest()
        self.base_url = (settings.theme_sheets_dir.resolve().as_uri()) + "/"

    def body_parts(self) -> list[Part]:
        """Every part but the contents, in brochure order (the contents goes after the cover)."""
        return [self.cover, *self.sheet_parts, *([self.glossary] if self.glossary else []), self.back]

    def contents(self, starts: dict[int, int] | None) -> Part:
        """The contents part; ``starts`` maps a part's index in ``body_parts`` to its first page."""
        parts = self.body_parts()
        groups: dict[str, list[ContentsEntry]] = {}
        extras = []
        for index, part in enumerate(parts):
            page = starts[index] if starts is not None else None
            if part.kind == "sheet":
                groups.setdefault(part.category or "", []).append(ContentsEntry(part.title, f"fiche-{part.slug}", page))
            elif part.kind in ("glossary", "back"):
                anchor = f"ww-part-{index + 1}"
                extras.append(ContentsEntry(part.title, anchor, page))
        return contents_part(list(groups.items()), extras)


def one_document(project: Project, options: BrochureOptions) -> tuple[str, str, tuple[str, ...]]:
    """The whole brochure as one HTML document (contents numbered by WeasyPrint's target-counter).

    Returns (html, base_url, css). The benchmark renders this as its baseline.
    """
    plan = _Plan(project, options)
    parts = plan.body_parts()
    parts.insert(1, plan.contents(None))
    css, _ = stylesheets(plan.paper, one_document=True)
    html = with_qr_codes(document_html(parts, title=plan.title, author=plan.author, paper=plan.paper), plan.cache_dir)
    return html, plan.base_url, css


class _Renderer:
    """Looks parts up in the cache and renders the missing ones, in parallel when that pays."""

    def __init__(self, plan: _Plan, cache_dir: Path, workers: int, progress: Progress | None) -> None:
        self.plan = plan
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
        html = document_html(batch, title=self.plan.title, author=self.plan.author, paper=self.plan.paper)
        return Job(
            html, self.plan.base_url, self.plan.css, tuple(str(self.path(p)) for p in batch), str(self.cache_dir)
        )

    def _finish(self, batch: list[Part], counts: list[int]) -> None:
        for part, count in zip(batch, counts):
            self.path(part).with_suffix(".pages").write_text(str(count))
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
    """Write the brochure to ``output`` (and per-sheet PDFs and a booklet when asked)."""
    options = options or BrochureOptions()
    plan = _Plan(project, options)
    renderer = _Renderer(plan, plan.cache_dir, options.workers, options.progress)
    parts = plan.body_parts()
    # The contents' own length shifts every page number after it. A long contents is first laid out
    # with stand-in numbers, alongside the sheets in the workers: its length does not depend on the
    # digits, so the real contents is then rendered once, not twice (once per wrong guess).
    probe = None
    if len(parts) > PROBE_CONTENTS_FROM:
        probe = plan.contents({index: 888 for index in range(len(parts))})
        probe.slug = _PROBE
    renderer.ensure([*([probe] if probe else []), *parts])  # the probe first: not a lone job at the end
    renderer.rendered = [name for name in renderer.rendered if name != _PROBE]
    counts = [renderer.pages(p) for p in parts]
    contents_pages = renderer.pages(probe) if probe else 1
    footer_bottom = FOOTER_BOTTOM[plan.paper]

    def merged(contents: Part, late: Callable[[], Path] | None = None) -> int:
        merge_parts = [
            MergePart(
                late if (late and p is contents) else renderer.path(p),
                None if p.kind == "cover" else p.title,
                footer=p.kind not in ("cover", "back"),
            )
            for p in [parts[0], contents, *parts[1:]]
        ]
        return merge(merge_parts, output, title=plan.title, author=plan.author, font=plan.font, footer_bottom=footer_bottom)

    starts = _starts(counts, contents_pages)
    contents = plan.contents(starts)
    pages = None
    if probe is not None and not renderer.cached(contents):
        # The measured length is nearly always right: render the contents in a worker while this
        # process merges everything else, and check the length when the merge needs the contents.
        try:
            pages = merged(contents, renderer.later(contents, contents_pages))
        except _WrongLength:
            pages = None
    if pages is None:
        for _ in range(3):
            starts = _starts(counts, contents_pages)
            contents = plan.contents(starts)
            renderer.ensure([contents])
            if renderer.pages(contents) == contents_pages:
                break
            contents_pages = renderer.pages(contents)
        pages = merged(contents)
    sheet_starts = {p.slug: starts[i] for i, p in enumerate(parts) if p.kind == "sheet"}
    result = BrochureResult(output, pages, sheet_starts, renderer.rendered, plan.findings)
    if options.sheet_dir is not None:
        options.sheet_dir.mkdir(parents=True, exist_ok=True)
        for part in plan.sheet_parts:
            target = options.sheet_dir / f"{part.slug}.pdf"
            # A sheet's own PDF depends on its part and the author only: keep it next to the part,
            # so a build after one edit makes one sheet PDF, not all of them.
            name = hashlib.sha256(f"{part.key(plan.signature)}\0{plan.author}\0{plan.font}".encode()).hexdigest()[:32]
            kept = plan.cache_dir / f"{name}.fiche.pdf"
            if not kept.is_file():
                merge([MergePart(renderer.path(part), part.title)], kept, title=part.title, author=plan.author,
                      font=plan.font, footer_bottom=footer_bottom)
            shutil.copyfile(kept, target)
            result.sheet_pdfs[part.slug] = target
    if plan.booklet:
        result.booklet = output.with_name(output.stem + "-boekje.pdf")
        impose(output, result.booklet)
    return result


def _starts(counts: list[int], contents_pages: int) -> dict[int, int]:
    """First page (1-based) of each body part, with the contents right after the cover."""
    starts, page = {}, 1
    for index, count in enumerate(counts):
        starts[index] = page
        page += count + (contents_pages if index == 0 else 0)
    return starts
