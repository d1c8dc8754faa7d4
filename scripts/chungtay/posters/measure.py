"""Font-backed measuring and placing of text blocks. Everything is positioned from the real ink
boxes (font.getbbox) so stacked accents on capitals (Ễ, Ấ, Ở) rise above the font ascent safely."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageFont

from . import layout

REF_SIZE = 200  # measure once at this size, scale linearly, verify at the final size


@lru_cache(maxsize=4096)
def bbox(font: ImageFont.FreeTypeFont, text: str) -> tuple[float, float, float, float]:
    """The ink box of `text` from its baseline-left origin (fonts are cached per size, so the same
    name, badge or line measured again costs nothing)."""
    return font.getbbox(text, anchor="ls")


@lru_cache(maxsize=4096)
def advance(font: ImageFont.FreeTypeFont, text: str) -> float:
    return font.getlength(text)


@lru_cache(maxsize=256)
def metrics(font: ImageFont.FreeTypeFont, text: str, protected: tuple[str, ...] = ()) -> layout.Metrics:
    """Token widths and ink extents of `text` in em. `font` must be loaded at REF_SIZE."""
    size = font.size
    tokens = tuple(layout.tokenize(text, protected))
    widths = tuple(advance(font, t) / size for t in tokens)
    # Ink above and below the baseline over the whole text = the extremes over its tokens (each
    # token measured once per process: slogans share most of their words).
    boxes = [bbox(font, t) for t in tokens] or [(0, 0, 0, 0)]
    top, bottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
    return layout.Metrics(tokens, widths, advance(font, " ") / size, max(0, -top) / size, max(0, bottom) / size)


@dataclass(frozen=True)
class Line:
    text: str
    x: float  # baseline-left origin (anchor "ls")
    y: float


@dataclass(frozen=True)
class Block:
    lines: tuple[Line, ...]
    size: int
    ink: tuple[float, float, float, float]  # left, top, right, bottom of all ink

    @property
    def width(self) -> float:
        return self.ink[2] - self.ink[0]

    @property
    def height(self) -> float:
        return self.ink[3] - self.ink[1]

    def moved(self, dx: float, dy: float) -> "Block":
        l, t, r, b = self.ink
        return Block(tuple(Line(ln.text, ln.x + dx, ln.y + dy) for ln in self.lines), self.size,
                     (l + dx, t + dy, r + dx, b + dy))


def place(font: ImageFont.FreeTypeFont, lines: tuple[str, ...], pitch: float, align: str = "center") -> Block:
    """Set lines one pitch apart, aligned on their ink ("center" or "left"), with the block's ink
    box starting at (0, 0)."""
    boxes = [bbox(font, text) for text in lines]
    widest = max(r - l for l, _, r, _ in boxes)
    placed, ink = [], [float("inf"), float("inf"), float("-inf"), float("-inf")]
    for i, (text, (l, t, r, b)) in enumerate(zip(lines, boxes)):
        y = i * pitch
        x = (widest - (r - l)) / 2 - l if align == "center" else -l
        placed.append(Line(text, x, y))
        ink = [min(ink[0], x + l), min(ink[1], y + t), max(ink[2], x + r), max(ink[3], y + b)]
    block = Block(tuple(placed), font.size, (ink[0], ink[1], ink[2], ink[3]))
    return block.moved(-ink[0], -ink[1])


def ink_width(font: ImageFont.FreeTypeFont, text: str) -> float:
    l, _, r, _ = bbox(font, text)
    return r - l
