"""The site's own absolute links follow the address it is served on.

Inside a request the request's address counts; outside one (scheduled commands) the configured
SITE_URL and WAGTAILADMIN_BASE_URL (see tests/home/test_make_run_address.py for `make run`).
"""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from consultations.emails import absolute_url
from core.request_origin import RequestOriginMiddleware, admin_base_url, site_url
from home.demo.builder import DemoSiteBuilder


def links_made_during(request) -> dict[str, str]:
    """The public and admin link bases the site uses while it answers ``request``."""
    seen = {}

    def view(request):
        seen.update(public=absolute_url("/nieuws/"), admin=admin_base_url())

    RequestOriginMiddleware(view)(request)
    return seen


def test_links_made_during_a_request_use_the_requests_address(settings):
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    request = RequestFactory().get("/", HTTP_HOST="localhost:8123")

    assert links_made_during(request) == {
        "public": "http://localhost:8123/nieuws/",
        "admin": "http://localhost:8123",
    }


def test_links_made_behind_a_tls_proxy_use_https(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    request = RequestFactory().get(
        "/", HTTP_HOST="www.geertruidenberg.nl", HTTP_X_FORWARDED_PROTO="https"
    )

    assert links_made_during(request)["public"] == "https://www.geertruidenberg.nl/nieuws/"


def test_a_host_that_is_not_allowed_never_ends_up_in_a_link(settings):
    settings.ALLOWED_HOSTS = ["www.geertruidenberg.nl"]
    settings.SITE_URL = "https://www.geertruidenberg.nl"
    request = RequestFactory().get("/", HTTP_HOST="evil.example")

    assert links_made_during(request)["public"] == "https://www.geertruidenberg.nl/nieuws/"


def test_links_made_outside_a_request_use_the_configured_addresses(settings):
    settings.SITE_URL = "https://www.geertruidenberg.nl/"
    settings.WAGTAILADMIN_BASE_URL = "https://cms.geertruidenberg.nl"

    assert site_url() == "https://www.geertruidenberg.nl"
    assert admin_base_url() == "https://cms.geertruidenberg.nl"


@pytest.mark.django_db
def test_the_demo_site_record_follows_a_local_server_to_its_new_port(settings):
    """The sitemap links through the Site record: after a run on :8000, a run on :8123."""
    settings.SITE_URL = "http://127.0.0.1:8000"
    DemoSiteBuilder().ensure_home()
    settings.SITE_URL = "http://127.0.0.1:8123"
    DemoSiteBuilder().ensure_home()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)


@pytest.mark.django_db
def test_the_demo_leaves_the_address_of_a_real_site_alone(settings):
    home = DemoSiteBuilder().ensure_home()
    Site.objects.filter(root_page=home).update(hostname="www.geertruidenberg.nl", port=443)
    settings.SITE_URL = "http://127.0.0.1:8123"
    DemoSiteBuilder().ensure_home()

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("www.geertruidenberg.nl", 443)
