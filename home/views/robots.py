"""robots.txt: everything public may be crawled, the admin and the search suggestions not.

Search results may be crawled: each results page says itself whether it may be indexed
(``home.search_indexing``), which a search engine can only read when it may crawl the page.
"""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation


def suggestion_paths() -> list[str]:
    """The address of the search suggestions in every language of the site."""
    paths = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.append(reverse("search_suggestions"))
    return list(dict.fromkeys(paths))


def robots_txt(request):
    """Plain-text robots rules with the absolute sitemap address."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: {path}" for path in suggestion_paths()),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
