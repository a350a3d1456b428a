"""Find the demo areas by name, for the demos of the apps that link to an area."""

from places.models import Area


def demo_area(name: str | None) -> Area | None:
    """The area with this name, or None: the whole municipality ("Hele gemeente"), or a site
    built without the demo areas."""
    if not name:
        return None
    return Area.objects.filter(name=name).order_by("kind", "pk").first()
