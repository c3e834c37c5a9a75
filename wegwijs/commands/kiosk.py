"""`wegwijs kiosk`: the waiting-room screen. Serves site-kiosk/ on 127.0.0.1 and opens Chromium on it."""

from __future__ import annotations

from pathlib import Path

import click

from wegwijs.kiosk.browser import find_chromium
from wegwijs.kiosk.launcher import KioskError, KioskPlan, run
from wegwijs.kiosk.options import KioskOptions
from wegwijs.kiosk.policy import policy_json
from wegwijs.settings import load_settings


class Problem(click.ClickException):
    def show(self, file=None) -> None:
        click.echo(f"Fout: {self.format_message()}", err=True)


def _port_from(config_file: Path) -> int:
    if not config_file.is_file():
        return KioskOptions().port
    settings, _ = load_settings(config_file)
    return KioskOptions.from_settings(settings.kiosk if settings else None).port


@click.command(name="kiosk")
@click.option(
    "--config-file", "-f", "config_file", type=click.Path(path_type=Path, dir_okay=False),
    default=Path("mkdocs-kiosk.yml"), show_default=True, help="Het instellingenbestand van de kiosk.",
)
@click.option(
    "--site-dir", "site_dir", type=click.Path(path_type=Path, file_okay=False),
    help="De map met de kiosk (standaard site-kiosk naast het instellingenbestand).",
)
@click.option("--port", type=click.IntRange(1, 65535), help="De poort op 127.0.0.1 (standaard uit mkdocs-kiosk.yml).")
@click.option("--browser", "chromium", help="Het programma Chromium (standaard: zoek chromium).")
@click.option("--no-browser", is_flag=True, help="Start alleen de server, zonder Chromium.")
@click.option("--dry-run", is_flag=True, help="Toon wat de kiosk zou starten, en start niets.")
@click.option("--print-policy", is_flag=True, help="Toon het beleid voor Chromium (JSON) en waar het moet staan.")
def kiosk(
    config_file: Path, site_dir: Path | None, port: int | None, chromium: str | None,
    no_browser: bool, dry_run: bool, print_policy: bool,
) -> None:
    """Start het scherm in de wachtzaal: de kiosk op 127.0.0.1 in Chromium, over het hele scherm."""
    port = port or _port_from(config_file)
    if print_policy:
        click.echo(policy_json(port), nl=False)
        click.echo("Zet dit als root in /etc/chromium/policies/managed/wegwijs-kiosk.json", err=True)
        return
    plan = KioskPlan(
        site_dir=site_dir or config_file.resolve().parent / "site-kiosk",
        port=port,
        chromium=chromium or find_chromium(),
    )
    try:
        if dry_run:
            plan.check()
            for line in plan.describe():
                click.echo(line)
            return
        run(plan, click.echo, browser=not no_browser)
    except KioskError as error:
        raise Problem(str(error)) from None
