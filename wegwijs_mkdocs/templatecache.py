"""Compiled theme templates kept between builds, so a cold ``mkdocs build`` does not compile them again.

MkDocs makes a fresh Jinja2 environment on every build, and Material plus our overrides are some 50
templates: compiling them was a fixed cost of every build and of every rebuild during ``mkdocs serve``.
Jinja2's own bytecode cache stores each compiled template in ``~/.cache/wegwijs/jinja2/``
(``XDG_CACHE_HOME`` is honoured), keyed by the template's name, file and a checksum of its source,
so an edited or upgraded template is compiled afresh. Without a writable cache folder the build
simply compiles as before.
"""

from __future__ import annotations

import os

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from wegwijs.readability.wordcache import cache_dir


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    if env.bytecode_cache is None:
        folder = cache_dir() / "jinja2"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return env
        if os.access(folder, os.W_OK):
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
    return env
