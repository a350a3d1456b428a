"""The appointment system the site books in: ours by default, another one by setting."""

from django.conf import settings
from django.utils.module_loading import import_string

from appointments.adapters.base import AppointmentAdapter

DEFAULT_ADAPTER = "appointments.adapters.builtin.BuiltinAdapter"


def get_adapter() -> AppointmentAdapter:
    """An instance of the class named by ``APPOINTMENT_ADAPTER`` (a dotted path)."""
    adapter = import_string(getattr(settings, "APPOINTMENT_ADAPTER", DEFAULT_ADAPTER))()
    if not isinstance(adapter, AppointmentAdapter):
        raise TypeError(f"{type(adapter).__name__} is not an AppointmentAdapter")
    return adapter
