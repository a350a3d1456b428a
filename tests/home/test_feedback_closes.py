"""Once the "was this page helpful?" question is answered, its buttons do not come back: after
"yes", after a comment, or when the comment came too late; only an invalid link asks again."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import ContentPageFactory, feedback_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    return ContentPageFactory(parent=home, slug="grofvuil", title="Grofvuil")


def feedback_section(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser").find(id="feedback")


def answer_buttons(section) -> list[str]:
    return [button.get_text(strip=True) for button in section.find_all("button")]


def test_a_first_visit_asks_the_question(client, page):
    assert answer_buttons(feedback_section(client.get(page.url))) == ["Ja", "Nee"]


def test_after_yes_the_thanks_shows_without_buttons(client, page):
    response = client.post(
        reverse("page_feedback", kwargs={"page_id": page.pk}),
        feedback_answer(page, "yes"),
        follow=True,
    )

    section = feedback_section(response)
    assert "Bedankt voor uw antwoord." in section.get_text()
    assert answer_buttons(section) == []


def test_after_a_comment_the_thanks_shows_without_buttons(client, page):
    after_no = client.post(
        reverse("page_feedback", kwargs={"page_id": page.pk}), feedback_answer(page, "no")
    )
    token = parse_qs(urlsplit(after_no["Location"]).query)["feedback"][0]

    response = client.post(
        reverse("page_feedback_comment", kwargs={"page_id": page.pk}),
        {"token": token, "comment": "Ik miste de kosten."},
        follow=True,
    )

    section = feedback_section(response)
    assert "Bedankt. Met uw opmerking maken we deze pagina beter." in section.get_text()
    assert answer_buttons(section) == []
    assert section.find("textarea") is None
    # A later visit is a new reader's visit: the question is there again.
    assert answer_buttons(feedback_section(client.get(page.url))) == ["Ja", "Nee"]


def test_after_an_invalid_comment_link_the_question_is_asked_again(client, page):
    response = client.post(
        reverse("page_feedback_comment", kwargs={"page_id": page.pk}),
        {"token": "not-a-token", "comment": "Ik miste de kosten."},
        follow=True,
    )

    assert answer_buttons(feedback_section(response)) == ["Ja", "Nee"]
