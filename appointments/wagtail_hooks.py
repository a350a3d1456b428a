"""Appointments in the Wagtail admin, and the "Book for the resident" control under a product in
the KCC's Kennisbank."""

from wagtail import hooks

from appointments.admin.viewsets import AppointmentsViewSetGroup
from appointments.kennisbank_action import book_for_resident
from kcc_content.kennisbank_actions import register_result_action


@hooks.register("register_admin_viewset")
def register_appointments_admin():
    return AppointmentsViewSetGroup()


register_result_action("appointments.book_for_resident", book_for_resident)
