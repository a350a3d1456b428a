"""Keep stored readability verdicts in step with published content and the word list."""

import logging

from readability.models.results import ReadabilityResult
from readability.models.words import forget_officialese
from readability.results import store_result
from readability.tasks import recheck_all_content

logger = logging.getLogger(__name__)


def check_published_page(sender, instance, **kwargs):
    """A page or answer was published: store the verdict for its live content."""
    if hasattr(instance, "readability_fields"):
        store_result(instance)


def forget_page_verdict(sender, instance, **kwargs):
    """A page was unpublished or is being deleted: its verdict leaves the report.

    Deleting sends the signal for the base ``Page`` row too; its ``content_type`` is the specific
    page type the verdict was stored under."""
    ReadabilityResult.objects.filter(
        content_type_id=instance.content_type_id, object_id=str(instance.pk)
    ).delete()


def word_list_changed(sender, **kwargs):
    """An editor changed the officialese list: every stored verdict may have changed."""
    if kwargs.get("raw"):
        return
    forget_officialese()
    recheck_all_content.enqueue()
