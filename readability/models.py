"""Readability models (the editable officialese word list arrives with the readability issue)."""
