"""The translation workflow: catalogs that keep every translation, coverage that never hides a
gap, names from the glossary, dates from Babel, and the language links of the built pages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from chungtay import glossary
from chungtay.build import Project, build
from chungtay.cli import main
from chungtay.errors import InputError
from chungtay.pages.locale import Translator, long_date
from chungtay.slugs import heading_anchor

from .conftest import ROOT, copy_project


def _catalog(project: Project):
    with project.translations.open("rb") as handle:
        return read_po(handle, locale="en")


def test_the_project_is_fully_translated(capsys: pytest.CaptureFixture[str]) -> None:
    """Every segment of every directive, and every word of the pages, has confirmed English."""
    assert main(["i18n", "status", "--project", str(ROOT), "--fail-under", "100"]) == 0
    assert "100.0%" in capsys.readouterr().out


def test_extract_keeps_translations_and_marks_changed_text_fuzzy(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    source = project.directives / "002_0fedd54b1fd7d704.txt"
    text = source.read_text("utf-8")
    before = _catalog(project)
    # A translated paragraph printed on one line of the source, so one word of it can be changed.
    old = next(m for m in before if m.id and not m.context and len(m.id) > 80 and m.id in text
               and any("002_" in loc for loc, _ in m.locations) and " tiếp tục " in m.id)
    assert old.string and not old.fuzzy
    # An office corrects one word of the directive, then updates the catalog.
    new_id = old.id.replace(" tiếp tục ", " khẩn trương ", 1)
    source.write_text(text.replace(old.id, new_id), "utf-8")
    assert main(["i18n", "extract", "--project", str(tmp_path)]) == 0
    after = _catalog(project)
    changed = after.get(new_id)
    assert changed.fuzzy and changed.string == old.string  # the old English, offered for review
    # The old source is kept beside it ("#| msgid", for the reviewer to compare).
    assert f'#| msgid "{old.id[:40]}' in project.translations.read_text("utf-8")
    # Every other translation is where it was (the task list quotes the same sentence: skip it too).
    unchanged = [m for m in before if m.id and m.string and "đẩy mạnh các hoạt động tuyên truyền, truyền thông về phòng, chống mua bán người cho học sinh" not in m.id]
    assert all(after.get(m.id, context=m.context).string == m.string for m in unchanged)


def test_a_fuzzy_or_missing_translation_shows_the_vietnamese_marked(tmp_path: Path, capsys) -> None:
    project = copy_project(tmp_path)
    text = project.translations.read_text("utf-8")
    # Mark one confirmed translation fuzzy, as extract does when its source changed.
    msgid = 'msgid "Chung tay phòng, chống mua bán người"'
    assert msgid in text
    project.translations.write_text(text.replace(msgid, "#, fuzzy\n" + msgid, 1), "utf-8")
    translator = Translator("en", project.translations)
    assert translator("Chung tay phòng, chống mua bán người") == ("Chung tay phòng, chống mua bán người", "vi")
    assert main(["i18n", "status", "--project", str(tmp_path), "--fail-under", "100"]) == 1
    out, err = capsys.readouterr()
    assert "1 suggested translations to review" in out or "1 bản dịch gợi ý cần duyệt" in out
    assert "004_f0edc068570323d9.txt" in err


def test_status_counts_a_new_directive_as_untranslated(tmp_path: Path, capsys) -> None:
    project = copy_project(tmp_path)
    shutil.copy(ROOT / "tests/corpus/dev/2019-binh-dinh-mua-ban-nguoi.txt", project.directives / "new.txt")
    assert main(["i18n", "status", "--project", str(tmp_path), "--fail-under", "90"]) == 1
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "new.txt" in line)
    done, total = map(int, re.search(r"(\d+)/(\d+)", row).groups())
    assert total > 20 and done / total < 0.1  # only phrases other documents share, such as "Như trên"
    assert main(["i18n", "status", "--project", str(tmp_path), "--fail-under", "0"]) == 0


def test_a_malformed_catalog_is_reported_and_left_alone(tmp_path: Path, capsys) -> None:
    project = copy_project(tmp_path)
    lines = project.translations.read_text("utf-8").splitlines(keepends=True)
    lines.insert(40, "this is not a line of a PO file\n")  # line 41
    broken = "".join(lines)
    project.translations.write_text(broken, "utf-8")
    assert main(["i18n", "extract", "--project", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "en.po:41:" in err and "Traceback" not in err
    assert project.translations.read_text("utf-8") == broken


def test_glossary_names_bodies_titles_and_document_types() -> None:
    words = glossary.load()
    assert words.english("UBND TỈNH KIÊN GIANG") == "Kiên Giang Provincial People's Committee"
    # more levels are not a place; a copy's purpose is translated after the body
    assert words.english("Ủy ban nhân dân các huyện, thị xã, thành phố") is None
    assert words.english("UBND tỉnh (b/c)") == "Provincial People's Committee (for reporting)"
    assert words.english("Sở LĐ-TB&XH") == "Department of Labour, Invalids and Social Affairs"
    assert words.english("Sở Lao động, Thương binh và Xã hội") == "Department of Labour, Invalids and Social Affairs"
    assert words.english("CÔNG AN TỈNH THANH HÓA") == "Thanh Hóa Provincial Police"
    assert words.english("PHÓ CHỦ TỊCH UBND TỈNH") == "Vice Chairman of the Provincial People's Committee"
    assert words.english("KT. GIÁM ĐỐC") == "PP. Director"
    assert words.english("Kế hoạch") == "plan"
    assert words.vietnamese("Uỷ ban MTTQ Việt Nam tỉnh") == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert words.english("Một cụm từ không có trong bảng") is None


def test_glossary_entries_that_disagree_are_reported_by_name(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text(
        "- vi: Công an tỉnh\n  en: Provincial Police\n  kind: body\n"
        "- vi: CÔNG AN TỈNH\n  en: Provincial Public Security Department\n  kind: body\n",
        "utf-8",
    )
    with pytest.raises(InputError) as caught:
        glossary.load(path)
    message = str(caught.value)
    assert "glossary.yml:4" in message
    assert "Công an tỉnh" in message and "CÔNG AN TỈNH" in message
    assert "(dòng 1)" in message or "(line 1)" in message


def test_glossary_entry_without_english_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text("- vi: Sở Y tế\n  en: Department of Health\n  kind: body\n- vi: Sở Tư pháp\n  kind: body\n", "utf-8")
    with pytest.raises(InputError) as caught:
        glossary.load(path)
    assert caught.value.line == 4


@pytest.mark.parametrize("iso,lang,text", [
    ("2021-07-11", "vi", "ngày 11 tháng 7 năm 2021"),
    ("2021-07-11", "en", "11 July 2021"),
    ("2023-10-04", "en", "4 October 2023"),
])
def test_dates_come_from_babel(iso: str, lang: str, text: str) -> None:
    assert long_date(iso, lang) == text


def test_heading_anchors_keep_their_letters() -> None:
    assert heading_anchor("I. MỤC ĐÍCH YÊU CẦU") == "i-muc-dich-yeu-cau"
    assert heading_anchor("6. Đề nghị Hội Liên hiệp Phụ nữ tỉnh") == "6-de-nghi-hoi-lien-hiep-phu-nu-tinh"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The site built as an office publishing it at a known address would build it."""
    project = copy_project(tmp_path_factory.mktemp("published"))
    with project.campaign.open("a", encoding="utf-8") as handle:
        handle.write("site_url: https://chungtay.example.org/chien-dich/\n")
    build(project)
    return project


