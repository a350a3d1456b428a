"""'Was this page helpful?': stored without personal data, validated, CSRF-protected, rate-limited."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from home.feedback_comments import comment_token
from home.models import PageFeedback
from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SectionPageFactory,
    feedback_answer,
)
from tests.kcc_content.kcc_factories import publish_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    return ContentPageFactory(parent=home, slug="grofvuil", title="Grofvuil")


def test_yes_is_stored_and_the_resident_sees_a_thank_you(client, page):
    response = client.post(f"/feedback/{page.pk}/", feedback_answer(page, "yes"), follow=True)

    assert PageFeedback.objects.get().helpful is True
    assert response.redirect_chain[0][0] == "/grofvuil/#feedback"
    assert "Bedankt voor uw antwoord." in response.content.decode()


def test_an_answer_other_than_yes_or_no_is_refused_and_nothing_is_stored(client, page):
    response = client.post(
        f"/feedback/{page.pk}/", {**feedback_answer(page, "no"), "helpful": "<script>"}
    )

    assert response.status_code == 400
    assert "Kies ja of nee." in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_an_answer_without_its_form_token_is_not_saved_and_the_question_is_asked_again(page):
    strict_client = Client(enforce_csrf_checks=True)

    response = strict_client.post(f"/feedback/{page.pk}/", {"helpful": "no"}, follow=True)

    assert not PageFeedback.objects.exists()
    assert response.redirect_chain[0][0] == "/grofvuil/#feedback"
    text = " ".join(response.content.decode().split())
    assert "We konden uw antwoord niet opslaan. Beantwoord de vraag nog een keer." in text


def test_an_answer_with_the_token_of_another_page_is_not_saved(client, page, home):
    other = ContentPageFactory(parent=home, slug="paspoort", title="Paspoort")

    client.post(f"/feedback/{page.pk}/", feedback_answer(other, "no"))

    assert not PageFeedback.objects.exists()


def test_an_answer_with_an_expired_form_token_is_not_saved(client, page):
    with freeze_time("2026-03-01 10:00"):
        answer = feedback_answer(page, "yes")
    with freeze_time("2026-03-02 10:01"):
        response = client.post(f"/feedback/{page.pk}/", answer, follow=True)

    assert not PageFeedback.objects.exists()
    assert "Beantwoord de vraag nog een keer." in response.content.decode()


def test_a_cached_page_form_token_works_for_a_day(client, page):
    with freeze_time("2026-03-01 10:00"):
        answer = feedback_answer(page, "yes")
    with freeze_time("2026-03-02 09:59"):
        client.post(f"/feedback/{page.pk}/", answer)

    assert PageFeedback.objects.get().helpful is True


def answer_from_a_browser(page, answer: str, *, origin: str, fetch_site: str):
    """Post ``answer`` as a browser would, with its Origin and Sec-Fetch-Site headers and
    without a CSRF cookie (the page was served from a cache)."""
    return Client(enforce_csrf_checks=True).post(
        f"/feedback/{page.pk}/",
        feedback_answer(page, answer),
        HTTP_ORIGIN=origin,
        HTTP_SEC_FETCH_SITE=fetch_site,
    )


def test_an_answer_posted_from_another_website_is_refused(page):
    from_elsewhere = answer_from_a_browser(
        page, "no", origin="https://evil.example", fetch_site="cross-site"
    )

    assert from_elsewhere.status_code == 403
    assert "van een andere website" in from_elsewhere.content.decode()
    assert not PageFeedback.objects.exists()


def test_an_answer_from_the_site_itself_with_its_token_needs_no_csrf_cookie(page):
    response = answer_from_a_browser(
        page, "yes", origin="http://testserver", fetch_site="same-origin"
    )

    assert response.status_code == 302
    assert PageFeedback.objects.get().helpful is True


def test_the_question_on_the_page_sets_no_cookie(client, page):
    response = client.get("/grofvuil/")

    form = BeautifulSoup(response.content, "html.parser").select_one("form.page-feedback__form")
    assert form.select_one("input[name=form_token]") is not None
    assert form.select_one("input[name=csrfmiddlewaretoken]") is None
    assert not response.cookies


def test_feedback_on_an_unpublished_page_is_not_found(client, page):
    page.unpublish()

    assert client.post(f"/feedback/{page.pk}/", feedback_answer(page, "no")).status_code == 404


def test_get_is_not_allowed(client, page):
    assert client.get(f"/feedback/{page.pk}/").status_code == 405


def test_rapid_answers_from_one_client_are_rate_limited_with_a_friendly_message(
    client, page, settings
):
    settings.FEEDBACK_RATE_LIMIT = (3, 3600)

    responses = [
        client.post(f"/feedback/{page.pk}/", feedback_answer(page, "no")) for _ in range(5)
    ]

    assert PageFeedback.objects.count() == 3
    assert [response.status_code for response in responses] == [302] * 3 + [429] * 2
    assert "niet opgeslagen" in responses[-1].content.decode()
    assert not any(field.name.endswith("ip") for field in PageFeedback._meta.get_fields())


# The comment after "no" ----------------------------------------------------------------------


def vote_no(client, page):
    """Answer "no" and return the redirect address and the token it carries."""
    response = client.post(f"/feedback/{page.pk}/", feedback_answer(page, "no"))
    location = response["Location"]
    return location, parse_qs(urlsplit(location).query)["feedback"][0]


def comment_url(page):
    return reverse("page_feedback_comment", kwargs={"page_id": page.pk})


def test_no_leads_to_the_comment_form_without_javascript(client, page):
    location, _token = vote_no(client, page)

    html = client.get(location).content.decode()

    assert location.startswith("/grofvuil/?feedback=") and location.endswith("#feedback")
    assert 'name="comment"' in html and 'maxlength="1000"' in html
    assert "Wat miste u op deze pagina?" in html
    assert "Zet geen persoonlijke gegevens in uw opmerking." in html
    assert 'name="helpful"' not in html


def test_yes_does_not_offer_a_comment_form(client, page):
    response = client.post(f"/feedback/{page.pk}/", feedback_answer(page, "yes"), follow=True)

    assert 'name="comment"' not in response.content.decode()
    assert "feedback=" not in response.redirect_chain[0][0]


def test_a_comment_with_an_email_address_is_stored_without_it(client, page):
    _location, token = vote_no(client, page)

    response = client.post(
        comment_url(page),
        {"token": token, "comment": "Geen openingstijden. Mail mij: jan.jansen@example.nl"},
        follow=True,
    )

    feedback = PageFeedback.objects.get()
    assert feedback.helpful is False
    assert feedback.comment == "Geen openingstijden. Mail mij: [verwijderd]"
    assert "example.nl" not in feedback.comment
    assert feedback.commented_at is not None
    assert response.redirect_chain[-1][0] == "/grofvuil/#feedback"
    assert "Bedankt. Met uw opmerking maken we deze pagina beter." in response.content.decode()


def test_a_comment_with_a_phone_number_is_stored_without_it(client, page):
    _location, token = vote_no(client, page)

    client.post(
        comment_url(page), {"token": token, "comment": "Bel mij: 06-12345678 of 0162 12 34 56"}
    )

    assert PageFeedback.objects.get().comment == "Bel mij: [verwijderd] of [verwijderd]"


def test_a_comment_of_exactly_1000_characters_is_stored(client, page):
    _location, token = vote_no(client, page)

    client.post(comment_url(page), {"token": token, "comment": "a" * 1000})

    assert len(PageFeedback.objects.get().comment) == 1000


def test_line_breaks_count_as_one_character_like_in_the_browser(client, page):
    _location, token = vote_no(client, page)

    client.post(comment_url(page), {"token": token, "comment": "ab\r\n" * 333 + "a"})

    comment = PageFeedback.objects.get().comment
    assert comment.count("\n") == 333 and len(comment) == 1000


def test_a_too_long_comment_is_refused_and_the_text_is_shown_again(client, page):
    _location, token = vote_no(client, page)

    response = client.post(comment_url(page), {"token": token, "comment": "b" * 1001})

    html = response.content.decode()
    assert response.status_code == 400
    assert PageFeedback.objects.get().comment == ""
    assert "Gebruik maximaal 1000 tekens. U gebruikte er 1001." in html
    assert "b" * 1001 in html
    assert 'aria-invalid="true"' in html


def test_a_refused_comment_on_a_product_page_shows_that_page_again(client, home):
    product = publish_product(home)
    _location, token = vote_no(client, product)

    response = client.post(comment_url(product), {"token": token, "comment": ""})

    html = response.content.decode()
    assert response.status_code == 400
    assert "<h1" in html and "Paspoort" in html
    assert 'name="comment"' in html and token in html


def test_an_empty_comment_is_refused_with_a_clear_message(client, page):
    _location, token = vote_no(client, page)

    response = client.post(comment_url(page), {"token": token, "comment": "   \n "})

    assert response.status_code == 400
    assert "Schrijf op wat u miste op deze pagina." in response.content.decode()
    assert PageFeedback.objects.get().comment == ""


def test_a_second_comment_on_the_same_answer_is_refused_and_the_first_stays(client, page):
    _location, token = vote_no(client, page)
    client.post(comment_url(page), {"token": token, "comment": "De kosten ontbreken."})

    response = client.post(
        comment_url(page), {"token": token, "comment": "Iets anders."}, follow=True
    )

    assert PageFeedback.objects.get().comment == "De kosten ontbreken."
    assert "U heeft al een opmerking gestuurd. Bedankt!" in response.content.decode()


def test_a_forged_token_is_refused_with_a_dutch_message_and_nothing_changes(client, page):
    other = PageFeedback.objects.create(page=page, helpful=False)
    forged = signing.dumps({"f": other.pk, "p": page.pk}, salt="another-salt")

    response = client.post(comment_url(page), {"token": forged, "comment": "Spam"}, follow=True)

    other.refresh_from_db()
    assert other.comment == ""
    assert "We konden uw opmerking niet bewaren." in response.content.decode()


def test_a_token_for_another_page_is_refused(client, page, home):
    other_page = ContentPageFactory(parent=home, slug="paspoort", title="Paspoort")
    _location, token = vote_no(client, page)

    client.post(comment_url(other_page), {"token": token, "comment": "Verkeerde pagina"})

    assert PageFeedback.objects.get().comment == ""


def test_a_token_cannot_add_a_comment_to_a_yes(client, page):
    yes = PageFeedback.objects.create(page=page, helpful=True)
    token = comment_token(yes)

    client.post(comment_url(page), {"token": token, "comment": "Toch niet"})

    yes.refresh_from_db()
    assert yes.comment == ""


def test_an_expired_token_is_refused_with_a_dutch_message_and_the_answer_stays(client, page):
    with freeze_time(timezone.now() - datetime.timedelta(hours=2)):
        _location, token = vote_no(client, page)

    response = client.post(comment_url(page), {"token": token, "comment": "Te laat"}, follow=True)

    feedback = PageFeedback.objects.get()
    assert feedback.helpful is False and feedback.comment == ""
    assert "De tijd voor een opmerking is voorbij." in response.content.decode()


def test_the_page_ignores_a_broken_token_in_its_address(client, page):
    html = client.get("/grofvuil/?feedback=kapot").content.decode()

    assert 'name="helpful"' in html and 'name="comment"' not in html


def test_a_comment_needs_a_csrf_token(client, page):
    _location, token = vote_no(client, page)
    strict_client = Client(enforce_csrf_checks=True)

    response = strict_client.post(comment_url(page), {"token": token, "comment": "Zonder token"})

    assert response.status_code == 403
    assert PageFeedback.objects.get().comment == ""


def test_fifty_rapid_submissions_from_one_client_are_rate_limited(client, page, settings):
    limit, _window = settings.FEEDBACK_RATE_LIMIT

    responses = [
        client.post(f"/feedback/{page.pk}/", feedback_answer(page, "no")) for _ in range(50)
    ]

    assert PageFeedback.objects.count() == limit
    assert responses[-1].status_code == 429
    assert "U heeft al veel antwoorden gegeven" in responses[-1].content.decode()


def test_rapid_comments_from_one_client_are_rate_limited(client, page, settings):
    settings.FEEDBACK_RATE_LIMIT = (2, 3600)
    tokens = [
        comment_token(PageFeedback.objects.create(page=page, helpful=False)) for _ in range(3)
    ]

    responses = [
        client.post(comment_url(page), {"token": token, "comment": "Iets"}) for token in tokens
    ]

    assert PageFeedback.objects.exclude(comment="").count() == 2
    assert responses[-1].status_code == 429
    assert "niet opgeslagen" in responses[-1].content.decode()


def test_the_feedback_question_appears_on_every_public_page_type(client, home):
    from core.page_base import PublicPageMixin
    from core.page_teams import owned_page_models

    section = SectionPageFactory(parent=home, slug="afval", title="Afval")
    news_index = NewsIndexPageFactory(parent=home, slug="nieuws")
    pages = [
        home,
        section,
        ContentPageFactory(parent=section, slug="grofvuil"),
        news_index,
        NewsPageFactory(parent=news_index, slug="bericht"),
    ]

    for shown_page in pages:
        html = client.get(shown_page.url).content.decode()
        assert 'id="feedback"' in html, shown_page.url
    assert all(issubclass(model, PublicPageMixin) for model in owned_page_models())


def test_hiding_the_question_removes_it_from_the_page(client, page):
    page.show_feedback = False
    page.save_revision().publish()

    assert 'id="feedback"' not in client.get("/grofvuil/").content.decode()
