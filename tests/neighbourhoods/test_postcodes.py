"""The postcode lookup: from what a resident types to one area page, a choice, or a message."""

import pytest
from django.utils import translation

from neighbourhoods.models import PostcodeArea
from neighbourhoods.postcodes import (
    LookupOutcome,
    MalformedPostcode,
    letter_ranges_conflict,
    lookup,
    normalise_postcode,
)
from tests.neighbourhoods.factories import neighbourhood_page

# Reading what residents type


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4941AB", ("4941", "AB")),
        ("4941 AB", ("4941", "AB")),
        ("4941 ab", ("4941", "AB")),
        ("4941aB", ("4941", "AB")),
        (" 4941 AB ", ("4941", "AB")),
        (" 4941 ", ("4941", "")),
        ("4941", ("4941", "")),
        ("9999 ZZ", ("9999", "ZZ")),
        ("1000AA", ("1000", "AA")),
    ],
)
def test_valid_postcodes_are_normalised(typed, expected):
    assert normalise_postcode(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "494",
        "49411",
        "ABCD",
        "4941 A",
        "4941 ABC",
        "0941 AB",
        "4941  AB",
        "4941-AB",
        "AB 4941",
        "4941 A1",
        "４９４１ AB",  # full-width digits
        "4941 ß",  # "ß".upper() would be "SS"
        "4941 ıI",
        "4" * 100,
        None,
    ],
)
def test_anything_else_is_refused(typed):
    with pytest.raises(MalformedPostcode):
        normalise_postcode(typed)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        (("", ""), ("", ""), True),
        (("", ""), ("AA", "KZ"), True),
        (("AA", "KZ"), ("LA", "ZZ"), False),
        (("AA", "KZ"), ("KZ", "ZZ"), True),
        (("LA", "ZZ"), ("AA", "LA"), True),
        (("AA", "AA"), ("AB", "AB"), False),
        (("AA", "ZZ"), ("MM", "MN"), True),
    ],
)
def test_letter_ranges_conflict_when_they_share_letters(first, second, conflict):
    assert letter_ranges_conflict(first, second) is conflict
    assert letter_ranges_conflict(second, first) is conflict


# Looking up


@pytest.fixture
def mapping(village, neighbourhood, other_village):
    """4941 is all Raamsdonksveer; 4942 is split between Centrum (AA-KZ) and Raamsdonk (LA-ZZ)."""
    PostcodeArea.objects.create(digits="4941", area=village.area)
    PostcodeArea.objects.create(
        digits="4942", letters_from="AA", letters_to="KZ", area=neighbourhood.area
    )
    PostcodeArea.objects.create(
        digits="4942", letters_from="LA", letters_to="ZZ", area=other_village.area
    )
    return {"village": village, "neighbourhood": neighbourhood, "other_village": other_village}


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["4941 AB", "4941ab", " 4941 ", "4941", "4941 ZZ"])
def test_a_whole_postcode_finds_its_area_with_or_without_letters(mapping, typed):
    result = lookup(typed)

    assert result.outcome == LookupOutcome.FOUND
    assert result.found
    assert result.area == mapping["village"]
    assert result.message == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "area"),
    [
        ("4942 AA", "neighbourhood"),
        ("4942 DF", "neighbourhood"),
        ("4942kz", "neighbourhood"),
        ("4942 LA", "other_village"),
        ("4942 ZZ", "other_village"),
    ],
)
def test_the_letters_decide_a_split_postcode_including_the_range_bounds(mapping, typed, area):
    result = lookup(typed)

    assert result.outcome == LookupOutcome.FOUND
    assert result.area == mapping[area]
    assert result.postcode == f"4942 {typed[-2:].upper()}"


@pytest.mark.django_db
def test_a_split_postcode_without_letters_asks_for_them_and_offers_both_areas(mapping):
    result = lookup("4942")

    assert result.outcome == LookupOutcome.NEEDS_LETTERS
    assert result.area is None
    assert result.candidates == [mapping["neighbourhood"], mapping["other_village"]]
    with translation.override("nl"):
        assert result.message == "Deze postcode ligt in twee wijken. Vul ook de twee letters in."


