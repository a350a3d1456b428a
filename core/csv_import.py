"""The CSV import toolkit: read, check and write an uploaded table all or nothing.

Every CSV import of the site (the UPL product names, the service-norm measurements and
benchmark results, the postcode mapping) reads its file through :func:`read_csv` and writes
through :func:`write_all_or_nothing`, so they share one set of rules:

* a size limit, checked before the whole file is read;
* UTF-8 with or without a byte order mark; an optional fallback encoding (such as
  ``cp1252``, what Excel writes as "CSV" on Dutch Windows) for imports that want it; UTF-16
  text, Excel workbooks, ZIP archives and binary data are refused with a helpful reason;
* the delimiter (``;``, ``,`` or a tab) sniffed from the header row;
* a header row that must name every required column, each once; headings are compared
  without case, spaces, underscores or hyphens differing, and a column may have aliases;
* problems as :class:`ImportProblem`: a line number (None for the file as a whole) and a
  reason that staff read in Dutch and the log in English;
* writing in one transaction, and a dry run that does the same work and then rolls it back.
"""

import csv
import io
import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

MEGABYTE = 1024 * 1024
DELIMITERS = (";", ",", "\t")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ZIP_MAGIC = b"PK\x03\x04"  # also the start of every .xlsx workbook
UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")

T = TypeVar("T")


@dataclass
class ImportProblem:
    """One reason a file cannot be imported. ``line`` is None for the file as a whole.

    ``reason`` is a lazy translation (or plain text) with ``%(name)s`` placeholders that
    ``params`` fill in, so the same problem reads in Dutch on an admin page and in English in
    the log and on the command line.
    """

    line: int | None
    reason: object
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The reason in the active language, without the line number."""
        return str(self.reason) % self.params if self.params else str(self.reason)

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return str(_("Line %(line)d: %(message)s")) % {"line": self.line, "message": self.message}

    def in_english(self) -> str:
        """The problem for the log and the terminal, which are always in English."""
        with translation.override("en"):
            return str(self)


class LineProblems(list):
    """The problems found in one line, collected with ``add(reason, **params)``."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line

    def add(self, reason, **params) -> None:
        """Note one problem of this line; ``params`` fill the reason's placeholders."""
        self.append(ImportProblem(self.line, reason, params))


class FileRefused(Exception):
    """The file as a whole cannot be imported; carries the one problem that says why."""

    def __init__(self, problem: ImportProblem):
        super().__init__(problem.in_english())
        self.problem = problem


@dataclass
class CsvRow:
    """One non-empty data row: the line it starts on and its raw cell values."""

    line: int
    values: list[str]


@dataclass
class CsvTable:
    """A checked header and the data rows under it.

    ``position`` gives the index of each of the import's own column names that the header
    names; optional columns the file leaves out are not in it.
    """

    header: list[str]
    header_line: int
    delimiter: str
    position: dict[str, int]
    rows: list[CsvRow] = field(default_factory=list)

    def cells(self, row: CsvRow) -> dict[str, str]:
        """The row's values by column name, stripped; a missing value is empty text."""
        return {
            name: row.values[index].strip() if index < len(row.values) else ""
            for name, index in self.position.items()
        }


def read_csv(
    source,
    *,
    columns: dict[str, Sequence[str]] | Sequence[str],
    required: Sequence[str] | None = None,
    max_bytes: int,
    max_rows: int | None = None,
    fallback_encoding: str | None = None,
) -> CsvTable:
    """Read and check a CSV file (a path, an open binary file, bytes or text).

    ``columns`` names the import's columns, or maps each name to the headings a file may use
    for it (the first one is shown in messages). ``required`` defaults to all of them. Raises
    :class:`FileRefused` when the file as a whole is wrong: too large, not text, empty, no
    proper header, no data rows, too many rows, or broken CSV quoting. Checking each row is
    up to the import.
    """
    aliases = _aliases(columns)
    required = tuple(aliases) if required is None else tuple(required)
    text = decode(read_bytes(source, max_bytes=max_bytes), fallback_encoding=fallback_encoding)
    delimiter = sniff_delimiter(text, [_headings(aliases[name], name) for name in required])
    return table_from_records(
        csv_records(text, delimiter),
        columns=aliases,
        required=required,
        max_rows=max_rows,
        delimiter=delimiter,
    )


