"""Routes for the feedback report and leaving the feedback mailing."""

from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.contrib.routable_page.models import path


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
        from consultations.feedback import build_report

        if not self.feedback_published_at:
            raise Http404
        context = self.get_context(request)
        context["report"] = build_report(self)
        return TemplateResponse(request, "consultations/feedback_report.html", context)

    @path("terugkoppeling/afmelden/", name="feedback_unsubscribe")
    def feedback_unsubscribe_view(self, request):
        """One click from the e-mail (``?token=``): no more feedback e-mails for this address."""
        from consultations.feedback import unsubscribe

        context = self.get_context(request)
        context["unsubscribed"] = unsubscribe(self, request.GET.get("token", ""))
        return TemplateResponse(
            request,
            "consultations/feedback_unsubscribed.html",
            context,
            status=200 if context["unsubscribed"] else 400,
        )
