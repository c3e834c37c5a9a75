"""The content model: reading sources, front matter, and validating them against the contract."""

from wegwijs.content.source import SourceDocument, read_document
from wegwijs.content.schema import Field, validate

__all__ = ["Field", "SourceDocument", "read_document", "validate"]
