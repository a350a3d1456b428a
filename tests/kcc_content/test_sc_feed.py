"""The Samenwerkende Catalogi 4.0 feed of published products."""

import functools
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from kcc_content.models import UniformProductName
from tests.kcc_content.test_api import make_product, translate

pytestmark = pytest.mark.django_db

FEED = "/samenwerkende-catalogi.xml"
NS = {
    "overheidproduct": "http://standaarden.overheid.nl/product/terms/",
    "dcterms": "http://purl.org/dc/terms/",
    "overheid": "http://standaarden.overheid.nl/owms/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
GEERTRUIDENBERG = "http://standaarden.overheid.nl/owms/terms/Geertruidenberg"
# The official SC 4.0 schema with the OWMS schemas it includes (see standards/README.md).
SC_SCHEMA = Path(__file__).parent / "standards/standaarden.overheid.nl/sc/4.0/xsd/sc.xsd"


def get_feed(client):
    response = client.get(FEED)
    assert response.status_code == 200
    assert "GEHEIM" not in response.content.decode()
    return response, ET.fromstring(response.content)


@functools.cache
def sc_schema() -> etree.XMLSchema:
    """The official SC 4.0 schema, parsed once."""
    return etree.XMLSchema(etree.parse(str(SC_SCHEMA)))


def schema_errors(content: bytes) -> list[str]:
    """Every way ``content`` breaks the SC 4.0 schema, one line each, with the element's path."""
    schema = sc_schema()
    if schema.validate(etree.fromstring(content)):
        return []
    return [f"{error.path}: {error.message}" for error in schema.error_log]


def products_by_title(root) -> dict:
    return {
        product.findtext("overheidproduct:meta/overheidproduct:owmskern/dcterms:title", None, NS): (
            product
        )
        for product in root.findall("overheidproduct:scproduct", NS)
    }


@pytest.fixture
def paspoort(home):
    """A published product with every optional SC field filled, and a desk memo."""
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
        procedure="<p>Maak een afspraak &amp; neem een pasfoto mee.</p>",
        online_application="digid",
        application_url="https://example.org/aanvragen",
    )


def test_the_feed_is_cacheable_utf8_xml(client, paspoort):
    response, root = get_feed(client)

    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert "max-age=3600" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert response.content.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert root.tag == "{http://standaarden.overheid.nl/product/terms/}scproducten"


def test_the_root_declares_the_sc_namespaces_and_schema(client, paspoort):
    response, root = get_feed(client)
    start_tag = response.content.decode().split(">", 2)[1]

    assert 'xmlns="http://standaarden.overheid.nl/product/terms/"' in start_tag
    for prefix, uri in NS.items():
        assert f'xmlns:{prefix}="{uri}"' in start_tag
    assert root.get(f"{{{NS['xsi']}}}schemaLocation") == (
        "http://standaarden.overheid.nl/product/terms/ "
        "http://standaarden.overheid.nl/sc/4.0/xsd/sc.xsd"
    )


def test_each_published_product_and_translation_is_one_scproduct(
    client, home, english_home, locales, paspoort
):
    make_product(home, "afval", title="Afvalpas")
    make_product(home, "concept", title="Nog niet af", publish=False)
    draft_english = make_product(home, "terras", title="Terrasvergunning")
    translate(draft_english, locales[1], publish=False, title="Terrace permit")
    translate(paspoort, locales[1], title="Apply for a passport")

    _response, root = get_feed(client)
    products = products_by_title(root)

    assert len(root.findall("overheidproduct:scproduct", NS)) == 4
    assert set(products) == {
        "Afvalpas",
        "Paspoort aanvragen",
        "Apply for a passport",
        "Terrasvergunning",
    }
    english = products["Apply for a passport"]
    kern = english.find("overheidproduct:meta/overheidproduct:owmskern", NS)
    assert kern.findtext("dcterms:language", None, NS) == "en"
    assert kern.findtext("dcterms:identifier", None, NS) == "http://localhost/en/paspoort/"


