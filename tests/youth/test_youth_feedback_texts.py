"""The "Did this page help you?" box addresses young people as "je" in the youth section.

Everywhere else the site addresses residents as "u"; the youth section says "je", and so must the
feedback box on its pages: the question, the comment form, its errors and the thank-you messages.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from freezegun import freeze_time

from tests.factories import ContentPageFactory, feedback_answer
from tests.youth.factories import ProposalFactory, make_round

pytestmark = pytest.mark.django_db

FORMAL_ADDRESS = re.compile(r"\b(u|uw)\b", re.IGNORECASE)


def feedback_box(response) -> BeautifulSoup:
    """The feedback section of a page."""
    return BeautifulSoup(response.content, "html.parser").find(id="feedback")


def box_text(box) -> str:
    """All words a reader sees or hears in the box, including the character counter's text."""
    counter = box.find(attrs={"data-count-message": True})
    extra = counter["data-count-message"] if counter else ""
    return " ".join([*box.get_text(" ").split(), extra])


def answer_no(client, page):
    """Answer "no" and follow the redirect to the page with the comment form."""
    return client.post(
        reverse("page_feedback", kwargs={"page_id": page.pk}),
        feedback_answer(page, "no"),
        follow=True,
    )


def test_the_feedback_question_on_the_youth_home_page_says_je(client, youth_home):
    box = feedback_box(client.get(youth_home.url))

    assert box.h2.get_text(strip=True) == "Heeft deze pagina je geholpen?"
    assert not FORMAL_ADDRESS.search(box_text(box))


@freeze_time("2026-03-10 12:00")
def test_the_feedback_question_on_a_voting_round_says_je(client, youth_home):
    ballot = ProposalFactory.create_batch(3, youth_home=youth_home)
    voting_round = make_round(youth_home, proposals=ballot)

    box = feedback_box(client.get(voting_round.url))

    assert box.h2.get_text(strip=True) == "Heeft deze pagina je geholpen?"


def test_the_comment_form_after_no_says_je_in_the_youth_section(client, youth_home):
    box = feedback_box(answer_no(client, youth_home))
    text = box_text(box)

    assert "Bedankt voor je antwoord." in text
    assert box.find("label", attrs={"for": "feedback-comment"}).get_text(strip=True) == (
        "Wat miste je op deze pagina?"
    )
    assert "Zet geen persoonlijke gegevens in je opmerking." in text
    assert "Je krijgt geen antwoord op deze opmerking." in text
    assert "Je kunt nog {count} tekens typen." in text
    assert not FORMAL_ADDRESS.search(text)


def test_an_empty_comment_in_the_youth_section_gets_an_error_that_says_je(client, youth_home):
    form_page = answer_no(client, youth_home)
    token = feedback_box(form_page).find("input", attrs={"name": "token"})["value"]

    response = client.post(
        reverse("page_feedback_comment", kwargs={"page_id": youth_home.pk}),
        {"token": token, "comment": ""},
    )
    box = feedback_box(response)

    assert response.status_code == 400
    assert "Schrijf op wat je miste op deze pagina." in box_text(box)
    assert not FORMAL_ADDRESS.search(box_text(box))


def test_a_sent_comment_in_the_youth_section_is_thanked_with_je(client, youth_home):
    form_page = answer_no(client, youth_home)
    token = feedback_box(form_page).find("input", attrs={"name": "token"})["value"]

    response = client.post(
        reverse("page_feedback_comment", kwargs={"page_id": youth_home.pk}),
        {"token": token, "comment": "Hoe oud moet ik zijn?"},
        follow=True,
    )

    assert "Bedankt. Met je opmerking maken we deze pagina beter." in box_text(
        feedback_box(response)
    )


def test_the_feedback_box_outside_the_youth_section_still_says_u(client, home):
    page = ContentPageFactory(parent=home, slug="grofvuil", title="Grofvuil")

    question = feedback_box(client.get(page.url)).h2.get_text(strip=True)
    comment_box = box_text(feedback_box(answer_no(client, page)))

    assert question == "Heeft deze pagina u geholpen?"
    assert "Bedankt voor uw antwoord." in comment_box
    assert "Wat miste u op deze pagina?" in comment_box
