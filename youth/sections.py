"""What the youth section shows on area pages (``core.sections``): the published proposals of
young people about the area or its neighbourhoods. Imported from ``YouthConfig.ready()``."""

from django.utils.translation import gettext_lazy as _

from core.sections import register_area_section
from youth.models import YouthProposal
from youth.models.proposals import ModerationStatus


@register_area_section(
    "youth-proposals",
    45,
    "youth/sections/area_proposals.html",
    heading=_("Proposals by young people"),
)
def area_youth_proposals(page, request) -> dict | None:
    """Up to six published proposals about this area, newest first; nothing when there are
    none."""
    proposals = list(
        YouthProposal.objects.filter(
            status=ModerationStatus.PUBLISHED,
            area__in=page.area.own_area_ids(),
            youth_home__live=True,
        )
        .select_related("youth_home")
        .order_by("-created_at")[:6]
    )
    return {"youth_proposals": proposals} if proposals else None
