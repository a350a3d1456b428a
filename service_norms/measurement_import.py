"""Import of service-norm measurements from a CSV file (command and admin upload).

Columns (Dutch names, English aliases allowed, any order): ``norm`` (the norm's code),
``periode`` (``2026-03`` for a month, ``2026-K1`` or ``2026-Q1`` for a quarter), ``percentage``
(the share achieved, ``87,5`` or ``87.5``), ``aantal`` (number of cases) and optionally
``toelichting`` (at most 1,000 characters). UTF-8 with or without BOM; ``;`` or ``,``.

Every row is checked first and every problem is reported with its line number. A file with any
problem imports nothing; otherwise all rows are written in one transaction, creating new
periods and updating periods that already exist. A norm measured automatically (``ServiceNorm.measured_as``) and a
period whose figure was measured from handling are refused: the import never overwrites what
``service_norms.measuring`` computed. Reading, checking the header and the one
transaction come from the site's CSV import toolkit (``core.csv_import``).
"""

import datetime
import logging
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.translation import gettext_lazy as _

from core.csv_import import ImportProblem, LineProblems, log_refusal, write_all_or_nothing
from service_norms.import_table import ImportResult, read_table
from service_norms.models import NormMeasurement, ServiceNorm

logger = logging.getLogger(__name__)

COLUMN_ALIASES = {
    "norm": ("norm", "code", "norm_code", "normcode", "servicenorm"),
    "period": ("periode", "period"),
    "share": ("percentage", "share", "share_achieved", "percent", "aandeel"),
    "cases": ("aantal", "cases", "count", "number"),
    "explanation": ("toelichting", "explanation", "note", "uitleg"),
}
REQUIRED_COLUMNS = ("norm", "period", "share", "cases")
MAX_EXPLANATION = 1000
MAX_CASES = 2_147_483_647
MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})")
QUARTER = re.compile(r"(?P<year>\d{4})-[KQ](?P<quarter>[1-4])", re.IGNORECASE)
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass
class MeasurementRow:
    """One checked row, ready to be written."""

    line: int
    norm: ServiceNorm
    period_type: str
    period_start: datetime.date
    share: Decimal
    cases: int
    explanation: str


def parse_period(text: str) -> tuple[str, datetime.date] | None:
    """``2026-03`` → (month, 1 March 2026); ``2026-K1``/``2026-Q1`` → (quarter, 1 January 2026)."""
    text = text.strip()
    if match := QUARTER.fullmatch(text):
        year, quarter = int(match["year"]), int(match["quarter"])
        if FIRST_YEAR <= year <= LAST_YEAR:
            return NormMeasurement.PeriodType.QUARTER, datetime.date(year, quarter * 3 - 2, 1)
    elif match := MONTH.fullmatch(text):
        year, month = int(match["year"]), int(match["month"])
        if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
            return NormMeasurement.PeriodType.MONTH, datetime.date(year, month, 1)
    return None


def parse_share(text: str) -> Decimal | None:
    """``87,5``, ``87.5`` or ``87,5 %`` → Decimal("87.5"), rounded to one decimal; else None."""
    cleaned = text.strip().removesuffix("%").strip().replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return None


def check_rows(file_or_path) -> tuple[list[MeasurementRow], list[ImportProblem]]:
    """Read and check the whole file; returns the rows and every problem found."""
    table = read_table(file_or_path, COLUMN_ALIASES, REQUIRED_COLUMNS)
    if table.problems:
        return [], table.problems
    norms = {norm.code.casefold(): norm for norm in ServiceNorm.source_norms()}
    measured_periods = set(
        NormMeasurement.objects.filter(source=NormMeasurement.Source.MEASURED).values_list(
            "norm_id", "period_type", "period_start"
        )
    )
    rows, problems, seen = [], [], {}
    for line, cells in table.rows:
        row_problems = LineProblems(line)
        problem = row_problems.add

        norm = norms.get(cells["norm"].casefold())
        if not cells["norm"]:
            problem(_("The norm code is empty."))
        elif norm is None:
            problem(_("Unknown norm code '%(code)s'."), code=cells["norm"][:60])
        period = parse_period(cells["period"])
        if period is None:
            problem(
                _(
                    "Period '%(period)s' is not valid. Use 2026-03 for a month or 2026-K1 for a quarter."
                ),
                period=cells["period"][:30],
            )
        share = parse_share(cells["share"])
        if share is None:
            problem(
                _("Percentage '%(value)s' is not a number. Write it like 87,5."),
                value=cells["share"][:30],
            )
        elif not 0 <= share <= 100:
            problem(_("Percentage %(value)s is not between 0 and 100."), value=cells["share"][:30])
        cases_text = cells["cases"].strip()
        cases = int(cases_text) if re.fullmatch(r"\d{1,10}", cases_text) else None
        if cases is None or cases > MAX_CASES:
            problem(
                _("Number '%(value)s' is not a whole number of 0 or more."),
                value=cells["cases"][:30],
            )
        explanation = cells.get("explanation", "")
        if len(explanation) > MAX_EXPLANATION:
            problem(
                _("The explanation has %(length)s characters. The maximum is %(limit)s."),
                length=len(explanation),
                limit=MAX_EXPLANATION,
            )
        if norm is not None and norm.measured_as:
            problem(
                _("Norm '%(code)s' is measured from the handling. Its figures cannot be imported."),
                code=norm.code,
            )
        if norm is not None and period is not None:
            key = (norm.pk, *period)
            if key in measured_periods:
                problem(
                    _("Norm '%(code)s' already has a measured figure for %(period)s."),
                    code=norm.code,
                    period=cells["period"][:30],
                )
            if key in seen:
                problem(
                    _("Norm '%(code)s' has period %(period)s twice. See also line %(other)s."),
                    code=norm.code,
                    period=cells["period"],
                    other=seen[key],
                )
            else:
                seen[key] = line
        if row_problems:
            problems.extend(row_problems)
            continue
        rows.append(MeasurementRow(line, norm, period[0], period[1], share, cases, explanation))
    return rows, problems


def import_norm_measurements(file_or_path, *, dry_run: bool = False) -> ImportResult:
    """Check the file and, if it has no problem, create or update its measurements.

    Returns the counts, or the problems when there are any; then nothing has been written. A
    dry run returns the same counts and keeps nothing.
    """
    rows, problems = check_rows(file_or_path)
    if problems:
        log_refusal(logger, "Norm measurement", problems)
        return ImportResult(problems=problems)
    result = write_all_or_nothing(lambda: write_measurements(rows), dry_run=dry_run)
    logger.info("Norm measurement import%s: %s", " (dry run)" if dry_run else "", result.summary())
    return result


def write_measurements(rows: list[MeasurementRow]) -> ImportResult:
    """Create or update the measurement of each row; returns the counts."""
    result = ImportResult()
    for row in rows:
        _, created = NormMeasurement.objects.update_or_create(
            norm=row.norm,
            period_type=row.period_type,
            period_start=row.period_start,
            defaults={
                "share_achieved": row.share,
                "cases": row.cases,
                "explanation": row.explanation,
            },
        )
        if created:
            result.created += 1
        else:
            result.updated += 1
    return result
