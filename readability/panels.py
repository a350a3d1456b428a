"""The "Taalcheck (B1)" editor panel: the report of the saved text, refreshed live while typing."""

from django.forms import Media
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from readability.content_check import check_object
from readability.content_text import is_dutch

SEVERITY_ORDER = {"red": 0, "orange": 1, "info": 2, "green": 3}


def report_context(report: dict) -> dict:
    """Arrange a report for display: worst checks first, problem sentences with their findings."""
    findings = report["findings"]
    sentence_findings = set()
    problem_sentences = []
    for sentence in report["sentences"]:
        found = [findings[index] for index in sentence["findings"]]
        sentence_findings.update(sentence["findings"])
        if any(finding["severity"] in {"red", "orange"} for finding in found):
            problem_sentences.append({**sentence, "found": found})
    other_findings = [
        finding
        for index, finding in enumerate(findings)
        if index not in sentence_findings and finding["severity"] != "green"
    ]
    checks = sorted(
        ({"code": code, **check} for code, check in report["checks"].items()),
        key=lambda check: SEVERITY_ORDER.get(check["severity"], 9),
    )
    return {
        "report": report,
        "checks": checks,
        "problem_sentences": problem_sentences,
        "other_findings": other_findings,
    }


class ReadabilityPanel(Panel):
    """Shows the plain-language report; ``readability/live-check.js`` keeps it up to date."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Language check (B1)"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "readability/panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            if not is_dutch(self.instance):
                context["not_dutch"] = True
                return context
            resolver = getattr(self.request, "resolver_match", None)
            context.update(
                report_context(check_object(self.instance).to_dict()),
                check_url=reverse("readability_live_check"),
                model_label=self.instance._meta.label_lower,
                object_id=self.instance.pk or "",
                parent_id=(resolver.kwargs.get("parent_page_id", "") if resolver else ""),
            )
            return context

        @property
        def media(self):
            return Media(
                js=["readability/live-check.js"],
                css={"all": ["readability/panel.css"]},
            )
