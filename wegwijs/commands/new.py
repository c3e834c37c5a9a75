"""`wegwijs new ...`: start a new file from the content model, so editors never begin from a blank page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click
import yaml

from wegwijs.findings import Severity
from wegwijs.content.page import DIALOGUE_DIR
from wegwijs.scaffold import ScaffoldError, create_dialogue, create_sheet
from wegwijs.settings import Settings, load_settings


T = TypeVar("T")


class Problem(click.ClickException):
    """Exit code 1 with a Dutch message (click's own says 'Error:')."""

    def show(self, file=None) -> None:
        click.echo(f"Fout: {self.format_message()}", err=True)


@click.group(name="new")
def new() -> None:
    """Maak een nieuw bestand: een fiche of een dialoogresultaat."""


def _settings(config_file: Path) -> Settings:
    if not config_file.is_file():
        raise Problem(
            f"Wegwijs vindt {config_file} niet. Ga naar de map van de site of geef het juiste bestand."
        )
    settings, findings = load_settings(config_file)
    for finding in findings:
        if finding.severity is Severity.ERROR:
            click.echo(finding.format(), err=True)
    if settings is None:
        raise Problem("De instellingen in mkdocs.yml kloppen niet. Verbeter eerst de fouten hierboven.")
    return settings


config_option = click.option(
    "--config-file",
    "-f",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="Het instellingenbestand van de site.",
)


@new.command(name="fiche")
@click.argument("title")
@click.option("--category", "-c", "category", required=True, help="De id van de categorie, bv. hulp-en-geld.")
@config_option
def fiche(title: str, category: str, config_file: Path) -> None:
    """Maak een nieuwe fiche met de vaste delen, bv. wegwijs new fiche "Hulp bij je huur" --category wonen-en-energie."""
    settings = _settings(config_file)
    categories = {c.id: c.label for c in settings.categories}
    sheet = _scaffold(lambda: create_sheet(settings.theme_sheets_dir, title, category, categories))
    click.echo(f"De nieuwe fiche staat in {_shown_path(sheet.path)}.")
    click.echo("Vul de delen aan. Kijk mee terwijl je schrijft met:")
    click.echo("    mkdocs serve --livereload")
    click.echo(f"Open dan http://127.0.0.1:8000/fiches/{sheet.slug}/ in je browser.")


def _scaffold(make: Callable[[], T]) -> T:
    """Make the new file; a refusal (the file exists: a scaffold never overwrites) exits with its message."""
    try:
        return make()
    except ScaffoldError as error:
        raise Problem(str(error)) from None


def _shown_path(path: Path) -> str:
    """The path as the editor typed around it: relative to where they are, when it is below."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Problem(f"'{value}' is geen goede datum. Schrijf de datum zo: 2026-09-15.") from None


@new.command(name="dialoog")
@click.argument("theme")
@click.option("--date", "day", callback=_iso_date, help="De dag van het dialoogmoment, bv. 2026-09-24. Standaard: vandaag.")
@config_option
def dialoog(theme: str, day: dt.date, config_file: Path) -> None:
    """Maak een nieuw dialoogresultaat, bv. wegwijs new dialoog "Huisbezoek" --date 2026-09-24."""
    _settings(config_file)  # a site with broken settings should be fixed first
    path = _scaffold(lambda: create_dialogue(_docs_dir(config_file) / DIALOGUE_DIR, theme, day))
    click.echo(f"Het nieuwe dialoogresultaat staat in {_shown_path(path)}.")
    click.echo("Vul de voorstellen aan. Schrijf geen namen, adressen of telefoonnummers.")


def _docs_dir(config_file: Path) -> Path:
    """MkDocs' docs_dir from the config file (default 'docs'), without running MkDocs."""
    try:
        node = yaml.compose(config_file.read_text(encoding="utf-8-sig"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError):
        node = None
    value = "docs"
    if isinstance(node, yaml.MappingNode):
        value = next((v.value for k, v in node.value if k.value == "docs_dir" and isinstance(v, yaml.ScalarNode)), value)
    return config_file.parent / value


@new.command(name="vertaling")
@click.argument("slug")
@click.option("--lang", "-l", "lang", required=True, help="De taal van de vertaling: een code van 2 letters, bv. fr, ar of uk.")
@config_option
def vertaling(slug: str, lang: str, config_file: Path) -> None:
    """Begin een vertaling van een fiche, bv. wegwijs new vertaling het-leefloon --lang fr."""
    from wegwijs.translation.scaffold import create_translation

    settings = _settings(config_file)
    path = _scaffold(lambda: create_translation(settings.theme_sheets_dir, slug, lang.lower()))
    click.echo(f"De nieuwe vertaling staat in {_shown_path(path)}.")
    click.echo("Boven elk deel staat de Nederlandse tekst. Vertaal hem onder die tekst.")
    click.echo(f"Klaar? Zeg dan: wegwijs vertaling klaar {_shown_path(path)}")
