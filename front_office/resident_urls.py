"""Residents' request forms (``/contact/verzoek/…``); filled in by the resident-intake work."""

urlpatterns = []
