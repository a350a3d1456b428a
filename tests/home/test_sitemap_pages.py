"""A large site's sitemap comes in pages of at most ``URLS_PER_SITEMAP`` addresses.

``/sitemap.xml`` (where ``robots.txt`` points) is the sitemap itself while the site fits one;
beyond that it is a sitemap index of ``/sitemap.xml?p=1`` … ``?p=N``. The pages together list
every public page once, with the same dates and alternates as a single sitemap. The tests make
pages of ten addresses, so a small site needs several.
"""

import datetime
import xml.etree.ElementTree as ET

import pytest

from home.sitemap import URLS_PER_SITEMAP, MultilingualSitemap
from tests.factories import ContentPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def ten_per_sitemap(monkeypatch):
    monkeypatch.setattr(MultilingualSitemap, "limit", 10)


@pytest.fixture
def site_of_25_pages(home, english_home):
    """The two home pages, a section in both languages and 21 pages under it (25 addresses)."""
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    english = section.copy_for_translation(english_home.locale)
    english.title, english.slug = "Waste", "waste"
    english.save_revision().publish()
    reviewed = ContentPageFactory(
        parent=section, slug="grofvuil", last_reviewed_at=datetime.date(2099, 1, 2)
    )
    for number in range(20):
        ContentPageFactory(parent=section, title=f"Afvalpagina {number}")
    return reviewed


def xml(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def entries(tree) -> dict[str, dict]:
    """Each address of a sitemap with its ``lastmod`` (or None) and its alternates."""
    return {
        url.find(f"{SITEMAP}loc").text: {
            "lastmod": url.findtext(f"{SITEMAP}lastmod"),
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
            },
        }
        for url in tree.findall(f"{SITEMAP}url")
    }


def test_a_sitemap_holds_at_most_a_thousand_addresses():
    assert MultilingualSitemap.limit == URLS_PER_SITEMAP == 1000


def test_a_site_larger_than_one_sitemap_gets_an_index_of_its_pages(
    client, site_of_25_pages, ten_per_sitemap
):
    index = xml(client, "/sitemap.xml")

    assert index.tag == f"{SITEMAP}sitemapindex"
    assert [item.find(f"{SITEMAP}loc").text for item in index] == [
        "http://testserver/sitemap.xml?p=1",
        "http://testserver/sitemap.xml?p=2",
        "http://testserver/sitemap.xml?p=3",
    ]


def test_the_pages_of_the_sitemap_list_every_address_once_with_dates_and_alternates(
    client, site_of_25_pages, ten_per_sitemap
):
    pages = [entries(xml(client, f"/sitemap.xml?p={number}")) for number in (1, 2, 3)]
    everything = {location: entry for page in pages for location, entry in page.items()}

    assert [len(page) for page in pages] == [10, 10, 5]
    assert len(everything) == 25
    assert everything[f"http://localhost{site_of_25_pages.url}"]["lastmod"] == "2099-01-02"
    both = {
        "nl": "http://localhost/afval/",
        "en": "http://localhost/en/waste/",
        "x-default": "http://localhost/afval/",
    }
    assert everything["http://localhost/afval/"]["alternates"] == both
    assert everything["http://localhost/en/waste/"]["alternates"] == both


def test_a_page_past_the_last_is_not_found(client, site_of_25_pages, ten_per_sitemap):
    assert client.get("/sitemap.xml?p=4").status_code == 404
    assert client.get("/sitemap.xml?p=abc").status_code == 404


def test_a_site_that_fits_one_sitemap_gets_it_at_the_same_address(client, site_of_25_pages):
    tree = xml(client, "/sitemap.xml")

    assert tree.tag == f"{SITEMAP}urlset"
    assert len(entries(tree)) == 25
    assert entries(tree) == entries(xml(client, "/sitemap.xml?p=1"))


def test_robots_txt_names_the_sitemap_or_its_index(client, site_of_25_pages, ten_per_sitemap):
    robots = client.get("/robots.txt").content.decode()

    assert "Sitemap: http://testserver/sitemap.xml\n" in robots
    assert xml(client, "/sitemap.xml").tag == f"{SITEMAP}sitemapindex"
