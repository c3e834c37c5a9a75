"""Safe publishing: a payload in any field never yields a script, an event handler or an outside
resource in any built page (site and kiosk), and Chromium runs none of them.

The payloads live in tests/payloads/; each calls alert(N) with its own number.
"""

from __future__ import annotations

import contextlib
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from browser import browser_page, requires_chromium, serve_directory, wait_until
from conftest import build, make_project

PAYLOADS = Path(__file__).parent / "payloads"
_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
_OWN_HOSTS = ("127.0.0.1:8765", "wegwijs.example.org")
_URL_ATTRS = {"href", "src", "poster", "action", "formaction", "data", "srcset", "xlink:href"}
_RESOURCE_TAGS = {"img", "video", "audio", "source", "track", "iframe", "embed", "object", "script", "link", "input"}


def payload_project(root: Path) -> Path:
    project = make_project(
        root,
        sheets={"payload.md": (PAYLOADS / "sheet.md").read_text(encoding="utf-8")},
        docs={
            "dialoog/2026-03-12-payload.md": (PAYLOADS / "dialogue.md").read_text(encoding="utf-8"),
            "payload-pagina.md": (PAYLOADS / "page.md").read_text(encoding="utf-8"),
        },
    )
    (project / "woordenlijst.yml").write_text((PAYLOADS / "glossary.yml").read_text(encoding="utf-8"), encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("label: Gezondheid", 'label: "Gezondheid <img src=x onerror=alert(61)>"')
    text = text.replace(
        "description: Dokter, apotheek en medische kosten.",
        'description: "</span><script>alert(62)</script>"',
    )
    config.write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def payload_sites(tmp_path_factory) -> Path:
    project = payload_project(tmp_path_factory.mktemp("payloads"))
    for config in ("mkdocs.yml", "mkdocs-kiosk.yml"):
        result = build(project, config=config)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 1, result.stderr  # the payloads are errors the build reports
    return project


def same_site_relative(address: str) -> bool:
    """A form may send only to this site by a relative address ("." or "../"): the theme's search.

    Never another host (also "//host" without a scheme), never any scheme (``javascript:`` too, also
    hidden with tabs or new lines, which browsers drop).
    """
    squeezed = re.sub(r"[\x00-\x20]", "", address)
    parts = urlsplit(squeezed)
    return not parts.scheme and not parts.netloc and not squeezed.startswith(("/", "\\")) and ":" not in squeezed


class _Audit(HTMLParser):
    """Everything in a page that could run or load: scripts, handlers, URLs, the policy."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in _URL_ATTRS:
                squeezed = re.sub(r"[\x00-\x20]", "", value).lower()
                if squeezed.startswith(("javascript:", "vbscript:", "file:")):
                    self.problems.append(f"<{tag} {name}={value!r}>")
                if tag in _RESOURCE_TAGS or name in {"src", "poster", "srcset", "data"}:
                    if name == "href" and tag not in {"link"}:
                        continue
                    outside = "evil.example" in squeezed or (
                        re.match(r"^([a-z]+:)?//", squeezed) and not any(h in squeezed for h in _OWN_HOSTS)
                    )
                    if outside:
                        self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "form" and values.get("action") and not same_site_relative(values["action"]):
            self.problems.append(f"<form action={values['action']!r}>")
        if tag in {"iframe", "object", "embed", "base"}:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.problems.append("<meta refresh>")
        if re.search(r"url\(\s*['\"]?(https?:)?//", values.get("style", "")):
            self.problems.append(f"<{tag} style={values['style']!r}>")
        self._in_style = tag == "style"
        if tag == "script":
            if "src" in values:
                if re.match(r"^([a-z]+:)?//", values["src"].lower()):
                    self.problems.append(f"<script src={values['src']!r}>")
                self._in_script = None
            elif values.get("type", "") in ("", "text/javascript", "module"):
                self._in_script = ""
            else:
                self._in_script = None

    def handle_data(self, data: str) -> None:
        if getattr(self, "_in_style", False) and re.search(r"url\(\s*['\"]?(https?:)?//", data):
            self.problems.append("<style> with url() to another host")
        if self._in_script is not None:
            self._in_script += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.inline_scripts.append(self._in_script)
            self._in_script = None


def audit(html: str) -> tuple[list[str], list[str]]:
    parser = _Audit()
    parser.feed(html)
    parser.close()
    problems = list(parser.problems)
    problems += [f"script: {s[:60]!r}" for s in parser.inline_scripts if "alert(" in s]
    return problems, parser.inline_scripts


def built_pages(project: Path) -> dict[str, str]:
    pages = {}
    for folder in ("site", "site-kiosk"):
        for path in sorted((project / folder).rglob("*.html")):
            pages[f"{folder}/{path.relative_to(project / folder).as_posix()}"] = path.read_text(encoding="utf-8")
    return pages


@pytest.mark.parametrize(
    ("action", "allowed"),
    [
        (".", True),
        ("..", True),
        ("../", True),
        ("../../", True),
        ("https://evil.example/", False),
        ("//evil.example/zoek", False),
        ("/\\evil.example", False),
        ("http://127.0.0.1:8765/", False),
        ("javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,x", False),
    ],
)
def test_the_audit_allows_only_same_site_relative_form_actions(action: str, allowed: bool) -> None:
    problems, _ = audit(f'<form action="{action}" method="get"><input name="q"></form>')
    assert (problems == []) is allowed, problems


def test_payload_pages_are_built(payload_sites: Path) -> None:
    for folder in ("site", "site-kiosk"):
        for page in ("fiches/payload/index.html", "dialoog/2026-03-12-payload/index.html", "payload-pagina/index.html"):
            assert (payload_sites / folder / page).is_file(), f"{folder}/{page}"
    sheet = (payload_sites / "site/fiches/payload/index.html").read_text(encoding="utf-8")
    # The payloads are shown as text, not dropped silently with the content around them.
    assert "&lt;script&gt;alert(11)&lt;/script&gt;" in sheet
    assert "Een fiche met aanvallen" in sheet


def test_no_payload_yields_a_script_handler_or_outside_resource(payload_sites: Path) -> None:
    pages = built_pages(payload_sites)
    assert len(pages) > 40
    found = {}
    for name, html in pages.items():
        problems, _ = audit(html)
        if problems:
            found[name] = problems
    assert not found, found


def test_every_page_has_a_policy_that_allows_only_its_own_inline_scripts(payload_sites: Path) -> None:
    import base64
    import hashlib

    for name, html in built_pages(payload_sites).items():
        policies = _CSP.findall(html)
        assert len(policies) == 1, name
        policy = dict(part.strip().split(" ", 1) for part in policies[0].split(";"))
        assert policy["default-src"] == "'self'"
        assert policy["img-src"] == "'self' data:"
        assert policy["connect-src"] == "'self'"
        assert "unsafe-inline" not in policy["script-src"] and "unsafe-eval" not in policy["script-src"]
        # The policy comes before every script.
        assert html.index("Content-Security-Policy") < html.find("<script")
        _, scripts = audit(html)
        for script in scripts:
            digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in policy["script-src"], (name, script[:60])


def test_search_index_holds_no_markup_from_payloads(payload_sites: Path) -> None:
    for folder in ("site", "site-kiosk"):
        index = (payload_sites / folder / "search" / "search_index.json").read_text(encoding="utf-8")
        assert "<img src=x" not in index and "<script>alert" not in index


def _visit_all(base: str, site: Path, page) -> dict[str, list[str]]:
    violations = {}
    for path in sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")):
        page.goto(base + path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(50)
        found = page.evaluate("window.__violations")
        if found:
            violations[path] = found
    return violations


_LISTEN = (
    "window.__violations=[];document.addEventListener('securitypolicyviolation',"
    "e=>window.__violations.push(e.violatedDirective+' '+e.blockedURI))"
)


@contextlib.contextmanager
def _watched(site: Path):
    """A browser on the served site that records alerts, page errors and policy violations."""
    with serve_directory(site) as base, browser_page() as (page, log):
        seen: dict[str, list[str]] = {"dialogs": [], "errors": []}
        page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: seen["errors"].append(str(e)))
        page.add_init_script(_LISTEN)
        yield base, page, log, seen


@requires_chromium
@pytest.mark.browser
def test_chromium_runs_no_payload(payload_sites: Path) -> None:
    for folder in ("site", "site-kiosk"):
        site = payload_sites / folder
        with _watched(site) as (base, page, log, seen):
            _visit_all(base, site, page)
            page.goto(base + "fiches/payload/")
            for selector in ("p", "a", "details", "summary", "dd"):
                for element in page.locator(f"article {selector}").all()[:20]:
                    element.hover(timeout=2000)
            assert seen["dialogs"] == [], (folder, seen["dialogs"])
            assert log.foreign(base) == [], (folder, log.foreign(base))


@pytest.fixture(scope="module")
def example_sites(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("csp-example"))
    for config in ("mkdocs.yml", "mkdocs-kiosk.yml"):
        result = build(project, "--strict", config=config)
        assert result.returncode == 0, result.stderr
    return project


@requires_chromium
@pytest.mark.browser
def test_no_policy_violation_on_any_page_and_the_site_still_works(example_sites: Path) -> None:
    for folder in ("site", "site-kiosk"):
        site = example_sites / folder
        with _watched(site) as (base, page, _, seen):
            assert _visit_all(base, site, page) == {}, folder
            assert seen["errors"] == [] and seen["dialogs"] == [], (folder, seen)
            # Search (a worker and a fetch of the index) still finds a sheet.
            page.goto(base + "fiches/het-leefloon/")
            page.keyboard.press("/")  # Material's shortcut opens the search
            wait_until(page, "document.querySelector('.md-search-result__meta').textContent.includes('Typ')")
            page.locator("input.md-search__input").press_sequentially("huur")
            page.locator(".md-search-result__item").first.wait_for()
            # The letter-size buttons still work.
            page.goto(base)
            page.locator("[data-ww-set-size='groot']").click()
            assert page.evaluate("document.documentElement.getAttribute('data-ww-size')") == "groot"
            page.reload()
            assert page.evaluate("document.documentElement.getAttribute('data-ww-size')") == "groot"
            assert page.evaluate("window.__violations") == []
