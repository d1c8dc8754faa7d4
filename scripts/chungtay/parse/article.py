"""News articles about a campaign: a headline, a publication time, a body and an author."""

from __future__ import annotations

import re

from .dates import iso
from .lines import Line

# "Cập nhật lúc19:37, Thứ Tư, 19/05/2021 (GMT+7)", "Đăng ngày 19/05/2021 07:30"
_TIMESTAMP = re.compile(
    r"(?:Cập\s*nhật|Đăng|Ngày\s+đăng|Thời\s+gian)[^0-9]{0,12}.*?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})",
    re.IGNORECASE,
)


def find_article_start(lines: list[Line]) -> tuple[str, str | None, int] | None:
    """(headline, ISO date, index of the first body line) when `lines` open like a news article."""
    filled = [(i, line) for i, line in enumerate(lines) if line.text][:3]
    if len(filled) < 2:
        return None
    (_, headline), (stamp_index, stamp) = filled[0], filled[1]
    if m := _TIMESTAMP.search(stamp.text):
        return headline.text, iso(m.group("d"), m.group("m"), m.group("y")), stamp_index + 1
    return None
