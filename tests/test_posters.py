"""Poster renderer: sizes, dpi, exact paper size, reproducibility, line breaking, safe margins and
the errors a communication office will see."""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from chungtay.errors import PosterError  # noqa: E402
from chungtay.posters import FORMATS, Colors, PosterSpec, plan, render, render_to, save  # noqa: E402
from chungtay.posters import layout  # noqa: E402
from chungtay.posters.checks import contrast_ratio, parse_hex  # noqa: E402

FONTS = ROOT / "assets" / "fonts"
NAME = "Ngày toàn dân phòng, chống mua bán người"
HOTLINE = "Tổng đài 111"
SOURCE = "Nguồn: Công văn 164/BCĐ-NC, Kiên Giang, 11/7/2021"
URL = "https://example.org/khau-hieu/x/"
LONG = "Phát huy tinh thần phòng, chống dịch Covid-19, chung tay đẩy lùi nạn mua bán người"
UPPER = "PHÒNG, CHỐNG MUA BÁN NGƯỜI LÀ TRÁCH NHIỆM CỦA MỖI CÁ NHÂN VÀ TOÀN XÃ HỘI"
STACKED = "NHỚ: MỖI NGƯỜI ĐỀU CÓ THỂ BÁO TIN, ĐỪNG ĐỂ KẺ XẤU LỢI DỤNG Ở BẤT CỨ ĐÂU"


def spec(text: str = LONG, fmt: str = "a4", **kw) -> PosterSpec:
    kw.setdefault("source_line", SOURCE)
    kw.setdefault("url", URL)
    return PosterSpec(text=text, format=fmt, campaign_name=NAME, hotline_label=HOTLINE, **kw)


