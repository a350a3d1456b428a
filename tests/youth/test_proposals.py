"""Young people send proposals; youth workers moderate, merge and price them."""

import io
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.models import ModelLogEntry

from participation import photo_cleaning
from participation.models import ModerationStatus
from places.models import Area
from tests.youth.factories import ProposalFactory
from youth.models import YouthContact, YouthProposal

pytestmark = pytest.mark.django_db

THANKS_NL = "Bedankt! Een medewerker bekijkt je voorstel eerst."
EMAIL = "jongere@example.org"


def form_url(youth_home):
    return f"{youth_home.url}voorstel-doen/"


def detail_url(youth_home, proposal):
    return f"{youth_home.url}voorstel/{proposal.pk}/"


def proposal_data(**overrides):
    data = {
        "title": "Een skatebaan bij het park",
        "what": "Een skatebaan met een paar schansen.",
        "why": "Nu skaten we op de parkeerplaats. Dat is gevaarlijk.",
        "area": "",  # the whole municipality
        "proposer_cost": "",
        "age_band": "12-15",
        "email": "",
        "website": "",
    }
    data.update(overrides)
    return data


def photo_file(image_format="JPEG", name="foto.jpg", with_exif=False):
    buffer = io.BytesIO()
    picture = Image.new("RGB", (40, 30), "#6b21a8")
    options = {}
    if with_exif:
        exif = Image.Exif()
        exif[0x010F] = "Telefoonmerk"  # camera make
        options["exif"] = exif
    picture.save(buffer, image_format, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


# Sending a proposal


def test_young_person_sends_a_proposal_that_waits_for_a_youth_worker(client, youth_home):
    response = client.post(
        form_url(youth_home), proposal_data(proposer_cost="2.500", email=EMAIL), follow=True
    )

    assert response.redirect_chain == [(youth_home.url, 302)]
    proposal = YouthProposal.objects.get()
    assert proposal.status == ModerationStatus.PENDING
    assert proposal.youth_home_id == youth_home.pk
    assert proposal.proposer_cost == Decimal("2500")
    assert proposal.cost_estimate is None
    assert proposal.contact.email == EMAIL
    assert proposal.title not in response.content.decode()  # not public yet
    assert [str(m) for m in response.context["messages"]] == [THANKS_NL]  # needs the nl catalogue


def test_the_form_works_without_an_email_address_and_stores_no_contact(client, youth_home):
    client.post(form_url(youth_home), proposal_data())

    assert YouthProposal.objects.get().contact is None
    assert YouthContact.objects.count() == 0
    assert mail.outbox == []


def test_a_confirmation_is_sent_only_to_the_address_that_was_given(client, youth_home):
    client.post(form_url(youth_home), proposal_data(email=EMAIL))

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [EMAIL]
    assert "Een skatebaan bij het park" in message.subject
    assert "Een skatebaan bij het park" in message.body
    assert "<" not in message.body  # plain text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2500", "2500"), ("2.500", "2500"), ("€ 2.500,50", "2500.50"), ("1500,-", "1500")],
)
def test_the_own_cost_estimate_is_read_as_dutch_people_write_amounts(
    client, youth_home, typed, stored
):
    client.post(form_url(youth_home), proposal_data(proposer_cost=typed))

    assert YouthProposal.objects.get().proposer_cost == Decimal(stored)


def test_an_amount_in_words_is_refused(client, youth_home):
    response = client.post(form_url(youth_home), proposal_data(proposer_cost="veel geld"))

    assert response.status_code == 400
    assert "proposer_cost" in response.context["form"].errors
    assert not YouthProposal.objects.exists()


def test_a_ten_thousand_character_title_is_refused_and_nothing_is_saved(client, youth_home):
    response = client.post(form_url(youth_home), proposal_data(title="x" * 10_000, email=EMAIL))

    assert response.status_code == 400
    assert "title" in response.context["form"].errors
    assert not YouthProposal.objects.exists()
    assert not YouthContact.objects.exists()
    assert mail.outbox == []


def test_what_and_why_are_limited_to_1500_characters(client, youth_home):
    response = client.post(form_url(youth_home), proposal_data(what="a" * 1501, why="b" * 1501))

    assert set(response.context["form"].errors) == {"what", "why"}
    assert not YouthProposal.objects.exists()


