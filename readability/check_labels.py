"""The names of the plain-language checks in the admin's language.

The analyser (no Django) names its checks in Dutch and stores their codes ("officialese",
"long_sentence"); screens for staff show these names instead of the codes, in Dutch or English.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

CHECK_LABELS = {
    "sentence_length": _("Sentence length"),
    "average_sentence_length": _("Average sentence length"),
    "passive": _("Passive voice"),
    "officialese": _("Officialese"),
    "long_paragraph": _("Paragraph length"),
    "long_section": _("Length of sections between headings"),
    "rare_word": _("Rarely used words"),
    "same_start": _("Same sentence start"),
    "flesch_douma": _("Flesch-Douma reading ease"),
}


def check_label(code: str) -> str:
    """The name of one check; an unknown code stays as it is rather than disappear."""
    return str(CHECK_LABELS.get(code, code))


def check_labels(codes: str) -> str:
    """Comma-separated check codes as their names, e.g. "Passive voice, Officialese"."""
    return ", ".join(check_label(code.strip()) for code in (codes or "").split(",") if code.strip())


class ChecksColumn(Column):
    """A report column of stored check codes, shown as the names of the checks."""

    def get_value(self, instance):
        """The names of the checks, in the admin's language."""
        return check_labels(super().get_value(instance))
