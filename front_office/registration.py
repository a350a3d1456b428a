"""Register a contact from a Kennisbank search result, in three actions: open, choose, submit.

"Register contact" on a result (an answer or a product) opens this form with the channel set to
phone. The employee chooses the outcome (answered, passed on to a team, callback request), a team
when the contact goes on, and an optional note; for a callback also the subject (filled in with
the result's title), the resident's question, phone number and the other details the team needs.
Submitting stores the ``ContactMoment`` with the result it came from and, for a callback, the
request through ``front_office.intake.create_request`` (which sends the confirmation e-mail).
Plain HTML: works without JavaScript.
"""

import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.search_query import clean_query
from front_office.models import ContactChannel, ContactMoment, ContactOutcome, HandlingTeam
from front_office.models.contacts import NOTE_MAX_LENGTH
from front_office.models.requests import (
    QUESTION_MAX_LENGTH,
    SUBJECT_MAX_LENGTH,
    PreferredTime,
    RequestKind,
    RequestSource,
)
from kcc_content.models import ProductPage, QuestionAnswer

REGISTER_PERMISSION = "front_office.add_contactmoment"
URL_NAME = "front_office_register_contact"
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()-]{10,20}$")
FOLLOW_UP = {ContactOutcome.PASSED_ON, ContactOutcome.CALLBACK}


def can_register(user) -> bool:
    """Contact-centre staff: may search the Kennisbank and register contacts."""
    return (
        user.is_active
        and user.has_perm("kcc_content.view_questionanswer")
        and user.has_perm(REGISTER_PERMISSION)
    )


class ContactRegistrationForm(forms.Form):
    """What the contact was about and what came of it; contact details only for a callback."""

    channel = forms.ChoiceField(
        label=_("Channel"),
        choices=ContactChannel.choices,
        initial=ContactChannel.PHONE,
        widget=forms.RadioSelect,
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=ContactOutcome.choices,
        initial=ContactOutcome.ANSWERED,
        widget=forms.RadioSelect,
    )
    team = forms.ModelChoiceField(
        label=_("Team (for passed on and callback)"),
        queryset=HandlingTeam.objects.filter(takes_requests=True).select_related("group"),
        required=False,
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=NOTE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    subject = forms.CharField(
        label=_("Callback: subject"), max_length=SUBJECT_MAX_LENGTH, required=False
    )
    question = forms.CharField(
        label=_("Callback: the resident's question"),
        max_length=QUESTION_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    phone = forms.CharField(label=_("Callback: phone number"), max_length=20, required=False)
    name = forms.CharField(label=_("Callback: name (optional)"), max_length=100, required=False)
    email = forms.EmailField(
        label=_("Callback: e-mail address for the confirmation (optional)"), required=False
    )
    preferred_time = forms.ChoiceField(
        label=_("Callback: preferred time of day"),
        choices=PreferredTime.choices,
        initial=PreferredTime.ANY,
    )

    def clean(self):
        data = super().clean()
        outcome = data.get("outcome")
        if outcome in FOLLOW_UP and not data.get("team"):
            self.add_error("team", _("Choose the team that takes this contact over."))
        if outcome == ContactOutcome.CALLBACK:
            for field in ("subject", "question"):
                if not data.get(field, "").strip():
                    self.add_error(field, _("Fill this in for a callback request."))
            phone = data.get("phone", "").strip()
            if not phone:
                self.add_error("phone", _("Fill in the phone number to call back."))
            elif not PHONE_PATTERN.match(phone):
                self.add_error("phone", _("Fill in a phone number of 10 digits or more."))
        return data


def _result(kind: str, pk: int):
    if kind == "answer":
        return get_object_or_404(QuestionAnswer, pk=pk, live=True)
    if kind == "product":
        return get_object_or_404(ProductPage.objects.live(), pk=pk)
    raise Http404


def _title(kind: str, result) -> str:
    return result.question if kind == "answer" else result.title


def register_contact(request, kind: str, pk: int):
    """The registration form for one search result (GET) and its submission (POST)."""
    if not can_register(request.user):
        raise PermissionDenied
    result = _result(kind, pk)
    query = clean_query(request.POST.get("q") or request.GET.get("q", ""))
    title = _title(kind, result)
    if request.method == "POST":
        form = ContactRegistrationForm(request.POST)
        if form.is_valid():
            moment, created = save_registration(form.cleaned_data, kind, result, request.user)
            if created is not None:
                text = gettext("Contact registered. Callback request %(ref)s is with %(team)s.")
                messages.success(request, text % {"ref": created.reference, "team": created.team})
            else:
                messages.success(request, gettext("Contact registered."))
            back = reverse("kcc_kennisbank")
            return redirect(f"{back}?{urlencode({'q': query})}" if query else back)
        status = 400
    else:
        form = ContactRegistrationForm(initial={"subject": title[:SUBJECT_MAX_LENGTH]})
        status = 200
    return TemplateResponse(
        request,
        "front_office/admin/register_contact.html",
        {"form": form, "kind": kind, "result": result, "result_title": title, "query": query},
        status=status,
    )


def save_registration(data: dict, kind: str, result, user, now=None):
    """Store the contact and, for a callback, its request; returns (contact, request or None)."""
    now = now or timezone.now()
    outcome = data["outcome"]
    team = data.get("team") if outcome in FOLLOW_UP else None
    with transaction.atomic():
        moment = ContactMoment.objects.create(
            registered_at=now,
            registered_by=user,
            channel=data["channel"],
            outcome=outcome,
            team=team,
            note=data.get("note", "").strip(),
        )
        if kind == "answer":
            moment.answers.add(result)
        else:
            moment.products.add(result)
        created = None
        if outcome == ContactOutcome.CALLBACK:
            from front_office.intake import create_request  # written in parallel (issue 17, HR)

            created = create_request(
                kind=RequestKind.CALLBACK,
                source=RequestSource.CONTACT_CENTRE,
                team=team,
                subject=data["subject"].strip(),
                question=data["question"].strip(),
                name=data.get("name", "").strip(),
                phone=data["phone"].strip(),
                email=data.get("email", ""),
                preferred_time=data.get("preferred_time") or PreferredTime.ANY,
                product=result if kind == "product" else None,
                contact=moment,
                now=now,
                user=user,
            )
    return moment, created


def result_action(request, kind: str, result, query: str) -> str:
    """The "Register contact" link under a Kennisbank result (for ``kcc_content.kennisbank_actions``)."""
    if not can_register(request.user):
        return ""
    url = reverse(URL_NAME, args=[kind, result.pk])
    if query:
        url += "?" + urlencode({"q": query})
    return render_to_string(
        "front_office/admin/register_contact_action.html",
        {"url": url, "title": _title(kind, result)},
    )
