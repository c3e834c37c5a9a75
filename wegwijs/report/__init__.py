"""The staff report on readability (``site/leesbaarheid/``): plain data, drawn by a Jinja2 template."""
