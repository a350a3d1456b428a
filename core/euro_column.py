"""An admin listing column for amounts in euro, written as everywhere else (``euro_amounts``)."""

from wagtail.admin.ui.tables import Column

from core.euro_amounts import format_euro


class EuroColumn(Column):
    """A column whose value is an amount in euro: "€ 750" instead of "750.00" or "750,00"."""

    def get_value(self, instance):
        """The amount written as residents and staff read it; empty when there is none."""
        return format_euro(super().get_value(instance))
