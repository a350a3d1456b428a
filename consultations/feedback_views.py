"""Admin screens for the feedback report: dispositions per consultation and publication.

Participation staff (group "Participatiemedewerkers") and superusers give every idea, reaction and
survey theme a disposition with a reason, keep the survey themes up to date, and publish the
report. No personal data is shown here: only the content of the contributions.

The ideas and reactions come as one list (ideas first) in pages of ``PAGE_SIZE``, optionally only
those without a decision (``?zonder_besluit=1``), so one form never comes near Django's limit on
the number of fields in a request (``DATA_UPLOAD_MAX_NUMBER_FIELDS``), whatever the number of
contributions. A saved form changes exactly the contributions it shows.
"""

import re
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.forms import BaseModelFormSet, modelformset_factory
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from consultations.feedback import DISPOSITION_ACTION, FeedbackNotReady, publish_feedback_report
from consultations.feedback_report import build_report
from consultations.models import (
    ConsultationPage,
    Disposition,
    Idea,
    ModerationStatus,
    Reaction,
    SurveyTheme,
)

PAGE_SIZE = 50
PAGE_PARAM = "p"
WITHOUT_DECISION_PARAM = "zonder_besluit"
MISSING_SHOWN = 10

FEEDBACK_PERMISSIONS = (
    "consultations.change_idea",
    "consultations.change_reaction",
    "consultations.change_surveytheme",
)


def can_manage_feedback(user) -> bool:
    """Participation staff and superusers may give dispositions and publish the report."""
    return user.is_active and user.has_perms(FEEDBACK_PERMISSIONS)


class DispositionForm(forms.ModelForm):
    """A disposition with its reason: one needs the other."""

    def clean(self):
        cleaned_data = super().clean()
        disposition = cleaned_data.get("disposition")
        reason = (cleaned_data.get("disposition_reason") or "").strip()
        if disposition and not reason:
            self.add_error(
                "disposition_reason", gettext_lazy("Explain why. A disposition needs a reason.")
            )
        if reason and not disposition:
            self.add_error("disposition", gettext_lazy("Choose what we did with it."))
        return cleaned_data


class ContributionDispositionForm(DispositionForm):
    """The disposition of an idea or a reaction; the content itself is not edited here."""

    class Meta:
        fields = ["disposition", "disposition_reason"]
        widgets = {"disposition_reason": forms.Textarea(attrs={"rows": 2})}


class SurveyThemeForm(DispositionForm):
    """A survey theme with its disposition; themes are added and removed here too."""

    class Meta:
        model = SurveyTheme
        fields = ["title", "summary", "disposition", "disposition_reason", "sort_order"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "disposition_reason": forms.Textarea(attrs={"rows": 2}),
        }


class ContributionFormSet(BaseModelFormSet):
    """Dispositions of the contributions on one page; each must belong to this consultation."""

    def clean(self):
        super().clean()
        for form in self.initial_forms:
            if form.instance.pk is None:
                raise ValidationError(
                    gettext_lazy("This contribution is not part of this consultation."),
                    code="unknown_contribution",
                )


IdeaFormSet = modelformset_factory(
    Idea, form=ContributionDispositionForm, formset=ContributionFormSet, extra=0
)
ReactionFormSet = modelformset_factory(
    Reaction, form=ContributionDispositionForm, formset=ContributionFormSet, extra=0
)


@dataclass
class ContributionPage:
    """One page of the ideas-then-reactions list on the disposition screen."""

    page: Page
    ideas: object
    reactions: object
    without_decision: bool


def _theme_formset_class(user):
    return modelformset_factory(
        SurveyTheme,
        form=SurveyThemeForm,
        extra=1 if user.has_perm("consultations.add_surveytheme") else 0,
        can_delete=user.has_perm("consultations.delete_surveytheme"),
    )


def _contributions(consultation, without_decision: bool):
    """The ideas and the reactions on the screen: not rejected, oldest first."""
    visible = ~Q(status=ModerationStatus.REJECTED)
    ideas = consultation.ideas.filter(visible).order_by("created_at", "pk")
    reactions = (
        consultation.reactions.filter(visible).select_related("idea").order_by("created_at", "pk")
    )
    if without_decision:
        ideas, reactions = ideas.filter(disposition=""), reactions.filter(disposition="")
    return ideas, reactions


def contribution_page(consultation, number, without_decision: bool = False) -> ContributionPage:
    """Page ``number`` of the ideas followed by the reactions, ``PAGE_SIZE`` per page.

    A number out of range gives the nearest page, so a page that empties after saving (with
    the "without decision" filter) shows the next contributions.
    """
    ideas, reactions = _contributions(consultation, without_decision)
    idea_count = ideas.count()
    paginator = Paginator(range(idea_count + reactions.count()), PAGE_SIZE)
    page = paginator.get_page(number)
    start, end = (page.start_index() - 1, page.end_index()) if paginator.count else (0, 0)
    return ContributionPage(
        page=page,
        ideas=ideas[min(start, idea_count) : min(end, idea_count)],
        reactions=reactions[max(start - idea_count, 0) : max(end - idea_count, 0)],
        without_decision=without_decision,
    )


