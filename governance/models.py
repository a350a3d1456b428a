"""Content currency: a queryable review schedule, sent reminders and the team approval task.

Moved from ``kcc_content``: each model keeps its table (``Meta.db_table``) and its content type,
so existing schedules, reminders and the workflows' team-approval tasks stay as they are.

The owner and review fields live on each page type through ``OwnedContentMixin`` (revisioned,
edited in the page editor). ``ReviewSchedule`` mirrors them, one row per live item, so the
dashboard, reports, explorer columns and reminders can query all content types at once; it is a
content register (``core.content_register``) with the review cycle as its own columns.
"""

import datetime
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from core.content_register import ContentRegister, ContentRegisterQuerySet, one_row_per_object
from core.ownership import DUE_SOON_DAYS, ReviewStatus, review_status_for
from governance.workflow_actions import decide_unless_unpublishable


class ReviewScheduleQuerySet(ContentRegisterQuerySet):
    """The register's filters plus filters by review status, computed from ``next_review_date``
    in the database."""

    def overdue(self, today: datetime.date | None = None):
        today = today or timezone.localdate()
        return self.filter(models.Q(next_review_date__lt=today) | models.Q(next_review_date=None))

    def due_soon(self, today: datetime.date | None = None):
        today = today or timezone.localdate()
        return self.filter(
            next_review_date__gte=today,
            next_review_date__lte=today + datetime.timedelta(days=DUE_SOON_DAYS),
        )

    def current(self, today: datetime.date | None = None):
        today = today or timezone.localdate()
        return self.filter(next_review_date__gt=today + datetime.timedelta(days=DUE_SOON_DAYS))

    def with_status(self, status: str, today: datetime.date | None = None):
        return {
            ReviewStatus.OVERDUE: self.overdue,
            ReviewStatus.DUE_SOON: self.due_soon,
            ReviewStatus.CURRENT: self.current,
        }[ReviewStatus(status)](today)

    def needing_review(self, today: datetime.date | None = None):
        """Overdue or due within 30 days."""
        today = today or timezone.localdate()
        return self.filter(
            models.Q(next_review_date=None)
            | models.Q(next_review_date__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))
        )


class ReviewSchedule(ContentRegister):
    """When one published page or answer must be checked again, and who owns it.

    The identity columns (object, title, owning team) come from the content register in
    ``core``; the review cycle is this table's own.
    """

    responsible_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_interval_months = models.PositiveSmallIntegerField(_("review interval (months)"))
    last_reviewed_at = models.DateField(_("last reviewed on"), null=True, blank=True)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    next_review_date = models.DateField(_("next review"), null=True, blank=True, db_index=True)

    objects = ReviewScheduleQuerySet.as_manager()

    class Meta:
        db_table = "kcc_content_reviewschedule"
        verbose_name = _("review schedule")
        ordering = ["next_review_date", "title"]
        constraints = [one_row_per_object("one_review_schedule_per_object")]

    def __str__(self):
        return f"{self.title} ({self.next_review_date})"

    def status(self, today: datetime.date | None = None) -> ReviewStatus:
        return review_status_for(self.next_review_date, today or timezone.localdate())

    @property
    def status_label(self) -> str:
        return self.status().label

    def days_overdue(self, today: datetime.date | None = None) -> int:
        """How many days past the review date (0 when not overdue; undated counts as very late)."""
        today = today or timezone.localdate()
        if self.next_review_date is None:
            return 10_000
        return max((today - self.next_review_date).days, 0)


class ReviewReminder(models.Model):
    """One reminder sent to one audience (a team, a person, the coordinators) on one day.

    The unique constraint makes the daily run idempotent: a second run finds the row and sends
    nothing.
    """

    class Kind(models.TextChoices):
        DIGEST = "digest", _("Digest for owners")
        ESCALATION = "escalation", _("Escalation to the content coordinator")

    audience = models.CharField(_("audience"), max_length=100)
    recipients = models.TextField(_("recipients"))
    sent_on = models.DateField(_("sent on"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    item_count = models.PositiveIntegerField(_("number of items"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "kcc_content_reviewreminder"
        verbose_name = _("review reminder")
        constraints = [
            models.UniqueConstraint(
                fields=["audience", "sent_on", "kind"], name="one_reminder_per_audience_per_day"
            )
        ]

    def __str__(self):
        return f"{self.kind} → {self.audience} ({self.sent_on})"


class OwningTeamApprovalTask(Task):
    """Workflow step: a member of the content's owning team approves, never its last editor.

    Four-eyes principle: whoever saved the submitted revision cannot approve it. Content without
    an owning team can be approved by superusers only (and shows up in the coordinator's report).
    """

    def _team_id(self, obj) -> int | None:
        return getattr(getattr(obj, "specific", obj), "owning_team_id", None)

    def _last_editor_id(self, obj) -> int | None:
        revision = obj.get_latest_revision() if hasattr(obj, "get_latest_revision") else None
        return revision.user_id if revision else None

    def user_is_team_member(self, obj, user) -> bool:
        team_id = self._team_id(obj)
        return bool(team_id) and user.groups.filter(pk=team_id).exists()

    def user_can_approve(self, obj, user) -> bool:
        """Owning-team member (or superuser) who did not write the submitted revision."""
        if user.pk == self._last_editor_id(obj):
            return False
        return user.is_superuser or self.user_is_team_member(obj, user)

    def user_can_access_editor(self, obj, user):
        return user.is_superuser or self.user_is_team_member(obj, user)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or self.user_is_team_member(obj, user))

    def get_actions(self, obj, user):
        if self.user_can_approve(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def on_action(self, task_state, user, action_name, **kwargs):
        """Refuse approvals the four-eyes and team rules do not allow, whatever the client sent,
        and approvals of content that cannot be published. Returns where the reviewer lands."""
        if not self.user_can_approve(task_state.revision.content_object, user):
            raise PermissionDenied("Only another member of the owning team can decide.")
        decide = partial(super().on_action, task_state, user, action_name, **kwargs)
        return decide_unless_unpublishable(task_state, user, action_name, decide)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        allowed = [
            state.pk
            for state in states.select_related("revision")
            if self.user_can_approve(state.revision.content_object, user)
        ]
        return states.filter(pk__in=allowed)

    @classmethod
    def get_description(cls):
        return _("A member of the content's owning team approves; never the person who edited it.")

    class Meta:
        db_table = "kcc_content_owningteamapprovaltask"
        verbose_name = _("Owning team approval")
        verbose_name_plural = _("Owning team approvals")
