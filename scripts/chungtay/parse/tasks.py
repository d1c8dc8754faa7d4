"""Who is asked to do what: the agency headings of a "phân công trách nhiệm" / "tổ chức thực
hiện" section, numbered headings that are an agency's name, and items that open with an
agency's name ("- Sở Y tế: chủ trì …", "Công an tỉnh chủ trì, phối hợp …")."""

from __future__ import annotations

import re

from ..model import Block, Task
from ..vntext import fold
from .agencies import canonical

# Sections whose sub-headings are agencies.
_SECTION = re.compile(r"phan cong|to chuc thuc hien|trach nhiem|nhiem vu cu the|giao nhiem vu")
_REQUEST = re.compile(r"^Đề\s+nghị\s+")
# How an agency's name opens (after an optional "Đề nghị"): the kinds of public body, and the
# collective "các sở, ban, ngành". Words that also open ordinary phrases are fenced off
# ("Báo cáo", "Hội nghị", "Phòng, chống", "Trường hợp", "Ban hành").
_BODY_WORDS = (
    r"Sở\b|SỞ\b|Công\s+an|CÔNG\s+AN|CA\s|Ủy\s+ban|Uỷ\s+ban|ỦY\s+BAN|UỶ\s+BAN|UBND|UBMTTQ|"
    r"Ban\b(?!\s+hành)|BAN\b|BCĐ|Bộ\s+Chỉ\s+huy|BCH|Đoàn\b(?!\s+kết)|Tỉnh\s+đoàn|Thành\s+đoàn|Huyện\s+đoàn|"
    r"Hội\b(?!\s+(?:nghị|thi|thảo|diễn|trại|chợ|đồng\s+xét\s+xử))|HỘI\b|Liên\s+đoàn|Mặt\s+trận|Đài\b|"
    r"Báo\b(?!\s+cáo)|Văn\s+phòng|Phòng\b(?!\s*,|\s+chống|\s+ngừa)|Trung\s+tâm|Viện\b|VKSND|Tòa\s+án|Toà\s+án|TAND|"
    r"Cục\b|Chi\s+cục|Bộ\s+đội|Bưu\s+điện|Thanh\s+tra|Ngân\s+hàng|Kho\s+bạc|Bảo\s+hiểm|Liên\s+minh|Cơ\s+quan|"
    r"Đồn\b|Trường\b(?!\s+hợp)|Bệnh\s+viện|Tỉnh\s+ủy|Huyện\s+ủy|Đảng\s+ủy|"
    # in a school's own documents: its teachers and teams ("Giáo viên chủ nhiệm", "Tổ Bảo vệ")
    r"Giáo\s+viên|Tổ\b(?!\s+(?:chức|quốc|dân\s+phố))"
)
_COLLECTIVE = r"(?:Các|các)\s+(?:sở|cơ\s+quan|đơn\s+vị|địa\s+phương|hội|tổ\s+chức|ban|ngành|đoàn\s+thể|cấp|trường)\b"
_AGENCY_START = re.compile(r"^(?:Đề\s+nghị\s+)?(?=(?:Các\s+|các\s+)?(?:" + _BODY_WORDS + r")|" + _COLLECTIVE + ")")
# Where the name stops: a colon, a note in brackets or after a spaced dash, or the task's verb.
_NAME_END = re.compile(
    r"\s*[:;.]|\s+\(|\s+[–—]\s|\s+(?:chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chỉ\s+đạo|"
    r"tham\s+mưu|triển\s+khai|tổ\s+chức(?!\s+(?:chính\s+trị|thành\s+viên|xã\s+hội|đoàn\s+thể|hội))|hướng\s+dẫn|"
    r"căn\s+cứ|thực\s+hiện|xây\s+dựng|đẩy\s+mạnh|tăng\s+cường|theo\s+dõi|là|theo\s+chức\s+năng|cần|tiếp\s+tục|"
    r"giao|phân\s+công|bố\s+trí|đăng|tuyên\s+truyền|kiểm\s+tra|rà\s+soát|phát\s+động|lồng\s+ghép|duy\s+trì|"
    r"thường\s+xuyên|ban\s+hành|cử|vận\s+động|nắm|quán\s+triệt|in|treo|phát\s+huy|trên\s+cơ\s+sở|"
    r"trong\s+phạm\s+vi|với\s+vai\s+trò|tập\s+trung|bảo\s+đảm|đảm\s+bảo|khẩn\s+trương|chủ\s+động|sử\s+dụng|"
    r"hỗ\s+trợ|báo\s+cáo|gửi|nghiên\s+cứu|phổ\s+biến|dành|đề\s+nghị|thông\s+báo|mở|đưa|lập|cung\s+cấp|"
    r"chuẩn\s+bị|bổ\s+sung|tiếp\s+nhận|quản\s+lý|giám\s+sát|đôn\s+đốc|tổng\s+hợp|được|nêu|tích\s+cực|làm|"
    r"phát\s+hành|phát\s+sóng|xử\s+lý|chăm\s+lo|vào|huy\s+động|hưởng\s+ứng)\b"
)
# Lowercase words that belong inside agency names ("các huyện, thị xã", "chính trị - xã hội").
_NAME_WORDS = set(
    "các huyện thị xã thành phố phường trấn quận và nhân dân cấp tỉnh đoàn thể ban ngành chính trị hội "
    "tổ chức thành viên đơn vị địa phương cơ quan có liên quan trực thuộc sở tư pháp an ninh thường "
    "lực lượng vũ trang của tham gia đặc khu".split()
)
# Names that say only "the bodies concerned" name no agency.
_GENERIC = set("các cơ quan đơn vị địa phương ngành cấp liên quan có và".split())
_MAX_NAME = 160


