"""The printable welcome brochure: Jinja2 + print CSS -> WeasyPrint -> one accessible PDF.

No MkDocs here: the adapter (``wegwijs_mkdocs.brochure``) and the command line both call
``build_brochure``.
"""

from wegwijs.brochure.body import MarkdownSetup
from wegwijs.brochure.build import FILE_NAME, BrochureOptions, BrochureResult, build_brochure, one_document

__all__ = ["FILE_NAME", "BrochureOptions", "BrochureResult", "MarkdownSetup", "build_brochure", "one_document"]
