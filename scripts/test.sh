#!/usr/bin/env bash
# Set everything up, then run the whole test suite (real MkDocs builds, real PDFs, real Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
# Two workers (the CI machine has 2 cores); a test file stays on one worker, so its module fixtures
# (one real build per file) are built once. WEGWIJS_TEST_WORKERS=0 runs everything in one process.
exec .venv/bin/python -m pytest -n "${WEGWIJS_TEST_WORKERS:-2}" --dist loadfile "$@"
