"""The editors' guide's readability examples run (issue 19): each "Ervoor" fires its own code, each
"Erna" fires nothing at all, so an editor who follows the guide gets a clean page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import yaml

from wegwijs.glossary import load_glossary
from wegwijs.readability import RULES, ReadabilitySettings, analyse_markdown
from wegwijs.readability.fields import FIELD_RULES, SHEET_TEXTS, check_texts

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "handleiding" / "meldingen.md"
# The examples are read as on the site: with the project's glossary (OCMW is explained there).
GLOSSARY, _ = load_glossary(ROOT / "woordenlijst.yml", "woordenlijst.yml")
_SECTION = re.compile(r"^### (WW\d{3}) `[a-z0-9-]+`\s*$", re.M)
_BLOCK = re.compile(r"^```[a-z]*\n(.*?)^```", re.M | re.S)
# The rules that judge a whole page (WW103, WW104) only look at pages of 40 words or more: their
# example is one sentence of such a page, so the test repeats it into a page.
_PAGE_RULES = {"WW103", "WW104"}
# WW102's example describes a paragraph of 12 sentences instead of printing one.
_DESCRIBED = {"WW102"}


def examples() -> dict[str, tuple[str, str]]:
    text = GUIDE.read_text("utf-8")
    found = {}
    starts = list(_SECTION.finditer(text))
    for match, following in zip(starts, [*starts[1:], None]):
        body = text[match.end(): following.start() if following else len(text)]
        before, _, after = body.partition("Erna:")
        first, second = _BLOCK.search(before.split("Ervoor:", 1)[1]), _BLOCK.search(after)
        if match.group(1).startswith("WW1"):
            found[match.group(1)] = (first.group(1), second.group(1))
    return found


# The rules of titles and descriptions (WW140-WW149) show front matter: it is checked as front matter.
_FIELD_CODES = {rule.code for rule in FIELD_RULES}


def codes(markdown: str, page_rule: bool, code: str = "") -> list[str]:
    if code in _FIELD_CODES:
        node = yaml.compose(markdown, Loader=yaml.SafeLoader)
        found = check_texts(node, markdown.split("\n"), SHEET_TEXTS, "voorbeeld.md", ReadabilitySettings(), GLOSSARY)
        return [f.code for f in found]
    if page_rule:
        markdown = " ".join([markdown.strip()] * (1 + 40 // max(len(markdown.split()), 1)))
    return [f.code for f in analyse_markdown(markdown, path="voorbeeld.md", glossary=GLOSSARY).findings]


def test_every_readability_rule_has_its_examples() -> None:
    assert set(examples()) == {code for code in RULES if code.startswith("WW1")}


@pytest.mark.parametrize("code", sorted(set(examples()) - _DESCRIBED))
def test_the_example_before_fires_its_code(code: str) -> None:
    before, _ = examples()[code]
    assert code in codes(before, code in _PAGE_RULES, code), before


@pytest.mark.parametrize("code", sorted(set(examples()) - _DESCRIBED))
def test_the_example_after_fires_nothing(code: str) -> None:
    _, after = examples()[code]
    assert codes(after, code in _PAGE_RULES, code) == [], after


# --- The codes of files and settings (issue 19: WW008 split into one code per meaning) -----------
# Their examples are front matter, a piece of mkdocs.yml (starting with 'extra:'), a translation
# file (starting with 'teksten:') or an icon; each runs through the real loader of that file.
SETTINGS_CODES = ("WW008", "WW025", "WW026", "WW027", "WW028", "WW029")


def all_examples() -> dict[str, tuple[str, str]]:
    text = GUIDE.read_text("utf-8")
    starts = list(_SECTION.finditer(text))
    found = {}
    for match, following in zip(starts, [*starts[1:], None]):
        body = text[match.end(): following.start() if following else len(text)]
        before, _, after = body.partition("Erna:")
        if "Ervoor:" in before:
            found[match.group(1)] = (_BLOCK.search(before.split("Ervoor:", 1)[1]).group(1), _BLOCK.search(after).group(1))
    return found


def settings_codes(example: str, tmp_path: Path) -> list[str]:
    from mkdocs.config import load_config

    from wegwijs.content.sheet import load_sheet
    from wegwijs.settings import load_settings
    from wegwijs.translation.strings import load_strings
    from wegwijs_mkdocs.icons import check_icon

    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    settings, _ = load_settings(ROOT / "mkdocs.yml")
    if example.startswith("extra:"):
        anchor = "    review_max_age_months: 12\n"
        (tmp_path / "mkdocs.yml").write_text(config.replace(anchor, anchor + example.split("\n", 2)[2]), "utf-8")
        changed, findings = load_settings(tmp_path / "mkdocs.yml")
        return [f.code for f in findings + ReadabilitySettings.from_settings(changed)[1]]
    if example.startswith("teksten:"):
        (tmp_path / "talen").mkdir()
        (tmp_path / "talen" / "fr.yml").write_text(example, "utf-8")
        return [f.code for f in load_strings(tmp_path, "fr", settings.category_ids)[1]]
    if example.startswith("icon:"):
        icon = yaml.safe_load(example)["icon"]
        finding = check_icon(load_config(str(ROOT / "mkdocs.yml")), icon, "voorbeeld.md")
        return [finding.code] if finding else []
    # Front matter: the example's one-line fields replace those of a real sheet.
    sheet = (ROOT / "theme_sheets" / "het-leefloon.md").read_text("utf-8")
    front, body = sheet.split("---\n", 2)[1:]
    keys = tuple(f"{key}:" for key in yaml.safe_load(example))
    kept = [line for line in front.splitlines(keepends=True) if not line.startswith(keys)]
    path = tmp_path / "voorbeeld.md"
    path.write_text("---\n" + "".join(kept) + example + "---\n" + body, "utf-8")
    return [f.code for f in load_sheet(path, "voorbeeld.md", settings.category_ids)[1].findings]


def test_every_settings_code_has_its_examples() -> None:
    assert set(SETTINGS_CODES) <= set(all_examples())


@pytest.mark.parametrize("code", SETTINGS_CODES)
def test_the_settings_example_before_fires_its_code(code: str, tmp_path: Path) -> None:
    before, _ = all_examples()[code]
    assert code in settings_codes(before, tmp_path), before


@pytest.mark.parametrize("code", SETTINGS_CODES)
def test_the_settings_example_after_fires_nothing(code: str, tmp_path: Path) -> None:
    _, after = all_examples()[code]
    assert settings_codes(after, tmp_path) == [], after