def _posted_ids(data, prefix: str) -> list[int]:
    """The contribution ids a submitted formset refers to."""
    pattern = re.compile(rf"^{prefix}-\d+-id$")
    return [int(value) for key, value in data.items() if pattern.match(key) and value.isdigit()]


def _formsets(request, consultation, shown: ContributionPage):
    """The formsets of the screen; a submitted form is matched to the contributions it names."""
    themes = _theme_formset_class(request.user)(
        request.POST or None, prefix="themes", queryset=consultation.survey_themes.all()
    )
    if request.method != "POST":
        return {
            "ideas": IdeaFormSet(prefix="ideas", queryset=shown.ideas),
            "reactions": ReactionFormSet(prefix="reactions", queryset=shown.reactions),
            "themes": themes,
        }
    ideas, reactions = _contributions(consultation, without_decision=False)
    return {
        "ideas": IdeaFormSet(
            request.POST,
            prefix="ideas",
            queryset=ideas.filter(pk__in=_posted_ids(request.POST, "ideas")),
        ),
        "reactions": ReactionFormSet(
            request.POST,
            prefix="reactions",
            queryset=reactions.filter(pk__in=_posted_ids(request.POST, "reactions")),
        ),
        "themes": themes,
    }


def _get_consultation(request, page_id):
    if not can_manage_feedback(request.user):
        raise PermissionDenied
    return get_object_or_404(ConsultationPage, pk=page_id)


def _save(formsets, consultation, user) -> int:
    """Save every changed form and log each change; returns the number of changes."""
    changes = 0
    for name in ("ideas", "reactions"):
        for form in formsets[name].forms:
            if form.has_changed():
                item = form.save()
                log(
                    instance=item,
                    action=DISPOSITION_ACTION,
                    user=user,
                    data={"disposition": item.disposition},
                )
                changes += 1
    themes = formsets["themes"]
    for theme in themes.save(commit=False):
        theme.consultation = consultation
        is_new = theme.pk is None
        theme.save()
        log(instance=theme, action="wagtail.create" if is_new else DISPOSITION_ACTION, user=user)
        changes += 1
    for theme in themes.deleted_objects:
        log(instance=theme, action="wagtail.delete", user=user)
        theme.delete()
        changes += 1
    return changes


def feedback_index(request):
    """Every consultation with how many contributions still lack a disposition."""
    if not can_manage_feedback(request.user):
        raise PermissionDenied
    consultations = ConsultationPage.objects.annotate(
        ideas_missing=Count(
            "ideas",
            filter=Q(ideas__status=ModerationStatus.PUBLISHED, ideas__disposition=""),
            distinct=True,
        ),
        reactions_missing=Count(
            "reactions",
            filter=Q(reactions__status=ModerationStatus.PUBLISHED, reactions__disposition=""),
            distinct=True,
        ),
        themes_missing=Count(
            "survey_themes", filter=Q(survey_themes__disposition=""), distinct=True
        ),
    ).order_by("title")
    return TemplateResponse(
        request, "consultations/admin/feedback_index.html", {"consultations": consultations}
    )


def feedback_edit(request, page_id: int):
    """Dispositions of one consultation's ideas and reactions (a page at a time) and themes."""
    consultation = _get_consultation(request, page_id)
    shown = contribution_page(
        consultation,
        request.GET.get(PAGE_PARAM),
        without_decision=request.GET.get(WITHOUT_DECISION_PARAM) == "1",
    )
    formsets = _formsets(request, consultation, shown)
    if request.method == "POST":
        if all(formset.is_valid() for formset in formsets.values()):
            with transaction.atomic():
                changes = _save(formsets, consultation, request.user)
            messages.success(request, _("Saved %(count)s changes.") % {"count": changes})
            return HttpResponseRedirect(request.get_full_path())
        messages.error(request, _("Not saved. Check the marked fields."))
    report = build_report(consultation)
    missing = report.missing()
    return TemplateResponse(
        request,
        "consultations/admin/feedback_edit.html",
        {
            "consultation": consultation,
            "formsets": formsets,
            "missing": missing,
            "missing_shown": missing[:MISSING_SHOWN],
            "counts": report.counts(),
            "dispositions": Disposition.choices,
            "shown": shown,
            "elided_page_range": shown.page.paginator.get_elided_page_range(shown.page.number),
            "without_decision_param": WITHOUT_DECISION_PARAM,
        },
    )


@require_POST
def feedback_publish(request, page_id: int):
    """ "Publiceer terugkoppeling": publish the report and e-mail the participants."""
    consultation = _get_consultation(request, page_id)
    try:
        queued = publish_feedback_report(consultation, request.user)
    except FeedbackNotReady as not_ready:
        messages.error(request, _("The feedback report is not published yet."))
        for problem in not_ready.problems:
            messages.error(request, problem)
    else:
        messages.success(
            request,
            _("The feedback report is published. E-mails to send: %(count)s.") % {"count": queued},
        )
    return HttpResponseRedirect(reverse("consultations_feedback_edit", args=[consultation.pk]))
