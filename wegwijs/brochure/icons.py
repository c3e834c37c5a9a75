"""Icons by Material name ('material/cash'), read from theme directories that hold ``.icons``.

The adapter passes MkDocs' theme directories; the command line finds Material's templates
directory without importing MkDocs.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Sequence
from pathlib import Path

from wegwijs.brochure.parts import IconLoader


def material_theme_dirs() -> list[str]:
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        return []
    return [str(Path(location) / "templates") for location in spec.submodule_search_locations]


def icon_loader(theme_dirs: Sequence[str]) -> IconLoader:
    dirs = tuple(theme_dirs)

    @functools.lru_cache(maxsize=512)
    def load(name: str) -> str | None:
        if ".." in name or name.startswith("/"):
            return None
        for directory in dirs:
            path = Path(directory) / ".icons" / f"{name}.svg"
            if path.is_file():
                return path.read_text(encoding="utf-8")
        return None

    return load
