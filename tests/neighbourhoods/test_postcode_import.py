"""The CSV import of the postcode mapping: all or nothing, with every bad line and its reason."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from wagtail.models import ModelLogEntry

from neighbourhoods.models import PostcodeArea
from neighbourhoods.postcode_import import (
    MAX_BYTES,
    MAX_ROWS,
    export_rows,
    import_postcodes,
)
from places.models import AreaKind
from tests.places.factories import AreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Error messages in English here; the Dutch ones are checked separately."""
    with translation.override("en"):
        yield


@pytest.fixture
def areas(village, neighbourhood, other_village):
    return {"village": village, "neighbourhood": neighbourhood, "other_village": other_village}


@pytest.fixture
def old_mapping(areas):
    """The mapping before the import: one row that a good file replaces."""
    return PostcodeArea.objects.create(digits="4900", area=areas["other_village"].area)


GOOD = (
    "postcode,letters_from,letters_to,area\n"
    "4941,,,raamsdonksveer\n"
    "4942,AA,KZ,centrum\n"
    "4942,LA,ZZ,raamsdonk\n"
)


def mapping() -> list[tuple]:
    return list(
        PostcodeArea.objects.order_by("digits", "letters_from").values_list(
            "digits", "letters_from", "letters_to", "area__slug"
        )
    )


def with_rows(*lines: str) -> str:
    return "postcode,letters_from,letters_to,area\n" + "".join(f"{line}\n" for line in lines)


# A good file


def test_a_valid_file_replaces_the_whole_mapping(old_mapping):
    result = import_postcodes(GOOD)

    assert result.ok
    assert (result.created, result.replaced) == (3, 1)
    assert mapping() == [
        ("4941", "", "", "raamsdonksveer"),
        ("4942", "AA", "KZ", "centrum"),
        ("4942", "LA", "ZZ", "raamsdonk"),
    ]


def test_the_import_is_in_the_audit_log_with_counts_only(old_mapping, admin_user):
    import_postcodes(GOOD, user=admin_user)

    entry = ModelLogEntry.objects.get(action="neighbourhoods.import_postcodes")
    assert entry.user == admin_user
    assert entry.data == {"created": 3, "replaced": 1}
    assert entry.label == "Postcode mapping"


def test_semicolons_a_byte_order_mark_windows_line_ends_and_lowercase_letters(areas):
    text = (
        "\ufeffPostcode;Letters_From;letters_to;area\r\n"
        "4942;aa;kz;centrum\r\n"
        "\r\n"
        "4941;;;raamsdonksveer\r\n"
    )

    result = import_postcodes(text)

    assert result.ok, result.errors
    assert mapping() == [("4941", "", "", "raamsdonksveer"), ("4942", "AA", "KZ", "centrum")]


def test_columns_in_another_order_and_an_extra_notes_column_are_fine(areas):
    text = "area,notes,postcode,letters_to,letters_from\ncentrum,rond de markt,4942,KZ,AA\n"

    assert import_postcodes(text).ok
    assert mapping() == [("4942", "AA", "KZ", "centrum")]


def test_spaces_around_values_are_ignored(areas):
    assert import_postcodes(with_rows(" 4941 , , , raamsdonksveer ")).ok
    assert mapping() == [("4941", "", "", "raamsdonksveer")]


def test_the_area_can_be_given_by_its_id(areas):
    result = import_postcodes(with_rows(f"4941,,,{areas['neighbourhood'].area.pk}"))

    assert result.ok
    assert PostcodeArea.objects.get().area == areas["neighbourhood"].area


def test_an_area_without_a_page_can_be_mapped(areas):
    """The mapping names areas, not pages: a new neighbourhood may get postcodes before its page."""
    AreaFactory(kind=AreaKind.NEIGHBOURHOOD, parent=areas["village"].area, slug="nieuwbouw")

    result = import_postcodes(with_rows("4943,,,nieuwbouw"))

    assert result.ok, result.errors
    assert PostcodeArea.objects.get().area.slug == "nieuwbouw"


