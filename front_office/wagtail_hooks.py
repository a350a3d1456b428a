"""The front office in the Wagtail admin: the requests queue, the contact report, the handling
teams under Settings and the "Register contact" control on every Kennisbank result."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.admin_menu import PermissionMenuItem
from front_office import registration
from front_office.admin import report_views
from front_office.admin.teams import HandlingTeamViewSet
from front_office.admin.viewsets import RequestQueueViewSet
from kcc_content.kennisbank_actions import register_result_action


@hooks.register("register_admin_viewset")
def register_request_queue():
    return RequestQueueViewSet()


@hooks.register("register_admin_urls")
def register_front_office_urls():
    return [
        path(
            "front-office/register/<str:kind>/<int:pk>/",
            registration.register_contact,
            name=registration.URL_NAME,
        ),
        path(
            "front-office/contact-report/",
            report_views.contact_report,
            name=report_views.URL_NAME,
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_contact_report_menu_item():
    return PermissionMenuItem(
        _("Contact report"),
        reverse(report_views.URL_NAME),
        icon_name="doc-full",
        order=700,
        permission=report_views.PERMISSION,
    )


register_snippet(HandlingTeamViewSet)
register_result_action("front_office.register_contact", registration.result_action)
