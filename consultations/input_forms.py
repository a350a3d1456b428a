"""The forms residents use to share an idea, react and leave their contact details.

Contact details (optional name and e-mail) go into a ``Participant`` apart from the content, so
the anonymiser can remove them on the retention date. New input is published at once when the
consultation uses post-moderation, otherwise it waits for a staff member.
"""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from consultations.models.contributions import (
    IDEA_DESCRIPTION_MAX,
    IDEA_TITLE_MAX,
    REACTION_MAX,
    Idea,
    ModerationStatus,
    Participant,
    Reaction,
)
from participation.moderation import mark_published
from participation.resident_fields import (
    TOO_LONG,
    DesignSystemWidgetsMixin,
    ResidentPhotoField,
    ResidentTextField,
)
from participation.spam_protection import HoneypotFormMixin

NAME_MAX = 100
NEIGHBOURHOOD_MAX = 100


def status_for_new_input(consultation) -> str:
    """Published at once under post-moderation; otherwise waiting for a moderator."""
    if consultation.moderation == consultation.Moderation.AFTER:
        return ModerationStatus.PUBLISHED
    return ModerationStatus.PENDING


def publish_if_post_moderated(contribution, consultation) -> None:
    """New input is published at once under post-moderation (not saved here)."""
    if status_for_new_input(consultation) == ModerationStatus.PUBLISHED:
        mark_published(contribution)


class ContactDetailsMixin(forms.Form):
    """Optional name and e-mail, kept apart from the content of the input."""

    name = forms.CharField(
        label=_("Your name"),
        required=False,
        max_length=NAME_MAX,
        error_messages={"max_length": TOO_LONG},
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send you a confirmation. Later we tell you what we did with your input."),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Fill in a valid e-mail address, such as naam@voorbeeld.nl.")},
    )

    def participant_for(self, consultation) -> Participant | None:
        """A new Participant with the contact details, or None when none were given."""
        name = self.cleaned_data.get("name", "").strip()
        email = self.cleaned_data.get("email", "").strip()
        if not (name or email):
            return None
        return Participant.objects.create(consultation=consultation, name=name, email=email)


class IdeaForm(DesignSystemWidgetsMixin, ContactDetailsMixin, HoneypotFormMixin, forms.Form):
    """A resident's idea: title, description, optional neighbourhood and photo."""

    title = ResidentTextField(
        label=_("Title of your idea"),
        help_text=_("Use at most 120 characters."),
        max_length=IDEA_TITLE_MAX,
        error_messages={"required": _("Give your idea a title."), "max_length": TOO_LONG},
    )
    description = ResidentTextField(
        label=_("Describe your idea"),
        help_text=_("Use at most 2000 characters. Do not write about other people."),
        max_length=IDEA_DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Describe your idea."), "max_length": TOO_LONG},
    )
    neighbourhood = forms.CharField(
        label=_("Neighbourhood or street"),
        help_text=_("Where is your idea about? For example: Raamsdonksveer centrum."),
        required=False,
        max_length=NEIGHBOURHOOD_MAX,
        error_messages={"max_length": TOO_LONG},
    )
    photo = ResidentPhotoField()

    field_order = ["title", "description", "neighbourhood", "photo", "name", "email"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "idea-%s")
        super().__init__(*args, **kwargs)

    @transaction.atomic
    def save(self, consultation) -> Idea:
        """Store the idea (and the contact details, if any) for ``consultation``."""
        idea = Idea(
            consultation=consultation,
            participant=self.participant_for(consultation),
            title=self.cleaned_data["title"].strip(),
            description=self.cleaned_data["description"].strip(),
            neighbourhood=self.cleaned_data.get("neighbourhood", "").strip(),
        )
        publish_if_post_moderated(idea, consultation)
        if photo := self.cleaned_data.get("photo"):
            idea.image.save(photo.name, photo, save=False)
        idea.save()
        return idea


class ReactionForm(DesignSystemWidgetsMixin, ContactDetailsMixin, HoneypotFormMixin, forms.Form):
    """A reaction on the consultation, or on one of its published ideas."""

    text = ResidentTextField(
        label=_("Your reaction"),
        help_text=_("Use at most 1000 characters. Do not write about other people."),
        max_length=REACTION_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Write your reaction."), "max_length": TOO_LONG},
    )
    idea = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)

    field_order = ["text", "name", "email", "idea"]

    def __init__(self, *args, consultation=None, **kwargs):
        kwargs.setdefault("auto_id", "reaction-%s")
        super().__init__(*args, **kwargs)
        self.consultation = consultation

    def clean_idea(self):
        idea_id = self.cleaned_data.get("idea")
        if not idea_id:
            return None
        idea = Idea.objects.filter(
            pk=idea_id, consultation=self.consultation, status=ModerationStatus.PUBLISHED
        ).first()
        if idea is None:
            raise forms.ValidationError(_("You cannot react to this idea."))
        return idea

    @transaction.atomic
    def save(self) -> Reaction:
        """Store the reaction (and the contact details, if any)."""
        reaction = Reaction(
            consultation=self.consultation,
            idea=self.cleaned_data.get("idea"),
            participant=self.participant_for(self.consultation),
            text=self.cleaned_data["text"].strip(),
        )
        publish_if_post_moderated(reaction, self.consultation)
        reaction.save()
        return reaction
