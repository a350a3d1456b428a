"""Routes for sending a proposal and reading a published one.

The form is a plain POST that works without JavaScript: on success it redirects with a message
(post/redirect/get); on errors it shows the form again with the young person's text kept. A new
proposal waits for a youth worker; only published proposals have a public page, and a proposal
that was merged into another one sends its visitors on to that one.
"""

import logging
import smtplib

from django.contrib import messages
from django.core.mail import EmailMessage
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.routable_page.models import path

from core.request_origin import site_url
from participation.models import ModerationStatus
from participation.spam_protection import within_rate_limit
from youth.models.proposals import YouthProposal
from youth.proposal_forms import YouthProposalForm

logger = logging.getLogger(__name__)

TOO_MANY = gettext_lazy("You sent a lot of proposals in a short time. Please try again later.")
THANKS = gettext_lazy("Thank you! A staff member will look at your proposal first.")
MERGE_HOPS_MAX = 5  # a merged proposal may point at one that was merged again


class ProposalRoutes:
    """Mixed into ``YouthHomePage``; routes are added with ``@path`` (RoutablePageMixin)."""

    def published_proposals(self):
        """The proposals everyone can see, newest first."""
        return YouthProposal.objects.filter(youth_home=self, status=ModerationStatus.PUBLISHED)

    def proposal_url(self, proposal, request=None) -> str:
        """The public address (path) of one proposal."""
        base = self.get_url(request) or "/"
        return base.rstrip("/") + "/" + self.reverse_subpage("proposal_detail", args=[proposal.pk])

    @path("voorstel-doen/", name="proposal_form")
    def proposal_form_view(self, request):
        """Show the proposal form, or store a proposal that waits for moderation."""
        status = 200
        if request.method == "POST":
            form = YouthProposalForm(request.POST, request.FILES)
            if not within_rate_limit(request, "youth-proposal"):
                logger.warning("Youth proposal refused: rate limit reached on page %s", self.pk)
                form.add_error(None, TOO_MANY)
                status = 429
            elif form.is_valid():
                proposal = form.save(self)
                self._confirm_by_email(proposal, form.cleaned_data.get("email", ""))
                messages.success(request, THANKS)
                logger.info("Youth proposal %s received on page %s", proposal.pk, self.pk)
                return HttpResponseRedirect(self.get_url(request) or "/")
            else:
                logger.info("Youth proposal refused: invalid form on page %s", self.pk)
                status = 400
        elif request.method == "GET":
            form = YouthProposalForm()
        else:
            return HttpResponseNotAllowed(["GET", "POST"])
        return TemplateResponse(
            request,
            "youth/proposal_form.html",
            {**self.get_context(request), "form": form},
            status=status,
        )

    @path("voorstel/<int:proposal_id>/", name="proposal_detail")
    def proposal_detail_view(self, request, proposal_id: int):
        """One published proposal; a merged duplicate redirects to the proposal it joined."""
        proposal = YouthProposal.objects.filter(youth_home=self, pk=proposal_id).first()
        hops = 0
        while proposal is not None and proposal.merged_into_id and hops < MERGE_HOPS_MAX:
            proposal, hops = proposal.merged_into, hops + 1
        if proposal is None or proposal.status != ModerationStatus.PUBLISHED:
            raise Http404("No published proposal with this id")
        if proposal.pk != proposal_id:
            return HttpResponseRedirect(self.proposal_url(proposal, request))
        context = {
            **self.get_context(request),
            "proposal": proposal,
            "rounds": proposal.rounds.live().specific().order_by("-opens_at"),
        }
        return TemplateResponse(request, "youth/proposal_detail.html", context)

    def _confirm_by_email(self, proposal, email: str) -> None:
        """A short plain-text confirmation, only when the young person gave an address."""
        if not email:
            return
        with translation.override(self.locale.language_code):
            body = render_to_string(
                "youth/email/proposal_received.txt",
                {
                    "proposal": proposal,
                    "page": self,
                    "page_url": site_url() + (self.url or "/"),
                },
            ).strip()
            subject = _("We received your proposal: %(title)s") % {"title": proposal.title}
            message = EmailMessage(subject=subject, body=body + "\n", to=[email])
        try:
            message.send()
        except (OSError, smtplib.SMTPException):
            logger.exception("Confirmation e-mail for youth proposal %s failed", proposal.pk)
