"""MkDocs hook: theme sheets, categories, glossary and the content model's checks."""

from wegwijs_mkdocs.content import (  # noqa: F401  (MkDocs finds the events by name)
    on_config,
    on_files,
    on_nav,
    on_page_context,
    on_page_markdown,
    on_page_read_source,
    on_post_build,
    on_serve,
    on_startup,
)
from wegwijs_mkdocs.templatecache import on_env  # noqa: F401
