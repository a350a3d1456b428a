"""Every VAC record of the demo follows the community VAC object type kept in the repository."""

import json
from pathlib import Path

import jsonschema
import pytest

import kcc_content

SCHEMA = json.loads(
    (Path(kcc_content.__file__).parent / "schemas" / "vac-schema.json").read_text("utf-8")
)
VACS = "/api/kcc/v1/vacs/"


def all_records(client) -> list[dict]:
    """Every published answer of the demo, all statuses, over every page."""
    records = []
    for status in ("actief", "non-actief", "te-verwijderen"):
        url = f"{VACS}?status={status}&page_size=100"
        while url:
            response = client.get(url)
            assert response.status_code == 200, response.content
            data = response.json()
            records += data["results"]
            url = data["next"]
    return records


def test_the_kept_schema_is_a_valid_json_schema():
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_every_demo_vac_record_validates_against_the_vac_object_type(client, demo_site):
    records = all_records(client)
    assert len(records) >= 30
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = {
        record["vraag"]: [error.message for error in validator.iter_errors(record)]
        for record in records
    }
    assert {question: found for question, found in errors.items() if found} == {}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_methods_the_api_does_not_serve_get_a_json_405_not_the_csrf_page(method, home):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)(VACS)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["error"]


def test_the_query_method_gets_a_json_405(client, home):
    response = client.generic("QUERY", VACS)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"onbekend": "1"}, "onbekend"),
        ({"q": "a" * 201}, "q"),
        ({"taal": ""}, "taal"),
        ({"doelgroep": ""}, "doelgroep"),
        ({"page": ""}, "page"),
    ],
)
def test_parameters_outside_the_openapi_description_get_a_json_400(client, home, query, parameter):
    response = client.get(VACS, query)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


def test_a_detail_and_the_openapi_document_refuse_unknown_parameters(client, home):
    assert client.get("/api/kcc/v1/openapi.json", {"x": "1"}).status_code == 400
    assert client.get(f"{VACS}1/", {"page": "1"}).status_code == 400
