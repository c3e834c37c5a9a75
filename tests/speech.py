"""Read-aloud in a real Chromium: a private speech-dispatcher and a touch page that records speech.

The kiosk test (Dutch voice) and the translation test (a voice of the page's language) share this.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser import CHROMIUM, CHROMIUM_ARGS
from wegwijs.kiosk.voices import private_speech_dispatcher

#: Records what would be spoken instead of speaking. In a container without a sound device,
#: speech-dispatcher's espeak-ng module fails to open audio when it speaks and then hangs on
#: shutdown, which leaves a daemon with no voices for the next browser. The voices themselves are
#: real: they come from speech-dispatcher and espeak-ng through Chromium.
RECORD_SPEECH = """
window.__spoken = [];
SpeechSynthesis.prototype.speak = function (u) {
  window.__spoken.push({text: u.text, lang: u.lang, voice: u.voice ? u.voice.name + ' (' + u.voice.lang + ')' : null});
};
"""


@pytest.fixture
def speech_dispatcher(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A speech-dispatcher of this test alone (the environment for Chromium), independent of any
    shared daemon that an earlier test left hanging."""
    with private_speech_dispatcher(tmp_path) as env:
        yield env


@contextlib.contextmanager
def speaking_page(env: dict[str, str], viewport: tuple[int, int]) -> Iterator:
    """A touch page in Chromium that reaches speech-dispatcher through ``env`` and records speech."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, "--enable-speech-dispatcher"], headless=True, env=env,
        )
        try:
            page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]}, has_touch=True)
            page.add_init_script(RECORD_SPEECH)
            yield page
        finally:
            browser.close()
