"""The "Requests" menu item and the URLs of the queue and a request's screen, as a Wagtail viewset."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from front_office.admin import detail, queue
from front_office.admin.access import can_use_queue


class RequestsMenuItem(MenuItem):
    """Shown to handling-team members and to users who may see every request."""

    def is_shown(self, request):
        return can_use_queue(request.user)


class RequestQueueViewSet(ViewSet):
    name = detail.URL_NAMESPACE
    url_prefix = "front-office/requests"
    icon = "mail"
    menu_label = _("Requests")
    menu_name = "front-office-requests"
    menu_order = 155
    add_to_admin_menu = True
    menu_item_class = RequestsMenuItem

    def get_urlpatterns(self):
        return [
            path("", queue.queue, name="index"),
            path("<int:pk>/", detail.detail, name="detail"),
            path("<int:pk>/claim/", detail.claim, name="claim"),
            path("<int:pk>/note/", detail.add_note, name="note"),
            path("<int:pk>/hand-over/", detail.hand_over, name="hand_over"),
            path("<int:pk>/close/", detail.close, name="close"),
        ]
