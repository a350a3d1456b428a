"""Check a page or snippet and keep the verdict, so listings and reports need no re-analysis."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page

from readability import Report, analyse_blocks
from readability.content_text import content_blocks
from readability.models import ReadabilityResult
from readability.word_list import current_officialese

MAX_WORDS = 20_000


def is_dutch(obj) -> bool:
    """Whether the object is Dutch text; the B1 checks are Dutch rules and say nothing of English."""
    locale = getattr(obj, "locale", None)
    return locale is None or locale.language_code.split("-")[0] == "nl"


def check_object(obj) -> Report:
    """Analyse the readable text of a page or snippet with the editors' officialese list."""
    return analyse_blocks(content_blocks(obj), officialese=current_officialese())


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
    result, _ = ReadabilityResult.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
        defaults={
            "title": str(getattr(obj, "title", obj))[:255],
            "section": section_of(obj),
            "owning_team_id": getattr(obj, "owning_team_id", None),
            "meets_b1": data["meets_b1"],
            "level": data["level"],
            "flesch_douma": data["flesch_douma"],
            "words": data["words"],
            "problems": ",".join(problem_codes(report)),
            "checks": data["checks"],
            "analysed_at": timezone.now(),
        },
    )
    return result


def result_for(obj) -> ReadabilityResult | None:
    """The stored verdict for an object, if it was ever checked."""
    return ReadabilityResult.objects.filter(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
        object_id=str(obj.pk),
    ).first()
