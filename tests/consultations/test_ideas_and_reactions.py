"""Residents share ideas, react and report reactions: only in the open phase, safely, politely."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from consultations.models import Idea, ModerationStatus, Participant, PhaseKind, Reaction, Source
from participation.photo_cleaning import PHOTO_MAX_BYTES
from tests.consultations.factories import IdeaFactory, ReactionFactory, make_consultation

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script><b>vet</b>'


def idea_data(**fields):
    return {"title": "Meer bomen", "description": "Plant bomen op het plein.", **fields}


def png_upload(name="foto.png", size=(40, 30), exif=True):
    image = Image.new("RGB", size, (200, 30, 30))
    output = io.BytesIO()
    options = {}
    if exif:
        metadata = Image.Exif()
        metadata[0x010F] = "Geheime camera"  # Make
        metadata[0x9003] = "2024:01:01 10:00:00"  # DateTimeOriginal
        options["exif"] = metadata.tobytes()
    image.save(output, format="PNG", **options)
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/png")


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index)


def idea_url(page):
    return page.url + "idee/"


def reaction_url(page):
    return page.url + "reactie/"


# Open phase and what the consultation accepts


def test_resident_can_share_an_idea_in_the_open_phase(client, consultation):
    response = client.post(idea_url(consultation), idea_data())

    assert response.status_code == 302
    idea = Idea.objects.get()
    assert idea.consultation == consultation
    assert idea.source == Source.ONLINE
    assert idea.participant is None


@pytest.mark.parametrize("phase", [PhaseKind.ANNOUNCED, PhaseKind.PROCESSING, PhaseKind.CLOSED])
def test_idea_is_refused_outside_the_open_phase(client, consultation_index, phase):
    page = make_consultation(consultation_index, current=phase)

    form_page = client.get(idea_url(page))
    response = client.post(idea_url(page), idea_data())

    assert "<form" not in form_page.content.decode().split('id="main"')[1].split("</article>")[0]
    assert response.status_code == 302
    assert not Idea.objects.exists()


def test_idea_is_refused_when_the_consultation_does_not_take_ideas(client, consultation_index):
    page = make_consultation(consultation_index, accepts_ideas=False)

    client.post(idea_url(page), idea_data())

    assert not Idea.objects.exists()


@pytest.mark.parametrize("phase", [PhaseKind.ANNOUNCED, PhaseKind.PROCESSING])
def test_reaction_is_refused_outside_the_open_phase(client, consultation_index, phase):
    page = make_consultation(consultation_index, current=phase)

    client.post(reaction_url(page), {"text": "Mooi plan"})

    assert not Reaction.objects.exists()


def test_reaction_is_refused_when_the_consultation_does_not_take_reactions(
    client, consultation_index
):
    page = make_consultation(consultation_index, accepts_reactions=False)

    client.post(reaction_url(page), {"text": "Mooi plan"})

    assert not Reaction.objects.exists()


# Length limits and escaping


def test_a_ten_thousand_character_title_is_refused_and_nothing_is_saved(client, consultation):
    response = client.post(
        idea_url(consultation), idea_data(title="a" * 10_000, email="jan@example.org")
    )

    assert response.status_code == 200
    assert "Gebruik maximaal 120 tekens. U gebruikte er 10000." in response.content.decode()
    assert not Idea.objects.exists()
    assert not Participant.objects.exists()
    assert not mail.outbox


def test_invalid_idea_is_shown_again_with_the_residents_text_kept(client, consultation):
    response = client.post(idea_url(consultation), idea_data(title="", description="Mijn tekst"))

    content = response.content.decode()
    assert "Mijn tekst" in content
    assert 'aria-invalid="true"' in content


def test_too_long_reaction_is_refused(client, consultation):
    response = client.post(reaction_url(consultation), {"text": "x" * 1001})

    assert response.status_code == 200
    assert "x" * 1001 in response.content.decode()
    assert not Reaction.objects.exists()


def test_html_and_javascript_in_input_are_shown_as_text(client, consultation_index):
    page = make_consultation(consultation_index, moderation="post")
    client.post(idea_url(page), idea_data(title=SCRIPT, description=SCRIPT))
    client.post(reaction_url(page), {"text": SCRIPT})
    idea = Idea.objects.get()

    overview = client.get(page.url).content.decode()
    detail = client.get(f"{idea_url(page)}{idea.pk}/").content.decode()

    for content in (overview, detail):
        assert SCRIPT not in content
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content


# Photos


def test_a_text_file_named_jpg_is_refused(client, consultation):
    fake = SimpleUploadedFile("foto.jpg", b"dit is geen foto", content_type="image/jpeg")

    response = client.post(idea_url(consultation), idea_data(photo=fake))

    assert "Dit bestand is geen foto" in response.content.decode()
    assert not Idea.objects.exists()


def test_a_real_png_is_accepted_and_its_exif_data_removed(client, consultation):
    upload = png_upload()
    assert Image.open(io.BytesIO(upload.read())).getexif()
    upload.seek(0)

    client.post(idea_url(consultation), idea_data(photo=upload))

    idea = Idea.objects.get()
    with idea.image.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "PNG"
        assert not image.getexif()
        assert "exif" not in image.info
    assert idea.image.name.endswith(".png")
    assert "foto" not in idea.image.name


def test_a_large_photo_is_scaled_down(client, consultation):
    client.post(idea_url(consultation), idea_data(photo=png_upload(size=(4000, 1000), exif=False)))

    with Idea.objects.get().image.open("rb") as stored, Image.open(stored) as image:
        assert max(image.size) == 1600


def test_a_photo_over_five_megabytes_is_refused(client, consultation):
    too_large = SimpleUploadedFile(
        "groot.png", b"\x89PNG" + b"0" * PHOTO_MAX_BYTES, content_type="image/png"
    )

    response = client.post(idea_url(consultation), idea_data(photo=too_large))

    assert "De foto is te groot" in response.content.decode()
    assert not Idea.objects.exists()


# Moderation mode


def test_under_pre_moderation_a_new_idea_waits_for_a_staff_member(client, consultation):
    response = client.post(idea_url(consultation), idea_data(), follow=True)

    assert Idea.objects.get().status == ModerationStatus.PENDING
    content = response.content.decode()
    assert "Uw idee is ontvangen. Een medewerker bekijkt het eerst." in content
    assert "Meer bomen" not in content.split('id="ideas"')[1]


def test_under_post_moderation_a_new_idea_is_published_at_once(client, consultation_index):
    page = make_consultation(consultation_index, moderation="post")

    response = client.post(idea_url(page), idea_data(), follow=True)

    assert Idea.objects.get().status == ModerationStatus.PUBLISHED
    assert "Meer bomen" in response.content.decode().split('id="ideas"')[1]


def test_resident_can_react_on_a_published_idea(client, consultation_index):
    page = make_consultation(consultation_index, moderation="post")
    idea = IdeaFactory(consultation=page, status=ModerationStatus.PUBLISHED)

    response = client.post(reaction_url(page), {"text": "Eens!", "idea": idea.pk}, follow=True)

    reaction = Reaction.objects.get()
    assert reaction.idea == idea
    assert "Eens!" in response.content.decode()


def test_resident_cannot_react_on_an_idea_that_is_not_published(client, consultation):
    idea = IdeaFactory(consultation=consultation, status=ModerationStatus.PENDING)

    client.post(reaction_url(consultation), {"text": "Eens!", "idea": idea.pk})

    assert not Reaction.objects.exists()


def test_an_unpublished_idea_has_no_public_page(client, consultation):
    idea = IdeaFactory(consultation=consultation, status=ModerationStatus.PENDING)

    assert client.get(f"{idea_url(consultation)}{idea.pk}/").status_code == 404


# Reports


def test_enough_reports_hide_a_reaction_pending_review(client, consultation_index):
    page = make_consultation(consultation_index, report_threshold=2)
    reaction = ReactionFactory(consultation=page, status=ModerationStatus.PUBLISHED, text="Boos")
    report_url = f"{page.url}reactie/{reaction.pk}/melden/"

    client.post(report_url, REMOTE_ADDR="10.0.0.1")
    reaction.refresh_from_db()
    assert (reaction.report_count, reaction.status) == (1, ModerationStatus.PUBLISHED)

    client.post(report_url, REMOTE_ADDR="10.0.0.2")
    reaction.refresh_from_db()
    assert (reaction.report_count, reaction.status) == (2, ModerationStatus.PENDING)
    assert "Boos" not in client.get(page.url).content.decode()


def test_one_client_reporting_twice_counts_once(client, consultation):
    reaction = ReactionFactory(consultation=consultation, status=ModerationStatus.PUBLISHED)
    report_url = f"{consultation.url}reactie/{reaction.pk}/melden/"

    client.post(report_url)
    client.post(report_url)

    reaction.refresh_from_db()
    assert reaction.report_count == 1


def test_reporting_needs_a_post(client, consultation):
    reaction = ReactionFactory(consultation=consultation, status=ModerationStatus.PUBLISHED)

    response = client.get(f"{consultation.url}reactie/{reaction.pk}/melden/")

    assert response.status_code == 405


# Spam protection


def test_a_filled_in_honeypot_refuses_the_idea(client, consultation):
    response = client.post(idea_url(consultation), idea_data(website="https://spam.example"))

    assert response.status_code == 200
    assert not Idea.objects.exists()


@override_settings(CONSULTATION_RATE_LIMIT=(2, 3600))
def test_too_many_ideas_from_one_client_are_refused_with_a_dutch_message(client, consultation):
    for _ in range(2):
        client.post(idea_url(consultation), idea_data())

    response = client.post(idea_url(consultation), idea_data(title="Derde idee"))

    assert response.status_code == 429
    assert "U heeft veel berichten gestuurd in korte tijd." in response.content.decode()
    assert Idea.objects.count() == 2


# Contact details and confirmation e-mail


def test_contact_details_are_kept_apart_and_a_confirmation_with_the_rules_is_sent(
    client, consultation
):
    client.post(idea_url(consultation), idea_data(name="Jan", email="jan@example.org"))

    idea = Idea.objects.get()
    assert idea.participant.email == "jan@example.org"
    assert idea.participant.consultation == consultation
    (message,) = mail.outbox
    assert message.to == ["jan@example.org"]
    assert "Meer bomen" in message.body
    assert consultation.fixed_points in message.body
    assert consultation.use_of_input in message.body
    assert consultation.decision_maker in message.body


def test_no_e_mail_is_sent_without_an_address(client, consultation):
    client.post(idea_url(consultation), idea_data(name="Jan"))

    assert Idea.objects.get().participant.name == "Jan"
    assert not mail.outbox


def test_idea_form_shows_the_retention_date(client, consultation):
    content = client.get(idea_url(consultation)).content.decode()

    assert consultation.retention_date.strftime("%Y") in content
    assert 'name="website"' in content
    assert "csrfmiddlewaretoken" in content


def test_names_and_e_mail_addresses_never_appear_on_the_public_pages(client, consultation_index):
    page = make_consultation(consultation_index, moderation="post")
    client.post(idea_url(page), idea_data(name="Jan Geheim", email="geheim@example.org"))
    client.post(reaction_url(page), {"text": "Prima", "name": "Piet Geheim"})
    idea = Idea.objects.get()

    for url in (page.url, f"{idea_url(page)}{idea.pk}/"):
        content = client.get(url).content.decode()
        assert "Geheim" not in content
        assert "geheim@example.org" not in content