def mediabox(pdf: bytes) -> list[float]:
    m = re.search(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", pdf)
    assert m, "no MediaBox in PDF"
    return [float(v) for v in m.group(1).split()]


# --- sizes, dpi, paper -------------------------------------------------------------------------

def test_a4_png_has_print_size_and_300_dpi(tmp_path: Path) -> None:
    out = tmp_path / "a4.png"
    render_to(spec(), out, FONTS)
    with Image.open(out) as im:
        assert im.size == (2480, 3508)
        dpi = im.info["dpi"]
        assert dpi[0] == pytest.approx(300, abs=0.1) and dpi[1] == pytest.approx(300, abs=0.1)


def test_og_png_is_1200x630(tmp_path: Path) -> None:
    out = tmp_path / "og.png"
    render_to(spec(fmt="og"), out, FONTS)
    with Image.open(out) as im:
        assert im.size == (1200, 630)
        assert im.info["dpi"][0] == pytest.approx(72, abs=0.1)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_renders_at_its_pixel_size(fmt: str) -> None:
    f = FORMATS[fmt]
    assert render(spec(fmt=fmt), FONTS).size == (f.width, f.height)


@pytest.mark.parametrize("fmt, points", [("a4", (595.28, 841.89)), ("a3", (841.89, 1190.55))])
def test_pdf_page_is_exactly_the_paper_size(tmp_path: Path, fmt: str, points: tuple[float, float]) -> None:
    out = tmp_path / f"{fmt}.pdf"
    render_to(spec(fmt=fmt), out, FONTS)
    x0, y0, w, h = mediabox(out.read_bytes())
    assert (x0, y0) == (0, 0)
    assert w == pytest.approx(points[0], abs=0.01)
    assert h == pytest.approx(points[1], abs=0.01)


# --- reproducibility ---------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_same_input_gives_byte_identical_files(tmp_path: Path, suffix: str) -> None:
    a, b = tmp_path / f"first{suffix}", tmp_path / "other-dir" / f"second{suffix}"
    b.parent.mkdir()
    render_to(spec(), a, FONTS)
    time.sleep(1.1)  # a clock-stamped PDF date would now differ
    render_to(spec(), b, FONTS)
    assert a.read_bytes() == b.read_bytes()


def test_pdf_dates_follow_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1596067200")  # 2020-07-30
    out = tmp_path / "p.pdf"
    save(render(spec(fmt="og"), FONTS), spec(fmt="og"), out)
    assert b"D:20200730000000Z" in out.read_bytes()


def test_nfd_input_renders_like_nfc() -> None:
    nfd = unicodedata.normalize("NFD", UPPER)
    assert nfd != UPPER
    a = render(spec(UPPER, "og"), FONTS)
    b = render(spec(nfd, "og"), FONTS)
    assert ImageChops.difference(a, b).getbbox() is None


# --- the slogan: never truncated, balanced, protected phrases ----------------------------------

@pytest.mark.parametrize("text", [LONG, UPPER, STACKED])
@pytest.mark.parametrize("fmt", ["a4", "og", "square", "story", "a3"])
def test_long_slogans_fit_whole(text: str, fmt: str) -> None:
    p = plan(spec(text, fmt), FONTS)
    assert " ".join(p.hero_lines) == layout.normalize(text)
    assert not any("…" in line or "..." in line for line in p.hero_lines)
    assert p.hero.size >= FORMATS[fmt].min_hero_px
    assert 2 <= len(p.hero_lines) <= 8


def test_hero_is_the_largest_text() -> None:
    p = plan(spec(), FONTS)
    other = [op.block.size for op in p.ops if hasattr(op, "block") and op.role != "hero"]
    assert p.hero.size > 1.5 * max(other)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_hotline_phrase_is_never_split(fmt: str) -> None:
    text = "Thấy dấu hiệu mua bán người, hãy gọi ngay Tổng đài 111 – miễn phí, suốt ngày đêm, kể cả ngày 30/7"
    lines = plan(spec(text, fmt), FONTS).hero_lines
    assert any("Tổng đài 111" in line for line in lines), lines
    assert any("30/7" in line for line in lines)
    assert not any(line.startswith("–") for line in lines)


def test_protected_phrases_stay_whole_at_any_width() -> None:
    text = f"Hưởng ứng {NAME}, gọi tổng đài 111"
    tokens = layout.tokenize(text, protected=(NAME, HOTLINE))
    assert f"{NAME}," in tokens
    assert "tổng đài 111" in tokens  # matched regardless of case
    widths = [len(t) for t in tokens]
    for max_width in range(max(widths), 80):
        lines = layout.wrap(tokens, widths, 1, max_width)
        assert lines is not None and " ".join(lines) == layout.normalize(text)
        assert any(NAME in line for line in lines)


def test_wrap_balances_lines_and_avoids_a_lone_last_word() -> None:
    tokens = ["aaaa"] * 7
    lines = layout.wrap(tokens, [4] * 7, 1, 24)  # greedy would give 5 + 2 words
    assert lines is not None and [len(line.split()) for line in lines] in ([4, 3], [3, 4])
    tokens = ["một", "hai", "ba", "bốn", "năm"]
    lines = layout.wrap(tokens, [3] * 5, 1, 15)  # greedy: 4 words + 1
    assert lines is not None and len(lines[-1].split()) >= 2


def test_wrap_reports_a_token_wider_than_the_line() -> None:
    assert layout.wrap(["ngắn", "rấtrấtdài"], [4, 30], 1, 20) is None


def test_normalize_is_nfc_and_collapses_spaces() -> None:
    assert layout.normalize("  Chung\n tay\u00a0111 ") == "Chung tay\u00a0111"
    assert layout.normalize(unicodedata.normalize("NFD", "Việt")) == "Việt"


# --- ink and margins ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["a4", "a3"])
@pytest.mark.parametrize("text", [UPPER, STACKED, LONG])
def test_all_ink_stays_inside_the_10mm_safe_margin(fmt: str, text: str) -> None:
    f = FORMATS[fmt]
    s = spec(text, fmt)
    img = render(s, FONTS)
    bg = Image.new("RGB", img.size, s.colors.background)
    ink = ImageChops.difference(img, bg).getbbox()
    m = 118 if fmt == "a4" else f.safe_margin_px
    assert ink is not None
    left, top, right, bottom = ink
    assert left >= m and top >= m and right <= f.width - m and bottom <= f.height - m, ink


def test_stacked_capitals_are_not_clipped_or_overlapping() -> None:
    """The hero's ink box comes from getbbox, so Ễ/Ở sit below the header and every pixel of the
    hero is drawn inside that box."""
    s = spec(STACKED, "a4", source_line=None, url=None)
    p = plan(s, FONTS)
    header = next(op for op in p.ops if hasattr(op, "box") and op.box[1] < 400)
    left, top, right, bottom = p.hero.ink
    assert top > header.box[3]
    img = render(s, FONTS)
    bg = Image.new("RGB", img.size, s.colors.background)
    band = ImageChops.difference(img, bg).crop((0, int(header.box[3]) + 1, img.width, int(top) - 1))
    assert band.getbbox() is None  # nothing between header and the top of the tallest accent
    # the pixel rows right at the top of the ink box do hold ink: the accent is drawn, not cut
    row = ImageChops.difference(img, bg).crop((int(left), int(top), int(right) + 1, int(top) + 3))
    assert row.getbbox() is not None


# --- errors, in Vietnamese ---------------------------------------------------------------------

@pytest.mark.parametrize("char", ["☃", "中"])
def test_character_missing_from_font_is_named(char: str) -> None:
    with pytest.raises(PosterError) as e:
        render(spec(f"Chung tay {char} phòng, chống mua bán người"), FONTS)
    msg = str(e.value)
    assert f"U+{ord(char):04X}" in msg and "khẩu hiệu" in msg and "\n" not in msg


def test_missing_character_in_source_line_is_reported() -> None:
    with pytest.raises(PosterError, match=r"U\+2603.*dòng nguồn"):
        render(spec(source_line="Nguồn: ☃"), FONTS)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_slogan_is_refused(text: str) -> None:
    with pytest.raises(PosterError, match="Khẩu hiệu trống"):
        render(spec(text), FONTS)


def test_unknown_format_lists_the_known_ones() -> None:
    with pytest.raises(PosterError) as e:
        render(spec(fmt="a5"), FONTS)
    msg = str(e.value)
    assert "a5" in msg and all(k in msg for k in FORMATS)


def test_too_long_slogan_says_how_much_to_cut() -> None:
    text = " ".join([LONG] * 8)
    with pytest.raises(PosterError) as e:
        render(spec(text, "og"), FONTS)
    m = re.search(r"bớt khoảng (\d+) ký tự", str(e.value))
    assert m, str(e.value)
    cut = int(m.group(1))
    assert len(LONG) < cut < len(text)
    shorter = text[: len(text) - cut].rsplit(" ", 1)[0]
    assert plan(spec(shorter, "og"), FONTS).hero_lines  # cutting that much is indeed enough


def test_unknown_file_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PosterError, match=r"\.png hoặc \.pdf"):
        render_to(spec(fmt="og"), tmp_path / "x.jpg", FONTS)
    assert not (tmp_path / "x.jpg").exists()


