"""A resident who sends the same filled-in survey form again is counted once.

The cookie that marks a browser as "answered" is set in the response that confirms the save. When
that response is lost (a time-out, a failure right after the save) or the browser keeps no
cookies, the resident sends the form again; the signed token in the form identifies the retry.
"""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from consultations.models import SurveyResponse
from tests.consultations.factories import make_consultation
from tests.consultations.survey_factories import make_survey, valid_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(consultation_index):
    return make_survey(make_consultation(consultation_index))


def hidden_fields(response) -> dict[str, str]:
    """The hidden fields of the survey form on the page, except the CSRF token."""
    form = BeautifulSoup(response.content, "html.parser").find("form", method="post")
    return {
        field["name"]: field["value"]
        for field in form.find_all("input", type="hidden")
        if field["name"] != "csrfmiddlewaretoken"
    }


def test_the_same_filled_in_form_sent_twice_without_cookies_is_counted_once(survey):
    browser = Client()
    page = browser.get(survey.url)
    filled_in = {**valid_answers(survey), **hidden_fields(page)}
    browser.cookies.clear()  # the confirming response never arrived, or cookies are blocked

    first = browser.post(survey.url, filled_in)
    browser.cookies.clear()
    again = browser.post(survey.url, filled_in)

    assert first.status_code == 200
    assert SurveyResponse.objects.filter(page=survey).count() == 1
    assert again.status_code == 409
    text = BeautifulSoup(again.content, "html.parser").get_text(" ", strip=True)
    assert "U hebt deze vragenlijst al ingevuld." in text


def test_the_retry_marks_the_browser_as_answered(survey):
    browser = Client()
    filled_in = {**valid_answers(survey), **hidden_fields(browser.get(survey.url))}
    browser.cookies.clear()
    browser.post(survey.url, filled_in)
    browser.cookies.clear()

    browser.post(survey.url, filled_in)
    page_later = browser.get(survey.url)

    assert "U hebt deze vragenlijst al ingevuld." in page_later.content.decode()
    forms = BeautifulSoup(page_later.content, "html.parser").find_all("form", method="post")
    # Only the "was this page helpful?" question is left, no survey form.
    assert [form["action"] for form in forms if "/feedback/" not in form.get("action", "")] == []


def test_two_residents_loading_the_form_are_both_counted(survey):
    first, second = Client(), Client()
    first_form = {**valid_answers(survey), **hidden_fields(first.get(survey.url))}
    second_form = {**valid_answers(survey), **hidden_fields(second.get(survey.url))}

    first.post(survey.url, first_form)
    second.post(survey.url, second_form)

    assert SurveyResponse.objects.filter(page=survey).count() == 2


def test_a_forged_form_token_is_ignored_and_the_answer_counts(survey):
    browser = Client()
    hidden = hidden_fields(browser.get(survey.url))
    forged = dict.fromkeys(hidden, "someone-elses-token:forged-signature")
    filled_in = {**valid_answers(survey), **forged}
    browser.cookies.clear()

    response = browser.post(survey.url, filled_in)

    assert response.status_code == 200
    assert SurveyResponse.objects.filter(page=survey).count() == 1
