"""Read-only public JSON API of the knowledge base, version 1, under ``/api/kcc/v1/``.

Answers are served in the shape of the VAC objecttype and products in the shape of a
"kennisartikel", so a contact-centre system such as KISS can read them unchanged. Every public
field is written out explicitly in ``vac_data`` and ``product_data``: a field reaches the public
only by being named there, which is how the KCC-only fields (desk memo, handling, team, the staff
explanation) stay out. The OpenAPI description of these shapes, and its view, live in
``kcc_content.openapi``.
"""

import re
import uuid
from functools import wraps

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch
from django.http import JsonResponse
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Locale
from wagtail.rich_text import expand_db_html
from wagtail.search.backends import get_search_backend

from core import rate_limit
from core.json_errors import error_response
from core.search_query import clean_query, search_terms
from kcc_content.models import ProductPage, QuestionAnswer
from kcc_content.models.audience import Audience

#: Requests per client per window (seconds); ``KCC_API_RATE_LIMIT`` in settings overrides it.
RATE_LIMIT = (120, 60)
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_AGE_SECONDS = 300
MAX_DIGITS = 9  # page numbers; longer ones are nonsense (and Python refuses very long ints)

#: The SDG/PDC text keys of a kennisartikel, in the fixed order of ``ProductPage.SECTIONS``.
SECTION_KEYS = {
    "introduction": "inleiding",
    "procedure": "aanvraag",
    "conditions": "voorwaarden",
    "evidence": "bewijs",
    "costs": "kosten",
    "deadline": "termijn",
    "objection": "bezwaar",
    "no_response": "uitersteTermijn",
    "particulars": "bijzonderheden",
    "contact": "contact",
}

#: The VAC object type's values (``kcc_content/schemas/vac-schema.json``) for our choices.
VAC_AUDIENCE = {
    Audience.RESIDENTS: "eu-burger",
    Audience.BUSINESSES: "eu-bedrijf",
    Audience.BOTH: "eu-burger-bedrijf",
}
VAC_STATUS = {
    QuestionAnswer.Status.ACTIVE: "actief",
    QuestionAnswer.Status.INACTIVE: "non-actief",
    QuestionAnswer.Status.TO_BE_REMOVED: "te-verwijderen",
}
AUDIENCE_BY_VAC = {value: audience for audience, value in VAC_AUDIENCE.items()}
STATUS_BY_VAC = {value: status for status, value in VAC_STATUS.items()}

ROOT_RELATIVE_LINK = re.compile(r'\b(href|src)="/(?!/)')