def test_default_colours_pass_wcag_aa() -> None:
    c = Colors()
    for fg, bg in [(c.text, c.background), (c.on_primary, c.primary), (c.on_accent, c.accent)]:
        assert contrast_ratio(parse_hex(fg), parse_hex(bg)) >= 4.5
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)


def test_low_contrast_colours_are_refused() -> None:
    with pytest.raises(PosterError, match="3:1"):  # the badge is large bold text: 3:1 (WCAG AA)
        render(spec(colors=Colors(accent="#FFD54F", on_accent="#FFFFFF")), FONTS)
    with pytest.raises(PosterError, match="#RRGGBB"):
        render(spec(colors=Colors(primary="đỏ")), FONTS)


def test_custom_colours_are_used() -> None:
    c = Colors(primary="#004D40", on_primary="#FFFFFF", background="#FFFFFF", text="#000000")
    img = render(spec(fmt="og", colors=c), FONTS).convert("RGB")
    assert img.getpixel((5, 5)) == (0x00, 0x4D, 0x40)  # the strip
    assert img.getpixel((600, 625)) == (255, 255, 255)


def test_messages_are_one_line_vietnamese() -> None:
    for bad in [spec(""), spec(fmt="x"), spec("☃"), spec(" ".join([LONG] * 10), "og")]:
        with pytest.raises(PosterError) as e:
            render(bad, FONTS)
        msg = str(e.value)
        assert "\n" not in msg and re.search("[ạảãáàâầấẩẫậăắằẳẵặđêềếểễệôồốổỗộơờớởỡợưừứửữựỳýỷỹỵ]", msg.lower())


