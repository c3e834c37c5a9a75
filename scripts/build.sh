#!/usr/bin/env bash
# Set everything up, then build the website (site/), the kiosk (site-kiosk/) and the brochure
# (site/brochure/). Extra arguments go to both mkdocs builds, e.g. --strict.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
.venv/bin/mkdocs build "$@"
if [ -f mkdocs-kiosk.yml ]; then
  .venv/bin/mkdocs build -f mkdocs-kiosk.yml "$@"
fi
echo "build: website in site/, kiosk in site-kiosk/, brochure in site/brochure/"
