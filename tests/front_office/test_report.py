"""The contact report: counts per channel, answer/product and outcome, and safe CSV/XLSX downloads."""

import datetime
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from freezegun import freeze_time
from openpyxl import load_workbook

from front_office import report
from front_office.models import ContactMoment
from tests.kcc_content.kcc_factories import publish_answer

URL = "front_office_contact_report"
MARCH = datetime.datetime(2026, 3, 15, 12, 0, tzinfo=datetime.UTC)


def register(when, channel, outcome, answer=None):
    moment = ContactMoment.objects.create(registered_at=when, channel=channel, outcome=outcome)
    if answer is not None:
        moment.answers.add(answer)
    return moment


@pytest.fixture
def contacts(locales):
    answer = publish_answer(locales[0], question='=HYPERLINK("http://x")Paspoort kwijt?')
    register(MARCH, "phone", "answered", answer)
    register(MARCH, "phone", "callback", answer)
    register(MARCH, "counter", "answered")
    # The first and last moments of March in Dutch time, and one just outside.
    register(datetime.datetime(2026, 2, 28, 23, 30, tzinfo=datetime.UTC), "email", "answered")
    register(datetime.datetime(2026, 3, 31, 21, 59, tzinfo=datetime.UTC), "chat", "passed_on")
    register(datetime.datetime(2026, 3, 31, 22, 0, tzinfo=datetime.UTC), "letter", "answered")
    return answer


@pytest.fixture
def reader(django_user_model, client):
    user = django_user_model.objects.create_user("coord", "c@example.org", "wachtwoord-123")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_contact_report"),
    )
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_counts_per_channel_result_and_outcome_for_a_month_in_dutch_time(contacts):
    result = report.build_report(datetime.date(2026, 3, 1))

    channels = {code: n for code, _label, n in result.by_channel}
    outcomes = {code: n for code, _label, n in result.by_outcome}
    assert result.total == 5
    assert channels == {
        "phone": 2,
        "counter": 1,
        "email": 1,
        "letter": 0,
        "chat": 1,
        "social": 0,
        "website": 0,
    }
    assert outcomes == {"answered": 3, "passed_on": 1, "callback": 1}
    assert [(title, n) for _kind, title, n in result.by_result] == [(contacts.question, 2)]
    assert (
        result.total
        == ContactMoment.objects.filter(
            registered_at__gte=datetime.datetime(2026, 2, 28, 23, 0, tzinfo=datetime.UTC),
            registered_at__lt=datetime.datetime(2026, 3, 31, 22, 0, tzinfo=datetime.UTC),
        ).count()
    )


def test_the_default_month_is_the_last_month():
    assert report.last_month(MARCH) == datetime.date(2026, 2, 1)
    assert report.last_month(datetime.datetime(2026, 1, 5, tzinfo=datetime.UTC)) == datetime.date(
        2025, 12, 1
    )
    assert report.parse_month("2026-13", MARCH) == datetime.date(2026, 2, 1)
    assert report.parse_month("<script>", MARCH) == datetime.date(2026, 2, 1)


@pytest.mark.django_db
@freeze_time(datetime.datetime(2026, 4, 2, 9, 0, tzinfo=datetime.UTC))
def test_the_screen_shows_last_month_by_default(client, reader, contacts):
    html = client.get(reverse(URL)).content.decode()

    assert 'data-fo-total="5"' in html
    assert 'value="2026-03"' in html


@pytest.mark.django_db
def test_the_csv_download_is_formula_safe(client, reader, contacts):
    response = client.get(reverse(URL), {"month": "2026-03", "format": "csv", "kind": "result"})

    assert response["Content-Disposition"] == 'attachment; filename="contacten-2026-03-result.csv"'
    text = response.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text and ";=HYPERLINK" not in text


@pytest.mark.django_db
def test_the_xlsx_download_holds_three_sheets_with_safe_cells(client, reader, contacts):
    response = client.get(reverse(URL), {"month": "2026-03", "format": "xlsx"})

    workbook = load_workbook(io.BytesIO(response.content))
    assert len(workbook.sheetnames) == 3
    results = list(workbook.worksheets[1].values)
    assert results[1][1].startswith("'=HYPERLINK")
    assert results[1][2] == 2
    channels = {row[0]: row[1] for row in list(workbook.worksheets[0].values)[1:]}
    assert sum(channels.values()) == 5


@pytest.mark.django_db
def test_the_report_needs_its_permission(client, django_user_model):
    user = django_user_model.objects.create_user("kim", "k@example.org", "wachtwoord-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(reverse(URL), {"format": "csv"})

    assert response.status_code in (302, 403)
    assert "attachment" not in response.get("Content-Disposition", "")
    client.logout()
    assert "/admin/login/" in client.get(reverse(URL))["Location"]