@pytest.mark.parametrize("age_band", ["", "24-99", "15"])
def test_the_age_band_is_required_and_must_be_one_of_the_three(client, youth_home, age_band):
    response = client.post(form_url(youth_home), proposal_data(age_band=age_band))

    assert response.status_code == 400
    assert "age_band" in response.context["form"].errors
    assert not YouthProposal.objects.exists()


def test_the_form_asks_nothing_else_about_the_person(client, youth_home, areas):
    form = client.get(form_url(youth_home)).context["form"]

    assert set(form.fields) == {
        "title",
        "what",
        "why",
        "area",
        "proposer_cost",
        "age_band",
        "photo",
        "email",
        "website",
    }
    assert [value for value, _label in form.fields["age_band"].choices] == [
        "12-15",
        "16-18",
        "19-23",
    ]


def test_a_filled_in_honeypot_is_refused(client, youth_home):
    response = client.post(form_url(youth_home), proposal_data(website="http://spam.example"))

    assert response.status_code == 400
    assert not YouthProposal.objects.exists()


def test_too_many_proposals_from_one_client_are_refused(client, youth_home, settings):
    settings.CONSULTATION_RATE_LIMIT = (2, 3600)
    for number in range(2):
        assert (
            client.post(form_url(youth_home), proposal_data(title=f"Idee {number}")).status_code
            == 302
        )

    response = client.post(form_url(youth_home), proposal_data(title="Idee 3"))

    assert response.status_code == 429
    assert YouthProposal.objects.count() == 2


def test_the_form_needs_a_csrf_token(youth_home):
    response = Client(enforce_csrf_checks=True).post(form_url(youth_home), proposal_data())

    assert response.status_code == 403
    assert not YouthProposal.objects.exists()


def test_the_form_page_shows_the_errors_with_the_text_kept(client, youth_home):
    response = client.post(form_url(youth_home), proposal_data(title="", what="Mijn eigen tekst"))
    html = response.content.decode()

    assert 'href="#proposal-title"' in html
    assert "Mijn eigen tekst" in html
    assert 'aria-invalid="true"' in html


# The place


def test_the_place_is_chosen_from_the_villages_with_their_neighbourhoods(client, youth_home, areas):
    """In the order editors gave the villages, each with its neighbourhoods."""
    for position, slug in enumerate(["raamsdonksveer", "raamsdonk"]):
        Area.objects.filter(pk=areas[slug].area.pk).update(sort_order=position)
    html = client.get(form_url(youth_home)).content.decode()
    select = html.split('id="proposal-area"')[1].split("</select>")[0]

    assert re.findall(r'<option value="([^"]*)"', select) == [
        "",
        str(areas["raamsdonksveer"].area.pk),
        str(areas["centrum"].area.pk),
        str(areas["raamsdonk"].area.pk),
    ]
    assert '<optgroup label="Raamsdonksveer">' in select
    assert select.index("<optgroup") < select.index(">Centrum<") < select.index("</optgroup>")
    assert select.index("</optgroup>") < select.index(">Raamsdonk<")


def test_a_proposal_about_a_neighbourhood_is_linked_to_its_area_page(client, youth_home, areas):
    client.post(form_url(youth_home), proposal_data(area=str(areas["centrum"].area.pk)))

    assert YouthProposal.objects.get().area == areas["centrum"].area


def test_a_proposal_without_a_place_is_about_the_whole_municipality(client, youth_home, areas):
    client.post(form_url(youth_home), proposal_data(area=""))

    assert YouthProposal.objects.get().area is None


@pytest.mark.parametrize("value", ["999999", "Raamsdonksveer", "<script>"])
def test_a_place_that_is_not_in_the_list_is_refused(client, youth_home, areas, value):
    response = client.post(form_url(youth_home), proposal_data(area=value))

    assert response.status_code == 400
    assert "area" in response.context["form"].errors
    assert not YouthProposal.objects.exists()


def test_an_unpublished_area_cannot_be_chosen(client, youth_home, areas):
    areas["raamsdonk"].unpublish()

    response = client.post(
        form_url(youth_home), proposal_data(area=str(areas["raamsdonk"].area.pk))
    )

    assert response.status_code == 400
    assert "area" in response.context["form"].errors


