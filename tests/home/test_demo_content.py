"""`load_demo` builds a realistic, bilingual site and is idempotent."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from core.ownership import ReviewStatus
from home.models import ContentPage, HomePage, NewsPage, SectionPage
from kcc_content.models import ProductPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_site, monkeypatch):
    """What ``load_demo`` printed when it built the demo site."""
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "demo-wachtwoord-voor-tests")
    return demo_site.output


def test_demo_builds_sections_pages_news_and_translations(demo):
    assert HomePage.objects.filter(locale__language_code="nl").count() == 1
    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert SectionPage.objects.filter(locale__language_code="nl").count() >= 7
    assert ContentPage.objects.filter(locale__language_code="nl").count() >= 20
    assert NewsPage.objects.filter(locale__language_code="nl").count() >= 5
    # The English content pages about passports and moving were merged into their products
    # (issue 16), so the English task pages are content pages and products together.
    english_task_pages = Page.objects.type(ContentPage, ProductPage).filter(
        locale__language_code="en"
    )
    assert english_task_pages.count() >= 5


def test_demo_prints_the_admin_login(demo):
    assert "user: admin" in demo
    assert "password: demo-wachtwoord-voor-tests" in demo


def test_running_the_demo_twice_changes_nothing(demo):
    before = {page.pk: (page.title, page.latest_revision_id) for page in Page.objects.all()}

    second = StringIO()
    call_command("load_demo", stdout=second)

    after = {page.pk: (page.title, page.latest_revision_id) for page in Page.objects.all()}
    assert after == before
    assert "0 new pages" in second.getvalue()


def test_demo_content_has_owners_and_a_mix_of_review_statuses(demo):
    pages = list(ContentPage.objects.filter(locale__language_code="nl"))
    statuses = {page.review_status() for page in pages}

    assert all(page.owning_team_id for page in pages)
    assert statuses == {ReviewStatus.CURRENT, ReviewStatus.DUE_SOON, ReviewStatus.OVERDUE}


def test_every_demo_page_answers_200(demo, client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_demo_teams_may_edit_their_own_sections_only(demo):
    from django.contrib.auth import get_user_model

    anna = get_user_model().objects.get(username="anna")
    own = Page.objects.get(slug="paspoort-en-id-kaart", locale__language_code="nl")
    other = Page.objects.get(slug="afval", locale__language_code="nl")

    assert own.permissions_for_user(anna).can_edit()
    assert not own.permissions_for_user(anna).can_publish()
    assert not other.permissions_for_user(anna).can_edit()
