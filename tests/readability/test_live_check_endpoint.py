"""The live "Taalcheck (B1)" endpoint: the editor's unsaved text, for editors only, size-limited."""

import pytest
from django.test import Client
from wagtail.test.utils.form_data import querydict_from_html

from tests.readability.conftest import OFFICIALESE

pytestmark = pytest.mark.django_db
URL = "/admin/readability/check/"


def edit_form_data(client, page, **changes):
    """The page editor's form as a browser would post it, with some fields changed."""
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    for name, value in changes.items():
        data[name] = value
    data["_readability_model"] = "home.contentpage"
    data["_readability_object_id"] = str(page.pk)
    return data


def test_editor_sees_officialese_that_is_not_yet_saved(client, editor, plain_page):
    client.force_login(editor)
    data = edit_form_data(client, plain_page, intro=OFFICIALESE)

    response = client.post(URL, data)

    assert response.status_code == 200
    body = response.json()
    assert body["report"]["meets_b1"] is False
    assert {"officialese"} <= {finding["code"] for finding in body["report"]["findings"]}
    assert "Nog geen B1" in body["html"]
    plain_page.refresh_from_db()
    assert "Teneinde" not in plain_page.intro  # nothing was saved


def test_plain_text_is_reported_as_b1(client, editor, plain_page):
    client.force_login(editor)

    response = client.post(URL, edit_form_data(client, plain_page))

    assert response.json()["report"]["meets_b1"] is True
    assert "Voldoet aan taalniveau B1" in response.json()["html"]


def test_a_new_page_is_checked_before_it_is_saved(client, editor, home):
    client.force_login(editor)
    html = client.get(f"/admin/pages/add/home/contentpage/{home.pk}/").content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.update(
        {
            "title": "Nieuw",
            "intro": OFFICIALESE,
            "_readability_model": "home.contentpage",
            "_readability_parent_id": str(home.pk),
        }
    )

    response = client.post(URL, data)

    assert response.status_code == 200
    assert response.json()["report"]["meets_b1"] is False


def test_anonymous_visitors_are_sent_to_the_login_page(client, plain_page):
    response = client.post(
        URL, {"_readability_model": "home.contentpage", "_readability_object_id": plain_page.pk}
    )

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_an_editor_without_permission_on_the_page_is_refused(client, outsider, plain_page):
    client.force_login(outsider)

    response = client.post(
        URL,
        {
            "_readability_model": "home.contentpage",
            "_readability_object_id": plain_page.pk,
            "intro": OFFICIALESE,
        },
    )

    assert response.status_code == 403
    assert "error" in response.json()


def test_the_endpoint_needs_a_csrf_token(editor, plain_page):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)

    response = strict.post(
        URL, {"_readability_model": "home.contentpage", "_readability_object_id": plain_page.pk}
    )

    assert response.status_code == 403


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"_readability_model": "nonsense"}, 400),
        ({"_readability_model": "auth.user", "_readability_object_id": "1"}, 400),
        ({"_readability_model": "home.contentpage", "_readability_object_id": "999999"}, 404),
        ({"_readability_model": "home.contentpage", "_readability_object_id": "abc"}, 404),
        ({"_readability_model": "home.contentpage"}, 400),
    ],
)
def test_bad_requests_get_a_clear_error_and_never_a_500(client, editor, plain_page, data, status):
    client.force_login(editor)

    response = client.post(URL, data)

    assert response.status_code == status
    assert response.json()["error"]


def test_oversized_requests_are_refused(client, editor, plain_page):
    client.force_login(editor)

    response = client.post(
        URL,
        {
            "_readability_model": "home.contentpage",
            "_readability_object_id": plain_page.pk,
            "intro": "woord " * 500_000,
        },
    )

    assert response.status_code == 413


def test_get_is_not_allowed(client, editor):
    client.force_login(editor)

    assert client.get(URL).status_code == 405
