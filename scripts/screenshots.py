"""Screenshots of the built site at phone and desktop width, in both languages, for a person to
look at: `python scripts/screenshots.py [site] [out]` (defaults: site/, screenshots/)."""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "home-vi": "",
    "home-en": "en/",
    "directive-vi": "van-ban/2021-kien-giang-164-bcd-nc/",
    "directive-en": "en/directives/2021-kien-giang-164-bcd-nc/",
    "plan-vi": "van-ban/2017-thanh-hoa-109-kh-bcd/",
    "plan-en": "en/directives/2017-thanh-hoa-109-kh-bcd/",
    "citizens-vi": "bao-ve-ban-than/",
    "citizens-en": "en/stay-safe/",
    "who-vi": "phan-cong/",
    "timeline-en": "en/timeline/",
    "slogans-vi": "khau-hieu/",
    "slogans-en": "en/slogans/",
    "gallery-vi": "ap-phich/",
    "gallery-en": "en/posters/",
    "schools-vi": "truong-hoc/",
    "offices-en": "en/communication-offices/",
}
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the terminal for what matters
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def main(site: Path, out: Path, full_page: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    server, base = serve(site)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for width_name, (w, h) in WIDTHS.items():
            page = browser.new_page(viewport={"width": w, "height": h})
            for name, path in PAGES.items():
                page.goto(base + path)
                page.screenshot(path=str(out / f"{name}-{width_name}.png"), full_page=full_page)
            page.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0] if args else "site"), Path(args[1] if len(args) > 1 else "screenshots"),
         full_page="--full" in args)
