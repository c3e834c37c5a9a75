"""`wegwijs brochure`: make the welcome brochure (PDF) without building the website."""

from __future__ import annotations

from pathlib import Path

import click

from wegwijs.brochure import FILE_NAME, BrochureOptions, build_brochure
from wegwijs.brochure.config import markdown_setup, read_config
from wegwijs.brochure.icons import icon_loader, material_theme_dirs
from wegwijs.dutch import count
from wegwijs.findings import Finding, Severity
from wegwijs.project import load_project


def _language_check(project, lang: str, sheets: list[str] | None):  # noqa: ANN202
    """The project's translations, when ``lang`` can have a brochure; else a clear problem."""
    from wegwijs.brochure.translated import languages_to_print, project_translations
    from wegwijs.translation.languages import SOURCE, language

    if lang == SOURCE:
        return None
    if language(lang) is None:
        raise Problem(f"De taal '{lang}' kennen we niet. Schrijf de code van 2 letters, bv. fr, ar of uk.")
    translations = project_translations(project)
    if lang not in languages_to_print(project, translations, sheets):
        raise Problem(f"Geen enkele fiche van de brochure heeft een vertaling in '{lang}'. Maak er een met 'wegwijs new vertaling'.")
    return translations


class Problem(click.ClickException):
    """Exit code 1 with a Dutch message (click's own says 'Error:')."""

    def show(self, file=None) -> None:  # noqa: ANN001
        click.echo(f"Fout: {self.format_message()}", err=True)


def _show(findings: list[Finding]) -> None:
    for finding in findings:
        if finding.severity is not Severity.INFO:
            click.echo(finding.format(), err=True)


@click.command(name="brochure")
@click.option("--paper", type=click.Choice(["A4", "A5"], case_sensitive=False), help="Papierformaat (standaard uit mkdocs.yml, anders A4).")
@click.option("--booklet", is_flag=True, default=None, help="Maak ook een boekje: A5-pagina's per 2 op A4, om te plooien en te nieten.")
@click.option("--sheet", "sheets", multiple=True, metavar="SLUG", help="Alleen deze fiche (mag meer keren). Bv. --sheet het-leefloon.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=Path(FILE_NAME), show_default=True, help="Het PDF-bestand.")
@click.option("-f", "--config-file", type=click.Path(path_type=Path, dir_okay=False), default=Path("mkdocs.yml"), show_default=True, help="Het instellingenbestand van de site.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Hoeveel processen tegelijk pagina's maken.")
@click.option("--lang", metavar="CODE", help="De brochure in deze taal, met de vertaalde fiches. Bv. --lang fr.")
def brochure(
    paper: str | None, booklet: bool | None, sheets: tuple[str, ...], output: Path, config_file: Path, workers: int,
    lang: str | None,
) -> None:
    """Maak de welkomstbrochure als PDF, bv. wegwijs brochure --paper A5 --booklet."""
    if not config_file.is_file():
        raise Problem(f"Wegwijs vindt {config_file} niet. Ga naar de map van de site of geef het juiste bestand met -f.")
    project, findings = load_project(config_file.resolve())
    _show(findings)
    if project is None:
        raise Problem("De instellingen in mkdocs.yml kloppen niet. Verbeter eerst de fouten hierboven.")
    _show(project.all_findings())
    config = read_config(config_file)
    translations = _language_check(project, lang, list(sheets) or None) if lang else None

    def progress(done: int, total: int) -> None:
        if total >= 20 and (done == total or done // 20 != (done - 1) // 20):
            click.echo(f"Brochure: {done} van {count(total, 'deel', 'delen')} gemaakt.", err=True)

    options = BrochureOptions(
        paper=paper.upper() if paper else None,
        booklet=booklet,
        sheets=list(sheets) or None,
        site_url=config.get("site_url") or None,
        markdown=markdown_setup(config),
        icons=icon_loader(material_theme_dirs()),
        workers=workers,
        progress=progress,
        lang=lang,
        translations=translations,
    )
    result = build_brochure(project, output, options)
    _show(result.findings)
    click.echo(f"Brochure klaar: {output} ({result.pages} pagina's, {count(len(result.rendered), 'deel', 'delen')} opnieuw gemaakt).")
    if result.booklet:
        click.echo(f"Boekje om te printen: {result.booklet} (dubbelzijdig, kantelen langs de korte kant).")
    if result.print_file:
        click.echo(f"Bestand voor de drukker (met snijtekens): {result.print_file}")
