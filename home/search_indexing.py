"""Which search-result pages search engines may index.

The results for a plain word of the site ("paspoort", "afval melden") are a useful page to land
on from a search engine, so robots.txt lets search engines crawl ``/zoeken/`` and such a page is
indexed with a canonical address. Every other results page says ``noindex, follow``: a page for
a text of anybody's choosing (search spam puts advertising text in the title this way), a query
without results, a corrected query, or a later page of results. The search page without a query
is indexed too.
"""

from urllib.parse import urlencode

from core.search_query import query_words
from home.search_vocabulary import Vocabulary

#: The longest query whose results may be indexed, in words.
MAX_INDEXED_WORDS = 3


def indexable_results(
    query: str, result_count: int, page_number: int, corrected: bool, known: Vocabulary | None
) -> bool:
    """Whether the results page for ``query`` may be indexed (see the module's docstring);
    ``known`` is the vocabulary the search already loaded (None when it did not search)."""
    if not query:
        return True
    words = query_words(query)
    if not words or len(words) > MAX_INDEXED_WORDS:
        return False
    if result_count == 0 or page_number != 1 or corrected or known is None:
        return False
    return all(known.knows(word) for word in words)


def canonical_query(query: str) -> str:
    """The query string of the canonical address of an indexable results page: its words
    folded to lower case, so "Paspoort" and "paspoort " are one page."""
    return urlencode({"q": " ".join(query_words(query))}) if query else ""