def _end_of_words(name: str) -> int:
    """Where two running lowercase words that no agency name holds begin ("… Trăng dành thời
    lượng"): a lowercase word right after a capitalised one is the second half of a compound
    ("Du lịch", "Lao động") and does not count."""
    words = list(re.finditer(r"\S+", name))
    previous_capital = True
    for this, following in zip(words, words[1:]):
        word, nxt = this.group().strip(",;:."), following.group().strip(",;:.")
        outside = word[:1].islower() and word.lower() not in _NAME_WORDS
        if outside and not previous_capital and nxt[:1].islower() and nxt.lower() not in _NAME_WORDS:
            return this.start()
        previous_capital = word[:1].isupper()
    return len(name)


def _agency_name(text: str, whole_line: bool) -> str | None:
    """The agency named at the start of `text`, or None. A heading may be the name alone; an item
    must go on to say what the agency does (a colon or a verb after the name)."""
    if not _AGENCY_START.match(text):
        return None
    rest = _REQUEST.sub("", text)
    end = _NAME_END.search(rest)
    if end and whole_line and not rest[end.end() :].strip(" :"):
        end = None  # a heading that ends on a verb-like word: the word is the name's ("… thường xuyên")
    if end and rest.endswith(":") and rest.count(":") == 1 and rest[end.end() :].strip() in ("", ":"):
        # A name and a colon, its tasks following as "+" items; a verb-like word just before the
        # colon belongs to the name ("… Giáo dục thường xuyên:").
        return _checked(rest[:-1].strip(" ,"))
    while end and end.group().strip() == "(" and (close := rest.find(")", end.end())) > 0:
        # A note in brackets inside the name ("Các sở, ban, ngành cấp tỉnh (Đảng, chính quyền)
        # tham gia Ban Chỉ đạo …") runs on; one just before the verb or the colon ends it.
        after = _NAME_END.match(rest, close + 1)
        if after or not rest[close + 1 :].strip():
            break
        end = _NAME_END.search(rest, close + 1)
    if end is None and not whole_line:
        return None
    stop = end.start() if end else len(rest)
    # A heading that is the name alone, or a short name closed by a colon (or by its abbreviation
    # in brackets and a colon) is the name as printed ("Ban đại diện cha mẹ học sinh", "Phòng CSĐT
    # tội phạm về ma tuý:", "… (PC47):"); elsewhere the name ends where running prose begins.
    colon = end is not None and (end.group().strip() == ":" or re.match(r"\s*\([^()]{1,20}\)\s*:", rest[end.start() :]))
    closed = (end is None and whole_line) or (colon and len(rest[:stop].split()) <= 14)
    if not closed:
        stop = _end_of_words(rest[:stop])
    return _checked(rest[:stop].strip(" ,"))


def _checked(name: str) -> str | None:
    """The name, unless it is empty, too long to be one, or says only "the bodies concerned"."""
    if not name or len(name) > _MAX_NAME or set(re.findall(r"\w+", name.lower())) <= _GENERIC:
        return None
    return name


def _after(text: str, name: str) -> str:
    """What the block says after the agency's name."""
    rest = _REQUEST.sub("", text)
    after = rest[len(name) :].lstrip(" :;,.-–") if rest.startswith(name) else rest
    # A heading's note on the agency ("(Cơ quan Thường trực …)") says who, not what: the body has it.
    return "" if re.fullmatch(r"\([^()]*\)[\s:.]*", after) else after


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
            # Under "phân công", or numbered on its own: a heading that is an agency's name.
            if (section_level is not None or block.marker) and (name := _agency_name(block.text, whole_line=True)):
                tasks.append(Task(canonical(name), name, _after(block.text, name), block.line))
                collecting = (len(tasks) - 1, block.level)
                continue
        name = _agency_name(block.text, whole_line=False)
        owner = tasks[collecting[0]] if collecting is not None else None
        if name and owner is not None and canonical(name) == owner.agency:
            name = None  # "1. Công an tỉnh" / "- Công an tỉnh là …": the heading's own task, continued
        if name and block.kind != "paragraph":  # a paragraph that names an agency is prose, not a task
            tasks.append(Task(canonical(name), name, _after(block.text, name), block.line))
            continue
        if owner is not None and collecting is not None:
            text = f"{owner.text}\n{block.text}" if owner.text else block.text
            tasks[collecting[0]] = Task(owner.agency, owner.as_printed, text, owner.line)
    return tasks
