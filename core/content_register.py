"""The content register: one row per page or snippet, so listings can span all content types.

Pages and snippets of many types keep their own fields, so a dashboard, report or reminder that
asks "which published items of team X ..." cannot query them all at once. A register row mirrors
one item: which object it is (content type and id, unique together), its title and its owning
team. ``ContentRegister`` is that definition, with the helpers to find, record and forget the row
of an object, its link in the admin, and the querysets every listing of the register needs.

There are still two tables built on it, because each floor owns its own columns:
``governance.ReviewSchedule`` (floor 1b) adds the review cycle (interval, last and next review,
responsible person) and ``readability.ReadabilityResult`` (floor 2) adds the B1 verdict (level,
score, checks, section). One table would make the review floor hold the B1 verdict's columns, or
the B1 checker write into the review floor's table; and the rows live differently: a schedule
row exists for every live owned item and goes when it is unpublished or deleted, a verdict for
every analysed Dutch item. So the register's definition and helpers live here once, and each table
keeps its name, columns, data and constraint name.
"""

import functools

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import CharField, OuterRef
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

TITLE_LENGTH = 255


def content_type_of(obj_or_model) -> ContentType:
    """The content type a register row stores for an object or model (proxy models their own)."""
    return ContentType.objects.get_for_model(obj_or_model, for_concrete_model=False)


def title_of(obj) -> str:
    """The title a register row shows for an object: its ``title``, else its text, cut to fit."""
    return str(getattr(obj, "title", obj))[:TITLE_LENGTH]


def one_row_per_object(name: str) -> models.UniqueConstraint:
    """The register's constraint, under the name the table was created with."""
    return models.UniqueConstraint(fields=["content_type", "object_id"], name=name)


def snippets_only(handler):
    """A handler for Wagtail's ``published``/``unpublished`` signals that leaves pages alone.

    Pages send those signals as well as ``page_published``/``page_unpublished``; a register that
    listens to the page signals would otherwise handle every page twice.
    """

    @functools.wraps(handler)
    def handle_snippet(instance, **kwargs):
        if not isinstance(instance, Page):
            return handler(instance, **kwargs)
        return None

    return handle_snippet


class ContentRegisterQuerySet(models.QuerySet):
    """Rows of one object, of some objects, of some teams, and the row of a listed page."""

    def for_object(self, obj):
        """The row of this page or snippet (at most one)."""
        return self.filter(content_type=content_type_of(obj), object_id=str(obj.pk))

    def for_objects(self, model, ids):
        """The rows of these objects of one model, in one query."""
        return self.filter(content_type=content_type_of(model), object_id__in=[str(i) for i in ids])

    def owned_by(self, teams):
        """The rows of items one of these teams (groups) owns."""
        return self.filter(owning_team__in=teams)

    def for_listed_page(self):
        """The row of the page in the outer query, for a subquery that annotates a page listing
        (the explorer) without a query per page."""
        return self.filter(
            content_type_id=OuterRef("content_type_id"),
            object_id=Cast(OuterRef("pk"), CharField()),
        )

    def row_for(self, obj):
        """The row of this object, or ``None`` when it has none."""
        return self.for_object(obj).first()

    def record(self, obj, **columns):
        """Create or update the row of this object with its title and owning team and the
        table's own ``columns``; returns the row."""
        row, _created = self.update_or_create(
            content_type=content_type_of(obj),
            object_id=str(obj.pk),
            defaults={
                "title": title_of(obj),
                "owning_team_id": getattr(obj, "owning_team_id", None),
                **columns,
            },
        )
        return row

    def forget(self, obj) -> None:
        """Delete the row of this object, if any (it was unpublished or deleted)."""
        self.for_object(obj).delete()


class ContentRegister(models.Model):
    """Abstract: which published page or snippet a row is about, its title and owning team.

    A concrete register adds its own columns, sets ``Meta.constraints`` to
    ``[one_row_per_object("<its constraint name>")]`` and may extend
    ``ContentRegisterQuerySet`` for its manager.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    content_object = GenericForeignKey("content_type", "object_id")
    title = models.CharField(_("title"), max_length=TITLE_LENGTH)
    owning_team = models.ForeignKey(
        "auth.Group",
        verbose_name=_("owning team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ContentRegisterQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_page(self) -> bool:
        """Whether the row is about a page (else a snippet)."""
        model = self.content_type.model_class()
        return bool(model and issubclass(model, Page))

    @property
    def admin_url(self) -> str:
        """Where editors change this item in the Wagtail admin."""
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.object_id])
        model = self.content_type.model_class()
        return reverse(
            f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit",
            args=[self.object_id],
        )
