"""Import of the national Uniforme Productnamenlijst (UPL) from its CSV download.

The file is read with the site's CSV import toolkit (``core.csv_import``): the whole file is
checked before anything is written, and the writing happens in one transaction, so a file with
any problem changes nothing. Names that are no longer on the list are flagged
(``on_list=False``), never deleted, because product pages may still link to them.

The official list repeats a row for every legal basis (``Grondslag``) of a product, so rows
with the same URI and the same name are one product name; the same URI with another name is an
error.
"""

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone

from core.csv_import import (
    CsvTable,
    FileRefused,
    ImportProblem,
    log_refusal,
    read_csv,
    write_all_or_nothing,
)
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
ALL_COLUMNS = (*REQUIRED_COLUMNS, SDG_COLUMN, *FLAG_COLUMNS)
SDG_CODE = re.compile(r"[A-Z][0-9]{1,2}")

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


def import_upl(file_or_path, *, now: datetime | None = None, dry_run: bool = False) -> ImportResult:
    """Bring the product names in line with a UPL CSV file (a path or an open file).

    New URIs are created, known ones updated in place, names missing from the file flagged off
    the list and names that come back flagged on again. Returns the errors instead when the file
    has any problem; then nothing has been changed. A dry run reports the same counts and keeps
    nothing.
    """
    problems: list[ImportProblem] = []
    try:
        table = read_csv(
            Path(file_or_path) if isinstance(file_or_path, str) else file_or_path,
            columns=ALL_COLUMNS,
            required=REQUIRED_COLUMNS,
            max_bytes=MAX_FILE_BYTES,
        )
    except FileRefused as refused:
        problems.append(refused.problem)
    else:
        entries = _read_entries(table, problems)
    if problems:
        log_refusal(logger, "UPL", problems)
        return ImportResult(errors=[problem.in_english() for problem in problems])
    columns = set(table.position)
    result = write_all_or_nothing(
        lambda: _apply(entries, columns, now or timezone.now()), dry_run=dry_run
    )
    logger.info("UPL import%s: %s", " (dry run)" if dry_run else "", result.summary())
    return result


def _read_entries(table: CsvTable, problems: list[ImportProblem]) -> dict[str, _Entry]:
    """Check every data row; the entries by URI, with every problem added to ``problems``."""
    entries: dict[str, _Entry] = {}
    for row in table.rows:
        if len(row.values) != len(table.header):
            problems.append(
                ImportProblem(
                    row.line,
                    f"{len(row.values)} fields where the header has {len(table.header)} "
                    f"(is a value containing '{table.delimiter}' missing its quotes?)",
                )
            )
            continue
        _check_row(table.cells(row), row.line, entries, problems)
    return entries


def _check_row(cells: dict, line: int, entries: dict, problems: list[ImportProblem]) -> None:
    """Check one data row and add it to ``entries`` (merged with earlier rows of its URI)."""
    row_errors = []
    name, uri = cells[NAME_COLUMN], cells[URI_COLUMN]
    if not name:
        row_errors.append(f"the product name ({NAME_COLUMN}) is empty")
    elif len(name) > _NAME_MAX_LENGTH:
        row_errors.append(f"the product name is longer than {_NAME_MAX_LENGTH} characters")
    if not uri:
        row_errors.append("the URI is empty")
    elif len(uri) > _URI_MAX_LENGTH:
        row_errors.append(f"the URI is longer than {_URI_MAX_LENGTH} characters")
    else:
        try:
            _validate_web_address(uri)
        except ValidationError:
            row_errors.append(f"URI {uri!r} is not a web address (http:// or https://)")
    values = {}
    for column, field_name in FLAG_COLUMNS.items():
        if column not in cells:
            continue
        if cells[column] not in ("", "X", "x"):
            row_errors.append(f"column {column} has {cells[column]!r}; expected X or empty")
        values[field_name] = cells[column] in ("X", "x")
    sdg_codes = []
    if SDG_COLUMN in cells:
        for code in re.split(r"[;,\s]+", cells[SDG_COLUMN].upper()):
            if code and not SDG_CODE.fullmatch(code):
                row_errors.append(f"SDG code {code!r} is not a code such as A1")
            elif code and code not in sdg_codes:
                sdg_codes.append(code)
    if row_errors:
        problems.extend(ImportProblem(line, error) for error in row_errors)
        return
    entry = entries.get(uri)
    if entry is None:
        if SDG_COLUMN in cells:
            values["sdg_codes"] = sdg_codes
        entry = entries[uri] = _Entry(uri=uri, name=name, line=line, values=values)
    elif entry.name != name:
        problems.append(
            ImportProblem(
                line,
                f"URI {uri!r} appears again with another name: "
                f"{name!r} here, {entry.name!r} on line {entry.line}",
            )
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
        problems.append(
            ImportProblem(line, f"more SDG codes than fit in {_SDG_MAX_LENGTH} characters")
        )


def _apply(entries: dict, columns: set[str], now: datetime) -> ImportResult:
    """Write the checked entries and flag the names that left the list.

    Runs inside the one transaction of ``write_all_or_nothing``.
    """
    result = ImportResult()
    update_fields = {"name", "on_list", "imported_at"}
    update_fields.update(FLAG_COLUMNS[column] for column in columns if column in FLAG_COLUMNS)
    if SDG_COLUMN in columns:
        update_fields.add("sdg_codes")
    to_create, to_update = [], []
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
