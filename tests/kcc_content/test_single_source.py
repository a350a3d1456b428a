"""One answer, every channel: website, KCC search and API show the same text, and follow edits.
Staff-only text never reaches a public output."""

import json

import pytest
from django.contrib.auth.models import Group

from tests.factories import ContentPageFactory
from tests.kcc_content.kcc_factories import publish_answer, publish_product

pytestmark = pytest.mark.django_db

FIRST = "Meld het verlies bij de gemeente."
SECOND = "Doe eerst aangifte bij de politie."


@pytest.fixture
def setup(home, locales, django_user_model):
    answer = publish_answer(locales[0], answer=f"<p>{FIRST}</p>")
    product = publish_product(home)
    product.related_answers.add(answer)
    product.save_revision().publish()
    page = ContentPageFactory(parent=home, slug="kwijt", title="Kwijt")
    page.body = json.dumps([{"type": "answer", "value": {"answer": answer.pk}}])
    page.save_revision().publish()
    kcc = django_user_model.objects.create_user("kcc", "kcc@example.org", "x")
    kcc.groups.add(Group.objects.get(name="KCC-medewerkers"))
    return answer, product, page, kcc


def outputs(client, kcc, page, answer):
    website = client.get(page.url).content.decode()
    api = client.get(f"/api/kcc/v1/vacs/{answer.translation_key}/").json()["antwoord"]
    client.force_login(kcc)
    kcc_search = client.get("/admin/kennisbank/", {"q": "paspoort kwijt"}).content.decode()
    client.logout()
    return website, api, kcc_search


def test_the_same_text_everywhere_and_edits_reach_all_three(client, setup):
    answer, _, page, kcc = setup

    before = outputs(client, kcc, page, answer)
    answer.answer = f"<p>{SECOND}</p>"
    answer.save_revision().publish()
    after = outputs(client, kcc, page, answer)

    assert all(FIRST in text for text in before)
    assert all(SECOND in text and FIRST not in text for text in after)


def test_staff_only_text_appears_in_no_public_output(client, setup):
    answer, product, page, _ = setup
    public = [
        client.get(page.url).content.decode(),
        client.get(product.url).content.decode(),
        client.get("/zoeken/", {"q": "paspoort"}).content.decode(),
        client.get("/zoeken/", {"q": "spoed overleg datum verlies"}).content.decode(),
        client.get("/api/kcc/v1/vacs/").content.decode(),
        client.get(f"/api/kcc/v1/vacs/{answer.translation_key}/").content.decode(),
        client.get("/api/kcc/v1/products/").content.decode(),
        client.get(f"/api/kcc/v1/products/{product.translation_key}/").content.decode(),
        client.get("/samenwerkende-catalogi.xml").content.decode(),
        client.get("/sitemap.xml").content.decode(),
    ]

    assert not [text for text in public if "GEHEIM" in text]
