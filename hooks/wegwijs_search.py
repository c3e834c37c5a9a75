"""MkDocs hook: everyday words for each sheet in the search index."""

from wegwijs_mkdocs.search import on_post_build  # noqa: F401  (MkDocs finds the events by name)
