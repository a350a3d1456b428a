"""Benchmarks that print figures. Run them with ``.venv/bin/python -m bench.<name>``."""
