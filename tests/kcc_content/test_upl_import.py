"""Importing the national product-name list (UPL) from its CSV, and the editor warning."""

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from kcc_content import upl_import
from kcc_content.models import ProductPage, UniformProductName
from kcc_content.upl_import import import_upl
from tests.factories import SectionPageFactory

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "upl-sample.csv"
NEXT = FIXTURES / "upl-sample-next.csv"
BROKEN = FIXTURES / "upl-broken.csv"
TERMS = "http://standaarden.overheid.nl/owms/terms/"
HEADER = "UniformeProductnaam;URI;Gemeente;Burger;Bedrijf;SDG"


def run_import(path) -> str:
    """Run the management command and return what it printed."""
    out = io.StringIO()
    call_command("import_upl", str(path), stdout=out)
    return out.getvalue()


def snapshot():
    """Everything an import may change, to prove a refused file changed nothing."""
    return list(
        UniformProductName.objects.order_by("uri").values_list(
            "pk",
            "uri",
            "name",
            "for_municipalities",
            "for_residents",
            "for_businesses",
            "sdg_codes",
            "on_list",
            "imported_at",
        )
    )


def write(tmp_path, content, name="upl.csv", encoding="utf-8"):
    """A file with the given text (encoded) or bytes, as a path."""
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def sample_rewritten(delimiter, lowercase_x=False):
    """The sample file with another delimiter (and optionally lower-case flags), as text."""
    with SAMPLE.open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file, delimiter=";"))
    if lowercase_x:
        rows = [rows[0], *[[("x" if cell == "X" else cell) for cell in row] for row in rows[1:]]]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def make_product(home, upl, title="Paspoort", slug="paspoort"):
    page = ProductPage(title=title, slug=slug, upl=upl)
    home.add_child(instance=page)
    return page


@pytest.fixture
def imported():
    """The sample list, imported; returns the state of the table after it."""
    run_import(SAMPLE)
    return snapshot()


# --- the happy path ---------------------------------------------------------------------------


def test_the_sample_file_creates_every_product_name_once():
    output = run_import(SAMPLE)

    assert "13 created, 0 updated, 0 unchanged" in output
    assert "0 no longer on the list" in output
    assert UniformProductName.objects.count() == 13
    assert UniformProductName.objects.filter(on_list=True, imported_at__isnull=False).count() == 13


def test_the_x_columns_become_flags_and_the_sdg_codes_are_kept():
    run_import(SAMPLE)

    passport = UniformProductName.objects.get(uri=f"{TERMS}paspoort")
    custody_register = UniformProductName.objects.get(uri=f"{TERMS}gezagsregUittr")
    marriage = UniformProductName.objects.get(uri=f"{TERMS}huwelijk")
    assert passport.name == "paspoort"
    assert (passport.for_municipalities, passport.for_residents, passport.for_businesses) == (
        True,
        True,
        True,
    )
    assert passport.sdg_codes == "A1"
    assert not custody_register.for_municipalities  # a national (Rijk) product
    assert (marriage.for_residents, marriage.for_businesses, marriage.sdg_codes) == (
        True,
        False,
        "",
    )
    assert UniformProductName.objects.get(uri=f"{TERMS}parkeervergunning").sdg_codes == "N1;D1"


def test_rows_repeating_a_uri_for_another_legal_basis_are_one_product_name():
    output = run_import(SAMPLE)  # wmo-voorziening and evenementenvergunning have two rows each

    assert "13 created" in output
    events = UniformProductName.objects.get(uri=f"{TERMS}evenementenvergunning")
    assert events.sdg_codes == "N1;D2"
    assert UniformProductName.objects.filter(name="wmo-voorziening").count() == 1


def test_the_next_edition_renames_in_place_and_flags_the_name_that_left(home):
    run_import(SAMPLE)
    extract = UniformProductName.objects.get(uri=f"{TERMS}brpUittr")
    passport = UniformProductName.objects.get(uri=f"{TERMS}paspoort")
    page = make_product(home, passport)

    output = run_import(NEXT)

    renamed = UniformProductName.objects.get(uri=f"{TERMS}brpUittr")
    passport.refresh_from_db()
    page.refresh_from_db()
    assert "0 created, 1 updated, 11 unchanged" in output
    assert "1 no longer on the list: paspoort" in output
    assert renamed.pk == extract.pk
    assert renamed.name == "uittreksel basisregistratie personen"
    assert passport.on_list is False
    assert page.upl_id == passport.pk  # flagged, never deleted: the product keeps its link
    assert UniformProductName.objects.count() == 13


