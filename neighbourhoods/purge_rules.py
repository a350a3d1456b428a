"""What the front caches purge for the neighbourhood pages (``core.purge_rules``).

The area pages and the area overview list news, consultations, youth proposals, meetings, office
hours and initiatives from elsewhere: they are purged with every change of a page or of one of
those objects. There are a few dozen of them, so this stays cheap.
"""

from core.purge_rules import register_landing_content, register_landing_pages
from neighbourhoods.models import (
    AreaIndexPage,
    AreaPage,
    Initiative,
    Meeting,
    NeighbourhoodBudget,
    RecurringOfficeHours,
)


def area_pages():
    """Every live area page and area overview, in every language."""
    return [*AreaPage.objects.live(), *AreaIndexPage.objects.live()]


register_landing_pages(area_pages)
register_landing_content(Meeting, RecurringOfficeHours, Initiative, NeighbourhoodBudget)