def test_qr_code_is_drawn_only_when_a_url_is_given() -> None:
    with_url = plan(spec(fmt="og"), FONTS)
    qr = [op for op in with_url.ops if type(op).__name__ == "QR"]
    assert len(qr) == 1
    l, t, r, b = (round(v) for v in qr[0].box)
    region = (l + 20, t + 20, r - 20, b - 20)  # inside the quiet zone: modules, dark and light
    img = render(spec(fmt="og"), FONTS).convert("RGB").crop(region)
    assert len(img.getcolors(maxcolors=1 << 16) or []) >= 2
    bare = render(spec(fmt="og", url=None), FONTS).convert("RGB").crop(region)
    assert [c for _, c in bare.getcolors()] == [parse_hex(Colors().background)]


def test_url_too_long_for_a_readable_qr_code_is_refused() -> None:
    with pytest.raises(PosterError, match="quá dài"):
        render(spec(fmt="og", url="https://example.org/" + "x" * 1500), FONTS)


# --- speed -------------------------------------------------------------------------------------

def test_social_card_is_fast(tmp_path: Path) -> None:
    render_to(spec(fmt="og"), tmp_path / "warm.png", FONTS)  # fonts and cmaps are now cached
    times = []
    for i in range(3):  # a new slogan each time, so nothing text-specific is cached
        t = time.perf_counter()
        render_to(spec(f"{LONG} {i}", "og"), tmp_path / f"og{i}.png", FONTS)
        times.append(time.perf_counter() - t)
    assert min(times) < 0.25, f"{min(times) * 1000:.0f} ms"


# --- issue 5: the poster studio ------------------------------------------------------------------

from dataclasses import replace  # noqa: E402

from fontTools.ttLib import TTFont  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from chungtay.artwork import Unit, render_units, variant_spec  # noqa: E402
from chungtay.campaign import load_campaign  # noqa: E402
from chungtay.posters import encode  # noqa: E402
from chungtay.posters.compose import is_large  # noqa: E402
from chungtay.posters.fonts import ROLE_FILES  # noqa: E402
from chungtay.posters.layouts import load_layout  # noqa: E402
from chungtay.writer import GeneratedTree  # noqa: E402

CAMPAIGN = load_campaign(ROOT / "content" / "campaign.yml")
LONGEST_VI = "Phòng, chống mua bán người là trách nhiệm của mỗi cá nhân, gia đình và toàn xã hội"
LONGEST_EN = "Preventing and combating human trafficking is the responsibility of every individual, family and the whole of society"
MM = 72 / 25.4


def variant(lang: str, fmt: str, **kw) -> PosterSpec:
    kw.setdefault("source_line", SOURCE)
    kw.setdefault("url", URL)
    return variant_spec(LONGEST_VI, LONGEST_EN, lang, fmt, CAMPAIGN, **kw)


def boxes(pdf: Path) -> dict[str, list[float]]:
    page = PdfReader(pdf).pages[0]
    return {name: [round(float(v), 2) for v in getattr(page, name)] for name in ("mediabox", "trimbox", "bleedbox")}


def test_a3_png_is_300_dpi_at_paper_size(tmp_path: Path) -> None:
    render_to(spec(fmt="a3"), tmp_path / "a3.png", FONTS)
    with Image.open(tmp_path / "a3.png") as im:
        assert im.size == (3508, 4961) and round(im.info["dpi"][0]) == 300


@pytest.mark.parametrize("fmt, size", [("og", (1200, 630)), ("square", (1080, 1080)),
                                       ("portrait", (1080, 1350)), ("story", (1080, 1920))])