def test_an_english_slug_is_not_an_area(areas, locales):
    english = areas["village"].copy_for_translation(locales[1], copy_parents=True)
    english.slug = "raamsdonksveer-en"
    english.save_revision().publish()

    result = import_postcodes(with_rows("4941,,,raamsdonksveer-en"))

    assert result.errors == [(2, "There is no area with the slug 'raamsdonksveer-en'.")]


# One bad line among good ones: nothing changes


def test_one_bad_line_among_good_ones_changes_nothing(old_mapping):
    before = mapping()
    text = GOOD + "49X1,,,raamsdonk\n"

    result = import_postcodes(text)

    assert not result.ok
    assert result.errors == [(5, "'49X1' is not a postcode. Use four digits, such as 4941.")]
    assert mapping() == before
    assert not ModelLogEntry.objects.filter(action="neighbourhoods.import_postcodes").exists()


def test_every_bad_line_is_listed_in_order(old_mapping):
    text = with_rows(
        "4941,,,raamsdonksveer",
        "0941,,,raamsdonksveer",
        "4942,AA,,centrum",
        "4943,,,nergens",
        "4944,ZZ,AA,centrum",
    )

    result = import_postcodes(text)

    assert [line for line, _message in result.errors] == [3, 4, 5, 6]
    assert result.error_lines()[0].startswith("Line 3: '0941' is not a postcode.")
    assert mapping() == [("4900", "", "", "raamsdonk")]


def test_a_line_with_several_problems_names_each_of_them(areas):
    result = import_postcodes(with_rows("494,A,,nergens"))

    messages = [message for _line, message in result.errors]
    assert messages == [
        "'494' is not a postcode. Use four digits, such as 4941.",
        "'A' are not postcode letters. Use two letters, such as AB.",
        "Fill in both letters_from and letters_to, or leave both empty.",
        "There is no area with the slug 'nergens'.",
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("494,,,raamsdonk", "'494' is not a postcode. Use four digits, such as 4941."),
        ("49411,,,raamsdonk", "'49411' is not a postcode. Use four digits, such as 4941."),
        ("0941,,,raamsdonk", "'0941' is not a postcode. Use four digits, such as 4941."),
        ("４９４１,,,raamsdonk", "'４９４１' is not a postcode. Use four digits, such as 4941."),
        ("4941 AB,,,raamsdonk", "'4941 AB' is not a postcode. Use four digits, such as 4941."),
        (",,,raamsdonk", "'' is not a postcode. Use four digits, such as 4941."),
        ("4941,A1,AZ,raamsdonk", "'A1' are not postcode letters. Use two letters, such as AB."),
        ("4941,AA,AZZ,raamsdonk", "'AZZ' are not postcode letters. Use two letters, such as AB."),
        ("4941,ß,SS,raamsdonk", "'ß' are not postcode letters. Use two letters, such as AB."),
        ("4941,AA,,raamsdonk", "Fill in both letters_from and letters_to, or leave both empty."),
        ("4941,,ZZ,raamsdonk", "Fill in both letters_from and letters_to, or leave both empty."),
        ("4941,LA,KZ,raamsdonk", "letters_from (LA) comes after letters_to (KZ)."),
        ("4941,,,", "The column area is empty. Fill in the slug or id of an area."),
        ("4941,,,nergens", "There is no area with the slug 'nergens'."),
        ("4941,,,999999", "There is no area with id 999999."),
        ("4941,,", "This line has 3 columns; it needs at least 4."),
    ],
)
def test_each_kind_of_bad_line_is_refused_with_its_reason(old_mapping, line, reason):
    result = import_postcodes(with_rows("4950,,,raamsdonk", line))

    assert result.errors == [(3, reason)]
    assert mapping() == [("4900", "", "", "raamsdonk")]


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (
            ["4942,AA,KZ,centrum", "4942,AA,KZ,centrum"],
            "This postcode is already on line 2.",
        ),
        (
            ["4941,,,raamsdonksveer", "4941,,,raamsdonk"],
            "This postcode is already on line 2.",
        ),
        (
            ["4942,AA,KZ,centrum", "4942,KZ,ZZ,raamsdonk"],
            "These letters overlap with line 2 (4942 AA-KZ).",
        ),
        (
            ["4942,AA,ZZ,centrum", "4942,MA,MZ,raamsdonk"],
            "These letters overlap with line 2 (4942 AA-ZZ).",
        ),
        (
            ["4942,,,centrum", "4942,LA,ZZ,raamsdonk"],
            "Postcode 4942 is given as a whole and with letters (line 2). Use one of the two.",
        ),
        (
            ["4942,LA,ZZ,raamsdonk", "4942,,,centrum"],
            "Postcode 4942 is given as a whole and with letters (line 2). Use one of the two.",
        ),
    ],
)
def test_rows_of_one_postcode_may_not_claim_the_same_letters(old_mapping, lines, reason):
    result = import_postcodes(with_rows(*lines))

    assert result.errors == [(3, reason)]
    assert mapping() == [("4900", "", "", "raamsdonk")]


