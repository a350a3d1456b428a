"""Importing norm measurements and benchmark results: all rows or nothing, with a clear report."""

import io
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation
from openpyxl import Workbook

from service_norms import import_table as norm_import_table
from service_norms.benchmark_import import import_benchmark_results
from service_norms.measurement_import import import_norm_measurements
from service_norms.models import BenchmarkResult, NormMeasurement
from tests.kcc_content.norm_factories import make_norm

pytestmark = pytest.mark.django_db

HEADER = "norm;periode;percentage;aantal;toelichting\n"
VALID = HEADER + (
    "e-mail-antwoord;2026-01;93,5;812;\n"
    "e-mail-antwoord;2026-02;88;744;Zomervakantie\n"
    "telefoon;2026-K1;81.2;9120;\n"
)


@pytest.fixture
def norms(locales):
    return {
        "email": make_norm(locales[0]),
        "phone": make_norm(
            locales[0],
            code="telefoon",
            promise="We nemen de telefoon binnen 30 seconden op.",
            channel="phone",
            target_value=30,
            target_unit="seconds",
            target_share=80,
        ),
    }


def as_file(text: str, name="metingen.csv", encoding="utf-8") -> io.BytesIO:
    file = io.BytesIO(text.encode(encoding))
    file.name = name
    return file


def problems_in_english(result) -> list[str]:
    with translation.override("en"):
        return [str(problem) for problem in result.problems]


def test_a_valid_file_creates_the_periods(norms):
    result = import_norm_measurements(as_file(VALID))

    assert (result.ok, result.created, result.updated) == (True, 3, 0)
    quarter = NormMeasurement.objects.get(norm=norms["phone"])
    assert (quarter.period_type, str(quarter.period_start)) == ("quarter", "2026-01-01")
    assert quarter.share_achieved == Decimal("81.2") and quarter.cases == 9120
    february = NormMeasurement.objects.get(norm=norms["email"], period_start="2026-02-01")
    assert february.explanation == "Zomervakantie" and not february.met


def test_a_file_with_one_bad_row_imports_nothing_and_names_the_line_and_reason(norms):
    text = VALID + "e-mail-antwoord;2026-13;90;10;\n"

    result = import_norm_measurements(as_file(text))

    assert NormMeasurement.objects.count() == 0
    assert problems_in_english(result) == [
        "Line 5: Period '2026-13' is not valid. Use 2026-03 for a month or 2026-K1 for a quarter."
    ]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("onbekend;2026-01;90;10;", "Unknown norm code 'onbekend'."),
        (";2026-01;90;10;", "The norm code is empty."),
        ("telefoon;januari;90;10;", "Period 'januari' is not valid."),
        ("telefoon;2026-K5;90;10;", "Period '2026-K5' is not valid."),
        ("telefoon;2026-01;100,5;10;", "Percentage 100,5 is not between 0 and 100."),
        ("telefoon;2026-01;-1;10;", "Percentage -1 is not between 0 and 100."),
        ("telefoon;2026-01;veel;10;", "Percentage 'veel' is not a number."),
        ("telefoon;2026-01;90;-3;", "Number '-3' is not a whole number of 0 or more."),
        ("telefoon;2026-01;90;2,5;", "Number '2,5' is not a whole number of 0 or more."),
        ("telefoon;2026-01;90;10;" + "x" * 1001, "The explanation has 1001 characters."),
    ],
)
def test_each_kind_of_bad_row_is_reported_with_its_line(norms, row, reason):
    result = import_norm_measurements(as_file(HEADER + "telefoon;2026-02;90;10;\n" + row + "\n"))

    problems = problems_in_english(result)
    assert len(problems) == 1 and problems[0].startswith(f"Line 3: {reason}")
    assert NormMeasurement.objects.count() == 0


def test_every_problem_in_the_file_is_reported_at_once(norms):
    text = HEADER + "onbekend;2026-01;90;10;\ntelefoon;2026-01;90;10;\ntelefoon;2026-01;91;10;\n"

    problems = problems_in_english(import_norm_measurements(as_file(text)))

    assert problems == [
        "Line 2: Unknown norm code 'onbekend'.",
        "Line 4: Norm 'telefoon' has period 2026-01 twice. See also line 3.",
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "The file is empty."),
        (b"norm;periode;percentage;aantal\n", "The file has no rows with data."),
        (b"norm;periode;aantal\ntelefoon;2026-01;5\n", "Missing: percentage."),
        (
            "norm;periode;percentage;aantal\ncaf\u00e9;2026-01;9;9\n".encode("latin-1"),
            "Line 2: The file is not UTF-8 text.",
        ),
    ],
)
def test_a_file_that_cannot_be_read_reports_why(norms, content, reason):
    file = io.BytesIO(content)

    problems = problems_in_english(import_norm_measurements(file))

    assert len(problems) == 1 and reason in problems[0]


