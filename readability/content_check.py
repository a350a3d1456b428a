"""Check a page or snippet against the B1 rules, with the officialese list editors keep."""

from readability import Report, analyse_blocks
from readability.content_text import content_blocks
from readability.models.words import current_officialese


def check_object(obj) -> Report:
    """Analyse the readable text of a page or snippet with the editors' officialese list."""
    return analyse_blocks(content_blocks(obj), officialese=current_officialese())
