"""The poster engine's errors speak the user's language: Vietnamese by default, English with
CHUNGTAY_LANG=en, where nothing Vietnamese is left but the user's own words (slogan, file names)."""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from chungtay.artwork import variant_spec  # noqa: E402
from chungtay.campaign import load_campaign  # noqa: E402
from chungtay.cli import main  # noqa: E402
from chungtay.errors import PosterError  # noqa: E402
from chungtay.messages import MESSAGES  # noqa: E402
from chungtay.posters import FORMATS, Colors, PosterSpec, plan, render_to  # noqa: E402

FONTS = ROOT / "assets" / "fonts"
CAMPAIGN = load_campaign(ROOT / "content" / "campaign.yml")
NAME = "Ngày toàn dân phòng, chống mua bán người"
HOTLINE = "Tổng đài 111"
SOURCE = "Nguồn: Công văn 164/BCĐ-NC, Kiên Giang, 11/7/2021"
LONG = "Phát huy tinh thần phòng, chống dịch Covid-19, chung tay đẩy lùi nạn mua bán người"
TOO_LONG = " ".join([LONG] * 8)
SNOW = "Chung tay ☃ phòng, chống mua bán người"
UNTRANSLATED = "Một câu chưa dịch"
VIETNAMESE = set("ăâđêôơưạảãáàầấẩẫậắằẳẵặẹẻẽéèềếểễệịỉĩíìọỏõóòồốổỗộớờởỡợụủũúùứừửữựỵỷỹýỳ")


def spec(text: str = LONG, fmt: str = "a4", **kw) -> PosterSpec:
    kw.setdefault("source_line", SOURCE)
    return PosterSpec(text=text, format=fmt, campaign_name=NAME, hotline_label=HOTLINE, **kw)


def error(call: Callable[[], object]) -> str:
    with pytest.raises(PosterError) as caught:
        call()
    return str(caught.value)


def assert_english(message: str, *own: str) -> None:
    """No Vietnamese letter in `message` once the user's own texts (`own`) are taken out."""
    rest = message
    for text in own:
        rest = rest.replace(text, "")
    left = sorted({c for c in rest.lower() if c in VIETNAMESE})
    assert not left, f"Vietnamese {left} in: {message}"
    assert "\n" not in message


