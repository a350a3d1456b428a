"""The Samenwerkende Catalogi 4.0 feed of products at ``/samenwerkende-catalogi.xml``.

overheid.nl harvests this file to list the municipality's products nationally. One
``scproduct`` per published Dutch product page and one per published English translation of it.
Only public fields are read: the KCC desk memo, handling and team never reach the feed.
"""

import xml.etree.ElementTree as ET

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.text import capfirst
from django.views.decorators.cache import cache_control, cache_page
from django.views.decorators.http import require_safe

from kcc_content.api import public_html
from kcc_content.models import ProductPage
from kcc_content.models.audience import Audience

CACHE_SECONDS = 60 * 60
PRODUCT_NS = "http://standaarden.overheid.nl/product/terms/"
DCTERMS_NS = "http://purl.org/dc/terms/"
OWMS_NS = "http://standaarden.overheid.nl/owms/terms/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{PRODUCT_NS} http://standaarden.overheid.nl/sc/4.0/xsd/sc.xsd"
DEFAULT_MUNICIPALITY_NAME = "Geertruidenberg"
DEFAULT_MUNICIPALITY_URI = f"{OWMS_NS}Geertruidenberg"

#: The SC "Doelgroep" values for our audiences; "both" lists both.
SC_AUDIENCES = {
    Audience.RESIDENTS: ["particulier"],
    Audience.BUSINESSES: ["ondernemer"],
    Audience.BOTH: ["particulier", "ondernemer"],
}

for prefix, uri in (
    ("overheidproduct", PRODUCT_NS),
    ("dcterms", DCTERMS_NS),
    ("overheid", OWMS_NS),
    ("xsi", XSI_NS),
):
    ET.register_namespace(prefix, uri)


def sc_products() -> list[ProductPage]:
    """Published Dutch products, each followed by its published translations."""
    published = ProductPage.objects.live().public().select_related("locale", "upl")
    default = settings.LANGUAGE_CODE
    dutch = list(published.filter(locale__language_code=default).order_by("title", "pk"))
    translations = {}
    for page in published.exclude(locale__language_code=default).filter(
        translation_key__in={page.translation_key for page in dutch}
    ):
        translations.setdefault(page.translation_key, []).append(page)
    products = []
    for page in dutch:
        products.append(page)
        products.extend(
            sorted(translations.get(page.translation_key, []), key=lambda p: p.locale_id)
        )
    return products


def sub(parent, namespace: str, tag: str, text: str | None = None, **attributes):
    """A child element in ``namespace``, with text and unqualified attributes."""
    element = ET.SubElement(parent, f"{{{namespace}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def product_description(page: ProductPage, base_url: str) -> str:
    """The product as HTML: the summary, then each filled section under its heading."""
    parts = [format_html("<p>{}</p>", page.intro)] if page.intro else []
    with translation.override(page.locale.language_code):
        for _name, label, value in page.sections():
            parts.append(format_html("<h2>{}</h2>", capfirst(str(label))))
            parts.append(public_html(value, base_url))
    return "".join(parts)


def add_sc_product(root, page: ProductPage, base_url: str) -> None:
    """One ``scproduct``: the owmskern, owmsmantel and scmeta metadata, then the body."""
    name = getattr(settings, "SC_MUNICIPALITY_NAME", DEFAULT_MUNICIPALITY_NAME)
    uri = getattr(settings, "SC_MUNICIPALITY_URI", DEFAULT_MUNICIPALITY_URI)
    modified = page.last_published_at or page.latest_revision_created_at or timezone.now()

    product = sub(root, PRODUCT_NS, "scproduct", **{"owms-version": "4.0"})
    meta = sub(product, PRODUCT_NS, "meta")

    kern = sub(meta, PRODUCT_NS, "owmskern")
    sub(kern, DCTERMS_NS, "identifier", page.full_url)
    sub(kern, DCTERMS_NS, "title", page.title)
    sub(kern, DCTERMS_NS, "language", page.locale.language_code)
    sub(kern, DCTERMS_NS, "type", "productbeschrijving", scheme="overheid:Informatietype")
    sub(kern, DCTERMS_NS, "modified", timezone.localdate(modified).isoformat())
    sub(kern, DCTERMS_NS, "spatial", name, scheme="overheid:Gemeente", resourceIdentifier=uri)
    sub(kern, OWMS_NS, "authority", name, scheme="overheid:Gemeente", resourceIdentifier=uri)

    mantel = sub(meta, PRODUCT_NS, "owmsmantel")
    for audience in SC_AUDIENCES.get(page.audience, []):
        sub(mantel, DCTERMS_NS, "audience", audience, scheme="overheid:Doelgroep")
    # SC requires a summary; a product without one is summarised by its search text or title.
    sub(mantel, DCTERMS_NS, "abstract", page.intro or page.search_description or page.title)

    scmeta = sub(meta, PRODUCT_NS, "scmeta")
    sub(scmeta, PRODUCT_NS, "productID", str(page.pk))
    sub(scmeta, PRODUCT_NS, "onlineAanvragen", page.online_application)
    if page.application_url:
        sub(scmeta, PRODUCT_NS, "aanvraagURL", resourceIdentifier=page.application_url)
    if page.upl:
        sub(
            scmeta,
            PRODUCT_NS,
            "uniformeProductnaam",
            page.upl.name,
            scheme="overheid:UniformeProductnaam",
            resourceIdentifier=page.upl.uri,
        )

    # SC 4.0 only allows XHTML elements in productHTML that a schema declares, and it declares
    # none: the description goes in as escaped HTML text, which the schema's mixed content allows.
    body = sub(product, PRODUCT_NS, "body")
    sub(body, PRODUCT_NS, "productHTML", product_description(page, base_url))


def build_feed(products: list[ProductPage], base_url: str) -> bytes:
    """The whole feed as UTF-8 XML."""
    root = ET.Element(f"{{{PRODUCT_NS}}}scproducten")
    # ElementTree writes one prefix per namespace; SC also declares the product terms as default.
    root.set("xmlns", PRODUCT_NS)
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    for page in products:
        add_sc_product(root, page, base_url)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


@require_safe
@cache_page(CACHE_SECONDS)
@cache_control(public=True, max_age=CACHE_SECONDS)
def sc_feed(request):
    """The Samenwerkende Catalogi XML, cached for an hour."""
    return HttpResponse(
        build_feed(sc_products(), request.build_absolute_uri("/")),
        content_type="application/xml; charset=utf-8",
    )
