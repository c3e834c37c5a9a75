"""MkDocs hook: findings marked in the page during `mkdocs serve` (a no-op in `mkdocs build`)."""

from wegwijs_mkdocs.preview import on_files, on_post_page  # noqa: F401  (MkDocs finds the events by name)
