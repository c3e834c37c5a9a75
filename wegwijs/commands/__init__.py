"""Subcommands of the `wegwijs` command line, one module each."""
