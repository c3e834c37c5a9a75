"""Safe output: what reaches a reader is exactly what was checked.

Every page's rendered HTML goes through an allowlist sanitiser (``sanitize``), every value a template
prints is escaped (``escape``), and every page gets a Content-Security-Policy under which only the
theme's own scripts run (``csp``). Findings tell the editor what was removed; they are never the
safety mechanism themselves.
"""
