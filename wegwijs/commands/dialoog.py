"""`wegwijs dialoog export`: every published proposal as CSV, for the council report and spreadsheets."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from wegwijs.commands.new import Problem, _docs_dir, _settings, config_option
from wegwijs.dialogue.export import guard_rows, hide, rows, write_csv
from wegwijs.dialogue.published import load_results, published
from wegwijs.dialogue.timeline import max_open_months
from wegwijs.privacy import Allowlist


@click.group(name="dialoog")
def dialoog() -> None:
    """Werk met de dialoogmomenten."""


@dialoog.command(name="export")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
    help="Schrijf naar dit bestand (UTF-8, leest goed in een rekenblad). Zonder -o: naar het scherm.",
)
@click.option(
    "--verberg", is_flag=True,
    help="Vindt de privacycontrole iets? Zet dan [weggelaten: persoonsgegevens] in dat vakje en ga door.",
)
@config_option
def export(output: Path | None, verberg: bool, config_file: Path) -> None:
    """Zet alle voorstellen in een CSV-bestand: dialoogmoment, datum, thema, voorstel, status,
    besluit op, waarom en laatste stap. Concepten (draft: true) staan er niet in."""
    settings = _settings(config_file)
    results, _ = load_results(
        _docs_dir(config_file), settings.project_dir, max_open_months=max_open_months(settings)
    )
    table = rows(published(results))
    stopped = guard_rows(table, Allowlist.from_settings(settings))
    for _, _, findings in stopped:
        for finding in findings:
            click.echo(finding.format(), err=True)
    if stopped and not verberg:
        raise Problem(
            f"De export stopt: in {len(stopped)} vakje(s) staan misschien gegevens van een persoon "
            "(zie hierboven). Haal ze weg uit het dialoogmoment. Of maak de export met --verberg."
        )
    if stopped:
        hide(table, stopped)
        click.echo(f"Let op: {len(stopped)} vakje(s) bevatten nu [weggelaten: persoonsgegevens].", err=True)
    if output is None:
        write_csv(table, sys.stdout)
        return
    # With a byte order mark, so a spreadsheet opens the accents right.
    with output.open("w", encoding="utf-8-sig", newline="") as stream:
        write_csv(table, stream)
    click.echo(f"{len(table)} voorstellen staan in {output}.", err=True)
