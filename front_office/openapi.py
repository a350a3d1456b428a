"""The OpenAPI 3.0 description of the Klantinteracties export (``front_office.api``).

Built from the same constants as the views; the tests validate the document and check every
response against its schema. The schema helpers come from the knowledge-base API's description
(``kcc_content.openapi``); null values use OpenAPI 3.0's ``nullable``.
"""

from front_office.api import KANAAL, PAGE_PARAMETERS, PERMISSION, TASK_STATUSES, export_view
from front_office.models.contacts import ContactOutcome
from kcc_content.api import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, accepts, json_response, site_root
from kcc_content.openapi import PAGE_NUMBER, json_content, obj, query, ref

API_PREFIX = "/api/klantinteracties/v1"

STRING = {"type": "string"}
URL = {"type": "string", "format": "uri"}
UUID = {"type": "string", "format": "uuid"}
DATE_TIME = {"type": "string", "format": "date-time"}


def nullable(schema: dict) -> dict:
    """``schema`` or null (OpenAPI 3.0)."""
    return {**schema, "nullable": True}


SCHEMAS = {
    "Error": obj(
        {
            "error": {"type": "string", "description": "What is wrong, in English."},
            "parameter": nullable({"type": "string", "description": "The parameter at fault."}),
        }
    ),
    "Reference": obj({"uuid": UUID, "url": URL}, "The uuid and address of another object."),
    "Klantcontact": obj(
        {
            "uuid": UUID,
            "url": URL,
            "nummer": STRING,
            "kanaal": {"type": "string", "enum": list(KANAAL.values())},
            "onderwerp": {
                "type": "string",
                "description": "Title of the first answer or product used; may be empty.",
            },
            "inhoud": {"type": "string", "description": "Always empty: notes stay internal."},
            "indicatieContactGelukt": {"type": "boolean"},
            "taal": {"type": "string", "enum": ["nld"]},
            "vertrouwelijk": {"type": "boolean"},
            "plaatsgevondenOp": DATE_TIME,
            "uitkomst": {"type": "string", "enum": list(ContactOutcome.values)},
        },
        "A registered contact of the contact centre.",
    ),
    "Internetaak": obj(
        {
            "uuid": UUID,
            "url": URL,
            "nummer": {"type": "string", "description": "The reference, e.g. TB-2026-00042."},
            "gevraagdeHandeling": {"type": "string", "description": "The subject."},
            "aanleidinggevendKlantcontact": nullable(
                {
                    "allOf": [ref("schemas/Reference")],
                    "description": (
                        "The contact the request came from. Open Klant requires it; requests "
                        "from website forms have none, so it is null for them."
                    ),
                }
            ),
            "toegewezenAanActor": ref("schemas/Reference"),
            "toelichting": {
                "type": "string",
                "description": "Always empty: the resident's question is personal.",
            },
            "status": {"type": "string", "enum": list(TASK_STATUSES)},
            "toegewezenOp": DATE_TIME,
            "afgehandeldOp": nullable(DATE_TIME),
        },
        "A callback or contact request.",
    ),
    "Actoridentificator": obj(
        {
            "objectId": STRING,
            "codeObjecttype": {"type": "string", "enum": ["groep"]},
            "codeRegister": {"type": "string", "enum": ["site"]},
            "codeSoortObjectId": {"type": "string", "enum": ["pk"]},
        }
    ),
    "Actor": obj(
        {
            "uuid": UUID,
            "url": URL,
            "naam": STRING,
            "soortActor": {"type": "string", "enum": ["organisatorische_eenheid"]},
            "indicatieActief": {"type": "boolean"},
            "actoridentificator": ref("schemas/Actoridentificator"),
        },
        "A handling team.",
    ),
}


def page_of(schema_name: str) -> dict:
    """One page of a list: the total count, links to the pages around it and its items."""
    return obj(
        {
            "count": {"type": "integer", "minimum": 0},
            "next": nullable(URL),
            "previous": nullable(URL),
            "results": {"type": "array", "items": ref(f"schemas/{schema_name}")},
        }
    )


for _name in ("Klantcontact", "Internetaak", "Actor"):
    SCHEMAS[f"{_name}List"] = page_of(_name)

PARAMETERS = {
    "page": query("page", PAGE_NUMBER, "Page number."),
    "page_size": query(
        "page_size",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
        "Items per page.",
    ),
}


def error(description: str) -> dict:
    return {"description": description, "content": json_content("Error")}


def operation(operation_id: str, summary: str, schema_name: str) -> dict:
    """A GET list operation with the responses every endpoint shares."""
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": [ref(f"parameters/{name}") for name in PAGE_PARAMETERS],
            "responses": {
                "200": {
                    "description": "OK. Never stored by caches (Cache-Control: private, no-store).",
                    "content": json_content(schema_name),
                },
                "400": error("An unknown or invalid parameter."),
                "403": error(f"Not logged in, or without the permission {PERMISSION}."),
                "404": error("No such page."),
                "405": error("Only GET and HEAD are allowed."),
            },
        }
    }


PATHS = {
    f"{API_PREFIX}/klantcontacten/": operation(
        "listKlantcontacten", "Registered contacts, newest first.", "KlantcontactList"
    ),
    f"{API_PREFIX}/internetaken/": operation(
        "listInternetaken", "Callback and contact requests, newest first.", "InternetaakList"
    ),
    f"{API_PREFIX}/actoren/": operation("listActoren", "Handling teams.", "ActorList"),
}


def document(server_url: str) -> dict:
    """The OpenAPI document, with the site's own address as the server."""
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Gemeente Geertruidenberg Klantinteracties export",
            "version": "1.0.0",
            "description": (
                "Read-only export of the contact centre's contacts, requests and teams in the "
                f"shape of the Klantinteracties API. Session login with {PERMISSION} required. "
                "Notes, questions and contact details are never included."
            ),
        },
        "servers": [{"url": server_url}],
        "paths": PATHS,
        "components": {"schemas": SCHEMAS, "parameters": PARAMETERS},
    }


@export_view
@accepts()
def openapi_document(request):
    """The OpenAPI document as JSON, behind the same login as the export."""
    return json_response(document(server_url=site_root(request).rstrip("/")))
