"""A refused feedback answer in the youth section is explained with "je", not "u"."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import feedback_answer

pytestmark = pytest.mark.django_db


def test_a_refused_answer_in_the_youth_section_says_je(client, youth_home, settings):
    settings.FEEDBACK_RATE_LIMIT = (1, 3600)
    url = reverse("page_feedback", kwargs={"page_id": youth_home.pk})
    client.post(url, feedback_answer(youth_home, "yes"), follow=True)

    refused = client.post(url, feedback_answer(youth_home, "yes"))

    assert refused.status_code == 429
    box = BeautifulSoup(refused.content, "html.parser").find(id="feedback")
    text = " ".join(box.get_text(" ").split())
    assert "Je hebt al veel antwoorden gegeven" in text
    assert "U heeft" not in text
