"""Creating and revoking vote code batches: the management command and the admin screen."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import PageLogEntry

from tests.youth.voting_helpers import count_round, new_codes
from youth.code_batches import create_batch
from youth.models import VoteCode, VoteCodeBatch
from youth.vote_codes import code_hash, is_well_formed, normalise

pytestmark = pytest.mark.django_db


def read_codes(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_create_batch_stores_only_hashes_of_unique_codes(youth_home):
    voting_round, _proposals = count_round(youth_home)

    batch, codes = create_batch(voting_round, "Klas 2B", 200)

    assert len(set(codes)) == 200
    assert all(is_well_formed(code) for code in codes)
    stored = set(VoteCode.objects.filter(batch=batch).values_list("code_hash", flat=True))
    assert stored == {code_hash(code) for code in codes}
    assert not any(code in stored for code in codes)


def test_command_writes_the_codes_to_a_csv_file(youth_home, tmp_path):
    voting_round, _proposals = count_round(youth_home)
    output = tmp_path / "codes.csv"
    stdout = io.StringIO()

    call_command(
        "create_vote_codes",
        voting_round.slug,
        "--count",
        "25",
        "--batch",
        "Cambreur College, klas 2",
        "--output",
        str(output),
        stdout=stdout,
    )

    rows = read_codes(output)
    assert len(rows) == 25
    assert rows[0]["batch"] == "Cambreur College, klas 2"
    assert all(len(row["code"]) == 12 and row["code"][4] == "-" for row in rows)
    assert all(is_well_formed(normalise(row["code"])) for row in rows)
    batch = VoteCodeBatch.objects.get(round=voting_round)
    assert batch.codes.count() == 25
    assert output.stat().st_mode & 0o077 == 0  # only the owner may read the codes
    assert "25 codes" in stdout.getvalue()


def test_command_refuses_to_overwrite_a_file_unless_forced(youth_home, tmp_path):
    voting_round, _proposals = count_round(youth_home)
    output = tmp_path / "codes.csv"
    output.write_text("eerdere codes")
    arguments = [voting_round.slug, "--count", "3", "--output", str(output)]

    with pytest.raises(CommandError, match="exists"):
        call_command("create_vote_codes", *arguments, "--batch", "A", stdout=io.StringIO())
    assert output.read_text() == "eerdere codes"
    assert not VoteCodeBatch.objects.exists()

    call_command("create_vote_codes", *arguments, "--batch", "A", "--force", stdout=io.StringIO())
    assert len(read_codes(output)) == 3


@pytest.mark.parametrize(
    ("slug", "count", "message"),
    [("bestaat-niet", "3", "No voting round"), (None, "0", "--count"), (None, "9999", "--count")],
)
def test_command_refuses_bad_arguments(youth_home, tmp_path, slug, count, message):
    voting_round, _proposals = count_round(youth_home)
    arguments = [slug or voting_round.slug, "--count", count, "--batch", "A"]

    with pytest.raises(CommandError, match=message):
        call_command(
            "create_vote_codes",
            *arguments,
            "--output",
            str(tmp_path / "c.csv"),
            stdout=io.StringIO(),
        )


def test_command_refuses_a_batch_name_that_exists_in_the_round(youth_home, tmp_path):
    voting_round, _proposals = count_round(youth_home)
    new_codes(voting_round, label="Klas 1")

    with pytest.raises(CommandError, match="Klas 1"):
        call_command(
            "create_vote_codes",
            voting_round.slug,
            "--count",
            "3",
            "--batch",
            "Klas 1",
            "--output",
            str(tmp_path / "c.csv"),
            stdout=io.StringIO(),
        )


# The "Stemcodes" admin screen -------------------------------------------------------------


@pytest.fixture
def youth_worker(client):
    worker = get_user_model().objects.create_user("jongerenwerker", password="x")  # noqa: S106
    worker.groups.add(Group.objects.get(name="Jongerenwerkers"))
    client.force_login(worker)
    return worker


def codes_url(voting_round):
    return f"/admin/youth/rounds/{voting_round.pk}/codes/"


def test_youth_worker_downloads_a_new_batch_as_csv(client, youth_home, youth_worker):
    voting_round, _proposals = count_round(youth_home)

    response = client.post(
        codes_url(voting_round), {"label": "Klas 3", "count": 12, "output": "csv"}
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 12
    batch = VoteCodeBatch.objects.get(round=voting_round, label="Klas 3")
    assert batch.created_by == youth_worker
    assert {code_hash(normalise(row["code"])) for row in rows} == set(
        batch.codes.values_list("code_hash", flat=True)
    )
    entry = PageLogEntry.objects.get(action="youth.vote_codes_created")
    assert entry.data == {"batch": "Klas 3", "count": 12}


def test_youth_worker_gets_a_printable_sheet(client, youth_home, youth_worker):
    voting_round, _proposals = count_round(youth_home)

    response = client.post(
        codes_url(voting_round), {"label": "Klas 4", "count": 6, "output": "sheet"}
    )

    assert response.status_code == 200
    assert response.text.count('class="card__code"') == 6
    assert voting_round.title in response.text
    assert "/stemmen/" in response.text
    assert "<script" not in response.text


def test_the_codes_screen_lists_batches_without_showing_codes(client, youth_home, youth_worker):
    voting_round, _proposals = count_round(youth_home)
    _batch, codes = new_codes(voting_round, count=4, label="Klas 5")

    response = client.get(codes_url(voting_round))

    assert response.status_code == 200
    assert "Klas 5" in response.text
    assert not any(code in response.text for code in codes)


def test_a_batch_is_revoked_after_confirmation(client, youth_home, youth_worker):
    voting_round, _proposals = count_round(youth_home)
    batch, _codes = new_codes(voting_round, label="Klas 6")
    revoke_url = f"{codes_url(voting_round)}{batch.pk}/revoke/"

    confirmation = client.get(revoke_url)
    batch.refresh_from_db()
    assert confirmation.status_code == 200
    assert batch.revoked_at is None

    response = client.post(revoke_url)

    batch.refresh_from_db()
    assert response.status_code == 302
    assert batch.revoked_at is not None
    assert PageLogEntry.objects.filter(action="youth.vote_codes_revoked").count() == 1


def test_a_duplicate_batch_name_gets_a_form_error(client, youth_home, youth_worker):
    voting_round, _proposals = count_round(youth_home)
    new_codes(voting_round, label="Klas 7")

    response = client.post(
        codes_url(voting_round), {"label": "Klas 7", "count": 3, "output": "csv"}
    )

    assert response.status_code == 200
    assert "label" in response.context["form"].errors
    assert VoteCodeBatch.objects.filter(label="Klas 7").count() == 1


def test_editors_without_the_permission_cannot_create_codes(client, youth_home):
    voting_round, _proposals = count_round(youth_home)
    editor = get_user_model().objects.create_user("redacteur", password="x")  # noqa: S106
    editor.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(editor)

    response = client.post(codes_url(voting_round), {"label": "X", "count": 3, "output": "csv"})

    assert response.status_code in (302, 403)
    assert not VoteCodeBatch.objects.exists()
