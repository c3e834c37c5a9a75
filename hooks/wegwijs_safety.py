"""MkDocs hook: escaped values, sanitised pages and a Content-Security-Policy (after every other hook)."""

from wegwijs_mkdocs.safety import (  # noqa: F401  (MkDocs finds the events by name)
    on_config,
    on_env,
    on_files,
    on_page_content,
    on_page_context,
    on_page_markdown,
    on_post_page,
    on_post_template,
    on_serve,
)
