"""The public site's Content-Security-Policy forbids inline code; the admin's is wider."""

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_have_a_strict_content_security_policy(client, home):
    policy = client.get("/")["Content-Security-Policy"]

    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "object-src 'none'" in policy


def test_admin_pages_get_the_policy_the_wagtail_editor_needs(admin_client, home):
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]


def test_public_templates_contain_no_inline_script_or_style(client, home):
    html = client.get("/").content.decode()

    assert "<script>" not in html
    assert "<style" not in html
    assert " style=" not in html
