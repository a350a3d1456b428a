"""Find the demo area pages by title, for the demos of other apps that link to an area."""

from wagtail.models import Locale

from neighbourhoods.models import AreaPage


def demo_area(title: str | None) -> AreaPage | None:
    """The Dutch area page with this title, or None: the whole municipality ("Hele gemeente"),
    or a site built without the neighbourhoods demo."""
    if not title:
        return None
    return AreaPage.objects.filter(locale=Locale.get_default(), title=title).first()
