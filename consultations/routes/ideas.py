"""Routes for submitting ideas and reactions and reporting reactions.

Every form is a plain POST that works without JavaScript: on success it redirects with a message
(post/redirect/get); on errors it shows the form again with the resident's text kept. Input is
accepted only while the consultation is open for input and takes that kind of input.
"""

import logging
import smtplib

from django.contrib import messages
from django.db.models import F
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.routable_page.models import path
from wagtail.log_actions import log

from consultations.emails import send_consultation_email
from consultations.input_forms import IdeaForm, ReactionForm
from consultations.models.contributions import Idea, ModerationStatus, Reaction
from core import rate_limit
from participation.spam_protection import within_rate_limit

logger = logging.getLogger(__name__)

REPORT_ONCE_WINDOW = 24 * 60 * 60  # one report per reaction per client per day
TOO_MANY = gettext_lazy("You have sent a lot of messages in a short time. Please try again later.")


class IdeaRoutes:
    """Mixed into ``ConsultationPage``; routes are added with ``@path`` (RoutablePageMixin)."""

    def takes_ideas_now(self) -> bool:
        """Residents can share an idea today."""
        return self.accepts_ideas and self.is_open_for_input()

    def takes_reactions_now(self) -> bool:
        """Residents can react today."""
        return self.accepts_reactions and self.is_open_for_input()

    def published_ideas(self):
        """The ideas residents can see, newest first."""
        return Idea.objects.filter(consultation=self, status=ModerationStatus.PUBLISHED)

    def published_reactions(self, idea=None):
        """The reactions residents can see on the consultation itself or on ``idea``."""
        return Reaction.objects.filter(
            consultation=self, idea=idea, status=ModerationStatus.PUBLISHED
        ).order_by("created_at")

    def _input_url(self, request, route: str = "", args=None, anchor: str = "") -> str:
        url = self.get_url(request) or "/"
        if route:
            url = url.rstrip("/") + "/" + self.reverse_subpage(route, args=args).lstrip("/")
        return f"{url}#{anchor}" if anchor else url

    # Ideas

    @path("idee/", name="idea_form")
    def idea_form_view(self, request):
        """Show the idea form, or store a submitted idea."""
        form = None
        status = 200
        if request.method == "POST":
            if not self.takes_ideas_now():
                logger.info("Idea refused: consultation %s does not take ideas now", self.pk)
                messages.warning(request, _("You cannot share an idea at the moment."))
                return HttpResponseRedirect(self._input_url(request, "idea_form"))
            form = IdeaForm(request.POST, request.FILES)
            if not within_rate_limit(request, "idea"):
                logger.warning("Idea refused: rate limit reached for consultation %s", self.pk)
                form.add_error(None, TOO_MANY)
                status = 429
            elif form.is_valid():
                idea = form.save(self)
                self._confirm_by_email(form, "idea", idea=idea)
                messages.success(request, self._thanks_message(idea))
                logger.info("Idea %s received for consultation %s", idea.pk, self.pk)
                return HttpResponseRedirect(self._input_url(request, anchor="ideas"))
            else:
                logger.info("Idea refused: invalid form for consultation %s", self.pk)
        elif request.method != "GET":
            return HttpResponseNotAllowed(["GET", "POST"])
        if form is None and self.takes_ideas_now():
            form = IdeaForm()
        response = TemplateResponse(
            request,
            "consultations/idea_form.html",
            {**self.get_context(request), "form": form, "open": self.takes_ideas_now()},
        )
        response.status_code = status
        return response

    @path("idee/<int:idea_id>/", name="idea_detail")
    def idea_detail_view(self, request, idea_id: int, reaction_form=None, status: int = 200):
        """One published idea with its published reactions and the reaction form."""
        idea = self.published_ideas().filter(pk=idea_id).first()
        if idea is None:
            raise Http404("No published idea with this id")
        if reaction_form is None and self.takes_reactions_now():
            reaction_form = ReactionForm(initial={"idea": idea.pk}, consultation=self)
        context = {
            **self.get_context(request),
            "idea": idea,
            "idea_reactions": self.published_reactions(idea),
            "reaction_form": reaction_form,
        }
        response = TemplateResponse(request, "consultations/idea_detail.html", context)
        response.status_code = status
        return response

    # Reactions

    @path("reactie/", name="reaction")
    def reaction_view(self, request):
        """Store a reaction on the consultation or on one of its ideas."""
        if request.method != "POST":
            return HttpResponseRedirect(self._input_url(request, anchor="reactions"))
        if not self.takes_reactions_now():
            logger.info("Reaction refused: consultation %s does not take reactions now", self.pk)
            messages.warning(request, _("You cannot react at the moment."))
            return HttpResponseRedirect(self._input_url(request, anchor="reactions"))
        form = ReactionForm(request.POST, consultation=self)
        status = 200
        if not within_rate_limit(request, "reaction"):
            logger.warning("Reaction refused: rate limit reached for consultation %s", self.pk)
            form.add_error(None, TOO_MANY)
            status = 429
        elif form.is_valid():
            reaction = form.save()
            self._confirm_by_email(form, "reaction", reaction=reaction)
            messages.success(request, self._thanks_message(reaction))
            logger.info("Reaction %s received for consultation %s", reaction.pk, self.pk)
            return HttpResponseRedirect(self._after_reaction_url(request, reaction.idea))
        else:
            logger.info("Reaction refused: invalid form for consultation %s", self.pk)
        idea_id = request.POST.get("idea", "")
        if idea_id.isdigit() and self.published_ideas().filter(pk=idea_id).exists():
            return self.idea_detail_view(request, int(idea_id), reaction_form=form, status=status)
        response = self.render(request, context_overrides={"reaction_form": form})
        response.status_code = status
        return response

    @path("reactie/<int:reaction_id>/melden/", name="report_reaction")
    def report_reaction_view(self, request, reaction_id: int):
        """Count one report; at the threshold the reaction waits for a moderator again."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        reaction = (
            Reaction.objects.filter(consultation=self, pk=reaction_id)
            .select_related("idea")
            .first()
        )
        if reaction is None:
            raise Http404("No reaction with this id")
        back = self._after_reaction_url(request, reaction.idea)
        if not within_rate_limit(request, "report"):
            logger.warning("Report refused: rate limit reached for consultation %s", self.pk)
            messages.warning(request, TOO_MANY)
            return self._refused_report(request, reaction.idea)
        if not rate_limit.hit(request, f"consultation-report-{reaction.pk}", 1, REPORT_ONCE_WINDOW):
            messages.info(request, _("You already reported this reaction. Thank you."))
            return HttpResponseRedirect(back)
        self.count_report(reaction)
        messages.success(
            request, _("Thank you for your report. A staff member will look at this reaction.")
        )
        return HttpResponseRedirect(back)

    def _refused_report(self, request, idea):
        """The page the report came from, with the message and status 429 (not a redirect)."""
        request.method = "GET"  # show the page; do not handle this POST as one of its forms
        if idea is not None and idea.status == ModerationStatus.PUBLISHED:
            return self.idea_detail_view(request, idea.pk, status=429)
        response = self.render(request)
        response.status_code = 429
        return response

    def count_report(self, reaction) -> bool:
        """Add one report, atomically; True when this report hid the reaction for review."""
        Reaction.objects.filter(pk=reaction.pk).update(report_count=F("report_count") + 1)
        hidden = Reaction.objects.filter(
            pk=reaction.pk,
            status=ModerationStatus.PUBLISHED,
            report_count__gte=self.report_threshold,
        ).update(status=ModerationStatus.PENDING)
        reaction.refresh_from_db()
        if hidden:
            log(
                instance=reaction,
                action="consultations.hide_after_reports",
                data={"report_count": reaction.report_count},
            )
            logger.info("Reaction %s hidden for review after reports", reaction.pk)
        return bool(hidden)

    def _after_reaction_url(self, request, idea) -> str:
        if idea is not None and idea.status == ModerationStatus.PUBLISHED:
            return self._input_url(request, "idea_detail", args=[idea.pk], anchor="reactions")
        return self._input_url(request, anchor="reactions")

    # Messages and e-mail

    @staticmethod
    def _thanks_message(contribution) -> str:
        is_idea = isinstance(contribution, Idea)
        if contribution.status == ModerationStatus.PUBLISHED:
            if is_idea:
                return _("Thank you for your idea. You can now read it on this page.")
            return _("Thank you for your reaction. You can now read it on this page.")
        if is_idea:
            return _("Your idea has been received. A staff member will check it first.")
        return _("Your reaction has been received. A staff member will check it first.")

    def _confirm_by_email(self, form, kind: str, **context) -> None:
        """Send a confirmation with the rules of the game when the resident gave an address."""
        email = form.cleaned_data.get("email")
        if not email:
            return
        contribution = context[kind]
        subject = {
            "idea": _("We received your idea: %(title)s"),
            "reaction": _("We received your reaction: %(title)s"),
        }[kind] % {"title": self.title}
        try:
            send_consultation_email(
                email,
                self,
                subject,
                f"consultations/email/{kind}_received.txt",
                {
                    **context,
                    "name": form.cleaned_data.get("name", ""),
                    "pending": contribution.status == ModerationStatus.PENDING,
                },
            )
        except (OSError, smtplib.SMTPException):
            logger.exception("Confirmation e-mail for %s %s failed", kind, contribution.pk)
