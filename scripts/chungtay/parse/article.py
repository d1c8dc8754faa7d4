"""News articles about a campaign, as copied from a news site: the site's chrome (menus, date bar,
log-in links) before the headline, the headline, a publication time, the body, the author, and
more chrome after (share buttons, related headlines, copyright)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import iso
from .lines import Line, is_junk, strip_emphasis

# A publication time: a date d/m/yyyy (or d-m-yyyy) with, usually, a time hh:mm or hhgmm near it.
_STAMP_DATE = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d{2})(?!\d)")
_STAMP_TIME = re.compile(r"(?<!\d)(?P<h>[0-2]?\d)\s*(?::|h|giờ)\s*(?P<min>[0-5]\d)(?!\d)")
_STAMP_WORDS = re.compile(
    r"cập\s*nhật|lúc|đăng|ngày\s+đăng|xuất\s+bản|thời\s+gian|gmt|utc|"
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|ngày|giờ|sáng|chiều|tối",
    re.IGNORECASE,
)
# Lines where a page's chrome resumes after the article.
_CHROME_AFTER = re.compile(
    r"^(?:Tin\s+liên\s+quan|Bài\s+viết\s+liên\s+quan|Tin\s+cùng\s+chuyên\s+mục|Các\s+tin\s+khác|Tin\s+khác|"
    r"Xem\s+thêm|Chia\s+sẻ|Bình\s+luận|Ý\s+kiến\s+bạn\s+đọc|Gửi\s+bình\s+luận|Viết\s+bình\s+luận|Từ\s+khóa|Từ\s+khoá|"
    r"Tags?\b|Bản\s+quyền|©|Copyright|In\s+bài|Lượt\s+xem|Đọc\s+nhiều|Tin\s+mới|Tin\s+đọc\s+nhiều|Theo\s+dõi\b|"
    r"Quay\s+lại|Về\s+đầu\s+trang|Trở\s+về|Like\b|Share\b|Facebook\b|Zalo\b|Twitter\b)",
    re.IGNORECASE,
)
_AUTHOR_PREFIX = re.compile(r"^(?:Tác\s+giả|Bài\s+và\s+ảnh|Bài,\s*ảnh|Nhóm\s+PV|Theo)\s*:?\s*", re.IGNORECASE)


@dataclass
class Article:
    headline: str
    headline_index: int
    stamp_index: int
    date: str | None
    published: str | None
    body_start: int  # index of the first body line
    body_end: int  # index after the last body line
    author: str | None
    author_index: int | None
    time_index: int | None = None  # the line holding the time when a copy split the stamp in two
    stamp_leftover: str | None = None  # words beside the time that are not the article's author
    chrome_inside: tuple[int, ...] = ()  # share and print links between the stamp and the body


def _is_headline(text: str) -> bool:
    words = text.split()
    return (
        4 <= len(words) <= 40
        and not text.endswith(":")
        and text.count("|") < 2
        and not _STAMP_DATE.search(text)
        and not _lone_time(text)
        and not is_junk(text)
    )


def _stamp(text: str) -> tuple[str, str | None, str | None] | None:
    """(ISO date, ISO time with the Vietnam offset or None, author or None) of a line that is a
    publication time and nothing else (an author's name may share it: "Thu Hà | 26/06/2020")."""
    if len(text) > 120 or not (m := _STAMP_DATE.search(text)):
        return None
    date = iso(m.group("d"), m.group("m"), m.group("y"))
    if not date:
        return None
    rest = text[: m.start()] + " " + text[m.end() :]
    time = _STAMP_TIME.search(rest)
    if time:
        rest = rest[: time.start()] + " " + rest[time.end() :]
    rest = re.sub(r"(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?", " GMT ", rest, flags=re.IGNORECASE)
    words = _STAMP_WORDS.findall(rest)
    if not time and not words:
        return None
    leftover = re.sub(r"[\s|,.:;()+\-–/]+", " ", _STAMP_WORDS.sub(" ", rest)).strip()
    author = _author(leftover) if leftover else None
    if leftover and not author:
        return None
    published = None
    if time and int(time.group("h")) < 24:
        published = _at(date, time)
    return date, published, author


def _at(date: str, time: re.Match[str]) -> str:
    """The ISO 8601 publication time, in Vietnam's time zone (GMT+7)."""
    return f"{date}T{int(time.group('h')):02d}:{time.group('min')}:00+07:00"


def _lone_time(text: str) -> re.Match[str] | None:
    """The time of a line that holds a time of day and nothing else ("Cập nhật lúc 19:37"): half
    of a publication stamp that a copy split over two lines."""
    if len(text) > 60 or not (time := _STAMP_TIME.search(text)):
        return None
    rest = _STAMP_WORDS.sub(" ", text[: time.start()] + " " + text[time.end() :])
    rest = re.sub(r"(?:GMT|UTC)?\s*[+-]\s*\d{1,2}(?::?\d{2})?", " ", rest, flags=re.IGNORECASE)
    return time if not re.sub(r"[\s|,.:;()+\-–/]+", "", rest) and int(time.group("h")) < 24 else None


def _author(text: str) -> str | None:
    """The author line at an article's end: a short name, "PV", "Minh Anh - Văn Tuấn", "Tác giả: …"."""
    text = strip_emphasis(text).strip()
    name = _AUTHOR_PREFIX.sub("", text).strip()
    words = name.split()
    if not (1 <= len(words) <= 8) or name.endswith((".", ":", ";", ",")) or len(name) > 60:
        return None
    capitalised = [w for w in words if w[0].isupper() or w in ("-", "–", "và") or w.startswith("(")]
    return name if len(capitalised) == len(words) else None


def find_article(lines: list[Line]) -> Article | None:
    """The parts of a news article, when `lines` hold one: a headline next to a publication time.
    A time of day marks the article's own stamp; a bare date may be the site's date bar."""
    filled = [i for i, line in enumerate(lines) if line.text][:60]
    candidates = []
    for pos, i in enumerate(filled):
        stamp = _stamp(lines[i].text)
        if not stamp:
            continue
        # The headline sits just above the time (or, on some sites, just below it).
        for j in filled[max(0, pos - 3) : pos][::-1] + filled[pos + 1 : pos + 2]:
            if _is_headline(strip_emphasis(lines[j].text)):
                candidates.append((stamp[1] is None, i, j, stamp))
                break
    if not candidates:
        return None
    _, i, j, stamp = min(candidates, key=lambda c: (c[0], c[1]))
    time_index = None
    if stamp[1] is None:  # the time may sit on the line just above or below the date
        pos = filled.index(i)
        for k in filled[max(0, pos - 1) : pos] + filled[pos + 1 : pos + 2]:
            if k != j and (time := _lone_time(strip_emphasis(lines[k].text))):
                stamp = (stamp[0], _at(stamp[0], time), stamp[2])
                time_index = k
                break
    article = _finish(lines, strip_emphasis(lines[j].text), j, i, stamp, max(i, j, time_index or 0) + 1)
    article.time_index = time_index
    return article


def _finish(
    lines: list[Line], headline: str, headline_index: int, stamp_index: int, stamp: tuple[str, str | None, str | None], start: int
) -> Article:
    # Share and print links right under the stamp ("Chia sẻ | In bài") come before the body.
    skipped = []
    while start < len(lines) and (not lines[start].text or _CHROME_AFTER.match(strip_emphasis(lines[start].text))
                                  and len(lines[start].text) < 60):
        if lines[start].text:
            skipped.append(start)
        start += 1
    end = len(lines)
    for k in range(start, len(lines)):
        if lines[k].text and _CHROME_AFTER.match(strip_emphasis(lines[k].text)):
            end = k
            break
    author, author_index = None, None
    for k in range(end - 1, start - 1, -1):
        text = lines[k].text
        if not text or is_junk(text):
            continue
        if name := _author(text):
            author, author_index = name, k
        break
    stamp_leftover = None
    if stamp[2] and author is None:
        author = stamp[2]  # the name printed beside the time
    elif stamp[2] and stamp[2] != author:
        stamp_leftover = stamp[2]  # not the author at the end: reported, never dropped
    return Article(headline, headline_index, stamp_index, stamp[0], stamp[1], start, end, author, author_index,
                   stamp_leftover=stamp_leftover, chrome_inside=tuple(skipped))
