"""Residents' request forms: ``/contact/terugbellen/``, ``/contact/vraag/`` and the thanks page."""

from django.urls import path

from front_office import views

app_name = "front_office"

urlpatterns = [
    path("contact/terugbellen/", views.request_form, {"kind": "callback"}, name="callback"),
    path("contact/vraag/", views.request_form, {"kind": "question"}, name="question"),
    path("contact/verzoek-ontvangen/", views.thanks, name="thanks"),
]