def test_a_file_over_the_size_limit_is_refused(norms, monkeypatch):
    monkeypatch.setattr(norm_import_table, "MAX_FILE_BYTES", 100)

    problems = problems_in_english(import_norm_measurements(as_file(VALID + "#" * 200)))

    assert problems == ["The file is too large. The limit is 0 MB."]


def test_a_comma_separated_file_with_bom_and_english_columns_is_read(norms):
    text = '\ufeffnorm code,period,share,cases,explanation\ntelefoon,2026-Q2,"79,5",3000,Storing\n'

    result = import_norm_measurements(as_file(text))

    assert result.ok, problems_in_english(result)
    measurement = NormMeasurement.objects.get()
    assert (str(measurement.period_start), measurement.share_achieved) == (
        "2026-04-01",
        Decimal("79.5"),
    )


def test_a_dry_run_counts_the_rows_but_writes_nothing(norms):
    result = import_norm_measurements(as_file(VALID), dry_run=True)

    assert (result.ok, result.created, result.updated) == (True, 3, 0)
    assert NormMeasurement.objects.count() == 0


def test_importing_again_updates_the_existing_periods(norms):
    import_norm_measurements(as_file(VALID))

    result = import_norm_measurements(as_file(HEADER + "e-mail-antwoord;2026-02;91;750;\n"))

    assert (result.created, result.updated) == (0, 1)
    february = NormMeasurement.objects.get(norm=norms["email"], period_start="2026-02-01")
    assert (february.share_achieved, february.cases, february.explanation) == (
        Decimal("91"),
        750,
        "",
    )
    assert NormMeasurement.objects.count() == 3


def test_the_command_imports_and_exits_with_an_error_report_on_problems(norms, tmp_path):
    good, bad = tmp_path / "goed.csv", tmp_path / "fout.csv"
    good.write_text(VALID, encoding="utf-8")
    bad.write_text(HEADER + "telefoon;2026-01;90;tien;\n", encoding="utf-8")
    out = io.StringIO()

    call_command("import_norm_measurements", str(good), stdout=out)
    with translation.override("en"), pytest.raises(CommandError) as refused:
        call_command("import_norm_measurements", str(bad))

    assert "3 created, 0 updated" in out.getvalue()
    assert "Line 2: Number 'tien'" in str(refused.value)


# Admin upload --------------------------------------------------------------------------------


@pytest.fixture
def importer(django_user_model):
    user = django_user_model.objects.create_user("ines", "ines@example.org", "wachtwoord-123")
    group = Group.objects.create(name="Meten")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_normmeasurement"),
        Permission.objects.get(codename="view_normmeasurement"),
        Permission.objects.get(codename="change_normmeasurement"),
    )
    user.groups.add(group)
    return user


URL = "/admin/service-norms/import/measurements/"


def test_the_admin_upload_imports_a_valid_file(client, norms, importer):
    client.force_login(importer)

    response = client.post(URL, {"file": SimpleUploadedFile("m.csv", VALID.encode())}, follow=True)

    assert response.status_code == 200
    assert NormMeasurement.objects.count() == 3
    assert "3" in str(list(response.context["messages"])[0])


def test_the_admin_upload_lists_each_problem_and_imports_nothing(client, norms, importer):
    client.force_login(importer)
    text = VALID + "onbekend;2026-01;90;10;\ntelefoon;2026-03;101;10;\n"

    response = client.post(URL, {"file": SimpleUploadedFile("m.csv", text.encode())})

    html = response.content.decode()
    rows = re.findall(r"<tr>\s*<td>(\d+)</td>\s*<td>([^<]*)</td>", html)
    assert response.status_code == 400
    assert NormMeasurement.objects.count() == 0
    assert [line for line, _ in rows] == ["5", "6"]
    assert "onbekend" in rows[0][1] and "101" in rows[1][1]


