"""Wagtail admin for neighbourhoods: one module per concern."""