def table_from_records(
    records: Iterable[tuple[int, list[str]]],
    *,
    columns: dict[str, Sequence[str]] | Sequence[str],
    required: Sequence[str] | None = None,
    max_rows: int | None = None,
    delimiter: str = "",
) -> CsvTable:
    """The checked table of non-empty ``(line, values)`` records, the first being the header.

    Used by :func:`read_csv`, and by an import that reads another format (such as a workbook)
    into records, so that it checks the header and rows the same way.
    """
    aliases = _aliases(columns)
    required = tuple(aliases) if required is None else tuple(required)
    records = iter(records)
    header_line, header = next(records, (None, None))
    if header is None:
        raise FileRefused(ImportProblem(None, _("The file is empty.")))
    headings = {name: _headings(names, name) for name, names in aliases.items()}
    position = find_columns(header, header_line, headings, required, aliases)
    table = CsvTable(header, header_line, delimiter, position)
    for line, values in records:
        table.rows.append(CsvRow(line, values))
        if max_rows is not None and len(table.rows) > max_rows:
            raise FileRefused(
                ImportProblem(None, _("The file has more than %(max)d rows."), {"max": max_rows})
            )
    if not table.rows:
        raise FileRefused(ImportProblem(None, _("The file has no rows with data.")))
    return table


def _aliases(columns: dict[str, Sequence[str]] | Sequence[str]) -> dict[str, Sequence[str]]:
    """The headings per column name; a plain list of names is its own headings."""
    return columns if isinstance(columns, dict) else {name: (name,) for name in columns}


def _headings(aliases: Sequence[str], name: str) -> set[str]:
    """The normalised headings a file may use for the column ``name``."""
    return {normalise_heading(heading) for heading in (name, *aliases)}


def read_bytes(source, *, max_bytes: int) -> bytes:
    """The raw contents of a path, an open file, bytes or text, refusing more than ``max_bytes``.

    A path is measured before it is opened and an open file is read no further than one byte
    over the limit, so a huge upload is never read into memory.
    """
    if isinstance(source, os.PathLike):
        source = Path(source)
        try:
            if source.stat().st_size > max_bytes:
                raise FileRefused(too_large(max_bytes))
            with source.open("rb") as file:
                data = file.read(max_bytes + 1)
        except OSError as exc:
            raise FileRefused(
                ImportProblem(
                    None,
                    _("The file cannot be read: %(error)s."),
                    {"error": exc.strerror or str(exc)},
                )
            ) from exc
    elif isinstance(source, bytes | str):
        data = source
    else:
        data = source.read(max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > max_bytes:
        raise FileRefused(too_large(max_bytes))
    return data


def too_large(max_bytes: int) -> ImportProblem:
    """The refusal of a file over the size limit (also for a form that checks an upload's size)."""
    limit = f"{max_bytes / MEGABYTE:.1f}".removesuffix(".0")
    return ImportProblem(
        None, _("The file is too large. The limit is %(limit)s MB."), {"limit": limit}
    )


def decode(data: bytes, *, fallback_encoding: str | None = None) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM), else ``fallback_encoding`` if given.

    Anything that is not text is refused with a reason staff can act on.
    """
    if data.startswith(UTF16_MARKS):
        raise FileRefused(
            ImportProblem(None, _("The file is UTF-16 text. Save it as 'CSV UTF-8' and try again."))
        )
    if data.startswith(ZIP_MAGIC):
        raise FileRefused(
            ImportProblem(
                None,
                _(
                    "The file is an Excel workbook or ZIP file. Save it as 'CSV UTF-8' and try again."
                ),
            )
        )
    if b"\x00" in data:
        raise FileRefused(_binary_data(data.count(b"\n", 0, data.index(b"\x00")) + 1))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _decode_fallback(data, fallback_encoding)
        if text is None:
            raise FileRefused(
                ImportProblem(
                    data.count(b"\n", 0, exc.start) + 1,
                    _("The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again."),
                )
            ) from exc
    control = CONTROL_CHARACTERS.search(text)
    if control:
        raise FileRefused(_binary_data(text.count("\n", 0, control.start()) + 1))
    return text


def _binary_data(line: int) -> ImportProblem:
    """The refusal of a file with bytes that text never has (a picture, a program, ...)."""
    return ImportProblem(
        line, _("The file contains binary data, not text. Save it as 'CSV UTF-8' and try again.")
    )


def _decode_fallback(data: bytes, encoding: str | None) -> str | None:
    """``data`` decoded with ``encoding``, or None when there is none or it does not fit."""
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def normalise_heading(heading: str) -> str:
    """A column heading compared without case, spaces, underscores or hyphens differing."""
    return re.sub(r"[\s_-]+", " ", heading.strip().casefold())


def sniff_delimiter(text: str, required: Iterable[set[str]] = ()) -> str:
    """The delimiter that splits the header row into the required columns.

    ``required`` holds, per required column, the normalised headings it may have. When no
    delimiter finds them all, the most frequent one in the header row wins, so a wrong header
    gives a clear "missing column" problem rather than one giant column.
    """
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    required = list(required)
    for delimiter in DELIMITERS:
        found = {
            normalise_heading(cell)
            for cell in next(csv.reader([header_line], delimiter=delimiter), [])
        }
        if required and all(found & names for names in required):
            return delimiter
    return max(DELIMITERS, key=header_line.count)


def csv_records(text: str, delimiter: str):
    """The non-empty records of ``text`` with the line each starts on.

    Broken quoting raises :class:`FileRefused` with the line where the broken record starts.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for values in reader:
            if any(value.strip() for value in values):
                yield line, values
            line = reader.line_num + 1
    except csv.Error as exc:
        raise FileRefused(
            ImportProblem(line, _("This line is not valid CSV: %(error)s"), {"error": str(exc)})
        ) from exc


