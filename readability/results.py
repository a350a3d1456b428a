"""Check a page or snippet and keep the verdict, so listings and reports need no re-analysis."""

from django.utils import timezone
from wagtail.models import Page

from readability import Report
from readability.content_check import check_object
from readability.content_text import is_dutch
from readability.models.results import ReadabilityResult

MAX_WORDS = 20_000


def problem_codes(report: Report) -> list[str]:
    """The checks that are red or orange, worst first."""
    checks = report.to_dict()["checks"]
    reds = [code for code, check in checks.items() if check["severity"] == "red"]
    oranges = [code for code, check in checks.items() if check["severity"] == "orange"]
    return reds + oranges


def section_of(obj) -> Page | None:
    """The top-level section a page sits in (the home page's child), if any."""
    if not isinstance(obj, Page) or obj.depth < 3:
        return None
    return obj if obj.depth == 3 else obj.get_ancestors().filter(depth=3).first()


def store_result(obj) -> ReadabilityResult | None:
    """Analyse a Dutch object and save its verdict (one row per object, replaced each time)."""
    if not is_dutch(obj):
        return None
    report = check_object(obj)
    data = report.to_dict()
    return ReadabilityResult.objects.record(
        obj,
        section=section_of(obj),
        meets_b1=data["meets_b1"],
        level=data["level"],
        flesch_douma=data["flesch_douma"],
        words=data["words"],
        problems=",".join(problem_codes(report)),
        checks=data["checks"],
        analysed_at=timezone.now(),
    )


def result_for(obj) -> ReadabilityResult | None:
    """The stored verdict for an object, if it was ever checked."""
    return ReadabilityResult.objects.row_for(obj)
