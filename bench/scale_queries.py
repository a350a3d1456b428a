"""Queries per view, counted in-process, and the addresses the scale benchmark measures.

Usage (run by ``bench.site_at_scale`` with the benchmark's environment):
``.venv/bin/python -m bench.scale_queries [--editor-password P]``. Brings the database's
migrations and cache tables up to date (a kept build may be older than the code), counts the
queries of one anonymous request to each view with Django's test client (after one request to
warm it, as a running server is), and prints one JSON object: the counts, the addresses of the
measured pages, the id of the 2,000-word page and the address of every live Dutch page. With
``--editor-password`` it also makes the superuser ``bench`` with that password, for the
benchmark's logged-in requests.
"""

import argparse
import json
import os

EDITOR_USERNAME = "bench"
AREA_PATH = "/wijken/raamsdonksveer/centrum/"


def measured_paths() -> dict[str, str]:
    """The address of each view measured, the same pages at every size of the site: the demo's
    first section, its first content page and the passport product."""
    from home.demo import content  # Django must be set up first
    from kcc_content.models import ProductPage  # Django must be set up first

    section = content.SECTIONS[0]
    product = (
        ProductPage.objects.live().filter(slug="paspoort").first()
        or ProductPage.objects.live().order_by("path").first()
    )
    return {
        "home": "/",
        "section": f"/{section['slug']}/",
        "content": f"/{section['slug']}/{section['pages'][0]['slug']}/",
        "product": product.url if product else "/",
        "area": AREA_PATH,
        "search": "/zoeken/?q=paspoort",
        "sitemap": "/sitemap.xml",
    }


def first_sitemap_page(path: str) -> str:
    """The address of the sitemap's first page when ``path`` answers with a sitemap index (a site
    of more than 1,000 addresses), else ``path`` itself."""
    from urllib.parse import urlsplit
    from xml.etree import ElementTree

    from django.test import Client

    response = Client(HTTP_HOST="localhost").get(path)
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own sitemap
    if not root.tag.endswith("sitemapindex"):
        return path
    first = root.find(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemap/{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
    )
    address = urlsplit(first.text.strip())
    return f"{address.path}?{address.query}" if address.query else address.path


def count_queries(paths: dict[str, str]) -> dict[str, dict]:
    """Queries and status of the second anonymous request to each path."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for name, path in paths.items():
        client = Client(HTTP_HOST="localhost")
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        counts[name] = {"queries": len(captured.captured_queries), "status": response.status_code}
    return counts


def page_paths() -> list[str]:
    """The address of every live Dutch page of the default site."""
    from wagtail.models import Page, Site  # Django must be set up first

    home = Site.objects.get(is_default_site=True).root_page
    prefix = home.url_path.rstrip("/")
    url_paths = (
        Page.objects.live()
        .filter(path__startswith=home.path, locale_id=home.locale_id)
        .order_by("path")
        .values_list("url_path", flat=True)
    )
    return [url_path[len(prefix) :] or "/" for url_path in url_paths]


def ensure_editor(password: str) -> None:
    """The superuser ``bench`` with ``password`` (made, or given the password again)."""
    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.get_or_create(
        username=EDITOR_USERNAME,
        defaults={"email": "bench@example.org", "is_staff": True, "is_superuser": True},
    )
    user.is_staff = user.is_superuser = user.is_active = True
    user.set_password(password)
    user.save()


def main() -> None:
    """Update the database, count the queries, print the JSON result."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editor-password", help="make the superuser 'bench' with this password")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Page

    from bench.scale_pages import LONG_PAGE_SLUG

    with open(os.devnull, "w") as quiet:  # noqa: PTH123 - a sink for command output
        call_command("migrate", verbosity=0, stdout=quiet)
        call_command("createcachetable", verbosity=0, stdout=quiet)
    if args.editor_password:
        ensure_editor(args.editor_password)
    paths = measured_paths()
    paths["sitemap page"] = first_sitemap_page(paths["sitemap"])
    long_page = Page.objects.filter(slug=LONG_PAGE_SLUG).first()
    result = {
        "pages": Page.objects.count(),
        "paths": paths,
        "queries": count_queries(paths),
        "long_page": {"id": long_page.pk, "title": long_page.title} if long_page else None,
        "page_paths": page_paths(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
