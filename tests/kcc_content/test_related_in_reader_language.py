"""A product page shows its related answers and products in the reader's language.

The translations are now read for all related items at once (``core.translated_lists``); what
residents see is as before: the published translation where there is one, else the Dutch item.
"""

import pytest
from django.utils import translation

from kcc_content.models import ProductPage
from tests.kcc_content.kcc_factories import publish_answer, publish_product

pytestmark = pytest.mark.django_db


def translate(item, locale, publish=True, **fields):
    """A translation of an answer or a product page, published or a draft."""
    copy = item.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.live = publish
    copy.save()
    revision = copy.save_revision()
    if publish:
        revision.publish()
    return copy


def test_the_english_product_shows_translated_related_items_in_english_and_the_rest_in_dutch(
    home, english_home, locales
):
    product = publish_product(home, title="Paspoort", slug="paspoort")
    translated = publish_answer(locales[0], question="Hoe lang is mijn paspoort geldig?")
    translate(translated, locales[1], question="How long is my passport valid?")
    untranslated = publish_answer(locales[0], question="Kan ik mijn paspoort ophalen?")
    draft_only = publish_answer(locales[0], question="Wat kost een paspoort?")
    translate(draft_only, locales[1], publish=False, question="What does a passport cost?")
    id_card = publish_product(home, title="ID-kaart", slug="id-kaart")
    translate(id_card, locales[1], title="ID card", slug="id-card")
    driving_licence = publish_product(home, title="Rijbewijs", slug="rijbewijs")
    for related in (translated, untranslated, draft_only):
        product.related_answers.add(related)
    product.related_products.add(id_card, driving_licence)
    product.save_revision().publish()
    english = translate(product, locales[1], title="Passport", slug="passport")
    english.related_answers.set([translated, untranslated, draft_only])
    english.related_products.set([id_card, driving_licence])
    english.save_revision().publish()
    english = ProductPage.objects.get(pk=english.pk)

    with translation.override("en"):
        questions = [answer.question for answer in english.public_related_answers()]
        products = [page.title for page in english.public_related_products()]

    assert sorted(questions) == [
        "How long is my passport valid?",
        "Kan ik mijn paspoort ophalen?",
        "Wat kost een paspoort?",
    ]
    assert sorted(products) == ["ID card", "Rijbewijs"]
