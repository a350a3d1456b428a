"""Import of the national Uniforme Productnamenlijst (UPL) from its CSV download.

The whole file is checked before anything is written, and the writing happens in one
transaction: a file with any problem changes nothing. Names that are no longer on the list are
flagged (``on_list=False``), never deleted, because product pages may still link to them.

The official list repeats a row for every legal basis (``Grondslag``) of a product, so rows
with the same URI and the same name are one product name; the same URI with another name is an
error.
"""

import csv
import io
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from kcc_content.models import UniformProductName

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
NAME_COLUMN = "UniformeProductnaam"
URI_COLUMN = "URI"
REQUIRED_COLUMNS = (NAME_COLUMN, URI_COLUMN)
SDG_COLUMN = "SDG"
#: The yes/no columns we keep ("X" when true, empty otherwise) and the field each one fills.
FLAG_COLUMNS = {
    "Gemeente": "for_municipalities",
    "Burger": "for_residents",
    "Bedrijf": "for_businesses",
}
DELIMITERS = (";", ",", "\t")
SDG_CODE = re.compile(r"[A-Z][0-9]{1,2}")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_validate_web_address = URLValidator(schemes=["http", "https"])
_NAME_MAX_LENGTH = UniformProductName._meta.get_field("name").max_length
_URI_MAX_LENGTH = UniformProductName._meta.get_field("uri").max_length
_SDG_MAX_LENGTH = UniformProductName._meta.get_field("sdg_codes").max_length


@dataclass
class ImportResult:
    """What an import changed or, when ``errors`` is not empty, why it changed nothing.

    Every product name in the file counts once: as created, updated, unchanged or reactivated
    (back on the list). ``removed`` and ``reactivated`` hold names, the others are counts.
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    reactivated: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the command output and the log."""
        parts = [
            f"{self.created} created",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{len(self.reactivated)} back on the list"
            + (f": {', '.join(self.reactivated)}" if self.reactivated else ""),
            f"{len(self.removed)} no longer on the list"
            + (f": {', '.join(self.removed)}" if self.removed else ""),
        ]
        return ", ".join(parts)


@dataclass
class _Entry:
    """One product name as the file describes it, after merging the rows that repeat its URI."""

    uri: str
    name: str
    line: int
    values: dict[str, object] = field(default_factory=dict)


class _FileProblem(Exception):
    """A problem with the file as a whole: nothing in it can be read."""


def import_upl(file_or_path, *, now: datetime | None = None) -> ImportResult:
    """Bring the product names in line with a UPL CSV file (a path or an open file).

    New URIs are created, known ones updated in place, names missing from the file flagged off
    the list and names that come back flagged on again. Returns the errors instead when the file
    has any problem; then nothing has been changed.
    """
    try:
        entries, columns, errors = _read_entries(file_or_path)
    except _FileProblem as problem:
        entries, columns, errors = {}, set(), [str(problem)]
    if errors:
        logger.warning(
            "UPL import refused, nothing changed: %d problem(s), first: %s", len(errors), errors[0]
        )
        return ImportResult(errors=errors)
    result = _apply(entries, columns, now or timezone.now())
    logger.info("UPL import: %s", result.summary())
    return result


def _read_entries(file_or_path) -> tuple[dict[str, _Entry], set[str], list[str]]:
    """Parse and check the whole file: the entries by URI, the known columns present, errors."""
    text = _decode(_read_bytes(file_or_path))
    if not text.strip():
        raise _FileProblem("the file is empty")
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    try:
        while not any(header):
            header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise _FileProblem("the file is empty") from None
    except csv.Error as exc:
        raise _FileProblem(f"line 1: the header row is not valid CSV ({exc})") from exc
    position = {name.casefold(): index for index, name in reversed(list(enumerate(header)))}
    missing = [name for name in REQUIRED_COLUMNS if name.casefold() not in position]
    if missing:
        raise _FileProblem(
            f"line {reader.line_num}: missing required column(s) {', '.join(missing)} "
            f"(found: {', '.join(header[:12]) or 'nothing'})"
        )
    columns = {
        name
        for name in (*REQUIRED_COLUMNS, SDG_COLUMN, *FLAG_COLUMNS)
        if name.casefold() in position
    }
    entries: dict[str, _Entry] = {}
    errors: list[str] = []
    previous_line = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(f"line {previous_line + 1}: not valid CSV ({exc})")
            break
        line, previous_line = previous_line + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            errors.append(
                f"line {line}: {len(row)} fields where the header has {len(header)} "
                f"(is a value containing '{delimiter}' missing its quotes?)"
            )
            continue
        cells = {name: row[position[name.casefold()]].strip() for name in columns}
        _check_row(cells, line, entries, errors)
    if not entries and not errors:
        raise _FileProblem("the file has a header but no data rows")
    return entries, columns, errors