class ApiError(Exception):
    """A request the API cannot answer, turned into a JSON error response."""

    def __init__(self, status: int, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameter = parameter


def conditional(request, response):
    """ETag (of the body) and Last-Modified handling, as ``ConditionalGetMiddleware`` does."""
    set_response_etag(response)
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return get_conditional_response(
        request, etag=response.get("ETag"), last_modified=last_modified, response=response
    )


def api_view(view):
    """GET/HEAD only, rate limited per client, JSON errors, public caching for five minutes.

    Exempt from CSRF: the API only reads, and the check would answer a POST with Django's HTML
    403 page before the JSON 405 below.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error_response(405, "Only GET and HEAD are allowed.")
            response["Allow"] = "GET, HEAD"
            return response
        limit, window = getattr(settings, "KCC_API_RATE_LIMIT", RATE_LIMIT)
        refusal = rate_limit.check(request, "kcc-api", limit, window)
        if refusal is not None:
            response = error_response(429, "Too many requests. Try again later.")
            response["Retry-After"] = str(refusal.retry_after)
            patch_cache_control(response, no_store=True)
            return response
        try:
            check_parameter_names(request, getattr(view, "parameters", None))
            response = view(request, *args, **kwargs)
        except ApiError as error:
            return error_response(error.status, error.message, error.parameter)
        patch_cache_control(response, public=True, max_age=MAX_AGE_SECONDS)
        return conditional(request, response)

    return wrapper


def accepts(*names: str):
    """Name the query parameters a view accepts (as its OpenAPI description does); ``api_view``
    answers any other parameter with a 400."""

    def decorate(view):
        view.parameters = frozenset(names)
        return view

    return decorate


def check_parameter_names(request, allowed) -> None:
    """400 for a query parameter the view does not accept, or a search text that is too long."""
    if allowed is None:
        return
    for name in request.GET:
        if name not in allowed:
            raise ApiError(400, f"Unknown parameter. Use only: {', '.join(sorted(allowed))}.", name)
    if len(request.GET.get("q", "")) > settings.SEARCH_QUERY_MAX_LENGTH:
        raise ApiError(400, f"Must be at most {settings.SEARCH_QUERY_MAX_LENGTH} characters.", "q")


def json_response(data: dict, last_modified=None) -> JsonResponse:
    """A UTF-8 JSON response, with Last-Modified when the content's date is known."""
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return response


# Parameters ------------------------------------------------------------------------------


def parameter(request, name: str) -> str | None:
    """A query parameter, or None when absent; 400 when present but empty."""
    if name in request.GET and not request.GET[name]:
        raise ApiError(400, "Must not be empty.", name)
    return request.GET.get(name)


def choice_parameter(request, name: str, choices, default: str | None = None) -> str | None:
    """A parameter that must be one of ``choices``; 400 otherwise."""
    value = parameter(request, name)
    if value is None:
        return default
    if value not in choices:
        raise ApiError(400, f"Unknown value {value!r}. Use one of: {', '.join(choices)}.", name)
    return value


def number_parameter(request, name: str, default: int, maximum: int | None = None) -> int:
    """A whole number of at least 1 (and at most ``maximum``); 400 otherwise."""
    value = parameter(request, name)
    if value is None:
        return default
    if not value.isascii() or not value.isdigit() or int(value[: MAX_DIGITS + 1]) < 1:
        raise ApiError(400, "Must be a whole number of at least 1.", name)
    if len(value) > MAX_DIGITS:
        raise ApiError(400, f"Must have at most {MAX_DIGITS} digits.", name)
    if maximum is not None and int(value) > maximum:
        raise ApiError(400, f"Must be at most {maximum}.", name)
    return int(value)


def content_languages() -> list[str]:
    """The language codes content is published in (``taal``), the default first."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def audience_parameter(request):
    """The ``doelgroep`` filter in the VAC values (eu-burger, ...), as our audience; or None."""
    value = choice_parameter(request, "doelgroep", list(AUDIENCE_BY_VAC))
    return AUDIENCE_BY_VAC[value] if value else None


def language_parameter(request) -> str:
    """The ``taal`` parameter, defaulting to the site's default language."""
    return choice_parameter(request, "taal", content_languages(), settings.LANGUAGE_CODE)


def locale_id(language_code: str) -> int | None:
    """The locale of a language, or None when no content exists in it yet."""
    return Locale.objects.filter(language_code=language_code).values_list("pk", flat=True).first()


def searched(request, queryset, ordering: str):
    """``queryset`` searched for the words of ``q`` (all must match), best match first;
    without words (``q`` absent, or only symbols) the whole queryset in ``ordering``.

    The query is cleaned as the site search does, so syntax characters never reach the engine.
    """
    terms = search_terms(clean_query(request.GET.get("q", "")))
    if not terms:
        return queryset.order_by(ordering, "pk")
    return get_search_backend().search(terms, queryset, operator="and")


# Links and text ----------------------------------------------------------------------------


def detail_url(request, url_name: str, item) -> str:
    """The absolute API address of an answer or product, by its translation-independent uuid."""
    url = reverse(url_name, args=[item.translation_key])
    language = item.locale.language_code
    if language != settings.LANGUAGE_CODE:
        url += f"?taal={language}"
    return request.build_absolute_uri(url)


def public_html(rich_text: str, base_url: str) -> str:
    """Rich text as public HTML, with site-relative links made absolute for other systems."""
    if not rich_text:
        return ""
    root = base_url.rstrip("/")
    return ROOT_RELATIVE_LINK.sub(
        lambda link: f'{link.group(1)}="{root}/', expand_db_html(rich_text)
    )


def site_root(request) -> str:
    """The absolute address of the site's root, as the client reached it."""
    return request.build_absolute_uri("/")


def timestamp(value) -> str | None:
    """A datetime as ISO 8601, or None."""
    return value.isoformat() if value else None


def paginated(request, results, url_name: str, serialise, size_parameter="page_size") -> dict:
    """One page of ``results`` as ``{"count", "next", "previous", "results"}``.

    ``size_parameter`` names the page-size parameter: ``page_size`` here, ``pageSize`` in the
    Objects API's shape (``kcc_content.api_objects``)."""
    page_number = number_parameter(request, "page", 1)
    page_size = number_parameter(request, size_parameter, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    paginator = Paginator(results, page_size)
    try:
        page = paginator.page(page_number)
    except EmptyPage:
        raise ApiError(404, f"Page {page_number} does not exist.", "page") from None

    def page_url(number: int) -> str:
        query = request.GET.copy()
        query["page"] = number
        return request.build_absolute_uri(f"{reverse(url_name)}?{query.urlencode()}")

    return {
        "count": paginator.count,
        "next": page_url(page.next_page_number()) if page.has_next() else None,
        "previous": page_url(page.previous_page_number()) if page.has_previous() else None,
        "results": serialise(list(page.object_list)),
    }


def find(queryset, identifier: str, language: str, noun: str):
    """One item by public uuid (in ``language``) or by database id; 404 otherwise."""
    if identifier.isascii() and identifier.isdigit():
        # Longer numbers overflow the database's integers: no such id.
        item = queryset.filter(pk=int(identifier)).first() if len(identifier) <= 18 else None
    else:
        try:
            key = uuid.UUID(identifier)
        except ValueError:
            item = None
        else:
            item = queryset.filter(translation_key=key, locale__language_code=language).first()
    if item is None:
        raise ApiError(404, f"No published {noun} with this uuid or id.")
    return item


# Answers (VAC) -----------------------------------------------------------------------------


def published_answers():
    """Published answers with everything ``vac_data`` reads, in as few queries as possible."""
    return (
        QuestionAnswer.objects.filter(live=True)
        .select_related("locale", "owning_team")
        .prefetch_related(
            "responsible_teams",
            Prefetch("related_answers", QuestionAnswer.objects.select_related("locale")),
            Prefetch("related_products", ProductPage.objects.select_related("locale")),
        )
    )


def vac_list_data(request, answers: list) -> list[dict]:
    """Answers in the VAC shape, linking only to related content that is itself public."""
    related_ids = {product.pk for answer in answers for product in answer.related_products.all()}
    public_products = set(
        ProductPage.objects.live().public().filter(pk__in=related_ids).values_list("pk", flat=True)
    )
    return [vac_data(request, answer, public_products) for answer in answers]


def vac_teams(answer: QuestionAnswer) -> list:
    """The departments of an answer: its responsible teams, else its owning team."""
    teams = sorted(answer.responsible_teams.all(), key=lambda team: team.name)
    owner = getattr(answer, "owning_team", None)
    if not teams and owner is not None:
        teams = [owner]
    return teams


def vac_data(request, answer: QuestionAnswer, public_products: set[int]) -> dict:
    """One answer in the VAC object type's shape (``kcc_content/schemas/vac-schema.json``).

    The type's ``toelichting`` (a note for contact-centre staff) is left out of this public API:
    never put ``kcc_explanation`` here.
    """
    return {
        "uuid": str(answer.translation_key),
        "url": detail_url(request, "kcc_api_vac_detail", answer),
        "vraag": answer.question,
        "antwoord": public_html(answer.answer, site_root(request)),
        "status": VAC_STATUS.get(answer.status, "non-actief"),
        "doelgroep": VAC_AUDIENCE.get(answer.audience, "eu-burger"),
        "afdelingen": [
            {"afdelingNaam": team.name, "afdelingId": str(team.pk)} for team in vac_teams(answer)
        ],
        "trefwoorden": [{"trefwoord": keyword} for keyword in answer.keyword_list()],
        "gerelateerdeVACs": [
            {
                "VAC": detail_url(request, "kcc_api_vac_detail", related),
                "uuid": str(related.translation_key),
                "vraag": related.question,
            }
            for related in answer.related_answers.all()
            if related.live
        ],
        "gerelateerdeProducten": [
            {
                "product": detail_url(request, "kcc_api_product_detail", product),
                "uuid": str(product.translation_key),
                "naam": product.title,
            }
            for product in answer.related_products.all()
            if product.pk in public_products
        ],
        "kanalen": {
            "telefoon": answer.channel_text("phone"),
            "email": answer.channel_text("email"),
            "social": answer.channel_text("social"),
        },
        "taal": answer.locale.language_code,
        "laatstGewijzigd": timestamp(answer.last_published_at),
    }


@api_view
@accepts("q", "doelgroep", "status", "taal", "page", "page_size")
def vac_list(request):
    """Published answers, by default only the active ones; filters q, doelgroep, status, taal."""
    language = language_parameter(request)
    audience = audience_parameter(request)
    status = STATUS_BY_VAC[choice_parameter(request, "status", list(STATUS_BY_VAC), "actief")]
    answers = published_answers().filter(status=status, locale_id=locale_id(language))
    if audience:
        answers = answers.filter(audience=audience)
    answers = searched(request, answers, "question")
    return json_response(
        paginated(request, answers, "kcc_api_vacs", lambda page: vac_list_data(request, page))
    )


@api_view
@accepts("taal")
def vac_detail(request, identifier: str):
    """One published answer, by uuid (with ``taal``) or id, whatever its status."""
    answer = find(published_answers(), identifier, language_parameter(request), "answer")
    return json_response(vac_list_data(request, [answer])[0], answer.last_published_at)


# Products (kennisartikel) ------------------------------------------------------------------


def published_products():
    return ProductPage.objects.live().public().select_related("locale", "upl")


def product_list_data(request, products: list) -> list[dict]:
    """Products in the kennisartikel shape, each with the texts of all its published languages."""
    translations = {}
    for translation in published_products().filter(
        translation_key__in={product.translation_key for product in products}
    ):
        translations.setdefault(translation.translation_key, []).append(translation)
    order = content_languages()
    for pages in translations.values():
        pages.sort(key=lambda page: order.index(page.locale.language_code))
    return [
        product_data(request, product, translations.get(product.translation_key, [product]))
        for product in products
    ]


def product_data(request, product: ProductPage, translations: list[ProductPage]) -> dict:
    """One product in the kennisartikel shape. Never add the ``kcc_*`` fields here."""
    base = site_root(request)
    return {
        "uuid": str(product.translation_key),
        "url": detail_url(request, "kcc_api_product_detail", product),
        "publicatieUrl": product.full_url,
        "titel": product.title,
        "samenvatting": product.intro,
        "doelgroep": VAC_AUDIENCE.get(product.audience, "eu-burger"),
        "uniformeProductnaam": (
            {"naam": product.upl.name, "uri": product.upl.uri} if product.upl else None
        ),
        "onlineAanvragen": product.online_application,
        "aanvraagUrl": product.application_url or None,
        "vertalingen": [
            {
                "taal": translation.locale.language_code,
                "titel": translation.title,
                "tekst": {
                    key: public_html(getattr(translation, field), base)
                    for field, key in SECTION_KEYS.items()
                },
            }
            for translation in translations
        ],
        "taal": product.locale.language_code,
        "laatstGewijzigd": timestamp(product.last_published_at),
    }


@api_view
@accepts("q", "doelgroep", "taal", "page", "page_size")
def product_list(request):
    """Published, public products; filters q, doelgroep, taal."""
    language = language_parameter(request)
    audience = audience_parameter(request)
    products = published_products().filter(locale_id=locale_id(language))
    if audience:
        products = products.filter(audience=audience)
    products = searched(request, products, "title")
    return json_response(
        paginated(
            request, products, "kcc_api_products", lambda page: product_list_data(request, page)
        )
    )


@api_view
@accepts("taal")
def product_detail(request, identifier: str):
    """One published product, by uuid (with ``taal``) or page id."""
    product = find(published_products(), identifier, language_parameter(request), "product")
    return json_response(product_list_data(request, [product])[0], product.last_published_at)