def test_a_name_that_comes_back_is_on_the_list_again():
    run_import(SAMPLE)
    run_import(NEXT)

    result = import_upl(SAMPLE)

    assert result.reactivated == ["paspoort"]
    assert (result.created, result.updated, result.unchanged) == (0, 1, 11)
    assert UniformProductName.objects.get(uri=f"{TERMS}paspoort").on_list is True


def test_importing_the_same_file_again_changes_nothing_but_the_import_time(imported):
    later = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)

    result = import_upl(SAMPLE, now=later)

    assert (result.created, result.updated, result.unchanged) == (0, 0, 13)
    assert (result.removed, result.reactivated, result.errors) == ([], [], [])
    assert [row[:-1] for row in snapshot()] == [row[:-1] for row in imported]
    assert set(UniformProductName.objects.values_list("imported_at", flat=True)) == {later}


def test_a_comma_file_imports_the_same_as_the_semicolon_file(tmp_path):
    run_import(SAMPLE)
    semicolon = snapshot()
    UniformProductName.objects.all().delete()

    output = run_import(write(tmp_path, sample_rewritten(",")))

    assert "13 created" in output
    assert [row[1:-1] for row in snapshot()] == [row[1:-1] for row in semicolon]


def test_a_file_with_a_bom_crlf_and_lower_case_x_imports(tmp_path):
    text = "\ufeff" + sample_rewritten(";", lowercase_x=True).replace("\n", "\r\n")

    output = run_import(write(tmp_path, text))

    assert "13 created" in output
    passport = UniformProductName.objects.get(uri=f"{TERMS}paspoort")
    assert passport.for_municipalities and passport.for_businesses


def test_a_dry_run_reports_the_counts_and_changes_nothing():
    out = io.StringIO()

    call_command("import_upl", str(SAMPLE), "--dry-run", stdout=out)

    assert "nothing was changed" in out.getvalue()
    assert "13 created" in out.getvalue()
    assert not UniformProductName.objects.exists()


def test_an_open_file_can_be_imported():
    with SAMPLE.open("rb") as file:
        result = import_upl(file)

    assert result.created == 13


def test_a_file_without_the_optional_columns_leaves_those_fields_alone(tmp_path, imported):
    path = write(tmp_path, f"UniformeProductnaam;URI\npaspoort;{TERMS}paspoort\n")

    result = import_upl(path)

    passport = UniformProductName.objects.get(uri=f"{TERMS}paspoort")
    assert result.unchanged == 1
    assert passport.for_businesses and passport.sdg_codes == "A1"


# --- files that are refused and change nothing ------------------------------------------------


BAD_FILES = {
    "missing URI column": (
        None,
        "Line 1: The first line must name the columns UniformeProductnaam, URI. Missing: URI.",
    ),
    "empty file": (b"", "The file is empty."),
    "header only": (f"{HEADER}\r\n", "The file has no rows with data."),
    "duplicate URI with another name": (
        f"{HEADER}\npaspoort;{TERMS}paspoort;X;X;X;A1\nreisdocument;{TERMS}paspoort;X;X;;A1\n",
        f"Line 3: URI '{TERMS}paspoort' appears again with another name",
    ),
    "invalid URI": (
        f"{HEADER}\npaspoort;{TERMS}paspoort;X;X;X;A1\nrijbewijs;foo;X;X;;C2\n",
        "Line 3: URI 'foo' is not a web address",
    ),
    "URI that is not http(s)": (
        f"{HEADER}\npaspoort;ftp://standaarden.overheid.nl/paspoort;X;X;X;A1\n",
        "Line 2: URI 'ftp://standaarden.overheid.nl/paspoort' is not a web address",
    ),
    "empty name": (
        f"{HEADER}\n;{TERMS}paspoort;X;X;X;A1\n",
        "Line 2: the product name (UniformeProductnaam) is empty",
    ),
    "empty URI": (f"{HEADER}\npaspoort;;X;X;X;A1\n", "Line 2: the URI is empty"),
    "unknown flag value": (
        f"{HEADER}\npaspoort;{TERMS}paspoort;ja;X;X;A1\n",
        "Line 2: column Gemeente has 'ja'; expected X or empty",
    ),
    "unquoted SDG list": (
        f"{HEADER}\nparkeervergunning;{TERMS}parkeervergunning;X;X;X;N1;D1\n",
        "Line 2: 7 fields where the header has 6",
    ),
    "invalid SDG code": (
        f"{HEADER}\npaspoort;{TERMS}paspoort;X;X;X;paspoort\n",
        "Line 2: SDG code 'PASPOORT' is not a code such as A1",
    ),
    "binary garbage": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)),
        "Line 3: The file contains binary data, not text.",
    ),
    "control characters": (
        f"{HEADER}\npaspoort;{TERMS}paspoort;X;X;X;A1\x1b[2J\n",
        "Line 2: The file contains binary data",
    ),
    "wrong encoding": (
        f"{HEADER}\ncafé-exploitatievergunning;{TERMS}cafe;X;;X;\n".encode("cp1252"),
        "Line 2: The file is not UTF-8 text",
    ),
    "Excel workbook": (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Excel workbook"),
    "UTF-16 text": (f"{HEADER}\n".encode("utf-16"), "UTF-16"),
}


