"""Routes of a voting round: the ballot (two steps), the thank-you page, results and integrity.

Voting is two plain POSTs that work without JavaScript. Step 1 takes the vote code and the
choice, checks both without using the code, and shows the choice again. Step 2 ("Ja, dit is mijn
stem") is the vote: ``youth.ballots.cast_ballot`` redeems the code and writes the ballot, then
the voter is sent on to the thank-you page (post/redirect/get). Wrong codes slow a client down
and then block it for a while (``youth.vote_throttle``). Results and the integrity report do not
exist before the round has closed.
"""

import logging
import math

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.contrib.routable_page.models import path

from youth.ballot_forms import BallotForm
from youth.ballots import BallotRefused, Refusal, cast_ballot, check_code, record_refusal
from youth.results import ResultsNotAvailable, integrity_report, round_results
from youth.vote_codes import format_code
from youth.vote_throttle import attempt_allowed, count_wrong_code, is_guess

logger = logging.getLogger(__name__)

STEP_CHOOSE = "choose"
STEP_CONFIRM = "confirm"
STEP_CHANGE = "change"


def throttle_message(throttle) -> str:
    """What a voter reads while slowed down or blocked."""
    if throttle.blocked:
        minutes = math.ceil(throttle.wait_seconds / 60)
        return ngettext(
            "You typed a wrong vote code too often. Try again in %(minutes)d minute.",
            "You typed a wrong vote code too often. Try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
    return _(
        "Wait a moment. You typed a wrong vote code too often. Try again in %(seconds)d seconds."
    ) % {"seconds": throttle.wait_seconds}


class VotingRoutes:
    """Mixed into ``VotingRoundPage``; routes are added with ``@path`` (RoutablePageMixin)."""

    def _ballot_response(self, request, template, status=200, **extra):
        context = self.get_context(request)
        context.update(extra)
        response = TemplateResponse(
            request, f"youth/ballot_{template}.html", context, status=status
        )
        response["Cache-Control"] = "no-store"  # the pages may hold a typed vote code
        return response

    @path("stemmen/", name="ballot")
    def ballot_view(self, request):
        """Step 1 (the form), step 2 (the confirmation) and the final submit."""
        if not self.is_open():
            return self._ballot_response(request, "closed")
        if request.method != "POST":
            return self._ballot_response(request, "form", form=BallotForm(voting_round=self))
        step = request.POST.get("step", STEP_CHOOSE)
        form = BallotForm(request.POST, voting_round=self)
        if step == STEP_CHANGE:
            initial = {
                "code": request.POST.get("code", "")[:40],
                "proposals": request.POST.getlist("proposals"),
            }
            return self._ballot_response(
                request, "form", form=BallotForm(initial=initial, voting_round=self)
            )
        if not form.is_valid():
            return self._ballot_response(request, "form", status=400, form=form)
        return self._checked_ballot(request, form, final=step == STEP_CONFIRM)

    def _checked_ballot(self, request, form, final: bool):
        throttle = attempt_allowed(request)
        if not throttle.allowed:
            record_refusal(self, Refusal.BLOCKED)
            form.add_error("code", throttle_message(throttle))
            return self._ballot_response(request, "form", status=429, form=form)
        proposals = list(form.cleaned_data["proposals"])
        try:
            if final:
                cast_ballot(self, form.cleaned_data["code"], [p.pk for p in proposals])
            else:
                code = check_code(self, form.cleaned_data["code"])
        except BallotRefused as refusal:
            logger.info("Ballot refused in voting round %s: %s", self.pk, refusal.reason.value)
            if is_guess(refusal.reason):
                count_wrong_code(request)
            field = "proposals" if refusal.reason == Refusal.INVALID_CHOICE else "code"
            form.add_error(field, refusal.message)
            if refusal.reason == Refusal.NOT_OPEN:
                return self._ballot_response(request, "closed", status=400)
            return self._ballot_response(request, "form", status=400, form=form)
        if final:
            return HttpResponseRedirect(
                self.get_url(request) + self.reverse_subpage("ballot_thanks")
            )
        return self._ballot_response(
            request,
            "confirm",
            form=form,
            code=format_code(code),
            chosen=proposals,
            total=sum(p.cost_estimate or 0 for p in proposals),
        )

    @path("stemmen/bedankt/", name="ballot_thanks")
    def ballot_thanks_view(self, request):
        """The thank-you page after the vote; it says nothing about the vote itself."""
        return self._ballot_response(request, "thanks")

    @path("uitslag/", name="results")
    def results_view(self, request):
        """Votes per proposal and the winners; does not exist before the round closes."""
        try:
            results = round_results(self)
        except ResultsNotAvailable:
            raise Http404 from None
        context = self.get_context(request)
        context["results"] = results
        return TemplateResponse(request, "youth/results.html", context)

    @path("controle/", name="integrity")
    def integrity_view(self, request):
        """The public integrity report; does not exist before the round closes."""
        try:
            report = integrity_report(self)
        except ResultsNotAvailable:
            raise Http404 from None
        context = self.get_context(request)
        context["report"] = report
        return TemplateResponse(request, "youth/integrity.html", context)
