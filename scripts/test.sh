#!/usr/bin/env bash
# Set everything up, then run the whole test suite (real MkDocs builds, real PDFs, real Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/python -m pytest "$@"
