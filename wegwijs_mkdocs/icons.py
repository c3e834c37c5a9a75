"""Icons are SVG files bundled with Material; a name that does not exist would crash the template."""

from __future__ import annotations

import functools
import os

from mkdocs.config.defaults import MkDocsConfig

from wegwijs.content import codes
from wegwijs.findings import Finding

FALLBACK_ICON = "material/file-document-outline"


@functools.lru_cache(maxsize=4096)
def _exists(theme_dirs: tuple[str, ...], icon: str) -> bool:
    if ".." in icon or icon.startswith("/"):
        return False
    return any(os.path.isfile(os.path.join(d, ".icons", f"{icon}.svg")) for d in theme_dirs)


def icon_exists(config: MkDocsConfig, icon: str) -> bool:
    return _exists(tuple(config.theme.dirs), icon)


def check_icon(config: MkDocsConfig, icon: str, rel_path: str, line: int = 1) -> Finding | None:
    if icon_exists(config, icon):
        return None
    return codes.UNKNOWN_ICON.finding(
        f"Het icoon '{icon}' bestaat niet. Zoek een naam op "
        "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ .",
        rel_path,
        line,
    )
