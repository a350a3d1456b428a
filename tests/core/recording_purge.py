"""A Wagtail front-end cache backend for tests: it records the addresses it is asked to purge."""

from wagtail.contrib.frontend_cache.backends import BaseBackend


class RecordingBackend(BaseBackend):
    """Every purged URL, in ``RecordingBackend.purged`` (a list shared by all instances)."""

    purged: list[str] = []

    def purge(self, url) -> None:
        self.purged.append(url)
