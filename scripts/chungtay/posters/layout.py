"""Pure line breaking and fitting for headline text. No Pillow here: widths come in as numbers
(em units, i.e. px at size 1), so the rules can be tested on their own.

Vietnamese puts spaces between syllables, not words, so any break at a space may split a word.
We therefore (1) never break inside protected phrases (hotline, date, campaign name), (2) discourage
breaks inside a few common two-syllable words, (3) prefer breaks after punctuation, and (4) balance
lines (as CSS `text-wrap: balance`) instead of filling them greedily, avoiding a one-word last line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

NBSP = "\u00a0"
ALWAYS_PROTECTED = ("Tổng đài 111", "30/7", "111")

# Two-syllable words that recur in campaign slogans, with the cost of splitting them across lines
# ("mua | bán" reads badly; "mua bán | người" less so). Soft rules: they steer the choice between
# breaks and sizes, they never stop the text from fitting.
SOFT_WORDS: dict[str, float] = {
    **dict.fromkeys((
        "chung tay", "nạn nhân", "trẻ em", "phụ nữ", "cảnh giác",
        "toàn dân", "xã hội", "cá nhân", "trách nhiệm", "tinh thần", "phát huy", "đẩy lùi",
        "việt nam", "tổng đài", "đường dây", "bảo vệ", "tố giác", "lao động", "gia đình",
        "cộng đồng", "hôn nhân", "việc làm", "làm việc", "nước ngoài", "hỗ trợ", "tội phạm",
        "lời mời", "nói không", "người dân", "thủ đoạn", "lừa đảo", "an toàn", "nhẹ lương",
        "lợi dụng", "kẻ xấu", "báo tin", "mỗi người", "trực tuyến", "mạng xã hội",
        "hưởng ứng", "tích cực", "thế giới", "toàn quốc",
    ), 0.12),
    "mua bán": 0.3, "phòng, chống": 0.2,  # the campaign's own terms
    "bán người": 0.1,
}
_BREAK_AFTER = tuple(",;:.!?…–—")
_PUNCT_ONLY = re.compile(r"^[\W_]+$")
_SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029]+")

BONUS_PUNCT = 0.03
PENALTY_SINGLE = 0.15   # any line holding one word
PENALTY_ORPHAN = 0.25   # the last line holding one word
# Fitting may give up to SIZE_SLACK of the largest size for better breaks (tried in SIZE_STEP
# steps); each 1 % of size lost costs SIZE_WEIGHT / 100: about 24 % of size is worth a common word
# kept whole, 60 % "mua bán" (the campaign's own term), 30 % no lone word on a line, 50 % no lone last word.
SIZE_SLACK = 0.50
SIZE_STEP = 0.02
SIZE_WEIGHT = 0.5
# Centred headlines tolerate uneven lines; a split word or a lone word costs more than raggedness.
DEVIATION_WEIGHT = 0.5
# A tall box may take a few more lines than the fewest, when that keeps words whole.
EXTRA_LINES = 2


def normalize(text: str) -> str:
    """NFC, collapse runs of whitespace (but keep no-break spaces), trim."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _protected_spaces(text: str, phrases: Iterable[str]) -> set[int]:
    """Indices of spaces in `text` that lie inside a protected phrase (case-insensitive)."""
    low = text.lower()
    hay = low if len(low) == len(text) else text
    keep: set[int] = set()
    for phrase in phrases:
        needle = normalize(phrase)
        if not needle or " " not in needle:
            continue
        needle = needle.lower() if hay is low else needle
        start = hay.find(needle)
        while start != -1:
            keep.update(i for i in range(start, start + len(needle)) if text[i] == " ")
            start = hay.find(needle, start + 1)
    return keep


def tokenize(text: str, protected: Iterable[str] = ()) -> list[str]:
    """Split normalised text into unbreakable units. A space inside a protected phrase, and the
    space before a lone punctuation mark (a dash must not start a line), are kept."""
    text = normalize(text)
    keep = _protected_spaces(text, (*ALWAYS_PROTECTED, *protected))
    tokens: list[str] = []
    start = 0
    for i, ch in enumerate(text + " "):
        if ch == " " and i not in keep:
            piece = text[start:i]
            if tokens and _PUNCT_ONLY.match(piece):
                tokens[-1] = f"{tokens[-1]} {piece}"
            elif piece:
                tokens.append(piece)
            start = i + 1
    return tokens


