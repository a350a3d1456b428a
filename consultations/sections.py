"""What consultations show on the landing pages (``core.sections``).

On the home page: the consultations residents can take part in today. On an area page: the
consultations about that area or its neighbourhoods, current and past. Imported from
``ConsultationsConfig.ready()``.
"""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from consultations.models import ConsultationPage, PhaseKind
from core.sections import register_area_section, register_home_section
from core.translated_lists import in_language, source_locale
from places.models import published_pages

STYLESHEET = "consultations/consultations.css"
#: A consultation in one of these phases is listed under "Earlier plans".
DONE = (PhaseKind.FEEDBACK, PhaseKind.CLOSED)


@register_home_section(
    "consultations",
    40,
    "consultations/sections/home_consultations.html",
    stylesheets=(STYLESHEET,),
)
def home_consultations(page, request) -> dict | None:
    """Up to three consultations open for input today, the same as on the Dutch home page,
    each in the page's language where it is translated."""
    current = in_language(
        add_card_data(ConsultationPage.open_for_input(locale=source_locale(), count=3)),
        page.locale,
        card_query(ConsultationPage.objects.all()),
    )
    return {"current_consultations": current} if current else None


def card_query(consultations):
    """``consultations`` (a queryset) with what their cards show read in bulk: the phases, the
    image and its renditions, and the area with its pages (for ``area.localized``)."""
    return consultations.select_related("image", "area").prefetch_related(
        "phases", "image__renditions", published_pages("area__pages")
    )


def add_card_data(consultations: list[ConsultationPage]) -> list[ConsultationPage]:
    """``consultations`` (a list, their phases read) with the rest of what their cards show."""
    prefetch_related_objects(
        consultations, "image__renditions", "area", published_pages("area__pages")
    )
    return consultations


def consultations_about(area_page) -> list[ConsultationPage]:
    """Published consultations about the page's area or the neighbourhoods in it: those of the
    Dutch area page, each in the page's language where it is translated."""
    with_phases = card_query(ConsultationPage.objects.all())
    about = (
        with_phases.live()
        .public()
        .filter(locale=source_locale(), area__in=area_page.area.own_area_ids())
        .order_by("path")
    )
    return in_language(about, area_page.locale, with_phases)


@register_area_section(
    "have-your-say",
    40,
    "consultations/sections/area_consultations.html",
    heading=_("Have your say"),
    stylesheets=(STYLESHEET,),
)
def area_consultations(page, request) -> dict:
    """Current and past consultations about this area; the section also says when there are
    none."""
    consultations = consultations_about(page)
    return {
        "current_consultations": [c for c in consultations if c.status() not in DONE],
        "past_consultations": [c for c in consultations if c.status() in DONE],
    }
