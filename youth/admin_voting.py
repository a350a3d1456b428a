"""Admin for vote codes: the "Stemcodes" screen of a voting round.

Youth workers see the batches of a round with how many codes were issued, used and revoked
(never what anyone voted), create a batch, and revoke one. A new batch comes back at once as a
CSV file or as a printable sheet: the plain codes exist only in that response. Every creation
and revocation is written to Wagtail's audit log (without the codes).
"""

import csv
import io

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import log

from core.page_actions import register_page_action
from core.spreadsheet_safety import defused_row
from youth.code_batches import MAX_BATCH_SIZE, create_batch, revoke_batch
from youth.models import VoteCodeBatch, VotingRoundPage
from youth.results import batch_figures
from youth.vote_codes import format_code

CREATE_PERMISSION = "youth.add_votecodebatch"
REVOKE_PERMISSION = "youth.change_votecodebatch"
CREATED_ACTION = "youth.vote_codes_created"
REVOKED_ACTION = "youth.vote_codes_revoked"
SHEET_COLUMNS = 3


class VoteCodeBatchForm(forms.Form):
    """A new batch: a label, how many codes, and how to receive them."""

    FORMAT_CSV = "csv"
    FORMAT_SHEET = "sheet"

    label = forms.CharField(
        label=gettext_lazy("Batch"),
        max_length=100,
        help_text=gettext_lazy("For example: Cambreur College, klas 2."),
    )
    count = forms.IntegerField(
        label=gettext_lazy("Number of codes"), min_value=1, max_value=MAX_BATCH_SIZE
    )
    output = forms.ChoiceField(
        label=gettext_lazy("Download as"),
        choices=[
            (FORMAT_SHEET, gettext_lazy("Sheet to print (one code per pupil)")),
            (FORMAT_CSV, gettext_lazy("CSV file")),
        ],
        initial=FORMAT_SHEET,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, voting_round, **kwargs):
        super().__init__(*args, **kwargs)
        self.voting_round = voting_round

    def clean_label(self):
        label = self.cleaned_data["label"].strip()
        if VoteCodeBatch.objects.filter(round=self.voting_round, label=label).exists():
            raise forms.ValidationError(_("This round already has a batch with this name."))
        return label


def _round_or_404(user, round_id: int, permission: str) -> VotingRoundPage:
    if not user.has_perm(permission):
        raise PermissionDenied
    return get_object_or_404(VotingRoundPage, pk=round_id)


def codes_as_csv(voting_round, batch, codes) -> HttpResponse:
    """The new codes as a CSV download (one formatted code per row)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["code", "batch", "round"])
    for code in codes:
        writer.writerow(defused_row([format_code(code), batch.label, voting_round.title]))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"stemcodes-{voting_round.slug}-{slugify(batch.label) or batch.pk}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def codes_as_sheet(request, voting_round, batch, codes) -> TemplateResponse:
    """The new codes as a printable page: cards in a grid with the round and how to vote."""
    ballot_url = voting_round.get_full_url(request) or ""
    if ballot_url:
        ballot_url += voting_round.reverse_subpage("ballot").lstrip("/")
    response = TemplateResponse(
        request,
        "youth/admin/vote_code_sheet.html",
        {
            "voting_round": voting_round,
            "batch": batch,
            "codes": [format_code(code) for code in codes],
            "ballot_url": ballot_url,
        },
    )
    response["Cache-Control"] = "no-store"
    return response


def vote_codes(request, round_id: int):
    """The batches of a round with their figures, and the form to create a new batch."""
    voting_round = _round_or_404(request.user, round_id, CREATE_PERMISSION)
    form = VoteCodeBatchForm(request.POST or None, voting_round=voting_round)
    if request.method == "POST" and form.is_valid():
        batch, codes = create_batch(
            voting_round, form.cleaned_data["label"], form.cleaned_data["count"], request.user
        )
        log(
            instance=voting_round,
            action=CREATED_ACTION,
            user=request.user,
            data={"batch": batch.label, "count": len(codes)},
        )
        if form.cleaned_data["output"] == VoteCodeBatchForm.FORMAT_CSV:
            return codes_as_csv(voting_round, batch, codes)
        return codes_as_sheet(request, voting_round, batch, codes)
    batches = list(VoteCodeBatch.objects.filter(round=voting_round).order_by("created_at", "pk"))
    figures = batch_figures(voting_round)
    return TemplateResponse(
        request,
        "youth/admin/vote_codes.html",
        {
            "title": _("Vote codes"),
            "voting_round": voting_round,
            "rows": list(zip(batches, figures, strict=True)),
            "form": form,
            "can_revoke": request.user.has_perm(REVOKE_PERMISSION),
        },
    )


def revoke_vote_codes(request, round_id: int, batch_id: int):
    """Ask for confirmation, then make the unused codes of a batch invalid."""
    voting_round = _round_or_404(request.user, round_id, REVOKE_PERMISSION)
    batch = get_object_or_404(VoteCodeBatch, pk=batch_id, round=voting_round)
    codes_url = reverse("youth_vote_codes", args=[voting_round.pk])
    if request.method == "POST":
        if revoke_batch(batch):
            log(
                instance=voting_round,
                action=REVOKED_ACTION,
                user=request.user,
                data={"batch": batch.label},
            )
            messages.success(
                request, _("The codes of batch '%(label)s' are no longer valid.") % {"label": batch}
            )
        return redirect(codes_url)
    return TemplateResponse(
        request,
        "youth/admin/vote_code_revoke.html",
        {
            "title": _("Revoke vote codes"),
            "voting_round": voting_round,
            "batch": batch,
            "codes_url": codes_url,
        },
    )


@hooks.register("register_admin_urls")
def register_vote_code_urls():
    return [
        path("youth/rounds/<int:round_id>/codes/", vote_codes, name="youth_vote_codes"),
        path(
            "youth/rounds/<int:round_id>/codes/<int:batch_id>/revoke/",
            revoke_vote_codes,
            name="youth_vote_codes_revoke",
        ),
    ]


@hooks.register("register_log_actions")
def register_vote_code_log_actions(actions):
    actions.register_action(
        CREATED_ACTION, gettext_lazy("Create vote codes"), gettext_lazy("Vote codes created")
    )
    actions.register_action(
        REVOKED_ACTION, gettext_lazy("Revoke vote codes"), gettext_lazy("Vote codes revoked")
    )


register_page_action(
    gettext_lazy("Vote codes"),
    "youth_vote_codes",
    icon="key",
    priority=85,
    page_types=(VotingRoundPage,),
    permission=CREATE_PERMISSION,
)
