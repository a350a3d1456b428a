"""sitemap.xml covering every public page in every language, with last-modified dates and, per
page, its translations as ``<xhtml:link rel="alternate" hreflang="…">`` (Google's sitemap
format for localized pages: every version lists all versions, itself included, plus
``x-default``, the Dutch one). Django's sitemap template declares the ``xhtml`` namespace."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap walks one page tree; translations live in sibling trees, so walk all."""

    def pages(self):
        """The live, public pages of every language's tree of this site."""
        root = self.get_wagtail_site().root_page
        trees = Page.objects.none()
        for translated_root in root.get_translations(inclusive=True):
            trees |= Page.objects.descendant_of(translated_root, inclusive=True)
        return trees.live().public().order_by("path")

    def items(self):
        return self.pages().defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        alternates = self._alternates_by_location()
        for url_info in urls:
            url_info["alternates"] = alternates.get(url_info["location"], [])
        return urls

    def _alternates_by_location(self) -> dict[str, list[dict]]:
        """Page address → the alternates of its translation group (only groups of two or more)."""
        groups = defaultdict(dict)
        for page in self.pages().select_related("locale"):
            groups[page.translation_key][page.locale.language_code] = page.get_full_url(
                self.request
            )
        order = [code for code, _name in settings.LANGUAGES]
        by_location = {}
        for versions in groups.values():
            if len(versions) < 2:
                continue
            alternates = [
                {"lang_code": code, "location": versions[code]}
                for code in order
                if code in versions
            ]
            if settings.LANGUAGE_CODE in versions:
                alternates.append(
                    {"lang_code": "x-default", "location": versions[settings.LANGUAGE_CODE]}
                )
            for location in versions.values():
                by_location[location] = alternates
        return by_location