def _check_row(cells: dict, line: int, entries: dict, errors: list[str]) -> None:
    """Check one data row and add it to ``entries`` (merged with earlier rows of its URI)."""
    row_errors = []
    name, uri = cells[NAME_COLUMN], cells[URI_COLUMN]
    if not name:
        row_errors.append(f"line {line}: the product name ({NAME_COLUMN}) is empty")
    elif len(name) > _NAME_MAX_LENGTH:
        row_errors.append(
            f"line {line}: the product name is longer than {_NAME_MAX_LENGTH} characters"
        )
    if not uri:
        row_errors.append(f"line {line}: the URI is empty")
    elif len(uri) > _URI_MAX_LENGTH:
        row_errors.append(f"line {line}: the URI is longer than {_URI_MAX_LENGTH} characters")
    else:
        try:
            _validate_web_address(uri)
        except ValidationError:
            row_errors.append(
                f"line {line}: URI {uri!r} is not a web address (http:// or https://)"
            )
    values = {}
    for column, field_name in FLAG_COLUMNS.items():
        if column not in cells:
            continue
        if cells[column] not in ("", "X", "x"):
            row_errors.append(
                f"line {line}: column {column} has {cells[column]!r}; expected X or empty"
            )
        values[field_name] = cells[column] in ("X", "x")
    sdg_codes = []
    if SDG_COLUMN in cells:
        for code in re.split(r"[;,\s]+", cells[SDG_COLUMN].upper()):
            if code and not SDG_CODE.fullmatch(code):
                row_errors.append(f"line {line}: SDG code {code!r} is not a code such as A1")
            elif code and code not in sdg_codes:
                sdg_codes.append(code)
    if row_errors:
        errors.extend(row_errors)
        return
    entry = entries.get(uri)
    if entry is None:
        if SDG_COLUMN in cells:
            values["sdg_codes"] = sdg_codes
        entry = entries[uri] = _Entry(uri=uri, name=name, line=line, values=values)
    elif entry.name != name:
        errors.append(
            f"line {line}: URI {uri!r} appears again with another name: "
            f"{name!r} here, {entry.name!r} on line {entry.line}"
        )
        return
    else:
        # The official list repeats a product once per legal basis: merge, never lose a flag.
        for field_name in FLAG_COLUMNS.values():
            if field_name in values:
                entry.values[field_name] = entry.values[field_name] or values[field_name]
        if SDG_COLUMN in cells:
            entry.values["sdg_codes"] += [
                code for code in sdg_codes if code not in entry.values["sdg_codes"]
            ]
    if len(";".join(entry.values.get("sdg_codes", []))) > _SDG_MAX_LENGTH:
        errors.append(f"line {line}: more SDG codes than fit in {_SDG_MAX_LENGTH} characters")


def _read_bytes(file_or_path) -> bytes:
    """The raw contents, refusing anything over the size limit before reading it all."""
    if isinstance(file_or_path, str | os.PathLike):
        path = Path(file_or_path)
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise _FileProblem(_too_large(size))
            with path.open("rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise _FileProblem(f"cannot read {path}: {exc.strerror or exc}") from exc
    else:
        data = file_or_path.read(MAX_FILE_BYTES + 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise _FileProblem(_too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    """The refusal for a file over the size limit."""
    return (
        f"the file is {size / 1024 / 1024:.1f} MB; the limit is {MAX_FILE_BYTES // 1024 // 1024} MB "
        "(the real list is well under 1 MB)"
    )


def _decode(data: bytes) -> str:
    """The text of a UTF-8 CSV file (with or without BOM); anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _FileProblem("the file is UTF-16 text, not a CSV file; save it as 'CSV UTF-8'")
    if data.startswith(b"PK\x03\x04"):
        raise _FileProblem(
            "the file is a ZIP archive or Excel workbook, not a CSV file; save it as 'CSV UTF-8'"
        )
    if b"\x00" in data:
        raise _FileProblem("the file contains binary data, not text; expected the UPL CSV")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _FileProblem(
            f"line {line}: the file is not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "expected the UPL CSV, saved as 'CSV UTF-8'"
        ) from exc
    control = CONTROL_CHARACTERS.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise _FileProblem(
            f"line {line}: the file contains binary data, not text; expected the UPL CSV"
        )
    return text


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header row into the required columns.

    Falls back to the most frequent candidate, so a header without them still gives a clear
    "missing column" error rather than one giant column.
    """
    header_line = text.lstrip("\r\n").splitlines()[0]
    required = {name.casefold() for name in REQUIRED_COLUMNS}
    for delimiter in DELIMITERS:
        cells = next(csv.reader([header_line], delimiter=delimiter))
        if required <= {cell.strip().casefold() for cell in cells}:
            return delimiter
    return max(DELIMITERS, key=header_line.count)


def _apply(entries: dict, columns: set[str], now: datetime) -> ImportResult:
    """Write the checked entries in one transaction and flag the names that left the list."""
    result = ImportResult()
    update_fields = {"name", "on_list", "imported_at"}
    update_fields.update(FLAG_COLUMNS[column] for column in columns if column in FLAG_COLUMNS)
    if SDG_COLUMN in columns:
        update_fields.add("sdg_codes")
    to_create, to_update = [], []
    with transaction.atomic():
        existing = {record.uri: record for record in UniformProductName.objects.select_for_update()}
        for entry in entries.values():
            values = {"name": entry.name, **entry.values}
            if "sdg_codes" in values:
                values["sdg_codes"] = ";".join(values["sdg_codes"])
            record = existing.get(entry.uri)
            if record is None:
                to_create.append(
                    UniformProductName(uri=entry.uri, on_list=True, imported_at=now, **values)
                )
                result.created += 1
                continue
            changed = any(getattr(record, name) != value for name, value in values.items())
            for name, value in values.items():
                setattr(record, name, value)
            if not record.on_list:
                record.on_list = True
                result.reactivated.append(record.name)
            elif changed:
                result.updated += 1
            else:
                result.unchanged += 1
            record.imported_at = now
            to_update.append(record)
        for uri, record in existing.items():
            if uri not in entries and record.on_list:
                record.on_list = False
                to_update.append(record)
                result.removed.append(record.name)
        UniformProductName.objects.bulk_create(to_create, batch_size=500)
        UniformProductName.objects.bulk_update(to_update, sorted(update_fields), batch_size=500)
    result.removed.sort()
    result.reactivated.sort()
    return result
