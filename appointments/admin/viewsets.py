"""The "Appointments" menu in the Wagtail admin: what can be booked, when, and the bookings.

Locations, appointment types, opening rules and closed days are edited with Wagtail's model
viewsets (permissions per model, as for any Django model). Bookings are listed and opened, not
edited here: a booking changes only through ``appointments.booking``, which keeps the slots'
load right.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from appointments.admin import agenda
from appointments.models import AppointmentLocation, AppointmentType, Booking, Closure, OpeningRule


class LocationViewSet(ModelViewSet):
    name = "appointments_locations"
    url_prefix = "appointments/locations"
    model = AppointmentLocation
    icon = "site"
    menu_label = _("Locations")
    form_fields = ["name", "kind", "address", "area", "slot_minutes", "directions", "is_active"]
    list_display = ["name", "kind", "address", "is_active", "kept_by"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "address"]


class AppointmentTypeViewSet(ModelViewSet):
    name = "appointments_types"
    url_prefix = "appointments/types"
    model = AppointmentType
    icon = "clipboard-list"
    menu_label = _("Appointment types")
    form_fields = [
        "name",
        "product",
        "duration_minutes",
        "locations",
        "what_to_bring",
        "minimum_notice_hours",
        "booking_horizon_days",
        "is_active",
    ]
    list_display = ["name", "duration_minutes", "is_active"]
    list_filter = ["locations", "is_active"]
    search_fields = ["name"]


class OpeningRuleViewSet(ModelViewSet):
    name = "appointments_opening_hours"
    url_prefix = "appointments/opening-hours"
    model = OpeningRule
    icon = "time"
    menu_label = _("Opening hours")
    form_fields = ["location", "weekday", "start_time", "end_time", "desks", "starts_on", "ends_on"]
    list_display = ["location", "weekday", "start_time", "end_time", "desks", "ends_on"]
    list_filter = ["location", "weekday"]

    def formfield_for_dbfield(self, db_field, **kwargs):
        """Opening rules only for the locations whose hours are kept here: the hours of a
        location kept elsewhere (neighbourhood office hours) come from there, typed once."""
        field = super().formfield_for_dbfield(db_field, **kwargs)
        if db_field.name == "location":
            field.queryset = AppointmentLocation.objects.filter(kept_by="")
        return field


class ClosureViewSet(ModelViewSet):
    name = "appointments_closed_days"
    url_prefix = "appointments/closed-days"
    model = Closure
    icon = "warning"
    menu_label = _("Closed days")
    form_fields = ["location", "date", "reason"]
    list_display = ["date", "location", "reason"]
    list_filter = ["location"]


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Staff with the view permission may list and open; nobody adds, edits or deletes here."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class BookingViewSet(ModelViewSet):
    name = "appointments_bookings"
    url_prefix = "appointments/bookings"
    model = Booking
    icon = "date"
    menu_label = _("Bookings")
    form_fields = ["status"]  # never shown: the policy below allows no add or edit
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "location",
        "starts_at",
        "ends_at",
        "status",
        "name",
        "email",
        "phone",
        "address",
        "remarks",
        "booked_by",
        "created_at",
        "confirmed_at",
        "cancelled_at",
    ]
    list_display = ["reference", "starts_at", "location", "status"]
    list_filter = ["location", "status"]
    search_fields = ["reference", "name", "email"]
    ordering = ["-starts_at"]

    @property
    def permission_policy(self):
        return ViewOnlyPermissionPolicy(self.model)


class AgendaMenuItem(MenuItem):
    def is_shown(self, request):
        return agenda.may_view(request.user)


class AgendaViewSet(ViewSet):
    """The day agenda per location (``appointments.admin.agenda``)."""

    name = agenda.URL_NAMESPACE
    url_prefix = "appointments/agenda"
    icon = "calendar"
    menu_label = _("Day agenda")
    menu_item_class = AgendaMenuItem

    def get_urlpatterns(self):
        return [
            path("", agenda.agenda, name="index"),
            path("<int:pk>/<str:status>/", agenda.mark, name="mark"),
            path("block/", agenda.block, name="block"),
            path("cancel-day/", agenda.cancel_day, name="cancel_day"),
        ]


class AppointmentsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Appointments")
    menu_icon = "date"
    menu_order = 160
    items = (
        AgendaViewSet,
        BookingViewSet,
        LocationViewSet,
        AppointmentTypeViewSet,
        OpeningRuleViewSet,
        ClosureViewSet,
    )
