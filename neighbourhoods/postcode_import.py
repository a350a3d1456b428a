"""Import the postcode mapping from a CSV file, and write it back out in the same format.

The file is the complete mapping: an import replaces every ``PostcodeArea`` row, in one
transaction, and only when the whole file is valid. Otherwise nothing changes and every bad line
is reported with its reason.

Format (UTF-8, with or without BOM; ``;`` or ``,`` between the columns; header required)::

    postcode;letters_from;letters_to;area
    4941;;;raamsdonksveer
    4942;AA;KZ;centrum
    4942;LA;ZZ;42

``letters_from`` and ``letters_to`` are both empty (the whole postcode) or both two letters
(an inclusive range). ``area`` is the slug of an area page in the default language, or its page
id. Slugs are only unique under one parent, so a slug that two area pages share is refused and
the page id must be used; a value of digits only is always read as a page id. Extra columns
are ignored, so editors may add a column with notes.
"""

import csv
import io
import logging
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from neighbourhoods.models import AreaPage, PostcodeArea
from neighbourhoods.postcodes import letter_ranges_conflict

logger = logging.getLogger(__name__)

MAX_BYTES = 1024 * 1024
MAX_ROWS = 20_000
COLUMNS = ("postcode", "letters_from", "letters_to", "area")
IMPORT_ACTION = "neighbourhoods.import_postcodes"
WHOLE_FILE = 0  # the line number of errors about the file as a whole

DIGITS = frozenset("0123456789")
CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass
class PostcodeImportResult:
    """The outcome of an import: the errors (line 0 is the whole file), or the counts.

    ``created`` is the number of rows in the new mapping, ``replaced`` the number of rows of the
    old mapping it replaced. After a dry run (or with errors) nothing was saved; the counts then
    say what an import would do.
    """

    errors: list[tuple[int, str]] = field(default_factory=list)
    created: int = 0
    replaced: int = 0
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def error_lines(self) -> list[str]:
        """Each error as one line of text, such as "Line 3: ...", for the command and the admin."""
        return [format_error(line_no, message) for line_no, message in self.errors]


def format_error(line_no: int, message: str) -> str:
    """The error as "Line 3: <message>", or the bare message when it is about the whole file."""
    if line_no == WHOLE_FILE:
        return message
    return _("Line %(line)d: %(message)s") % {"line": line_no, "message": message}


@dataclass
class ParsedRow:
    """One valid line of the file."""

    line_no: int
    digits: str
    letters_from: str
    letters_to: str
    area: AreaPage

    @property
    def letters(self) -> tuple[str, str]:
        return self.letters_from, self.letters_to

    def describe(self) -> str:
        if self.letters_from:
            return f"{self.digits} {self.letters_from}-{self.letters_to}"
        return self.digits


class PostcodeFileError(ValueError):
    """An uploaded file that is too large or not UTF-8 text; the message is for the user."""


def decode_csv_file(data: bytes) -> str:
    """The text of an uploaded or read CSV file: UTF-8, with or without a byte order mark."""
    if len(data) > MAX_BYTES:
        raise PostcodeFileError(too_large_message())
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PostcodeFileError(
            _("The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.")
        ) from error


def too_large_message() -> str:
    return _("The file is larger than 1 MB. A complete mapping fits easily in 1 MB.")


def import_postcodes(csv_text: str, *, dry_run: bool = False, user=None) -> PostcodeImportResult:
    """Check ``csv_text`` and, when every line is valid, make it the complete postcode mapping.

    Nothing changes when there is an error or with ``dry_run``. A real import is written to
    Wagtail's audit log (by ``user``, with the counts only).
    """
    result = PostcodeImportResult(dry_run=dry_run)
    rows = parse_rows(csv_text, result.errors)
    if result.errors:
        logger.info("Postcode import refused: %d errors", len(result.errors))
        return result
    result.replaced = PostcodeArea.objects.count()
    result.created = len(rows)
    if dry_run:
        return result
    try:
        with transaction.atomic():
            result.replaced = replace_mapping(rows)
            first = PostcodeArea.objects.order_by("digits", "letters_from").first()
            log(
                instance=first,
                action=IMPORT_ACTION,
                user=user,
                title=_("Postcode mapping"),
                data={"created": result.created, "replaced": result.replaced},
            )
    except IntegrityError:
        # Only another import at the same moment can break the unique constraint here.
        logger.warning("Postcode import failed: the mapping changed during the import")
        result.errors.append(
            (WHOLE_FILE, _("Someone else changed the postcodes at the same moment. Try again."))
        )
        return result
    logger.info("Postcode mapping imported: %d rows, replacing %d", result.created, result.replaced)
    return result


