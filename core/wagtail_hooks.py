"""Wagtail hooks of the ground floor: the rich-text page link that names its language."""

from wagtail import hooks

from core.rich_text_links import LanguageAwarePageLinkHandler


@hooks.register("register_rich_text_features", order=100)
def register_language_aware_page_links(features) -> None:
    """Replace Wagtail's page link handler (registered with the default order, so before this
    one) by one that adds ``hreflang`` for a page in another language."""
    features.register_link_type(LanguageAwarePageLinkHandler)
