"""Add content beyond the demo to a site, with either version of the code (run after load_demo).

For every page type: a new published revision of one of its pages and, where its parent exists
in English, an English translation made with wagtail-localize. Plus a page submitted to its
workflow (task states of our own task types) and an edit logged for one snippet.
"""

import os
import sys

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from wagtail.log_actions import log  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.snippets.models import get_snippet_models  # noqa: E402
from wagtail_localize.models import Translation, TranslationSource  # noqa: E402


def main():
    user = get_user_model().objects.filter(is_superuser=True).first()
    english = Locale.objects.get(language_code="en")
    dutch = Locale.objects.get(language_code="nl")
    seen_types = set()
    translated = 0
    for page in Page.objects.filter(locale=dutch, depth__gt=2).live().specific().order_by("path"):
        if page.specific_class in seen_types:
            continue
        seen_types.add(page.specific_class)
        page.save_revision(user=user, log_action=True).publish(user=user)
        parent = page.get_parent()
        has_parent = parent.get_translations().filter(locale=english).exists()
        if has_parent and not page.get_translations().filter(locale=english).exists():
            source, _ = TranslationSource.get_or_create_from_instance(page)
            translation = Translation.objects.create(source=source, target_locale=english)
            translation.save_target(user=user, publish=True)
            translated += 1
    submitted = None
    for page in Page.objects.filter(locale=dutch, depth__gt=2).live().specific().order_by("-path"):
        workflow = page.get_workflow()
        if workflow is not None and not page.workflow_in_progress:
            page.save_revision(user=user)
            workflow.start(page, user)
            submitted = page
            break
    for model in get_snippet_models():
        instance = model.objects.first()
        if instance is not None:
            log(instance, "wagtail.edit", user=user)
            break
    print(f"revised {len(seen_types)} page types, translated {translated}, submitted {submitted}")


main()