def replace_mapping(rows: list[ParsedRow]) -> int:
    """Delete the old mapping and store ``rows``; returns the number of rows deleted.

    Call it inside a transaction: the mapping is never half replaced.
    """
    replaced, _per_model = PostcodeArea.objects.all().delete()
    PostcodeArea.objects.bulk_create(
        [
            PostcodeArea(
                digits=row.digits,
                letters_from=row.letters_from,
                letters_to=row.letters_to,
                area=row.area,
            )
            for row in rows
        ],
        batch_size=1000,
    )
    return replaced


# Reading and checking the file


def parse_rows(csv_text: str, errors: list[tuple[int, str]]) -> list[ParsedRow]:
    """The valid rows of the file; every problem is appended to ``errors``."""
    csv_text = csv_text.removeprefix("\ufeff")
    if len(csv_text.encode("utf-8")) > MAX_BYTES:
        errors.append((WHOLE_FILE, too_large_message()))
        return []
    if not csv_text.strip():
        errors.append((WHOLE_FILE, _("The file is empty.")))
        return []
    first_line = next(line for line in csv_text.splitlines() if line.strip())
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(csv_text, newline=""), delimiter=delimiter)
    try:
        columns = read_header(reader, errors)
        if columns is None:
            return []
        lines = []
        for values in reader:
            if not any(value.strip() for value in values):
                continue
            lines.append((reader.line_num, values))
            if len(lines) > MAX_ROWS:
                errors.append(
                    (WHOLE_FILE, _("The file has more than %(max)d rows.") % {"max": MAX_ROWS})
                )
                return []
    except csv.Error as error:
        errors.append(
            (reader.line_num, _("This line is not valid CSV: %(error)s") % {"error": error})
        )
        return []
    if not lines:
        errors.append((WHOLE_FILE, _("The file has no postcodes, only the first line.")))
        return []
    areas = AreaFinder()
    parsed = [
        row
        for line_no, values in lines
        if (row := parse_row(line_no, values, columns, areas, errors))
    ]
    check_conflicts(parsed, errors)
    errors.sort(key=lambda error: error[0])
    return parsed


def read_header(reader, errors) -> dict[str, int] | None:
    """Where each column is, from the first non-empty line; None (with an error) when wrong."""
    for header in reader:
        if any(name.strip() for name in header):
            break
    else:
        errors.append((WHOLE_FILE, _("The file is empty.")))
        return None
    names = [name.strip().lower() for name in header]
    missing = [column for column in COLUMNS if column not in names]
    doubled = sorted({name for name in names if name in COLUMNS and names.count(name) > 1})
    if missing:
        errors.append(
            (
                reader.line_num,
                _("The first line must name the columns %(columns)s. Missing: %(missing)s.")
                % {"columns": ", ".join(COLUMNS), "missing": ", ".join(missing)},
            )
        )
        return None
    if doubled:
        errors.append(
            (
                reader.line_num,
                _("The first line names a column twice: %(columns)s.")
                % {"columns": ", ".join(doubled)},
            )
        )
        return None
    return {column: names.index(column) for column in COLUMNS}


