"""Spreadsheet files of resident input (CSV and XLSX) that are safe to open.

A ``Sheet`` is a header row and data rows; ``sheet_as_csv`` and ``sheets_as_xlsx`` write them.
Every cell passes ``safe_cell``: text a spreadsheet program would run as a formula gets a leading
apostrophe (``core.spreadsheet_safety``), date-times are shown in the site's time zone, lists
become one text. CSV uses a semicolon and a byte-order mark, as Dutch spreadsheet programs expect.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.utils import timezone

from core.spreadsheet_safety import defuse_formula

CSV_DELIMITER = ";"  # what Dutch spreadsheet programs expect


def safe_cell(value):
    """``value`` as a spreadsheet cell; text that looks like a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None, microsecond=0)
    if isinstance(value, list | tuple):
        value = "; ".join(str(item) for item in value)
    return defuse_formula(value)


@dataclass
class Sheet:
    """One table of an export: a header row and data rows."""

    kind: str
    title: str
    header: list[str]
    rows: list[list] = field(default_factory=list)


def _csv_value(value):
    value = safe_cell(value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value


def sheet_as_csv(sheet: Sheet) -> bytes:
    """The sheet as UTF-8 CSV (with a byte-order mark, so spreadsheet programs read the accents)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER)
    writer.writerow([safe_cell(cell) for cell in sheet.header])
    for row in sheet.rows:
        writer.writerow([_csv_value(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def sheets_as_xlsx(sheets: list[Sheet]) -> bytes:
    """The sheets as one Excel workbook, one worksheet each."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value):
        value = safe_cell(value)
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        worksheet = workbook.create_sheet(title=str(sheet.title)[:31])
        worksheet.append([cell(value) for value in sheet.header])
        for row in sheet.rows:
            worksheet.append([cell(value) for value in row])
        worksheet.freeze_panes = "A2"
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
