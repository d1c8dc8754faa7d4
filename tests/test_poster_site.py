"""The poster studio inside the site: the gallery in both languages, an Open Graph card for every
page, og: tags with absolute URLs once site_url is set (and none without it)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from chungtay.artwork import LANGS, SOCIAL, gallery_files, og_path
from chungtay.build import Project, build, read_all, run_build
from chungtay.catalogue import build_corpus

from .conftest import copy_project


def _pages(project: Project) -> list[str]:
    return sorted(p.relative_to(project.docs).as_posix() for p in project.docs.rglob("*.md")
                  if p.name != "README.md")


def test_gallery_in_both_languages_lists_every_slogan_format_and_language(built: Project) -> None:
    corpus = build_corpus(read_all(built))
    for page in (built.site / "ap-phich" / "index.html", built.site / "en" / "posters" / "index.html"):
        html = page.read_text("utf-8")
        for slogan in corpus.slogans:
            for lang in LANGS:
                files = gallery_files(slogan)[lang]
                for key in ("a4_pdf", "a4_png", "a3_pdf", "a4_bw_pdf", "a3_bw_pdf", *SOCIAL, "thumb_a4",
                            *(f"thumb_{f}" for f in SOCIAL)):
                    assert files[key].split("/")[-1] in html, (page, key)
                    assert (built.site / files[key]).is_file(), files[key]
        assert "10 mm" in html  # the printing advice
    thumbs = list((built.site / "posters").glob("*-thumb.webp"))
    assert len(thumbs) >= len(corpus.slogans) * len(LANGS) * 5
    assert max(p.stat().st_size for p in thumbs) < 40_000  # small
    with Image.open(thumbs[0]) as im:
        assert im.format == "WEBP" and im.width <= 300


def test_each_language_shows_its_own_posters_on_the_home_and_slogans_pages(built: Project) -> None:
    corpus = build_corpus(read_all(built))
    own = {lang: {Path(gallery_files(s)[lang][key]).name for s in corpus.slogans for key in ("thumb_a4", "a4_pdf")}
           for lang in ("vi", "en")}
    for page, lang in (("index.html", "vi"), ("khau-hieu/index.html", "vi"),
                       ("en/index.html", "en"), ("en/slogans/index.html", "en")):
        html = (built.site / page).read_text("utf-8")
        shown = set(re.findall(r'posters/([^"/]+-thumb\.webp)"', html))
        assert shown and shown <= own[lang], (page, shown - own[lang])
        assert f' lang="{lang}"></a>' in html and ' lang="vi"></a>' not in html or lang == "vi", page
    english = (built.site / "en" / "slogans" / "index.html").read_text("utf-8")
    for slogan in corpus.slogans:  # two slogans may share their English: the original tells them apart
        assert f'<span lang="vi">“{slogan.text}”</span>' in english, slogan.text


def test_every_page_has_its_open_graph_card(built: Project) -> None:
    pages = _pages(built)
    assert "gioi-thieu.md" in pages and "en/about.md" in pages  # hand-written pages too
    for rel in pages:
        card = built.site / og_path(rel)
        assert card.is_file(), rel
        with Image.open(card) as im:
            assert im.size == (1200, 630)


def test_no_og_tags_without_site_url(built: Project) -> None:
    assert 'property="og:image"' not in (built.site / "index.html").read_text("utf-8")


def test_build_says_what_is_missing_without_site_url_or_english(built: Project, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path)
    shutil.rmtree(project.docs)
    shutil.copytree(built.docs, project.docs)  # posters cached: nothing is redrawn
    po = project.translations.read_text("utf-8")  # one paragraph loses its English
    start = po.index("#. paragraph")
    msgstr = po.index("msgstr", start)
    end = po.index("\n\n", msgstr)
    project.translations.write_text(po[:msgstr] + 'msgstr ""' + po[end:], "utf-8")
    assert run_build(project, site=False) == 0
    err = capsys.readouterr().err
    assert "content/campaign.yml chưa có site_url" in err and "mã QR" in err
    assert "lưu ý: 1 đoạn chưa có bản tiếng Anh" in err and "chungtay i18n extract" in err


def test_og_tags_are_absolute_and_carry_the_page_title(built: Project, tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    shutil.rmtree(project.docs)
    shutil.copytree(built.docs, project.docs)  # the cache comes along: page cards are not redrawn
    campaign = project.campaign.read_text("utf-8")
    project.campaign.write_text(campaign.replace("# site_url: https://…/", "site_url: https://example.org/chung-tay/"), "utf-8")
    assert build(project).has_site_url
    for html, card, title in (
        (project.site / "khau-hieu" / "index.html", "https://example.org/chung-tay/posters/og/khau-hieu/index.png", "Khẩu hiệu và áp phích"),
        (project.site / "en" / "slogans" / "index.html", "https://example.org/chung-tay/posters/og/en/slogans/index.png", "Slogans and posters"),
    ):
        text = html.read_text("utf-8")
        assert f'<meta property="og:image" content="{card}">' in text
        assert f'<meta property="og:title" content="{title}">' in text
        assert (project.site / card.split("/chung-tay/", 1)[1]).is_file()
    # the posters now carry a QR code, and the printing advice says so (without site_url it is silent)
    assert "Mã QR dẫn tới khẩu hiệu" in (project.docs / "ap-phich" / "index.md").read_text("utf-8")
    assert "QR" not in (built.docs / "ap-phich" / "index.md").read_text("utf-8")  # not even in the margins advice
