"""What the site search looks for and in which order it shows what it found.

A resident's query goes through four steps:

1. **Synonyms** (``SearchSynonym``, kept by editors): "kapotte lantaarnpaal" is also searched as
   "melding openbare ruimte". Pages found for the synonym come before pages found for the words
   as typed.
2. **Words**: stop words ("hoe", "ik", "een") are left out, and each word also matches the site's
   words with the same stem ("paspoorten" finds "paspoort") and, for long words, the compounds
   that end in it ("vergunning" finds "parkeervergunning"). All words must match.
3. **Spelling**: a word the site does not know gets a suggestion ("Bedoelde u paspoort?"). When
   the query as typed finds nothing, the suggestion is searched instead, and the page says so.
   When that finds nothing either, pages that match some of the words are shown, and the page
   says that too.
4. **Order**: a page whose title is the query comes first; then pages by how much of the query
   their title holds, a product (the one page for a task) before other pages, news last; the
   search engine's own relevance decides the rest. Editors' promotions stay above all of it
   (``home.views.search``).
"""

from dataclasses import dataclass

from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, PlainText

from core.search_query import MIN_STEM, fold, meaningful_words, word_stem
from home.models import NewsPage, SearchSynonym
from home.search_vocabulary import Vocabulary, correction, vocabulary
from kcc_content.models import ProductPage

#: Results read from the engine for one query, before they are ordered; enough for 20 pages of
#: results, and a bound on the work a single query can cause.
MAX_RESULTS = 200
#: A title that holds this share of a several-word query is shown even without every word.
HALF = 0.5


@dataclass(frozen=True)
class SearchOutcome:
    """What a search found and how: for the results page and the tests."""

    query: str
    results: list
    #: A better query the resident may have meant ("Bedoelde u …?"), or None.
    suggestion: str | None = None
    #: True when the query found nothing and the results are for ``suggestion``.
    corrected: bool = False
    #: True when no page holds every word and the results hold only some.
    partial: bool = False


def synonym_query(query: str, locale: Locale) -> str | None:
    """``query`` with the phrases of the editors' synonyms replaced by what to search for, or
    ``None`` when no synonym applies.

    Phrases match whole words up to inflection ("identiteitskaarten" matches the phrase
    "identiteitskaart"); the longest phrase wins, and a replacement is never replaced again.
    """
    targets = {}
    for synonym in SearchSynonym.objects.filter(locale=locale):
        for phrase in synonym.phrase_list():
            stems = tuple(word_stem(word) for word in fold(phrase).split())
            if stems:
                targets.setdefault(stems, fold(synonym.search_for))
    words = fold(query).split()
    stems = [word_stem(word) for word in words]
    longest_first = sorted(targets, key=len, reverse=True)
    replaced, position, changed = [], 0, False
    while position < len(words):
        for phrase in longest_first:
            if tuple(stems[position : position + len(phrase)]) == phrase:
                replaced.append(targets[phrase])
                position += len(phrase)
                changed = True
                break
        else:
            replaced.append(words[position])
            position += 1
    return " ".join(replaced) if changed else None


def engine_query(words: list[str], known: Vocabulary, *, every_word: bool):
    """The query for the search engine: each word or one of its forms; all words, or any."""
    parts = []
    for word in words:
        forms = known.forms(word)
        parts.append(Or([PlainText(form) for form in forms]) if len(forms) > 1 else PlainText(word))
    if len(parts) == 1:
        return parts[0]
    return And(parts) if every_word else Or(parts)


