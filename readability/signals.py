"""Keep stored readability verdicts in step with published content and the word list."""

import logging

from readability.tasks import recheck_all_content
from readability.word_list import forget_officialese

logger = logging.getLogger(__name__)


def check_published_page(sender, instance, **kwargs):
    """A page was published: store the verdict for its live content."""
    from readability.results import store_result

    if hasattr(instance, "readability_fields"):
        store_result(instance)


def word_list_changed(sender, **kwargs):
    """An editor changed the officialese list: every stored verdict may have changed."""
    if kwargs.get("raw"):
        return
    forget_officialese()
    recheck_all_content.enqueue()
