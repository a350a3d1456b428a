"""Models of the public site, one module per concept."""

from core.page_base import PublicPageMixin
from home.models.feedback import PageFeedback
from home.models.pages import ContentPage, HomePage, NewsIndexPage, NewsPage, SectionPage
from home.models.search_log import SearchWithoutResults
from home.models.search_synonyms import SearchSynonym, SearchVocabularyWord
from home.models.site_settings import ContactSettings

__all__ = [
    "ContactSettings",
    "ContentPage",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "PageFeedback",
    "PublicPageMixin",
    "SearchSynonym",
    "SearchVocabularyWord",
    "SearchWithoutResults",
    "SectionPage",
]
