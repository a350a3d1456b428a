"""Admin screens: mark as reviewed, the dashboard panel, the report and the explorer columns."""

import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.test import Client
from freezegun import freeze_time

from governance.models import ReviewSchedule

pytestmark = pytest.mark.django_db


@freeze_time("2026-11-29")
def test_an_editor_marks_a_page_as_checked_through_the_confirmation_screen(
    client, teams, dated_pages
):
    client.force_login(teams["a"]["members"][0])
    page = dated_pages["overdue"]
    url = f"/admin/content/{page.pk}/reviewed/"

    confirm = client.get(url)
    response = client.post(url, {"next": "/admin/"}, follow=True)

    assert confirm.status_code == 200
    assert "Gecontroleerd, nog actueel" in confirm.content.decode()
    assert response.redirect_chain[-1][0] == "/admin/"
    assert "Volgende controle: 29-11-2027" in response.content.decode()
    assert ReviewSchedule.objects.get(object_id=str(page.pk)).status() == "current"


def test_a_member_of_another_team_cannot_mark_the_page(client, teams, dated_pages):
    client.force_login(teams["b"]["members"][0])

    page = dated_pages["overdue"]
    response = client.post(f"/admin/content/{page.pk}/reviewed/")

    assert response.status_code in (302, 403)
    assert response.get("Location", "/admin/") == "/admin/"  # Wagtail's "no permission" redirect
    page.refresh_from_db()
    assert page.last_reviewed_by is None


def test_marking_needs_a_csrf_token(teams, dated_pages):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(teams["a"]["members"][0])

    assert strict.post(f"/admin/content/{dated_pages['overdue'].pk}/reviewed/").status_code == 403


def test_an_open_redirect_in_next_is_ignored(client, teams, dated_pages):
    client.force_login(teams["a"]["members"][0])
    page = dated_pages["overdue"]

    response = client.post(f"/admin/content/{page.pk}/reviewed/", {"next": "https://evil.example"})

    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"


@freeze_time("2026-11-29")
def test_the_dashboard_lists_my_teams_content_to_check(client, teams, dated_pages):
    client.force_login(teams["a"]["members"][0])

    html = client.get("/admin/").content.decode()

    assert "Mijn te controleren inhoud" in html
    assert "Te-laat" in html and "Binnenkort" in html
    assert "Actueel" not in html.split("Mijn te controleren inhoud")[1].split("</section>")[0]


@freeze_time("2026-11-29")
def test_another_teams_dashboard_does_not_show_them(client, teams, dated_pages):
    client.force_login(teams["b"]["members"][0])

    html = client.get("/admin/").content.decode()

    assert "Te-laat" not in html
    assert "alle inhoud van uw teams is actueel" in html.lower()


def report_titles(html: str) -> set[str]:
    """The titles in the rows of an admin report's table."""
    soup = BeautifulSoup(html, "html.parser")
    return {cell.get_text(" ", strip=True) for cell in soup.select("tbody tr td.title a")}


@freeze_time("2026-11-29")
def test_the_report_filters_by_status_and_team_and_exports(admin_client, teams, dated_pages):
    overdue = admin_client.get("/admin/reports/content-review/?status=overdue").content.decode()
    team_b = admin_client.get(
        f"/admin/reports/content-review/?owning_team={teams['b']['team'].pk}"
    ).content.decode()
    xlsx = admin_client.get("/admin/reports/content-review/?export=xlsx")
    csv = admin_client.get("/admin/reports/content-review/?export=csv&status=due_soon")

    assert report_titles(overdue) == {"Te-laat"}
    assert "Te-laat" not in report_titles(team_b)
    rows = list(openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active.values)
    assert {"Te-laat", "Binnenkort", "Actueel"} <= {row[0] for row in rows}
    csv_text = b"".join(csv.streaming_content).decode()
    assert "Binnenkort" in csv_text and "Te-laat" not in csv_text


@freeze_time("2026-11-29")
def test_the_page_explorer_shows_owner_and_next_review_columns(admin_client, teams, dated_pages):
    html = admin_client.get(f"/admin/pages/{teams['a']['section'].pk}/").content.decode()

    assert "Volgende controle" in html
    assert "Team Burgerzaken" in html


@freeze_time("2026-11-29")
def test_the_explorer_shows_each_next_review_date_with_its_status_in_words(
    admin_client, teams, dated_pages
):
    html = admin_client.get(f"/admin/pages/{teams['a']['section'].pk}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")

    cells = {}
    for row in soup.select("tbody tr"):
        title = row.select_one("td.title a, td.title")
        review = row.find("time")
        if title and review:
            status = review.find_next_sibling("span")
            cells[title.get_text(" ", strip=True)] = (
                review["datetime"],
                status.get_text(strip=True),
            )

    rows = {
        slug: next(value for text, value in cells.items() if page.title in text)
        for slug, page in dated_pages.items()
    }
    assert rows["current"] == ("2027-10-01", "Actueel")
    assert rows["due_soon"] == ("2026-12-20", "Binnenkort")
    assert rows["overdue"] == ("2026-10-01", "Te laat")
    assert "Zojuist" not in html
