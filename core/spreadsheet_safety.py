"""Spreadsheet cells that a spreadsheet program will not run as a formula (CSV injection).

Every CSV and XLSX file the site produces, our own and Wagtail's, passes its text cells through
``defuse_formula``: text that starts like a formula (``=HYPERLINK(...)``, ``+``, ``-``, ``@``, a tab
or a carriage return) gets a leading apostrophe, as OWASP advises, so Excel and LibreOffice show
it as text. Numbers and dates stay numbers and dates.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value):
    """``value`` unchanged, unless it is text a spreadsheet would run: then with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def defused_row(values) -> list:
    """A row for ``csv.writer`` with every text cell defused."""
    return [defuse_formula(value) for value in values]


class FormulaSafeExportMixin:
    """For views with Wagtail's ``SpreadsheetExportMixin`` (reports, listings with
    ``list_export``, form submissions): every exported cell and heading is defused.

    Put it before the Wagtail view class in the bases.
    """

    def preprocess_field_value(self, field, value, export_format):
        """The value as Wagtail prepares it for the format, then defused."""
        return defuse_formula(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        """Column headings can come from editors (form field labels): defused too."""
        return defuse_formula(super().get_heading(queryset, field))
