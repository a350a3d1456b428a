"""``/sitemap.xml``: the sitemap, or the index of its pages once the site outgrows one.

A site of up to ``URLS_PER_SITEMAP`` addresses (the demo has about 115) gets its sitemap at
``/sitemap.xml`` as before. A larger one gets a sitemap index there that lists
``/sitemap.xml?p=1`` … ``?p=N``, each a sitemap of at most that many addresses, so no request
reads the whole site. ``robots.txt`` names ``/sitemap.xml`` either way, and every page of the
sitemap shares its address (a purge of the address purges them all).
"""

from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from home.sitemap import MultilingualSitemap

#: The query parameter of a sitemap page (Django's sitemap view reads it).
PAGE_PARAMETER = "p"


def sitemap(request):
    """The sitemap's page ``?p=N`` (default the first); without ``p`` on a site of more than one
    page, the sitemap index."""
    pages = MultilingualSitemap(request)
    if PAGE_PARAMETER not in request.GET and pages.paginator.num_pages > 1:
        return sitemap_index(request, pages.paginator.num_pages)
    return wagtail_sitemap(request, {"pages": pages})


@x_robots_tag
def sitemap_index(request, page_count: int):
    """A sitemap index of the ``page_count`` pages of the sitemap (Django's index template)."""
    address = request.build_absolute_uri(reverse("sitemap"))
    items = [
        SitemapIndexItem(f"{address}?{PAGE_PARAMETER}={number}")
        for number in range(1, page_count + 1)
    ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )
