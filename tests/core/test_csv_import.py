"""The CSV import toolkit that every import of the site reads and writes through."""

import io

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from core.csv_import import (
    FileRefused,
    ImportProblem,
    LineProblems,
    read_csv,
    too_large,
    write_all_or_nothing,
)

COLUMNS = {
    "name": ("naam", "name"),
    "count": ("aantal", "count"),
    "note": ("toelichting", "extra note"),
}
REQUIRED = ("name", "count")
LIMIT = 10_000


def read(content, **options):
    options = {"columns": COLUMNS, "required": REQUIRED, "max_bytes": LIMIT, **options}
    return read_csv(content, **options)


def refusal(content, **options) -> ImportProblem:
    with pytest.raises(FileRefused) as refused:
        read(content, **options)
    return refused.value.problem


def test_rows_come_by_column_name_with_the_line_they_start_on():
    table = read('naam;aantal\n\npaspoort;3\n"rij\nbewijs";4\nakte;5\n')

    assert [(row.line, table.cells(row)) for row in table.rows] == [
        (3, {"name": "paspoort", "count": "3"}),
        (4, {"name": "rij\nbewijs", "count": "4"}),
        (6, {"name": "akte", "count": "5"}),
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"naam;aantal\npaspoort;3\n",
        "\ufeffnaam;aantal\npaspoort;3\n".encode(),
        "naam;aantal\npaspoort;3\n",
        io.BytesIO(b"naam;aantal\npaspoort;3\n"),
    ],
    ids=["utf-8", "utf-8 with BOM", "text", "open file"],
)
def test_utf8_with_or_without_bom_from_bytes_text_or_a_file(content):
    table = read(content)

    assert table.header == ["naam", "aantal"]
    assert table.cells(table.rows[0]) == {"name": "paspoort", "count": "3"}


def test_a_path_is_read(tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"naam,aantal\npaspoort,3\n")

    assert read(path).cells(read(path).rows[0])["name"] == "paspoort"


def test_a_missing_path_is_refused(tmp_path):
    problem = refusal(tmp_path / "weg.csv")

    assert problem.line is None
    assert "The file cannot be read" in problem.in_english()


def test_a_bad_encoding_is_refused_with_its_line():
    content = "naam;aantal\npaspoort;3\ncafé;4\n".encode("cp1252")

    problem = refusal(content)

    assert problem.line == 3
    assert problem.in_english() == (
        "Line 3: The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again."
    )


def test_windows_1252_is_read_when_the_import_allows_it():
    content = "naam;aantal\ncafé € 5;4\n".encode("cp1252")

    table = read(content, fallback_encoding="cp1252")

    assert table.cells(table.rows[0])["name"] == "café € 5"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("naam;aantal\n".encode("utf-16"), "UTF-16"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Excel workbook or ZIP file"),
        (b"naam;aantal\npas\x00poort;3\n", "Line 2: The file contains binary data"),
    ],
    ids=["UTF-16", "workbook", "binary"],
)
def test_what_is_not_text_is_refused(content, reason):
    assert reason in refusal(content, fallback_encoding="cp1252").in_english()


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_delimiter_is_sniffed_from_the_header(delimiter):
    table = read(f'naam{delimiter}aantal\n"van Dijk, J."{delimiter}3\n')

    assert table.delimiter == delimiter
    assert table.cells(table.rows[0]) == {"name": "van Dijk, J.", "count": "3"}


def test_the_delimiter_that_finds_the_columns_wins_over_the_most_frequent_one():
    table = read('naam,aantal,"a;b;c;d"\npaspoort,3,x\n')

    assert table.delimiter == ","


def test_a_wrong_delimiter_gives_the_missing_columns():
    problem = refusal("naam|aantal\npaspoort|3\n")

    assert problem.in_english() == (
        "Line 1: The first line must name the columns naam, aantal. Missing: naam, aantal."
    )


def test_headings_match_without_case_spaces_or_aliases_differing():
    table = read(" NAME ;Aantal;Extra_Note\npaspoort;3;snel\n")

    assert table.position == {"name": 0, "count": 1, "note": 2}


def test_a_missing_header_is_refused_with_its_line():
    problem = refusal("\n\nnaam;toelichting\npaspoort;snel\n")

    assert (problem.line, problem.params["missing"]) == (3, "aantal")


def test_a_column_named_twice_is_refused():
    problem = refusal("naam;aantal;name\npaspoort;3;pas\n")

    assert problem.in_english() == "Line 1: The first line names a column twice: name."


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "The file is empty."),
        ("\ufeff \n\n", "The file is empty."),
        ("naam;aantal\n\n", "The file has no rows with data."),
    ],
)
def test_an_empty_file_is_refused(content, reason):
    assert refusal(content).in_english() == reason


def test_a_file_over_the_size_limit_is_refused_before_it_is_read_whole():
    upload = io.BytesIO(b"naam;aantal\n" + b"x;1\n" * LIMIT)

    problem = refusal(upload)

    assert problem.in_english() == "The file is too large. The limit is 0 MB."
    assert upload.tell() == LIMIT + 1


def test_the_size_limit_is_shown_in_megabytes():
    assert too_large(2 * 1024 * 1024).in_english() == "The file is too large. The limit is 2 MB."


def test_too_many_rows_are_refused():
    assert refusal("naam;aantal\na;1\nb;2\nc;3\n", max_rows=2).in_english() == (
        "The file has more than 2 rows."
    )


def test_broken_csv_is_refused_with_the_line_it_starts_on():
    content = "naam;aantal\npaspoort;3\n" + "x" * 140_000 + ";4\n"

    problem = refusal(content, max_bytes=200_000)

    assert problem.line == 3
    assert problem.in_english().startswith("Line 3: This line is not valid CSV: field larger")


def test_a_line_numbered_problem_reads_dutch_for_staff_and_english_in_the_log():
    problem = ImportProblem(4, "%(value)s is not a number.", {"value": "drie"})

    with translation.override("nl"):
        assert str(problem) == "Regel 4: drie is not a number."
        assert problem.in_english() == "Line 4: drie is not a number."


def test_a_dry_run_reports_what_it_would_write_and_writes_nothing(db):
    def write():
        Group.objects.create(name="redactie")
        return Group.objects.filter(name="redactie").count()

    assert write_all_or_nothing(write, dry_run=True) == 1
    assert not Group.objects.filter(name="redactie").exists()

    assert write_all_or_nothing(write) == 1
    assert Group.objects.filter(name="redactie").exists()


def test_a_failure_halfway_writes_nothing(db):
    def write():
        Group.objects.create(name="redactie")
        raise ValueError("the second row cannot be written")

    with pytest.raises(ValueError):
        write_all_or_nothing(write)

    assert not Group.objects.filter(name="redactie").exists()


def test_the_problems_of_one_line_carry_its_number():
    problems = LineProblems(7)

    problems.add("'%(value)s' is not a postcode.", value="49X1")

    assert [problem.in_english() for problem in problems] == ["Line 7: '49X1' is not a postcode."]