@pytest.mark.django_db
def test_a_postcode_split_over_three_areas_says_more_than_two(mapping, village):
    third = neighbourhood_page(village, "Oost", "oost")
    PostcodeArea.objects.filter(digits="4942", letters_from="LA").update(letters_to="PZ")
    PostcodeArea.objects.create(digits="4942", letters_from="RA", letters_to="ZZ", area=third.area)

    result = lookup("4942")

    assert result.outcome == LookupOutcome.NEEDS_LETTERS
    assert len(result.candidates) == 3
    with translation.override("nl"):
        assert "meer dan twee wijken" in result.message


@pytest.mark.django_db
def test_letter_rows_of_one_area_need_no_letters(village):
    PostcodeArea.objects.create(
        digits="4943", letters_from="AA", letters_to="KZ", area=village.area
    )
    PostcodeArea.objects.create(
        digits="4943", letters_from="LA", letters_to="ZZ", area=village.area
    )

    result = lookup("4943")

    assert result.outcome == LookupOutcome.FOUND
    assert result.area == village


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["1234 AB", "5000", "4943 AA"])
def test_a_valid_postcode_outside_the_municipality_is_unknown(mapping, typed):
    result = lookup(typed)

    assert result.outcome == LookupOutcome.UNKNOWN
    with translation.override("nl"):
        assert result.message == "Deze postcode hoort niet bij de gemeente Geertruidenberg."


@pytest.mark.django_db
def test_letters_outside_every_range_of_a_postcode_are_unknown(village):
    PostcodeArea.objects.create(
        digits="4944", letters_from="AA", letters_to="KZ", area=village.area
    )

    assert lookup("4944 LA").outcome == LookupOutcome.UNKNOWN
    assert lookup("4944 KZ").area == village


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["494", "ABCD", "4941 A", "0941 AB", "x" * 100, ""])
def test_malformed_input_gets_the_example_in_dutch(mapping, typed):
    result = lookup(typed)

    assert result.outcome == LookupOutcome.MALFORMED
    assert result.area is None
    with translation.override("nl"):
        assert result.message == "Vul een postcode in zoals 4941 AB."
    with translation.override("en"):
        assert result.message == "Fill in a postcode such as 4941 AB."


@pytest.mark.django_db
def test_an_unpublished_area_is_ignored(mapping):
    mapping["neighbourhood"].unpublish()

    assert lookup("4942 AB").outcome == LookupOutcome.UNKNOWN
    result = lookup("4942")
    assert result.outcome == LookupOutcome.FOUND
    assert result.area == mapping["other_village"]


@pytest.mark.django_db
def test_a_private_area_is_ignored(mapping):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=mapping["village"], restriction_type=PageViewRestriction.LOGIN
    )

    # The neighbourhood under the village is private too.
    assert lookup("4941").outcome == LookupOutcome.UNKNOWN
    assert lookup("4942 AB").outcome == LookupOutcome.UNKNOWN
    assert lookup("4942 LB").area == mapping["other_village"]


@pytest.mark.django_db
def test_the_area_comes_in_the_language_of_the_request_when_translated(mapping, locales):
    village = mapping["village"]
    english = village.copy_for_translation(locales[1], copy_parents=True)
    english.save_revision().publish()

    with translation.override("en"):
        assert lookup("4941 AB").area == english
        # Not translated: the Dutch page.
        assert lookup("4942 LB").area == mapping["other_village"]
    with translation.override("nl"):
        assert lookup("4941 AB").area == village
    assert lookup("4941 AB", locale=locales[1]).area == english


@pytest.mark.django_db
def test_a_draft_translation_is_not_used(mapping, locales):
    village = mapping["village"]
    english = village.copy_for_translation(locales[1], copy_parents=True)
    english.save_revision()

    with translation.override("en"):
        assert lookup("4941").area == village