def test_without_area_pages_the_form_does_not_ask_for_a_place(client, youth_home):
    response = client.get(form_url(youth_home))

    assert "area" not in response.context["form"].fields
    assert 'id="proposal-area"' not in response.content.decode()
    assert client.post(form_url(youth_home), proposal_data()).status_code == 302


def test_the_proposal_page_links_to_its_area_page(client, youth_home, areas):
    proposal = ProposalFactory(youth_home=youth_home, area=areas["centrum"].area)

    html = client.get(detail_url(youth_home, proposal)).content.decode()

    assert f'href="{areas["centrum"].url}">Centrum</a>' in html


# Photos


def test_a_photo_is_saved_again_without_hidden_data(client, youth_home):
    client.post(form_url(youth_home), {**proposal_data(), "photo": photo_file(with_exif=True)})

    proposal = YouthProposal.objects.get()
    assert proposal.image.name.startswith("youth/proposals/")
    assert not proposal.image.name.endswith("foto.jpg")  # a new, random name
    with proposal.image.open() as stored, Image.open(stored) as picture:
        assert picture.format == "JPEG"
        assert not picture.getexif()


def test_a_file_that_is_not_a_photo_is_refused(client, youth_home):
    fake = SimpleUploadedFile("foto.jpg", b"<?php echo 'hallo'; ?>", content_type="image/jpeg")

    response = client.post(form_url(youth_home), {**proposal_data(), "photo": fake})

    assert response.status_code == 400
    assert "photo" in response.context["form"].errors
    assert not YouthProposal.objects.exists()


def test_a_gif_is_refused(client, youth_home):
    response = client.post(
        form_url(youth_home), {**proposal_data(), "photo": photo_file("GIF", "foto.gif")}
    )

    assert "photo" in response.context["form"].errors


def test_a_photo_that_is_too_large_is_refused(client, youth_home, monkeypatch):
    monkeypatch.setattr(photo_cleaning, "PHOTO_MAX_BYTES", 100)

    response = client.post(form_url(youth_home), {**proposal_data(), "photo": photo_file()})

    assert "photo" in response.context["form"].errors
    assert not YouthProposal.objects.exists()


# Reading proposals


def test_a_pending_proposal_is_not_public(client, youth_home):
    proposal = ProposalFactory(youth_home=youth_home, status=ModerationStatus.PENDING)

    assert client.get(detail_url(youth_home, proposal)).status_code == 404
    assert proposal.title not in client.get(youth_home.url).content.decode()


def test_a_rejected_proposal_is_not_public(client, youth_home):
    proposal = ProposalFactory(youth_home=youth_home, status=ModerationStatus.REJECTED)

    assert client.get(detail_url(youth_home, proposal)).status_code == 404


def test_a_proposal_of_another_youth_section_is_not_found_here(client, home, youth_home):
    from tests.youth.factories import YouthHomePageFactory

    other = YouthHomePageFactory(parent=home, slug="jongeren-twee", title="Jongeren twee")
    proposal = ProposalFactory(youth_home=other)

    assert client.get(detail_url(youth_home, proposal)).status_code == 404


def test_a_published_proposal_shows_no_personal_data(client, youth_home):
    proposal = ProposalFactory(
        youth_home=youth_home,
        title="Een hangplek met wifi",
        age_band="19-23",
        contact=YouthContact.objects.create(email=EMAIL),
        proposer_cost=5000,
        cost_estimate=15000,
    )

    for url in (youth_home.url, detail_url(youth_home, proposal)):
        html = client.get(url).content.decode()
        assert "Een hangplek met wifi" in html
        assert EMAIL not in html
        assert "19-23" not in html
        assert "19 to 23" not in html and "19 tot 23" not in html
    assert "15.000" in html


def test_the_young_persons_text_is_always_escaped(client, youth_home, areas):
    proposal = ProposalFactory(
        youth_home=youth_home,
        title='<script>alert("titel")</script>',
        what="<b>vet</b>\nnieuwe regel",
        area=areas["centrum"].area,
    )
    areas["centrum"].title = "<i>buurt</i>"
    areas["centrum"].save_revision().publish()

    for url in (youth_home.url, detail_url(youth_home, proposal)):
        html = client.get(url).content.decode()
        assert '<script>alert("titel")' not in html
        assert "&lt;script&gt;" in html
        assert "<i>buurt</i>" not in html
    assert "&lt;b&gt;vet&lt;/b&gt;<br>nieuwe regel" in html


