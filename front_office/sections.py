"""The "Bel mij terug" and "Stel uw vraag" forms on the contact page and on product pages."""

from django.utils.translation import gettext_lazy as _

from core.contact_page_sections import register_contact_section
from front_office.forms import CallbackForm, QuestionForm
from front_office.intake import form_intro
from kcc_content.product_page_sections import register_product_section


def _context(kind, form_class, product=None):
    initial = {"product": product.pk} if product is not None else {}
    return {"form": form_class(initial=initial), "too_many": None, **form_intro(kind)}


@register_contact_section(
    "callback-form", 20, "front_office/sections/request_form.html", heading=_("Call me back")
)
def contact_callback(page, request):
    return _context("callback", CallbackForm)


@register_contact_section(
    "question-form", 10, "front_office/sections/request_form.html", heading=_("Ask your question")
)
def contact_question(page, request):
    return _context("question", QuestionForm)


@register_product_section(
    "callback-form", 20, "front_office/sections/request_form.html", heading=_("Call me back")
)
def product_callback(page, request):
    return _context("callback", CallbackForm, page)


@register_product_section(
    "question-form", 10, "front_office/sections/request_form.html", heading=_("Ask your question")
)
def product_question(page, request):
    return _context("question", QuestionForm, page)
