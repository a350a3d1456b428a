"""The officialese list editors maintain in the admin, in the form the analyser takes."""

from django.core.cache import cache

from readability import OfficialeseEntry
from readability.models import OfficialeseWord

CACHE_KEY = "readability:officialese:v1"


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def current_officialese() -> list[OfficialeseEntry]:
    """Active words from the database, cached until an editor changes the list."""
    entries = cache.get(CACHE_KEY)
    if entries is None:
        entries = [
            OfficialeseEntry(
                word=item.word, alternatives=_split(item.alternatives), forms=_split(item.forms)
            )
            for item in OfficialeseWord.objects.filter(active=True)
        ]
        cache.set(CACHE_KEY, entries, timeout=None)
    return entries


def forget_officialese(**kwargs) -> None:
    """Drop the cached list (connected to the word model's save and delete signals)."""
    cache.delete(CACHE_KEY)
