"""Print an inventory of a site's database as JSON: run with either version of the code.

``python tests/upgrade/inventory.py`` from a project directory counts the rows of every model of
the project's own apps (keyed by model name, so a model that moved to another app is still the
same row set), of Wagtail's pages, revisions, workflows, log entries, translations and snippets,
and checks that every page, revision, task state and log entry still resolves to a model.
"""

import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from wagtail.models import (  # noqa: E402
    ModelLogEntry,
    Page,
    PageLogEntry,
    Revision,
    TaskState,
)

THIRD_PARTY_LABELS = (
    "wagtailcore",
    "wagtail_localize",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
    "auth",
    "contenttypes",
)


def own_models():
    base = Path(settings.BASE_DIR).resolve()
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed:
            continue
        app_path = Path(model._meta.app_config.path).resolve()
        if app_path.is_relative_to(base) and ".venv" not in app_path.parts:
            yield model, True
        elif model._meta.app_label in THIRD_PARTY_LABELS:
            yield model, False


def inventory() -> dict:
    counts = {}
    for model, own in own_models():
        key = model._meta.model_name if own else model._meta.label_lower
        if key in counts:
            key = model._meta.label_lower
        counts[key] = model._default_manager.count()
    pages = Counter(
        f"{ct_id}:{name}"
        for ct_id, name in Page.objects.values_list("content_type_id", "content_type__model")
    )
    pages_per_locale = Counter(Page.objects.values_list("locale__language_code", flat=True))
    problems = []
    for page in Page.objects.all():
        if page.specific_class is None:
            problems.append(f"page {page.pk} has no model")
    for page in Page.objects.exclude(depth=1).specific().iterator():
        revision = page.latest_revision
        if revision is not None:
            revision.as_object()
    for revision in Revision.objects.exclude(base_content_type__model="page").iterator():
        if revision.content_type.model_class() is None:
            problems.append(f"revision {revision.pk} has no model")
    for state in TaskState.objects.all():
        if state.specific is None:
            problems.append(f"task state {state.pk} has no task type")
    for entry_model in (PageLogEntry, ModelLogEntry):
        for content_type in entry_model.objects.values_list("content_type", flat=True).distinct():
            if ContentType.objects.get(pk=content_type).model_class() is None:
                problems.append(f"{entry_model.__name__} points at a removed model")
    return {
        "rows": counts,
        "pages_by_content_type": dict(pages),
        "pages_by_locale": dict(pages_per_locale),
        "problems": problems,
    }


if __name__ == "__main__":
    print(json.dumps(inventory(), sort_keys=True))
