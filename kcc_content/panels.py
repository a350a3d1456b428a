"""Read-only editor panels for KCC content."""

from wagtail.admin.panels import Panel


class UplStatusPanel(Panel):
    """Warns editors when the product's national name (UPL) is no longer on the current list.

    Shows nothing at all while the name is current or no name is chosen.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "kcc_content/panels/upl_status.html"

        def off_list_record(self):
            """The chosen UPL record when it has left the list, else ``None``."""
            upl = getattr(self.instance, "upl", None)
            return upl if upl is not None and not upl.on_list else None

        def is_shown(self):
            return self.off_list_record() is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["upl"] = self.off_list_record()
            return context
