"""The knowledge-base API's OpenAPI document is a valid OpenAPI 3.1 description."""

from openapi_spec_validator import validate


def test_the_openapi_document_validates(client, home):
    validate(client.get("/api/kcc/v1/openapi.json").json())
