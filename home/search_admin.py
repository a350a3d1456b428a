"""Admin for the site search's synonyms: "Instellingen" → "Zoeksynoniemen".

Only people with the synonym permissions see and change them (the content coordinators, by
migration ``home.0009``); each language has its own synonyms (Wagtail's locale switcher).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    """Editors say which words residents use and what the search looks for instead."""

    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_name = "search-synonyms"
    add_to_settings_menu = True
    list_display = ["search_for", "phrases", "updated_at"]
    search_fields = ["phrases", "search_for"]
    search_backend_name = None
    ordering = ["search_for"]


register_snippet(SearchSynonymViewSet)
