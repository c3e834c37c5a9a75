"""Turn composed YAML nodes into plain values, as PyYAML's safe loader would."""

from __future__ import annotations

from typing import Any

import yaml


def construct(node: yaml.Node) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    except (yaml.YAMLError, ValueError, TypeError):  # e.g. 2026-13-45 looks like a date
        return node.value if isinstance(node, yaml.ScalarNode) else None
    finally:
        loader.dispose()
