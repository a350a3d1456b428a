"""How fast the public site answers: median and p95 time per request for each page type.

Usage: ``.venv/bin/python -m bench.page_rendering [--requests N]``. Builds the demo site in a
temporary SQLite database (or uses ``DATABASE_URL``), warms up, then times Django's test client
against home, section, content, news, search and neighbourhood pages (the postcode lookup
answers with a redirect). Prints one line per page type.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ.setdefault("DEMO_ADMIN_PASSWORD", "bench-only-password")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from home.demo import content

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115

    section = content.SECTIONS[0]
    paths = {
        "home": "/",
        "section": f"/{section['slug']}/",
        "content": f"/{section['slug']}/{section['pages'][0]['slug']}/",
        "news index": "/nieuws/",
        "search": "/zoeken/?q=paspoort",
        "search (no results)": "/zoeken/?q=xyzzyplugh",
        "sitemap.xml": "/sitemap.xml",
        "area overview": "/wijken/",
        "postcode lookup": "/wijken/?postcode=4941+AB",
        "area page": "/wijken/raamsdonksveer/centrum/",
        "agenda": "/wijken/agenda/",
        "agenda.ics (area)": "/wijken/raamsdonksveer/agenda.ics",
    }
    client = Client()
    print(f"{'page':<22}{'median ms':>10}{'p95 ms':>10}{'req/s':>9}")
    for name, path in paths.items():
        for _ in range(5):
            client.get(path)
        timings = []
        for _ in range(args.requests):
            start = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
            if response.status_code not in (200, 302):
                raise RuntimeError(f"{path} answered {response.status_code}")
        timings.sort()
        median = statistics.median(timings)
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"{name:<22}{median:>10.1f}{p95:>10.1f}{1000 / median:>9.0f}")


if __name__ == "__main__":
    main()
