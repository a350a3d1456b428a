"""The product page's sections: what other apps add to a product page (such as request forms).

The knowledge base imports no feature app. An app registers a section in its own
``sections.py`` (imported from its ``AppConfig.ready()``); the product page renders them in order
at the end. A section's ``context`` callable gets the product page and the request and returns
the context for its template, or None to show nothing.
"""

from collections.abc import Callable

from core.sections import Section, SectionContext, SectionRegistry

PRODUCT_PAGE_SECTIONS = SectionRegistry("product page")


def register_product_section(name: str, order: int, template: str, **options) -> Callable:
    """Decorator: the decorated function gives the context of a product page section."""

    def decorator(context: SectionContext) -> SectionContext:
        PRODUCT_PAGE_SECTIONS.register(Section(name, order, template, context, **options))
        return context

    return decorator
