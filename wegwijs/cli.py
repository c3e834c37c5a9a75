"""The ``wegwijs`` command line.

Each subcommand lives in its own module ``wegwijs/commands/<name>.py`` that defines a click command
(or group) with the same name as the module (``check``, ``new``, ``brochure``...). The group finds
them by looking in that folder and imports a module only when its command runs, so adding a command
means adding a file, and a slow import in one command does not slow down the others.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from wegwijs import clidutch

clidutch.install()  # before the decorators below: they ask Click for their help texts

_COMMANDS = Path(__file__).parent / "commands"


class _CommandFolder(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(
            path.stem.replace("_", "-") for path in _COMMANDS.glob("*.py") if not path.stem.startswith("_")
        )

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.list_commands(ctx):
            return None
        module = importlib.import_module(f"wegwijs.commands.{name.replace('-', '_')}")
        command = getattr(module, name.replace("-", "_"), None)
        return command if isinstance(command, click.Command) else None


@click.group(cls=_CommandFolder, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="wegwijs", message="wegwijs %(version)s")
def main() -> None:
    """Wegwijs: eenvoudige teksten voor de website, de kiosk en de brochure."""


if __name__ == "__main__":
    main()