def parse_row(line_no, values, columns, areas, errors) -> ParsedRow | None:
    """One line as a ``ParsedRow``; None when it has errors (each appended to ``errors``)."""
    needed = max(columns.values()) + 1
    if len(values) < needed:
        errors.append(
            (
                line_no,
                _("This line has %(found)d columns; it needs at least %(needed)d.")
                % {"found": len(values), "needed": needed},
            )
        )
        return None
    digits, letters_from, letters_to, area_value = (
        values[columns[column]].strip() for column in COLUMNS
    )
    line_errors = []
    if not (len(digits) == 4 and set(digits) <= DIGITS and digits[0] != "0"):
        line_errors.append(
            _("'%(value)s' is not a postcode. Use four digits, such as 4941.") % {"value": digits}
        )
    for value in (letters_from, letters_to):
        # isascii() first: "ß".upper() is "SS".
        if value and not (len(value) == 2 and value.isascii() and set(value.upper()) <= CAPITALS):
            line_errors.append(
                _("'%(value)s' are not postcode letters. Use two letters, such as AB.")
                % {"value": value}
            )
    letters_from, letters_to = letters_from.upper(), letters_to.upper()
    if bool(letters_from) != bool(letters_to):
        line_errors.append(_("Fill in both letters_from and letters_to, or leave both empty."))
    elif letters_from > letters_to:
        line_errors.append(
            _("letters_from (%(start)s) comes after letters_to (%(end)s).")
            % {"start": letters_from, "end": letters_to}
        )
    area, area_error = areas.find(area_value)
    if area_error:
        line_errors.append(area_error)
    errors.extend((line_no, message) for message in line_errors)
    if line_errors:
        return None
    return ParsedRow(line_no, digits, letters_from, letters_to, area)


def check_conflicts(rows: list[ParsedRow], errors) -> None:
    """Duplicate rows, overlapping letter ranges, and a whole postcode next to letter ranges."""
    by_digits: dict[str, list[ParsedRow]] = {}
    for row in rows:
        for earlier in by_digits.get(row.digits, []):
            if letter_ranges_conflict(row.letters, earlier.letters):
                errors.append((row.line_no, conflict_message(row, earlier)))
                break
        by_digits.setdefault(row.digits, []).append(row)


def conflict_message(row: ParsedRow, earlier: ParsedRow) -> str:
    """Why ``row`` clashes with the ``earlier`` line of the same postcode."""
    values = {"line": earlier.line_no, "postcode": row.digits, "other": earlier.describe()}
    if row.letters == earlier.letters:
        return _("This postcode is already on line %(line)d.") % values
    if not row.letters_from or not earlier.letters_from:
        return (
            _(
                "Postcode %(postcode)s is given as a whole and with letters (line %(line)d). "
                "Use one of the two."
            )
            % values
        )
    return _("These letters overlap with line %(line)d (%(other)s).") % values


class AreaFinder:
    """Finds area pages of the default language by slug or page id, with one query in all."""

    def __init__(self):
        self.by_id: dict[int, AreaPage] = {}
        self.by_slug: dict[str, list[AreaPage]] = {}
        self.by_key: dict = {}
        for area in AreaPage.objects.filter(locale=Locale.get_default()).order_by("path"):
            self.by_id[area.pk] = area
            self.by_slug.setdefault(area.slug, []).append(area)
            self.by_key[area.translation_key] = area

    def find(self, value: str) -> tuple[AreaPage | None, str]:
        """The area page for ``value`` and an empty string, or None and the reason."""
        if not value:
            return None, _("The column area is empty. Fill in the slug or id of an area page.")
        if set(value) <= DIGITS:
            area = self.by_id.get(int(value))
            if area is None:
                return None, _("There is no area page with id %(id)s.") % {"id": value}
            return area, ""
        matches = self.by_slug.get(value, [])
        if not matches:
            return None, _("There is no area page with the slug '%(slug)s'.") % {"slug": value}
        if len(matches) > 1:
            return None, _(
                "Several area pages have the slug '%(slug)s'. Use the page id instead: %(ids)s."
            ) % {"slug": value, "ids": ", ".join(str(area.pk) for area in matches)}
        return matches[0], ""

    def column_value(self, area: AreaPage) -> str:
        """What to write in the area column: the slug when it is unique, else the page id.

        A row that points at a translation is written with the page in the default language.
        """
        area = self.by_key.get(area.translation_key, area)
        if len(self.by_slug.get(area.slug, [])) == 1 and not set(area.slug) <= DIGITS:
            return area.slug
        return str(area.pk)


def export_rows() -> list[list[str]]:
    """The current mapping as CSV rows (header first), in the format ``import_postcodes`` reads."""
    areas = AreaFinder()
    rows = [list(COLUMNS)]
    for row in PostcodeArea.objects.select_related("area").order_by("digits", "letters_from"):
        rows.append([row.digits, row.letters_from, row.letters_to, areas.column_value(row.area)])
    return rows
