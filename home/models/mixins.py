"""Behaviour every public page type shares: a summary, ownership and the feedback question."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from kcc_content.ownership import OwnedContentMixin


class PublicPageMixin(OwnedContentMixin):
    """Mix into every public page type, before ``Page``: ``class X(PublicPageMixin, Page)``."""

    intro = models.TextField(
        verbose_name=_("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences. Shown under the title, in lists and in search results."),
    )
    show_feedback = models.BooleanField(
        verbose_name=_('ask "was this page helpful?"'),
        default=True,
    )

    readability_fields = ("title", "intro", "body")  # what residents read, in reading order
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    settings_panels = [
        *Page.settings_panels,
        *OwnedContentMixin.ownership_panels,
        FieldPanel("show_feedback"),
    ]

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        """Sitemap entry whose last-modified date also counts a content review."""
        urls = super().get_sitemap_urls(request)
        reviewed = self.last_reviewed_at
        if reviewed:
            reviewed_at = datetime.datetime.combine(reviewed, datetime.time(), tzinfo=datetime.UTC)
            for url in urls:
                if url.get("lastmod") is None or url["lastmod"] < reviewed_at:
                    url["lastmod"] = reviewed_at
        return urls

    def get_breadcrumbs(self):
        """Ancestors from the home page down to the parent, for the breadcrumb trail."""
        return self.get_ancestors().filter(depth__gt=1).live().specific()
