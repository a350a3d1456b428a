"""The OpenAPI 3.1 description of the public knowledge-base API (``kcc_content.api``).

Plain Python data, built from the same constants as the views it describes; the tests compare
the field names documented here with the fields the API really returns.
"""

from django.conf import settings

from kcc_content.api import (
    DEFAULT_PAGE_SIZE,
    MAX_AGE_SECONDS,
    MAX_DIGITS,
    MAX_PAGE_SIZE,
    RATE_LIMIT,
    SECTION_KEYS,
    VAC_AUDIENCE,
    VAC_STATUS,
    accepts,
    api_view,
    content_languages,
    json_response,
    site_root,
)
from kcc_content.models import ProductPage

API_PREFIX = "/api/kcc/v1"
LANGUAGES = content_languages()


def ref(name: str) -> dict:
    """A reference to a component, e.g. ``ref("schemas/VAC")``."""
    return {"$ref": f"#/components/{name}"}


def nullable(type_name: str, **extra) -> dict:
    """A value of ``type_name`` or null (JSON Schema 2020-12, as OpenAPI 3.1 uses)."""
    return {"type": [type_name, "null"], **extra}


def obj(properties: dict, description: str = "") -> dict:
    """A closed object schema in which every property is always present."""
    schema = {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


STRING = {"type": "string"}
URL = {"type": "string", "format": "uri"}
UUID = {"type": "string", "format": "uuid"}
HTML = {"type": "string", "contentMediaType": "text/html"}
AUDIENCE = {
    "type": "string",
    "enum": list(VAC_AUDIENCE.values()),
    "description": "Residents (eu-burger), businesses (eu-bedrijf) or both (eu-burger-bedrijf).",
}
VAC_STATUSES = list(VAC_STATUS.values())
LANGUAGE = {"type": "string", "enum": LANGUAGES}
API_RATE_LIMIT = getattr(settings, "KCC_API_RATE_LIMIT", RATE_LIMIT)
PAGE_NUMBER = {"type": "integer", "minimum": 1, "maximum": 10**MAX_DIGITS - 1, "default": 1}

SCHEMAS = {
    "Error": obj(
        {
            "error": {"type": "string", "description": "What is wrong, in English."},
            "parameter": nullable("string", description="The query parameter at fault."),
        }
    ),
    "VACReference": obj({"VAC": URL, "uuid": UUID, "vraag": STRING}),
    "ProductReference": obj({"product": URL, "uuid": UUID, "naam": STRING}),
    "Afdeling": obj({"afdelingNaam": STRING, "afdelingId": STRING}),
    "Trefwoord": obj({"trefwoord": STRING}),
    "Kanalen": obj(
        {
            "telefoon": {"type": "string", "description": "Phone script, or the answer as text."},
            "email": {"type": "string", "description": "E-mail text, or the answer as text."},
            "social": {
                "type": "string",
                "description": "Social media text (at most 280 characters), or the answer.",
            },
        },
        "The answer per channel; each falls back to the plain-text answer.",
    ),
    "VAC": obj(
        {
            "uuid": {**UUID, "description": "Shared by all translations of the answer."},
            "url": {**URL, "description": "This object in the API."},
            "vraag": STRING,
            "antwoord": HTML,
            "status": {"type": "string", "enum": VAC_STATUSES},
            "doelgroep": AUDIENCE,
            "afdelingen": {
                "type": "array",
                "items": ref("schemas/Afdeling"),
                "description": "Responsible teams (else the owning team).",
            },
            "trefwoorden": {"type": "array", "items": ref("schemas/Trefwoord")},
            "gerelateerdeVACs": {"type": "array", "items": ref("schemas/VACReference")},
            "gerelateerdeProducten": {"type": "array", "items": ref("schemas/ProductReference")},
            "kanalen": ref("schemas/Kanalen"),
            "taal": LANGUAGE,
            "laatstGewijzigd": nullable("string", format="date-time"),
        },
        "A question-and-answer combination in the shape of the community VAC object type.",
    ),
    "Tekst": obj(
        dict.fromkeys(SECTION_KEYS.values(), HTML),
        "The SDG text sections as HTML; an empty string when a section is not filled.",
    ),
    "Vertaling": obj({"taal": LANGUAGE, "titel": STRING, "tekst": ref("schemas/Tekst")}),
    "UniformeProductnaam": obj({"naam": STRING, "uri": URL}),
    "Product": obj(
        {
            "uuid": {**UUID, "description": "Shared by all translations of the product."},
            "url": {**URL, "description": "This object in the API."},
            "publicatieUrl": {**URL, "description": "The product page on the website."},
            "titel": STRING,
            "samenvatting": {"type": "string", "maxLength": 300},
            "doelgroep": AUDIENCE,
            "uniformeProductnaam": {
                "oneOf": [ref("schemas/UniformeProductnaam"), {"type": "null"}]
            },
            "onlineAanvragen": {
                "type": "string",
                "enum": list(ProductPage.OnlineApplication.values),
            },
            "aanvraagUrl": nullable("string", format="uri"),
            "vertalingen": {
                "type": "array",
                "items": ref("schemas/Vertaling"),
                "description": "The texts of every published language of this product.",
            },
            "taal": LANGUAGE,
            "laatstGewijzigd": nullable("string", format="date-time"),
        },
        "A product or service (kennisartikel).",
    ),
}


def page_of(schema_name: str) -> dict:
    """One page of a list: the total count, links to the pages around it and its items."""
    return obj(
        {
            "count": {"type": "integer", "minimum": 0},
            "next": nullable("string", format="uri"),
            "previous": nullable("string", format="uri"),
            "results": {"type": "array", "items": ref(f"schemas/{schema_name}")},
        }
    )


SCHEMAS["ObjectRecord"] = obj(
    {
        "index": {"type": "integer", "minimum": 1},
        "typeVersion": {"type": "integer", "minimum": 1},
        "data": ref("schemas/VAC"),
        "geometry": {"type": "null"},
        "references": {"type": "array", "maxItems": 0},
        "startAt": {"type": "string", "format": "date"},
        "endAt": {"type": "null"},
        "registrationAt": {"type": "string", "format": "date"},
        "correctionFor": {"type": "null"},
        "correctedBy": {"type": "null"},
    },
    "The one record of an answer, as in the Objects API (v2).",
)
SCHEMAS["Object"] = obj(
    {"url": URL, "uuid": UUID, "type": URL, "record": ref("schemas/ObjectRecord")},
    "An answer as an Objects API object; ``type`` is the community VAC object type.",
)
SCHEMAS["ObjectList"] = page_of("Object")
SCHEMAS["VACList"] = page_of("VAC")
SCHEMAS["ProductList"] = page_of("Product")


def query(name: str, schema: dict, description: str) -> dict:
    """An optional query parameter."""
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


PARAMETERS = {
    "q": query(
        "q",
        {"type": "string", "maxLength": settings.SEARCH_QUERY_MAX_LENGTH},
        "Search words; all must match. Other characters are ignored.",
    ),
    "doelgroep": query("doelgroep", AUDIENCE, "Only items with exactly this audience."),
    "status": query(
        "status",
        {
            "type": "string",
            "enum": VAC_STATUSES,
            "default": "actief",
        },
        "Only answers with this status.",
    ),
    "taal": query(
        "taal", {**LANGUAGE, "default": settings.LANGUAGE_CODE}, "Language of the items."
    ),
    "page": query("page", PAGE_NUMBER, "Page number."),
    "page_size": query(
        "page_size",
        {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_PAGE_SIZE,
            "default": DEFAULT_PAGE_SIZE,
        },
        "Items per page.",
    ),
    "type": {
        "name": "type",
        "in": "query",
        "required": True,
        "schema": {"type": "string", "enum": ["vac"]},
        "description": "The object type: vac (answers).",
    },
    "modified__gte": query(
        "modified__gte",
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
            ]
        },
        "Only objects published at or after this ISO 8601 date or date-time.",
    ),
    "pageSize": query(
        "pageSize",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
        "Objects per page (the Objects API's name).",
    ),
    "identifier": {
        "name": "uuid",
        "in": "path",
        "required": True,
        "schema": {"oneOf": [UUID, {"type": "string", "pattern": "^[0-9]+$"}]},
        "description": "The public uuid (combine with taal for a translation) or the numeric id.",
    },
}


