"""Which team owns a page, answered in the database for every public page type at once.

``owning_team`` lives on each concrete page model (through ``PublicPageMixin``), not on Wagtail's
``Page``. These helpers build one subquery per page type, so reports can filter and show the
owning team without loading each page.
"""

from django.apps import apps
from django.db.models import CharField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from core.page_base import PublicPageMixin


def owned_page_models() -> list:
    """Every concrete page model that has an owning team (all public page types)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PublicPageMixin) and not model._meta.abstract
    ]


def pages_owned_by(teams, page_field: str = "pk") -> Q:
    """A ``Q`` on ``page_field`` (a page id): pages whose owning team is one of ``teams``."""
    condition = Q(**{f"{page_field}__in": []})
    for model in owned_page_models():
        owned = model.objects.filter(owning_team__in=teams).values("pk")
        condition |= Q(**{f"{page_field}__in": owned})
    return condition


def owning_team_name(page_ref: str = "pk"):
    """An expression for the name of the owning team of the page whose id is ``page_ref``."""
    names = [
        Subquery(
            model.objects.filter(pk=OuterRef(page_ref)).values("owning_team__name")[:1],
            output_field=CharField(),
        )
        for model in owned_page_models()
    ]
    return Coalesce(*names, Value(""), output_field=CharField())