def find_columns(
    header: list[str],
    header_line: int,
    headings: dict[str, set[str]],
    required: Sequence[str],
    aliases: dict[str, Sequence[str]],
) -> dict[str, int]:
    """Where each known column is in ``header``; refuses a missing required or doubled column."""
    names = [normalise_heading(cell) for cell in header]
    position, doubled = {}, []
    for column, wanted in headings.items():
        found = [index for index, name in enumerate(names) if name in wanted]
        if found:
            position[column] = found[0]
        if len(found) > 1:
            doubled.append(header[found[1]].strip())
    missing = [column for column in required if column not in position]
    if missing:
        raise FileRefused(
            ImportProblem(
                header_line,
                _("The first line must name the columns %(columns)s. Missing: %(missing)s."),
                {
                    "columns": ", ".join(_shown_heading(column, aliases) for column in required),
                    "missing": ", ".join(_shown_heading(column, aliases) for column in missing),
                },
            )
        )
    if doubled:
        raise FileRefused(
            ImportProblem(
                header_line,
                _("The first line names a column twice: %(columns)s."),
                {"columns": ", ".join(sorted(doubled))},
            )
        )
    return position


def _shown_heading(column: str, aliases: dict[str, Sequence[str]]) -> str:
    """The heading a file should use for ``column``: its first alias."""
    return next(iter(aliases[column]), column)


def write_all_or_nothing(write: Callable[[], T], *, dry_run: bool = False) -> T:
    """Run ``write`` in one transaction and return what it returns.

    An exception inside ``write`` undoes everything it did. A dry run does the same work,
    so it reports the same counts, and then rolls the transaction back: nothing is kept, and
    on-commit actions (e-mails, cache purges) never run.
    """
    with transaction.atomic():
        outcome = write()
        if dry_run:
            transaction.set_rollback(True)
    return outcome


def log_refusal(logger: logging.Logger, what: str, problems: Sequence[ImportProblem]) -> None:
    """Log in English that an import of ``what`` was refused, with the first problem."""
    logger.warning(
        "%s import refused, nothing changed: %d problem(s), first: %s",
        what,
        len(problems),
        problems[0].in_english(),
    )