def test_adjacent_ranges_and_other_postcodes_do_not_conflict(areas):
    result = import_postcodes(
        with_rows("4942,AA,KZ,centrum", "4942,LA,ZZ,raamsdonk", "4943,AA,KZ,centrum")
    )

    assert result.ok
    assert result.created == 3


# The file as a whole


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", (0, "The file is empty.")),
        ("\ufeff \n\n", (0, "The file is empty.")),
        (
            "postcode,letters_from,letters_to,area\n",
            (0, "The file has no rows with data."),
        ),
        (
            "4941,,,raamsdonk\n4942,,,centrum\n",
            (
                1,
                "The first line must name the columns postcode, letters_from, letters_to, "
                "area. Missing: postcode, letters_from, letters_to, area.",
            ),
        ),
        (
            "postcode,letters,area\n4941,,raamsdonk\n",
            (
                1,
                "The first line must name the columns postcode, letters_from, letters_to, "
                "area. Missing: letters_from, letters_to.",
            ),
        ),
        (
            "postcode,letters_from,letters_to,area,area\n4941,,,raamsdonk,centrum\n",
            (1, "The first line names a column twice: area."),
        ),
    ],
)
def test_a_file_without_a_proper_header_or_rows_is_refused(old_mapping, text, error):
    result = import_postcodes(text)

    assert result.errors == [error]
    assert mapping() == [("4900", "", "", "raamsdonk")]


def test_a_file_with_more_than_the_maximum_rows_is_refused(old_mapping):
    text = with_rows(*["4941,,,raamsdonk"] * (MAX_ROWS + 1))

    result = import_postcodes(text)

    assert result.errors == [(0, f"The file has more than {MAX_ROWS} rows.")]
    assert mapping() == [("4900", "", "", "raamsdonk")]


def test_the_maximum_number_of_rows_is_allowed(areas):
    lines = [
        f"{1000 + n // 10},{chr(65 + n % 10)}A,{chr(65 + n % 10)}Z,raamsdonk"
        for n in range(MAX_ROWS)
    ]

    result = import_postcodes(with_rows(*lines))

    assert result.ok, result.errors[:3]
    assert PostcodeArea.objects.count() == MAX_ROWS


def test_a_file_over_one_megabyte_is_refused(old_mapping):
    text = GOOD + "#" * MAX_BYTES

    result = import_postcodes(text)

    assert result.errors == [(0, "The file is too large. The limit is 1 MB.")]
    assert mapping() == [("4900", "", "", "raamsdonk")]


def test_uploaded_bytes_must_be_utf8_and_at_most_one_megabyte(old_mapping):
    assert import_postcodes(("\ufeff" + GOOD).encode(), dry_run=True).ok
    assert import_postcodes((GOOD + "4943,,,é\n").encode("latin-1")).errors == [
        (5, "The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.")
    ]
    assert import_postcodes(b"x" * (MAX_BYTES + 1)).errors == [
        (0, "The file is too large. The limit is 1 MB.")
    ]
    assert mapping() == [("4900", "", "", "raamsdonk")]


def test_broken_quoting_is_reported_with_its_line(old_mapping):
    text = with_rows("4941,,,raamsdonk") + '4942,"AA\0,,centrum\n'

    result = import_postcodes(text)

    assert not result.ok
    assert result.errors[0][0] == 3
    assert mapping() == [("4900", "", "", "raamsdonk")]


# Dry run, messages in Dutch, round trip