def break_penalties(tokens: Sequence[str]) -> list[float]:
    """Cost of breaking after token i (last entry unused)."""
    out = []
    for i, tok in enumerate(tokens):
        p = 0.0
        if i + 1 < len(tokens):
            last = tok.split(" ")[-1].lower()
            first = tokens[i + 1].split(" ")[0].lower().rstrip(",;:.!?…")  # "cá | nhân," splits "cá nhân"
            p += SOFT_WORDS.get(f"{last} {first}", 0.0)
            if tok.endswith(_BREAK_AFTER):
                p -= BONUS_PUNCT
        out.append(p)
    return out


def line_width(widths: Sequence[float], space: float, i: int, j: int) -> float:
    """Width of tokens[i:j] set on one line."""
    return sum(widths[i:j]) + space * (j - i - 1)


def min_lines(widths: Sequence[float], space: float, max_width: float) -> int | None:
    """Fewest lines that hold the tokens within max_width (greedy is optimal for this);
    None if one token alone is too wide."""
    if not widths:
        return 0
    lines, cur = 1, -space
    for w in widths:
        if w > max_width:
            return None
        if cur + space + w <= max_width:
            cur += space + w
        else:
            lines, cur = lines + 1, w
    return lines


def balance(widths: Sequence[float], space: float, max_width: float, n_lines: int,
            penalties: Sequence[float] | None = None) -> list[tuple[int, int]] | None:
    """Split into exactly n_lines lines no wider than max_width, as even as possible (least squared
    deviation from the mean line width, plus break penalties). Returns (start, end) per line."""
    found = _balance(widths, space, max_width, n_lines, penalties)
    return found[1] if found else None


def _balance(widths: Sequence[float], space: float, max_width: float, n_lines: int,
             penalties: Sequence[float] | None = None,
             phrases: Sequence[bool] | None = None) -> tuple[float, list[tuple[int, int]]] | None:
    """balance() with the cost of the best split."""
    n = len(widths)
    if n_lines < 1 or n_lines > n:
        return None
    pen = penalties or [0.0] * n
    acc = [0.0]
    for w in widths:
        acc.append(acc[-1] + w)
    target = (acc[n] + space * (n - 1)) / n_lines
    inf = float("inf")
    scale = DEVIATION_WEIGHT / (max_width * max_width)
    # best[k][j]: cost of setting tokens[:j] in k lines; back[k][j]: start of the k-th line
    best = [[inf] * (n + 1) for _ in range(n_lines + 1)]
    back = [[0] * (n + 1) for _ in range(n_lines + 1)]
    best[0][0] = 0.0
    single = PENALTY_SINGLE if n_lines > 1 else 0.0
    orphan = PENALTY_ORPHAN if n_lines > 1 and n >= 3 else single
    for k in range(1, n_lines + 1):
        prev, row, brow = best[k - 1], best[k], back[k]
        for j in range(k, n - (n_lines - k) + 1):
            extra = pen[j - 1] if j < n else 0.0
            end = acc[j] - space
            for i in range(j - 1, k - 2, -1):
                w = end - acc[i] + space * (j - i)
                if w > max_width:
                    break
                before = prev[i]
                if before == inf:
                    continue
                d = w - target
                cost = before + scale * d * d + extra
                if j - i == 1 and not (phrases and phrases[i]):  # a protected phrase is not a lone word
                    cost += orphan if j == n else single
                if cost < row[j]:
                    row[j], brow[j] = cost, i
    if best[n_lines][n] == inf:
        return None
    spans, j = [], n
    for k in range(n_lines, 0, -1):
        i = back[k][j]
        spans.append((i, j))
        j = i
    return best[n_lines][n], spans[::-1]


