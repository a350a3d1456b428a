"""Behaviour every public page type shares: a summary, ownership and the feedback question."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, Site
from wagtail.search import index

from core.ownership import OwnedContentMixin


def last_modified(
    published_at: datetime.datetime | None, reviewed_on: datetime.date | None
) -> datetime.datetime | None:
    """When a page last changed for a search engine (the sitemap's ``lastmod``): its last
    publication, or its last content review when that is later (a review is a change too)."""
    if reviewed_on is None:
        return published_at
    reviewed_at = datetime.datetime.combine(reviewed_on, datetime.time(), tzinfo=datetime.UTC)
    if published_at is None or published_at < reviewed_at:
        return reviewed_at
    return published_at


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
        for url in urls:
            url["lastmod"] = last_modified(url.get("lastmod"), self.last_reviewed_at)
        return urls

    def clean(self):
        super().clean()
        self.check_title_is_unique()

    def check_title_is_unique(self):
        """One page per task: refuse a title that a public page in this language already has.

        Compared without regard to case or surrounding spaces, against live pages of every type.
        Translations (another language), the page's own aliases and the sites' home pages (each
        site has one, often with the same name) do not count.
        """
        existing = self.public_page_with_same_title()
        if existing is not None:
            raise ValidationError(
                {
                    "title": _(
                        'A public page called "%(title)s" already exists in this language '
                        "(%(path)s). Improve that page, or give this page another title."
                    )
                    % {"title": existing.title, "path": existing.url or existing.url_path}
                }
            )

    def public_page_with_same_title(self) -> Page | None:
        """The live page in this page's language with the same title, or None."""
        title = (self.title or "").strip()
        if not title or self.alias_of_id or self.is_site_home():
            return None
        site_homes = Site.objects.values("root_page__translation_key")
        pages = (
            Page.objects.live()
            .filter(locale_id=self.locale_id, title__iexact=title, alias_of__isnull=True)
            .exclude(translation_key__in=site_homes)
        )
        if self.pk:
            pages = pages.exclude(pk=self.pk)
        return pages.order_by("path").first()

    def is_site_home(self) -> bool:
        """Whether this page (or its original in another language) is a site's home page."""
        return (
            bool(self.pk)
            and Site.objects.filter(root_page__translation_key=self.translation_key).exists()
        )

    def get_breadcrumbs(self):
        """Ancestors from the home page down to the parent, for the breadcrumb trail."""
        return self.get_ancestors().filter(depth__gt=1).live().specific()
