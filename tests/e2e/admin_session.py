"""Log in to the Wagtail admin of the browser-test server."""

from tests.e2e.server import ADMIN_PASSWORD


def log_in(page, site, username="admin", password=ADMIN_PASSWORD):
    """Sign in through the real login form and wait for the dashboard."""
    page.goto(site.url("/admin/login/"))
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(site.url("/admin/"))
