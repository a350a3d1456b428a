"""Admin for the area tree: "Instellingen" → "Kernen en wijken"."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from places.models import Area


class AreaViewSet(SnippetViewSet):
    """Editors keep the list of villages and neighbourhoods that everything else points at."""

    model = Area
    icon = "site"
    menu_label = _("Villages and neighbourhoods")
    menu_name = "areas"
    add_to_settings_menu = True
    list_display = [
        "name",
        Column("kind", label=_("kind of area"), accessor="get_kind_display", sort_key="kind"),
        Column("parent", label=_("village"), sort_key="parent__name"),
        "cbs_code",
        "sort_order",
    ]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "cbs_code"]
    search_backend_name = None
    ordering = ["sort_order", "name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("parent")]),
        FieldRowPanel([FieldPanel("cbs_code"), FieldPanel("sort_order")]),
    ]


register_snippet(AreaViewSet)
