"""The MkDocs adapter: the only code that knows MkDocs. Hook files in ``hooks/`` call into it.

When the site moves off MkDocs, this package is what gets rewritten; ``wegwijs`` stays.
"""
