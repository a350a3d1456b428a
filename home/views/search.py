"""Site search at /zoeken/: pages in the active language, promoted results and query logging."""

import logging
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from home import rate_limit
from home.models import SearchWithoutResults

logger = logging.getLogger(__name__)

WORD = re.compile(r"\w+(?:-\w+)*")
MAX_TERMS = 20


def clean_query(raw: str) -> str:
    """Normalise a resident's query: no control characters, single spaces, bounded length."""
    printable = "".join(ch if ch.isprintable() else " " for ch in raw)
    return " ".join(printable.split())[: settings.SEARCH_QUERY_MAX_LENGTH]


def search_terms(query: str) -> str:
    """The words of a query, for the search engine; operators and quotes are dropped.

    Query syntax characters (quotes, parentheses, ``*``, ``=``) break some engines' parsers
    (SQLite FTS5 raises on ``" OR 1=1``), so only word characters reach the backend.
    """
    return " ".join(WORD.findall(query)[:MAX_TERMS])


def live_promotions(query: Query) -> list:
    """Editors' picks for a query, skipping picks whose page is no longer published."""
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


def log_search_without_results(request, query_text: str) -> None:
    """Count a search without results for the "Wat inwoners missen" report (no personal data).

    Each client adds at most ``SEARCH_LOG_RATE_LIMIT`` rows per window, so a script cannot flood
    the report; the search itself is never refused.
    """
    limit, window = settings.SEARCH_LOG_RATE_LIMIT
    if rate_limit.hit(request, "search-log", limit, window):
        SearchWithoutResults.record(query_text, get_language() or settings.LANGUAGE_CODE)


def search(request):
    """Search published, public pages in the current language; log every query."""
    query_text = clean_query(request.GET.get("q", ""))
    promotions = []
    results = Page.objects.none()
    if query_text:
        query = Query.get(query_text)
        query.add_hit()
        promotions = live_promotions(query)
        terms = search_terms(query_text)
        if terms:
            results = (
                Page.objects.live()
                .public()
                .filter(locale=Locale.get_active())
                .exclude(id__in=[p.page_id for p in promotions if p.page_id])
                .specific()
                .search(terms, operator="and")
            )
    page_of_results = paginate(results, request)
    result_count = page_of_results.paginator.count + len(promotions)
    if query_text and not result_count:
        logger.info("Search without results (query length %d)", len(query_text))
        log_search_without_results(request, query_text)
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "query": query_text,
            "query_prefix": urlencode({"q": query_text}) + "&",
            "promotions": promotions,
            "results": page_of_results,
            "result_count": result_count,
        },
    )
