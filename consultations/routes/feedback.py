"""Routes for the feedback report and leaving the feedback mailing."""

from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.contrib.routable_page.models import path

from consultations.email_links import token_from_request
from consultations.feedback_report import build_report
from consultations.models.contributions import Participant
from consultations.models.mail_links import InvalidMailLink


class FeedbackRoutes:
    """Mixed into ``ConsultationPage``; routes are added with ``@path`` (RoutablePageMixin)."""

    def with_content_json(self, content):
        """Keep the publication date of the feedback report when a revision is published.

        The date belongs to the page as a whole, not to one revision: publishing a draft made
        before the report came out must not hide the report again.
        """
        page = super().with_content_json(content)
        page.feedback_published_at = self.feedback_published_at
        return page

    @path("terugkoppeling/", name="feedback_report")
    def feedback_report_view(self, request):
        """The full feedback report on its own page; not found before it is published."""
        if not self.feedback_published_at:
            raise Http404
        context = self.get_context(request)
        context["report"] = build_report(self)
        return TemplateResponse(request, "consultations/feedback_report.html", context)

    @path("terugkoppeling/afmelden/", name="feedback_unsubscribe")
    def feedback_unsubscribe_view(self, request):
        """The link in the e-mail shows a button; the button (POST) stops the feedback e-mails.

        Opening the link changes nothing, as mail scanners open links too.
        """
        context = self.get_context(request)
        token = token_from_request(request)
        try:
            if request.method == "POST":
                Participant.stop_feedback_emails(token, self)
                context["state"] = "done"
            else:
                participant = Participant.for_feedback_unsubscribe(token, self)
                wants = participant is not None and participant.wants_feedback
                context.update(state="ask" if wants else "done", token=token)
        except InvalidMailLink:
            context["state"] = "invalid"
        return TemplateResponse(
            request,
            "consultations/feedback_unsubscribed.html",
            context,
            status=400 if context["state"] == "invalid" else 200,
        )
