"""Product pages, embedded answers and the KCC's Kennisbank: one text, every channel."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

from kcc_content.models import AnswerFeedback, AnswerUsage
from tests.factories import ContentPageFactory
from tests.kcc_content.kcc_factories import publish_answer, publish_product
from tests.kcc_content.norm_factories import add_months_of_results, make_norm

pytestmark = pytest.mark.django_db


@pytest.fixture
def kcc_user(django_user_model):
    user = django_user_model.objects.create_user("kcc", "kcc@example.org", "wachtwoord-123")
    user.groups.add(Group.objects.get(name="KCC-medewerkers"))
    return user


@pytest.fixture
def answer(locales):
    return publish_answer(locales[0])


def test_a_product_page_shows_its_sections_in_fixed_order_with_a_table_of_contents(
    client, home, answer
):
    product = publish_product(home)
    product.related_answers.add(answer)
    product.save_revision().publish()

    html = client.get(product.url).content.decode()

    assert html.index('id="introduction"') < html.index('id="procedure"') < html.index('id="costs"')
    assert 'href="#procedure"' in html
    assert "Ik ben mijn paspoort kwijt" in html
    assert "GEHEIM" not in html


def test_an_embedded_answer_shows_the_kcc_text_and_follows_its_edits(client, home, answer):
    page = ContentPageFactory(parent=home, slug="info", title="Info")
    page.body = json.dumps([{"type": "answer", "value": {"answer": answer.pk}}])
    page.save_revision().publish()

    before = client.get(page.url).content.decode()
    answer.answer = "<p>Doe direct aangifte bij de politie.</p>"
    answer.save_revision().publish()
    after = client.get(page.url).content.decode()

    assert "Meld het verlies bij de gemeente" in before
    assert "Doe direct aangifte bij de politie" in after
    assert "GEHEIM" not in before + after


def test_an_inactive_or_unpublished_answer_is_not_embedded(client, home, answer):
    page = ContentPageFactory(parent=home, slug="info", title="Info")
    page.body = json.dumps([{"type": "answer", "value": {"answer": answer.pk}}])
    page.save_revision().publish()
    answer.status = "niet-actief"
    answer.save_revision().publish()

    assert "Meld het verlies" not in client.get(page.url).content.decode()


def test_anonymous_site_search_never_shows_desk_memos(client, home):
    publish_product(home)

    html = client.get("/zoeken/", {"q": "paspoort"}).content.decode()

    assert "Paspoort" in html
    assert "GEHEIM" not in html
    assert "GEHEIM" not in client.get("/zoeken/", {"q": "spoed overleg"}).content.decode()


def test_kcc_staff_find_an_answer_with_its_channels_and_handling(client, kcc_user, home, answer):
    publish_product(
        home, kcc_handling="callback", kcc_team=Group.objects.create(name="Burgerzaken")
    )
    client.force_login(kcc_user)

    html = client.get("/admin/kennisbank/", {"q": "paspoort kwijt"}).content.decode()

    assert "Ik ben mijn paspoort kwijt" in html
    assert "Zeg: meld het verlies en maak een afspraak." in html  # phone script
    assert "Meld het verlies bij de gemeente" in html  # web text = canonical answer
    assert "GEHEIM-UITLEG" in html  # staff see the KCC explanation
    assert "Burgerzaken" in html


def test_copying_logs_one_anonymous_use(client, kcc_user, answer):
    client.force_login(kcc_user)

    ok = client.post(f"/admin/kennisbank/answers/{answer.pk}/use/", {"channel": "phone"})
    bad = client.post(f"/admin/kennisbank/answers/{answer.pk}/use/", {"channel": "fax"})

    assert ok.status_code == 200 and bad.status_code == 400
    usage = AnswerUsage.objects.get()
    assert (usage.answer, usage.channel) == (answer, "phone")
    assert {f.name for f in AnswerUsage._meta.get_fields()} == {
        "id",
        "answer",
        "channel",
        "used_at",
    }


def test_feedback_is_stored_and_the_owner_is_told(client, kcc_user, answer, django_user_model):
    team = Group.objects.create(name="Team Burgerzaken")
    owner = django_user_model.objects.create_user("eigenaar", "eigenaar@example.org", "x")
    owner.groups.add(team)
    answer.owning_team = team
    answer.save()
    client.force_login(kcc_user)

    response = client.post(
        f"/admin/kennisbank/answers/{answer.pk}/feedback/",
        {"message": "De prijs klopt niet meer.", "return_query": "q=paspoort"},
    )

    assert response.status_code == 302
    assert AnswerFeedback.objects.get().message == "De prijs klopt niet meer."
    assert mail.outbox[0].to == ["eigenaar@example.org"]


@pytest.mark.parametrize("message", ["", "   ", "x" * 2001])
def test_empty_or_huge_feedback_is_refused(client, kcc_user, answer, message):
    client.force_login(kcc_user)

    client.post(f"/admin/kennisbank/answers/{answer.pk}/feedback/", {"message": message})

    assert not AnswerFeedback.objects.exists()


def test_people_without_kcc_access_cannot_use_the_kennisbank(answer, django_user_model):
    user = django_user_model.objects.create_user("ander", "a@example.org", "x")
    user.groups.add(Group.objects.get(name="Contentcoördinatoren"))
    client = Client()
    client.force_login(user)

    assert client.get("/admin/kennisbank/", {"q": "paspoort"}).status_code in (302, 403)
    client.post(f"/admin/kennisbank/answers/{answer.pk}/use/", {"channel": "phone"})
    assert not AnswerUsage.objects.exists()


def test_owners_see_usage_counts_in_the_answer_listing(admin_client, answer):
    AnswerUsage.objects.create(answer=answer, channel="phone")
    AnswerUsage.objects.create(answer=answer, channel="email")

    html = admin_client.get("/admin/snippets/kcc_content/questionanswer/").content.decode()

    assert "Gebruikt door het KCC (30 dagen)" in html or "Used by the KCC (30 days)" in html
    assert ">2<" in html.replace(" ", "").replace("\n", "")


def test_an_answer_has_at_most_ten_keywords_and_five_teams(locales):
    from django.core.exceptions import ValidationError
    from wagtail.admin.panels import get_edit_handler
    from wagtail.test.utils.form_data import rich_text

    from kcc_content.models import QuestionAnswer

    answer = QuestionAnswer(
        question="Vraag",
        answer="<p>Antwoord.</p>",
        locale=locales[0],
        keywords=", ".join(f"woord{n}" for n in range(11)),
    )
    with pytest.raises(ValidationError, match="10"):
        answer.clean()

    teams = [Group.objects.create(name=f"Team {n}") for n in range(6)]
    form_class = get_edit_handler(QuestionAnswer).get_form_class()
    form = form_class(
        instance=QuestionAnswer(locale=locales[0]),
        data={
            "question": "Vraag",
            "answer": rich_text("<p>Antwoord.</p>"),
            "status": "actief",
            "audience": "residents",
            "responsible_teams": [team.pk for team in teams],
        },
    )
    form.is_valid()
    assert "responsible_teams" in form.errors


def test_the_product_page_and_the_kennisbank_show_the_handling_time_norm(
    client, home, kcc_user, locales
):
    norm = make_norm(
        locales[0],
        code="paspoort",
        promise="U krijgt uw paspoort binnen 6 werkdagen.",
        channel="product",
        target_value=6,
        target_share=95,
    )
    add_months_of_results(norm, [97.5])
    publish_product(home, service_norm=norm)

    public = client.get("/paspoort/").content.decode()
    client.force_login(kcc_user)
    kcc = client.get("/admin/kennisbank/", {"q": "paspoort"}).content.decode()

    assert "binnen 6 werkdagen" in public and "binnen 6 werkdagen" in kcc
    assert "97,5\u00a0%" in public and "97,5\u00a0%" in kcc


@pytest.mark.parametrize(
    "query",
    ["", "x" * 5000, "'; DROP TABLE kcc_content_questionanswer; --", '" OR 1=1', "\x00🙂", "<b>"],
)
def test_odd_kennisbank_queries_return_a_normal_page(client, kcc_user, answer, query):
    client.force_login(kcc_user)

    response = client.get("/admin/kennisbank/", {"q": query})

    assert response.status_code == 200
    assert 'value="<b>"' not in response.content.decode()
