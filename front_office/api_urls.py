"""The Klantinteracties-shaped JSON export under ``/api/klantinteracties/v1/``."""

urlpatterns = []
