"""The area tree: every village (kern) of the municipality and the neighbourhoods (wijken) in it.

An area is language-independent data: a village has the same name in every language, so ``Area``
is not translatable. Pages, consultations, news, youth proposals and postcodes point at an area;
the page that presents an area to residents (one per language) points at it too, with the
reverse name ``pages`` (``neighbourhoods.AreaPage``).

The tree has two levels: a village has no parent, a neighbourhood has a village as its parent.
The database enforces the first half; ``clean()`` checks that the parent is a village.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page

#: The reverse name of the pages that present an area (``neighbourhoods.AreaPage.area``).
PAGES = "pages"


class AreaKind(models.TextChoices):
    """A village (kern) or a neighbourhood (wijk) in it; the context keeps "Neighbourhood"
    apart from its other translations."""

    VILLAGE = "village", pgettext_lazy("kind of area", "Village")
    NEIGHBOURHOOD = "neighbourhood", pgettext_lazy("kind of area", "Neighbourhood")


class AreaQuerySet(models.QuerySet):
    def villages(self):
        return self.filter(kind=AreaKind.VILLAGE)

    def presented(self):
        """The areas that have a published, public page (in any language)."""
        published = Page.objects.live().public().values("pk")
        return self.filter(pages__pk__in=published).distinct()

    def in_tree_order(self) -> list["Area"]:
        """These areas as a list: each village followed by its neighbourhoods."""
        areas = list(self.select_related("parent"))
        position = {area.pk: index for index, area in enumerate(areas)}

        def tree_key(area):
            if area.parent_id is None:
                return (position[area.pk], -1)
            return (position.get(area.parent_id, len(areas)), position[area.pk])

        return sorted(areas, key=tree_key)


class Area(models.Model):
    """A village or a neighbourhood of the municipality."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        allow_unicode=False,
        help_text=_("The name in web addresses and filters, such as raamsdonksveer."),
    )
    kind = models.CharField(
        _("kind of area"), max_length=20, choices=AreaKind.choices, default=AreaKind.VILLAGE
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("village"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="neighbourhoods",
        limit_choices_to={"kind": AreaKind.VILLAGE},
        help_text=_("Only for a neighbourhood: the village it is part of."),
    )
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=10,
        blank=True,
        help_text=_("Optional: the code of Statistics Netherlands, such as WK082601."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first in lists.")
    )

    objects = AreaQuerySet.as_manager()

    class Meta:
        verbose_name = _("village or neighbourhood")
        verbose_name_plural = _("villages and neighbourhoods")
        ordering = ["sort_order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind=AreaKind.VILLAGE, parent__isnull=True)
                | models.Q(kind=AreaKind.NEIGHBOURHOOD, parent__isnull=False),
                name="area_village_has_no_parent_neighbourhood_has_one",
            ),
        ]

    def __str__(self):
        if self.parent_id:
            return f"{self.name} ({self.parent.name})"
        return self.name

    def clean(self):
        """A neighbourhood lies in a village; a village lies in no other area."""
        super().clean()
        if self.kind == AreaKind.VILLAGE and self.parent_id:
            raise ValidationError({"parent": _("A village is not part of another area.")})
        if self.kind == AreaKind.NEIGHBOURHOOD:
            if not self.parent_id:
                raise ValidationError({"parent": _("Choose the village of this neighbourhood.")})
            if self.parent.kind != AreaKind.VILLAGE:
                raise ValidationError({"parent": _("Choose a village, not a neighbourhood.")})

    @property
    def title(self) -> str:
        """The name, so an area can stand in for its page in templates (see ``localized``)."""
        return self.name

    @property
    def village(self) -> "Area":
        """The village: the parent of a neighbourhood, or the village itself."""
        return self.parent if self.parent_id else self

    def own_area_ids(self) -> list[int]:
        """This area and the neighbourhoods in it: what a list "about this area" shows."""
        return [self.pk, *self._neighbourhood_ids]

    @cached_property
    def _neighbourhood_ids(self) -> list[int]:
        # Read once per instance: an area page asks for every list it shows (news,
        # consultations, youth proposals, places), and its area lives for one request.
        return list(self.neighbourhoods.values_list("pk", flat=True))

    def related_area_ids(self) -> list[int]:
        """This area, its village and its neighbourhoods."""
        ids = self.own_area_ids()
        return [*ids, self.parent_id] if self.parent_id else ids

    def page(self, locale: Locale | None = None):
        """The published page for this area in ``locale`` (default: the active language), else
        in the default language, else None. Pages point at an area with ``related_name="pages"``.

        Without a query when a list read its areas' pages in bulk (``published_pages``).
        """
        pages = getattr(self, "pages", None)
        if pages is None:  # no app presents areas with pages
            return None
        if locale is None:
            try:
                locale = Locale.get_active()
            except (LookupError, Locale.DoesNotExist):
                locale = None
        if PAGES in getattr(self, "_prefetched_objects_cache", {}):
            by_locale = {page.locale_id: page for page in pages.all()}
            default = Locale.get_default()
            return by_locale.get(locale.pk if locale else None) or by_locale.get(default.pk)
        published = pages.live().public()
        if locale is not None and (page := published.filter(locale=locale).first()):
            return page
        return published.filter(locale=Locale.get_default()).first()

    @property
    def localized(self):
        """The page for this area in the active language, or the area itself when no published
        page presents it: either way ``.title`` is its name and ``.live`` says if it links."""
        return self.page() or self


def published_pages(lookup: str = PAGES) -> Prefetch:
    """``prefetch_related(published_pages("area__pages"))`` reads the published pages of every
    area of a list in one query, so ``area.localized`` in each item asks nothing more.

    ``lookup`` ends in the areas' ``pages`` (the pages that present an area, whatever app
    defines them); the prefetch holds only live, public pages, as ``Area.page`` expects.
    """
    pages = Area._meta.get_field(PAGES).related_model
    return Prefetch(lookup, queryset=pages.objects.live().public().defer_streamfields())
