"""The feedback report: dispositions, publication, e-mails to participants and unsubscribing."""

import re
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from consultations.feedback import DISPOSITION_ACTION, PUBLISHED_ACTION, send_feedback_emails
from consultations.models import (
    ConsultationPage,
    Disposition,
    ModerationStatus,
    Participant,
    PhaseKind,
    SurveyTheme,
)
from tests.consultations.factories import (
    IdeaFactory,
    ParticipantFactory,
    ReactionFactory,
    make_consultation,
)
from tests.consultations.mail_link_pages import press_the_button

pytestmark = pytest.mark.django_db

SUMMARY = "<p>Het plein krijgt meer groen. We plaatsen ook bankjes.</p>"


@pytest.fixture
def staff(django_user_model):
    """A participation staff member (group "Participatiemedewerkers"), not a superuser."""
    user = django_user_model.objects.create_user("participatie", "p@example.org", "x")
    user.groups.add(Group.objects.get(name="Participatiemedewerkers"))
    return user


@pytest.fixture
def staff_client(staff):
    client = Client()
    client.force_login(staff)
    return client


@pytest.fixture
def consultation(consultation_index):
    """A consultation in the processing phase with a summary, ready for dispositions."""
    page = make_consultation(
        consultation_index, current=PhaseKind.PROCESSING, feedback_summary=SUMMARY
    )
    page.save_revision().publish()
    return ConsultationPage.objects.get(pk=page.pk)


def published_idea(consultation, participant=None, **fields):
    values = {
        "consultation": consultation,
        "participant": participant,
        "status": ModerationStatus.PUBLISHED,
        "disposition": Disposition.ADOPTED,
        "disposition_reason": "Past in het ontwerp.",
        **fields,
    }
    return IdeaFactory(**values)


def admin_url(consultation, action=""):
    return f"/admin/participatie/terugkoppeling/{consultation.pk}/{action}"


def publish(client, consultation):
    return client.post(admin_url(consultation, "publiceren/"), follow=True)


