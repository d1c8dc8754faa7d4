"""The whole pipeline on a fresh copy of the project: generated pages, posters, the MkDocs site."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from chungtay.build import Project, build
from chungtay.catalogue import build_corpus
from chungtay.campaign import load_campaign
from chungtay.errors import InputError
from chungtay.pages.context import PageContext
from chungtay.pages.directive import render_directive
from chungtay.pages.listings import render_slogans
from chungtay.pages.locale import Translator
from chungtay.parse import read_directive
from chungtay.writer import GeneratedTree

from .conftest import ROOT, copy_project

SLUGS = [
    "2017-thanh-hoa-109-kh-bcd", "2021-kien-giang-164-bcd-nc", "2023-tra-vinh-46-bcd",
    "2023-quang-tri-stttt-ttbcxb", "2021-tin-bai-tich-cuc-huong-ung-ngay-toan-dan-phong-chong",
]


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.lang: str | None = None
        self.alternate: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        for key in ("href", "src"):
            if key in a and tag in ("a", "img", "link", "script"):
                self.refs.append(a[key])
        if tag == "a" and "data-chungtay-alternate" in a:
            self.alternate.append(a)


def parse_html(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text("utf-8"))
    return links


def test_every_directive_has_a_page_in_each_language(built: Project) -> None:
    for slug in SLUGS:
        assert (built.site / "van-ban" / slug / "index.html").exists()
        assert (built.site / "en" / "directives" / slug / "index.html").exists()


def test_pages_declare_their_language(built: Project) -> None:
    assert parse_html(built.site / "index.html").lang == "vi"
    assert parse_html(built.site / "en" / "index.html").lang == "en"
    assert parse_html(built.site / "en" / "directives" / SLUGS[1] / "index.html").lang == "en"


def test_language_switcher_points_at_the_same_page(built: Project) -> None:
    vi_page = built.site / "van-ban" / SLUGS[1] / "index.html"
    [switch] = parse_html(vi_page).alternate
    target = (vi_page.parent / switch["href"]).resolve()
    assert target == (built.site / "en" / "directives" / SLUGS[1]).resolve()
    en_page = built.site / "en" / "directives" / SLUGS[1] / "index.html"
    [back] = parse_html(en_page).alternate
    assert (en_page.parent / back["href"]).resolve() == (built.site / "van-ban" / SLUGS[1]).resolve()


def test_every_link_in_the_site_resolves(built: Project) -> None:
    """Relative links only, each to a file of the site: works under any sub-path and offline."""
    broken = []
    # 404.html is served at whatever URL was missing, so MkDocs links it from the root: left out.
    for page in (p for p in built.site.rglob("*.html") if p.name != "404.html"):
        for ref in parse_html(page).refs:
            parts = urlsplit(ref)
            if parts.scheme in ("tel", "mailto") or ref.startswith("#") or not ref:
                continue
            assert not parts.scheme and not ref.startswith("/"), f"{page}: {ref} is not relative"
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(built.site)} → {ref}")
    assert not broken


def test_home_page_has_hotline_slogans_and_latest_directives(built: Project) -> None:
    html = (built.site / "index.html").read_text("utf-8")
    assert 'href="tel:111"' in html and "Gọi Tổng đài 111" in html
    assert "Chung tay phòng, chống nạn mua bán người" in html
    article = html[html.index("<article"):]
    assert article.index("46/BCĐ") < article.index("109/KH-BCĐ")  # newest first
    en = (built.site / "en" / "index.html").read_text("utf-8")
    assert "Call Hotline 111" in en and 'href="tel:111"' in en


def test_directive_page_shows_the_record_and_the_full_text(built: Project) -> None:
    html = (built.site / "van-ban" / "2017-thanh-hoa-109-kh-bcd" / "index.html").read_text("utf-8")
    for text in ("UBND TỈNH THANH HÓA", "109/KH-BCĐ", "ngày 30 tháng 6 năm 2017", "Phạm Đăng Quyền",
                 "Chung tay phòng, chống mua bán người", "từ ngày 1 tháng 7 năm 2017 đến ngày 30 tháng 9 năm 2017"):
        assert text in html
    assert re.search(r"<h3[^>]*>I\. MỤC ĐÍCH YÊU CẦU", html)
    assert "<li>Chủ trì phối hợp với lực lượng Biên phòng tỉnh" in html


def test_directive_page_says_who_does_what_and_what_it_cites(built: Project) -> None:
    vi = (built.site / "van-ban" / "2017-thanh-hoa-109-kh-bcd" / "index.html").read_text("utf-8")
    en = (built.site / "en" / "directives" / "2017-thanh-hoa-109-kh-bcd" / "index.html").read_text("utf-8")
    assert "<strong>Sở Lao động - Thương binh và Xã hội</strong>" in vi  # printed "Sở Lao động, Thương binh …"
    assert "<strong>Department of Labour, Invalids and Social Affairs</strong>" in en  # the glossary's name
    assert "Kế hoạch 135/KH-BCĐ, ngày 17 tháng 5 năm 2017" in vi
    assert "Plan 135/KH-BCĐ, 17 May 2017" in en


def test_slogans_page_links_posters_that_exist(built: Project) -> None:
    html = (built.site / "khau-hieu" / "index.html").read_text("utf-8")
    assert html.count("-a4.pdf") >= 5
    posters = sorted((built.site / "posters").glob("*-a4.png"))
    assert len(posters) >= 5
    assert len(list((built.site / "posters").glob("*-og.png"))) == len(posters)


def test_untranslated_text_is_marked_vietnamese_with_a_note(built: Project) -> None:
    records = [(read_directive(p), p.stem) for p in sorted(built.directives.glob("*.txt"))]
    corpus = build_corpus(records)
    translator = Translator("en", built.translations)
    translator.messages.clear()  # the page's own words stay translated; the directive's text is not
    ctx = PageContext("en", load_campaign(built.campaign), corpus, translator)
    _, text = render_directive(ctx, corpus.entries[0])
    assert "has not been translated into English yet" in text
    assert '<div lang="vi" markdown="1">' in text
    assert ctx.translate.missing  # the gap is reported
    _, slogans = render_slogans(ctx)  # a lone untranslated segment carries a visible note too
    assert '<span lang="vi">Chung tay' in slogans and '<small class="ct-untranslated">' in slogans
    assert "not yet translated" in slogans


def test_text_from_a_directive_stays_text(tmp_path: Path) -> None:
    """HTML, Markdown and Jinja in a directive appear as text; an empty file does not stop the
    build and gets no page."""
    project = copy_project(tmp_path)
    for old in project.directives.glob("*.txt"):
        old.unlink()
    source = (ROOT / "content/directives/000_1090574573c2b293.txt").read_text("utf-8")
    hostile = source.replace(
        "Quá trình triển khai thực hiện",
        "<script>alert('x')</script> {{ config.site_name }} **đậm** [bấm](javascript:alert(1)) "
        "<img src=x onerror=alert(1)> Quá trình triển khai thực hiện",
    )
    (project.directives / "000.txt").write_text(hostile, "utf-8")
    (project.directives / "001-empty.txt").write_bytes(b"")
    assert build(project).skipped == 1  # the empty file, named in the build's output
    page = (project.site / "van-ban" / "2021-kien-giang-164-bcd-nc" / "index.html").read_text("utf-8")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page or "&lt;script&gt;alert('x')&lt;/script&gt;" in page
    assert "<script>alert" not in page and "<img src=x" not in page and 'href="javascript' not in page
    assert "{{ config.site_name }}" in page and "[bấm](javascript:alert(1))" in page
    assert not list((project.site / "van-ban").glob("*empty*"))  # and left out of the site
    assert "empty" not in (project.site / "van-ban" / "index.html").read_text("utf-8")


def test_a_hand_written_page_is_never_overwritten(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    mine = project.docs / "van-ban" / "2021-kien-giang-164-bcd-nc.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("# Trang tôi tự viết\n", "utf-8")
    with pytest.raises(InputError) as caught:
        build(project, site=False)
    assert caught.value.path == str(mine)
    assert mine.read_text("utf-8") == "# Trang tôi tự viết\n"
    assert not (project.docs / "index.md").exists()  # nothing was written before the refusal


def test_generated_files_are_rewritten_only_when_changed(tmp_path: Path) -> None:
    tree = GeneratedTree(tmp_path)
    tree.write("a.md", "x")
    tree.finish()
    again = GeneratedTree(tmp_path)
    again.write("a.md", "x")
    assert again.changed == 0
    again.write("b.md", "y")
    again.finish()
    edited = GeneratedTree(tmp_path)
    (tmp_path / "b.md").write_text("edited by hand", "utf-8")
    edited.write("a.md", "x")
    edited.finish()  # b.md is no longer generated, but it was edited: it stays
    assert (tmp_path / "b.md").read_text("utf-8") == "edited by hand"


def test_generated_pages_are_deterministic(built: Project) -> None:
    from chungtay.build import compose_pages

    records = [(read_directive(p, p.relative_to(built.root).as_posix()), p.stem)
               for p in sorted(built.directives.glob("*.txt"))]
    campaign = load_campaign(built.campaign)
    first, _ = compose_pages(build_corpus(records), campaign, built)
    second, _ = compose_pages(build_corpus(list(reversed(records))[::-1]), campaign, built)
    assert first == second
    for path, text in first.items():
        assert (built.docs / path).read_text("utf-8") == text


def test_open_data_describes_every_directive_and_slogan(built: Project) -> None:
    import csv
    import json
    from xml.etree import ElementTree as ET

    directives = json.loads((built.site / "data" / "van-ban.json").read_text("utf-8"))
    slogans = json.loads((built.site / "data" / "khau-hieu.json").read_text("utf-8"))
    assert directives["schema"] == 1 and len(directives["items"]) == 5
    kien_giang = next(d for d in directives["items"] if d["slug"] == "2021-kien-giang-164-bcd-nc")
    assert kien_giang["number"] == "164/BCĐ-NC" and kien_giang["url"]["en"] == "en/directives/2021-kien-giang-164-bcd-nc/"
    assert kien_giang["subject_en"] and kien_giang["tasks"] and kien_giang["citations"]
    assert {s["text"] for s in slogans["items"]} >= {"Chung tay phòng, chống mua bán người"}
    assert all(s["text_en"] for s in slogans["items"])
    rows = list(csv.DictReader((built.site / "data" / "van-ban.csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) == 5 and rows[0]["slug"] and "|" in next(r["issuer"] for r in rows if r["slug"] == "2021-kien-giang-164-bcd-nc")
    atom = "{http://www.w3.org/2005/Atom}"
    for feed, first in ((built.site / "feed.xml", "van-ban/"), (built.site / "en" / "feed.xml", "directives/")):
        root = ET.parse(feed).getroot()
        entries = root.findall(f"{atom}entry")
        assert len(entries) == 5
        assert entries[0].find(f"{atom}link").get("href").startswith(first)
        assert (feed.parent / entries[0].find(f"{atom}link").get("href") / "index.html").exists()


def test_views_across_directives(built: Project) -> None:
    who = (built.site / "phan-cong" / "index.html").read_text("utf-8")
    assert who.count("<h2") >= 8 and "Công an tỉnh" in who and "2017-thanh-hoa-109-kh-bcd" in who
    who_en = (built.site / "en" / "who-does-what" / "index.html").read_text("utf-8")
    assert "Provincial Police" in who_en
    when = (built.site / "moc-thoi-gian" / "index.html").read_text("utf-8")
    years = re.findall(r"<h2[^>]*>(\d{4})", when)
    assert years == sorted(years, reverse=True) and "2023" in years and "2017" in years
    assert "ngày 4 tháng 10 năm 2023" in when  # Trà Vinh's reporting deadline


def test_every_page_offers_its_markdown_source(built: Project) -> None:
    for page in (built.site / "van-ban" / "2017-thanh-hoa-109-kh-bcd", built.site / "en" / "about", built.site):
        source = (page / "index.md").read_text("utf-8")
        assert source.startswith("---\n")
        assert 'href="index.md"' in (page / "index.html").read_text("utf-8")


def test_directive_pages_tell_readers_about_the_original_not_the_parsers_warnings(built: Project) -> None:
    blank = (built.site / "van-ban" / "2023-quang-tri-stttt-ttbcxb" / "index.html").read_text("utf-8")
    assert "Ghi chú về bản gốc" in blank and "Số văn bản để trống" in blank
    for page in (built.site / "van-ban").glob("*/index.html"):
        html = page.read_text("utf-8")
        assert ".txt:" not in html  # no "file:line" for readers
        assert "menu, liên kết" not in html  # the article's dropped web-page lines are the operator's business


def test_the_page_not_found_speaks_both_languages_and_gives_the_hotline(built: Project) -> None:
    vi = (built.site / "404.html").read_text("utf-8")
    en = (built.site / "en" / "404.html").read_text("utf-8")
    assert '<html lang="vi"' in vi and "<h1>Không tìm thấy trang</h1>" in vi and '<div lang="en">' in vi
    assert '<html lang="en"' in en and "<h1>Page not found</h1>" in en
    for html in (vi, en):
        assert 'href="tel:111"' in html and 'href="/en/"' in html
        assert "md-nav__link" not in html  # without site_url its menu's links would lead nowhere
