"""The `chungtay poster` command, as a school would use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from chungtay.cli import main


def test_one_poster_from_any_text(tmp_path: Path) -> None:
    out = tmp_path / "truong-em.png"
    assert main(["poster", "Trường em nói không với mua bán người", "--size", "a4", "-o", str(out)]) == 0
    with Image.open(out) as image:
        assert image.size == (2480, 3508)
        assert round(image.info["dpi"][0]) == 300


def test_one_poster_per_line_and_bad_lines_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "khau-hieu.txt"
    source.write_text("Nói không với mua bán người\n\nCảnh giác ☃\nGọi Tổng đài 111\n", "utf-8")
    assert main(["poster", "--from", str(source), "--size", "og", "-o", str(tmp_path / "the.png")]) == 1
    made = sorted(p.name for p in tmp_path.glob("the-*.png"))
    assert made == ["the-01.png", "the-03.png"]  # the bad line does not stop the others
    err = capsys.readouterr().err
    assert f"{source}:3:" in err and "U+2603" in err and "Traceback" not in err


def test_empty_slogan_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["poster", " ", "-o", str(tmp_path / "x.png")]) == 1
    assert "trống" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_poster_flags_lang_layout_bw_bleed(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "song-ngu.pdf"
    args = ["poster", "Chung tay phòng, chống mua bán người", "--lang", "vi+en", "--layout", "noi-bat", "--bw",
            "--bleed", "--size", "a3", "-o", str(out)]
    assert main(args) == 0
    page = PdfReader(out).pages[0]
    assert [round(float(v)) for v in page.trimbox] == [28, 28, 870, 1219]  # A3 inside 10 mm of slug
    assert b"/DeviceGray" in out.read_bytes()


def test_english_comes_from_the_catalog_or_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "khau-hieu.txt"
    source.write_text("Chung tay phòng, chống mua bán người\nNói không với mua bán người | Say no to human trafficking\n"
                      "Một khẩu hiệu chưa dịch\n", "utf-8")
    assert main(["poster", "--from", str(source), "--lang", "vi+en", "--size", "og", "-o", str(tmp_path / "s.png")]) == 1
    assert sorted(p.name for p in tmp_path.glob("s-*.png")) == ["s-01.png", "s-02.png"]
    err = capsys.readouterr().err
    assert f"{source}:3:" in err and "en.po" in err


def test_bleed_on_png_and_unknown_layout_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["poster", "Chung tay", "--bleed", "-o", str(tmp_path / "x.png")]) == 1
    assert main(["poster", "Chung tay", "--layout", "khong-co", "-o", str(tmp_path / "y.png")]) == 1
    err = capsys.readouterr().err
    assert "PDF" in err and "classic, noi-bat" in err and "Traceback" not in err
    assert not list(tmp_path.iterdir())


def test_a_mistyped_command_line_is_answered_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["poster", "Chung tay", "--size", "a5", "-o", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and not list(tmp_path.iterdir())
    assert "cách dùng: chungtay poster" in err
    assert "lỗi: tham số --size: giá trị 'a5' không hợp lệ; hãy chọn một trong: 'a4', 'a3'" in err
    with pytest.raises(SystemExit):
        main(["poster", "--help"])
    assert "in hướng dẫn này rồi thoát" in capsys.readouterr().out
    monkeypatch.setenv("CHUNGTAY_LANG", "en")
    with pytest.raises(SystemExit):
        main(["poster", "Chung tay", "--size", "a5", "-o", str(tmp_path / "x.png")])
    assert "error: argument --size: invalid choice: 'a5'" in capsys.readouterr().err


def test_a_poster_from_any_folder_and_an_untranslated_slogan_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # not a project: the installed project's campaign and catalog serve
    assert main(["poster", "Chung tay phòng, chống mua bán người", "--lang", "en", "--size", "og", "-o", "en.png"]) == 0
    assert main(["poster", "Say no to human trafficking", "--lang", "en", "--size", "og", "-o", "as-given.png"]) == 0
    assert main(["poster", "Một câu chưa dịch", "--lang", "en", "--size", "og", "-o", "vi.png"]) == 1
    assert "“Một câu chưa dịch” chưa có bản tiếng Anh" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["as-given.png", "en.png"]


def test_the_command_keeps_agency_names_whole_as_the_build_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import chungtay.artwork as artwork

    seen: list[tuple[str, ...]] = []
    real = artwork.variant_spec
    monkeypatch.setattr(artwork, "variant_spec", lambda *a, **kw: seen.append(kw["protected"]) or real(*a, **kw))
    assert main(["poster", "Hãy báo ngay cho Ủy ban nhân dân tỉnh khi nghi ngờ", "--size", "og",
                 "-o", str(tmp_path / "x.png")]) == 0
    assert seen == [("Ủy ban nhân dân tỉnh",)]


def test_a_command_outside_a_project_says_where_to_go(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 1
    assert "không tìm thấy dự án chungtay" in capsys.readouterr().err
