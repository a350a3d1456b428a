"""Every address in the demo site's sitemap answers 200, in both languages."""

import urllib.request
import xml.etree.ElementTree as ET

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_every_sitemap_url_answers_200(site):
    with urllib.request.urlopen(site.url("/sitemap.xml"), timeout=10) as response:  # noqa: S310
        locations = [
            loc.text
            for loc in ET.fromstring(response.read()).findall("s:url/s:loc", SITEMAP_NS)  # noqa: S314
        ]

    failures = []
    for location in locations:
        assert location.startswith(site.base_url), location
        with urllib.request.urlopen(location, timeout=10) as page:  # noqa: S310
            if page.status != 200:
                failures.append((location, page.status))

    assert len(locations) >= 50
    assert any("/en/" in location for location in locations)
    assert failures == []