def test_a_merged_proposal_redirects_to_the_one_it_joined(client, youth_home):
    target = ProposalFactory(youth_home=youth_home, title="Een skatebaan")
    duplicate = ProposalFactory(
        youth_home=youth_home, status=ModerationStatus.REJECTED, merged_into=target
    )

    response = client.get(detail_url(youth_home, duplicate))

    assert response.status_code == 302
    assert response["Location"] == detail_url(youth_home, target)


def test_a_merged_proposal_whose_target_is_not_published_is_not_found(client, youth_home):
    target = ProposalFactory(youth_home=youth_home, status=ModerationStatus.PENDING)
    duplicate = ProposalFactory(
        youth_home=youth_home, status=ModerationStatus.REJECTED, merged_into=target
    )

    assert client.get(detail_url(youth_home, duplicate)).status_code == 404


# Moderation in the admin


def admin_url(view, *args):
    return reverse(f"wagtailsnippets_youth_youthproposal:{view}", args=args)


def user_in(django_user_model, username, group):
    user = django_user_model.objects.create_user(username=username, password="pw")
    user.groups.add(group)
    return user


@pytest.fixture
def youth_worker(client, django_user_model):
    user = user_in(django_user_model, "jongerenwerker", Group.objects.get(name="Jongerenwerkers"))
    client.force_login(user)
    return user


@pytest.fixture
def moderator_without_personal_data(django_user_model):
    """Moderates proposals but may not see e-mail addresses."""
    group = Group.objects.create(name="Alleen modereren")
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "view_youthproposal",
                "change_youthproposal",
                "moderate_youthproposal",
            ]
        )
    )
    return user_in(django_user_model, "moderator", group)


@pytest.fixture
def pending(youth_home):
    return ProposalFactory(
        youth_home=youth_home,
        title="Een bankje bij de bushalte",
        status=ModerationStatus.PENDING,
        contact=YouthContact.objects.create(email=EMAIL),
    )