class SiteSearch:
    """One search in one language, for the published public pages not already promoted."""

    def __init__(self, locale: Locale, exclude_ids=()):
        self.locale = locale
        self.language = locale.language_code
        # Plain pages: ordering needs only titles and page types, and only the page of results
        # shown is read as its own type (``specific_in_order``), not all of ``MAX_RESULTS``.
        self.pages = Page.objects.live().public().filter(locale=locale).exclude(id__in=exclude_ids)
        self.known = vocabulary(locale)

    def run(self, query: str) -> SearchOutcome:
        """Search ``query`` with synonyms, forms and spelling help; results in order."""
        suggestion = correction(query, self.locale)
        texts = self.with_synonyms(query)
        found = self.find(texts, every_word=True)
        if found:
            found += self.title_matches(texts, found)
            return SearchOutcome(query, self.ordered(found, texts), suggestion=suggestion)
        corrected = False
        if suggestion:
            corrected_texts = self.with_synonyms(suggestion)
            found = self.find(corrected_texts, every_word=True)
            if found:
                found += self.title_matches(corrected_texts, found)
                return SearchOutcome(
                    query,
                    self.ordered(found, corrected_texts),
                    suggestion=suggestion,
                    corrected=True,
                )
            texts, corrected = corrected_texts, True
        if any(len(meaningful_words(text, self.language)) > 1 for text in texts):
            found = self.find(texts, every_word=False)
            if found:
                return SearchOutcome(
                    query,
                    self.ordered(found, texts),
                    suggestion=suggestion,
                    corrected=corrected,
                    partial=True,
                )
        return SearchOutcome(query, [], suggestion=suggestion)

    def with_synonyms(self, query: str) -> list[str]:
        """The texts to search for ``query``: its synonym first, if there is one."""
        synonym = synonym_query(query, self.locale)
        return [synonym, query] if synonym else [query]

    def find(self, texts: list[str], *, every_word: bool) -> list:
        """Pages found for any of ``texts``, those of the first text first, each page once."""
        found, seen = [], set()
        for text in texts:
            words = meaningful_words(text, self.language)
            if not words:
                continue
            query = engine_query(words, self.known, every_word=every_word)
            for page in self.pages.search(query)[:MAX_RESULTS]:
                if page.pk not in seen:
                    seen.add(page.pk)
                    found.append(page)
        return found

    def title_matches(self, texts: list[str], found: list) -> list:
        """Pages not in ``found`` that hold at least half of the words of a several-word query
        in their title ("ID-kaart" for "id-kaart aanvragen"), though not every word anywhere."""
        wanted = [meaningful_words(text, self.language) for text in texts]
        if all(len(words) < 2 for words in wanted):
            return []
        seen = {page.pk for page in found}
        return [
            page
            for page in self.find(texts, every_word=False)
            if page.pk not in seen
            and max(
                title_coverage(words, meaningful_words(page.title, self.language))
                for words in wanted
            )
            >= HALF
        ]

    def ordered(self, pages: list, texts: list[str]) -> list:
        """``pages`` in the order residents expect (see the module docstring).

        How much of the query a title holds counts each word by how rare it is among the
        titles found: in "paspoort aanvragen" the title "Paspoort" holds more than the title
        "Bijstandsuitkering aanvragen", because many titles say "aanvragen".
        """
        wanted = [meaningful_words(text, self.language) for text in texts]
        exact = {" ".join(words) for words in wanted}
        titles = {page.pk: meaningful_words(page.title, self.language) for page in pages}
        rarity = {
            word: 1 / max(1, sum(title_holds(title, word) for title in titles.values()))
            for words in wanted
            for word in words
        }

        def coverage(words: list[str], title_words: list[str]) -> float:
            total = sum(rarity[word] for word in words)
            held = sum(rarity[word] for word in words if title_holds(title_words, word))
            return round(held / total, 3) if total else 0.0

        def key(indexed):
            position, page = indexed
            title_words = titles[page.pk]
            covered = max(coverage(words, title_words) for words in wanted)
            return (" ".join(title_words) not in exact, -covered, kind_order(page), position)

        return [page for _, page in sorted(enumerate(pages), key=key)]


def kind_order(page: Page) -> int:
    """A product (the one page for a task) first, news last, other pages between; from the
    page's type, without reading the page as that type."""
    page_type = page.specific_class or Page
    if issubclass(page_type, ProductPage):
        return 0
    return 2 if issubclass(page_type, NewsPage) else 1


def title_holds(title_words: list[str], word: str) -> bool:
    """Whether a title holds ``word``: itself, a form of it, or a compound that contains it
    ("vergunning" in "Parkeervergunning")."""
    stem = word_stem(word)
    return any(
        word_stem(title) == stem or (len(stem) >= MIN_STEM and stem in title)
        for title in title_words
    )


def title_coverage(words: list[str], title_words: list[str]) -> float:
    """The share of ``words`` that a title holds (see ``title_holds``)."""
    if not words:
        return 0.0
    return sum(title_holds(title_words, word) for word in words) / len(words)


def specific_in_order(pages: list) -> list:
    """``pages`` as their own page types (a product as a ``ProductPage``), in the same order, in
    one query per page type."""
    found = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    return [found[page.pk] for page in pages if page.pk in found]
