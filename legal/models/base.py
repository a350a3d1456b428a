"""What the required pages share: they hang under the home page, once per language, and link
to each other."""

from django.apps import apps
from wagtail.models import Page

from core.page_base import PublicPageMixin

#: The required page types, in the order the "see also" list links to them.
LEGAL_PAGE_MODELS = (
    "legal.ContactPage",
    "legal.PrivacyStatementPage",
    "legal.AccessibilityStatementPage",
    "legal.CookieStatementPage",
)


class LegalPage(PublicPageMixin, Page):
    """A page the law (or residents' expectations) requires: one per home page, so one per site
    and language, with no pages under it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def other_legal_pages(self) -> list[Page]:
        """The other required pages under the same home page (so in this site and language)
        that are published, in order."""
        parent = self.get_parent()
        found = []
        for label in LEGAL_PAGE_MODELS:
            model = apps.get_model(label)
            if isinstance(self, model):
                continue
            page = model.objects.child_of(parent).live().public().first()
            if page is not None:
                found.append(page)
        return found