# Each case: the call, the user's own texts in the message, the current Vietnamese (exact, or a
# regular expression when it holds measured numbers) and what the English must name.
CASES: dict[str, tuple[Callable[[Path], object], tuple[str, ...], str, tuple[str, ...]]] = {
    "empty slogan": (
        lambda tmp: plan(spec("   "), FONTS), (),
        "Khẩu hiệu trống: hãy nhập nội dung khẩu hiệu.",
        ("The slogan is empty", "slogan's text"),
    ),
    "unknown format": (
        lambda tmp: plan(spec(fmt="a5"), FONTS), (),
        "Không có khổ áp phích “a5”: hãy chọn một trong các khổ a4, a3, og, square, portrait, story.",
        ("poster size “a5”", "a4, a3, og, square, portrait, story"),
    ),
    "unknown layout": (
        lambda tmp: plan(spec(layout="khong-co"), FONTS), (),
        "Không có bố cục “khong-co”: hãy chọn một trong các bố cục classic, noi-bat, hoặc ghi đường dẫn tới tệp .yml "
        "của bạn.",
        ("layout “khong-co”", "classic, noi-bat", ".yml"),
    ),
    "slogan too long": (
        lambda tmp: plan(spec(TOO_LONG, "og"), FONTS), (),
        rf"Khẩu hiệu quá dài cho khổ ảnh chia sẻ 1200×630 \({len(TOO_LONG)} ký tự\): ngay cả ở cỡ chữ nhỏ nhất còn "
        r"đọc rõ \(\d+ px\) vẫn không vừa; hãy bớt khoảng \d+ ký tự\.",
        ("The slogan is too long", "1200×630", f"({len(TOO_LONG)} characters)", "shorten it by about"),
    ),
    "character outside the font": (
        lambda tmp: plan(spec(SNOW), FONTS), (SNOW,),
        f"Phông chữ BeVietnamPro-ExtraBold không có ký tự “☃” (U+2603, SNOWMAN) trong khẩu hiệu “{SNOW}”: hãy bỏ "
        "hoặc thay ký tự này.",
        ("“☃” (U+2603, SNOWMAN)", f"in the slogan “{SNOW}”", "remove or replace"),
    ),
    "character outside the font, source line": (
        lambda tmp: plan(spec(source_line="Nguồn: ☃"), FONTS), ("Nguồn: ☃",),
        "Phông chữ BeVietnamPro-Regular không có ký tự “☃” (U+2603, SNOWMAN) trong dòng nguồn “Nguồn: ☃”: hãy bỏ "
        "hoặc thay ký tự này.",
        ("U+2603", "in the source line “Nguồn: ☃”"),
    ),
    "bad colour": (
        lambda tmp: plan(spec(colors=Colors(primary="đỏ")), FONTS), ("đỏ",),
        "Mã màu “đỏ” của màu chủ đạo (primary) không hợp lệ: hãy viết dạng #RRGGBB, ví dụ #B3261E.",
        ("colour code “đỏ”", "(primary)", "#RRGGBB"),
    ),
    "low contrast": (
        lambda tmp: plan(spec(fmt="og", colors=Colors(background="#FFFFFF", text="#8A8A8A")), FONTS), (),
        "Màu chữ #8A8A8A trên nền #FFFFFF (dòng nguồn) chỉ có độ tương phản 3,45:1, dưới mức tối thiểu 4,5:1 "
        "(WCAG AA): hãy chọn cặp màu đậm nhạt khác biệt hơn.",
        ("#8A8A8A", "#FFFFFF", "(the source line)", "3.45:1", "4.5:1"),
    ),
    "bleed on a PNG": (
        lambda tmp: render_to(spec(), tmp / "a4.png", FONTS, bleed=True), (),
        "Lề xén (bleed) và dấu cắt chỉ có trong tệp PDF: hãy lưu ra .pdf.",
        ("Bleed", "PDF", "save the poster as .pdf"),
    ),
    "bleed on a screen size": (
        lambda tmp: render_to(spec(fmt="og"), tmp / "og.pdf", FONTS, bleed=True), (),
        "Lề xén (bleed) chỉ dùng cho khổ in A4, A3, không dùng cho ảnh chia sẻ 1200×630.",
        ("Bleed", "A4, A3", "1200×630"),
    ),
    "unknown file type": (
        lambda tmp: render_to(spec(fmt="og"), tmp / "áp-phích.jpg", FONTS), ("áp-phích.jpg",),
        "Không lưu được áp phích vào “áp-phích.jpg”: chỉ hỗ trợ tệp .png hoặc .pdf.",
        ("“áp-phích.jpg”", ".png", ".pdf"),
    ),
    "missing English": (
        lambda tmp: variant_spec(UNTRANSLATED, None, "en", "a4", CAMPAIGN), (UNTRANSLATED,),
        f"Khẩu hiệu “{UNTRANSLATED}” chưa có bản tiếng Anh: hãy cho --en \"…\", hoặc ghi “tiếng Việt | English” trên "
        "cùng một dòng; khẩu hiệu của một văn bản thì dịch trong content/translations/en.po (sau “chungtay i18n extract”).",
        (f"The slogan “{UNTRANSLATED}” has no English", "content/translations/en.po"),
    ),
    "unknown language": (
        lambda tmp: variant_spec(LONG, "x", "fr", "a4", CAMPAIGN), (),
        "Không có ngôn ngữ “fr”: hãy chọn vi, en hoặc vi+en.",
        ("language “fr”", "vi, en or vi+en"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_english_when_asked(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHUNGTAY_LANG", "en")
    call, own, _, named = CASES[case]
    message = error(lambda: call(tmp_path))
    assert_english(message, *own)
    for part in named:
        assert part in message, f"{part!r} not in: {message}"


@pytest.mark.parametrize("case", list(CASES))
def test_vietnamese_by_default(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHUNGTAY_LANG", raising=False)
    call, _, vietnamese, _ = CASES[case]
    message = error(lambda: call(tmp_path))
    if case == "slogan too long":
        assert re.fullmatch(vietnamese, message), message
    else:
        assert message.endswith(vietnamese), message  # after the file's name, for a file's errors


def test_the_same_numbers_in_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHUNGTAY_LANG", raising=False)
    vietnamese = error(lambda: plan(spec(TOO_LONG, "og"), FONTS))
    monkeypatch.setenv("CHUNGTAY_LANG", "en")
    english = error(lambda: plan(spec(TOO_LONG, "og"), FONTS))
    assert re.findall(r"\d+", vietnamese) == re.findall(r"\d+", english)


def test_a_bad_layout_file_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chungtay.posters.layouts import load_layout

    bad = tmp_path / "bố-cục.yml"
    bad.write_text((ROOT / "assets" / "layouts" / "classic.yml").read_text("utf-8").replace("hero_max: 14", "hero_max: lớn"),
                   "utf-8")
    monkeypatch.setenv("CHUNGTAY_LANG", "en")
    message = error(lambda: load_layout(str(bad), FONTS))
    assert_english(message, str(bad), bad.name)
    assert "“portrait.hero_max”" in message and "write a number from 3 to 40" in message
    monkeypatch.delenv("CHUNGTAY_LANG")
    assert error(lambda: load_layout(str(bad), FONTS)).endswith(
        "Bố cục bố-cục.yml, mục “portrait.hero_max”: hãy ghi một số từ 3 đến 40.")


def test_the_command_line_in_both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    project = ["--project", str(ROOT)]
    monkeypatch.setenv("CHUNGTAY_LANG", "en")
    assert main(["poster", UNTRANSLATED, "--lang", "en", "--size", "og", "-o", str(tmp_path / "en.png"), *project]) == 1
    assert main(["poster", "Chung tay", "--bleed", "-o", str(tmp_path / "x.png"), *project]) == 1
    assert main(["poster", "Chung tay", "--layout", "khong-co", "-o", str(tmp_path / "y.png"), *project]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 3
    for line in err.splitlines():
        assert_english(line, UNTRANSLATED)
    assert f"error: The slogan “{UNTRANSLATED}” has no English yet" in err
    assert "Bleed and crop marks exist only in PDF files" in err and "classic, noi-bat" in err
    monkeypatch.delenv("CHUNGTAY_LANG")
    assert main(["poster", UNTRANSLATED, "--lang", "en", "--size", "og", "-o", str(tmp_path / "vi.png"), *project]) == 1
    assert f"lỗi: Khẩu hiệu “{UNTRANSLATED}” chưa có bản tiếng Anh" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_every_poster_message_has_plain_english_with_the_same_parameters() -> None:
    keys = [key for key in MESSAGES if key.startswith("poster_")]
    assert len(keys) > 30
    fields = string.Formatter()
    for key in keys:
        vi, en = MESSAGES[key]
        assert {f for _, f, _, _ in fields.parse(vi) if f} == {f for _, f, _, _ in fields.parse(en) if f}, key
        assert_english(en)


def test_every_format_has_an_english_name(monkeypatch: pytest.MonkeyPatch) -> None:
    for fmt in FORMATS.values():
        assert fmt.label_in("vi") == fmt.label
        assert_english(fmt.label_in("en"))
    monkeypatch.setenv("CHUNGTAY_LANG", "en")
    assert FORMATS["story"].label_in() == "the 1080×1920 story image"
    monkeypatch.delenv("CHUNGTAY_LANG")
    assert FORMATS["story"].label_in() == "ảnh dọc 1080×1920"