def test_social_sizes(tmp_path: Path, fmt: str, size: tuple[int, int]) -> None:
    render_to(variant("vi-en", fmt), tmp_path / "s.png", FONTS)
    with Image.open(tmp_path / "s.png") as im:
        assert im.size == size


@pytest.mark.parametrize("fmt, paper_mm", [("a4", (210, 297)), ("a3", (297, 420))])
def test_pdf_boxes_without_and_with_bleed(tmp_path: Path, fmt: str, paper_mm: tuple[int, int]) -> None:
    w, h = round(paper_mm[0] * MM, 2), round(paper_mm[1] * MM, 2)
    render_to(spec(fmt=fmt), tmp_path / "plain.pdf", FONTS)
    plain = boxes(tmp_path / "plain.pdf")
    assert plain["mediabox"] == plain["trimbox"] == plain["bleedbox"] == [0, 0, w, h]

    render_to(spec(fmt=fmt), tmp_path / "bleed.pdf", FONTS, bleed=True)
    b = boxes(tmp_path / "bleed.pdf")
    slug, bleed = 10 * MM, 3 * MM
    assert b["mediabox"] == pytest.approx([0, 0, w + 2 * slug, h + 2 * slug], abs=0.01)
    assert b["trimbox"] == pytest.approx([slug, slug, slug + w, slug + h], abs=0.01)  # the paper, exactly
    assert b["bleedbox"] == pytest.approx([slug - bleed, slug - bleed, slug + w + bleed, slug + h + bleed], abs=0.01)
    content = PdfReader(tmp_path / "bleed.pdf").pages[0].get_contents().get_data()
    assert content.count(b" l S") == 8  # two crop marks at each corner
    # the image runs into the bleed: it covers the whole BleedBox
    image = PdfReader(tmp_path / "bleed.pdf").pages[0].images[0].image
    assert image.width * w / FORMATS[fmt].width >= w + 2 * bleed - 0.01


def test_bleed_is_refused_for_screen_sizes_and_png(tmp_path: Path) -> None:
    with pytest.raises(PosterError, match="A4, A3"):
        render_to(spec(fmt="og"), tmp_path / "og.pdf", FONTS, bleed=True)
    with pytest.raises(PosterError, match="PDF"):
        render_to(spec(fmt="a4"), tmp_path / "a4.png", FONTS, bleed=True)
    assert not list(tmp_path.iterdir())


