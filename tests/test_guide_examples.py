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
