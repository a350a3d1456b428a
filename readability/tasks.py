"""Background jobs of the plain-language checks (django-tasks)."""

from django_tasks import task
from wagtail.models import Page

from readability.results import store_result


@task()
def recheck_all_content() -> int:
    """Re-analyse every published page that has a language check; returns how many."""
    count = 0
    for page in Page.objects.live().specific().iterator():
        if hasattr(page, "readability_fields"):
            store_result(page)
            count += 1
    return count
