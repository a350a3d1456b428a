"""Site search at /zoeken/: pages in the active language, promoted results and query logging.

Queries are logged for editors (Wagtail's search terms and our "searches without results"),
never as typed: e-mail addresses, phone numbers, IBANs and BSNs are replaced first, a query that
is nothing but personal data is not logged at all, and each client adds at most
``SEARCH_LOG_RATE_LIMIT`` searches per window to the logs. The search itself is never refused.
"""

import logging
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from home import rate_limit
from home.models import SearchWithoutResults
from home.models.search_log import normalise_query
from home.text_cleaning import strip_invisible_characters

logger = logging.getLogger(__name__)

WORD = re.compile(r"\w+(?:-\w+)*")
MAX_TERMS = 20


def clean_query(raw: str) -> str:
    """Normalise a resident's query: no control characters, single spaces, bounded length."""
    visible = strip_invisible_characters(raw)
    printable = "".join(ch if ch.isprintable() else " " for ch in visible)
    return " ".join(printable.split())[: settings.SEARCH_QUERY_MAX_LENGTH]


def search_terms(query: str) -> str:
    """The words of a query, for the search engine; operators and quotes are dropped.

    Query syntax characters (quotes, parentheses, ``*``, ``=``) break some engines' parsers
    (SQLite FTS5 raises on ``" OR 1=1``), so only word characters reach the backend.
    """
    return " ".join(WORD.findall(query)[:MAX_TERMS])


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

    Counts a hit for Wagtail's search terms and, without results, for "Wat inwoners missen".
    A query that is only personal data is not logged; each client adds at most
    ``SEARCH_LOG_RATE_LIMIT`` searches per window, so a script cannot flood the reports.
    """
    query_text = normalise_query(raw_query)
    if not query_text:
        return
    limit, window = settings.SEARCH_LOG_RATE_LIMIT
    if not rate_limit.hit(request, "search-log", limit, window):
        return
    Query.get(query_text).add_hit()
    if not found:
        SearchWithoutResults.record(query_text, get_language() or settings.LANGUAGE_CODE)


def search(request):
    """Search published, public pages in the current language; log the query without personal
    data."""
    query_text = clean_query(request.GET.get("q", ""))
    promotions = []
    results = Page.objects.none()
    if query_text:
        promotions = live_promotions(query_text)
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
    if query_text:
        if not result_count:
            logger.info("Search without results (query length %d)", len(query_text))
        log_search(request, request.GET.get("q", ""), found=bool(result_count))
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
