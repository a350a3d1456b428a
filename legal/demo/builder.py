"""Build the required pages of the demo site in Dutch and English from ``legal/demo/content``.

The English pages keep the Dutch slug (``/en/contact/``, ``/en/privacy/``,
``/en/toegankelijkheid/``, ``/en/cookies/``), so the footer finds them by slug in both languages.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from core.demo.review_history import record_review_history
from core.demo.site import DemoSite
from legal.demo import content
from legal.models import (
    AccessibilityStatementPage,
    ContactPage,
    CookieStatementPage,
    EvaluationTool,
    FunctionalCookie,
    KnownProblem,
    PrivacyStatementPage,
)

#: The team that owns and may edit the required pages.
OWNING_TEAM = "Team Communicatie"


class LegalDemo:
    """The legal app's part of the demo site, built on the shared ``DemoSite``."""

    def __init__(self, site: DemoSite):
        self.site = site
        self.team = Group.objects.filter(name=OWNING_TEAM).first()

    def day(self, offset: int) -> datetime.date:
        """The day ``offset`` days from the day the demo is built."""
        return self.site.today + datetime.timedelta(days=offset)

    def build(self) -> None:
        """Every required page with its translation, and the team's right to edit them."""
        pages = [
            self.build_contact(),
            self.build_privacy(),
            self.build_accessibility(),
            self.build_cookies(),
        ]
        self.allow_team_to_edit(pages)

    def page(self, model, data: dict, **fields) -> Page:
        """The Dutch page from ``data`` under the home page (created if it is missing)."""
        ownership = self.site.ownership(self.team) if self.team else {}
        return self.site.child(
            self.site.home,
            model,
            data["slug"],
            title=data["title"],
            intro=data["intro"],
            **fields,
            **ownership,
        )

    def translate(self, page: Page, english: dict, children: dict | None = None, **fields) -> Page:
        """The English translation with the Dutch slug and English texts in its inline lists.

        ``DemoSite.translate`` makes the slug from the English title and copies the inline
        lists in Dutch; a new translation gets its slug and list texts right in one revision more.
        """
        translated = self.site.translate(
            page, title=english["title"], intro=english["intro"], **fields
        )
        changed = translated.slug != page.slug
        translated.slug = page.slug
        for relation, texts in (children or {}).items():
            items = list(getattr(translated, relation).all())
            for item, values in zip(items, texts, strict=True):
                for name, value in values.items():
                    changed |= getattr(item, name) != value
                    setattr(item, name, value)
            setattr(translated, relation, items)
        if changed:
            translated.save_revision().publish()
            if page.first_published_at and page.last_reviewed_at:
                record_review_history(
                    translated,
                    page.last_reviewed_at,
                    timezone.localdate(page.first_published_at),
                )
        return translated

    def build_contact(self) -> Page:
        data = content.CONTACT
        page = self.page(
            ContactPage,
            data,
            appointment_text=data["appointment_text"],
            appointment_url=data["appointment_url"],
        )
        english = data["en"]
        self.translate(page, english, appointment_text=english["appointment_text"])
        return page

    def build_privacy(self) -> Page:
        data = content.PRIVACY
        texts = ("body", "controller", "rights", "complaint")
        page = self.page(
            PrivacyStatementPage,
            data,
            dpo_email=data["dpo_email"],
            dpo_phone=data["dpo_phone"],
            **{name: data[name] for name in texts},
        )
        english = data["en"]
        self.translate(page, english, **{name: english[name] for name in texts})
        return page

    def build_accessibility(self) -> Page:
        data = content.ACCESSIBILITY
        page = self.page(
            AccessibilityStatementPage,
            data,
            scope_url=data["scope_url"],
            scope_note=data["scope_note"],
            status=data["status"],
            statement_date=self.day(data["statement_days"]),
            approved_by=data["approved_by"],
            compliant_by=self.day(data["compliant_days"]),
            evaluated_on=self.day(data["evaluated_days"]),
            evaluated_by=data["evaluated_by"],
            evaluation_method=data["evaluation_method"],
            evaluation_standard=data["evaluation_standard"],
            evaluation_sample=data["evaluation_sample"],
            feedback_email=data["feedback_email"],
            feedback_days=data["feedback_days"],
            tools=[
                EvaluationTool(kind=tool["kind"], details=tool["details"]) for tool in data["tools"]
            ],
            known_problems=[
                KnownProblem(
                    success_criterion=problem["criterion"],
                    problem=problem["problem"],
                    plan=problem["plan"],
                    fixed_by=self.day(problem["fixed_days"]),
                )
                for problem in data["known_problems"]
            ],
        )
        english = data["en"]
        self.translate(
            page,
            english,
            children={
                "tools": [{"details": tool["details"]} for tool in english["tools"]],
                "known_problems": [
                    {"problem": problem["problem"], "plan": problem["plan"]}
                    for problem in english["known_problems"]
                ],
            },
            scope_note=english["scope_note"],
            approved_by=english["approved_by"],
            evaluated_by=english["evaluated_by"],
            evaluation_sample=english["evaluation_sample"],
        )
        return page

    def build_cookies(self) -> Page:
        data = content.COOKIES
        page = self.page(
            CookieStatementPage,
            data,
            body=data["body"],
            cookies=[
                FunctionalCookie(
                    cookie=cookie["cookie"], purpose=cookie["purpose"], lifetime=cookie["lifetime"]
                )
                for cookie in data["cookies"]
            ],
        )
        english = data["en"]
        self.translate(
            page,
            english,
            children={
                "cookies": [
                    {"purpose": cookie["purpose"], "lifetime": cookie["lifetime"]}
                    for cookie in english["cookies"]
                ]
            },
            body=english["body"],
        )
        return page

    def allow_team_to_edit(self, pages: list[Page]) -> None:
        """The owning team may edit the required pages (publishing goes through the workflow)."""
        if self.team is None:
            return
        change = Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        )
        for page in pages:
            for each in (page, *page.get_translations()):
                GroupPagePermission.objects.get_or_create(
                    group=self.team, page=each, permission=change
                )
