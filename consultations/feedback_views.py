"""Admin screens for the feedback report: dispositions per consultation and publication.

Participation staff (group "Participatiemedewerkers") and superusers give every idea, reaction and
survey theme a disposition with a reason in one form, keep the survey themes up to date, and
publish the report. No personal data is shown here: only the content of the contributions.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.forms import modelformset_factory
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from consultations.feedback import (
    DISPOSITION_ACTION,
    FeedbackNotReady,
    build_report,
    publish_feedback_report,
)
from consultations.models import (
    ConsultationPage,
    Disposition,
    Idea,
    ModerationStatus,
    Reaction,
    SurveyTheme,
)

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


IdeaFormSet = modelformset_factory(Idea, form=ContributionDispositionForm, extra=0)
ReactionFormSet = modelformset_factory(Reaction, form=ContributionDispositionForm, extra=0)


def _theme_formset_class(user):
    return modelformset_factory(
        SurveyTheme,
        form=SurveyThemeForm,
        extra=1 if user.has_perm("consultations.add_surveytheme") else 0,
        can_delete=user.has_perm("consultations.delete_surveytheme"),
    )


def _formsets(request, consultation):
    data = request.POST if request.method == "POST" else None
    visible = ~Q(status=ModerationStatus.REJECTED)
    return {
        "ideas": IdeaFormSet(
            data,
            prefix="ideas",
            queryset=consultation.ideas.filter(visible).order_by("created_at", "pk"),
        ),
        "reactions": ReactionFormSet(
            data,
            prefix="reactions",
            queryset=consultation.reactions.filter(visible)
            .select_related("idea")
            .order_by("created_at", "pk"),
        ),
        "themes": _theme_formset_class(request.user)(
            data, prefix="themes", queryset=consultation.survey_themes.all()
        ),
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
    """Dispositions of one consultation's ideas, reactions and survey themes in one form."""
    consultation = _get_consultation(request, page_id)
    formsets = _formsets(request, consultation)
    if request.method == "POST":
        if all(formset.is_valid() for formset in formsets.values()):
            with transaction.atomic():
                changes = _save(formsets, consultation, request.user)
            messages.success(request, _("Saved %(count)s changes.") % {"count": changes})
            return redirect("consultations_feedback_edit", page_id=consultation.pk)
        messages.error(request, _("Not saved. Check the marked fields."))
    report = build_report(consultation)
    return TemplateResponse(
        request,
        "consultations/admin/feedback_edit.html",
        {
            "consultation": consultation,
            "formsets": formsets,
            "missing": report.missing(),
            "counts": report.counts(),
            "dispositions": Disposition.choices,
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
    return redirect("consultations_feedback_edit", page_id=consultation.pk)
