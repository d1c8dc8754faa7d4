"""A real browser (Debian's Chromium, driven by Playwright) on the built site: pages load in each
language and the language switcher lands on the same page both ways."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

from chungtay.build import Project

from .conftest import require_chromium

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(built: Project):
    # Served under a sub-path, as a provincial portal would.
    root = built.site.parent / "www"
    root.mkdir(exist_ok=True)
    link = root / "chien-dich"
    if not link.exists():
        link.symlink_to(built.site, target_is_directory=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/chien-dich/"
    server.shutdown()


@pytest.fixture(scope="module")
def page(base_url: str):
    chromium = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.requests = requests  # type: ignore[attr-defined]
        yield page
        browser.close()


DIRECTIVE = "2021-kien-giang-164-bcd-nc"


@pytest.mark.parametrize("path,lang,text", [
    ("", "vi", "Ngày toàn dân phòng, chống mua bán người"),
    (f"van-ban/{DIRECTIVE}/", "vi", "164/BCĐ-NC"),
    ("en/", "en", "National Day against Human Trafficking"),
    (f"en/directives/{DIRECTIVE}/", "en", "Official dispatch 164/BCĐ-NC"),
])
def test_page_loads_in_its_language(page, base_url: str, path: str, lang: str, text: str) -> None:
    response = page.goto(base_url + path)
    assert response and response.ok
    assert page.locator("html").get_attribute("lang") == lang
    assert text in page.locator("h1").first.inner_text()
    assert page.locator('a[href="tel:111"]').first.is_visible()


def test_switcher_goes_to_english_and_back(page, base_url: str) -> None:
    page.goto(base_url + f"van-ban/{DIRECTIVE}/")
    page.locator("[data-chungtay-alternate]").click()
    page.wait_for_load_state()
    assert page.url == base_url + f"en/directives/{DIRECTIVE}/"
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator("[data-chungtay-alternate]").click()
    page.wait_for_load_state()
    assert page.url == base_url + f"van-ban/{DIRECTIVE}/"


def test_switcher_on_the_home_and_slogans_pages(page, base_url: str) -> None:
    for vi, en in (("", "en/"), ("khau-hieu/", "en/slogans/")):
        page.goto(base_url + en)
        page.locator("[data-chungtay-alternate]").click()
        page.wait_for_load_state()
        assert page.url == base_url + vi


def test_no_request_leaves_the_site(page, base_url: str) -> None:
    page.goto(base_url)
    page.wait_for_load_state("networkidle")
    outside = [u for u in page.requests if not u.startswith(base_url) and not u.startswith("data:")]
    assert not outside


@pytest.mark.parametrize("vi,en", [
    ("", "en/"),                                    # a listing page
    (f"van-ban/{DIRECTIVE}/", f"en/directives/{DIRECTIVE}/"),  # a generated directive page
    ("gioi-thieu/", "en/about/"),                   # a hand-written page
])
def test_switcher_lands_on_the_same_page_both_ways(page, base_url: str, vi: str, en: str) -> None:
    page.goto(base_url + vi)
    page.locator("[data-chungtay-alternate]").click()
    page.wait_for_load_state()
    assert page.url == base_url + en and page.locator("html").get_attribute("lang") == "en"
    page.locator("[data-chungtay-alternate]").click()
    page.wait_for_load_state()
    assert page.url == base_url + vi and page.locator("html").get_attribute("lang") == "vi"


def _search(page, base_url: str, start: str, query: str) -> list[str]:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base_url + start)
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)  # Material searches as keys are pressed
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=15_000)
    links = [results.nth(i).get_attribute("href") for i in range(results.count())]
    page.set_viewport_size({"width": 390, "height": 844})
    return [page.evaluate("h => new URL(h, location.href).href", h) for h in links]


def test_english_search_finds_english_pages(page, base_url: str) -> None:
    found = _search(page, base_url, "en/", "trafficking steering committee")
    assert found and all(url.startswith(base_url + "en/") for url in found)
    assert any("/en/directives/" in url for url in found)


def test_vietnamese_search_finds_vietnamese_pages(page, base_url: str) -> None:
    found = _search(page, base_url, "", "Ban Chỉ đạo")
    assert found and not any(url.startswith(base_url + "en/") for url in found)