def test_the_owmskern_identifies_the_product_and_the_municipality(client, paspoort):
    _response, root = get_feed(client)
    product = root.find("overheidproduct:scproduct", NS)
    kern = product.find("overheidproduct:meta/overheidproduct:owmskern", NS)

    assert product.get("owms-version") == "4.0"
    assert kern.findtext("dcterms:identifier", None, NS) == "http://localhost/paspoort/"
    assert kern.findtext("dcterms:title", None, NS) == "Paspoort aanvragen"
    assert kern.findtext("dcterms:language", None, NS) == "nl"
    kind = kern.find("dcterms:type", NS)
    assert (kind.get("scheme"), kind.text) == ("overheid:Informatietype", "productbeschrijving")
    assert kern.findtext("dcterms:modified", None, NS) == (
        paspoort.last_published_at.astimezone().date().isoformat()
    )
    for element in (kern.find("dcterms:spatial", NS), kern.find("overheid:authority", NS)):
        assert element.get("scheme") == "overheid:Gemeente"
        assert element.get("resourceIdentifier") == GEERTRUIDENBERG
        assert element.text == "Geertruidenberg"


def test_the_municipality_comes_from_the_settings(client, settings, paspoort):
    settings.SC_MUNICIPALITY_NAME = "Drimmelen"
    settings.SC_MUNICIPALITY_URI = "http://standaarden.overheid.nl/owms/terms/Drimmelen"

    _response, root = get_feed(client)
    kern = root.find("overheidproduct:scproduct/overheidproduct:meta/overheidproduct:owmskern", NS)

    assert kern.findtext("dcterms:spatial", None, NS) == "Drimmelen"
    assert kern.find("overheid:authority", NS).get("resourceIdentifier") == (
        "http://standaarden.overheid.nl/owms/terms/Drimmelen"
    )


@pytest.mark.parametrize(
    ("audience", "doelgroepen"),
    [
        ("residents", ["particulier"]),
        ("businesses", ["ondernemer"]),
        ("both", ["particulier", "ondernemer"]),
    ],
)
def test_the_owmsmantel_has_the_audience_and_the_summary(client, home, audience, doelgroepen):
    make_product(home, "product", intro="Korte samenvatting.", audience=audience)

    _response, root = get_feed(client)
    mantel = root.find(
        "overheidproduct:scproduct/overheidproduct:meta/overheidproduct:owmsmantel", NS
    )

    audiences = mantel.findall("dcterms:audience", NS)
    assert [element.text for element in audiences] == doelgroepen
    assert {element.get("scheme") for element in audiences} == {"overheid:Doelgroep"}
    assert mantel.findtext("dcterms:abstract", None, NS) == "Korte samenvatting."


def test_the_scmeta_has_id_online_application_address_and_national_name(client, paspoort):
    _response, root = get_feed(client)
    scmeta = root.find("overheidproduct:scproduct/overheidproduct:meta/overheidproduct:scmeta", NS)

    assert scmeta.findtext("overheidproduct:productID", None, NS) == str(paspoort.pk)
    assert scmeta.findtext("overheidproduct:onlineAanvragen", None, NS) == "digid"
    assert scmeta.find("overheidproduct:aanvraagURL", NS).get("resourceIdentifier") == (
        "https://example.org/aanvragen"
    )
    name = scmeta.find("overheidproduct:uniformeProductnaam", NS)
    assert name.get("resourceIdentifier") == "http://standaarden.overheid.nl/owms/terms/Paspoort"
    assert name.text == "paspoort"


def test_optional_scmeta_elements_are_left_out_when_not_set(client, home):
    make_product(home, "afval", title="Afvalpas")

    _response, root = get_feed(client)
    scmeta = root.find("overheidproduct:scproduct/overheidproduct:meta/overheidproduct:scmeta", NS)

    assert scmeta.findtext("overheidproduct:onlineAanvragen", None, NS) == "nee"
    assert scmeta.find("overheidproduct:aanvraagURL", NS) is None
    assert scmeta.find("overheidproduct:uniformeProductnaam", NS) is None


