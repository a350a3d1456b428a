"""The residents' request forms: show, check, take in, thank with the reference number.

A POST over the rate limit (``FRONT_OFFICE_RATE_LIMIT``, default 10 per client per hour) gets a
429 with the form and everything typed in it, and a message in Dutch. A valid form becomes a
request (``front_office.intake.create_request``) and redirects to the thanks page; the reference
travels in a signed, time-limited token so nobody can make the page show another reference.
Invalid input re-renders the form with the resident's input and an error summary.
"""

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core import anonymous_forms, rate_limit
from front_office.forms import FORMS
from front_office.intake import create_request, form_intro

THANKS_SALT = "front_office.thanks"
THANKS_MAX_AGE = 60 * 60
DEFAULT_RATE_LIMIT = (10, 60 * 60)


#: The forms are also on product pages, which front caches keep: they carry a signed form token
#: instead of a CSRF cookie (core.anonymous_forms), checked here with the post's origin.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def request_form(request, kind: str):
    """The callback or question form on its own page (and the target of the embedded forms)."""
    form_class = FORMS[kind]
    status = 200
    too_many = None
    if request.method == "POST":
        form = form_class(request.POST)
        problem = anonymous_forms.check(request, "front-office", kind)
        if problem is anonymous_forms.Problem.CROSS_SITE:
            return HttpResponseForbidden(
                _("This form was sent from another website. Nothing is saved.")
            )
        limit, window = getattr(settings, "FRONT_OFFICE_RATE_LIMIT", DEFAULT_RATE_LIMIT)
        too_many = rate_limit.check(request, "front-office-request", limit, window)
        if too_many is not None:
            status = 429
        elif problem is not None:
            # Shown with everything the resident typed; nothing is saved.
            form.is_valid()
            form.add_error(
                None, _("This form was open too long. Check your text and send it again.")
            )
            status = 400
        elif form.is_valid():
            data = form.cleaned_data
            contact_request = create_request(
                kind=kind,
                source="website",
                team=None,
                subject=data["subject"],
                question=data["question"],
                name=data.get("name", ""),
                phone=data.get("phone", ""),
                email=data.get("email", ""),
                preferred_time=data.get("preferred_time") or "any",
                product=data.get("product"),
                language=translation.get_language() or settings.LANGUAGE_CODE,
            )
            token = signing.dumps(contact_request.reference, salt=THANKS_SALT)
            return redirect(f"{reverse('front_office:thanks')}?kenmerk={token}")
    else:
        form = form_class(initial={"product": request.GET.get("product")})
    context = {"form": form, "too_many": too_many, **form_intro(kind)}
    return render(request, "front_office/request_form_page.html", context, status=status)


@never_cache  # the reference number is the resident's own
def thanks(request):
    """Show the reference number from the signed token; nothing else about the request."""
    try:
        reference = signing.loads(
            request.GET.get("kenmerk", ""), salt=THANKS_SALT, max_age=THANKS_MAX_AGE
        )
    except signing.BadSignature as error:
        raise Http404("No valid reference") from error
    return render(request, "front_office/thanks.html", {"reference": reference})
