"""The Klantinteracties export: who may read it, the shapes it returns and its OpenAPI document."""

import datetime

import jsonschema
import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse
from openapi_spec_validator import validate

from front_office.models import ContactMoment, ContactRequest, HandlingTeam, RequestStatus
from front_office.openapi import document

NOW = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)
LISTS = {
    "klantinteracties_klantcontacten": "KlantcontactList",
    "klantinteracties_internetaken": "InternetaakList",
    "klantinteracties_actoren": "ActorList",
}


@pytest.fixture
def data(db):
    team = HandlingTeam.objects.create(group=Group.objects.create(name="Team Burgerzaken"))
    contact = ContactMoment.objects.create(
        registered_at=NOW, channel="phone", outcome="callback", team=team, note="Belt terug"
    )
    common = {
        "team": team,
        "question": "Mijn paspoort is kwijt, wat nu?",
        "kind": "callback",
        "created_at": NOW,
        "due_at": NOW + datetime.timedelta(days=2),
    }
    from_contact = ContactRequest.objects.create(
        reference="TB-2026-00001",
        subject="Paspoort kwijt",
        source="kcc",
        contact=contact,
        **common,
    )
    from_website = ContactRequest.objects.create(
        reference="CV-2026-00002",
        subject="Rijbewijs",
        source="website",
        status=RequestStatus.CLOSED,
        closed_at=NOW + datetime.timedelta(hours=3),
        **common,
    )
    return {"team": team, "contact": contact, "tasks": [from_contact, from_website]}


@pytest.fixture
def reader(db):
    user = User.objects.create_user("lezer", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_contactrequest"))
    return user


def openapi_3_0_to_json_schema(schema):
    """OpenAPI 3.0's ``nullable`` as JSON Schema: the schema or null."""
    if isinstance(schema, list):
        return [openapi_3_0_to_json_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {key: openapi_3_0_to_json_schema(value) for key, value in schema.items()}
    if converted.pop("nullable", False):
        return {"anyOf": [converted, {"type": "null"}]}
    return converted


def assert_matches(body: dict, schema_name: str) -> None:
    spec = openapi_3_0_to_json_schema(document("http://testserver"))
    schema = {**spec["components"]["schemas"][schema_name], "components": spec["components"]}
    jsonschema.validate(body, schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", [*LISTS, "klantinteracties_openapi"])
def test_anonymous_visitors_get_a_json_403(client, data, url_name):
    response = client.get(reverse(url_name))

    assert response.status_code == 403
    assert response.json()["error"]
    assert_matches(response.json(), "Error")
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_staff_without_the_permission_get_a_403(client, data):
    client.force_login(User.objects.create_user("medewerker", is_staff=True))

    response = client.get(reverse("klantinteracties_klantcontacten"))

    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", LISTS)
def test_every_list_matches_its_schema_and_is_never_stored(client, data, reader, url_name):
    client.force_login(reader)

    response = client.get(reverse(url_name))

    assert response.status_code == 200
    assert response["Cache-Control"] in ("private, no-store", "no-store, private")
    assert_matches(response.json(), LISTS[url_name])


@pytest.mark.django_db
def test_the_shapes_carry_nothing_personal(client, data, reader):
    client.force_login(reader)

    contact = client.get(reverse("klantinteracties_klantcontacten")).json()["results"][0]
    tasks = client.get(reverse("klantinteracties_internetaken")).json()["results"]
    actor = client.get(reverse("klantinteracties_actoren")).json()["results"][0]

    assert contact["nummer"] == str(data["contact"].pk)
    assert contact["kanaal"] == "telefoon"
    assert contact["inhoud"] == ""
    assert contact["uitkomst"] == "callback"
    assert contact["plaatsgevondenOp"] == NOW.isoformat()
    by_number = {task["nummer"]: task for task in tasks}
    from_contact, from_website = by_number["TB-2026-00001"], by_number["CV-2026-00002"]
    assert from_contact["aanleidinggevendKlantcontact"]["uuid"] == contact["uuid"]
    assert from_contact["status"] == "te_verwerken"
    assert from_contact["afgehandeldOp"] is None
    assert from_contact["toelichting"] == ""
    assert from_website["aanleidinggevendKlantcontact"] is None
    assert from_website["status"] == "verwerkt"
    assert from_website["toegewezenAanActor"]["uuid"] == actor["uuid"]
    assert actor["naam"] == "Team Burgerzaken"
    assert actor["actoridentificator"]["objectId"] == str(data["team"].group_id)
    assert "paspoort is kwijt" not in str(tasks)


@pytest.mark.django_db
def test_post_is_refused_with_a_json_405(client, reader):
    client.force_login(reader)

    response = client.post(reverse("klantinteracties_internetaken"))

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert_matches(response.json(), "Error")


@pytest.mark.django_db
def test_an_unknown_parameter_is_a_400(client, reader):
    client.force_login(reader)

    response = client.get(reverse("klantinteracties_actoren"), {"naam": "x"})

    assert response.status_code == 400
    assert response.json()["parameter"] == "naam"


@pytest.mark.django_db
def test_the_openapi_document_is_valid_and_served(client, reader):
    validate(document("http://testserver"))
    client.force_login(reader)

    response = client.get(reverse("klantinteracties_openapi"))

    assert response.status_code == 200
    assert set(response.json()["paths"]) == {
        "/api/klantinteracties/v1/klantcontacten/",
        "/api/klantinteracties/v1/internetaken/",
        "/api/klantinteracties/v1/actoren/",
    }