def test_the_body_holds_the_summary_and_sections_as_escaped_html(client, paspoort):
    response, root = get_feed(client)
    description = root.findtext(
        "overheidproduct:scproduct/overheidproduct:body/overheidproduct:productHTML",
        None,
        NS,
    )

    assert description == (
        "<p>Een paspoort vraagt u aan bij de gemeente.</p>"
        "<h2>Aanvragen</h2>"
        "<p>Maak een afspraak &amp; neem een pasfoto mee.</p>"
    )
    assert b"&lt;h2&gt;Aanvragen&lt;/h2&gt;" in response.content


def test_an_english_translation_has_english_headings(client, english_home, locales, paspoort):
    translate(paspoort, locales[1], title="Apply for a passport", intro="")

    _response, root = get_feed(client)
    english = products_by_title(root)["Apply for a passport"]

    assert english.findtext(
        "overheidproduct:body/overheidproduct:productHTML", None, NS
    ).startswith("<h2>How to apply</h2>")


def test_an_empty_site_has_an_empty_feed(client, home):
    _response, root = get_feed(client)

    assert root.findall("overheidproduct:scproduct", NS) == []


def test_products_with_every_field_and_with_none_validate_against_the_official_schema(
    client, home, english_home, locales, paspoort
):
    translate(paspoort, locales[1], title="Apply for a passport")
    make_product(home, "kaal", title="Kaal product", intro="", audience="businesses")

    response, root = get_feed(client)
    errors = schema_errors(response.content)

    assert len(root.findall("overheidproduct:scproduct", NS)) == 3
    assert not errors, "The feed breaks the SC 4.0 schema:\n" + "\n".join(errors)


def test_a_product_without_a_summary_is_summarised_by_its_title(client, home):
    make_product(home, "kaal", title="Kaal product", intro="")

    _response, root = get_feed(client)
    mantel = root.find(
        "overheidproduct:scproduct/overheidproduct:meta/overheidproduct:owmsmantel", NS
    )

    assert mantel.findtext("dcterms:abstract", None, NS) == "Kaal product"


@pytest.fixture
def demo_feed(demo_site, client):
    """The feed of the whole demo site (load_demo) as served."""
    return get_feed(client)


def test_the_demo_feed_validates_against_the_official_sc_schema(demo_feed):
    response, root = demo_feed

    errors = schema_errors(response.content)

    assert len(root.findall("overheidproduct:scproduct", NS)) >= 21
    assert not errors, "The feed breaks the SC 4.0 schema:\n" + "\n".join(errors)


def test_the_demo_feed_identifies_every_product_once(demo_feed):
    _response, root = demo_feed
    products = root.findall("overheidproduct:scproduct", NS)

    identifiers = Counter(
        product.findtext(
            "overheidproduct:meta/overheidproduct:owmskern/dcterms:identifier", None, NS
        )
        for product in products
    )
    product_ids = Counter(
        product.findtext(
            "overheidproduct:meta/overheidproduct:scmeta/overheidproduct:productID", None, NS
        )
        for product in products
    )

    assert [identifier for identifier, count in identifiers.items() if count > 1] == []
    assert [product_id for product_id, count in product_ids.items() if count > 1] == []


def test_every_demo_product_that_can_be_applied_for_online_names_where(demo_feed):
    _response, root = demo_feed

    online = [
        scmeta
        for scmeta in root.findall(
            "overheidproduct:scproduct/overheidproduct:meta/overheidproduct:scmeta", NS
        )
        if scmeta.findtext("overheidproduct:onlineAanvragen", None, NS) in ("ja", "digid")
    ]

    assert online, "the demo has products that can be applied for online"
    for scmeta in online:
        address = scmeta.find("overheidproduct:aanvraagURL", NS)
        assert address is not None
        assert address.get("resourceIdentifier", "").startswith("https://")