def test_every_vietnamese_letter_is_in_every_poster_font() -> None:
    base = "aăâeêioôơuưy"
    letters = {unicodedata.normalize("NFC", v + tone) for v in base for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")}
    letters |= {"đ"} | set("bcdghklmnpqrstvx")
    letters |= {c.upper() for c in letters}
    for name in sorted(set(ROLE_FILES.values())):
        cmap = TTFont(FONTS / name).getBestCmap()
        missing = sorted(c for c in letters if ord(c) not in cmap)
        assert not missing, f"{name} lacks {missing}"


def test_large_text_needs_3_to_1_and_small_text_4_5_to_1() -> None:
    # #767676 on white is 4.54:1, #8A8A8A is 3.45:1: fine for the large slogan, not for the source line
    ok = Colors(background="#FFFFFF", text="#767676")
    plan(spec(fmt="og", colors=ok), FONTS)
    faint = Colors(background="#FFFFFF", text="#8A8A8A")
    with pytest.raises(PosterError, match=r"dòng nguồn.*4,5:1"):
        plan(spec(fmt="og", colors=faint), FONTS)
    plan(spec(fmt="og", colors=faint, source_line=None), FONTS)  # the hero alone: large text, 3:1 is enough
    assert is_large(100, "small", FORMATS["a4"]) and not is_large(60, "small", FORMATS["a4"])  # 18 pt at 300 dpi = 75 px
    assert is_large(19, "hero", FORMATS["og"]) and not is_large(23, "small", FORMATS["og"])   # 14 pt bold, 18 pt


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("lang", ["vi", "en", "vi-en"])
def test_longest_slogan_is_never_truncated_in_any_language(fmt: str, lang: str) -> None:
    p = plan(variant(lang, fmt), FONTS)
    assert " ".join(p.hero_lines) == (LONGEST_EN if lang == "en" else LONGEST_VI)
    if lang == "vi-en":
        assert " ".join(line.text for line in p.subtitle.lines) == LONGEST_EN
        assert p.subtitle.size < p.hero.size  # Vietnamese is the hero
        assert p.subtitle.ink[1] > p.hero.ink[3]  # English beneath
    for lines in (p.hero_lines, *([tuple(x.text for x in p.subtitle.lines)] if p.subtitle else [])):
        assert len(lines[-1].split()) >= 2 or len(lines) == 1  # no one-word last line


def test_agency_names_passed_as_protected_stay_whole() -> None:
    text = "Công an tỉnh và Hội Liên hiệp Phụ nữ cùng nhà trường chung tay phòng, chống mua bán người"
    for fmt in FORMATS:
        lines = plan(spec(text, fmt, protected=("Hội Liên hiệp Phụ nữ", "Công an tỉnh")), FONTS).hero_lines
        assert any("Hội Liên hiệp Phụ nữ" in line for line in lines), lines
        assert any("Công an tỉnh" in line for line in lines), lines


def test_english_hotline_is_never_split() -> None:
    p = plan(variant_spec("Gọi Tổng đài 111", "If you suspect trafficking, call Hotline 111 free of charge, day and night",
                          "en", "story", CAMPAIGN), FONTS)
    assert any("Hotline 111" in line for line in p.hero_lines)


def test_black_and_white_is_greyscale(tmp_path: Path) -> None:
    s = variant("vi", "a4", bw=True)
    render_to(s, tmp_path / "bw.png", FONTS)
    with Image.open(tmp_path / "bw.png") as im:
        assert im.mode == "L"
    render_to(s, tmp_path / "bw.pdf", FONTS)
    assert b"/DeviceGray" in (tmp_path / "bw.pdf").read_bytes()
    rgb = render(s, FONTS)
    assert all(r == g == b for _, (r, g, b) in rgb.getcolors(1 << 16))  # no colour at all


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("layout_name", ["classic", "noi-bat"])
def test_both_layouts_render_every_format_within_the_margin(fmt: str, layout_name: str) -> None:
    s = variant("vi-en", fmt, layout=layout_name)
    img = render(s, FONTS).convert("RGB")
    assert img.size == (FORMATS[fmt].width, FORMATS[fmt].height)
    if FORMATS[fmt].is_print:
        m = FORMATS[fmt].safe_margin_px
        ink = ImageChops.difference(img, Image.new("RGB", img.size, s.colors.background)).getbbox()
        assert ink[0] >= m and ink[1] >= m and ink[2] <= img.width - m and ink[3] <= img.height - m


def test_a_layout_file_of_ones_own(tmp_path: Path) -> None:
    own = tmp_path / "truong-em.yml"
    text = (ROOT / "assets" / "layouts" / "classic.yml").read_text("utf-8").replace("colors: {}", 'colors: {primary: "#0B5394"}')
    own.write_text(text, "utf-8")
    img = render(spec(fmt="og", layout=str(own)), FONTS).convert("RGB")
    assert img.getpixel((5, 5)) == (0x0B, 0x53, 0x94)


def test_unknown_layout_and_bad_layout_keys_are_named(tmp_path: Path) -> None:
    with pytest.raises(PosterError, match="classic, noi-bat"):
        render(spec(layout="khong-co"), FONTS)
    bad = tmp_path / "bad.yml"
    bad.write_text((ROOT / "assets" / "layouts" / "classic.yml").read_text("utf-8").replace("hero_max: 14", "hero_max: lớn"), "utf-8")
    with pytest.raises(PosterError, match=r"bad.yml.*portrait.hero_max.*số"):
        load_layout(str(bad), FONTS)


def test_missing_english_is_a_clear_error() -> None:
    with pytest.raises(PosterError, match="en.po"):
        variant_spec(LONGEST_VI, None, "vi-en", "a4", CAMPAIGN)


@pytest.mark.parametrize("kw, suffix", [({"fmt": "og"}, ".png"), ({"fmt": "a4", "bw": True}, ".pdf"), ({"fmt": "story"}, ".png")])
def test_every_variant_is_byte_identical_when_rendered_again(kw: dict, suffix: str) -> None:
    fmt = kw.pop("fmt")
    s = variant("vi-en", fmt, **kw)
    assert encode(render(s, FONTS), s, suffix) == encode(render(s, FONTS), s, suffix)


def _units(names: list[str]) -> list[Unit]:
    return [Unit(f"u{i}", {"og": spec(text, "og")}, ((f"posters/u{i}.png", "og", "png"), (f"posters/u{i}.webp", "og", "thumb")))
            for i, text in enumerate(names)]


def test_cache_skips_unchanged_posters_and_bad_ones_do_not_stop_the_others(tmp_path: Path) -> None:
    names = ["Chung tay phòng, chống mua bán người", "Nói không với mua bán người", ""]
    tree = GeneratedTree(tmp_path)
    written, failures = render_units(_units(names), tree, FONTS)
    tree.finish()
    assert written == 4 and [u.name for u, _ in failures] == ["u2"] and "trống" in failures[0][1].message
    first = (tmp_path / "posters" / "u0.png").read_bytes()

    tree = GeneratedTree(tmp_path)
    written, _ = render_units(_units(names), tree, FONTS)
    tree.finish()
    assert written == 0  # nothing changed: nothing rendered
    assert (tmp_path / "posters" / "u0.png").read_bytes() == first

    tree = GeneratedTree(tmp_path)
    written, _ = render_units(_units([names[0], "Cảnh giác với lời mời việc nhẹ lương cao", ""]), tree, FONTS)
    tree.finish()
    assert written == 2  # only the changed slogan


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("lang", ["vi", "en", "vi-en"])
def test_campaign_name_in_a_slogan_breaks_only_between_its_parts(fmt: str, lang: str) -> None:
    """Kept whole when that costs little; otherwise broken between natural parts ("Ngày toàn dân |
    phòng, chống | mua bán người"), never as "mua bán | người", and never leaving the slogan tiny."""
    s = variant_spec("Ngày toàn dân phòng, chống mua bán người - 30/7", "National Day against Human Trafficking – 30 July",
                     lang, fmt, CAMPAIGN, url=URL, source_line=SOURCE)
    p = plan(s, FONTS)
    text = "\n".join(p.hero_lines)
    for part in (("Human Trafficking",) if lang == "en" else ("Ngày toàn dân", "phòng, chống", "mua bán người")):
        assert part in text, (part, p.hero_lines)
    assert p.hero.size >= 1.1 * FORMATS[fmt].min_hero_px, (p.hero.size, p.hero_lines)


def test_a_build_in_another_folder_writes_the_same_bytes(tmp_path: Path) -> None:
    """PNG, WebP thumbnails, in parallel workers: identical inputs, identical files."""
    names = ["Chung tay phòng, chống mua bán người", "Nói không với mua bán người"]
    made = []
    for folder in ("a", "b"):
        tree = GeneratedTree(tmp_path / folder)
        render_units(_units(names), tree, FONTS)
        tree.finish()
        made.append({p.name: p.read_bytes() for p in sorted((tmp_path / folder / "posters").iterdir())})
    assert made[0] == made[1] and len(made[0]) == 4


def test_qr_codes_lead_to_the_slogan_in_the_posters_language() -> None:
    from chungtay.artwork import slogan_url
    from chungtay.catalogue import Slogan

    c = replace(CAMPAIGN, site_url="https://example.org/ct/")
    s = Slogan(text="Chung tay phòng, chống mua bán người", slug="chung-tay")
    assert slogan_url(c, s, "vi") == "https://example.org/ct/khau-hieu/#chung-tay"
    assert slogan_url(c, s, "vi-en") == "https://example.org/ct/khau-hieu/#chung-tay"
    assert slogan_url(c, s, "en") == "https://example.org/ct/en/slogans/#chung-tay"
    assert slogan_url(CAMPAIGN, s, "vi") is None  # no site_url: no QR code
