"""The admin form of a service norm: "measured automatically as" offers the registered measures."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from service_norms.measures import measure_choices

IMPORTED_CHOICE = ("", _("Not measured automatically: figures are imported from a CSV file"))


class ServiceNormForm(WagtailAdminModelForm):
    """Shows ``measured_as`` as a choice of the measures registered in ``service_norms.measures``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("measured_as")
        if field is not None:
            choices = [IMPORTED_CHOICE, *measure_choices()]
            current = self.initial.get("measured_as") or ""
            if current and current not in dict(choices):
                choices.append((current, _("%(code)s (no longer registered)") % {"code": current}))
            field.widget = forms.Select(choices=choices)