def log_actions(proposal):
    return list(
        ModelLogEntry.objects.filter(object_id=str(proposal.pk))
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_youth_worker_sees_waiting_proposals_first(client, youth_worker, youth_home, pending):
    ProposalFactory(youth_home=youth_home, title="Al gepubliceerd")

    response = client.get(admin_url("list"))
    html = response.content.decode()

    assert response.status_code == 200
    assert html.index("Een bankje bij de bushalte") < html.index("Al gepubliceerd")


def test_the_list_can_be_filtered_by_status(client, youth_worker, youth_home, pending):
    ProposalFactory(youth_home=youth_home, title="Al gepubliceerd")

    html = client.get(admin_url("list"), {"status": "pending"}).content.decode()

    assert "Een bankje bij de bushalte" in html
    assert "Al gepubliceerd" not in html


def test_youth_worker_approves_a_proposal_and_it_is_logged(client, youth_worker, pending):
    response = client.post(admin_url("approve", pending.pk))

    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == ModerationStatus.PUBLISHED
    entry = ModelLogEntry.objects.get(action="youth.approve")
    assert entry.user == youth_worker


def test_approval_needs_a_post(client, youth_worker, pending):
    response = client.get(admin_url("approve", pending.pk))

    assert response.status_code == 200
    pending.refresh_from_db()
    assert pending.status == ModerationStatus.PENDING


def test_youth_worker_rejects_a_proposal_with_a_reason(client, youth_worker, pending):
    client.post(admin_url("reject", pending.pk), {"reason": "Er staat een naam in."})

    pending.refresh_from_db()
    assert pending.status == ModerationStatus.REJECTED
    assert pending.rejection_reason == "Er staat een naam in."
    assert ModelLogEntry.objects.get(action="youth.reject").data == {
        "reason": "Er staat een naam in."
    }


def test_a_rejection_needs_a_reason(client, youth_worker, pending):
    response = client.post(admin_url("reject", pending.pk), {"reason": ""})

    assert response.status_code == 200
    pending.refresh_from_db()
    assert pending.status == ModerationStatus.PENDING


def test_youth_worker_merges_a_duplicate_into_another_proposal(
    client, youth_worker, youth_home, pending
):
    target = ProposalFactory(youth_home=youth_home, title="Overdekte bushalte")
    earlier = ProposalFactory(
        youth_home=youth_home, status=ModerationStatus.REJECTED, merged_into=pending
    )

    response = client.post(admin_url("merge", pending.pk), {"target": target.pk})

    assert response.status_code == 302
    pending.refresh_from_db()
    earlier.refresh_from_db()
    assert pending.merged_into == target
    assert pending.status == ModerationStatus.REJECTED
    assert "Overdekte bushalte" in pending.rejection_reason
    assert earlier.merged_into == target
    entry = ModelLogEntry.objects.get(action="youth.merge")
    assert entry.user == youth_worker
    assert entry.data["into"] == target.pk
    assert client.get(detail_url(youth_home, pending))["Location"] == detail_url(youth_home, target)


def test_the_merge_reason_is_in_dutch(client, youth_worker, youth_home, pending):
    target = ProposalFactory(youth_home=youth_home, title="Overdekte bushalte")

    client.post(admin_url("merge", pending.pk), {"target": target.pk})

    pending.refresh_from_db()
    assert pending.rejection_reason == "Samengevoegd met “Overdekte bushalte”"  # nl catalogue


def test_a_proposal_cannot_be_merged_into_itself_or_a_rejected_one(
    client, youth_worker, youth_home, pending
):
    rejected = ProposalFactory(youth_home=youth_home, status=ModerationStatus.REJECTED)

    for target in (pending, rejected):
        response = client.post(admin_url("merge", pending.pk), {"target": target.pk})
        assert response.status_code == 200
    pending.refresh_from_db()
    assert pending.merged_into is None
    assert pending.status == ModerationStatus.PENDING


def test_youth_worker_edits_for_privacy_and_sets_the_cost_estimate(client, youth_worker, pending):
    response = client.get(admin_url("edit", pending.pk))
    form = response.context["form"]
    data = {name: form.initial.get(name) or "" for name in form.fields if name not in {"image"}}
    data.update(what="Een bankje bij de bushalte.", cost_estimate="1200")

    response = client.post(admin_url("edit", pending.pk), data)

    assert response.status_code == 302, response.context["form"].errors
    pending.refresh_from_db()
    assert pending.what == "Een bankje bij de bushalte."
    assert pending.cost_estimate == Decimal("1200")
    assert pending.status == ModerationStatus.PENDING
    assert "youth.privacy_edit" in log_actions(pending)


def test_the_email_shows_only_with_the_personal_data_permission(
    client, youth_worker, moderator_without_personal_data, pending
):
    assert EMAIL in client.get(admin_url("edit", pending.pk)).content.decode()

    client.force_login(moderator_without_personal_data)
    response = client.get(admin_url("edit", pending.pk))

    assert response.status_code == 200
    assert EMAIL not in response.content.decode()


def test_someone_without_the_moderate_permission_cannot_moderate(
    client, django_user_model, pending
):
    editors = Group.objects.create(name="Gewone redactie")
    editors.permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_youthproposal", "change_youthproposal"]
        )
    )
    client.force_login(user_in(django_user_model, "redacteur", editors))

    assert client.post(admin_url("approve", pending.pk)).status_code in {302, 403}
    assert client.get(admin_url("list")).status_code in {302, 403}
    assert client.get(admin_url("edit", pending.pk)).status_code in {302, 403}
    pending.refresh_from_db()
    assert pending.status == ModerationStatus.PENDING


def test_approving_a_merged_duplicate_makes_it_stand_on_its_own(client, youth_worker, youth_home):
    target = ProposalFactory(youth_home=youth_home)
    duplicate = ProposalFactory(
        youth_home=youth_home, status=ModerationStatus.REJECTED, merged_into=target
    )

    client.post(admin_url("approve", duplicate.pk))

    duplicate.refresh_from_db()
    assert duplicate.status == ModerationStatus.PUBLISHED
    assert duplicate.merged_into is None
    assert client.get(detail_url(youth_home, duplicate)).status_code == 200


def test_the_admin_menu_has_a_youth_section_with_the_proposals(client, youth_worker, pending):
    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert admin_url("list") in html


def test_the_listing_shows_an_empty_cost_estimate_as_empty(client, youth_worker, pending):
    html = client.get(admin_url("list")).content.decode()
    cells = re.findall(r"<td[^>]*>(.*?)</td>", html, re.S)

    assert cells
    assert all(cell.strip() != "None" for cell in cells)
