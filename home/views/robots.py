"""robots.txt: everything public may be indexed, the admin and search results may not."""

from django.http import HttpResponse
from django.urls import reverse


def robots_txt(request):
    """Plain-text robots rules with the absolute sitemap address."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /zoeken/",
        "Disallow: /en/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