def _alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


@pytest.mark.parametrize("vi_path,en_path", [
    ("", "en/"),
    ("van-ban/2021-kien-giang-164-bcd-nc/", "en/directives/2021-kien-giang-164-bcd-nc/"),
    ("khau-hieu/", "en/slogans/"),
    ("gioi-thieu/", "en/about/"),
])
def test_pages_link_their_other_language_with_absolute_urls(published: Project, vi_path: str, en_path: str) -> None:
    root = "https://chungtay.example.org/chien-dich/"
    vi = (published.site / vi_path / "index.html").read_text("utf-8")
    en = (published.site / en_path / "index.html").read_text("utf-8")
    expected = {"vi": root + vi_path, "en": root + en_path, "x-default": root + vi_path}
    assert _alternates(vi) == expected and _alternates(en) == expected
    assert '<html lang="vi"' in vi and '<html lang="en"' in en


def test_without_a_site_url_no_relative_hreflang_is_invented(built: Project) -> None:
    html = (built.site / "index.html").read_text("utf-8")
    assert _alternates(html) == {}


def test_english_pages_use_the_glossary_and_babel(built: Project) -> None:
    html = (built.site / "en" / "directives" / "2021-kien-giang-164-bcd-nc" / "index.html").read_text("utf-8")
    assert "Kiên Giang Provincial People's Committee" in html  # issuer "UBND TỈNH KIÊN GIANG"
    assert "11 July 2021" in html
    assert "<h1" in html and "Official dispatch 164/BCĐ-NC" in html
