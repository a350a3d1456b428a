"""Dutch public holidays, computed for any year."""

from datetime import date

from django.utils import translation

from core.public_holidays import easter_sunday, holiday_name, is_public_holiday, kings_day


def test_easter_for_known_years():
    assert easter_sunday(2024) == date(2024, 3, 31)
    assert easter_sunday(2025) == date(2025, 4, 20)
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2038) == date(2038, 4, 25)


def test_kings_day_moves_to_saturday_when_the_27th_is_a_sunday():
    assert kings_day(2025) == date(2025, 4, 26)
    assert kings_day(2026) == date(2026, 4, 27)


def test_holidays_of_2026():
    for day in [
        date(2026, 1, 1),
        date(2026, 4, 3),
        date(2026, 4, 6),
        date(2026, 4, 27),
        date(2026, 5, 5),
        date(2026, 5, 14),
        date(2026, 5, 25),
        date(2026, 12, 25),
        date(2026, 12, 26),
    ]:
        assert is_public_holiday(day), day
    assert not is_public_holiday(date(2026, 4, 28))


def test_names_are_dutch():
    with translation.override("nl"):
        assert holiday_name(date(2026, 4, 27)) == "Koningsdag"
    assert holiday_name(date(2026, 4, 28)) == ""


def test_extra_and_skipped_days(settings):
    settings.PUBLIC_HOLIDAYS_EXTRA = ["2026-05-15"]
    settings.PUBLIC_HOLIDAYS_SKIP = ["2026-05-05"]
    assert is_public_holiday(date(2026, 5, 15))
    assert not is_public_holiday(date(2026, 5, 5))
