"""Full-page screenshots of the demo site at 375 px and 1280 px, into ``docs/screenshots/``.

Usage: ``.venv/bin/python scripts/screenshots.py [--out DIR]`` (or ``make screenshots``).
Starts the demo site itself, as the browser tests do (a throwaway SQLite database, or
``<name>_e2e`` on the PostgreSQL server of ``DATABASE_URL``; ``migrate``, ``load_demo``,
``runserver`` on a free port), and photographs home, a product, search results for "paspoort",
a consultation, the youth home and an area page with Debian's Chromium (``/usr/bin/chromium``,
or ``CHROMIUM_PATH``) through Playwright. Files are named ``<page>-<width>.png``.
"""

import argparse
import sys
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
WIDTHS = {375: 740, 1280: 900}  # width: viewport height (the page is photographed in full)


def photograph(base_url: str, pages: dict[str, str], out: Path) -> list[Path]:
    """Save one full-page PNG per page and width; return the files written."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width, height in WIDTHS.items():
            context = browser.new_context(
                viewport={"width": width, "height": height}, locale="nl-NL", device_scale_factor=1
            )
            page = context.new_page()
            for name, path in pages.items():
                response = page.goto(base_url + path, wait_until="networkidle")
                if response is None or response.status != 200:
                    status = response.status if response else "no answer"
                    raise RuntimeError(f"{path} answered {status}")
                # Lazy images load once they come near the viewport: scroll through the page.
                page.evaluate(
                    "async () => { for (let y = 0; y < document.body.scrollHeight; y += 500) {"
                    " window.scrollTo(0, y); await new Promise(r => setTimeout(r, 50)); }"
                    " window.scrollTo(0, 0); }"
                )
                page.wait_for_load_state("networkidle")
                target = out / f"{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True, animations="disabled")
                written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT_DIR / "docs" / "screenshots")
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT_DIR))

    from scripts.demo_pages import MUST_SHOW, demo_pages
    from tests.e2e.server import SiteServer

    args.out.mkdir(parents=True, exist_ok=True)
    print("Starting the demo site (migrate, load_demo) ...", flush=True)
    server = SiteServer(Path(tempfile.mkdtemp(prefix="screenshots-"))).start()
    try:
        paths = demo_pages(server)
        pages = {name: paths[name] for name in MUST_SHOW}
        for target in photograph(server.base_url, pages, args.out):
            print(target.relative_to(PROJECT_DIR) if target.is_relative_to(PROJECT_DIR) else target)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
