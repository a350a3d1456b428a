"""The form a young person uses to send a proposal ("Doe een voorstel").

We ask only the age band about the person. The optional e-mail address goes into a
``YouthContact`` apart from the proposal, so it never shows on the website. A new proposal always
waits for a youth worker before it is published. The place is one of the villages and
neighbourhoods that have a published area page (neighbourhoods grouped under their village) or,
when none is chosen, the whole municipality.
"""

from decimal import Decimal

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from participation.models import ModerationStatus
from participation.resident_fields import (
    DesignSystemWidgetsMixin,
    EuroAmountField,
    ResidentPhotoField,
    ResidentTextField,
)
from participation.spam_protection import HoneypotFormMixin
from places.models import Area
from youth.models.proposals import TEXT_MAX, TITLE_MAX, AgeBand, YouthContact, YouthProposal

COST_MAX = Decimal("9999999")
EMAIL_MAX = 254
TOO_LONG = _("Use at most %(limit_value)d characters. You typed %(show_value)d.")


def presented_areas() -> list[Area]:
    """The villages and neighbourhoods that have a published page, each village followed by its
    neighbourhoods."""
    return Area.objects.presented().in_tree_order()


def area_choices(areas: list[Area]) -> list:
    """``areas`` (in tree order) as grouped choices: a village without neighbourhoods is one
    option; a village with neighbourhoods becomes a group of "All of <village>" and its
    neighbourhoods. The first choice, empty, is the whole municipality."""
    listed = {area.pk for area in areas}
    groups: dict[int, list] = {}
    villages = []
    for area in areas:
        if area.parent_id in listed:
            groups.setdefault(area.parent_id, []).append((str(area.pk), area.name))
        else:
            villages.append(area)
    choices = [("", _("Whole municipality"))]
    for village in villages:
        if village.pk in groups:
            everywhere = _("All of %(village)s") % {"village": village.name}
            choices.append((village.name, [(str(village.pk), everywhere), *groups[village.pk]]))
        else:
            choices.append((str(village.pk), village.name))
    return choices


class YouthProposalForm(DesignSystemWidgetsMixin, HoneypotFormMixin, forms.Form):
    """Title, what, why, place, own cost estimate, age band, photo and an optional e-mail."""

    title = ResidentTextField(
        label=_("Title of your proposal"),
        help_text=_("Short and clear. Use at most 100 characters."),
        max_length=TITLE_MAX,
        error_messages={"required": _("Give your proposal a title."), "max_length": TOO_LONG},
    )
    what = ResidentTextField(
        label=_("What do you want?"),
        help_text=_("Use at most 1500 characters. Do not write about other people."),
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write what you want."), "max_length": TOO_LONG},
    )
    why = ResidentTextField(
        label=_("Why is it a good idea?"),
        help_text=_("Use at most 1500 characters."),
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write why it is a good idea."), "max_length": TOO_LONG},
    )
    area = forms.ChoiceField(
        label=_("Which town or neighbourhood is your proposal about?"),
        help_text=_("Is it about every town? Then choose: Whole municipality."),
        required=False,
        widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
        error_messages={"invalid_choice": _("Choose a place from the list.")},
    )
    proposer_cost = EuroAmountField(
        label=_("What do you think it costs? (in euro)"),
        help_text=_("Only if you know. We also make our own estimate."),
        required=False,
        min_value=0,
        max_value=COST_MAX,
        max_digits=9,
        decimal_places=2,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={
            "invalid": _("Write an amount in numbers, such as 2500."),
            "min_value": _("Write an amount of 0 or more."),
            "max_value": _("This amount is too high. Write a lower amount."),
            "max_decimal_places": _("Use at most 2 digits after the comma."),
            "max_digits": _("This amount is too high. Write a lower amount."),
        },
    )
    age_band = forms.ChoiceField(
        label=_("How old are you?"),
        help_text=_("We only ask this to see which ages take part."),
        choices=AgeBand.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how old you are."),
            "invalid_choice": _("Choose how old you are."),
        },
    )
    photo = ResidentPhotoField(
        help_text=_(
            "A JPG, PNG or WebP file of at most 5 MB. No people in the photo, please. "
            "We remove hidden data from the photo, such as the place where you took it."
        ),
    )
    email = forms.EmailField(
        label=_("E-mail address for news"),
        help_text=_("Only if you want news about your proposal. We never show it on the website."),
        required=False,
        max_length=EMAIL_MAX,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Fill in a valid e-mail address, such as naam@voorbeeld.nl."),
            "max_length": _("This e-mail address is too long."),
        },
    )

    field_order = [
        "title",
        "what",
        "why",
        "area",
        "proposer_cost",
        "age_band",
        "photo",
        "email",
    ]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "proposal-%s")
        super().__init__(*args, **kwargs)
        areas = presented_areas()
        self.areas_by_id = {str(area.pk): area for area in areas}
        if areas:
            self.fields["area"].choices = area_choices(areas)
        else:
            del self.fields["area"]  # a site without area pages: nothing to choose

    def clean_title(self):
        """One line: a title also becomes the subject of the confirmation e-mail."""
        return " ".join(self.cleaned_data["title"].split())

    def clean_area(self) -> Area | None:
        """The chosen area (the choices only hold areas with a published page); None for
        everywhere."""
        return self.areas_by_id.get(self.cleaned_data.get("area", ""))

    @transaction.atomic
    def save(self, youth_home) -> YouthProposal:
        """Store the proposal (waiting for moderation) and the e-mail address, if any."""
        email = self.cleaned_data.get("email", "").strip()
        proposal = YouthProposal(
            youth_home=youth_home,
            title=self.cleaned_data["title"].strip(),
            what=self.cleaned_data["what"].strip(),
            why=self.cleaned_data["why"].strip(),
            area=self.cleaned_data.get("area"),
            proposer_cost=self.cleaned_data.get("proposer_cost"),
            age_band=self.cleaned_data["age_band"],
            contact=YouthContact.objects.create(email=email) if email else None,
            status=ModerationStatus.PENDING,
        )
        if photo := self.cleaned_data.get("photo"):
            proposal.image.save(photo.name, photo, save=False)
        proposal.save()
        return proposal
