"""`wegwijs check` runs the build's own checks (wegwijs.pipeline.check_project): on the example
content and on a set of broken files, the real `mkdocs build` log and `wegwijs check` name the same
findings at the same places. Also: reader-facing texts in YAML (front matter, dialogue results,
glossary, mkdocs.yml) at their own line and column, and the front-matter problems WW020-WW024."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import build, make_project

WHERE = re.compile(r"((?:theme_sheets|docs|woordenlijst|mkdocs)[^\s:]*:\d+:\d+: WW\d{3})")

LINKS = """---
title: Links die stuk zijn
---

# Links die stuk zijn

Lees [de eerste](bestaat-niet.md) en [de tweede](ook-niet.md).

Lees ook [de derde](../fiches/geen-fiche.md) en [de vierde](/nergens/).

Deze links werken wel: [start](index.md), [een fiche](fiches/het-leefloon.md) en [een categorie](categorie/hulp-en-geld.md).

![Een foto](geen-foto.png)
"""

OFFICIAL = """---
title: Hulp bij de kosten van de kinderopvang
description: >-
  Het OCMW kan, overeenkomstig de geldende reglementering,
  een tussenkomst verlenen teneinde de tewerkstelling te bevorderen.
category: hulp-en-geld
reviewed:
  by: participatiegroep
  on: 2026-02-31
---

# Wat is het?

Het OCMW betaalt een deel van de kosten van de opvang van je kind.
"""

FRONT_MATTER = """---
title: Een fiche met fouten in het voorblad
description: Hier staan een paar fouten.
category: gezondheid-en-zorg
title: Nog een titel
reviewed:
  by: participatiegroep
  on: 2999-01-01
---

# Wat is het?

Dit is een korte tekst.
"""

UNCLOSED = """---
title: Een fiche zonder einde van het voorblad
description: Het voorblad sluit niet.
category: hulp-en-geld

# Wat is het?

Dit is een korte tekst.
"""

NBSP = "---\ntitle: Hulp bij je huur\ndescription: Een korte zin.\ncategory:\u00a0hulp-en-geld\nicon: material/home\n---\n\nDit is een korte tekst.\n"

DIALOGUE = """---
title: Dialoogmoment over de kinderopvang
date: 2026-03-12
theme: kinderopvang
proposals:
  - proposal: Help mensen met de kosten van de kinderopvang.
    status: niet-weerhouden
    decided: 2026-04-23
    motivation: >-
      Teneinde de continuïteit van de dienstverlening te waarborgen wordt middels deze beslissing
      door het OCMW, overeenkomstig de geldende reglementering, geen bijkomende tussenkomst voorzien
      voor de kosten die door de aanvrager zelf worden gemaakt.
---

