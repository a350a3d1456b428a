"""'Was this page helpful?': stored without personal data, validated, CSRF-protected, rate-limited."""

import pytest
from django.test import Client

from home.models import PageFeedback
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    return ContentPageFactory(parent=home, slug="grofvuil", title="Grofvuil")


def test_yes_is_stored_and_the_resident_sees_a_thank_you(client, page):
    response = client.post(f"/feedback/{page.pk}/", {"helpful": "yes"}, follow=True)

    assert PageFeedback.objects.get().helpful is True
    assert response.redirect_chain[0][0] == "/grofvuil/#feedback"
    assert "Bedankt voor uw antwoord." in response.content.decode()


def test_an_answer_other_than_yes_or_no_is_refused_and_nothing_is_stored(client, page):
    response = client.post(f"/feedback/{page.pk}/", {"helpful": "<script>"})

    assert response.status_code == 400
    assert "Kies ja of nee." in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_feedback_needs_a_csrf_token(page):
    strict_client = Client(enforce_csrf_checks=True)

    response = strict_client.post(f"/feedback/{page.pk}/", {"helpful": "no"})

    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


def test_feedback_on_an_unpublished_page_is_not_found(client, page):
    page.unpublish()

    assert client.post(f"/feedback/{page.pk}/", {"helpful": "no"}).status_code == 404


def test_get_is_not_allowed(client, page):
    assert client.get(f"/feedback/{page.pk}/").status_code == 405


def test_rapid_answers_from_one_client_are_rate_limited_with_a_friendly_message(
    client, page, settings
):
    settings.FEEDBACK_RATE_LIMIT = (3, 3600)

    responses = [
        client.post(f"/feedback/{page.pk}/", {"helpful": "no"}, follow=True) for _ in range(5)
    ]

    assert PageFeedback.objects.count() == 3
    assert "Probeer het later opnieuw." in responses[-1].content.decode()
    assert not any(field.name.endswith("ip") for field in PageFeedback._meta.get_fields())
