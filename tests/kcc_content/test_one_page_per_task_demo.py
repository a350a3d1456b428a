"""The demo after the merge (issue 16): every old address answers 301 to its product, and no
product text contradicts the figures that come from data (the service norm, the costs)."""

import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from kcc_content.demo.merged_pages import MERGED_PAGES
from kcc_content.models import ProductPage
from service_norms.models.norms import TargetUnit

pytestmark = pytest.mark.django_db

#: "5 werkdagen", "8 weken", "5 working days", "2 weeks": a handling time in the text.
DURATION = re.compile(r"(\d+)\s+(werkdagen|werkdag|weken|week|working days?|weeks?)\b")
#: "€ 84", "€84", "€ 22,50": an amount of money in the text.
AMOUNT = re.compile(r"€\s?(\d+(?:[.,]\d+)?)")
UNITS = {
    "werkdag": TargetUnit.WORKING_DAYS,
    "werkdagen": TargetUnit.WORKING_DAYS,
    "working day": TargetUnit.WORKING_DAYS,
    "working days": TargetUnit.WORKING_DAYS,
    "week": TargetUnit.WEEKS,
    "weken": TargetUnit.WEEKS,
    "weeks": TargetUnit.WEEKS,
}
#: Terms the resident must keep (conditions) and the legal terms for objection and appeal are
#: not the handling time.
LEGAL_TERMS = {"conditions", "objection", "no_response"}


def text(html: str) -> str:
    return BeautifulSoup(html or "", "html.parser").get_text(" ")


def durations(html: str) -> set:
    return {(Decimal(n), UNITS[unit]) for n, unit in DURATION.findall(text(html))}


def amounts(html: str) -> set:
    return {Decimal(n.replace(",", ".")) for n in AMOUNT.findall(text(html))}


def contradicting_figures(product: ProductPage) -> list[str]:
    """Figures in the product's text that differ from what its data says.

    The handling time comes from the linked service norm; without one, the "how long it takes"
    section is the data. The costs section is the data for amounts.
    """
    problems = []
    norm = product.service_norm
    if norm is not None:
        allowed = {(norm.target_value, norm.target_unit)}
    else:
        allowed = durations(product.deadline)
    for name in ProductPage.SECTIONS:
        if name in LEGAL_TERMS or (norm is None and name == "deadline"):
            continue
        for figure in durations(getattr(product, name)):
            if figure not in allowed:
                problems.append(f"{product.url}: {name} says {figure}, the data {allowed}")
    allowed_amounts = amounts(product.costs)
    for name in ProductPage.SECTIONS:
        if name == "costs":
            continue
        for amount in amounts(getattr(product, name)):
            if amount not in allowed_amounts:
                problems.append(
                    f"{product.url}: {name} says € {amount}, costs say {allowed_amounts}"
                )
    return problems


def test_no_product_text_contradicts_its_norm_or_costs(demo_site):
    products = ProductPage.objects.live().select_related("service_norm")
    assert products.filter(service_norm__isnull=False).exists()

    problems = [problem for product in products for problem in contradicting_figures(product)]

    assert problems == []


def test_the_check_finds_a_contradicting_figure(demo_site):
    passport = ProductPage.objects.get(slug="paspoort", locale__language_code="nl")
    passport.procedure = "<p>Haal uw paspoort na ongeveer 5 werkdagen op. Dat kost € 99.</p>"

    assert len(contradicting_figures(passport)) == 2


def test_every_old_address_of_a_merged_page_answers_301_to_its_product(client, demo_site):
    for item in MERGED_PAGES:
        product = ProductPage.objects.get(slug=item["product"], locale__language_code="nl")
        for language, old_path in item["old"].items():
            expected = product.get_translation(
                product.locale.__class__.objects.get(language_code=language)
            )
            response = client.get(old_path)
            assert response.status_code == 301, old_path
            assert response["Location"] == expected.url, old_path


def test_no_merged_content_page_is_left_and_titles_are_unique_per_language(demo_site):
    old_paths = {path for item in MERGED_PAGES for path in item["old"].values()}
    live_urls = {page.url for page in Page.objects.live().specific()}
    assert not old_paths & live_urls
    for page in Page.objects.live().specific().filter(depth__gt=2):
        if hasattr(page, "public_page_with_same_title"):
            assert page.public_page_with_same_title() is None, page.url
