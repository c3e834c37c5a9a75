"""`wegwijs vertaling klaar FILE`: mark a translation as up to date with its Dutch sheet."""

from __future__ import annotations

from pathlib import Path

import click

from wegwijs.commands.new import Problem
from wegwijs.scaffold import ScaffoldError


@click.group(name="vertaling")
def vertaling() -> None:
    """Werk met vertalingen van fiches."""


@vertaling.command(name="klaar")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def klaar(file: Path) -> None:
    """Zeg dat een vertaling weer klopt met de Nederlandse fiche, bv. wegwijs vertaling klaar theme_sheets/het-leefloon.fr.md.

    Alleen de regel source_hash verandert; de tekst van de vertaling blijft zoals hij is.
    """
    from wegwijs.translation.scaffold import stamp_translation

    try:
        new, old = stamp_translation(file)
    except ScaffoldError as error:
        raise Problem(str(error)) from None
    if old == new:
        click.echo(f"{file.name} klopte al met de Nederlandse fiche. Er veranderde niets.")
    else:
        click.echo(f"{file.name} klopt nu met de Nederlandse fiche (source_hash: {new}).")
