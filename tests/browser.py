"""Real-browser helpers: Debian's chromium driven by Playwright, a loopback server, axe-core.

Playwright's own browser download cannot work here, so tests launch ``/usr/bin/chromium`` (installed
by scripts/setup.sh). Chromium's background networking is switched off, as on a closed network, so
any request the page makes is the page's own.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
#: Viewports the issue names: phone, laptop, the kiosk's portrait touch screen.
VIEWPORTS = {"phone": (375, 740), "laptop": (1280, 800), "kiosk": (1080, 1920)}

#: The fixture (in conftest.py) fails, never skips, when the browser is missing: on a machine set up
#: by scripts/setup.sh every test runs.
requires_chromium = pytest.mark.usefixtures("chromium_installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1; yields the base URL (with a trailing slash)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class RequestLog:
    """Every request the browser made, so a test can prove none left the local server."""

    urls: list[str] = field(default_factory=list)

    def foreign(self, base_url: str) -> list[str]:
        own = urlparse(base_url).netloc
        return [
            u for u in self.urls if urlparse(u).scheme not in ("data", "blob", "about") and urlparse(u).netloc != own
        ]


@contextlib.contextmanager
def browser_page(width: int = 1280, height: int = 800, **context_options) -> Iterator[tuple]:
    """A fresh Chromium page; yields (page, request_log). Requests to other hosts are logged and aborted."""
    from playwright.sync_api import sync_playwright

    log = RequestLog()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, **context_options)
            context.on("request", lambda request: log.urls.append(request.url))
            page = context.new_page()
            yield page, log
        finally:
            browser.close()


def axe_violations(page, tags: list[str] = WCAG_TAGS) -> list[dict]:
    """Run axe-core (from the axe-playwright-python package) and return its violations."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]})
    return results.response["violations"]


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}" for v in violations
    )


def wait_until(page, expression: str, timeout_ms: int = 30000) -> None:
    """Wait until ``expression`` is true in the page.

    Playwright's ``wait_for_function`` polls with ``eval`` inside the page, which the pages'
    Content-Security-Policy forbids (no 'unsafe-eval'); ``page.evaluate`` goes through the
    DevTools protocol, which the policy does not govern.
    """
    waited = 0
    while not page.evaluate(expression):
        if waited >= timeout_ms:
            raise AssertionError(f"still false after {timeout_ms} ms: {expression}")
        page.wait_for_timeout(50)
        waited += 50
