"""sitemap.xml covering every public page in every language, with last-modified dates and, per
page, its translations as ``<xhtml:link rel="alternate" hreflang="…">`` (Google's sitemap
format for localized pages: every version lists all versions, itself included, plus
``x-default``, the Dutch one). Django's sitemap template declares the ``xhtml`` namespace.

A sitemap holds at most ``URLS_PER_SITEMAP`` addresses; a larger site is split into pages
(``/sitemap.xml?p=2``), which ``/sitemap.xml`` then lists as a sitemap index
(``home.views.sitemap``). A page of the sitemap reads its pages' addresses and dates, their
review dates and their translations in a few queries, however large the site: never a whole
page object (bodies and all) per address.
"""

from collections import defaultdict
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.locales_per_request import locale_of
from core.page_base import last_modified

#: Addresses per sitemap page (the protocol allows 50,000; smaller pages answer faster).
URLS_PER_SITEMAP = 1000

#: What an entry needs of a page: its address, its dates and its translation group.
ENTRY_FIELDS = (
    "url_path",
    "locale",
    "translation_key",
    "content_type",
    "last_published_at",
    "latest_revision_created_at",
)


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap walks one page tree; translations live in sibling trees, so walk all."""

    limit = URLS_PER_SITEMAP

    @cached_property
    def pages(self):
        """The live, public pages of every language's tree of this site (the trees and the
        view restrictions are read once per sitemap)."""
        root = self.get_wagtail_site().root_page
        trees = Page.objects.none()
        for translated_root in root.get_translations(inclusive=True):
            trees |= Page.objects.descendant_of(translated_root, inclusive=True)
        return trees.live().public().order_by("path")

    def items(self):
        """The pages as plain ``Page`` objects with only what an entry shows."""
        return self.pages.only(*ENTRY_FIELDS)

    @cached_property
    def paginator(self):
        """One paginator (one count) for the whole request: Django's makes one per use."""
        return Paginator(self.items(), self.limit)

    def _urls(self, page, protocol, domain):
        """The entries of one sitemap page, with their review dates and translations."""
        pages = list(self.paginator.page(page).object_list)
        locations = {item.pk: item.get_full_url(self.request) for item in pages}
        # The translations of these pages that are not on this sitemap page themselves.
        translations = list(
            self.items()
            .filter(translation_key__in={item.translation_key for item in pages})
            .exclude(pk__in=locations)
        )
        locations.update((item.pk, item.get_full_url(self.request)) for item in translations)
        alternates = alternates_by_key([*pages, *translations], locations)
        reviewed = review_dates(pages)
        urls = []
        for item in pages:
            published = item.last_published_at or item.latest_revision_created_at
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": last_modified(published, reviewed.get(item.pk)),
                    "changefreq": None,
                    "priority": "",
                    "alternates": alternates.get(item.translation_key, []),
                }
            )
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


def alternates_by_key(pages: list[Page], locations: dict[int, str]) -> dict[str, list[dict]]:
    """Translation key → the alternates of that group of ``pages`` (only groups of two or
    more), each version at its address in ``locations``."""
    groups = defaultdict(dict)
    for page in pages:
        groups[page.translation_key][locale_of(page).language_code] = locations[page.pk]
    order = [code for code, _name in settings.LANGUAGES]
    by_key = {}
    for key, versions in groups.items():
        if len(versions) < 2:
            continue
        alternates = [
            {"lang_code": code, "location": versions[code]} for code in order if code in versions
        ]
        if settings.LANGUAGE_CODE in versions:
            alternates.append(
                {"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]}
            )
        by_key[key] = alternates
    return by_key


def review_dates(pages: list[Page]) -> dict[int, object]:
    """Page id → its last content review date (``PublicPageMixin.last_reviewed_at``).

    The date lives in each page type's own table: one query joins the tables of the types on
    this sitemap page (``UNION ALL``), instead of one query per type or per page.
    """
    pks_by_type = defaultdict(list)
    for page in pages:
        pks_by_type[page.content_type_id].append(page.pk)
    queries = []
    for content_type_id, pks in pks_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and any(
            field.name == "last_reviewed_at" for field in model._meta.concrete_fields
        ):
            queries.append(
                model.objects.filter(pk__in=pks, last_reviewed_at__isnull=False)
                .order_by()
                .values_list("pk", "last_reviewed_at")
            )
    if not queries:
        return {}
    return dict(queries[0].union(*queries[1:], all=True))