def test_the_admin_upload_is_refused_without_permission_to_add_measurements(
    client, norms, django_user_model
):
    user = django_user_model.objects.create_user("kees", "kees@example.org", "wachtwoord-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.post(URL, {"file": SimpleUploadedFile("m.csv", VALID.encode())})

    # Wagtail turns "permission denied" into a redirect to the dashboard with a message.
    assert (response.status_code, response.url) == (302, "/admin/")
    assert client.get(URL).status_code == 302
    assert NormMeasurement.objects.count() == 0


def test_the_admin_lists_norms_with_their_latest_result(admin_client, norms):
    import_norm_measurements(as_file(VALID))

    html = admin_client.get("/admin/snippets/service_norms/servicenorm/").content.decode()

    assert "U krijgt binnen 2 werkdagen antwoord op uw e-mail." in html
    assert "88" in html


def test_a_measurement_can_be_corrected_by_hand_in_the_admin(admin_client, norms):
    import_norm_measurements(as_file(VALID))
    measurement = NormMeasurement.objects.get(norm=norms["email"], period_start="2026-02-01")
    url = f"/admin/snippets/service_norms/normmeasurement/edit/{measurement.pk}/"

    response = admin_client.post(
        url,
        {
            "norm": norms["email"].pk,
            "period_type": "month",
            "period_start": "2026-02-01",
            "share_achieved": "90.5",
            "cases": "744",
            "explanation": "",
        },
    )

    assert response.status_code == 302
    measurement.refresh_from_db()
    assert measurement.share_achieved == Decimal("90.5") and measurement.met


# Benchmark -------------------------------------------------------------------------------------

BENCHMARK_CSV = (
    "code;label;periode;waarde;vergelijkingswaarde;vergelijking;eenheid;bron\n"
    "DV01;Rapportcijfer dienstverlening;2025;7,0;6,8;Nederland;rapportcijfer;https://www.waarstaatjegemeente.nl\n"
    "dv06;Rapportcijfer digitale dienstverlening;2025;7.1;;;rapportcijfer;\n"
)


def test_benchmark_results_are_imported_from_csv_and_updated_on_reimport(db):
    first = import_benchmark_results(as_file(BENCHMARK_CSV))
    again = import_benchmark_results(as_file(BENCHMARK_CSV.replace("7,0", "7,2")))

    assert (first.created, again.created, again.updated) == (2, 0, 2)
    dv01 = BenchmarkResult.objects.get(code="dv01")
    assert (dv01.value, dv01.comparison_value, dv01.comparison_label) == (
        Decimal("7.2"),
        Decimal("6.8"),
        "Nederland",
    )
    assert BenchmarkResult.objects.get(code="dv06").comparison_value is None


def test_benchmark_results_are_imported_from_an_excel_file(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        [
            "Code",
            "Indicator",
            "Period",
            "Value",
            "Comparison value",
            "Comparison label",
            "Unit",
            "Source",
        ]
    )
    sheet.append(
        [
            "bo06",
            "Samenwerking met inwoners",
            2025,
            6.2,
            6.0,
            "Nederland",
            "rapportcijfer",
            "https://www.waarstaatjegemeente.nl",
        ]
    )
    sheet.append(
        ["bo06", "Samenwerking met inwoners", 2023, 5.9, 6.0, "Nederland", "rapportcijfer", None]
    )
    path = tmp_path / "burgerpeiling.xlsx"
    workbook.save(path)
    out = io.StringIO()

    call_command("import_benchmark_results", str(path), stdout=out)

    assert "2 created" in out.getvalue()
    latest = BenchmarkResult.objects.get(code="bo06", period="2025")
    assert (latest.value, latest.comparison_value) == (Decimal("6.2"), Decimal("6.0"))


def test_a_benchmark_file_with_a_bad_row_imports_nothing(db, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["code", "label", "periode", "waarde", "bron"])
    sheet.append(["dv01", "Dienstverlening", "2025", 7.0, "https://www.waarstaatjegemeente.nl"])
    sheet.append(["dv10", "Communicatie", "2025", "goed", "geen-link"])
    path = tmp_path / "fout.xlsx"
    workbook.save(path)

    with translation.override("en"), pytest.raises(CommandError) as refused:
        call_command("import_benchmark_results", str(path))

    assert "Line 3: Value 'goed' is not a number." in str(refused.value)
    assert "Line 3: Source 'geen-link' is not a web address" in str(refused.value)
    assert BenchmarkResult.objects.count() == 0


def test_a_broken_excel_file_is_refused(db):
    problems = problems_in_english(
        import_benchmark_results(as_file("PK\x03\x04 niet echt", name="kapot.xlsx"))
    )

    assert problems == ["The file is not a valid Excel file (.xlsx)."]
