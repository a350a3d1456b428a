"""The accessibility statement follows the national model statement: a status is required, it
cannot contradict the known problems, and every known problem has a date; the page shows the
evaluation, its tools and each problem with its success criterion."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from legal.models import AccessibilityStatementPage, EvaluationTool, KnownProblem
from legal.models.accessibility import status_problem_error
from legal.wcag import SUCCESS_CRITERIA, understanding_url
from tests.legal.factories import STATEMENT_DAY, AccessibilityStatementPageFactory

pytestmark = pytest.mark.django_db


def statement_form(home, status="B", problems=None, **changes):
    """The editor's form for a new statement under ``home``, filled in and bound."""
    problems = (
        [{"success_criterion": "1.4.3", "problem": "Te weinig contrast.", "plan": "Nieuwe kleur.",
          "fixed_by": "2026-06-01"}]
        if problems is None
        else problems
    )  # fmt: skip
    fields = {
        "title": "Toegankelijkheidsverklaring",
        "slug": "toegankelijkheid",
        "intro": "Hoe toegankelijk is de website?",
        "scope_url": "https://www.example.org",
        "scope_note": "",
        "status": status,
        "statement_date": "2026-03-02",
        "approved_by": "",
        "compliant_by": "",
        "evaluated_on": "2026-02-16",
        "evaluated_by": "Team Communicatie",
        "evaluation_method": "wcag-em",
        "evaluation_standard": "wcag-2.2-aa",
        "evaluation_sample": "Twintig pagina's.",
        "evaluation_report_url": "",
        "feedback_email": "",
        "feedback_days": "5",
        "body": rich_text(""),
        "tools": inline_formset([{"kind": "axe", "details": "Elke pagina."}]),
        "known_problems": inline_formset(problems),
        "comments": inline_formset([]),
        **changes,
    }
    form_class = AccessibilityStatementPage.get_edit_handler().get_form_class()
    return form_class(
        nested_form_data(fields), instance=AccessibilityStatementPage(), parent_page=home
    )


def test_a_complete_statement_is_accepted(home):
    form = statement_form(home)

    assert form.is_valid(), form.errors


def test_the_status_is_required(home):
    form = statement_form(home, status="")

    assert not form.is_valid()
    assert "status" in form.errors


def test_the_status_is_one_of_the_registers_five(home):
    assert not statement_form(home, status="F").is_valid()
    assert [value for value, _label in AccessibilityStatementPage._meta.get_field("status").choices] == [
        "A", "B", "C", "D", "E"
    ]  # fmt: skip


def test_a_known_problem_needs_a_date(home):
    problem = {"success_criterion": "1.4.3", "problem": "Te weinig contrast.", "plan": "Nieuwe kleur.",
               "fixed_by": ""}  # fmt: skip
    form = statement_form(home, problems=[problem])

    assert not form.is_valid()
    assert "fixed_by" in form.formsets["known_problems"].errors[0]


def test_a_known_problem_needs_a_success_criterion_of_wcag_22():
    problem = KnownProblem(success_criterion="4.1.1", problem="Fout in de code.", plan="Repareren.",
                           fixed_by=datetime.date(2026, 6, 1))  # fmt: skip

    with pytest.raises(ValidationError) as error:
        problem.full_clean(exclude=["page", "locale", "translation_key"])

    assert "success_criterion" in error.value.message_dict


def test_status_a_cannot_have_known_problems(home):
    form = statement_form(home, status="A")

    assert not form.is_valid()
    assert "status" in form.errors


def test_status_b_needs_known_problems(home):
    form = statement_form(home, status="B", problems=[])

    assert not form.is_valid()
    assert "status" in form.errors
    assert statement_form(home, status="A", problems=[]).is_valid()


@pytest.mark.parametrize(
    "status, problems, refused",
    [("A", 0, False), ("A", 1, True), ("B", 0, True), ("B", 2, False), ("C", 0, False), ("E", 3, False)],
)  # fmt: skip
def test_which_statuses_go_with_known_problems(status, problems, refused):
    assert (status_problem_error(status, problems) is not None) is refused


def test_the_page_shows_status_evaluation_tools_and_problems(client, home):
    page = AccessibilityStatementPageFactory(
        parent=home,
        status="B",
        compliant_by=datetime.date(2026, 12, 1),
        tools=[EvaluationTool(kind="axe", details="Elke pagina."),
               EvaluationTool(kind="screen-reader", details="NVDA met Firefox.")],
        known_problems=[KnownProblem(success_criterion="1.4.3", problem="Grijze tekst is slecht te lezen.",
                                     plan="Wij maken de tekst donkerder.", fixed_by=datetime.date(2026, 5, 1))],
    )  # fmt: skip
    page.save_revision().publish()

    main = BeautifulSoup(client.get(page.url).content, "html.parser").find("main")
    text = main.get_text(" ", strip=True)

    assert "B – voldoet gedeeltelijk" in text
    assert main.find("time", datetime=STATEMENT_DAY.isoformat())
    assert "WCAG-EM" in text
    assert "axe-core (automatische test): Elke pagina." in text
    assert "Schermlezer (test met de hand): NVDA met Firefox." in text
    problem = main.select_one("section.known-problem")
    assert problem.h3.get_text(" ", strip=True) == "Succescriterium 1.4.3 Contrast (minimum)"
    assert problem.find("time", datetime="2026-05-01")
    assert problem.find(
        "a", href="https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html"
    )
    assert main.find("a", href="https://www.nationaleombudsman.nl/")


def test_without_known_problems_the_page_says_so(client, home):
    page = AccessibilityStatementPageFactory(parent=home, status="A")

    main = BeautifulSoup(client.get(page.url).content, "html.parser").find("main")

    assert "A – voldoet volledig" in main.get_text()
    assert "Wij kennen geen problemen." in main.get_text()


def test_every_success_criterion_links_to_its_w3c_explanation():
    urls = {number: understanding_url(number) for number, _name in SUCCESS_CRITERIA}

    assert len(SUCCESS_CRITERIA) == 55
    assert urls["2.5.8"] == "https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum.html"
    assert urls["3.3.4"].endswith("/error-prevention-legal-financial-data.html")
    assert len(set(urls.values())) == 55
