"""The admin side of resident feedback: reports, exports, permissions and the dashboard panel."""

import csv
import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from home.models import PageFeedback, SearchWithoutResults
from home.models.search_log import normalise_query
from home.search_counts import flush_search_counts
from tests.factories import ContentPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

COORDINATORS = "Contentcoördinatoren"
REPORT_URLS = ["/admin/reports/feedback/", "/admin/reports/missing/"]
SEARCHES_URL = "/admin/reports/searches-without-results/"


def admin_user(django_user_model, username, *groups):
    user = django_user_model.objects.create_user(username, password="wachtwoord-123")
    user.groups.add(*groups)
    return user


@pytest.fixture
def teams(home, django_user_model):
    """Two teams, each owning a page, with one member each; and a coordinator."""
    access_admin = Permission.objects.get(codename="access_admin")
    waste = Group.objects.create(name="Team Afval")
    permits = Group.objects.create(name="Team Vergunningen")
    for team in (waste, permits):
        team.permissions.add(access_admin)
    section = SectionPageFactory(parent=home, slug="afval", title="Afval")
    return {
        "waste": waste,
        "permits": permits,
        "waste_page": ContentPageFactory(
            parent=section, slug="grofvuil", title="Grofvuil ophalen", owning_team=waste
        ),
        "permits_page": ContentPageFactory(
            parent=home, slug="kapvergunning", title="Kapvergunning", owning_team=permits
        ),
        "waste_member": admin_user(django_user_model, "wim", waste),
        "permits_member": admin_user(django_user_model, "petra", permits),
        "coordinator": admin_user(django_user_model, "coco", Group.objects.get(name=COORDINATORS)),
    }


def give_feedback(page, helpful, comment="", days_ago=0):
    feedback = PageFeedback.objects.create(page=page, helpful=helpful)
    created = timezone.now() - datetime.timedelta(days=days_ago)
    PageFeedback.objects.filter(pk=feedback.pk).update(created_at=created, comment=comment)
    return feedback


