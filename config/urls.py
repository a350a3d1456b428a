"""URL routing. Dutch pages live at the root, English ones under /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from consultations.one_click_unsubscribe import one_click_unsubscribe
from core import admin_exports
from core.login_throttle import ThrottledLoginView
from home.views.feedback import page_feedback, page_feedback_comment
from home.views.health import healthz, readyz
from home.views.robots import robots_txt
from home.views.search import search, search_suggestions
from home.views.sitemap import sitemap

urlpatterns = [
    # Wagtail's own login view, with the login throttle's 429 (core.login_throttle).
    path("admin/login/", ThrottledLoginView.as_view(), name="wagtailadmin_login"),
    # Wagtail's reports at their own addresses, with formula-safe CSV/XLSX (core.admin_exports).
    path("admin/", include(admin_exports)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # RFC 8058 one-click unsubscribe from a mail program (CSRF-exempt, token-checked).
    path("e-mail/afmelden/<slug:mailing>/", one_click_unsubscribe, name="one_click_unsubscribe"),
    path("", include("kcc_content.urls")),
    path("api/klantinteracties/v1/", include("front_office.api_urls")),
    # The sitemap, or the index of its pages ?p=N on a site of more than 1,000 addresses.
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images and documents from local disk (one container); object storage otherwise.
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns += i18n_patterns(
    path(_("search/"), search, name="search"),
    path(_("search/suggestions/"), search_suggestions, name="search_suggestions"),
    path(_("feedback/<int:page_id>/"), page_feedback, name="page_feedback"),
    path(
        _("feedback/<int:page_id>/comment/"),
        page_feedback_comment,
        name="page_feedback_comment",
    ),
    # Calendar feeds of the area pages (neighbourhoods.routes.agenda): Wagtail's own page pattern
    # accepts no dot, so ``…/agenda.ics`` gets this one, served by the page's route.
    re_path(r"^((?:[\w\-]+/)*agenda\.ics)$", wagtail_views.serve),
    # Residents' callback and question forms (front_office), before Wagtail's page catch-all.
    path("", include("front_office.resident_urls")),
    # Booking an appointment (appointments), before Wagtail's page catch-all.
    path("", include("appointments.resident_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
