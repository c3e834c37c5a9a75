"""What the command line needs from mkdocs.yml besides ``extra.wegwijs``, read without MkDocs.

MkDocs' config uses a few YAML tags of its own (``!!python/name:``, ``!ENV``, ``!relative``);
this loader understands just enough of them to get ``site_url`` and ``markdown_extensions``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import yaml

from wegwijs.brochure.body import MarkdownSetup


class _ConfigLoader(yaml.SafeLoader):
    pass


def _python_name(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    module, _, name = suffix.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    import os

    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    for name in names[:-1] if len(names) > 1 else names:
        if isinstance(name, str) and name in os.environ:
            return os.environ[name]
    return names[-1] if len(names) > 1 else None


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", _python_name)
_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_constructor("!relative", lambda loader, node: None)


def read_config(config_path: Path) -> dict[str, Any]:
    """The plain mapping of mkdocs.yml (merged over the file it INHERITs from)."""
    try:
        data = yaml.load(config_path.read_text(encoding="utf-8-sig"), Loader=_ConfigLoader) or {}
    except (OSError, yaml.YAMLError):
        return {}
    if not isinstance(data, dict):
        return {}
    parent = data.get("INHERIT")
    if isinstance(parent, str):
        base = read_config(config_path.parent / parent)
        base.update(data)
        data = base
    return data


def markdown_setup(config: dict[str, Any]) -> MarkdownSetup:
    """The site's Markdown extensions and their options, as MkDocs would pass them."""
    extensions: list[Any] = []
    configs: dict[str, dict[str, Any]] = {}
    for item in config.get("markdown_extensions") or []:
        if isinstance(item, str):
            extensions.append(item)
        elif isinstance(item, dict):
            for name, options in item.items():
                extensions.append(name)
                if isinstance(options, dict):
                    # An option whose Python object could not be imported falls back to the default.
                    configs[name] = {k: v for k, v in options.items() if v is not None}
    return MarkdownSetup(extensions, configs) if extensions else MarkdownSetup()
