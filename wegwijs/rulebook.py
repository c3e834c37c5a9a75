"""Every rule Wegwijs knows, gathered from the modules that define them (for the editors' guide).

Rules live next to the code that checks them (``codes.py`` modules, the readability ``RULES``
registry, ...). This collects them by looking, not by a second list that could go stale: a new
rule in any of these modules shows up here, and the guide's test then asks for its explanation.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import wegwijs
from wegwijs.findings import Rule

#: Modules that define rules: every ``codes`` and ``rules`` module, plus these.
EXTRA_MODULES = ("wegwijs.content.markup",)
_RULE_MODULE_NAMES = ("codes", "rules")


def rule_modules() -> list[str]:
    # Walk the folders, not pkgutil: a subpackage without __init__.py is still importable.
    root = Path(wegwijs.__file__).parent
    names = [
        ".".join(("wegwijs", *path.relative_to(root).with_suffix("").parts))
        for stem in _RULE_MODULE_NAMES
        for path in root.rglob(f"{stem}.py")
    ]
    return sorted({*names, *EXTRA_MODULES})


def all_rules() -> dict[str, Rule]:
    """Every rule by code, sorted by code. Module-level ``Rule`` objects and ``RULES`` registries."""
    found: dict[str, Rule] = {}
    for name in rule_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, Rule):
                found.setdefault(value.code, value)
            elif isinstance(value, dict) and value and all(isinstance(v, Rule) for v in value.values()):
                for rule in value.values():
                    found.setdefault(rule.code, rule)
    return dict(sorted(found.items()))
