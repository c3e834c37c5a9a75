"""The editors' guide explains every rule and every front-matter key, and passes our own gate."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from wegwijs.content.page import PAGE_SCHEMA
from wegwijs.content.sheet import CONTACT_SCHEMA, REVIEW_SCHEMA, sheet_schema
from wegwijs.dialogue.schema import DIALOGUE_SCHEMA, PROPOSAL_SCHEMA
from wegwijs.rulebook import all_rules

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "handleiding"
_HEADING = re.compile(r"^### (WW\d{3}) `([a-z0-9-]+)`\s*$", re.M)


def rule_sections() -> dict[str, tuple[str, str]]:
    """Code -> (name in the heading, text of its section), reading headings outside code blocks only."""
    sections: dict[str, tuple[str, str]] = {}
    current: str | None = None
    fenced = False
    for line in (GUIDE / "meldingen.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            match = _HEADING.match(line)
            current = match.group(1) if match else None
            if match:
                sections[current] = (match.group(2), "")
            continue
        if current is not None:
            name, body = sections[current]
            sections[current] = (name, body + line + "\n")
    return sections


def test_the_rulebook_finds_every_family_of_codes() -> None:
    families = {code[:3] for code in all_rules()}
    assert {"WW0", "WW1", "WW2", "WW3", "WW5"} <= families


@pytest.mark.parametrize("code", sorted(all_rules()))
def test_every_rule_has_an_example_before_and_after(code: str) -> None:
    sections = rule_sections()
    assert code in sections, f"{code} staat niet in docs/handleiding/meldingen.md"
    name, body = sections[code]
    assert name == all_rules()[code].name
    before, _, after = body.partition("Erna:")
    assert "Ervoor:" in before and before.count("```") >= 2, f"{code}: geen voorbeeld 'Ervoor'"
    assert after.count("```") >= 2, f"{code}: geen voorbeeld 'Erna'"


def test_the_guide_names_no_code_that_does_not_exist() -> None:
    assert set(rule_sections()) <= set(all_rules())


def _keys(schema: dict) -> set[str]:
    keys = set()
    for key, field in schema.items():
        keys.add(key)
        if field.fields:
            keys |= _keys(dict(field.fields))
        if field.items is not None and field.items.fields:
            keys |= _keys(dict(field.items.fields))
    return keys


@pytest.mark.parametrize(
    "schema",
    [sheet_schema(["x"]), CONTACT_SCHEMA, REVIEW_SCHEMA, PAGE_SCHEMA, DIALOGUE_SCHEMA, PROPOSAL_SCHEMA],
    ids=["sheet", "contact", "reviewed", "page", "dialogue", "proposal"],
)
def test_every_front_matter_key_is_explained(schema: dict) -> None:
    text = (GUIDE / "voorblad.md").read_text(encoding="utf-8")
    missing = sorted(key for key in _keys(schema) if f"`{key}`" not in text)
    assert missing == []


def test_every_guide_page_is_for_staff_only() -> None:
    pages = sorted(GUIDE.glob("*.md"))
    assert len(pages) >= 6
    for page in pages:
        front_matter = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        assert front_matter.get("staff") is True, page.name


def test_the_guide_passes_the_readability_gate() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wegwijs.cli", "check", str(GUIDE)],
        cwd=GUIDE.parents[1],
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not re.search(r"WW\d{3}", output), output


def test_one_meaning_per_code_every_name_is_used_once() -> None:
    names = [rule.name for rule in all_rules().values()]
    assert sorted(name for name in set(names) if names.count(name) > 1) == []
