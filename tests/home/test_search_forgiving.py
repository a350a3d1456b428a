"""The site search forgives: typos ("Bedoelde u"), editors' synonyms, singular and plural, stop
words, and puts exact titles and products first; search-as-you-type suggests titles."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.demo_registry import demo_steps
from core.search_query import meaningful_words, word_stem
from home.models import SearchSynonym, SearchVocabularyWord, SearchWithoutResults
from home.search_counts import flush_search_counts
from home.search_vocabulary import correction
from home.site_search import synonym_query
from tests.factories import ContentPageFactory, SectionPageFactory
from tests.kcc_content.kcc_factories import publish_product

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_pages(home):
    section = SectionPageFactory(parent=home, title="Paspoort en ID-kaart", slug="paspoort-id")
    wedding = ContentPageFactory(
        parent=home,
        title="Ik ga trouwen",
        slug="trouwen",
        intro="Neem uw paspoort of ID-kaart mee. Ook uw paspoort als getuige.",
    )
    lost = ContentPageFactory(
        parent=section,
        title="Paspoort of ID-kaart kwijt",
        slug="kwijt",
        intro="Meld het bij de gemeente.",
    )
    product = publish_product(section, title="Paspoort", slug="paspoort")
    street = ContentPageFactory(
        parent=home,
        title="Melding openbare ruimte",
        slug="melding-openbare-ruimte",
        intro="Is er iets kapot op straat? Meld het.",
    )
    return {
        "section": section,
        "wedding": wedding,
        "lost": lost,
        "product": product,
        "street": street,
    }


def results(client, query, path="/zoeken/"):
    soup = BeautifulSoup(client.get(path, {"q": query}).content, "html.parser")
    return soup, [link.get_text() for link in soup.select("ol.search-results h2 a")]


def test_a_typo_that_finds_nothing_searches_the_correction_and_says_so(client, site_pages):
    soup, titles = results(client, "paspoor")

    assert titles[0] == "Paspoort"
    notice = soup.select_one(".search-correction").get_text(" ", strip=True)
    assert "paspoor" in notice and "paspoort" in notice


def test_a_suggestion_links_to_a_search_for_the_correction(client, site_pages):
    # A page's text (not its title) has the typo, so the typed query finds that page.
    publish_product(
        site_pages["section"],
        title="Reisdocument",
        slug="reisdocument",
        procedure="<p>Neem uw oude paspoor mee.</p>",
    )

    soup, titles = results(client, "paspoor")

    assert titles == ["Reisdocument"]
    link = soup.select_one(".search-correction a")
    assert link["href"] == "/zoeken/?q=paspoort"
    assert link.get_text() == "paspoort"


def test_a_known_word_gets_no_suggestion(client, site_pages):
    soup, titles = results(client, "paspoort")

    assert soup.select_one(".search-correction") is None
    assert titles


def test_the_product_and_the_exact_title_come_before_pages_that_only_mention_the_word(
    client, site_pages
):
    _, titles = results(client, "paspoort")

    assert titles[0] == "Paspoort"
    assert titles.index("Paspoort of ID-kaart kwijt") < titles.index("Ik ga trouwen")
    assert titles[-1] == "Ik ga trouwen"


def test_editors_promotions_stay_on_top(client, site_pages):
    SearchPromotion.objects.create(
        query=Query.get("paspoort"), page=site_pages["wedding"], sort_order=0
    )

    soup, titles = results(client, "paspoort")

    assert titles[0] == "Ik ga trouwen"
    assert "search-results__item--promoted" in soup.select("ol.search-results li")[0]["class"]
    assert titles[1] == "Paspoort"


def test_an_editors_synonym_finds_the_page_for_the_residents_words(client, site_pages):
    SearchSynonym.objects.create(
        locale=site_pages["street"].locale,
        phrases="kapotte lantaarnpaal\nlantaarnpaal kapot",
        search_for="melding openbare ruimte",
    )

    _, before = results(client, "kapotte lantaarnpaals")
    _, titles = results(client, "lantaarnpaal kapot")

    assert titles[0] == "Melding openbare ruimte"
    assert before[0] == "Melding openbare ruimte"


def test_synonyms_are_per_language(site_pages, locales):
    SearchSynonym.objects.create(locale=locales[1], phrases="lamp post", search_for="street")

    assert synonym_query("lamp post", locales[0]) is None
    assert synonym_query("broken lamp post", locales[1]) == "broken street"


def test_a_synonym_phrase_matches_whole_words_and_is_not_replaced_twice(locales):
    SearchSynonym.objects.create(locale=locales[0], phrases="id, ID-kaart", search_for="id kaart")

    assert synonym_query("ID-kaart aanvragen", locales[0]) == "id kaart aanvragen"
    assert synonym_query("idee", locales[0]) is None


def test_plural_and_stop_words_find_the_singular_page(client, site_pages):
    _, plural = results(client, "paspoorten")
    _, question = results(client, "Hoe vraag ik een paspoort aan?")

    assert plural[0] == "Paspoort"
    assert question[0] == "Paspoort"


def test_a_newly_published_title_becomes_a_word_the_search_knows(site_pages, home):
    assert correction("grofvul", home.locale) is None

    ContentPageFactory(parent=home, title="Grofvuil laten ophalen")

    assert correction("grofvul", home.locale) == "grofvuil"
    assert SearchVocabularyWord.objects.filter(language="nl", word="grofvuil").exists()


def test_an_unpublished_page_leaves_the_vocabulary(site_pages, home):
    page = ContentPageFactory(parent=home, title="Grofvuil laten ophalen")
    assert correction("grofvul", home.locale) == "grofvuil"

    page.unpublish()

    assert correction("grofvul", home.locale) is None


def test_a_query_without_results_is_still_reported_to_editors(client, home):
    results(client, "xyzzyplugh")
    flush_search_counts()

    assert SearchWithoutResults.objects.filter(query="xyzzyplugh").exists()


def test_the_crude_stem_joins_singular_and_plural():
    assert word_stem("paspoorten") == word_stem("paspoort")
    assert word_stem("containers") == word_stem("container")
    assert word_stem("wmo") == "wmo"


def test_stop_words_are_left_out_unless_nothing_else_is_left():
    assert meaningful_words("Hoe vraag ik een paspoort aan", "nl") == ["paspoort"]
    assert meaningful_words("wat", "nl") == ["wat"]
    assert meaningful_words("How do I get a passport", "en") == ["passport"]


def test_suggestions_while_typing_put_top_tasks_and_products_first(client, site_pages, home):
    home.top_tasks = [("task", {"page": site_pages["lost"], "title": ""})]
    home.save_revision().publish()

    response = client.get(reverse("search_suggestions"), {"q": "pas"})
    suggestions = response.json()["suggestions"]

    assert [s["title"] for s in suggestions] == ["Paspoort of ID-kaart kwijt", "Paspoort"]
    assert suggestions[1]["url"] == site_pages["product"].url
    assert "max-age=300" in response["Cache-Control"]


def test_suggestions_follow_the_editors_synonyms(client, site_pages, locales):
    SearchSynonym.objects.create(
        locale=locales[0], phrases="kapotte lantaarnpaal", search_for="melding openbare ruimte"
    )

    data = client.get(reverse("search_suggestions"), {"q": "kapotte lant"}).json()

    assert [s["title"] for s in data["suggestions"]] == ["Melding openbare ruimte"]


def test_suggestions_log_nothing_and_need_two_letters(client, site_pages):
    short = client.get(reverse("search_suggestions"), {"q": "p"}).json()
    client.get(reverse("search_suggestions"), {"q": "jan@example.nl"})
    flush_search_counts()

    assert short == {"suggestions": []}
    assert not Query.objects.exists()
    assert not SearchWithoutResults.objects.exists()


def test_suggestions_are_rate_limited_per_client(client, site_pages, monkeypatch):
    monkeypatch.setattr("home.views.search.SUGGEST_RATE_LIMIT", (2, 60))
    url = reverse("search_suggestions")

    answers = [client.get(url, {"q": "pas"}).status_code for _ in range(3)]

    assert answers == [200, 200, 429]


def test_the_header_search_box_is_a_plain_form_that_loads_the_suggestions_script(client, home):
    soup = BeautifulSoup(client.get("/").content, "html.parser")

    form = soup.select_one("form[data-search-suggest]")
    field = form.select_one("#site-search-q")
    assert form["action"] == "/zoeken/"
    assert field["name"] == "q"
    assert field.get("role") is None  # a combobox only once the script has run
    assert soup.select_one('script[src$="js/search-suggest.js"]') is not None


def test_load_demo_adds_the_demo_synonyms(demo_site, locales):
    assert "search_synonyms" in [step.name for step in demo_steps()]
    dutch = SearchSynonym.objects.filter(locale=locales[0])
    assert dutch.filter(search_for="melding openbare ruimte").exists()
    assert synonym_query("kapotte lantaarnpaal", locales[0]) == "melding openbare ruimte"
