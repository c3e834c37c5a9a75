"""MkDocs hook: findings marked in the page, error pages that heal, and rebuilding only what changed,
during `mkdocs serve` (a no-op in `mkdocs build`)."""

from wegwijs_mkdocs.preview import (  # noqa: F401  (MkDocs finds the events by name)
    on_files,
    on_nav,
    on_page_context,
    on_page_markdown,
    on_post_page,
    on_serve,
)
