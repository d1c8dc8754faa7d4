"""Who is asked to do what: the agency headings of a "phân công trách nhiệm" / "tổ chức thực
hiện" section, and items anywhere that open with an agency's name ("- Sở Y tế: chủ trì …",
"Công an tỉnh chủ trì, phối hợp …")."""

from __future__ import annotations

import re

from ..model import Block, Task
from ..vntext import fold
from .agencies import canonical

# Sections whose sub-headings are agencies.
_SECTION = re.compile(r"phan cong|to chuc thuc hien|trach nhiem|nhiem vu cu the|giao nhiem vu")
# How an agency's name opens (after an optional "Đề nghị").
_AGENCY_START = re.compile(
    r"^(?:Đề\s+nghị\s+)?(?=(?:Các\s+|các\s+)?(?:Sở|SỞ|Công\s+an|CÔNG\s+AN|CA\s|Ủy\s+ban|Uỷ\s+ban|ỦY\s+BAN|UỶ\s+BAN|"
    r"UBND|UBMTTQ|Ban\b|BAN\b|BCĐ|Bộ\s+Chỉ\s+huy|BCH|Đoàn\b|Tỉnh\s+đoàn|Thành\s+đoàn|Huyện\s+đoàn|Hội\b|HỘI\b|"
    r"Liên\s+đoàn|Mặt\s+trận|Đài\b|Báo\b|Văn\s+phòng|Phòng\b|Trung\s+tâm|Viện\b|VKSND|Tòa\s+án|Toà\s+án|TAND|"
    r"Cục\b|Chi\s+cục|Bộ\s+đội|Bưu\s+điện|Thanh\s+tra|Ngân\s+hàng|Kho\s+bạc|Bảo\s+hiểm|Liên\s+minh|Cơ\s+quan|"
    r"Đồn\b|Trường\b|Bệnh\s+viện|Công\s+ty|Tổng\s+đài|Tỉnh\s+ủy|Huyện\s+ủy|Đảng\s+ủy|Các\s+sở|các\s+sở|"
    r"Các\s+cơ\s+quan|Các\s+đơn\s+vị|Các\s+địa\s+phương|Các\s+hội|Các\s+tổ\s+chức))"
)
_REQUEST = re.compile(r"^Đề\s+nghị\s+")
# Where the name stops: a colon, a note in brackets, or the verb of the task.
_NAME_END = re.compile(
    r"\s*[:;.]|\s+\(|\s+(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chỉ\s+đạo|tham\s+mưu|triển\s+khai|"
    r"tổ\s+chức|hướng\s+dẫn|căn\s+cứ|thực\s+hiện|xây\s+dựng|đẩy\s+mạnh|tăng\s+cường|theo\s+dõi|là\s+cơ\s+quan|"
    r"theo\s+chức\s+năng|là|cần|tiếp\s+tục|giao|phân\s+công|bố\s+trí|đăng|tuyên\s+truyền|kiểm\s+tra|rà\s+soát|"
    r"phát\s+động|lồng\s+ghép|duy\s+trì|thường\s+xuyên|ban\s+hành|cử|vận\s+động|nắm|quán\s+triệt|in\b|treo|"
    r"phát\s+huy|trên\s+cơ\s+sở|trong\s+phạm\s+vi|với\s+vai\s+trò|căn|tập\s+trung|bảo\s+đảm|đảm\s+bảo|"
    r"khẩn\s+trương|chủ\s+động|sử\s+dụng|hỗ\s+trợ|báo\s+cáo|gửi|nghiên\s+cứu|rà|phổ\s+biến)\b"
)
_MAX_NAME = 110


def _agency_name(text: str, whole_line: bool) -> str | None:
    """The agency named at the start of `text`, or None. A heading may be the name alone; an item
    must go on to say what the agency does (a colon or a verb after the name)."""
    if not _AGENCY_START.match(text):
        return None
    rest = _REQUEST.sub("", text)
    end = _NAME_END.search(rest)
    if end is None and not whole_line:
        return None
    name = (rest[: end.start()] if end else rest).strip(" ,")
    if not name or len(name) > _MAX_NAME:
        return None
    return name


def _after(text: str, name: str) -> str:
    """What the block says after the agency's name."""
    rest = _REQUEST.sub("", text)
    return rest[len(name) :].lstrip(" :;,.-–") if rest.startswith(name) else rest


def find_tasks(body: list[Block]) -> list[Task]:
    tasks: list[Task] = []
    section_level: int | None = None  # level of the "phân công" heading we are under
    collecting: tuple[int, int] | None = None  # (index in tasks, level) of an agency heading
    for block in body:
        if block.kind == "heading":
            if section_level is not None and block.level <= section_level:
                section_level = None
            if collecting is not None and block.level <= collecting[1]:
                collecting = None
            if _SECTION.search(fold(block.text)):
                section_level = block.level
                continue
            if section_level is not None and (name := _agency_name(block.text, whole_line=True)):
                tasks.append(Task(canonical(name), name, _after(block.text, name), block.line))
                collecting = (len(tasks) - 1, block.level)
                continue
        name = _agency_name(block.text, whole_line=False)
        if name and (section_level is not None or block.kind != "paragraph"):
            tasks.append(Task(canonical(name), name, _after(block.text, name), block.line))
            continue
        if collecting is not None:
            task = tasks[collecting[0]]
            text = f"{task.text}\n{block.text}" if task.text else block.text
            tasks[collecting[0]] = Task(task.agency, task.as_printed, text, task.line)
    return tasks
