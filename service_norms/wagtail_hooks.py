"""Wagtail admin for service norms: the "Servicenormen" menu group and the upload imports."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from service_norms.import_views import import_upload
from service_norms.viewsets import ServiceNormsViewSetGroup


@hooks.register("register_admin_urls")
def register_norm_import_urls():
    return [
        path("service-norms/import/<slug:kind>/", import_upload, name="kcc_norm_import"),
    ]


register_snippet(ServiceNormsViewSetGroup)