def path_of(url):
    parts = urlparse(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def links_in(message, marker):
    return [path_of(url) for url in re.findall(r"https?://\S+", message.body) if marker in url]


# Publishing is refused until the report is complete --------------------------------------------


def test_publishing_is_refused_without_a_summary(staff_client, consultation_index):
    consultation = make_consultation(consultation_index, current=PhaseKind.PROCESSING)
    published_idea(consultation)

    response = publish(staff_client, consultation)

    consultation.refresh_from_db()
    assert consultation.feedback_published_at is None
    assert "summary" in response.content.decode().lower() or "samenvatting" in (
        response.content.decode().lower()
    )
    assert mail.outbox == []


def test_publishing_is_refused_while_a_contribution_lacks_a_disposition(staff_client, consultation):
    published_idea(consultation, title="Een speeltuin bij de kerk", disposition="")
    ParticipantFactory(consultation=consultation)

    response = publish(staff_client, consultation)

    consultation.refresh_from_db()
    assert consultation.feedback_published_at is None
    assert "Een speeltuin bij de kerk" in response.content.decode()
    assert mail.outbox == []


def test_a_pending_or_rejected_idea_does_not_block_publication(staff_client, consultation):
    published_idea(consultation)
    IdeaFactory(consultation=consultation, status=ModerationStatus.PENDING)
    IdeaFactory(consultation=consultation, status=ModerationStatus.REJECTED)

    publish(staff_client, consultation)

    consultation.refresh_from_db()
    assert consultation.feedback_published_at is not None


# The disposition screen ------------------------------------------------------------------------


def formset_data(prefix, forms, initial=None):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(forms)),
        f"{prefix}-INITIAL_FORMS": str(len(forms) if initial is None else initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, values in enumerate(forms):
        data.update({f"{prefix}-{index}-{name}": value for name, value in values.items()})
    return data


def test_staff_give_dispositions_to_ideas_reactions_and_themes_in_one_form(
    staff_client, consultation
):
    idea = published_idea(consultation, disposition="", disposition_reason="")
    reaction = ReactionFactory(consultation=consultation, status=ModerationStatus.PUBLISHED)

    screen = staff_client.get(admin_url(consultation))
    response = staff_client.post(
        admin_url(consultation),
        {
            **formset_data(
                "ideas",
                [{"id": idea.pk, "disposition": "partly", "disposition_reason": "Deels."}],
            ),
            **formset_data(
                "reactions",
                [{"id": reaction.pk, "disposition": "out_of_scope", "disposition_reason": "Nee."}],
            ),
            **formset_data(
                "themes",
                [
                    {
                        "title": "Verkeer",
                        "summary": "Veel mensen vinden het te druk.",
                        "disposition": "adopted",
                        "disposition_reason": "We maken een 30-zone.",
                        "sort_order": "0",
                    }
                ],
                initial=0,
            ),
        },
    )

    assert screen.status_code == 200
    assert "2 contributions have no" in screen.content.decode() or "2 bijdragen" in (
        screen.content.decode()
    )
    assert response.status_code == 302
    idea.refresh_from_db()
    reaction.refresh_from_db()
    assert (idea.disposition, idea.disposition_reason) == ("partly", "Deels.")
    assert reaction.disposition == "out_of_scope"
    theme = SurveyTheme.objects.get(consultation=consultation)
    assert (theme.title, theme.disposition) == ("Verkeer", "adopted")
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(action=DISPOSITION_ACTION).count() == 2


def test_a_disposition_without_a_reason_is_refused_and_nothing_is_saved(staff_client, consultation):
    idea = published_idea(consultation, disposition="", disposition_reason="")
    other = published_idea(consultation, disposition="", disposition_reason="")

    response = staff_client.post(
        admin_url(consultation),
        {
            **formset_data(
                "ideas",
                [
                    {"id": idea.pk, "disposition": "adopted", "disposition_reason": ""},
                    {"id": other.pk, "disposition": "adopted", "disposition_reason": "Goed."},
                ],
            ),
            **formset_data("reactions", []),
            **formset_data("themes", [], initial=0),
        },
    )

    assert response.status_code == 200
    idea.refresh_from_db()
    other.refresh_from_db()
    assert idea.disposition == other.disposition == ""


def test_a_survey_theme_can_be_deleted(staff_client, consultation):
    theme = SurveyTheme.objects.create(consultation=consultation, title="Parkeren", summary="Vol.")

    staff_client.post(
        admin_url(consultation),
        {
            **formset_data("ideas", []),
            **formset_data("reactions", []),
            **formset_data(
                "themes",
                [
                    {
                        "id": theme.pk,
                        "title": "Parkeren",
                        "summary": "Vol.",
                        "sort_order": "0",
                        "DELETE": "on",
                    }
                ],
            ),
        },
    )

    assert not SurveyTheme.objects.filter(pk=theme.pk).exists()


# Publication -----------------------------------------------------------------------------------


def test_publishing_shows_the_report_with_each_disposition_on_the_page(
    client, staff_client, consultation
):
    idea = published_idea(consultation, title="Meer bomen", disposition_reason="Er komt groen.")
    ReactionFactory(
        consultation=consultation,
        idea=idea,
        status=ModerationStatus.PUBLISHED,
        text="Ook fruitbomen graag",
        disposition=Disposition.NOT_ADOPTED,
        disposition_reason="Fruit trekt wespen aan.",
    )
    SurveyTheme.objects.create(
        consultation=consultation,
        title="Verkeer",
        summary="Te druk.",
        disposition=Disposition.OUT_OF_SCOPE,
        disposition_reason="Dat valt buiten dit plan.",
    )
    assert "Er komt groen." not in client.get(consultation.url).content.decode()
    assert client.get(consultation.url + "terugkoppeling/").status_code == 404

    publish(staff_client, consultation)

    consultation.refresh_from_db()
    page = client.get(consultation.url).content.decode()
    report = client.get(consultation.url + "terugkoppeling/")
    assert consultation.feedback_published_at is not None
    for text in ("Meer bomen", "Er komt groen.", "Fruit trekt wespen aan.", "Dat valt buiten"):
        assert text in page
        assert text in report.content.decode()
    # The disposition is written out as text, not shown as a colour only.
    for label in (Disposition.ADOPTED.label, Disposition.NOT_ADOPTED.label):
        assert str(label) in page
    assert "Het plein krijgt meer groen." in page
    assert "Wat hebben we met uw inbreng gedaan" in page  # Dutch: needs the compiled catalogue


def test_resident_input_in_the_report_is_shown_as_text(client, staff_client, consultation):
    published_idea(consultation, title="<script>alert(1)</script>")

    publish(staff_client, consultation)

    page = client.get(consultation.url).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_publishing_moves_the_consultation_to_the_feedback_phase_and_logs_it(
    staff_client, staff, consultation
):
    published_idea(consultation)
    assert consultation.status() == PhaseKind.PROCESSING

    publish(staff_client, consultation)

    consultation = ConsultationPage.objects.get(pk=consultation.pk)
    assert consultation.status() == PhaseKind.FEEDBACK
    entry = PageLogEntry.objects.get(action=PUBLISHED_ACTION, page=consultation)
    assert entry.user == staff
    # The latest revision knows the phase too, so publishing from the editor keeps it.
    revision_phases = consultation.latest_revision.as_object().phases.all()
    assert PhaseKind.FEEDBACK in [phase.kind for phase in revision_phases]


def test_publishing_an_older_draft_later_keeps_the_report_online(staff_client, consultation):
    published_idea(consultation)
    draft = consultation.save_revision()
    publish(staff_client, consultation)

    Revision.objects.get(pk=draft.pk).publish()  # loaded fresh, as in a later request

    consultation = ConsultationPage.objects.get(pk=consultation.pk)
    assert consultation.feedback_published_at is not None


def test_publishing_is_refused_while_an_earlier_phase_is_still_planned(
    staff_client, consultation_index
):
    consultation = make_consultation(
        consultation_index, current=PhaseKind.INPUT, feedback_summary=SUMMARY
    )
    published_idea(consultation)

    publish(staff_client, consultation)

    consultation.refresh_from_db()
    assert consultation.feedback_published_at is None


# E-mails to participants -----------------------------------------------------------------------


def test_each_participant_gets_one_email_about_their_own_contributions_with_the_rules(
    staff_client, consultation
):
    anna = ParticipantFactory(consultation=consultation, email="anna@example.org")
    bert = ParticipantFactory(consultation=consultation, email="bert@example.org")
    ParticipantFactory(consultation=consultation, email="")  # no address: nothing to send
    ParticipantFactory(consultation=consultation, wants_feedback=False)
    published_idea(consultation, anna, title="Idee van Anna", disposition_reason="Reden A.")
    published_idea(consultation, bert, title="Idee van Bert", disposition_reason="Reden B.")
    ReactionFactory(
        consultation=consultation,
        participant=anna,
        status=ModerationStatus.PUBLISHED,
        text="Reactie van Anna",
        disposition=Disposition.PARTLY_ADOPTED,
        disposition_reason="Reden C.",
    )

    publish(staff_client, consultation)

    assert sorted(message.to[0] for message in mail.outbox) == [
        "anna@example.org",
        "bert@example.org",
    ]
    to_anna = next(message for message in mail.outbox if message.to == ["anna@example.org"])
    assert len(to_anna.to) == 1 and not to_anna.cc and not to_anna.bcc
    for text in ("Idee van Anna", "Reden A.", "Reactie van Anna", "Reden C."):
        assert text in to_anna.body
    assert "Idee van Bert" not in to_anna.body
    assert "Het plein krijgt meer groen." in to_anna.body
    assert "Wat we ermee deden: " in to_anna.body  # Dutch: needs the compiled catalogue
    # The rules of the game are repeated in every e-mail.
    assert consultation.decision_maker in to_anna.body
    assert consultation.use_of_input in to_anna.body
    assert links_in(to_anna, "/terugkoppeling/afmelden/")
    assert "/e-mail/afmelden/terugkoppeling/" in to_anna.extra_headers["List-Unsubscribe"]
    assert Participant.objects.filter(feedback_sent_at__isnull=False).count() == 2


def test_publishing_again_sends_no_second_email(staff_client, consultation):
    participant = ParticipantFactory(consultation=consultation)
    published_idea(consultation, participant)
    publish(staff_client, consultation)
    first_date = ConsultationPage.objects.get(pk=consultation.pk).feedback_published_at

    publish(staff_client, consultation)
    send_feedback_emails.enqueue(consultation.pk)

    assert len(mail.outbox) == 1
    assert ConsultationPage.objects.get(pk=consultation.pk).feedback_published_at == first_date


def test_one_address_that_took_part_twice_gets_one_email(staff_client, consultation):
    first = ParticipantFactory(consultation=consultation, email="kees@example.org")
    second = ParticipantFactory(consultation=consultation, email="Kees@Example.org")
    published_idea(consultation, first, title="Eerste idee")
    published_idea(consultation, second, title="Tweede idee")

    publish(staff_client, consultation)

    assert len(mail.outbox) == 1
    assert "Eerste idee" in mail.outbox[0].body and "Tweede idee" in mail.outbox[0].body


def test_the_unsubscribe_link_stops_the_feedback_email(client, consultation):
    participant = ParticipantFactory(consultation=consultation)
    twin = ParticipantFactory(consultation=consultation, email=participant.email)
    published_idea(consultation, participant)
    ConsultationPage.objects.filter(pk=consultation.pk).update(feedback_published_at=timezone.now())
    send_feedback_emails.enqueue(consultation.pk)
    [link] = links_in(mail.outbox[0], "/afmelden/")

    response = press_the_button(client, link)

    assert response.status_code == 200
    assert not Participant.objects.get(pk=participant.pk).wants_feedback
    assert not Participant.objects.get(pk=twin.pk).wants_feedback


def test_a_forged_unsubscribe_token_is_refused(client, consultation):
    participant = ParticipantFactory(consultation=consultation)

    response = client.get(
        f"{consultation.url}terugkoppeling/afmelden/?token={participant.pk}:forged"
    )

    assert response.status_code == 400
    assert Participant.objects.get(pk=participant.pk).wants_feedback


# Permissions -----------------------------------------------------------------------------------


def test_an_editor_without_participation_rights_cannot_open_or_publish(
    django_user_model, consultation
):
    editor = django_user_model.objects.create_user("redacteur", "r@example.org", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    published_idea(consultation)

    screen = client.get(admin_url(consultation))
    publish_response = client.post(admin_url(consultation, "publiceren/"))

    assert screen.status_code in (302, 403)
    assert publish_response.status_code in (302, 403)
    consultation.refresh_from_db()
    assert consultation.feedback_published_at is None


def test_a_superuser_can_publish(django_user_model, consultation):
    admin = django_user_model.objects.create_superuser("beheer", "b@example.org", "x")
    client = Client()
    client.force_login(admin)
    published_idea(consultation)

    publish(client, consultation)

    consultation.refresh_from_db()
    assert consultation.feedback_published_at is not None


def test_publishing_needs_a_csrf_token(staff, consultation):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(staff)
    published_idea(consultation)

    assert strict.post(admin_url(consultation, "publiceren/")).status_code == 403


def test_the_feedback_overview_lists_each_consultation(staff_client, consultation):
    response = staff_client.get("/admin/participatie/terugkoppeling/")

    assert response.status_code == 200
    assert admin_url(consultation) in response.content.decode()


def test_the_participation_menu_and_the_page_editor_lead_to_the_feedback_screen(
    django_user_model, consultation
):
    admin = django_user_model.objects.create_superuser("beheerder", "c@example.org", "x")
    client = Client()
    client.force_login(admin)

    dashboard = client.get("/admin/").content.decode()
    editor = client.get(f"/admin/pages/{consultation.pk}/edit/").content.decode()

    assert "/admin/participatie/terugkoppeling/" in dashboard
    assert admin_url(consultation) in editor
