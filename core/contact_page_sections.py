"""The contact page's sections: what other apps add to the contact page.

The contact page (``legal.ContactPage``) shows the municipality's channels itself. The ways to
reach us that other apps own, such as the written-question and call-back forms of the contact
centre's front office, are registered here from that app's own ``sections.py`` and shown in
order under the channels, in the place the contact page keeps for them. The contact page
imports no such app; this registry is the one way in. A section's ``context`` callable gets the
contact page and the request and returns the context for its template, or None to show nothing.
"""

from collections.abc import Callable

from core.sections import Section, SectionContext, SectionRegistry

CONTACT_PAGE_SECTIONS = SectionRegistry("contact page")


def register_contact_section(name: str, order: int, template: str, **options) -> Callable:
    """Decorator: the decorated function gives the context of a contact page section.

    ``@register_contact_section("written-question", 10, "front_office/sections/question.html",
    heading=_("Ask a written question"))`` on ``def context(page, request) -> dict | None``.
    Options: ``heading`` (its entry in the page's "On this page" list), ``stylesheets``.
    """

    def decorator(context: SectionContext) -> SectionContext:
        CONTACT_PAGE_SECTIONS.register(Section(name, order, template, context, **options))
        return context

    return decorator
