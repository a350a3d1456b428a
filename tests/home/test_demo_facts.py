"""The demo's facts agree with each other and with the calendar of the day it is built.

The demo is built on the last day of a year and in the first hour of the next (00:30 in
Amsterdam is still 31 December in UTC): the year rollover is where fixed dates and years in the
demo texts used to contradict the calendar ("Grote plannen 2025" voted in 2026, news from the
future, a page "last checked" before it was announced). And on the day of a DST switch, in a
leap year. On each of those days the review history must also give current, due-soon and overdue
content: the demo used to mark pages "reviewed 11 months ago" on a 12-month interval, "current"
in months with 31 days (test_demo_review_dates.py checks the mix on every day of a year without
building the demo). One build per day serves every check: a build takes half a minute.
"""

import datetime
import re
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page

from consultations.models import ConsultationPage
from core.ownership import ReviewStatus
from home.models import ContentPage, NewsPage
from kcc_content.models import ProductPage, QuestionAnswer
from youth.models import VotingRoundPage

pytestmark = pytest.mark.django_db

# The last day of a 31-day month and of the year; 00:30 on 1 January in Amsterdam; the night the
# clocks go forward (Europe/Amsterdam, 26 March 2028), in a leap year.
BUILD_MOMENTS = ["2025-12-31 12:00", "2026-12-31 23:30", "2028-03-26 02:30"]

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WEEKDAY_DATE = re.compile(rf"\b({'|'.join(WEEKDAYS)}) (\d{{1,2}}) ({'|'.join(MONTHS)})\b")
MONTH_YEAR = re.compile(rf"\b({'|'.join(MONTHS)}) (\d{{4}})\b")
HOURS = re.compile(r"(\d{1,2}\.\d{2}) tot (\d{1,2}\.\d{2}) uur")


@pytest.fixture(params=BUILD_MOMENTS)
def built_on(request, monkeypatch):
    """Build the demo at the moment in ``request.param`` and stay on that moment."""
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "demo-wachtwoord-voor-tests")
    with freeze_time(request.param, tz_offset=0):
        call_command("load_demo", stdout=StringIO())
        yield timezone.localdate()


def reviewed_before_it_appeared() -> list[str]:
    """Pages and answers last checked before they were first published, announced or dated."""
    problems = []
    items = [*Page.objects.live().specific(), *QuestionAnswer.objects.all()]
    for item in items:
        reviewed = getattr(item, "last_reviewed_at", None)
        if reviewed is None:
            continue
        appeared = [timezone.localdate(item.first_published_at)]
        if isinstance(item, NewsPage):
            appeared.append(item.date)
        if isinstance(item, ConsultationPage):
            appeared.append(min(phase.starts_on for phase in item.phases.all()))
        if reviewed < max(appeared):
            problems.append(f"{item}: checked {reviewed}, appeared {max(appeared)}")
    return problems


def texts_in(value) -> list[str]:
    """Every text inside the raw data of a StreamField."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts_in(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in texts_in(item)]
    return []


def news_against_the_calendar(today: datetime.date) -> list[str]:
    """News from the future, or a weekday that does not fall on the date it names."""
    problems = []
    for news in NewsPage.objects.filter(locale__language_code="nl"):
        if news.date > today:
            problems.append(f"{news.title}: dated {news.date}, after {today}")
        html = " ".join([news.title, news.intro, *texts_in(news.body.raw_data)])
        text = BeautifulSoup(html, "html.parser").get_text(" ")
        for weekday, day, month in WEEKDAY_DATE.findall(text):
            candidates = [
                datetime.date(year, MONTHS.index(month) + 1, int(day))
                for year in (news.date.year - 1, news.date.year, news.date.year + 1)
            ]
            meant = min(candidates, key=lambda candidate: abs(candidate - news.date))
            if WEEKDAYS[meant.weekday()] != weekday:
                problems.append(f"{news.title}: {weekday} {day} {month} is a {meant:%A}")
    return problems


def round_years_against_its_votes() -> list[str]:
    """A round named after a year (or years) in which it was not voted on."""
    problems = []
    for voting_round in VotingRoundPage.objects.all():
        named = {int(year) for year in re.findall(r"\b(\d{4})\b", voting_round.title)}
        first = timezone.localdate(voting_round.opens_at).year
        last = timezone.localdate(voting_round.closes_at).year
        voted = set(range(first, last + 1))
        voted |= {ballot.cast_on.year for ballot in voting_round.ballots.all()}
        if named and named != voted:
            problems.append(f"{voting_round.title}: voted in {sorted(voted)}")
    return problems


def decisions_before_the_input_closes() -> list[str]:
    """A consultation whose decision (month and year in its rules) is not after its input."""
    problems = []
    for consultation in ConsultationPage.objects.all():
        found = MONTH_YEAR.search(consultation.decision_moment)
        if found is None:
            problems.append(f"{consultation.title}: no month and year in the decision moment")
            continue
        decided = datetime.date(int(found[2]), MONTHS.index(found[1]) + 1, 1)
        input_closes = max(
            phase.ends_on for phase in consultation.phases.all() if phase.kind == "input"
        )
        if decided <= input_closes:
            problems.append(f"{consultation.title}: decided {decided}, input to {input_closes}")
    return problems


def phone_hours_that_disagree(client) -> list[str]:
    """Contact texts on Dutch pages whose phone hours differ from those in the footer."""
    footer = BeautifulSoup(client.get("/").content, "html.parser").find("footer")
    lines = footer.get_text("\n").splitlines()
    in_footer = {hours for line in lines if "Telefoon" in line for hours in HOURS.findall(line)}
    if not in_footer:
        return ["the footer gives no phone hours"]
    problems = []
    for page in ContentPage.objects.filter(locale__language_code="nl"):
        for block in page.body:
            if block.block_type != "contact" or "Bel" not in block.value["text"]:
                continue
            hours = set(HOURS.findall(block.value["text"]))
            if hours and hours != in_footer:
                problems.append(f"{page.title}: phone {hours}, footer {in_footer}")
    return problems


def review_statuses_missing() -> list[str]:
    """A review status that the Dutch demo pages, or its pages, products and answers together, do
    not show (the review overview must have something in each)."""
    every_status = {ReviewStatus.CURRENT, ReviewStatus.DUE_SOON, ReviewStatus.OVERDUE}
    mixes = {
        model.__name__: {
            item.review_status() for item in model.objects.filter(locale__language_code="nl")
        }
        for model in (ContentPage, ProductPage, QuestionAnswer)
    }
    problems = [f"no {status} content page" for status in every_status - mixes["ContentPage"]]
    problems += [f"nothing {status}" for status in every_status - set().union(*mixes.values())]
    return problems


def test_the_demo_facts_agree_with_each_other_and_with_the_calendar(built_on, client):
    problems = [
        *reviewed_before_it_appeared(),
        *news_against_the_calendar(built_on),
        *round_years_against_its_votes(),
        *decisions_before_the_input_closes(),
        *phone_hours_that_disagree(client),
        *review_statuses_missing(),
    ]

    assert problems == []
