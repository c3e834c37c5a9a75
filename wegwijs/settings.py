"""Site settings: ``extra.wegwijs`` in mkdocs.yml, validated like front matter.

The settings are read from the composed YAML of the config file (and the file it INHERITs from),
so every problem names the file and line an editor has to change.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wegwijs.brochure.settings import BROCHURE_SCHEMA, BrochureSettings
from wegwijs.content import codes
from wegwijs.content.schema import Field, validate
from wegwijs.content.sheet import LEVELS
from wegwijs.content.source import compose_yaml, decode
from wegwijs.findings import Finding
from wegwijs.kiosk.options import KioskOptions
from wegwijs.readability.settings import READABILITY_SCHEMA

CATEGORY_SCHEMA = {
    "id": Field(str, required=True, help="Een korte naam zonder spaties, bv. 'hulp-en-geld'."),
    "label": Field(str, required=True, help="De naam die lezers zien, bv. 'Hulp en geld'."),
    "icon": Field(str, default="material/folder-outline"),
    "description": Field(str, default=""),
}

ORGANISATION_SCHEMA = {
    "name": Field(str, required=True, help="De naam van het OCMW of het sociaal huis."),
    "phone": Field(str),
    "email": Field(str),
    "address": Field(str),
    "hours": Field(str),
    "website": Field(str),
    "logo": Field(str),
}

#: Types here, defaults from the one typed kiosk options class (``wegwijs/kiosk/options.py``).
KIOSK_SCHEMA = {
    name: Field(type(default), default=default) for name, default in KioskOptions.defaults().items()
}

DIALOGUE_SCHEMA = {
    "allowlist": Field(list, items=Field(str)),
    # An open proposal without 'review_by' gets a warning after this many months (content model).
    "max_open_months": Field(
        int, default=6, check=lambda n: None if n >= 1 else f"'max_open_months: {n}' kan niet. Kies 1 of meer."
    ),
}

SETTINGS_SCHEMA = {
    "organisation": Field(dict, required=True, fields=ORGANISATION_SCHEMA),
    "categories": Field(list, required=True, min_items=1, items=Field(dict, fields=CATEGORY_SCHEMA)),
    "theme_sheets": Field(str, default="theme_sheets"),
    "glossary": Field(str, default="woordenlijst.yml"),
    "review_max_age_months": Field(int, default=12),
    "level": Field(str, choices=LEVELS, default="B1"),
    "readability": Field(dict, fields=READABILITY_SCHEMA),
    "brochure": Field(dict, fields=BROCHURE_SCHEMA),
    "kiosk": Field(dict, fields=KIOSK_SCHEMA),
    "dialogue": Field(dict, fields=DIALOGUE_SCHEMA),
    "kiosk_build": Field(bool, default=False),
}


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    icon: str
    description: str
    order: int


@dataclass(frozen=True)
class Organisation:
    name: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    hours: str | None = None
    website: str | None = None
    logo: str | None = None


@dataclass
class Settings:
    project_dir: Path
    organisation: Organisation
    categories: list[Category]
    theme_sheets: str = "theme_sheets"
    glossary: str = "woordenlijst.yml"
    review_max_age_months: int = 12
    level: str = "B1"
    #: True in the kiosk build (``mkdocs-kiosk.yml``): no staff pages, downloads or outside links.
    kiosk_build: bool = False
    readability: dict[str, Any] = field(default_factory=dict)
    brochure: dict[str, Any] = field(default_factory=dict)
    #: The same brochure settings, typed, every default filled in.
    brochure_settings: BrochureSettings = field(default_factory=BrochureSettings)
    kiosk: dict[str, Any] = field(default_factory=dict)
    dialogue: dict[str, Any] = field(default_factory=dict)
    #: The config file's name (``mkdocs.yml``) and the (line, column) of every key in it.
    config_file: str = "mkdocs.yml"
    lines: dict[tuple, tuple[int, int]] = field(default_factory=dict, repr=False)

    @property
    def category_ids(self) -> list[str]:
        return [c.id for c in self.categories]

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    @property
    def theme_sheets_dir(self) -> Path:
        return self.project_dir / self.theme_sheets

    @property
    def glossary_path(self) -> Path:
        return self.project_dir / self.glossary


def settings_node(config_path: Path) -> tuple[yaml.Node | None, list[Finding]]:
    """The ``extra.wegwijs`` node of a config file, merged over the file it INHERITs from."""
    rel = config_path.name
    text, findings = decode(config_path.read_bytes(), rel)
    stream = io.StringIO(text)
    stream.name = rel  # marks carry the file name, so a finding can say which file
    node, compose_findings = _compose_named(stream, rel)
    findings += compose_findings
    if not isinstance(node, yaml.MappingNode):
        return None, findings
    own = _child(_child(node, "extra"), "wegwijs")
    parent_name = _scalar(_child(node, "INHERIT"))
    if parent_name:
        parent_node, parent_findings = settings_node(config_path.parent / parent_name)
        findings += parent_findings
        own = _merge(parent_node, own)
    return own, findings


def top_level_value(config_path: Path, key: str) -> str | None:
    """A plain top-level value of a config file (such as ``docs_dir``), read without MkDocs."""
    text, _ = decode(config_path.read_bytes(), config_path.name)
    node, _ = _compose_named(io.StringIO(text), config_path.name)
    return _scalar(_child(node, key))


def _compose_named(stream: io.StringIO, rel: str) -> tuple[yaml.Node | None, list[Finding]]:
    try:
        return yaml.compose(stream, Loader=yaml.SafeLoader), []
    except yaml.YAMLError:
        return compose_yaml(stream.getvalue(), rel, line_offset=0)


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if k.value == key), None)


def _scalar(node: yaml.Node | None) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _merge(base: yaml.Node | None, over: yaml.Node | None) -> yaml.Node | None:
    if base is None or over is None:
        return over if over is not None else base
    if not (isinstance(base, yaml.MappingNode) and isinstance(over, yaml.MappingNode)):
        return over
    merged = list(base.value)
    for key, value in over.value:
        index = next((i for i, (k, _) in enumerate(merged) if k.value == key.value), None)
        if index is None:
            merged.append((key, value))
        else:
            merged[index] = (merged[index][0], _merge(merged[index][1], value))
    return yaml.MappingNode(base.tag, merged, base.start_mark, base.end_mark)


def load_settings(config_path: Path) -> tuple[Settings | None, list[Finding]]:
    """Read and validate ``extra.wegwijs``. Returns ``(None, findings)`` when the site cannot build."""
    node, findings = settings_node(config_path)
    rel = config_path.name
    if node is None:
        findings.append(
            codes.MISSING_KEY.finding(
                "In mkdocs.yml ontbreekt het deel 'extra: wegwijs:' met de instellingen van Wegwijs.",
                rel,
            )
        )
        return None, findings
    values, schema_findings, lines = validate(node, SETTINGS_SCHEMA, rel, line_offset=0, where="wegwijs")
    findings += schema_findings
    categories = [
        Category(c["id"], c["label"], c["icon"], c.get("description", ""), i)
        for i, c in enumerate(values.get("categories", []))
        if "id" in c and "label" in c
    ]
    findings += _duplicate_categories(categories, lines, rel)
    if "organisation" not in values or not categories:
        return None, findings
    organisation = values["organisation"]
    if "name" not in organisation:
        return None, findings
    settings = Settings(
        project_dir=config_path.parent,
        organisation=Organisation(**organisation),
        categories=categories,
        theme_sheets=values["theme_sheets"],
        glossary=values["glossary"],
        review_max_age_months=values["review_max_age_months"],
        level=values["level"],
        kiosk_build=values["kiosk_build"],
        readability=values.get("readability") or {},
        brochure=values.get("brochure") or _defaults(BROCHURE_SCHEMA),
        brochure_settings=BrochureSettings.from_values(values.get("brochure")),
        kiosk=values.get("kiosk") or _defaults(KIOSK_SCHEMA),
        dialogue=values.get("dialogue") or _defaults(DIALOGUE_SCHEMA),
        config_file=rel,
        lines=lines,
    )
    return settings, findings


def _defaults(schema: dict[str, Field]) -> dict[str, Any]:
    return {k: f.default for k, f in schema.items() if f.default is not None}


def _duplicate_categories(categories: list[Category], lines: dict, rel: str) -> list[Finding]:
    seen: set[str] = set()
    findings = []
    for index, category in enumerate(categories):
        if category.id in seen:
            line, column = lines.get(("categories", index, "id"), (1, 1))
            findings.append(
                codes.DUPLICATE_SLUG.finding(
                    f"De categorie '{category.id}' staat twee keer in de lijst.", rel, line, column
                )
            )
        seen.add(category.id)
    return findings
