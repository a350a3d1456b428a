"""A read-only field in the editor that says "Not yet" where Wagtail would print "None"."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

NOT_YET = _("Not yet")


class ReadOnlyFieldPanel(FieldPanel):
    """A read-only ``FieldPanel``; an empty value reads ``empty_text`` ("Not yet"), not "None"."""

    def __init__(self, field_name, *args, empty_text=NOT_YET, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, *args, **kwargs)
        self.empty_text = empty_text

    def clone_kwargs(self):
        """Keep the empty text when Wagtail copies the panel for a model or a request."""
        kwargs = super().clone_kwargs()
        kwargs["empty_text"] = self.empty_text
        return kwargs

    def format_value_for_display(self, value):
        """The value as Wagtail shows it, or the empty text when there is none."""
        if value is None or value == "":
            return self.empty_text
        return super().format_value_for_display(value)
