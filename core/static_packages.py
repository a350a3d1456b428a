"""Static files taken from npm packages one file at a time: only what our templates link to.

A package's ``dist`` folder holds more than we use (theme variants, icon CSS) and some of those
files point at assets the package does not ship (``@utrecht/design-tokens`` refers to a
``pijltje.svg`` it leaves out). Exposing whole folders makes ``collectstatic`` with the manifest
storage fail on those references, so ``settings.STATIC_PACKAGE_FILES`` names each file instead,
as ``(prefix, path in node_modules)`` pairs: ``("nlds/tokens", ".../dist/theme.css")`` is served
as ``nlds/tokens/theme.css``.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import BaseFinder
from django.core import checks
from django.core.files.storage import FileSystemStorage


def package_files() -> dict[str, Path]:
    """Static path (``nlds/tokens/theme.css``) to the file in node_modules that it serves."""
    return {
        f"{prefix}/{Path(source).name}": Path(source)
        for prefix, source in settings.STATIC_PACKAGE_FILES
    }


class PackageFileFinder(BaseFinder):
    """Finds the single package files named in ``settings.STATIC_PACKAGE_FILES``."""

    def check(self, **kwargs):
        """Warn for every named file that is missing (npm packages not installed or moved)."""
        return [
            checks.Warning(
                f"Static file {path} comes from {source}, which does not exist.",
                hint="Run `make setup` (npm ci), or correct STATIC_PACKAGE_FILES.",
                id="home.W101",
            )
            for path, source in package_files().items()
            if not source.is_file()
        ]

    def find(self, path, find_all=False, **kwargs):
        """The absolute path of ``path`` (a list of it with ``find_all``); ``[]`` if not named,
        as Django's own finders answer."""
        if kwargs:
            find_all = self._check_deprecated_find_param(find_all=find_all, **kwargs)
        source = package_files().get(path)
        found = [str(source)] if source is not None and source.is_file() else []
        if find_all or not found:
            return found
        return found[0]

    def list(self, ignore_patterns):
        """Each named file with a storage whose prefix puts it at its static path."""
        for path, source in package_files().items():
            if not source.is_file():
                continue
            storage = FileSystemStorage(location=source.parent)
            storage.prefix = path.rsplit("/", 1)[0]
            yield source.name, storage
