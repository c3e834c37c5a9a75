"""A free font from a system package, declared with @font-face so WeasyPrint embeds exactly that file.

DejaVu (Debian's fonts-dejavu-core) is the default: it is freely licensed, covers every accent a
Dutch or French name needs, and is wide and open at 12 pt, which helps readers with low vision.
Noto Sans (fonts-noto-core) is the fallback.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

FAMILY = "Wegwijs Sans"

#: (weight, style) -> file names to try, per family, in order of preference.
_FACES = {
    "DejaVu Sans": {
        ("normal", "normal"): "DejaVuSans.ttf",
        ("bold", "normal"): "DejaVuSans-Bold.ttf",
        ("normal", "italic"): "DejaVuSans-Oblique.ttf",
        ("bold", "italic"): "DejaVuSans-BoldOblique.ttf",
    },
    "Noto Sans": {
        ("normal", "normal"): "NotoSans-Regular.ttf",
        ("bold", "normal"): "NotoSans-Bold.ttf",
        ("normal", "italic"): "NotoSans-Italic.ttf",
        ("bold", "italic"): "NotoSans-BoldItalic.ttf",
    },
}
_KNOWN_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/noto",
    "/usr/local/share/fonts",
)


@dataclass(frozen=True)
class FontSet:
    family: str
    faces: dict[tuple[str, str], Path]

    @property
    def regular(self) -> Path:
        return self.faces[("normal", "normal")]

    def css(self) -> str:
        rules = [
            f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; font-style: {style}; '
            f'src: url("{path.as_uri()}"); }}'
            for (weight, style), path in self.faces.items()
        ]
        return "\n".join(rules) + "\n"


@functools.lru_cache(maxsize=1)
def find_fonts() -> FontSet | None:
    """The first family with a regular face on this machine, or None."""
    for family, files in _FACES.items():
        regular = _locate(family, files[("normal", "normal")])
        if regular is None:
            continue
        faces = {("normal", "normal"): regular}
        for key, name in files.items():
            sibling = regular.parent / name
            if key not in faces and sibling.is_file():
                faces[key] = sibling
        return FontSet(family, faces)
    return None


def _locate(family: str, file_name: str) -> Path | None:
    for directory in _KNOWN_DIRS:
        candidate = Path(directory) / file_name
        if candidate.is_file():
            return candidate
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{file}", family], capture_output=True, text=True, timeout=10
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return None
        if out and Path(out).name == file_name and Path(out).is_file():
            return Path(out)
    return None