def json_content(schema_name: str) -> dict:
    """A JSON response body of a component schema."""
    return {"application/json": {"schema": ref(f"schemas/{schema_name}")}}


RESPONSES = {
    "BadRequest": {"description": "An invalid parameter.", "content": json_content("Error")},
    "NotFound": {"description": "No such item or page.", "content": json_content("Error")},
    "TooManyRequests": {
        "description": (
            f"More than {API_RATE_LIMIT[0]} requests per {API_RATE_LIMIT[1]} seconds "
            "from this client."
        ),
        "headers": {"Retry-After": {"schema": {"type": "integer"}}},
        "content": json_content("Error"),
    },
}


def operation(operation_id: str, summary: str, parameters: list[str], schema_name: str) -> dict:
    """A GET operation with the responses every endpoint shares."""
    responses = {
        "200": {
            "description": (
                f"OK. Cached publicly for {MAX_AGE_SECONDS} seconds; supports If-None-Match."
            ),
            "headers": {"ETag": {"schema": {"type": "string"}}},
            "content": json_content(schema_name),
        },
        "304": {"description": "Not modified."},
        "400": ref("responses/BadRequest"),
        "404": ref("responses/NotFound"),
        "429": ref("responses/TooManyRequests"),
    }
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": [ref(f"parameters/{name}") for name in parameters],
            "responses": responses,
        }
    }


PATHS = {
    f"{API_PREFIX}/vacs/": operation(
        "listVACs",
        "Published answers (by default only active ones).",
        ["q", "doelgroep", "status", "taal", "page", "page_size"],
        "VACList",
    ),
    f"{API_PREFIX}/vacs/{{uuid}}/": operation(
        "getVAC", "One published answer.", ["identifier", "taal"], "VAC"
    ),
    f"{API_PREFIX}/objects/": operation(
        "listObjects",
        "Published answers in the shape of the Objects API, oldest change first.",
        ["type", "taal", "modified__gte", "page", "pageSize"],
        "ObjectList",
    ),
    f"{API_PREFIX}/products/": operation(
        "listProducts",
        "Published products.",
        ["q", "doelgroep", "taal", "page", "page_size"],
        "ProductList",
    ),
    f"{API_PREFIX}/products/{{uuid}}/": operation(
        "getProduct", "One published product.", ["identifier", "taal"], "Product"
    ),
}


def document(server_url: str) -> dict:
    """The OpenAPI document, with the site's own address as the server."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Gemeente Geertruidenberg kennisbank API",
            "version": "1.0.0",
            "description": (
                "Read-only access to the municipality's published questions and answers (VAC) "
                "and products (kennisartikel). Staff-only notes are never included."
            ),
        },
        "servers": [{"url": server_url}],
        "paths": PATHS,
        "components": {"schemas": SCHEMAS, "parameters": PARAMETERS, "responses": RESPONSES},
    }


@api_view
@accepts()
def openapi_document(request):
    """The OpenAPI document as JSON, served like the rest of the API."""
    return json_response(document(server_url=site_root(request).rstrip("/")))
