"""Site search at /zoeken/: pages in the active language, promoted results and query logging;
and the titles the header's search box suggests while a resident types.

Queries are logged for editors (Wagtail's search terms and our "searches without results"),
never as typed: e-mail addresses, phone numbers, IBANs and BSNs are replaced first, a query that
is nothing but personal data is not logged at all, and each client adds at most
``SEARCH_LOG_RATE_LIMIT`` searches per window to the logs. The search itself is never refused.
A search writes nothing to the database: it is counted in the cache and a periodic job adds the
counts to the logs (``home.search_counts``).
"""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale
from wagtail.search.utils import normalise_query_string

from core import rate_limit
from core.search_query import clean_query, search_terms
from home.models.search_log import normalise_query
from home.search_counts import count_search
from home.search_indexing import canonical_query, indexable_results
from home.search_suggestions import title_suggestions
from home.site_search import SearchOutcome, SiteSearch, specific_in_order

logger = logging.getLogger(__name__)

#: Search-as-you-type asks once per pause in typing: generous, but a script cannot hammer it.
SUGGEST_RATE_LIMIT = (600, 10 * 60)
SUGGEST_CACHE_SECONDS = 5 * 60


def live_promotions(query_text: str) -> list:
    """Editors' picks for a query, skipping picks whose page is no longer published.

    Only reads: a query without picks is not stored here (``log_search`` decides that).
    """
    query = Query.objects.filter(query_string=normalise_query_string(query_text)).first()
    if query is None:
        return []
    return [
        promotion
        for promotion in query.editors_picks.select_related("page")
        if promotion.page_id is None or promotion.page.live
    ]


def paginate(items, request):
    """A page of results; a missing or malformed page number gives the first or last page."""
    paginator = Paginator(items, settings.SEARCH_RESULTS_PER_PAGE)
    try:
        return paginator.page(request.GET.get("pagina", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def log_search(request, raw_query: str, found: bool) -> None:
    """Log one search without personal data, for editors' reports.

    Counts a hit for Wagtail's search terms and, without results, for "Wat inwoners missen",
    in the cache (``home.search_counts``: the reports show it after the next flush). A query
    that is only personal data is not logged; each client adds at most
    ``SEARCH_LOG_RATE_LIMIT`` searches per window, so a script cannot flood the reports.
    """
    query_text = normalise_query(raw_query)
    if not query_text:
        return
    limit, window = settings.SEARCH_LOG_RATE_LIMIT
    if not rate_limit.hit(request, "search-log", limit, window):
        return
    count_search(query_text, get_language() or settings.LANGUAGE_CODE, found)


def search(request):
    """Search published, public pages in the current language, forgiving typos and using the
    editors' synonyms (``home.site_search``); log the query without personal data."""
    query_text = clean_query(request.GET.get("q", ""))
    promotions = []
    outcome = SearchOutcome(query_text, [])
    site_search = None
    if query_text and search_terms(query_text):
        promotions = live_promotions(query_text)
        site_search = SiteSearch(
            Locale.get_active(), exclude_ids=[p.page_id for p in promotions if p.page_id]
        )
        outcome = site_search.run(query_text)
    elif query_text:
        promotions = live_promotions(query_text)
    page_of_results = paginate(outcome.results, request)
    page_of_results.object_list = specific_in_order(page_of_results.object_list)
    result_count = page_of_results.paginator.count + len(promotions)
    if query_text:
        if not result_count:
            logger.info("Search without results (query length %d)", len(query_text))
        log_search(request, request.GET.get("q", ""), found=bool(result_count))
    indexable = indexable_results(
        query_text,
        result_count,
        page_of_results.number,
        corrected=outcome.corrected,
        known=site_search.known if site_search else None,
    )
    response = TemplateResponse(
        request,
        "home/search.html",
        {
            "noindex": not indexable,
            "canonical_query": canonical_query(query_text) if indexable else "",
            "query": query_text,
            "query_prefix": urlencode({"q": query_text}) + "&",
            "promotions": promotions,
            "results": page_of_results,
            "result_count": result_count,
            "suggestion": outcome.suggestion,
            "suggestion_url": (
                f"{reverse('search')}?{urlencode({'q': outcome.suggestion})}"
                if outcome.suggestion
                else ""
            ),
            "corrected": outcome.corrected,
            "partial": outcome.partial,
        },
    )
    # Never kept by a front cache: every search is counted, and a page published a minute ago
    # must be found (no purge rule knows which searches find it).
    patch_cache_control(response, no_cache=True, max_age=0)
    return response


def search_suggestions(request):
    """Titles of top tasks and pages that start like what the resident is typing, as JSON for
    the header's search box (``search-suggest.js``). Nothing is logged; the answer may be cached
    for a few minutes; each client may ask ``SUGGEST_RATE_LIMIT`` times per window."""
    refusal = rate_limit.check(request, "search-suggest", *SUGGEST_RATE_LIMIT)
    if refusal is not None:
        response = JsonResponse({"suggestions": []}, status=429)
        response["Retry-After"] = str(refusal.retry_after)
        return response
    query_text = clean_query(request.GET.get("q", ""))
    response = JsonResponse({"suggestions": title_suggestions(query_text, Locale.get_active())})
    patch_cache_control(response, public=True, max_age=SUGGEST_CACHE_SECONDS)
    return response
