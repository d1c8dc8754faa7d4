"""Checks that turn silent rendering faults into clear errors: a letter the font lacks (Pillow
would draw a box), a colour that is not one, and the WCAG contrast formula."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont

from ..errors import PosterError
from ..messages import t
from .spec import Colors

MIN_CONTRAST = 4.5        # WCAG 2.x AA for normal text
MIN_CONTRAST_LARGE = 3.0  # … and for large text (18 pt, or 14 pt bold)
_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
# Colour fields as messages name them (keys of messages.MESSAGES).
_FIELD_NAMES = {f: f"poster_color_{f}" for f in ("primary", "on_primary", "accent", "on_accent", "background", "text")}


@lru_cache(maxsize=32)
def font_codepoints(font_path: str) -> frozenset[int]:
    """Code points the font maps to a glyph (read once per file)."""
    with TTFont(font_path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def check_glyphs(text: str, font_path: Path | str, role: str) -> None:
    """Raise if `text` holds a character the font cannot draw. `role` names the text in the user's
    language (t("poster_role_hero"): "khẩu hiệu", "the slogan"…) so the user knows which field to fix."""
    have = font_codepoints(str(font_path))
    for ch in text:
        if ord(ch) not in have:
            shown = f"“{ch}” " if ch.isprintable() and not ch.isspace() else ""
            name = unicodedata.name(ch, "")
            name = f", {name}" if name else ""
            raise PosterError(t("poster_missing_glyph", font=Path(font_path).stem, char=shown, code=f"{ord(ch):04X}",
                                name=name, what=role, text=text))


def parse_hex(value: str, field: str = "") -> tuple[int, int, int]:
    """'#B3261E' or '#fff' -> (r, g, b)."""
    m = _HEX.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m:
        what = t(_FIELD_NAMES[field]) if field in _FIELD_NAMES else field or t("poster_color_any")
        raise PosterError(t("poster_bad_color", value=value, what=what))
    digits = m.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2.x relative luminance."""
    def lin(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def check_colors(colors: Colors) -> dict[str, tuple[int, int, int]]:
    """Parse every colour; returns them by field name. Contrast is checked per text once the
    layout is known (compose._check_contrast): 4.5:1, or 3:1 for large text (WCAG AA)."""
    return {f.name: parse_hex(getattr(colors, f.name), f.name) for f in fields(colors)}
