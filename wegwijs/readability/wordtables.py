"""The big word tables, as one SQLite file in the cache: looked up per word, never loaded whole.

Two packages hold the word data: wordfreq (Dutch frequencies, 300,000 words) and LiNT-II
(SUBTLEX-NL frequencies and nouns, see ``lintdata``; ``wordsources`` reads both). Unpacking them costs seconds, and even
a marshal copy took 0.3 s to load, while a build meets a few thousand distinct words and
``wordcache`` already knows most of them. So the tables are written once into
``~/.cache/wegwijs/wordtables-<versions>.sqlite`` (``XDG_CACHE_HOME`` is honoured) and each new word
is one indexed lookup. ``scripts/setup.sh`` makes the file (``python -m wegwijs.readability.maketables``),
so not even the first build on a machine pays for it; a missing file is made on first use.

The file is only ever read through ``immutable`` read-only connections, one per process and thread
(a forked brochure worker or the serve thread never shares one), and replaced atomically.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

from wegwijs.readability import wordcache, wordsources

_SCHEMA = "1"
_sources = wordsources.TABLES
_local = threading.local()
_opened = False


def opened() -> bool:
    """Whether this process looked a word up in the tables (a run that meets only known words does not)."""
    return _opened


def path() -> Path:
    digest = hashlib.sha1(_SCHEMA.encode())
    for name in sorted(_sources):
        packages, depends_on, _ = _sources[name]
        digest.update(f"{name}:{depends_on};".encode())
        digest.update(wordcache.package_versions(packages))
    return wordcache.cache_dir() / f"wordtables-{digest.hexdigest()[:16]}.sqlite"


def prepare() -> Path:
    """Make the file when it is missing; returns its path."""
    target = path()
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    temporary.unlink(missing_ok=True)
    connection = sqlite3.connect(temporary)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        _fill(connection)
        connection.close()
        temporary.replace(target)  # atomic: a parallel build never reads half a file
    except BaseException:
        connection.close()
        temporary.unlink(missing_ok=True)
        raise
    return target


def _fill(connection: sqlite3.Connection) -> None:
    for name, (_, _, rows) in sorted(_sources.items()):
        connection.execute(f'CREATE TABLE "{name}" (word TEXT PRIMARY KEY, value) WITHOUT ROWID')
        # LiNT-II's lists have an empty word here and there: nobody looks those up.
        connection.executemany(
            f'INSERT OR REPLACE INTO "{name}" VALUES (?, ?)', ((w, v) for w, v in rows() if isinstance(w, str))
        )
    connection.commit()


def _open() -> sqlite3.Connection:
    for _ in range(2):
        try:
            source = prepare()
        except (OSError, sqlite3.Error):
            break
        try:
            connection = sqlite3.connect(f"{source.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return connection
        except sqlite3.DatabaseError:
            source.unlink(missing_ok=True)  # a damaged file (a disk error, a half copy) is made again
    # No cache folder we may write: the tables live in memory for this run (slower, still right).
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(connection)
    return connection


def _connection() -> sqlite3.Connection:
    global _opened
    _opened = True
    key = os.getpid()
    connection = getattr(_local, "connection", None)
    if connection is None or getattr(_local, "pid", None) != key:
        connection = _open()
        _local.connection, _local.pid = connection, key
    return connection


def _remake() -> sqlite3.Connection:
    """A file damaged after it was opened is made again."""
    _local.connection = None
    try:
        path().unlink(missing_ok=True)
    except OSError:
        pass
    return _connection()


class Table:
    """One table, read like a dict: ``table.get(word, default)``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._query = f'SELECT value FROM "{name}" WHERE word = ?'

    def get(self, word: str, default: object = None) -> object:
        try:
            row = _connection().execute(self._query, (word,)).fetchone()
        except sqlite3.DatabaseError:
            row = _remake().execute(self._query, (word,)).fetchone()
        return default if row is None else row[0]
