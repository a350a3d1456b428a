"""The site's URLs plus ``/bench-bare/``: the benchmark's ceiling, served by the same gunicorn.

Only ``bench.settings`` points here; ``config.urls`` (the real site) never includes this module,
so the bare view is unreachable on the real site.
"""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def bare(request):
    """The least a Django view can do: the whole middleware stack, then a tiny response."""
    return HttpResponse(b"ok", content_type="text/plain")


# The site's patterns are copied, not included: i18n_patterns must stay in the root URLconf.
urlpatterns = [path("bench-bare/", bare, name="bench_bare"), *site_urlpatterns]