def wrap(tokens: Sequence[str], widths: Sequence[float], space: float, max_width: float) -> list[str] | None:
    """Balanced lines in the fewest lines that fit max_width, or None if a token is too wide."""
    n = min_lines(widths, space, max_width)
    if n is None:
        return None
    spans = balance(widths, space, max_width, n, break_penalties(tokens))
    if spans is None:  # cannot happen when n came from min_lines; kept for safety
        return None
    return [" ".join(tokens[i:j]) for i, j in spans]


@dataclass(frozen=True)
class Metrics:
    """Text measured once, in em (px per px of font size): token advances, the space advance, and
    the ink extent above/below the baseline over the whole text (stacked accents included)."""

    tokens: tuple[str, ...]
    widths: tuple[float, ...]
    space: float
    top: float
    bottom: float

    @property
    def pitch(self) -> float:
        """Baseline-to-baseline distance in em: room for the tallest stacked capital over the
        deepest descender, never tighter than 1.12."""
        return max(1.12, self.top + self.bottom + 0.04)

    def block_height(self, n_lines: int) -> float:
        return self.top + self.bottom + (n_lines - 1) * self.pitch


@dataclass(frozen=True)
class Fit:
    size: int
    lines: tuple[str, ...]
    pitch: float  # px


def fits(m: Metrics, size: int, box_w: float, box_h: float) -> int | None:
    """Number of lines at `size` if the text fits the box, else None."""
    n = min_lines(m.widths, m.space, box_w / size)
    if n is None or m.block_height(n) * size > box_h:
        return None
    return n


def fit(m: Metrics, box_w: float, box_h: float, min_size: int, max_size: int) -> Fit | None:
    """The best size in [min_size, max_size] for the text in the box, with its balanced lines:
    the largest that fits, or a somewhat smaller one (or one more line) whose breaks are clearly
    better (a word kept whole, no lone word); None if the text does not fit even at min_size."""
    if not m.tokens or max_size < min_size or fits(m, min_size, box_w, box_h) is None:
        return None
    lo, hi = min_size, max_size
    while lo < hi:  # invariant: lo fits
        mid = (lo + hi + 1) // 2
        if fits(m, mid, box_w, box_h) is not None:
            lo = mid
        else:
            hi = mid - 1
    largest = lo
    pen = break_penalties(m.tokens)
    phrases = [" " in t and not _PUNCT_ONLY.match(t.split(" ", 1)[1]) for t in m.tokens]  # "30 July", not "người -"
    best: tuple[float, int, list[tuple[int, int]]] | None = None
    tried: set[int] = set()
    floor_cost = min(0.0, sum(p for p in pen if p < 0))  # no split can cost less than this
    for k in range(round(SIZE_SLACK / SIZE_STEP) + 1):
        if best is not None and SIZE_WEIGHT * k * SIZE_STEP + floor_cost >= best[0]:
            break  # smaller sizes only cost more
        size = max(min_size, int(largest * (1 - k * SIZE_STEP)))
        if size in tried:
            continue
        tried.add(size)
        n_min = fits(m, size, box_w, box_h)
        if n_min is None:
            continue
        n_max = n_min
        while n_max < min(len(m.tokens), n_min + EXTRA_LINES) and m.block_height(n_max + 1) * size <= box_h:
            n_max += 1
        for n in range(n_min, n_max + 1):
            found = _balance(m.widths, m.space, box_w / size, n, pen, phrases)
            if found:
                score = found[0] + SIZE_WEIGHT * (1 - size / largest)
                if best is None or score < best[0] - 1e-9:
                    best = (score, size, found[1])
    assert best is not None
    _, size, spans = best
    return Fit(size, tuple(" ".join(m.tokens[i:j]) for i, j in spans), m.pitch * size)


def chars_over(m: Metrics, text_len: int, box_w: float, box_h: float, size: int) -> int:
    """Roughly how many characters must go for the text to fit at `size`: the length of what
    follows the longest prefix of tokens that does fit."""
    lo, hi = 0, len(m.tokens)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        sub = Metrics(m.tokens[:mid], m.widths[:mid], m.space, m.top, m.bottom)
        if fits(sub, size, box_w, box_h) is not None:
            lo = mid
        else:
            hi = mid - 1
    kept = len(" ".join(m.tokens[:lo]))
    return max(1, text_len - kept)
