"""Public, language-neutral addresses of the knowledge base: the JSON API and the SC feed.

Included outside ``i18n_patterns``: the API chooses a language with ``taal``, not the URL.
"""

from django.urls import include, path

from kcc_content import api, api_objects, openapi, sc_feed

api_v1 = [
    path("vacs/", api.vac_list, name="kcc_api_vacs"),
    path("vacs/<str:identifier>/", api.vac_detail, name="kcc_api_vac_detail"),
    path("products/", api.product_list, name="kcc_api_products"),
    path("products/<str:identifier>/", api.product_detail, name="kcc_api_product_detail"),
    path("objects/", api_objects.object_list, name="kcc_api_objects"),
    path("openapi.json", openapi.openapi_document, name="kcc_api_openapi"),
]

urlpatterns = [
    path("api/kcc/v1/", include(api_v1)),
    path("samenwerkende-catalogi.xml", sc_feed.sc_feed, name="sc_feed"),
]
