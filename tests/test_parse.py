"""The parser on the five real directives, against records written by reading the texts
(tests/expected/*.json, see tests/expected/NOTES.md), and on bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chungtay.cli import main
from chungtay.model import Directive
from chungtay.normalize import repair
from chungtay.parse import parse, read_directive

from .conftest import DIRECTIVES, ROOT

EXPECTED = ROOT / "tests" / "expected"
CONTRACT_KEYS = {
    "doc_type", "number", "symbol", "issuer", "place", "date", "subject", "recipients", "slogans",
    "phones", "emails", "hotlines", "references", "periods", "signer_title", "signer_name", "source",
    "cc", "body", "warnings",
}


def record_of(path: Path) -> dict:
    return read_directive(path, path.relative_to(ROOT).as_posix()).to_json()


@pytest.mark.parametrize("path", DIRECTIVES, ids=lambda p: p.stem[:3])
@pytest.mark.parametrize("field", sorted(CONTRACT_KEYS - {"source", "body", "warnings"}))
def test_field_matches_expected_record(path: Path, field: str) -> None:
    expected = json.loads((EXPECTED / f"{path.stem}.json").read_text("utf-8"))
    assert record_of(path)[field] == expected[field]


@pytest.mark.parametrize("path", DIRECTIVES, ids=lambda p: p.stem[:3])
def test_record_has_every_contract_key(path: Path) -> None:
    assert CONTRACT_KEYS <= set(record_of(path))


# Words of the document's frame that the record holds as structure, not as text.
FRAME = set(
    "cộng hòa hoà xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc số ngày tháng năm kính gửi nơi "
    "nhận v kế hoạch cập nhật lúc thứ tư gmt".split()
)


@pytest.mark.parametrize("path", DIRECTIVES, ids=lambda p: p.stem[:3])
def test_no_word_of_the_source_is_lost(path: Path) -> None:
    """Every word of the source is somewhere in the record (or is part of the document's frame)."""
    record = record_of(path)
    words = re.compile(r"[^\W\d_]+")
    kept = set(words.findall(json.dumps(record, ensure_ascii=False).lower()))
    source = repair(path.read_text("utf-8")).lower()
    lost = {w for w in words.findall(source) if w not in kept and w not in FRAME}
    assert not lost


def test_body_keeps_the_plan_structure() -> None:
    record = record_of(ROOT / "content/directives/004_f0edc068570323d9.txt")
    top = [(b["marker"], b["text"]) for b in record["body"] if b["kind"] == "heading" and b["level"] == 1]
    assert top == [
        ("I.", "MỤC ĐÍCH YÊU CẦU"), ("II.", "NỘI DUNG CÔNG TÁC TRỌNG TÂM"),
        ("III.", "PHÂN CÔNG TRÁCH NHIỆM"), ("IV.", "TỔ CHỨC THỰC HIỆN"),
    ]
    agencies = [b["text"] for b in record["body"] if b["kind"] == "heading" and b["level"] == 2]
    assert "Sở Lao động, Thương binh và Xã hội" in agencies  # wrapped "Xã" / "hội" rejoined
    texts = [b["text"] for b in record["body"]]
    assert not any(t.startswith(("BCĐ138/CP", "“Ngày toàn dân")) for t in texts)  # no broken wraps


def test_paragraph_split_by_a_blank_line_is_rejoined() -> None:
    record = record_of(ROOT / "content/directives/002_0fedd54b1fd7d704.txt")
    assert any("chỉ đạo Công an các đơn vị, địa phương tham mưu" in b["text"] for b in record["body"])


def test_text_is_nfc_and_without_emphasis_markers() -> None:
    import unicodedata

    for path in DIRECTIVES:
        dumped = json.dumps(record_of(path), ensure_ascii=False)
        assert unicodedata.is_normalized("NFC", dumped)
        assert "**" not in dumped


def test_decomposed_and_lookalike_input_is_repaired() -> None:
    import unicodedata

    text = (ROOT / "content/directives/000_1090574573c2b293.txt").read_text("utf-8")
    mangled = unicodedata.normalize("NFD", text).replace("Đ", "\u00d0").replace("Số:", "\ufeffSố:\u200b")
    assert parse(mangled, "x").to_json()["number"] == "164/BCĐ-NC"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name,data,code",
    [
        ("empty.txt", b"", "directive_failed"),
        ("blank.txt", b"  \n\n \n", "directive_failed"),
        ("legacy.txt", "Số: 1/KH\nCông văn ".encode() + b"\xd0\xe3 ban h\xe0nh", "directive_failed"),
        ("binary.txt", bytes(range(256)) * 4, "directive_failed"),
        ("note.txt", "Một ghi chú bất kỳ, không phải văn bản.\nDòng thứ hai.".encode(), "not_a_directive"),
    ],
)
def test_bad_input_gives_a_record_with_a_warning(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    record = read_directive(_write(tmp_path, name, data))
    assert isinstance(record, Directive)
    assert code in [w.code for w in record.warnings]


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    data = "Dòng một\nDòng hai\nDòng ba ".encode() + b"\xe0\x41 (Windows-1258)"
    record = read_directive(_write(tmp_path, "x.txt", data))
    warning = record.warnings[0]
    assert warning.line == 3 and "UTF-8" in warning.message("en")


def test_directive_without_date_is_parsed_with_a_warning() -> None:
    text = (ROOT / "content/directives/000_1090574573c2b293.txt").read_text("utf-8")
    record = parse(text.replace("Kiên Giang, ngày 11 tháng 7 năm 2021", ""), "x")
    assert record.date is None and record.number == "164/BCĐ-NC"
    assert "no_date" in [w.code for w in record.warnings]
    assert len(record.slogans) == 4


def test_parse_json_command_prints_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "content/directives/002_0fedd54b1fd7d704.txt"
    assert main(["parse", str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["number"] == "46/BCĐ" and printed["hotlines"] == ["111"]


def test_parse_command_on_an_empty_file_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "empty.txt", b"")
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt:1" in err and "Traceback" not in err


def test_a_file_saved_as_notepads_unicode_is_read(tmp_path: Path) -> None:
    text = (ROOT / "content/directives/000_1090574573c2b293.txt").read_text("utf-8")
    record = read_directive(_write(tmp_path, "utf16.txt", text.encode("utf-16")))  # with its byte-order mark
    assert record.number == "164/BCĐ-NC" and not [w for w in record.warnings if w.code == "directive_failed"]


def test_a_missing_file_is_named_in_the_users_language(tmp_path: Path) -> None:
    record = read_directive(tmp_path / "khong-co.txt")
    assert "không đọc được tệp: không có tệp này" in record.warnings[0].message("vi")