def test_a_dry_run_checks_and_counts_but_changes_nothing(old_mapping):
    result = import_postcodes(GOOD, dry_run=True)

    assert result.ok
    assert (result.created, result.replaced, result.dry_run) == (3, 1, True)
    assert mapping() == [("4900", "", "", "raamsdonk")]
    assert not ModelLogEntry.objects.filter(action="neighbourhoods.import_postcodes").exists()


def test_errors_are_in_dutch_for_dutch_editors(areas):
    with translation.override("nl"):
        result = import_postcodes(with_rows("4941,LA,KZ,nergens"))
        lines = result.error_lines()

    assert lines == [
        "Regel 2: letters_from (LA) komt na letters_to (KZ).",
        "Regel 2: Er is geen kern of wijk met de slug 'nergens'.",
    ]


def test_the_export_imports_again_unchanged(areas):
    digits_only = AreaFactory(name="Wijk 12", slug="12")
    import_postcodes(
        with_rows(
            "4941,,,raamsdonksveer",
            "4942,AA,KZ,centrum",
            f"4942,LA,ZZ,{digits_only.pk}",
            "4943,,,raamsdonk",
        )
    )
    before = list(
        PostcodeArea.objects.order_by("digits", "letters_from").values_list(
            "digits", "letters_from", "letters_to", "area_id"
        )
    )
    rows = export_rows()
    text = "\n".join(";".join(row) for row in rows)

    result = import_postcodes(text)

    assert result.ok, result.errors
    assert rows[0] == ["postcode", "letters_from", "letters_to", "area"]
    # An area is written as its slug, or as its id when the slug would read as an id.
    assert ["4941", "", "", "raamsdonksveer"] in rows
    assert ["4942", "LA", "ZZ", str(digits_only.pk)] in rows
    after = list(
        PostcodeArea.objects.order_by("digits", "letters_from").values_list(
            "digits", "letters_from", "letters_to", "area_id"
        )
    )
    assert after == before


# The management command


@pytest.fixture
def csv_file(tmp_path):
    def write(text: str, encoding: str = "utf-8"):
        path = tmp_path / "postcodes.csv"
        path.write_bytes(text.encode(encoding))
        return str(path)

    return write


def test_the_command_imports_a_good_file(old_mapping, csv_file, capsys):
    call_command("import_postcode_areas", csv_file(GOOD))

    assert "Imported 3 rows; 1 old rows were replaced." in capsys.readouterr().out
    assert len(mapping()) == 3


def test_the_command_reads_a_file_with_bom_and_semicolons(areas, csv_file):
    call_command("import_postcode_areas", csv_file("\ufeff" + GOOD.replace(",", ";")))

    assert len(mapping()) == 3


def test_the_command_dry_run_changes_nothing(old_mapping, csv_file, capsys):
    call_command("import_postcode_areas", csv_file(GOOD), "--dry-run")

    assert "3 rows would replace the 1 current rows" in capsys.readouterr().out
    assert mapping() == [("4900", "", "", "raamsdonk")]


def test_the_command_fails_with_every_line_error_on_stderr(old_mapping, csv_file, capsys):
    path = csv_file(GOOD + "0941,,,raamsdonk\n4942,AB,AC,centrum\n")

    with pytest.raises(CommandError, match="2 error"):
        call_command("import_postcode_areas", path)

    stderr = capsys.readouterr().err
    assert "Line 5: '0941' is not a postcode." in stderr
    assert "Line 6: These letters overlap with line 3 (4942 AA-KZ)." in stderr
    assert mapping() == [("4900", "", "", "raamsdonk")]


def test_the_command_exits_with_status_1_when_run_as_a_program(csv_file, tmp_path):
    # A header error is found before any query, so an empty database will do; the test
    # database cannot be used from another process.
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    }
    finished = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "import_postcode_areas", csv_file("postcode\n4941\n")],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert finished.returncode == 1
    assert "Line 1: The first line must name the columns" in finished.stderr
    assert "Missing: letters_from, letters_to, area." in finished.stderr


def test_the_command_refuses_a_file_that_is_not_utf8(old_mapping, csv_file):
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_postcode_areas", csv_file(GOOD + "4943,,,é\n", "latin-1"))


def test_the_command_reports_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("import_postcode_areas", str(tmp_path / "missing.csv"))
