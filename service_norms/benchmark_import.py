"""Import of Waarstaatjegemeente benchmark results (e.g. the burgerpeiling) from CSV or XLSX.

Columns (Dutch or English names, any order): ``code`` (indicator code such as dv01), ``label``
(the indicator), ``periode`` (e.g. 2025), ``waarde`` (our value), ``vergelijkingswaarde``
(optional), ``vergelijking`` (what we compare with, e.g. Nederland; optional), ``eenheid``
(optional, e.g. rapportcijfer or %) and ``bron`` (optional link to the source).

Like the measurement import, the whole file is checked first; a file with any problem imports
nothing. Results are matched on code and period: existing ones are updated.
"""

import logging
import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from core.csv_import import ImportProblem, LineProblems, log_refusal, write_all_or_nothing
from service_norms.import_table import ImportResult, read_table
from service_norms.models import BenchmarkResult

logger = logging.getLogger(__name__)

COLUMN_ALIASES = {
    "code": ("code", "indicator code", "indicatorcode", "indicator_code"),
    "label": ("label", "indicator", "omschrijving", "naam"),
    "period": ("periode", "period", "jaar", "year"),
    "value": ("waarde", "value", "score"),
    "comparison_value": (
        "vergelijkingswaarde",
        "comparison value",
        "comparison_value",
        "nederland",
    ),
    "comparison_label": ("vergelijking", "comparison label", "comparison_label", "compared with"),
    "unit": ("eenheid", "unit"),
    "source_url": ("bron", "source", "source_url", "url"),
}
REQUIRED_COLUMNS = ("code", "label", "period", "value")
_validate_url = URLValidator(schemes=["http", "https"])
_MAX = {
    name: BenchmarkResult._meta.get_field(name).max_length
    for name in ("code", "label", "period", "comparison_label", "unit", "source_url")
}
_MAX_VALUE = Decimal("999999.99")


def parse_value(text: str) -> Decimal | None:
    """``6,9`` or ``6.9`` (optionally with ``%``) → Decimal with two decimals, else None."""
    cleaned = text.strip().removesuffix("%").strip().replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        return None
    try:
        value = Decimal(cleaned).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None
    return value if abs(value) <= _MAX_VALUE else None


def check_rows(file_or_path) -> tuple[list[dict], list[ImportProblem]]:
    """Read and check the whole file; returns the rows as model values and every problem."""
    table = read_table(file_or_path, COLUMN_ALIASES, REQUIRED_COLUMNS, allow_xlsx=True)
    if table.problems:
        return [], table.problems
    rows, problems, seen = [], [], {}
    for line, cells in table.rows:
        row_problems = LineProblems(line)
        problem = row_problems.add

        values = {
            "code": cells["code"].lower(),
            "label": cells["label"],
            "period": cells["period"],
            "comparison_label": cells.get("comparison_label", ""),
            "unit": cells.get("unit", ""),
            "source_url": cells.get("source_url", ""),
        }
        for name, heading in (("code", "code"), ("label", "label"), ("period", "periode")):
            if not values[name]:
                problem(_("Column '%(column)s' is empty."), column=heading)
        for name, text in values.items():
            if len(text) > _MAX[name]:
                problem(
                    _("'%(value)s' is too long. The maximum is %(limit)s characters."),
                    value=text[:40] + "…",
                    limit=_MAX[name],
                )
        if values["source_url"]:
            try:
                _validate_url(values["source_url"])
            except ValidationError:
                problem(
                    _("Source '%(value)s' is not a web address (https://…)."),
                    value=values["source_url"][:60],
                )
        values["value"] = parse_value(cells["value"])
        if values["value"] is None:
            problem(_("Value '%(value)s' is not a number."), value=cells["value"][:30])
        comparison = cells.get("comparison_value", "")
        values["comparison_value"] = parse_value(comparison) if comparison else None
        if comparison and values["comparison_value"] is None:
            problem(_("Comparison value '%(value)s' is not a number."), value=comparison[:30])
        key = (values["code"], values["period"])
        if values["code"] and values["period"]:
            if key in seen:
                problem(
                    _("Indicator '%(code)s' has period %(period)s twice. See also line %(other)s."),
                    code=values["code"],
                    period=values["period"],
                    other=seen[key],
                )
            else:
                seen[key] = line
        if row_problems:
            problems.extend(row_problems)
        else:
            rows.append(values)
    return rows, problems


def import_benchmark_results(file_or_path, *, dry_run: bool = False) -> ImportResult:
    """Check the file and, if it has no problem, create or update its results in one go.

    A dry run returns the same counts and keeps nothing.
    """
    rows, problems = check_rows(file_or_path)
    if problems:
        log_refusal(logger, "Benchmark", problems)
        return ImportResult(problems=problems)
    result = write_all_or_nothing(lambda: write_results(rows), dry_run=dry_run)
    logger.info("Benchmark import%s: %s", " (dry run)" if dry_run else "", result.summary())
    return result


def write_results(rows: list[dict]) -> ImportResult:
    """Create or update the result of each row (matched on code and period); the counts."""
    result = ImportResult()
    for values in rows:
        _, created = BenchmarkResult.objects.update_or_create(
            code=values["code"],
            period=values["period"],
            defaults={key: value for key, value in values.items() if key not in ("code", "period")},
        )
        if created:
            result.created += 1
        else:
            result.updated += 1
    return result
