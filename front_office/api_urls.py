"""The Klantinteracties-shaped JSON export under ``/api/klantinteracties/v1/``."""

from django.urls import path

from front_office import api, openapi

urlpatterns = [
    path("klantcontacten/", api.klantcontact_list, name="klantinteracties_klantcontacten"),
    path("internetaken/", api.internetaak_list, name="klantinteracties_internetaken"),
    path("actoren/", api.actor_list, name="klantinteracties_actoren"),
    path("openapi.json", openapi.openapi_document, name="klantinteracties_openapi"),
]
