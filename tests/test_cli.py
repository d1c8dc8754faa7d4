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
