"""Reading an uploaded table (CSV, or XLSX for the benchmark) for the norm and benchmark imports.

Both imports check the whole file before they write anything. A CSV file is read by the site's
CSV import toolkit (``core.csv_import``); an Excel workbook is read here into the same records
and checked by the same header rules. Either way the result is rows keyed by our own column
names, with the line number each row came from, or the :class:`ImportProblem` that says why the
file cannot be read.
"""

import io
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from core.csv_import import (
    ZIP_MAGIC,
    FileRefused,
    ImportProblem,
    read_bytes,
    read_csv,
    table_from_records,
)

MAX_FILE_BYTES = 2 * 1024 * 1024


@dataclass
class Table:
    """The data rows of a file: (line number, {our column name: text}) and its problems."""

    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)


def is_xlsx(data: bytes, name: str) -> bool:
    """Whether the contents are an Excel workbook (a zip file) rather than text."""
    return data.startswith(ZIP_MAGIC) or str(name).lower().endswith(".xlsx")


def xlsx_cells(data: bytes) -> list[tuple[int, list[str]]]:
    """The non-empty rows of the first sheet of a workbook, with their row numbers."""
    from openpyxl import load_workbook  # slow to import; only the benchmark upload needs it

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FileRefused(
            ImportProblem(None, _("The file is not a valid Excel file (.xlsx)."))
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = ["" if value is None else _cell_text(value) for value in values]
            if any(cell.strip() for cell in cells):
                rows.append((number, cells))
        return rows
    finally:
        workbook.close()


def _cell_text(value) -> str:
    """A spreadsheet value as text; whole numbers without ".0"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_table(
    file_or_path,
    aliases: dict[str, tuple[str, ...]],
    required: tuple[str, ...],
    *,
    allow_xlsx=False,
) -> Table:
    """Read a file (a path or an open file) into rows keyed by our column names.

    ``aliases`` maps each of our column names to the headings it may have in a file (compared
    without case, spaces, underscores or hyphens differing). A file that cannot be read, misses
    a required column or has no data rows gives one problem and no rows.
    """
    if isinstance(file_or_path, str | os.PathLike):
        file_or_path = Path(file_or_path)
    name = getattr(file_or_path, "name", "") or ""
    try:
        data = read_bytes(file_or_path, max_bytes=MAX_FILE_BYTES)
        if allow_xlsx and is_xlsx(data, name):
            table = table_from_records(xlsx_cells(data), columns=aliases, required=required)
        else:
            table = read_csv(data, columns=aliases, required=required, max_bytes=MAX_FILE_BYTES)
    except FileRefused as refused:
        return Table(problems=[refused.problem])
    return Table(rows=[(row.line, table.cells(row)) for row in table.rows])


@dataclass
class ImportResult:
    """What an import wrote or, when ``problems`` is not empty, why it wrote nothing."""

    created: int = 0
    updated: int = 0
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One English line for the log and the command output."""
        return f"{self.created} created, {self.updated} updated"
