"""``wegwijs kiosk``: serve the kiosk build on 127.0.0.1 and keep Chromium open on it."""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wegwijs.kiosk.browser import chromium_command
from wegwijs.kiosk.policy import POLICY_DIR, installed_policy, may_write, policy_json, write_policy
from wegwijs.kiosk.server import base_url, start_server
from wegwijs.kiosk.voices import dutch_voice_problem

#: A browser that dies within this many seconds after starting is broken, not closed by accident.
QUICK_EXIT_SECONDS = 5


class KioskError(Exception):
    """A problem the person setting up the screen can fix; the message is Dutch."""


@dataclass(frozen=True)
class KioskPlan:
    site_dir: Path
    port: int
    chromium: str | None
    policy_dir: Path = POLICY_DIR

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def browser_command(self, profile_dir: Path) -> list[str]:
        if self.chromium is None:
            raise KioskError("Wegwijs vindt Chromium niet. Installeer het: sudo apt-get install chromium")
        return chromium_command(self.chromium, self.url, profile_dir)

    def check(self) -> None:
        if not (self.site_dir / "index.html").is_file():
            raise KioskError(
                f"In {self.site_dir} staat geen kiosk. Maak hem eerst: mkdocs build -f mkdocs-kiosk.yml "
                "(of scripts/build.sh)."
            )

    def describe(self) -> list[str]:
        """What ``--dry-run`` prints: the server, the policy and the browser command."""
        lines = [f"server: {self.site_dir} op {self.url} (alleen op deze computer)"]
        if installed_policy(self.port, self.policy_dir):
            lines.append(f"beleid: {self.policy_dir / 'wegwijs-kiosk.json'} staat al goed")
        elif may_write(self.policy_dir):
            lines.append(f"beleid: schrijf {self.policy_dir / 'wegwijs-kiosk.json'}")
        else:
            lines.append("beleid: ontbreekt; zet het met: wegwijs kiosk --print-policy (als root)")
        lines.append("stem: " + (dutch_voice_problem() or "er is een Nederlandse stem voor 'Lees voor'"))
        command = self.browser_command(Path("<nieuw-profiel>")) if self.chromium else ["<chromium ontbreekt>"]
        lines.append("browser: " + " ".join(command))
        return lines


def ensure_policy(plan: KioskPlan, say: Callable[[str], None]) -> None:
    if installed_policy(plan.port, plan.policy_dir):
        return
    if may_write(plan.policy_dir):
        path = write_policy(plan.port, plan.policy_dir)
        say(f"Het beleid voor Chromium staat in {path}.")
        return
    say(
        "Let op: Chromium blokkeert andere sites nog niet. Zet dit als root in "
        f"{plan.policy_dir / 'wegwijs-kiosk.json'}:\n{policy_json(plan.port)}"
    )


def run(plan: KioskPlan, say: Callable[[str], None], *, browser: bool = True) -> None:
    """Serve the site and keep a kiosk browser on it until Ctrl+C (or, without a browser, forever)."""
    plan.check()
    try:
        server = start_server(plan.site_dir, plan.port)
    except OSError as error:
        raise KioskError(
            f"Poort {plan.port} is bezet ({error.strerror}). Kies een andere: wegwijs kiosk --port 8766"
        ) from None
    say(f"De kiosk draait op {base_url(server)}. Stop met Ctrl+C.")
    try:
        if not browser:
            while True:
                time.sleep(3600)
        ensure_policy(plan, say)
        # The kiosk works without a voice, but staff must know why "Lees voor" is not on the screen.
        if problem := dutch_voice_problem():
            say(f"Let op: {problem}")
        while True:
            started = time.monotonic()
            with tempfile.TemporaryDirectory(prefix="wegwijs-kiosk-") as profile:
                code = subprocess.call(plan.browser_command(Path(profile)))
            if time.monotonic() - started < QUICK_EXIT_SECONDS:
                raise KioskError(f"Chromium stopte meteen (code {code}). Start het eens zonder kiosk om te zien waarom.")
            say("Chromium is gesloten. De kiosk start het opnieuw.")
    except KeyboardInterrupt:
        say("De kiosk stopt.")
    finally:
        server.shutdown()
        server.server_close()
