"""The area tree: villages and the neighbourhoods in them, the same in every language."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from places.models import Area, AreaKind
from tests.neighbourhoods.factories import (
    AreaIndexPageFactory,
    AreaPageFactory,
    neighbourhood_page,
)
from tests.places.factories import AreaFactory, NeighbourhoodFactory

pytestmark = pytest.mark.django_db


def test_a_neighbourhood_lies_in_a_village_and_a_village_in_nothing():
    village = AreaFactory(name="Raamsdonksveer")

    with transaction.atomic(), pytest.raises(IntegrityError):
        AreaFactory(name="Centrum", kind=AreaKind.NEIGHBOURHOOD, parent=None)
    with transaction.atomic(), pytest.raises(IntegrityError):
        AreaFactory(name="Raamsdonk", kind=AreaKind.VILLAGE, parent=village)


def test_a_neighbourhood_cannot_lie_in_another_neighbourhood():
    centrum = NeighbourhoodFactory(name="Centrum")

    with pytest.raises(ValidationError) as refused:
        Area(name="Markt", slug="markt", kind=AreaKind.NEIGHBOURHOOD, parent=centrum).full_clean()

    assert "parent" in refused.value.message_dict


def test_two_areas_cannot_share_a_slug():
    AreaFactory(name="Centrum", slug="centrum")

    with transaction.atomic(), pytest.raises(IntegrityError):
        AreaFactory(name="Centrum", slug="centrum")


def test_a_neighbourhood_is_named_with_its_village():
    centrum = NeighbourhoodFactory(name="Centrum", parent=AreaFactory(name="Raamsdonksveer"))

    assert str(centrum) == "Centrum (Raamsdonksveer)"
    assert centrum.village.name == "Raamsdonksveer"


def test_what_is_about_a_village_includes_its_neighbourhoods_but_not_the_other_way_round():
    village = AreaFactory(name="Raamsdonksveer")
    centrum = NeighbourhoodFactory(name="Centrum", parent=village)
    dombosch = NeighbourhoodFactory(name="Dombosch", parent=village)
    AreaFactory(name="Raamsdonk")

    assert sorted(village.own_area_ids()) == sorted([village.pk, centrum.pk, dombosch.pk])
    assert centrum.own_area_ids() == [centrum.pk]
    assert sorted(centrum.related_area_ids()) == sorted([centrum.pk, village.pk])


def test_the_tree_order_puts_each_village_before_its_neighbourhoods():
    geertruidenberg = AreaFactory(name="Geertruidenberg", sort_order=1)
    raamsdonksveer = AreaFactory(name="Raamsdonksveer", sort_order=2)
    centrum = NeighbourhoodFactory(name="Centrum", parent=raamsdonksveer, sort_order=0)
    vesting = NeighbourhoodFactory(name="Vesting", parent=geertruidenberg, sort_order=0)

    assert Area.objects.in_tree_order() == [geertruidenberg, vesting, raamsdonksveer, centrum]


def test_an_area_finds_its_page_in_the_language_of_the_reader(home, english_home, locales):
    index = AreaIndexPageFactory(parent=home)
    dutch = AreaPageFactory(parent=index, title="Raamsdonksveer", slug="raamsdonksveer")
    english_index = index.copy_for_translation(locales[1])
    english_index.save_revision().publish()
    english = dutch.copy_for_translation(locales[1])
    english.title = "Raamsdonksveer (EN)"
    english.save_revision().publish()

    assert english.area == dutch.area
    with translation.override("en"):
        assert dutch.area.localized.pk == english.pk
    with translation.override("nl"):
        assert dutch.area.localized.pk == dutch.pk


def test_an_area_without_a_published_page_stands_for_itself(home):
    index = AreaIndexPageFactory(parent=home)
    page = AreaPageFactory(parent=index, title="Raamsdonk", slug="raamsdonk")
    lonely = AreaFactory(name="Hooipolder")
    page.unpublish()

    assert page.area.localized == page.area
    assert lonely.localized.title == "Hooipolder"
    assert not getattr(lonely.localized, "live", False)
    assert list(Area.objects.presented()) == []


def test_an_area_has_one_page_per_language(home):
    index = AreaIndexPageFactory(parent=home)
    village = AreaPageFactory(parent=index, title="Raamsdonksveer", slug="raamsdonksveer")
    neighbourhood_page(village, "Centrum", "centrum")
    second = AreaPageFactory.build(title="Nog eens", slug="nog-eens", area=village.area)

    with pytest.raises(ValidationError) as refused:
        index.add_child(instance=second)

    assert "area" in refused.value.message_dict
