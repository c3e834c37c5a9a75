#!/usr/bin/env bash
# Install everything Wegwijs needs on a fresh Debian/Ubuntu machine: system packages (with root or
# sudo) and a virtual environment in .venv with the project and its test tools.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installed with --no-install-recommends, so every package we rely on is named here, including
# those that are only a "Recommends" of another (fonts-liberation for chromium,
# speech-dispatcher-espeak-ng for speech-dispatcher). `python -m wegwijs.system` below checks that
# each part works.
SYSTEM_PACKAGES=(
  python3-venv          # the virtual environment
  chromium              # browser tests, screenshots and the kiosk (Playwright drives this one)
  fonts-liberation      # Chromium's default sans-serif (a Recommends of chromium-common)
  poppler-utils         # pdftoppm: tests look at brochure pages as images
  fonts-dejavu-core     # a free font WeasyPrint embeds in the brochure
  fontconfig            # fc-match: the system check finds the fonts with it
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0  # WeasyPrint's text layout
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng  # "Lees voor" needs a Dutch voice:
                        # speech-dispatcher has none without its espeak-ng output module
)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for package in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>/tmp/wegwijs-apt.log \
    || { cat /tmp/wegwijs-apt.log >&2; echo "setup: apt-get install failed" >&2; exit 1; }
  for package in "${missing[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || { echo "setup: the system package $package did not install" >&2; exit 1; }
  done
fi

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.wegwijs-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
  # LiNT-II's word data (SUBTLEX-NL frequencies, nouns and their semantic types, its coefficients) for
  # the sentence difficulty. Without its dependencies: we read its data files and never import its
  # code, which needs spaCy and a spaCy model (see wegwijs/readability/lintdata.py).
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps "lint_ii==0.1.3"
  touch "$stamp"
fi
# The word tables (wordfreq, LiNT-II) as one SQLite file in ~/.cache/wegwijs, made once here so that
# not even the first build on this machine spends seconds unpacking them.
.venv/bin/python -m wegwijs.readability.maketables > /dev/null
# Every system part works (a Dutch voice, the fonts, chromium): fail here, with what to install,
# rather than later as a time-out inside a browser test.
.venv/bin/python -m wegwijs.system || { echo "setup: install what is MISSING above, then run setup again" >&2; exit 1; }
# Material for MkDocs prints an English end-of-life banner on every `mkdocs` run unless
# NO_MKDOCS_2_WARNING is set. Editors start `.venv/bin/mkdocs serve` themselves, so the environment
# of this .venv sets it (a .pth file runs its `import` line when Python starts). To see the banner
# again: `NO_MKDOCS_2_WARNING= .venv/bin/mkdocs build` (set, but empty).
site_packages="$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
quiet="import os; os.environ.setdefault('NO_MKDOCS_2_WARNING', '1')"
if [ "$(cat "$site_packages/wegwijs-quiet.pth" 2>/dev/null)" != "$quiet" ]; then
  printf '%s\n' "$quiet" > "$site_packages/wegwijs-quiet.pth"
fi
echo "setup: ready"
