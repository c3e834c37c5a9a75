"""``python -m wegwijs.readability.maketables``: make the word tables file now (``scripts/setup.sh``
runs it), so that the first build on a machine does not spend seconds on it. See ``wordtables``."""

from __future__ import annotations

import sys

from wegwijs.readability import wordtables


def main() -> int:
    print(f"wegwijs: woordtabellen klaar in {wordtables.prepare()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
