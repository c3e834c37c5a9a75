"""Translations of theme sheets: ``theme_sheets/<slug>.<lang>.md``, with Dutch always the source.

Engine only (never imports MkDocs): reading and checking translations (:mod:`.load`), the hash of a
Dutch sheet's text (:mod:`.source_hash`), the languages and their directions (:mod:`.languages`),
the interface strings per language (:mod:`.strings`) and the scaffold (:mod:`.scaffold`).
"""
