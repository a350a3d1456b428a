"""The Objects-API-shaped endpoint: VAC records, paging, and the ``modified__gte`` sync filter."""

import datetime

import pytest
from django.utils import timezone

from kcc_content.models import QuestionAnswer

OBJECTS = "/api/kcc/v1/objects/"


def test_objects_are_paged_records_of_vacs(client, demo_site):
    data = client.get(OBJECTS, {"type": "vac", "pageSize": 5}).json()
    assert data["count"] >= 30
    assert len(data["results"]) == 5
    assert data["previous"] is None
    assert "page=2" in data["next"]
    record = data["results"][0]["record"]
    assert set(record) >= {"index", "typeVersion", "data", "geometry", "startAt", "endAt"}
    assert record["geometry"] is None
    assert record["data"]["vraag"]
    second = client.get(data["next"]).json()
    assert second["previous"]
    assert {r["uuid"] for r in second["results"]}.isdisjoint(r["uuid"] for r in data["results"])


def test_modified_gte_returns_only_what_changed(client, demo_site):
    later = timezone.now() + datetime.timedelta(days=3650)
    changed = QuestionAnswer.objects.filter(live=True, status="actief").first()
    QuestionAnswer.objects.filter(pk=changed.pk).update(last_published_at=later)
    data = client.get(OBJECTS, {"type": "vac", "modified__gte": later.isoformat()}).json()
    assert [r["record"]["data"]["vraag"] for r in data["results"]] == [changed.question]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"type": "product"},
        {"type": "vac", "modified__gte": "gisteren"},
        {"type": "vac", "x": "1"},
    ],
)
def test_bad_object_queries_get_a_json_400(client, home, query):
    response = client.get(OBJECTS, query)
    assert response.status_code == 400
    assert response.json()["error"]
