"""Browser-test harness: the real site in a subprocess, Debian's Chromium driven by Playwright.

No browser is downloaded: Playwright starts ``/usr/bin/chromium`` (``make test`` installs it).
A failing test leaves a full-page screenshot in ``test-artifacts/``.
"""

import os
import re
from pathlib import Path

import pytest

from tests.e2e.server import PROJECT_DIR, SiteServer

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = PROJECT_DIR / "test-artifacts"
AXE_SCRIPT = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 375, "height": 740}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.e2e)


# Package scope: the server and the browser stop after the last browser test. Playwright's
# synchronous API keeps an event loop running in this thread while it is open, and Django then
# refuses database access ("async context") to the tests an xdist worker runs afterwards.
@pytest.fixture(scope="package")
def site(tmp_path_factory):
    """The demo site served on a free local port for all the browser tests."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test` (it installs chromium)")
    server = SiteServer(tmp_path_factory.mktemp("e2e")).start()
    yield server
    server.stop()


@pytest.fixture(scope="package")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


def open_page(browser, request, viewport):
    """A new browser tab; a screenshot is saved if the test using it fails."""
    context = browser.new_context(viewport=viewport, locale="nl-NL", bypass_csp=True)
    context.add_init_script(path=str(AXE_SCRIPT))
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors

    def finish():
        report = getattr(request.node, "report_call", None)
        if report is not None and report.failed:
            ARTIFACTS.mkdir(exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)[-150:]
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        context.close()

    request.addfinalizer(finish)
    return page


@pytest.fixture
def desktop_page(browser, request):
    return open_page(browser, request, DESKTOP)


@pytest.fixture
def mobile_page(browser, request):
    return open_page(browser, request, MOBILE)


# axe-core's tags for the success criteria of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG22_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")


def load_axe(page) -> None:
    """Make axe-core available on the current page.

    A tab from ``open_page`` gets it as an init script on every page it loads: Chromium then
    compiles it once for the tab instead of once per page (the crawl of every page spends
    about a third less time). Other tabs get it as a script tag when it is needed.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_SCRIPT))


def axe_violations(page, impacts=("serious", "critical"), tags=None) -> list[dict]:
    """Run axe-core on the current page; return violations of the given impact levels.

    Without ``tags`` axe runs its default rule set; with tags (e.g. ``WCAG22_AA``) it runs every
    rule carrying one of them, also the ones it leaves out by default, such as ``target-size``.
    Only violations are collected in full (``resultTypes``), which makes a run faster.
    """
    load_axe(page)
    options = {"resultTypes": ["violations"]}
    if tags:
        options["runOnly"] = {"type": "tag", "values": list(tags)}
    result = page.evaluate("async (options) => await axe.run(document, options)", options)
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
        if violation["impact"] in impacts
    ]


def submit_and_wait(page, locator) -> None:
    """Click a button or link that loads another page, and return once that page has loaded.

    Playwright's ``click`` returns as soon as the click is done, not when the next page is
    there, so ``is_visible``, ``count``, ``url`` or ``content`` right after it may still read
    the page the click left (CI saw this). Waiting assertions (``expect``) do not need this.
    """
    with page.expect_navigation():
        locator.click()
