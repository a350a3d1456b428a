"""The search-quality set (tests/home/search_quality.yaml): real residents' queries on the demo.

Each query is searched through the site's search page, as a resident would, in Dutch at /zoeken/
or in English at /en/search/; it is a hit when an expected page is among the first three results.
The test prints a table of every query (run with ``-s`` or ``-rP`` to see it on success) and fails
below ``MIN_HIT_RATE``, listing the misses. Run it on PostgreSQL with ``DATABASE_URL``, e.g.
``DATABASE_URL=postgres://postgres@127.0.0.1:5432/search .venv/bin/pytest
tests/home/test_search_quality.py -n0 -s``.
"""

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from django.db import connection

QUALITY_SET = Path(__file__).with_name("search_quality.yaml")
MIN_HIT_RATE = 0.9
TOP = 3
SEARCH_PAGE = {"nl": "/zoeken/", "en": "/en/search/"}


@dataclass(frozen=True)
class Verdict:
    query: str
    language: str
    kind: str
    expected: list[str]
    top: list[str]

    @property
    def hit(self) -> bool:
        return any(address in self.expected for address in self.top)


def quality_set() -> list[dict]:
    with QUALITY_SET.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def top_results(client, language: str, query: str) -> list[str]:
    """The addresses of the first results on the search page, promotions included."""
    response = client.get(SEARCH_PAGE[language], {"q": query})
    assert response.status_code == 200, query
    soup = BeautifulSoup(response.content, "html.parser")
    links = soup.select("ol.search-results > li h2 a[href]")
    return [link["href"] for link in links][:TOP]


def table(verdicts: list[Verdict]) -> str:
    width = max(len(verdict.query) for verdict in verdicts)
    lines = [f"{'':4} {'query':<{width}}  lang  kind        top {TOP}"]
    for verdict in verdicts:
        mark = "hit " if verdict.hit else "MISS"
        lines.append(
            f"{mark} {verdict.query:<{width}}  {verdict.language:<4}  {verdict.kind:<10}  "
            f"{', '.join(verdict.top) or '(nothing)'}"
        )
    return "\n".join(lines)


def test_the_quality_set_is_large_and_varied():
    queries = quality_set()
    kinds = {item["kind"] for item in queries}

    assert len(queries) >= 60
    assert {"typo", "plural", "colloquial", "english"} <= kinds
    assert len({(item.get("language", "nl"), item["query"]) for item in queries}) == len(queries)


def test_residents_find_the_expected_page_in_the_top_three(client, demo_site):
    verdicts = []
    for item in quality_set():
        language = item.get("language", "nl")
        expected = item["expect"] if isinstance(item["expect"], list) else [item["expect"]]
        verdicts.append(
            Verdict(
                item["query"],
                language,
                item["kind"],
                expected,
                top_results(client, language, item["query"]),
            )
        )
    hits = sum(verdict.hit for verdict in verdicts)
    rate = hits / len(verdicts)
    print(f"\nSearch quality on {connection.vendor}: {hits}/{len(verdicts)} = {rate:.1%}")
    print(table(verdicts))

    misses = [
        f"{v.query!r} ({v.language}): expected {v.expected}, got {v.top}"
        for v in verdicts
        if not v.hit
    ]
    assert rate >= MIN_HIT_RATE, "Misses:\n" + "\n".join(misses)


@pytest.mark.parametrize(("language", "typo", "meant"), [("nl", "paspoor", "paspoort")])
def test_a_typo_suggests_the_word_the_site_uses(client, demo_site, language, typo, meant):
    response = client.get(SEARCH_PAGE[language], {"q": typo})
    soup = BeautifulSoup(response.content, "html.parser")

    correction = soup.select_one(".search-correction")
    assert correction is not None
    assert meant in correction.get_text()