def read_csv(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


# Permissions --------------------------------------------------------------------------------


def test_the_coordinators_group_may_view_feedback_and_searches():
    codenames = set(
        Group.objects.get(name=COORDINATORS).permissions.values_list("codename", flat=True)
    )

    assert {"view_pagefeedback", "view_searchwithoutresults"} <= codenames


@pytest.mark.parametrize("url", [*REPORT_URLS, SEARCHES_URL])
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("url", [*REPORT_URLS, SEARCHES_URL])
def test_an_editor_without_the_permission_cannot_open_the_reports(client, teams, url):
    client.force_login(teams["waste_member"])

    response = client.get(url)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


@pytest.mark.parametrize("url", [*REPORT_URLS, SEARCHES_URL])
def test_a_coordinator_opens_the_reports(client, teams, url):
    client.force_login(teams["coordinator"])

    assert client.get(url).status_code == 200


def test_a_superuser_opens_the_reports(client, home, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", password="x-123456"))

    assert all(client.get(url).status_code == 200 for url in [*REPORT_URLS, SEARCHES_URL])


def test_the_reports_menu_shows_the_reports_only_to_users_with_the_permission(client, teams):
    client.force_login(teams["coordinator"])
    coordinator_menu = client.get("/admin/").content.decode()
    client.force_login(teams["waste_member"])
    editor_menu = client.get("/admin/").content.decode()

    for url in [*REPORT_URLS, SEARCHES_URL]:
        assert url in coordinator_menu
        assert url not in editor_menu


# Feedback per page --------------------------------------------------------------------------


def test_feedback_per_page_counts_yes_and_no_and_shows_the_latest_comments(client, teams):
    page = teams["waste_page"]
    give_feedback(page, True)
    give_feedback(page, True)
    give_feedback(page, True)
    give_feedback(page, False, "Welke dag komen ze?")
    client.force_login(teams["coordinator"])

    response = client.get("/admin/reports/feedback/")

    row = response.context["object_list"][0]
    assert (row.title, row.yes_count, row.no_count, row.share_helpful) == (
        "Grofvuil ophalen",
        3,
        1,
        75,
    )
    assert row.owning_team_name == "Team Afval"
    assert "Welke dag komen ze?" in response.content.decode()


def test_feedback_per_page_filters_by_team(client, teams):
    give_feedback(teams["waste_page"], False, "Afval mist iets")
    give_feedback(teams["permits_page"], False, "Vergunning mist iets")
    client.force_login(teams["coordinator"])

    response = client.get("/admin/reports/feedback/", {"team": teams["permits"].pk})

    assert [page.title for page in response.context["object_list"]] == ["Kapvergunning"]


def test_feedback_per_page_counts_only_the_chosen_period(client, teams):
    give_feedback(teams["waste_page"], False, days_ago=2)
    give_feedback(teams["waste_page"], False, days_ago=45)
    client.force_login(teams["coordinator"])

    default = client.get("/admin/reports/feedback/").context["object_list"]
    last_90_days = client.get("/admin/reports/feedback/", {"period": "90"}).context["object_list"]
    last_7_days = client.get("/admin/reports/feedback/", {"period": "7"}).context["object_list"]

    assert [page.no_count for page in default] == [1]
    assert [page.no_count for page in last_90_days] == [2]
    assert [page.no_count for page in last_7_days] == [1]


def test_feedback_per_page_exports_csv_with_counts_and_comments(client, teams):
    give_feedback(teams["waste_page"], True)
    give_feedback(teams["waste_page"], False, "Geen tijden")
    client.force_login(teams["coordinator"])

    rows = read_csv(client.get("/admin/reports/feedback/", {"export": "csv"}))

    assert rows[1] == ["Grofvuil ophalen", rows[1][1], "Team Afval", "1", "1", "50", "Geen tijden"]
    assert rows[1][1].endswith("/afval/grofvuil/")


# What residents miss ------------------------------------------------------------------------


def test_the_missing_report_lists_not_helpful_answers_with_their_comment_and_team(client, teams):
    give_feedback(teams["waste_page"], False, "Ik zoek de kosten")
    give_feedback(teams["waste_page"], True)
    client.force_login(teams["coordinator"])

    response = client.get("/admin/reports/missing/")

    rows = list(response.context["object_list"])
    assert [(row.page_title, row.owning_team_name, row.comment) for row in rows] == [
        ("Grofvuil ophalen", "Team Afval", "Ik zoek de kosten")
    ]


def test_the_missing_report_filters_by_team(client, teams):
    give_feedback(teams["waste_page"], False, "Afvalvraag")
    give_feedback(teams["permits_page"], False, "Vergunningvraag")
    client.force_login(teams["coordinator"])

    html = client.get("/admin/reports/missing/", {"team": teams["waste"].pk}).content.decode()

    assert "Afvalvraag" in html
    assert "Vergunningvraag" not in html


def test_the_missing_report_can_show_only_answers_with_a_comment(client, teams):
    give_feedback(teams["waste_page"], False, "Met tekst")
    give_feedback(teams["waste_page"], False)
    client.force_login(teams["coordinator"])

    response = client.get("/admin/reports/missing/", {"has_comment": "true"})

    assert [row.comment for row in response.context["object_list"]] == ["Met tekst"]


def test_the_missing_report_lists_zero_result_searches_after_a_nonsense_search(client, teams):
    search_url = reverse("search")
    client.get(search_url, {"q": "Xyzzy  Plugh"})
    client.get(search_url, {"q": "xyzzy plugh"})
    flush_search_counts()
    client.force_login(teams["coordinator"])

    response = client.get("/admin/reports/missing/")
    searches = client.get(SEARCHES_URL)

    assert response.context["top_searches"] == [
        {"query": "xyzzy plugh", "language": "nl", "total": 2, "last_date": timezone.localdate()}
    ]
    assert "xyzzy plugh" in response.content.decode()
    assert [(row["query"], row["total"]) for row in searches.context["object_list"]] == [
        ("xyzzy plugh", 2)
    ]


def test_the_missing_report_exports_csv_and_xlsx(client, teams):
    give_feedback(teams["permits_page"], False, "Hoe lang duurt het?")
    client.force_login(teams["coordinator"])

    rows = read_csv(client.get("/admin/reports/missing/", {"export": "csv"}))
    workbook = openpyxl.load_workbook(
        io.BytesIO(client.get("/admin/reports/missing/", {"export": "xlsx"}).getvalue())
    )

    assert len(rows) == 2
    assert rows[1][1:] == [
        "Kapvergunning",
        "/home/kapvergunning/",
        "Team Vergunningen",
        "Hoe lang duurt het?",
    ]
    sheet_rows = list(workbook.active.iter_rows(values_only=True))
    assert sheet_rows[1][1] == "Kapvergunning"
    assert sheet_rows[1][4] == "Hoe lang duurt het?"


def test_a_comment_that_looks_like_a_spreadsheet_formula_is_exported_as_text(client, teams):
    give_feedback(teams["permits_page"], False, '=HYPERLINK("https://evil.example")')
    client.force_login(teams["coordinator"])

    rows = read_csv(client.get("/admin/reports/missing/", {"export": "csv"}))

    assert rows[1][4] == '\'=HYPERLINK("https://evil.example")'


def test_the_searches_report_exports_csv(client, teams):
    for _ in range(3):
        SearchWithoutResults.record("parkeervergunning kermis", "nl")
    SearchWithoutResults.record("bin day", "en")
    client.force_login(teams["coordinator"])

    rows = read_csv(client.get(SEARCHES_URL, {"export": "csv"}))

    assert [row[:3] for row in rows[1:]] == [
        ["parkeervergunning kermis", "nl", "3"],
        ["bin day", "en", "1"],
    ]


def test_the_searches_report_filters_by_language_and_period(client, teams):
    with freeze_time(timezone.now() - datetime.timedelta(days=20)):
        SearchWithoutResults.record("oude zoekvraag", "nl")
    SearchWithoutResults.record("nieuwe zoekvraag", "nl")
    SearchWithoutResults.record("english query", "en")
    client.force_login(teams["coordinator"])

    def queries(**params):
        response = client.get(SEARCHES_URL, params)
        return sorted(row["query"] for row in response.context["object_list"])

    assert queries(period="7", language="nl") == ["nieuwe zoekvraag"]
    assert queries(period="30", language="nl") == ["nieuwe zoekvraag", "oude zoekvraag"]
    assert queries() == ["english query", "nieuwe zoekvraag", "oude zoekvraag"]


def test_the_searches_report_shows_the_day_of_the_last_search_not_hours_since_midnight(
    client, teams
):
    # 15:00 and 15:25 in Amsterdam: the search was made 25 minutes before the report is read.
    with freeze_time("2026-12-04 14:00:00"):
        SearchWithoutResults.record("kapotte lantaarnpaal", "nl")
    client.force_login(teams["coordinator"])

    with freeze_time("2026-12-04 14:25:00"):
        html = client.get(SEARCHES_URL).content.decode()

    row = next(
        tr
        for tr in BeautifulSoup(html, "html.parser").select("tbody tr")
        if "lantaarnpaal" in tr.text
    )
    last_searched = row.find_all("td")[-1].get_text(" ", strip=True)
    assert last_searched == "4 december 2026"


# Search log ---------------------------------------------------------------------------------


def test_a_search_with_results_is_not_logged_as_missing(client, teams):
    client.get(reverse("search"), {"q": "grofvuil"})

    assert not SearchWithoutResults.objects.exists()


def test_the_search_log_keeps_one_row_per_query_language_and_day():
    SearchWithoutResults.record("Paspoort  KWIJT", "nl")
    SearchWithoutResults.record("paspoort kwijt", "nl")
    SearchWithoutResults.record("paspoort kwijt", "en")

    rows = SearchWithoutResults.objects.order_by("language")
    assert [(row.query, row.language, row.count) for row in rows] == [
        ("paspoort kwijt", "en", 1),
        ("paspoort kwijt", "nl", 2),
    ]


def test_the_search_log_stores_no_personal_data(client, home):
    client.get(reverse("search"), {"q": "bel mij 06-12345678 of jan@example.nl"})
    flush_search_counts()

    assert SearchWithoutResults.objects.get().query == "bel mij [verwijderd] of [verwijderd]"


def test_normalised_queries_are_short_lowercase_and_single_spaced(settings):
    assert normalise_query("  Afval\tKALENDER \n 2026 ") == "afval kalender 2026"
    assert len(normalise_query("x" * 1000)) == settings.SEARCH_QUERY_MAX_LENGTH


def test_the_search_log_is_limited_per_client_but_search_keeps_working(client, home, settings):
    settings.SEARCH_LOG_RATE_LIMIT = (2, 3600)

    responses = [client.get(reverse("search"), {"q": f"onzin{i}"}) for i in range(4)]
    flush_search_counts()

    assert all(response.status_code == 200 for response in responses)
    assert SearchWithoutResults.objects.count() == 2


# Dashboard panel ----------------------------------------------------------------------------


def test_the_dashboard_panel_shows_only_my_teams_pages(client, teams):
    give_feedback(teams["waste_page"], False, "Wanneer komt de wagen?")
    give_feedback(teams["permits_page"], False, "Hoeveel kost een vergunning?")
    client.force_login(teams["waste_member"])

    html = client.get("/admin/").content.decode()
    panel = html.split('id="page-feedback-panel-heading"')[1].split("</section>")[0]

    assert "Grofvuil ophalen" in panel and "Wanneer komt de wagen?" in panel
    assert "Kapvergunning" not in panel and "Hoeveel kost" not in panel


def test_the_dashboard_panel_leaves_out_old_and_helpful_answers(client, teams):
    give_feedback(teams["waste_page"], False, "Oud", days_ago=40)
    give_feedback(teams["waste_page"], True)
    client.force_login(teams["waste_member"])

    html = client.get("/admin/").content.decode()
    panel = html.split('id="page-feedback-panel-heading"')[1].split("</section>")[0]

    assert "Grofvuil ophalen" not in panel


def test_users_without_a_team_see_no_feedback_panel(client, home, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", password="x-123456"))

    assert 'id="page-feedback-panel-heading"' not in client.get("/admin/").content.decode()
