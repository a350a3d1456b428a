"""Appointments in the Wagtail admin."""

from wagtail import hooks

from appointments.admin.viewsets import AppointmentsViewSetGroup


@hooks.register("register_admin_viewset")
def register_appointments_admin():
    return AppointmentsViewSetGroup()
