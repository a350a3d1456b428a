"""The KCC demo: realistic products and answers in plain Dutch, built idempotently.

The tests read the shared demo site (``demo_site``: ``load_demo`` built once per test process,
each test in its own savepoint), which includes the KCC demo.
"""

import pytest
from wagtail.models import Page, Revision

from core.ownership import ReviewStatus
from governance.models import ReviewSchedule
from home.demo.builder import DemoSiteBuilder
from kcc_content.demo import content
from kcc_content.demo.builder import build_kcc_demo
from kcc_content.models import ProductPage, QuestionAnswer, UniformProductName
from kcc_content.models.answers import MAX_KEYWORDS, MAX_TEAMS, SOCIAL_MAX_LENGTH
from readability import analyse
from readability.content_check import check_object

pytestmark = pytest.mark.django_db


def dutch_products():
    return ProductPage.objects.filter(locale__language_code="nl")


def dutch_answers():
    return QuestionAnswer.objects.filter(locale__language_code="nl")


def snapshot() -> dict:
    """Everything a second run could add to or change."""
    return {
        "pages": {page.pk: page.latest_revision_id for page in Page.objects.all()},
        "answers": {
            answer.pk: answer.latest_revision_id for answer in QuestionAnswer.objects.all()
        },
        "revisions": Revision.objects.count(),
        "product_names": UniformProductName.objects.count(),
        "schedules": ReviewSchedule.objects.count(),
    }


def test_demo_has_live_products_with_a_national_name_and_a_desk_memo(demo_site):
    products = dutch_products().live()

    assert products.count() >= 15
    assert all(product.upl_id and product.kcc_desk_memo for product in products)
    assert all(product.owning_team_id and product.last_reviewed_at for product in products)
    assert all(len(product.intro) <= 300 for product in products)
    assert {product.upl.uri for product in products} <= {p["upl_uri"] for p in content.PRODUCTS}


def test_every_product_sits_in_its_section_with_related_products_and_answers(demo_site):
    for data in content.PRODUCTS:
        product = dutch_products().get(slug=data["slug"])

        assert product.get_parent().slug == data["section"]
        assert {p.slug for p in product.related_products.all()} == set(data["related"])
    assert all(product.related_answers.exists() for product in dutch_products())


def test_demo_has_live_active_answers_with_owners_and_teams(demo_site):
    answers = dutch_answers().filter(live=True, status=QuestionAnswer.Status.ACTIVE)

    assert answers.count() >= 30
    for answer in answers:
        assert answer.owning_team_id and answer.last_reviewed_at, answer.question
        assert 1 <= answer.responsible_teams.count() <= MAX_TEAMS, answer.question
    assert all(answer.related_answers.exists() for answer in answers)


def test_demo_answers_are_current_due_soon_or_overdue(demo_site):
    answers = dutch_answers()

    assert {answer.review_status() for answer in answers} == set(ReviewStatus)
    assert (
        ReviewSchedule.objects.filter(
            content_type__model="questionanswer", object_id__in=[str(a.pk) for a in answers]
        ).count()
        == answers.count()
    )


def test_demo_has_english_products_and_answers_linking_only_english_content(demo_site):
    english_products = ProductPage.objects.filter(locale__language_code="en").live()
    english_answers = QuestionAnswer.objects.filter(locale__language_code="en", live=True)

    assert english_products.count() >= 3
    assert english_answers.count() >= 5
    for item in [*english_products, *english_answers]:
        related = [*item.related_products.all(), *item.related_answers.all()]
        assert all(other.locale.language_code == "en" for other in related), item
    assert english_answers.get(question="I have lost my passport. What should I do?").phone_script


def test_running_the_kcc_demo_twice_creates_and_changes_nothing(demo_site):
    before = snapshot()

    builder = DemoSiteBuilder()
    builder.build()
    build_kcc_demo(builder, builder.ensure_home(), builder.ensure_teams())

    assert snapshot() == before
    assert builder.created == 0


def test_every_dutch_product_and_answer_meets_b1(demo_site):
    failing = [
        (str(obj), check_object(obj).to_dict()["checks"])
        for obj in [*dutch_products(), *dutch_answers()]
        if not check_object(obj).meets_b1
    ]

    assert failing == []


def test_channel_variants_are_plain_dutch_and_never_longer_than_the_answer(demo_site):
    for answer in dutch_answers():
        for variant in (answer.phone_script, answer.email_text, answer.social_text):
            assert variant, answer.question
            assert analyse(variant).meets_b1, variant
            assert len(variant) <= len(answer.plain_answer()), variant


def test_social_texts_and_keywords_stay_within_their_limits(demo_site):
    for answer in QuestionAnswer.objects.all():
        assert len(answer.social_text) <= SOCIAL_MAX_LENGTH, answer.question
        assert 1 <= len(answer.keyword_list()) <= MAX_KEYWORDS, answer.question


def test_the_lost_passport_answer_has_a_phone_script_and_is_found_by_its_keywords(demo_site):
    answer = dutch_answers().get(question="Ik ben mijn paspoort kwijt. Wat moet ik doen?")

    assert answer.live
    assert "paspoort kwijt" in answer.keyword_list()
    assert "Gemeentewinkel" in answer.phone_script
    live_dutch = QuestionAnswer.objects.filter(live=True, locale_id=answer.locale_id)
    assert answer in list(live_dutch.search("paspoort kwijt"))


def test_every_product_page_answers_200(demo_site, client):
    for product in ProductPage.objects.live():
        assert client.get(product.url).status_code == 200, product.url
