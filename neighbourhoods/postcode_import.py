"""Import the postcode mapping from a CSV file, and write it back out in the same format.

The file is the complete mapping: an import replaces every ``PostcodeArea`` row, in one
transaction, and only when the whole file is valid. Otherwise nothing changes and every bad line
is reported with its reason. The file is read with the site's CSV import toolkit
(``core.csv_import``), which checks its size, encoding, delimiter and header.

Format (UTF-8, with or without BOM; ``;`` or ``,`` between the columns; header required)::

    postcode;letters_from;letters_to;area
    4941;;;raamsdonksveer
    4942;AA;KZ;centrum
    4942;LA;ZZ;42

``letters_from`` and ``letters_to`` are both empty (the whole postcode) or both two letters
(an inclusive range). ``area`` is the slug of a village or neighbourhood (``places.Area``, the
admin's "Villages and neighbourhoods"), or its id; a value of digits only is always read as an
id. Area slugs are unique, so a slug never names two areas. Extra columns are ignored, so editors
may add a column with notes.
"""

import logging
from dataclasses import dataclass, field

from django.db import IntegrityError
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from core.csv_import import FileRefused, read_csv, write_all_or_nothing
from neighbourhoods.models import PostcodeArea
from neighbourhoods.postcodes import letter_ranges_conflict
from places.models import Area

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
    area: Area

    @property
    def letters(self) -> tuple[str, str]:
        return self.letters_from, self.letters_to

    def describe(self) -> str:
        if self.letters_from:
            return f"{self.digits} {self.letters_from}-{self.letters_to}"
        return self.digits


def import_postcodes(source, *, dry_run: bool = False, user=None) -> PostcodeImportResult:
    """Check the file and, when every line is valid, make it the complete postcode mapping.

    ``source`` is the file's text or bytes, a path or an open file. Nothing changes when there
    is an error; a dry run does the whole import and then rolls it back. A real import is
    written to Wagtail's audit log (by ``user``, with the counts only).
    """
    result = PostcodeImportResult(dry_run=dry_run)
    rows = parse_rows(source, result.errors)
    if result.errors:
        logger.info("Postcode import refused: %d errors", len(result.errors))
        return result

    def write() -> int:
        replaced = replace_mapping(rows)
        first = PostcodeArea.objects.order_by("digits", "letters_from").first()
        log(
            instance=first,
            action=IMPORT_ACTION,
            user=user,
            title=_("Postcode mapping"),
            data={"created": len(rows), "replaced": replaced},
        )
        return replaced

    try:
        result.replaced = write_all_or_nothing(write, dry_run=dry_run)
    except IntegrityError:
        # Only another import at the same moment can break the unique constraint here.
        logger.warning("Postcode import failed: the mapping changed during the import")
        result.errors.append(
            (WHOLE_FILE, _("Someone else changed the postcodes at the same moment. Try again."))
        )
        return result
    result.created = len(rows)
    if not dry_run:
        logger.info(
            "Postcode mapping imported: %d rows, replacing %d", result.created, result.replaced
        )
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


def parse_rows(source, errors: list[tuple[int, str]]) -> list[ParsedRow]:
    """The valid rows of the file; every problem is appended to ``errors``."""
    try:
        table = read_csv(source, columns=COLUMNS, max_bytes=MAX_BYTES, max_rows=MAX_ROWS)
    except FileRefused as refused:
        errors.append((refused.problem.line or WHOLE_FILE, refused.problem.message))
        return []
    areas = AreaFinder()
    parsed = [
        parsed_row
        for row in table.rows
        if (parsed_row := parse_row(row.line, row.values, table.position, areas, errors))
    ]
    check_conflicts(parsed, errors)
    errors.sort(key=lambda error: error[0])
    return parsed


def parse_row(line_no, values, columns, areas, errors) -> ParsedRow | None:
    """One line as a ``ParsedRow``; None when it has errors (each appended to ``errors``).

    ``columns`` gives the index of each column in ``values``.
    """
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
    """Finds areas (villages and neighbourhoods) by slug or id, with one query in all."""

    def __init__(self):
        self.by_id: dict[int, Area] = {}
        self.by_slug: dict[str, Area] = {}
        for area in Area.objects.all():
            self.by_id[area.pk] = area
            self.by_slug[area.slug] = area

    def find(self, value: str) -> tuple[Area | None, str]:
        """The area for ``value`` and an empty string, or None and the reason."""
        if not value:
            return None, _("The column area is empty. Fill in the slug or id of an area.")
        if set(value) <= DIGITS:
            area = self.by_id.get(int(value))
            if area is None:
                return None, _("There is no area with id %(id)s.") % {"id": value}
            return area, ""
        area = self.by_slug.get(value)
        if area is None:
            return None, _("There is no area with the slug '%(slug)s'.") % {"slug": value}
        return area, ""

    @staticmethod
    def column_value(area: Area) -> str:
        """What to write in the area column: the slug, or the id when the slug is all digits."""
        return str(area.pk) if set(area.slug) <= DIGITS else area.slug


def export_rows() -> list[list[str]]:
    """The current mapping as CSV rows (header first), in the format ``import_postcodes`` reads."""
    areas = AreaFinder()
    rows = [list(COLUMNS)]
    for row in PostcodeArea.objects.select_related("area").order_by("digits", "letters_from"):
        rows.append([row.digits, row.letters_from, row.letters_to, areas.column_value(row.area)])
    return rows
