"""Dates as Vietnamese documents write them, turned into ISO strings."""

from __future__ import annotations

import datetime as dt
import re

# "ngày 11 tháng 7 năm 2021"; the day may be left blank in drafts ("ngày   tháng 7 năm 2023").
LONG_DATE = re.compile(
    r"ngày\s*(?P<d>\d{1,2})?[\s.…]*tháng\s*(?P<m>\d{1,2})[\s.…]*năm\s*(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# "01/7/2023", "10-5-2016", "01/7" (the year then comes from the context).
SHORT_DATE = r"(?P<{p}d>[0-3]?\d)\s*[/.-]\s*(?P<{p}m>[01]?\d)(?:\s*[/.-]\s*(?P<{p}y>(?:19|20)\d{{2}}))?"
# The same with words: "30 tháng 9 năm 2023", "30 tháng 9".
WORD_DATE = r"(?P<{p}d>[0-3]?\d)\s+tháng\s+(?P<{p}m>[01]?\d)(?:\s+năm\s+(?P<{p}y>(?:19|20)\d{{2}}))?"


def iso(day: int | str | None, month: int | str | None, year: int | str | None) -> str | None:
    """yyyy-mm-dd, or None when a part is missing or the date does not exist."""
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def date_pattern(prefix: str) -> str:
    """A named-group pattern for one date in either short or word form."""
    return f"(?:{WORD_DATE.format(p=prefix + 'w')}|{SHORT_DATE.format(p=prefix + 's')})"


def date_from_match(match: re.Match[str], prefix: str) -> tuple[str | None, str | None, str | None]:
    """(day, month, year) of the date matched by date_pattern(prefix)."""
    for form in ("w", "s"):
        day = match.group(prefix + form + "d")
        if day:
            return day, match.group(prefix + form + "m"), match.group(prefix + form + "y")
    return None, None, None
