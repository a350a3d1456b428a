"""View restrictions are read once per request (``core.view_restrictions_per_request``), and
private pages stay private.

Wagtail's ``.public()`` read every view restriction on each call: six times on an area page.
Within a request they are now read once; a restriction added, removed or moved during the
request is seen by the next call, and nothing is kept after the request.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core.view_restrictions_per_request import RememberViewRestrictionsPerRequestMiddleware
from tests import in_a_request
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def during_a_request(view):
    return in_a_request.during_a_request(RememberViewRestrictionsPerRequestMiddleware, view)


def restriction_reads(queries) -> int:
    return sum('FROM "wagtailcore_pageviewrestriction"' in q["sql"] for q in queries)


def public_titles() -> set[str]:
    return set(Page.objects.live().public().filter(depth__gt=2).values_list("title", flat=True))


@pytest.fixture
def staff_section(home):
    """A section for staff only (logged in), with a page in it, beside a public page."""
    ContentPageFactory(parent=home, title="Openbaar")
    section = ContentPageFactory(parent=home, title="Intern")
    ContentPageFactory(parent=section, title="Intern verslag")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    return section


def test_a_request_reads_the_restrictions_once_however_often_it_asks(staff_section):
    def ask_three_times():
        with CaptureQueriesContext(connection) as queries:
            answers = [public_titles() for _ in range(3)]
            private = set(Page.objects.not_public().values_list("title", flat=True))
        return answers, private, restriction_reads(queries)

    answers, private, reads = during_a_request(ask_three_times)

    assert answers == [{"Openbaar"}] * 3
    assert private == {"Intern", "Intern verslag"}
    assert reads == 1


def test_a_restriction_added_during_a_request_is_applied_at_once(home):
    ContentPageFactory(parent=home, title="Openbaar")
    section = ContentPageFactory(parent=home, title="Intern")

    def restrict_and_ask():
        before = public_titles()
        PageViewRestriction.objects.create(page=section, restriction_type="login")
        return before, public_titles()

    before, after = during_a_request(restrict_and_ask)

    assert before == {"Openbaar", "Intern"}
    assert after == {"Openbaar"}


def test_a_restriction_removed_during_a_request_is_lifted_at_once(staff_section):
    def lift_and_ask():
        before = public_titles()
        PageViewRestriction.objects.filter(page=staff_section).delete()
        return before, public_titles()

    before, after = during_a_request(lift_and_ask)

    assert before == {"Openbaar"}
    assert after == {"Openbaar", "Intern", "Intern verslag"}


def test_a_restricted_section_moved_during_a_request_stays_private_in_its_new_place(
    home, staff_section
):
    elsewhere = ContentPageFactory(parent=home, title="Elders")

    def move_and_ask():
        public_titles()  # read the restrictions at their old place
        staff_section.move(elsewhere, pos="last-child")
        return public_titles()

    after = during_a_request(move_and_ask)

    assert after == {"Openbaar", "Elders"}


def test_nothing_is_remembered_outside_a_request_or_after_it(staff_section):
    during_a_request(public_titles)

    with CaptureQueriesContext(connection) as queries:
        public_titles()
        public_titles()

    assert restriction_reads(queries) == 2  # Wagtail's own behaviour: one read per call


def test_a_private_page_is_still_refused_to_visitors(staff_section):
    private_page = staff_section.get_children().get()

    response = Client().get(private_page.url)

    assert response.status_code == 302  # to the login page, and back afterwards
    assert f"next={private_page.url}" in response["Location"]
