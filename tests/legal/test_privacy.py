"""The privacy statement lists every rule of the retention register, with the period the site
really applies: a new rule appears without anyone editing the page."""

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.utils import translation

from core import retention
from core.retention import BLANK, LegalBasis, PrivacyNotice, RetentionRule, registered_rules
from legal.models import FunctionalCookie
from legal.privacy_register import data_kinds, term


def data_kind_sections(client, path: str) -> dict[str, str]:
    """Heading -> text of each kind of data the statement at ``path`` lists."""
    html = BeautifulSoup(client.get(path).content, "html.parser")
    return {
        section.h3.get_text(strip=True): section.get_text(" ", strip=True)
        for section in html.select("section.data-kind")
    }


def _nothing_expired(now, days):
    """Any model will do for a test rule: it is listed, never applied."""
    return FunctionalCookie.objects.none()


def test_every_registered_rule_has_a_notice_for_residents():
    assert [rule.model for rule in registered_rules() if rule.notice is None] == []


def test_the_privacy_statement_lists_every_registered_retention_rule(demo_site, client):
    with translation.override("nl"):
        expected = [str(rule.notice.data) for rule in registered_rules()]
    with translation.override("en"):
        expected_en = [str(rule.notice.data) for rule in registered_rules()]

    assert list(data_kind_sections(client, "/privacy/")) == expected
    assert list(data_kind_sections(client, "/en/privacy/")) == expected_en
    assert len(expected) >= 9


def test_each_kind_of_data_says_why_on_which_basis_and_how_long(demo_site, client):
    sections = data_kind_sections(client, "/privacy/")

    feedback = sections['Wat u typt na "nee" op de vraag "Heeft deze pagina u geholpen?"']
    assert "Waarom Om de pagina beter te maken." in feedback
    assert "Grondslag Een taak van algemeen belang (artikel 6 lid 1 onder e AVG)" in feedback
    assert "Hoe lang 365 dagen nadat u het stuurde." in feedback
    assert "Wat wij weghalen wat miste" in feedback


@override_settings(PAGE_FEEDBACK_COMMENT_RETENTION_DAYS=30, UNCONFIRMED_FOLLOWER_RETENTION_DAYS=7)
def test_the_retention_period_comes_from_the_settings(demo_site, client):
    sections = data_kind_sections(client, "/privacy/")

    assert "30 dagen nadat u het stuurde" in " ".join(sections.values())
    assert (
        "Dan verwijderen wij het na 7 dagen." in sections["Uw e-mailadres als u een project volgt"]
    )


def test_a_newly_registered_rule_appears_in_the_privacy_statement(demo_site, client, monkeypatch):
    rule = RetentionRule(
        model="legal.FunctionalCookie",
        expired=_nothing_expired,
        clock="the test began",
        fields={"purpose": BLANK},
        days_setting="TEST_CALL_BACK_RETENTION_DAYS",
        default_days=14,
        notice=PrivacyNotice(
            data="Uw telefoonnummer als u vraagt of wij u terugbellen",
            purpose="Om u terug te bellen.",
            legal_basis=LegalBasis.PUBLIC_TASK,
            term="%(days)s dagen nadat wij u belden.",
        ),
    )
    monkeypatch.setitem(retention._rules, rule.label, rule)

    sections = data_kind_sections(client, "/privacy/")

    text = sections["Uw telefoonnummer als u vraagt of wij u terugbellen"]
    assert "Om u terug te bellen." in text
    assert "14 dagen nadat wij u belden." in text
    assert "Daarna halen wij deze persoonsgegevens weg." in text
    assert list(sections)[-1] == "Uw telefoonnummer als u vraagt of wij u terugbellen"


def test_a_rule_without_a_notice_is_still_listed_by_its_model_and_period(
    demo_site, client, monkeypatch
):
    rule = RetentionRule(
        model="legal.FunctionalCookie",
        expired=_nothing_expired,
        clock="the test began",
        delete_rows=True,
        default_days=21,
    )
    monkeypatch.setitem(retention._rules, rule.label, rule)

    sections = data_kind_sections(client, "/privacy/")

    assert "Hoe lang 21 dagen Daarna verwijderen wij deze gegevens." in sections["Cookies"]


def test_a_term_without_a_period_says_what_ends_it():
    with translation.override("nl"):
        (idea,) = [kind for kind in data_kinds() if kind.rule.model == "consultations.Idea"]

    assert idea.term == "Tot de einddatum in de spelregels van het project."
    assert idea.removed == ["e-mailadressen en telefoonnummers in: titel, beschrijving"]


def test_the_statement_names_who_is_responsible_the_officer_and_the_authority(demo_site, client):
    html = BeautifulSoup(client.get("/privacy/").content, "html.parser")
    main = html.find("main")

    assert main.find("a", href="mailto:privacy@geertruidenberg.nl")
    assert main.find("a", href="https://www.autoriteitpersoonsgegevens.nl/")
    assert "college van burgemeester en wethouders" in main.get_text()


@pytest.mark.parametrize("days, expected", [(1, "1 dag"), (2, "2 dagen")])
def test_a_period_without_a_notice_is_counted_in_days(days, expected):
    rule = RetentionRule(
        model="legal.FunctionalCookie",
        expired=_nothing_expired,
        clock="",
        delete_rows=True,
        default_days=days,
    )

    with translation.override("nl"):
        assert term(rule) == expected
