"""The sites the accessibility and kiosk tests look at: built once per test session.

The example content plus one page with every kind of link the kiosk must tame (outside address,
phone, e-mail, download, staff page), so the rules are tested on real output.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import build, make_project

LINKS_PAGE = """---
title: Meer hulp
description: Andere diensten die je kunnen helpen.
---

## Andere diensten

Lees meer over de UiTPAS op [de site van UiTPAS](https://www.uitpas.be/).

Bel ons op [03 620 15 60](tel:+3236201560) of mail [naar de sociale dienst](mailto:info@example.org).

Vul [het formulier](formulier.pdf) in. Lees ook [de nota voor het personeel](intern.md) en [de handleiding](handleiding/index.md).

Alles over het [leefloon](fiches/het-leefloon.md).
"""

STAFF_PAGE = """---
title: Interne nota
description: Alleen voor het personeel.
staff: true
---

Dit is voor het personeel.
"""

HANDLEIDING = """---
title: Handleiding
description: Voor de redactie.
---

Zo schrijf je een fiche.
"""


@dataclass(frozen=True)
class Sites:
    project: Path

    @property
    def site(self) -> Path:
        return self.project / "site"

    @property
    def kiosk(self) -> Path:
        return self.project / "site-kiosk"


_built: dict[str, Sites] = {}


def extra_docs() -> dict[str, str | bytes]:
    docs: dict[str, str | bytes] = {
        "meer-hulp.md": LINKS_PAGE,
        "intern.md": STAFF_PAGE,
        "formulier.pdf": b"%PDF-1.4\n%%EOF\n",
    }
    if not (Path(__file__).resolve().parents[1] / "docs" / "handleiding" / "index.md").exists():
        docs["handleiding/index.md"] = HANDLEIDING
    return docs


@pytest.fixture(scope="session")
def sites(tmp_path_factory) -> Sites:
    """The website and the kiosk of one project, built with the real ``mkdocs build``."""
    if "sites" not in _built:
        project = make_project(tmp_path_factory.mktemp("a11y"), docs=extra_docs())
        for config in ("mkdocs.yml", "mkdocs-kiosk.yml"):
            result = build(project, config=config)
            assert result.returncode == 0, result.stderr
        _built["sites"] = Sites(project)
    return _built["sites"]


def page_paths(site: Path) -> list[str]:
    """Every built page as a URL path ('' for the start page), plus the 404 page."""
    paths = sorted(
        ("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/")
        for p in site.rglob("index.html")
    )
    return paths + ["404.html"]
