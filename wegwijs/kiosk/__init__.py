"""The waiting-room kiosk: what the kiosk build leaves out, how it rewrites links, and the launcher.

Plain Python, no MkDocs: ``wegwijs_mkdocs.kiosk`` wires these functions into the build.
"""
