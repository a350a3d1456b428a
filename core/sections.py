"""Registries of the sections that the landing pages show: the home page and the area page.

A landing page imports no feature app. Each app registers what it adds to a landing page in its
own ``sections.py``, imported from its ``AppConfig.ready()``; the page asks the registry for the
sections to show and renders them in order. A section's ``context`` callable gets the page and
the request and returns the context for the section's template, or None when the section has
nothing to show on that page.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

SectionContext = Callable[[object, HttpRequest], dict | None]


@dataclass(frozen=True)
class Section:
    """One part of a landing page, contributed by one app.

    ``name`` is unique per landing page and is the section's anchor (``id``) on the page.
    ``heading`` is its entry in the page's table of contents (empty: not listed there).
    ``stylesheets`` are static paths the page loads when the section is shown.
    """

    name: str
    order: int
    template: str
    context: SectionContext
    heading: str = ""
    stylesheets: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShownSection:
    """A section with the context it gets on one page, ready for ``{% render_section %}``."""

    section: Section
    context: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.section.name

    @property
    def heading(self) -> str:
        return str(self.section.heading)

    @property
    def template(self) -> str:
        return self.section.template


class SectionRegistry:
    """The sections of one kind of landing page, in order."""

    def __init__(self, landing_page: str):
        self.landing_page = landing_page
        self._sections: dict[str, Section] = {}

    def register(self, section: Section) -> Section:
        """Add ``section``; registering the same section twice (a re-import) is harmless."""
        known = self._sections.get(section.name)
        if known is not None and known != section:
            raise ImproperlyConfigured(
                f"Two sections of the {self.landing_page} are called {section.name!r}."
            )
        self._sections[section.name] = section
        return section

    def unregister(self, name: str) -> None:
        """Remove a section (for tests that register a section of their own)."""
        self._sections.pop(name, None)

    def sections(self) -> list[Section]:
        """Every registered section, by order (then name, so the order is always the same)."""
        return sorted(self._sections.values(), key=lambda section: (section.order, section.name))

    def shown(self, page, request: HttpRequest) -> list[ShownSection]:
        """The sections that have something to show on ``page``, with their context."""
        shown = []
        for section in self.sections():
            context = section.context(page, request)
            if context is not None:
                shown.append(ShownSection(section, context))
        return shown


def stylesheets(shown: list[ShownSection]) -> list[str]:
    """The stylesheets the shown sections need, each once, in section order."""
    return list(dict.fromkeys(path for item in shown for path in item.section.stylesheets))


HOME_PAGE_SECTIONS = SectionRegistry("home page")
AREA_PAGE_SECTIONS = SectionRegistry("area page")


def register_home_section(name: str, order: int, template: str, **options) -> Callable:
    """Decorator: the decorated function gives the context of a home page section.

    ``@register_home_section("consultations", 40, "consultations/sections/home.html")`` on
    ``def context(page, request) -> dict | None``. Options: ``heading``, ``stylesheets``.
    """

    def decorator(context: SectionContext) -> SectionContext:
        HOME_PAGE_SECTIONS.register(Section(name, order, template, context, **options))
        return context

    return decorator


def register_area_section(name: str, order: int, template: str, **options) -> Callable:
    """Decorator: the decorated function gives the context of an area page section.

    The function gets the area page (``page.area`` is its ``places.Area``, ``page.locale`` its
    language) and the request. Options: ``heading`` (its entry in "On this page"),
    ``stylesheets``.
    """

    def decorator(context: SectionContext) -> SectionContext:
        AREA_PAGE_SECTIONS.register(Section(name, order, template, context, **options))
        return context

    return decorator
