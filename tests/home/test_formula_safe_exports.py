"""Every CSV and XLSX the site produces, ours and Wagtail's, defuses spreadsheet formulas."""

import csv
import datetime
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.log_actions import log

from core.spreadsheet_safety import FORMULA_STARTS, defuse_formula
from governance.models import ReviewSchedule
from home.models import PageFeedback
from readability.models import ReadabilityResult
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://x")'
DEFUSED = "'" + FORMULA


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("beheerder", "b@example.org", "x")
    client.force_login(admin)
    client.admin = admin
    return client


@pytest.fixture
def formula_page(home):
    """A published page whose title is a spreadsheet formula."""
    return ContentPageFactory(parent=home, title=FORMULA, slug="formule")


def body_of(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def cells(response, export_format) -> list:
    """Every cell of a downloaded CSV (either delimiter) or XLSX file."""
    assert response.status_code == 200, response.status_code
    content = body_of(response)
    if export_format == "xlsx":
        workbook = load_workbook(io.BytesIO(content))
        return [cell for sheet in workbook for row in sheet.values for cell in row]
    text = content.decode("utf-8-sig")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


def assert_defused(found):
    texts = [cell for cell in found if isinstance(cell, str) and "hyperlink" in cell.lower()]
    assert texts, "the formula should be in the export"
    assert all(text.startswith("'=") for text in texts), texts


# Wagtail's own reports -------------------------------------------------------------------------


def site_history(client, page):
    log(instance=page, action="wagtail.edit", user=client.admin)
    return reverse("wagtailadmin_reports:site_history")


def locked_pages(client, page):
    page.locked = True
    page.locked_by = client.admin
    page.locked_at = timezone.now()
    page.save()
    return reverse("wagtailadmin_reports:locked_pages")


def aging_pages(client, page):
    type(page).objects.filter(pk=page.pk).update(last_published_at=timezone.now())
    return reverse("wagtailadmin_reports:aging_pages")


def search_terms(client, page):
    Query.get(FORMULA).add_hit()
    return reverse("wagtailsearchpromotions:search_terms")


def redirects(client, page):
    Redirect.objects.create(old_path="/oud-adres", redirect_link="https://example.org/nieuw")
    Redirect.objects.create(old_path="/formule", redirect_page=page)
    return reverse("wagtailredirects:index")


# Our own reports -------------------------------------------------------------------------------


def missing_feedback(client, page):
    PageFeedback.objects.create(page=page, helpful=False, comment=FORMULA)
    return reverse("missing_feedback_report")


def readability(client, page):
    ReadabilityResult.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=str(page.pk),
        defaults={
            "title": FORMULA,
            "meets_b1": False,
            "level": "C1",
            "flesch_douma": 30.0,
            "words": 100,
        },
    )
    return reverse("readability_report")


def content_review(client, page):
    ReviewSchedule.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(page),
        object_id=str(page.pk),
        defaults={
            "title": FORMULA,
            "review_interval_months": 12,
            "next_review_date": datetime.date(2030, 1, 1),
        },
    )
    return reverse("content_review_report")


EXPORTS = [
    site_history,
    locked_pages,
    aging_pages,
    search_terms,
    missing_feedback,
    readability,
    content_review,
]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("prepare", EXPORTS, ids=lambda prepare: prepare.__name__)
def test_every_report_export_defuses_formulas(admin_client, formula_page, prepare, export_format):
    url = prepare(admin_client, formula_page)

    response = admin_client.get(f"{url}?export={export_format}")

    assert_defused(cells(response, export_format))


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_audit_log_export_defuses_formulas(admin_client, formula_page, export_format):
    log(instance=formula_page, action="wagtail.edit", user=admin_client.admin)

    response = admin_client.get(f"/admin/reports/site-history/?export={export_format}")

    found = cells(response, export_format)
    assert DEFUSED in found
    assert FORMULA not in found


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_redirects_export_defuses_formulas(admin_client, formula_page, export_format):
    Redirect.objects.create(old_path="/formule", redirect_link=FORMULA)

    response = admin_client.get(f"{reverse('wagtailredirects:index')}?export={export_format}")

    assert_defused(cells(response, export_format))


def test_wagtail_admin_urls_of_the_reports_reach_the_formula_safe_views(admin_client):
    """If Wagtail moves a report, the replacement in ``core.admin_exports`` must follow."""
    from django.urls import resolve

    from core import admin_exports

    names = [
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:site_history_results",
        "wagtailadmin_reports:locked_pages",
        "wagtailadmin_reports:aging_pages",
        "wagtailadmin_reports:workflow",
        "wagtailadmin_reports:workflow_tasks",
        "wagtailredirects:index",
        "wagtailsearchpromotions:search_terms",
    ]
    safe_views = {
        getattr(admin_exports, name)
        for name in dir(admin_exports)
        if isinstance(getattr(admin_exports, name), type)
        and issubclass(getattr(admin_exports, name), admin_exports.FormulaSafeExportMixin)
    }

    for name in names:
        view = resolve(reverse(name)).func
        assert getattr(view, "view_class", None) in safe_views, name


@pytest.mark.parametrize("value", ["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_text_that_starts_like_a_formula_gets_an_apostrophe(value):
    assert value.startswith(FORMULA_STARTS)
    assert defuse_formula(value) == "'" + value


@pytest.mark.parametrize("value", ["Meer bomen", "", 3, -2, None, datetime.date(2026, 1, 1)])
def test_other_values_stay_as_they_are(value):
    assert defuse_formula(value) == value


def exporting_routes(patterns=None, prefix=""):
    """(address, view class) of every admin listing without URL parameters that can export."""
    from django.urls import URLPattern, URLResolver, get_resolver
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from exporting_routes(pattern.url_patterns, prefix + route)
        elif isinstance(pattern, URLPattern) and "<" not in route and "^" not in route:
            view_class = getattr(pattern.callback, "view_class", None)
            initkwargs = getattr(pattern.callback, "view_initkwargs", {})
            if (
                view_class
                and issubclass(view_class, SpreadsheetExportMixin)
                and (initkwargs.get("list_export") or view_class.list_export)
            ):
                yield "/" + prefix + route, view_class


def test_every_export_the_admin_serves_is_formula_safe():
    """A new report or listing with ``list_export`` must use ``FormulaSafeExportMixin``."""
    from django.urls import resolve

    from core.spreadsheet_safety import FormulaSafeExportMixin

    routes = dict(exporting_routes())
    served = {address: resolve(address).func.view_class for address in routes}

    assert "/admin/reports/site-history/" in served
    unsafe = {a: v.__name__ for a, v in served.items() if not issubclass(v, FormulaSafeExportMixin)}
    assert unsafe == {}
