"""The site's own Dutch interface text and its demo content pass the B1 check."""

from pathlib import Path

import polib

from readability import analyse
from readability.models import ReadabilityResult

LOCALE = Path(__file__).resolve().parents[2] / "site" / "locale" / "nl" / "LC_MESSAGES"


def interface_texts() -> list[str]:
    """Every Dutch interface sentence (URL fragments excluded)."""
    catalogue = polib.pofile(str(LOCALE / "django.po"))
    texts = []
    for entry in catalogue.translated_entries():
        if "/" in entry.msgid:
            continue
        texts += [entry.msgstr, *(entry.msgstr_plural or {}).values()]
    return [text for text in texts if text and " " in text]


def test_every_dutch_interface_text_meets_b1_without_passives():
    problems = []
    # The word list's help texts quote officialese on purpose, as examples: leave those out.
    for text in (text for text in interface_texts() if "bijvoorbeeld '" not in text):
        report = analyse(text)
        codes = {f.code for f in report.findings if f.severity in {"red", "orange"}}
        if not report.meets_b1 or codes:
            problems.append((text, sorted(codes)))

    assert problems == []


def test_every_demo_page_meets_b1(demo_site):
    results = ReadabilityResult.objects.all()

    assert results.count() >= 40  # every Dutch page; translations are not checked
    assert [(r.title, r.problems) for r in results if not r.meets_b1] == []
