"""sitemap.xml covering every public page in every language, with last-modified dates."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap walks one page tree; translations live in sibling trees, so walk all."""

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Page.objects.none()
        for translated_root in root.get_translations(inclusive=True):
            trees |= Page.objects.descendant_of(translated_root, inclusive=True)
        return trees.live().public().order_by("path").defer_streamfields().specific()