@pytest.mark.parametrize("content, message", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_is_refused_with_a_helpful_message_and_changes_nothing(
    tmp_path, imported, content, message
):
    path = BROKEN if content is None else write(tmp_path, content)

    with pytest.raises(CommandError) as refused:
        run_import(path)

    assert message in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert snapshot() == imported


def test_one_bad_row_stops_the_whole_file(tmp_path, imported):
    good_then_bad = (
        f"{HEADER}\nnieuwe naam;{TERMS}nieuw;X;X;;\nparkeervergunning;niet-een-adres;X;X;X;\n"
    )

    with pytest.raises(CommandError):
        run_import(write(tmp_path, good_then_bad))

    assert not UniformProductName.objects.filter(uri=f"{TERMS}nieuw").exists()
    assert UniformProductName.objects.filter(on_list=False).count() == 0
    assert snapshot() == imported


def test_the_command_lists_at_most_twenty_problems(tmp_path):
    rows = "".join(f"naam {n};adres-{n};X;;;\n" for n in range(25))

    with pytest.raises(CommandError) as refused:
        run_import(write(tmp_path, f"{HEADER}\n{rows}"))

    message = str(refused.value)
    assert "25 problem(s)" in message
    assert "Line 21: URI 'adres-19'" in message
    assert "adres-20" not in message
    assert "… and 5 more." in message
    assert not UniformProductName.objects.exists()


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, imported, monkeypatch):
    monkeypatch.setattr(upl_import, "MAX_FILE_BYTES", 1024)

    with pytest.raises(CommandError) as refused:
        run_import(SAMPLE)

    assert "The limit is 0 MB" in str(refused.value)
    assert snapshot() == imported


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(CommandError) as refused:
        run_import(tmp_path / "bestaat-niet.csv")

    assert "The file cannot be read" in str(refused.value)


# --- the editor warning -----------------------------------------------------------------------


def upl_warning(html):
    """The inner HTML of the off-list warning in an edit screen, or None."""
    found = re.search(r'<div[^>]*data-upl-status="off-list"[^>]*>(.*?)</div>', html, re.DOTALL)
    return found and found.group(1)


def test_the_product_editor_warns_when_its_national_name_left_the_list(admin_client, home):
    run_import(SAMPLE)
    page = make_product(home, UniformProductName.objects.get(uri=f"{TERMS}paspoort"))
    run_import(NEXT)

    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")

    warning = upl_warning(response.content.decode())
    assert response.status_code == 200
    assert warning is not None
    assert "“paspoort”" in warning
    assert 'class="help-block help-warning"' in response.content.decode()


def test_the_product_editor_shows_no_warning_while_the_name_is_current(admin_client, home):
    run_import(SAMPLE)
    page = make_product(home, UniformProductName.objects.get(uri=f"{TERMS}paspoort"))

    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200
    assert "data-upl-status" not in response.content.decode()


def test_a_new_product_without_a_national_name_shows_no_warning(admin_client, home):
    section = SectionPageFactory(parent=home, slug="burgerzaken", title="Burgerzaken")

    response = admin_client.get(f"/admin/pages/add/kcc_content/productpage/{section.pk}/")

    assert response.status_code == 200
    assert "data-upl-status" not in response.content.decode()
