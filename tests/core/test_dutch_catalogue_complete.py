"""Every interface text in the code has a Dutch translation: the Dutch site shows no English.

``makemessages`` collects the texts of the code and templates as they are now into the Dutch
catalogue of a copy of the project (it writes work files beside the templates it reads, so it does
not run in the tree the other tests read); a text without a translation, or with one gettext only
guessed (``fuzzy``), is reported with the file it comes from.
"""

import shutil
from pathlib import Path

import polib
from django.core.management import call_command
from django.test import override_settings

PROJECT = Path(__file__).resolve().parents[2]
CATALOGUE = PROJECT / "site" / "locale" / "nl" / "LC_MESSAGES" / "django.po"
NOT_COPIED = [
    ".*",
    "node_modules",
    "media",
    "test-artifacts",
    "tests",
    "docs",
    "bench",
    "*.sqlite3",
]


def missing_translations(catalogue: Path) -> list[str]:
    """``file: 'text'`` for each entry of ``catalogue`` without a (non-fuzzy) translation."""
    return [
        f"{entry.occurrences[0][0] if entry.occurrences else '?'}: {entry.msgid!r}"
        for entry in polib.pofile(str(catalogue))
        if entry.msgid and not entry.obsolete and ("fuzzy" in entry.flags or not entry.translated())
    ]


def test_every_text_of_the_code_and_templates_has_a_dutch_translation(tmp_path, monkeypatch):
    copy = tmp_path / "project"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns(*NOT_COPIED, "__pycache__"))
    monkeypatch.chdir(copy)

    with override_settings(LOCALE_PATHS=[str(copy / "site" / "locale")]):
        call_command("makemessages", locale=["nl"], verbosity=0)

    missing = missing_translations(copy / CATALOGUE.relative_to(PROJECT))
    assert missing == [], f"{len(missing)} texts without a Dutch translation in {CATALOGUE}"


def test_the_check_reports_a_text_without_a_translation(tmp_path):
    """Guards the guard: an untranslated and a fuzzy entry are missing, a translated one not."""
    catalogue = tmp_path / "django.po"
    catalogue.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Open"\nmsgstr ""\n\n#, fuzzy\nmsgid "Closed"\nmsgstr "Gesloten"\n\n'
        'msgid "Yes"\nmsgstr "Ja"\n',
        encoding="utf-8",
    )
    assert missing_translations(catalogue) == ["?: 'Open'", "?: 'Closed'"]
