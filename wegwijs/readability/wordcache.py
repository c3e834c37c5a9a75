"""A small on-disk cache of the per-word results (Zipf frequency, syllables) between runs.

Every build and every ``wegwijs check`` used to load wordfreq's Dutch table (300,000 words) and
pyphen's dictionary, then hyphenate each distinct word again. A site has a few thousand distinct
words, so we keep their results in ``~/.cache/wegwijs/`` (``XDG_CACHE_HOME`` is honoured): the next
run loads that small file, and the big table and pyphen only load when a new word comes along.

The file name holds a hash of everything a result depends on (the versions of wordfreq and pyphen,
and the code and data that count syllables), so any change there starts a fresh cache.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
from importlib import metadata, resources
from pathlib import Path

_MODULES = ("frequency.py", "syllables.py", "numbers.py", "wordcache.py", "lintdata.py", "wordtables.py", "wordsources.py")
_DATA = ("lettergrepen.yml",)
_stored: dict[str, dict] | None = None
_tables: dict[str, dict] = {}  # the per-word results of this process, by name: frequency and syllables fill them
_dirty = False
_recalled: set[str] = set()  # the tables that hold the results of earlier runs already


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wegwijs"


def package_versions(packages: tuple[str, ...]) -> bytes:
    """'name=version;' per package ('name=?;' when it is not installed): for the names of cache files,
    so that a new version of the data's package starts a fresh file."""
    parts = []
    for package in packages:
        try:
            parts.append(f"{package}={metadata.version(package)};")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=?;")
    return "".join(parts).encode()


def _path() -> Path:
    digest = hashlib.sha1(package_versions(("wordfreq", "pyphen", "lint_ii")))
    here = resources.files("wegwijs.readability")
    for name in _MODULES:
        digest.update(here.joinpath(name).read_bytes())
    for name in _DATA:
        digest.update(here.joinpath("data").joinpath(name).read_bytes())
    return cache_dir() / f"words-{digest.hexdigest()[:16]}.marshal"


def table(name: str) -> dict:
    """This process's results under ``name`` ("zipf", "syllables"): the module that computes them
    fills the dict, and ``save`` writes every table. Owning the tables here keeps the imports one way."""
    return _tables.setdefault(name, {})


def stored(name: str) -> dict:
    """The results kept on disk under ``name`` ("zipf", "syllables"); read once per process."""
    global _stored
    if _stored is None:
        _stored = {}
        atexit.register(save)
        try:
            data = marshal.loads(_path().read_bytes())
            if isinstance(data, dict):
                _stored = data
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no cache yet, or an unreadable one: it is rebuilt
    return _stored.get(name) or {}


def recall(name: str, key: str, cache: dict) -> object | None:
    """After a miss in ``cache`` (the caller's ``table(name)``): the result for ``key`` from earlier
    runs, or None. The first call per name takes all of them into ``cache``, before the caller loads
    its big data."""
    if name not in _recalled:
        _recalled.add(name)
        for known, value in stored(name).items():
            cache.setdefault(known, value)
    return cache.get(key)


def changed() -> None:
    """Called when a new word was computed: ``save`` will write the file."""
    global _dirty
    _dirty = True


def save() -> None:
    """Write the cache if new words came in (at exit, and after each site build)."""
    global _dirty
    if not _dirty:
        return
    _dirty = False
    try:
        path = _path()
    except OSError:
        return
    write(path, dict(_tables))


def write(path: Path, value: object) -> None:
    """Keep ``value`` as a marshal file at ``path``; a read-only home only makes the next run slower."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(value))
        temporary.replace(path)  # atomic: a parallel build never reads half a file
    except (OSError, ValueError):
        pass
