"""How the kiosk starts Chromium: full screen, no first-run questions, speech on, a fresh profile."""

from __future__ import annotations

import shutil
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    for name in CANDIDATES:
        if found := shutil.which(name):
            return found
    return None


def chromium_command(chromium: str, url: str, profile_dir: Path) -> list[str]:
    """The command line; a fresh profile per start, so no visitor's history survives a restart."""
    return [
        chromium,
        "--kiosk",
        url,
        f"--user-data-dir={profile_dir}",
        "--enable-speech-dispatcher",  # the read-aloud button needs a voice from speech-dispatcher
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-translate",
        "--disable-features=Translate,TranslateUI",
        "--noerrdialogs",
        "--disable-session-crashed-bubble",
        "--disable-infobars",
        "--disable-pinch",
        "--overscroll-history-navigation=0",
        "--disable-background-networking",
        "--disable-sync",
        "--disable-component-update",
        "--password-store=basic",
        "--autoplay-policy=no-user-gesture-required",
    ]