De groep praatte over de kinderopvang.
"""

MKDOCS_EXTRA = "        description: Leefloon, sociaal onderzoek, hulp bij schulden.\n"
MKDOCS_OFFICIAL = "        description: Alle informatie inzake de toekenning van een tussenkomst.\n"


def wegwijs(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wegwijs.cli", *args], cwd=project, capture_output=True, text=True, timeout=600
    )


def places(output: str) -> set[str]:
    return set(WHERE.findall(output))


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess, subprocess.CompletedProcess]:
    project = make_project(
        tmp_path_factory.mktemp("broken"),
        sheets={"kinderopvang.md": OFFICIAL, "voorblad.md": FRONT_MATTER, "open.md": UNCLOSED, "spatie.md": NBSP},
        docs={"links.md": LINKS, "dialoog/2026-03-12-kinderopvang.md": DIALOGUE},
    )
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(MKDOCS_EXTRA, MKDOCS_OFFICIAL), "utf-8")
    glossary = project / "woordenlijst.yml"
    glossary.write_text(
        glossary.read_text("utf-8")
        + "\n- term: kinderbijslag\n  explanation: >-\n    Geld voor je kinderen,\n    dat wordt uitbetaald middels een storting.\n",
        "utf-8",
    )
    return project, build(project), wegwijs(project, "check")


def test_build_and_check_report_the_same_findings_on_broken_files(broken) -> None:
    project, built, checked = broken
    assert built.returncode == 1 and checked.returncode == 1, checked.stdout
    in_build, in_check = places(built.stderr), places(checked.stdout)
    assert in_build == in_check, (sorted(in_build - in_check), sorted(in_check - in_build))
    links = [p for p in in_check if p.endswith("WW501")]
    assert len(links) == 4, links
    for place in ("docs/links.md:7:6: WW501", "docs/links.md:7:38: WW501", "docs/links.md:9:10: WW501",
                  "docs/links.md:9:49: WW501", "docs/links.md:13:1: WW502"):
        assert place in in_check
    assert "Traceback" not in built.stderr + checked.stderr


def test_reader_facing_texts_are_checked_at_their_own_line_and_column(broken) -> None:
    _, _, checked = broken
    out = checked.stdout
    # A folded description: each officialese word at its own line and column, as an error.
    assert "theme_sheets/kinderopvang.md:4:17: WW142 " in out  # overeenkomstig
    assert "theme_sheets/kinderopvang.md:5:7: WW142 " in out  # tussenkomst
    assert "theme_sheets/kinderopvang.md:5:28: WW142 " in out  # teneinde
    # A 33-word motivation full of teneinde/middels/passive: far from 'alles in orde'.
    motivation = [line for line in out.splitlines() if "2026-03-12-kinderopvang.md:1" in line]
    assert any(":10:7: WW101 " in line and "33 woorden" in line for line in motivation), motivation
    assert any(":10:7: WW105 " in line and "'teneinde'" in line for line in motivation), motivation
    assert any(":10:75: WW105 " in line and "'middels'" in line for line in motivation), motivation
    assert any("WW107" in line for line in motivation), motivation
    # mkdocs.yml category description and a glossary explanation.
    assert re.search(r"mkdocs\.yml:\d+:67: WW142 .*tussenkomst", out), out
    assert re.search(r"woordenlijst\.yml:\d+:26: WW105 .*middels", out), out


def test_front_matter_problems(broken) -> None:
    _, _, checked = broken
    out = checked.stdout
    assert "theme_sheets/kinderopvang.md:9:7: WW022 'on: 2026-02-31': die dag bestaat niet. Februari 2026 heeft 28 dagen." in out
    assert "Schrijf de datum zo" not in out
    assert "theme_sheets/voorblad.md:5:1: WW020 Het veld 'title' staat twee keer (ook op regel 2)." in out
    assert "theme_sheets/voorblad.md:8:7: WW021 " in out
    assert "theme_sheets/voorblad.md:4:11: WW008 'gezondheid-en-zorg' is geen goede waarde voor 'category'. Bedoel je 'gezondheid'?" in out
    unclosed = [line for line in out.splitlines() if line.startswith("theme_sheets/open.md")]
    assert unclosed == [
        "theme_sheets/open.md:1:1: WW002 Het voorblad begint met ---, maar er is geen regel --- die het afsluit. "
        "Zet een regel met alleen --- na het laatste veld."
    ]
    spatie = [line for line in out.splitlines() if line.startswith("theme_sheets/spatie.md")]
    assert spatie == [
        "theme_sheets/spatie.md:4:10: WW024 Na 'category:' staat een harde spatie in plaats van een gewone spatie. "
        "Wis die en typ een gewone spatie."
    ]


def test_build_and_check_agree_on_the_example_content(example_site: Path) -> None:
    built = build(example_site, "--strict")
    checked = wegwijs(example_site, "check", "--strict")
    assert built.returncode == 0, built.stderr
    assert checked.returncode == 0, checked.stdout
    assert places(built.stderr) == places(checked.stdout) == set()
    assert "alles in orde" in checked.stdout.splitlines()[-1]


def test_build_and_check_agree_on_warnings(tmp_path: Path) -> None:
    warning = "---\ntitle: Ambtelijk\ndescription: Een korte zin.\n---\n\nIndien je werkt, bel ons.\n\nLees [dit](weg.md).\n"
    project = make_project(tmp_path, docs={"ambtelijk.md": warning}, examples=False)
    built, strict = build(project), build(project, "--strict")
    checked, checked_strict = wegwijs(project, "check"), wegwijs(project, "check", "--strict")
    assert (built.returncode, strict.returncode) == (0, 1)
    assert (checked.returncode, checked_strict.returncode) == (0, 1)
    # Without sheets the build also warns that the brochure is empty (WW406): brochure problems are
    # found while the brochure is rendered, which `wegwijs check` does not do (`wegwijs brochure` does).
    brochure = {"mkdocs.yml:1:1: WW406"}
    assert places(built.stderr) - brochure == places(checked.stdout) == {
        "docs/ambtelijk.md:6:1: WW105", "docs/ambtelijk.md:8:6: WW501",
    }


def test_check_guards_every_page_under_dialoog_as_the_build_does(tmp_path: Path) -> None:
    phone = "---\ntitle: {title}\n---\n\nBel Mieke op 0470 12 34 56 na de middag.\n"
    project = make_project(
        tmp_path / "dialoog",
        examples=False,
        docs={
            "dialoog/index.md": phone.format(title="Alle voorstellen"),
            "dialoog/2026/x.markdown": phone.format(title="Een voorstel"),
        },
    )
    built, checked = build(project), wegwijs(project, "check", "theme_sheets", "docs")
    for name in ("docs/dialoog/index.md", "docs/dialoog/2026/x.markdown"):
        in_build = {p for p in places(built.stderr) if p.startswith(name)}
        in_check = {p for p in places(checked.stdout) if p.startswith(name)}
        assert f"{name}:5:14: WW302" in in_check, checked.stdout
        assert in_build == in_check, (name, sorted(in_build), sorted(in_check))
    assert "0470 12 34 56" not in built.stderr + checked.stdout  # masked in both
    assert built.returncode == 1 and checked.returncode == 1
