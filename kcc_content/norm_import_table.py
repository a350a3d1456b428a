"""Reading an uploaded table (CSV, or XLSX for the benchmark) for the norm and benchmark imports.

Both imports check the whole file before they write anything. This module turns the bytes into
rows keyed by our own column names, with the line number each row came from, and reports any
problem as an :class:`ImportProblem`: a line number (or none for the file as a whole) and a
reason. Reasons are translated when shown (editors read Dutch); logs render them in English.
"""

import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext_lazy as _

MAX_FILE_BYTES = 2 * 1024 * 1024
DELIMITERS = (";", ",", "\t")
XLSX_MAGIC = b"PK\x03\x04"


@dataclass
class ImportProblem:
    """One reason a file cannot be imported. ``line`` is None for the file as a whole."""

    line: int | None
    reason: object  # a lazy translation with %(name)s placeholders
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The reason in the active language."""
        return str(self.reason) % self.params if self.params else str(self.reason)

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return str(_("line %(line)s: %(reason)s")) % {"line": self.line, "reason": self.message}

    def in_english(self) -> str:
        """The problem for the log, which is always in English."""
        with translation.override("en"):
            return str(self)


@dataclass
class Table:
    """The data rows of a file: (line number, {our column name: text}) and its problems."""

    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)


class FileProblem(Exception):
    """Nothing in the file can be read; carries the single problem."""

    def __init__(self, problem: ImportProblem):
        super().__init__(problem.in_english())
        self.problem = problem


def read_bytes(file_or_path) -> tuple[bytes, str]:
    """The raw contents and the file name, refusing files over the size limit."""
    if isinstance(file_or_path, str | os.PathLike):
        path = Path(file_or_path)
        try:
            with path.open("rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise FileProblem(
                ImportProblem(
                    None,
                    _("The file cannot be read: %(error)s."),
                    {"error": exc.strerror or str(exc)},
                )
            ) from exc
        name = path.name
    else:
        data = file_or_path.read(MAX_FILE_BYTES + 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
        name = getattr(file_or_path, "name", "") or ""
    if len(data) > MAX_FILE_BYTES:
        raise FileProblem(
            ImportProblem(
                None,
                _("The file is too large. The limit is %(limit)s MB."),
                {"limit": MAX_FILE_BYTES // 1024 // 1024},
            )
        )
    if not data.strip():
        raise FileProblem(ImportProblem(None, _("The file is empty.")))
    return data, name


def is_xlsx(data: bytes, name: str) -> bool:
    """Whether the contents are an Excel workbook (a zip file) rather than text."""
    return data.startswith(XLSX_MAGIC) or str(name).lower().endswith(".xlsx")


def csv_cells(data: bytes) -> list[tuple[int, list[str]]]:
    """The non-empty CSV rows with their line numbers. UTF-8 with or without BOM; ``;`` or ``,``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileProblem(
            ImportProblem(
                None,
                _("The file is not in UTF-8. Save it as 'CSV UTF-8' and try again."),
            )
        ) from exc
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    line = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise FileProblem(
            ImportProblem(line, _("This line is not valid CSV (%(error)s)."), {"error": str(exc)})
        ) from exc
    return rows


def xlsx_cells(data: bytes) -> list[tuple[int, list[str]]]:
    """The non-empty rows of the first sheet of a workbook, with their row numbers."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FileProblem(
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


def normalise_heading(heading: str) -> str:
    """A column heading compared without case, spaces, underscores or hyphens differing."""
    return re.sub(r"[\s_-]+", " ", heading.strip().casefold())


def read_table(
    file_or_path,
    aliases: dict[str, tuple[str, ...]],
    required: tuple[str, ...],
    *,
    allow_xlsx=False,
) -> Table:
    """Read a file into rows keyed by our column names.

    ``aliases`` maps each of our column names to the headings it may have in a file (compared
    without case and surrounding spaces). Missing required columns, a file without data rows or
    an unreadable file give a problem without line number.
    """
    try:
        data, name = read_bytes(file_or_path)
        cells = xlsx_cells(data) if allow_xlsx and is_xlsx(data, name) else csv_cells(data)
    except FileProblem as problem:
        return Table(problems=[problem.problem])
    if not cells:
        return Table(problems=[ImportProblem(None, _("The file is empty."))])
    header_line, header = cells[0]
    headings = [normalise_heading(heading) for heading in header]
    position = {}
    for column, names in aliases.items():
        wanted = {normalise_heading(name) for name in names}
        for index, heading in enumerate(headings):
            if heading in wanted:
                position[column] = index
                break
    missing = [column for column in required if column not in position]
    if missing:
        return Table(
            problems=[
                ImportProblem(
                    header_line,
                    _(
                        "Required column missing: %(columns)s. The first line must name the columns."
                    ),
                    {"columns": ", ".join(missing)},
                )
            ]
        )
    table = Table()
    for line, row in cells[1:]:
        table.rows.append(
            (
                line,
                {
                    column: (row[index].strip() if index < len(row) else "")
                    for column, index in position.items()
                },
            )
        )
    if not table.rows:
        table.problems.append(ImportProblem(None, _("The file has no rows with data.")))
    return table


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
