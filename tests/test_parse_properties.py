"""Property tests (Hypothesis): whatever text comes in, parsing never raises, and every line that
holds a letter or a digit ends up in the record or in a warning — nothing is dropped silently."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chungtay.model import Directive
from chungtay.normalize import prepare
from chungtay.parse import parse, read_directive

from .conftest import DIRECTIVES

SOURCES = [p.read_text("utf-8") for p in DIRECTIVES]
TOKEN = re.compile(r"[^\W\d_]+|\d+")
# Words of the document's frame, which the record holds as structure rather than as text.
FRAME = set(
    "cộng hòa hoà xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc số ngày tháng năm kính gửi nơi "
    "nhận v kế hoạch đã ký cập nhật lúc đăng gmt thứ hai ba tư sáu bảy chủ nhật".split()
)
# CHUNGTAY_EXAMPLES=5000 for a longer hunt than the default run.
EXAMPLES = int(os.environ.get("CHUNGTAY_EXAMPLES", "150"))
PROPERTY_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _strings(value: object) -> list[str]:
    """Every string and number in a JSON-like value."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)] if value is not None else []


GMT_OFFSET = re.compile(r"\b(?:gmt|utc)\s*[+-]\s*7\b")


def uncovered_lines(text: str, record: Directive) -> list[tuple[int, str]]:
    """Lines of `text` holding a letter or digit whose tokens are neither in the record nor in
    the frame, and which no warning names."""
    data = record.to_json()
    warned = {w.line for w in record.warnings} | {n for w in record.warnings for n in w.lines}
    if any(w.code == "directive_failed" for w in record.warnings):
        return []
    kept = {token for value in _strings(data) for token in TOKEN.findall(value.lower())}
    for key in ("date", "published"):  # ISO dates hold "07" where the text said "7"
        kept |= {part.lstrip("0") for part in re.findall(r"\d+", data.get(key) or "")}
    lost = []
    for no, line in enumerate(prepare(text).text.split("\n"), start=1):
        # A stamp's "GMT+7" is Vietnam's offset, which every date in the record already implies.
        tokens = set(TOKEN.findall(GMT_OFFSET.sub(" ", line.lower())))
        if tokens and no not in warned and not tokens <= kept | FRAME:
            lost.append((no, line))
    return lost


@st.composite
def mutated_directive(draw: st.DrawFn) -> str:
    """A real directive, cut, shuffled and sprinkled the way copy and paste damage text."""
    lines = draw(st.sampled_from(SOURCES)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["drop", "dup", "swap", "join", "split", "noise", "blank", "truncate"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "join" and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i] + draw(st.sampled_from([" ", " | ", "   "])) + lines[i + 1]]
        elif op == "split" and len(lines[i]) > 2:
            cut = draw(st.integers(1, len(lines[i]) - 1))
            lines[i : i + 1] = [lines[i][:cut], lines[i][cut:]]
        elif op == "noise":
            noise = draw(st.text(alphabet=st.sampled_from("|-_*.,;:“”\"()/…\u00a0\u200b\u00adÐđ0123456789 "), max_size=8))
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + noise + lines[i][pos:]
        elif op == "blank":
            lines.insert(i, "")
        elif op == "truncate":
            lines = lines[:i]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    return text


@PROPERTY_SETTINGS
@given(mutated_directive())
def test_mutated_directives_parse_and_lose_no_line(text: str) -> None:
    record = parse(text, "mutated.txt")
    assert uncovered_lines(text, record) == []


@PROPERTY_SETTINGS
@given(st.text(max_size=2000))
def test_random_text_parses_and_loses_no_line(text: str) -> None:
    record = parse(text, "random.txt")
    assert uncovered_lines(text, record) == []


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(
    ["Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH",
     "Kính gửi: Sở Y tế", "I. MỤC ĐÍCH", "1. Công an tỉnh", "a) Tuyên truyền", "| Thời gian | Nội dung |",
     "Hà Nội, ngày 01 tháng 02 năm 2024", "V/v tuyên truyền", "KẾ HOẠCH", "khẩu hiệu: “Nói không”",
     "trước ngày 31/12/2024", "Cập nhật: 28/07/2022 10:45", "- 3 -", "./.", "Nguyễn Văn A", "", "Tin liên quan"]
) | st.text(max_size=60), max_size=40))
def test_shuffled_document_parts_parse_and_lose_no_line(parts: list[str]) -> None:
    text = "\n".join(parts)
    record = parse(text, "parts.txt")
    assert uncovered_lines(text, record) == []


@settings(max_examples=max(60, EXAMPLES // 3), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4000))
def test_random_bytes_give_a_record(tmp_path_factory, data: bytes) -> None:
    path = Path(tmp_path_factory.mktemp("bytes")) / "x.txt"
    path.write_bytes(data)
    record = read_directive(path)
    assert isinstance(record, Directive)
    json.dumps(record.to_json())
