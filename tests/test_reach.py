"""The site as citizens meet it, in headless Chromium: search typed without diacritics, nothing
loaded from another host, the site opened from a USB stick (file://), accessibility (axe-core),
and the weight of the home page on a phone."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from chungtay.build import Project

from .conftest import ROOT
from .test_browser import base_url, page  # noqa: F401 (shared fixtures: the served site, a browser tab)

AXE = ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"


def _open_search(page, url: str) -> None:
    page.goto(url)
    page.locator("label.md-header__button[for=__search]").click()
    page.locator("#ct-search-input").wait_for(state="visible")
    page.locator("#ct-search-input").focus()


def search(page, url: str, query: str) -> list[str]:
    """The result links (absolute URLs), best first, for `query` typed on the page at `url`."""
    _open_search(page, url)
    page.keyboard.type(query)
    page.wait_for_function("document.querySelector('#ct-search-results .md-search-result__meta').textContent.match(/\\d|Không|No /)")
    links = page.locator("#ct-search-results .md-search-result__item > a")
    return [links.nth(i).evaluate("a => a.href") for i in range(links.count())]


@pytest.mark.parametrize("start,query,expected", [
    ("", "canh giac", "cảnh giác"),
    ("", "mua ban nguoi", "mua bán người"),
    ("", "tong dai", "Tổng đài"),
    ("", "viec nhe luong cao", "Việc nhẹ lương cao"),
    ("", "CHUNG TAY", "Chung tay"),
    ("en/", "hotline", "Hotline"),
    ("en/", "steering committee", "Steering Committee"),
])
def test_search_without_diacritics_finds_the_page_in_the_top_three(page, base_url: str, start: str, query: str, expected: str) -> None:
    found = search(page, base_url + start, query)
    assert found, f"nothing found for {query!r}"
    top = [url.split("#")[0] for url in found[:3]]
    texts = [page.context.request.get(url).text() for url in top]
    assert any(expected.lower() in text.lower() for text in texts)
    marks = page.locator("#ct-search-results mark")
    assert marks.count() > 0  # the words found are highlighted


def test_search_excerpts_are_cut_between_words(page, base_url: str) -> None:
    search(page, base_url, "canh giac")
    cut = page.evaluate("""() => {
      const texts = window.chungtaySearchIndex.map(d => d.x);
      return [...document.querySelectorAll('#ct-search-results article > p:not(.ct-search__page)')]
        .map(p => p.textContent).filter(s => s.startsWith('… '))
        .filter(s => { const head = s.slice(2, 30);
                       return !texts.some(x => x.startsWith(head) || x.includes(' ' + head)); });
    }""")
    assert cut == []  # every "… excerpt" starts at the beginning of a word


def test_search_from_the_header_box_on_a_wide_screen(page, base_url: str) -> None:
    """On a desktop the box is in the header: clicking it and typing shows the results."""
    page.set_viewport_size({"width": 1280, "height": 900})
    try:
        page.goto(base_url)
        page.locator("#ct-search-input").click()
        page.keyboard.type("canh giac")
        first = page.locator("#ct-search-results .md-search-result__item").first
        first.wait_for(state="attached", timeout=5000)
        # the panel is open and tall enough to show the first result
        assert page.evaluate("document.getElementById('__search').checked")
        box = page.locator(".md-search__output").bounding_box()
        assert box and box["height"] > 100
        assert first.locator("mark").count() > 0
    finally:
        page.set_viewport_size({"width": 390, "height": 844})


def test_a_query_with_diacritics_ranks_exact_matches_first(page, base_url: str) -> None:
    """"bán" and "ban" fold alike; typed with its tone, "bán" must come first."""
    found = search(page, base_url, "cảnh giác")
    first = page.locator("#ct-search-results .md-search-result__item").first.inner_text().lower()
    assert found and "cảnh giác" in first


@pytest.mark.parametrize("query", ["%%% ### !!!", "a" * 500, "\u0301\u0300\u0303", "đ" * 300 + " mua"])
def test_odd_queries_neither_fail_nor_freeze(page, base_url: str, query: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _open_search(page, base_url)
    started = time.monotonic()
    page.locator("#ct-search-input").fill(query)
    page.locator("#ct-search-input").dispatch_event("input")
    page.wait_for_timeout(400)
    assert page.locator("#ct-search-results .md-search-result__meta").inner_text()
    assert time.monotonic() - started < 5 and not errors


KINDS = [
    "",                                              # home
    "van-ban/",                                      # list of directives
    "van-ban/2017-thanh-hoa-109-kh-bcd/",            # a directive
    "khau-hieu/",                                    # slogans and posters
    "phan-cong/",                                    # who does what
    "moc-thoi-gian/",                                # timeline
    "bao-ve-ban-than/",                              # a hand-written page
    "en/", "en/directives/2021-kien-giang-164-bcd-nc/", "en/slogans/", "en/stay-safe/",
]


def test_no_request_leaves_the_site(page, base_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    for path in KINDS:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    search(page, base_url, "canh giac")
    outside = sorted({u for u in requests if not u.startswith(base_url) and not u.startswith(("data:", "blob:"))})
    assert outside == []


def test_the_site_works_from_a_usb_stick(built: Project, page) -> None:  # noqa: F811
    """Opened from the file system: search works, and a result opens its page."""
    home = (built.site / "index.html").as_uri()
    found = search(page, home, "canh giac")
    assert found and all(url.startswith("file://") for url in found)
    page.locator("#ct-search-results .md-search-result__item > a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and "index.html" in page.url
    assert page.locator("h1").count() >= 1  # a page, not a folder listing
    en = (built.site / "en" / "index.html").as_uri()
    assert search(page, en, "hotline")


@pytest.mark.parametrize("path", KINDS)
def test_no_accessibility_violations(page, base_url: str, path: str) -> None:
    if not AXE.exists():
        pytest.fail(f"axe-core is missing: run `make test` (it installs {AXE.relative_to(ROOT)} from the npm registry)")
    page.goto(base_url + path)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
    violations = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []


def test_keyboard_reaches_the_hotline_and_focus_is_visible(page, base_url: str) -> None:
    page.goto(base_url)
    for _ in range(12):
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement && document.activeElement.getAttribute('href')")
        if href == "tel:111":
            break
    assert href == "tel:111"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")


def test_every_image_has_alt_text(page, base_url: str) -> None:
    for path in ("", "khau-hieu/", "en/slogans/"):
        page.goto(base_url + path)
        missing = page.evaluate("[...document.images].filter(i => !i.hasAttribute('alt')).map(i => i.src)")
        assert missing == []


def test_home_page_weighs_at_most_250_kb_on_a_phone(page, base_url: str) -> None:
    sizes: dict[str, int] = {}

    def record(response) -> None:
        try:
            sizes[response.url] = len(gzip.compress(response.body(), 9))
        except Exception:  # a redirect or an aborted request has no body
            pass

    page.on("response", record)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url, wait_until="networkidle")
    page.remove_listener("response", record)
    total = sum(sizes.values())
    assert total <= 250 * 1024, json.dumps(sorted(sizes.items(), key=lambda kv: -kv[1])[:8], indent=1)


def test_directive_prints_without_site_furniture(page, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "van-ban/2017-thanh-hoa-109-kh-bcd/")
    page.emulate_media(media="print")
    hidden = page.evaluate("""[".md-header", ".md-sidebar--primary", ".md-footer", ".ct-announce"]
        .map(s => document.querySelector(s)).filter(Boolean).map(e => getComputedStyle(e).display)""")
    assert hidden and set(hidden) == {"none"}
    shown = page.evaluate("getComputedStyle(document.querySelector('a[href^=\"tel:\"]'), '::after').content")
    assert "tel:" in shown  # link targets are written out
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    page.emulate_media(media="screen")
