"""axe-core with the WCAG 2.2 AA rules on every address of the sitemap, at 375 px and 1280 px.

One test per width walks all sitemap addresses (both languages) in one browser tab and reports
every serious or critical violation of every page in one failure message (also written to
``test-artifacts/axe-crawl-<width>.json``); the youth results, which the sitemap leaves out,
are walked too. The survey and the youth results also get their own checks for the rules that
matter most there: ``target-size`` (small radio buttons, checkboxes and links) and
``scrollable-region-focusable`` (wide tables that scroll sideways on a phone must be reachable
with the keyboard).
"""

import json
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest

from scripts.demo_pages import demo_pages
from tests.e2e.conftest import (
    ARTIFACTS,
    DESKTOP,
    MOBILE,
    WCAG22_AA,
    axe_violations,
    load_axe,
    open_page,
)

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="module")
def sitemap_paths(site) -> list[str]:
    """Every address in the sitemap, as a path on the test server."""
    with urllib.request.urlopen(site.url("/sitemap.xml"), timeout=10) as response:  # noqa: S310
        tree = ET.fromstring(response.read())  # noqa: S314 - our own server's sitemap
    paths = [urlparse(loc.text).path for loc in tree.findall("s:url/s:loc", SITEMAP_NS)]
    assert any(path.startswith("/en/") for path in paths), "the sitemap lists no English page"
    return paths


@pytest.fixture(scope="module")
def extra_pages(site) -> dict[str, str]:
    """The survey and the youth results, the pages with their own checks below."""
    pages = demo_pages(site)
    missing = [name for name in ("survey", "youth-results") if not pages[name]]
    assert not missing, f"the demo has no {', '.join(missing)} page"
    return {"survey": pages["survey"], "youth-results": pages["youth-results"]}


def describe(path: str, violation: dict) -> str:
    targets = ", ".join(" ".join(target) for target in violation["targets"])
    return f"{path}: {violation['id']} ({violation['impact']}) {violation['help']} [{targets}]"


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["375px", "1280px"])
def test_no_page_in_the_sitemap_has_a_serious_wcag_22_aa_violation(
    site, browser, request, sitemap_paths, extra_pages, viewport
):
    page = open_page(browser, request, viewport)
    page.set_default_navigation_timeout(60_000)  # a cold server on a busy machine
    paths = list(dict.fromkeys([*sitemap_paths, *extra_pages.values()]))
    problems, found = [], {}
    for path in paths:
        response = page.goto(site.url(path))
        assert response is not None and response.status == 200, f"{path} did not answer 200"
        violations = axe_violations(page, tags=WCAG22_AA)
        if violations:
            found[path] = violations
            problems += [describe(path, violation) for violation in violations]

    if found:
        ARTIFACTS.mkdir(exist_ok=True)
        report = ARTIFACTS / f"axe-crawl-{viewport['width']}.json"
        report.write_text(json.dumps(found, indent=1))
    pages_hit = len(found)
    assert problems == [], (
        f"{len(problems)} serious/critical violations on {pages_hit} of {len(paths)} pages "
        f"at {viewport['width']} px:\n" + "\n".join(problems)
    )


def axe_rule(page, rule: str) -> dict:
    """Run one axe rule on the current page: its violating and its passing elements."""
    load_axe(page)
    result = page.evaluate(
        "async (rule) => await axe.run(document, {runOnly: {type: 'rule', values: [rule]}})", rule
    )
    return {
        "violations": [node["target"] for item in result["violations"] for node in item["nodes"]],
        "passes": [node["target"] for item in result["passes"] for node in item["nodes"]],
    }


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["375px", "1280px"])
def test_the_survey_answers_are_targets_of_at_least_24_by_24_pixels(
    site, browser, request, extra_pages, viewport
):
    page = open_page(browser, request, viewport)
    page.goto(site.url(extra_pages["survey"]))
    assert page.locator("main input[type=radio], main input[type=checkbox]").count() > 0

    result = axe_rule(page, "target-size")

    assert result["violations"] == []
    assert result["passes"], "target-size checked no element: the rule did not run"


def test_the_youth_results_tables_can_be_scrolled_with_the_keyboard_on_a_phone(
    site, browser, request, extra_pages
):
    page = open_page(browser, request, {"width": 320, "height": 640})
    page.goto(site.url(extra_pages["youth-results"]))
    assert page.locator("main table").count() > 0

    result = axe_rule(page, "scrollable-region-focusable")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

    assert result["violations"] == []
    assert overflow <= 0, "the page itself scrolls sideways: a table is not in a scroll region"


def test_the_wcag_22_rule_set_includes_target_size(browser, request):
    """Guards the guard: ``target-size`` is off in axe's defaults and on with the WCAG 2.2 tags."""
    page = open_page(browser, request, MOBILE)
    page.set_content(
        '<html lang="nl"><head><title>t</title></head><body><main><h1>t</h1>'
        '<button style="width:10px;height:10px;padding:0;border:0">a</button>'
        '<button style="width:10px;height:10px;padding:0;border:0">b</button>'
        "</main></body></html>"
    )

    default = {violation["id"] for violation in axe_violations(page)}
    with_tags = {violation["id"] for violation in axe_violations(page, tags=WCAG22_AA)}

    assert "target-size" in with_tags
    assert "target-size" not in default
