"""The public knowledge-base API: VAC and kennisartikel shapes, filters, errors, caching."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from kcc_content.models import ProductPage, QuestionAnswer, UniformProductName

pytestmark = pytest.mark.django_db

VACS = "/api/kcc/v1/vacs/"
PRODUCTS = "/api/kcc/v1/products/"
OPENAPI = "/api/kcc/v1/openapi.json"
UNKNOWN_UUID = "8f1c2b7e-3d4a-4c5b-9e6f-0a1b2c3d4e5f"


def make_answer(locales, question, publish=True, **fields):
    """A Dutch answer with a staff-only explanation, published unless told otherwise."""
    fields = {
        "answer": "<p>Vraag een nieuw paspoort aan bij de balie.</p>",
        "kcc_explanation": "GEHEIM-UITLEG",
        "locale": locales[0],
        **fields,
    }
    answer = QuestionAnswer.objects.create(question=question, live=publish, **fields)
    revision = answer.save_revision()
    if publish:
        revision.publish()
    answer.refresh_from_db()
    return answer


def make_product(parent, slug, publish=True, **fields):
    """A product page with a desk memo, published unless told otherwise."""
    fields = {
        "title": slug.capitalize(),
        "intro": "Korte samenvatting.",
        "kcc_desk_memo": "GEHEIM-MEMO",
        **fields,
    }
    page = ProductPage(slug=slug, live=publish, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def translate(item, locale, publish=True, **fields):
    """A translation of an answer or product page, published unless told otherwise."""
    copy = item.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    if publish:
        copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def get_json(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert "GEHEIM" not in response.content.decode()
    return response.json()


@pytest.fixture
def paspoort(home, locales):
    """A published product with a national product name, the SDG texts and a desk memo."""
    upl = UniformProductName.objects.create(
        uri="http://standaarden.overheid.nl/owms/terms/Paspoort", name="paspoort"
    )
    return make_product(
        home,
        "paspoort",
        title="Paspoort aanvragen",
        intro="Een paspoort vraagt u aan bij de gemeente.",
        upl=upl,
        audience="residents",
        introduction="<p>Met een paspoort reist u naar het buitenland.</p>",
        costs="<p>Een paspoort kost € 80.</p>",
        online_application="digid",
        application_url="https://example.org/aanvragen",
    )


@pytest.fixture
def answer(locales, paspoort):
    """A published active answer with a team, keywords, a related product and a phone script."""
    answer = make_answer(
        locales,
        "Hoe vraag ik een paspoort aan?",
        keywords="paspoort kwijt, reisdocument",
        phone_script="Maak een afspraak en neem een pasfoto mee.",
    )
    answer.responsible_teams.set([Group.objects.create(name="Team Burgerzaken")])
    answer.related_products.set([paspoort])
    answer.save_revision().publish()
    answer.refresh_from_db()
    return answer


# Answers -----------------------------------------------------------------------------------


def test_the_answer_list_shows_a_published_answer_in_the_vac_shape(client, answer):
    data = get_json(client, VACS)

    assert data["count"] == 1
    assert data["next"] is None
    assert data["previous"] is None
    vac = data["results"][0]
    assert vac["uuid"] == str(answer.translation_key)
    assert vac["url"] == f"http://testserver{VACS}{answer.translation_key}/"
    assert vac["vraag"] == "Hoe vraag ik een paspoort aan?"
    assert vac["antwoord"] == "<p>Vraag een nieuw paspoort aan bij de balie.</p>"
    assert vac["status"] == "actief"
    assert vac["doelgroep"] == "eu-burger"
    assert vac["afdelingen"] == [
        {"afdelingNaam": "Team Burgerzaken", "afdelingId": vac["afdelingen"][0]["afdelingId"]}
    ]
    assert vac["trefwoorden"] == [{"trefwoord": "paspoort kwijt"}, {"trefwoord": "reisdocument"}]
    assert vac["gerelateerdeVACs"] == []
    assert vac["taal"] == "nl"
    assert vac["laatstGewijzigd"]


def test_an_answer_never_shows_the_staff_explanation_or_any_kcc_field(client, answer):
    vac = get_json(client, f"{VACS}{answer.translation_key}/")

    assert "toelichting" not in vac
    assert not [key for key in vac if key.startswith("kcc")]
    assert "GEHEIM" not in json.dumps(vac)


def test_each_channel_uses_its_variant_or_else_the_answer_as_plain_text(client, answer):
    vac = get_json(client, f"{VACS}{answer.translation_key}/")

    assert vac["kanalen"] == {
        "telefoon": "Maak een afspraak en neem een pasfoto mee.",
        "email": "Vraag een nieuw paspoort aan bij de balie.",
        "social": "Vraag een nieuw paspoort aan bij de balie.",
    }


def test_related_answers_and_products_are_linked_only_while_published(
    client, home, locales, answer, paspoort
):
    draft_product = make_product(home, "rijbewijs", publish=False)
    other = make_answer(locales, "Wat kost een paspoort?")
    hidden = make_answer(locales, "Interne vraag", publish=False)
    answer.related_answers.set([other, hidden])
    answer.related_products.set([paspoort, draft_product])
    answer.save_revision().publish()

    vac = get_json(client, f"{VACS}{answer.translation_key}/")

    assert vac["gerelateerdeVACs"] == [
        {
            "VAC": f"http://testserver{VACS}{other.translation_key}/",
            "uuid": str(other.translation_key),
            "vraag": "Wat kost een paspoort?",
        }
    ]
    assert vac["gerelateerdeProducten"] == [
        {
            "product": f"http://testserver{PRODUCTS}{paspoort.translation_key}/",
            "uuid": str(paspoort.translation_key),
            "naam": "Paspoort aanvragen",
        }
    ]


def test_links_in_an_answer_point_to_the_website(client, locales, paspoort):
    answer = make_answer(
        locales,
        "Waar lees ik meer?",
        answer=f'<p>Lees <a linktype="page" id="{paspoort.pk}">meer</a>.</p>',
    )

    vac = get_json(client, f"{VACS}{answer.translation_key}/")

    assert '<a href="http://testserver/paspoort/">meer</a>' in vac["antwoord"]


def test_unpublished_answers_are_not_listed_and_have_no_detail(client, locales, answer):
    draft = make_answer(locales, "Nog niet klaar", publish=False)

    data = get_json(client, VACS)

    assert [vac["vraag"] for vac in data["results"]] == ["Hoe vraag ik een paspoort aan?"]
    assert client.get(f"{VACS}{draft.translation_key}/").status_code == 404
    assert client.get(f"{VACS}{draft.pk}/").status_code == 404


def test_the_list_shows_active_answers_unless_another_status_is_asked_for(client, locales):
    make_answer(locales, "Actieve vraag")
    make_answer(locales, "Oude vraag", status="niet-actief")
    make_answer(locales, "Weg ermee", status="te-verwijderen")

    def questions(**params):
        return [vac["vraag"] for vac in get_json(client, VACS, **params)["results"]]

    assert questions() == ["Actieve vraag"]
    assert questions(status="non-actief") == ["Oude vraag"]
    assert questions(status="te-verwijderen") == ["Weg ermee"]


def test_an_inactive_answer_still_has_its_detail(client, locales):
    inactive = make_answer(locales, "Oude vraag", status="niet-actief")

    assert get_json(client, f"{VACS}{inactive.translation_key}/")["status"] == "non-actief"


def test_the_list_filters_on_audience(client, locales):
    make_answer(locales, "Voor inwoners", audience="residents")
    make_answer(locales, "Voor ondernemers", audience="businesses")
    make_answer(locales, "Voor iedereen", audience="both")

    data = get_json(client, VACS, doelgroep="eu-bedrijf")

    assert [vac["vraag"] for vac in data["results"]] == ["Voor ondernemers"]


def test_the_list_searches_question_keywords_and_answer(client, locales):
    make_answer(locales, "Hoe vraag ik een paspoort aan?")
    make_answer(
        locales,
        "Ik ben mijn pas verloren",
        keywords="identiteitskaart kwijt",
        answer="<p>Doe aangifte van verlies.</p>",
    )
    make_answer(locales, "Wanneer wordt het afval opgehaald?", answer="<p>Op dinsdag.</p>")

    def questions(q):
        return {vac["vraag"] for vac in get_json(client, VACS, q=q)["results"]}

    assert questions("paspoort") == {"Hoe vraag ik een paspoort aan?"}
    assert questions("identiteitskaart") == {"Ik ben mijn pas verloren"}
    assert questions("dinsdag") == {"Wanneer wordt het afval opgehaald?"}
    assert questions("parkeervergunning") == set()


def test_search_syntax_characters_are_ignored_instead_of_breaking_the_search(client, locales):
    make_answer(locales, "Hoe vraag ik een paspoort aan?")

    assert get_json(client, VACS, q='("paspoort*')["count"] == 1
    assert get_json(client, VACS, q='" OR 1=1 --')["count"] == 0
    assert get_json(client, VACS, q="***")["count"] == 1


def test_an_answer_is_found_per_language_by_its_shared_uuid(client, locales, answer):
    english = translate(answer, locales[1], question="How do I apply for a passport?")

    dutch_list = get_json(client, VACS)
    english_list = get_json(client, VACS, taal="en")
    english_detail = get_json(client, f"{VACS}{answer.translation_key}/", taal="en")

    assert [vac["taal"] for vac in dutch_list["results"]] == ["nl"]
    assert [vac["vraag"] for vac in english_list["results"]] == ["How do I apply for a passport?"]
    assert english_detail["uuid"] == str(answer.translation_key)
    assert english_detail["vraag"] == english.question
    assert english_detail["url"] == f"http://testserver{VACS}{answer.translation_key}/?taal=en"
    assert get_json(client, f"{VACS}{english.pk}/")["taal"] == "en"


def test_pagination_links_to_the_next_and_previous_page(client, locales):
    for number in range(5):
        make_answer(locales, f"Vraag {number}")

    first = get_json(client, VACS, page_size=2, status="actief")
    second = client.get(first["next"]).json()
    last = get_json(client, VACS, page_size=2, page=3)

    assert first["count"] == 5
    assert [vac["vraag"] for vac in first["results"]] == ["Vraag 0", "Vraag 1"]
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/kcc/v1/vacs/?page_size=2&status=actief&page=2"
    assert [vac["vraag"] for vac in second["results"]] == ["Vraag 2", "Vraag 3"]
    assert second["previous"].endswith("page=1")
    assert [vac["vraag"] for vac in last["results"]] == ["Vraag 4"]
    assert last["next"] is None


def test_a_full_page_of_answers_takes_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, locales, paspoort
):
    team = Group.objects.create(name="Team Burgerzaken")
    for number in range(10):
        answer = make_answer(locales, f"Vraag {number}")
        answer.responsible_teams.set([team])
        answer.related_products.set([paspoort])
        answer.save_revision().publish()

    with django_assert_max_num_queries(10):
        data = get_json(client, VACS)

    assert data["count"] == 10


def test_the_largest_page_size_is_allowed(client, locales):
    make_answer(locales, "Vraag")

    assert get_json(client, VACS, page_size=100)["count"] == 1


def test_a_page_beyond_the_last_is_not_found(client, locales):
    make_answer(locales, "Vraag")

    response = client.get(VACS, {"page": 2})

    assert response.status_code == 404
    assert response.json() == {"error": "Page 2 does not exist.", "parameter": "page"}


@pytest.mark.parametrize("url", [VACS, PRODUCTS])
@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("page", "0"),
        ("page", "abc"),
        ("page", "-1"),
        ("page_size", "1000"),
        ("page_size", "0"),
        ("page", "9" * 5000),
        ("doelgroep", "xx"),
        ("taal", "de"),
    ],
)
def test_a_bad_parameter_gets_a_400_that_names_it(client, home, url, name, value):
    response = client.get(url, {name: value})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["parameter"] == name
    assert response.json()["error"]


def test_an_unknown_status_gets_a_400_that_lists_the_statuses(client, home):
    response = client.get(VACS, {"status": "xx"})

    assert response.status_code == 400
    assert response.json() == {
        "error": "Unknown value 'xx'. Use one of: actief, non-actief, te-verwijderen.",
        "parameter": "status",
    }


@pytest.mark.parametrize("url", [VACS, PRODUCTS])
@pytest.mark.parametrize(
    "identifier", [UNKNOWN_UUID, "niet-een-uuid", "999999", "1e3", "9" * 30, "%00"]
)
def test_an_unknown_or_malformed_identifier_is_not_found(client, answer, url, identifier):
    response = client.get(f"{url}{identifier}/")

    assert response.status_code == 404
    assert response.json()["error"]


def test_a_bad_taal_on_a_detail_is_a_400(client, answer):
    response = client.get(f"{VACS}{answer.translation_key}/", {"taal": "de"})

    assert response.status_code == 400
    assert response.json()["parameter"] == "taal"


def test_the_api_only_reads(client, answer):
    response = client.post(VACS)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


# Products ----------------------------------------------------------------------------------


def test_a_product_is_shown_in_the_kennisartikel_shape(client, paspoort):
    product = get_json(client, f"{PRODUCTS}{paspoort.translation_key}/")

    assert product["uuid"] == str(paspoort.translation_key)
    assert product["url"] == f"http://testserver{PRODUCTS}{paspoort.translation_key}/"
    assert product["publicatieUrl"] == "http://localhost/paspoort/"
    assert product["titel"] == "Paspoort aanvragen"
    assert product["samenvatting"] == "Een paspoort vraagt u aan bij de gemeente."
    assert product["doelgroep"] == "eu-burger"
    assert product["uniformeProductnaam"] == {
        "naam": "paspoort",
        "uri": "http://standaarden.overheid.nl/owms/terms/Paspoort",
    }
    assert product["onlineAanvragen"] == "digid"
    assert product["aanvraagUrl"] == "https://example.org/aanvragen"
    [dutch] = product["vertalingen"]
    assert dutch["taal"] == "nl"
    assert dutch["tekst"]["inleiding"] == "<p>Met een paspoort reist u naar het buitenland.</p>"
    assert dutch["tekst"]["kosten"] == "<p>Een paspoort kost € 80.</p>"
    assert dutch["tekst"]["voorwaarden"] == ""
    assert list(dutch["tekst"]) == [
        "inleiding",
        "aanvraag",
        "voorwaarden",
        "bewijs",
        "kosten",
        "termijn",
        "bezwaar",
        "uitersteTermijn",
        "bijzonderheden",
        "contact",
    ]


def test_a_product_never_shows_the_desk_memo_or_any_kcc_field(client, paspoort):
    product = get_json(client, f"{PRODUCTS}{paspoort.translation_key}/")

    assert not [key for key in product if key.startswith("kcc")]
    assert "GEHEIM" not in json.dumps(product)


def test_a_product_without_national_name_or_application_address_shows_null(client, home):
    page = make_product(home, "afval")

    product = get_json(client, f"{PRODUCTS}{page.translation_key}/")

    assert product["uniformeProductnaam"] is None
    assert product["aanvraagUrl"] is None
    assert product["onlineAanvragen"] == "nee"


def test_a_product_lists_the_texts_of_each_published_language(
    client, english_home, locales, paspoort
):
    translate(
        paspoort,
        locales[1],
        title="Apply for a passport",
        introduction="<p>You need a passport to travel abroad.</p>",
    )

    dutch = get_json(client, f"{PRODUCTS}{paspoort.translation_key}/")
    english = get_json(client, f"{PRODUCTS}{paspoort.translation_key}/", taal="en")

    assert [text["taal"] for text in dutch["vertalingen"]] == ["nl", "en"]
    assert dutch["vertalingen"][1]["tekst"]["inleiding"] == (
        "<p>You need a passport to travel abroad.</p>"
    )
    assert english["titel"] == "Apply for a passport"
    assert english["taal"] == "en"
    assert english["publicatieUrl"] == "http://localhost/en/paspoort/"
    assert english["vertalingen"] == dutch["vertalingen"]


def test_an_unpublished_translation_is_left_out(client, english_home, locales, paspoort):
    translate(paspoort, locales[1], publish=False, title="Apply for a passport")

    product = get_json(client, f"{PRODUCTS}{paspoort.translation_key}/")

    assert [text["taal"] for text in product["vertalingen"]] == ["nl"]
    assert client.get(f"{PRODUCTS}{paspoort.translation_key}/", {"taal": "en"}).status_code == 404


def test_the_product_list_filters_on_audience_language_and_search(
    client, home, english_home, locales, paspoort
):
    make_product(home, "terras", title="Terrasvergunning", audience="businesses")
    make_product(home, "concept", title="Nog niet af", publish=False)
    translate(paspoort, locales[1], title="Apply for a passport")

    def titles(**params):
        return [product["titel"] for product in get_json(client, PRODUCTS, **params)["results"]]

    assert titles() == ["Paspoort aanvragen", "Terrasvergunning"]
    assert titles(doelgroep="eu-bedrijf") == ["Terrasvergunning"]
    assert titles(taal="en") == ["Apply for a passport"]
    assert titles(q="terrasvergunning") == ["Terrasvergunning"]
    assert titles(page_size=1, page=2) == ["Terrasvergunning"]


# Caching, rate limit, OpenAPI --------------------------------------------------------------


def test_responses_may_be_cached_publicly_for_five_minutes(client, answer):
    response = client.get(VACS)

    assert response["Cache-Control"] == "public, max-age=300"
    assert response["ETag"]


def test_a_detail_has_an_etag_and_answers_304_when_unchanged(client, answer):
    url = f"{VACS}{answer.translation_key}/"
    response = client.get(url)

    assert response["ETag"]
    assert response["Last-Modified"]
    assert client.get(url, headers={"if-none-match": response["ETag"]}).status_code == 304
    answer.question = "Hoe vraag ik snel een paspoort aan?"
    answer.save_revision().publish()
    assert client.get(url, headers={"if-none-match": response["ETag"]}).status_code == 200


def test_too_many_requests_get_a_429_with_retry_after(client, settings, home):
    settings.KCC_API_RATE_LIMIT = (2, 60)

    statuses = [client.get(VACS).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    response = client.get(PRODUCTS)
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response.json()["error"]


def resolve(document, reference):
    node = document
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    return node


def references(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def test_the_openapi_document_describes_every_endpoint(client, home):
    response = client.get(OPENAPI)
    document = json.loads(response.content)

    assert response.status_code == 200
    assert document["openapi"].startswith("3.1")
    assert set(document["paths"]) == {
        reverse("kcc_api_vacs"),
        reverse("kcc_api_vac_detail", args=["x"]).replace("/x/", "/{uuid}/"),
        reverse("kcc_api_products"),
        reverse("kcc_api_product_detail", args=["x"]).replace("/x/", "/{uuid}/"),
        reverse("kcc_api_objects"),
    }
    for reference in references(document):
        assert resolve(document, reference), reference
    vac_parameters = {
        resolve(document, parameter["$ref"])["name"]
        for parameter in document["paths"][VACS]["get"]["parameters"]
    }
    assert vac_parameters == {"q", "doelgroep", "status", "taal", "page", "page_size"}


def test_the_openapi_schemas_name_exactly_the_fields_the_api_returns(client, answer, paspoort):
    schemas = client.get(OPENAPI).json()["components"]["schemas"]
    vac = get_json(client, f"{VACS}{answer.translation_key}/")
    product = get_json(client, f"{PRODUCTS}{paspoort.translation_key}/")

    assert list(schemas["VAC"]["properties"]) == list(vac)
    assert list(schemas["Kanalen"]["properties"]) == list(vac["kanalen"])
    assert list(schemas["ProductReference"]["properties"]) == list(vac["gerelateerdeProducten"][0])
    assert list(schemas["Product"]["properties"]) == list(product)
    assert list(schemas["Vertaling"]["properties"]) == list(product["vertalingen"][0])
    assert list(schemas["Tekst"]["properties"]) == list(product["vertalingen"][0]["tekst"])
    assert list(schemas["VACList"]["properties"]) == list(get_json(client, VACS))
