"""Residents' booking pages under ``/afspraak/`` (``/en/appointment/`` in English)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from appointments import views

app_name = "appointments"

urlpatterns = [
    path(_("appointment/"), views.start, name="start"),
    path(_("appointment/time/"), views.times, name="times"),
    path(_("appointment/details/<str:token>/"), views.details, name="details"),
    path(_("appointment/<str:reference>/<str:token>/"), views.manage, name="manage"),
    path(_("appointment/<str:reference>/<str:token>/cancel/"), views.cancel, name="cancel"),
    path(_("appointment/<str:reference>/<str:token>/move/"), views.move, name="move"),
    path(
        _("appointment/<str:reference>/<str:token>/appointment.ics"),
        views.calendar_file,
        name="calendar",
    ),
]
