"""Poster sizes. Print sizes are defined by paper (mm at 300 dpi) so the PDF page is the real
sheet; screen sizes are platform pixel sizes."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import PosterError
from ..messages import language, t

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class PosterFormat:
    """One output size. `page_mm` is set for paper; `min_hero_px` is the smallest slogan size we
    still call legible for this size (below it we refuse rather than print a poster nobody reads)."""

    key: str
    label: str                       # Vietnamese name, used in messages (see label_in)
    width: int
    height: int
    dpi: int
    page_mm: tuple[float, float] | None
    min_hero_px: int
    safe_margin_px: int              # no ink closer to the edge than this
    label_en: str = ""                # English name, for messages when CHUNGTAY_LANG=en

    def label_in(self, lang: str | None = None) -> str:
        """The format's name in `lang` (default: the user's language), as messages show it."""
        return self.label_en if (lang or language()) == "en" and self.label_en else self.label

    @property
    def is_print(self) -> bool:
        return self.page_mm is not None

    @property
    def is_landscape(self) -> bool:
        return self.width > self.height

    @property
    def pdf_dpi(self) -> tuple[float, float]:
        """Resolution that makes the PDF page exactly the paper size (pixel sizes are rounded)."""
        if self.page_mm is None:
            return (float(self.dpi), float(self.dpi))
        w_mm, h_mm = self.page_mm
        return (self.width * MM_PER_INCH / w_mm, self.height * MM_PER_INCH / h_mm)


def _mm(mm: float, dpi: int) -> int:
    return round(mm * dpi / MM_PER_INCH)


def _paper(key: str, label: str, w_mm: float, h_mm: float, dpi: int = 300) -> PosterFormat:
    w, h = _mm(w_mm, dpi), _mm(h_mm, dpi)
    return PosterFormat(key, label, w, h, dpi, (w_mm, h_mm),
                        min_hero_px=round(0.045 * h), safe_margin_px=_mm(10, dpi), label_en=label)


FORMATS: dict[str, PosterFormat] = {
    "a4": _paper("a4", "A4", 210, 297),
    "a3": _paper("a3", "A3", 297, 420),
    "og": PosterFormat("og", "ảnh chia sẻ 1200×630", 1200, 630, 72, None, 40, 24,
                       "the 1200×630 sharing image"),
    "square": PosterFormat("square", "ảnh vuông 1080×1080", 1080, 1080, 72, None, 44, 32,
                           "the 1080×1080 square image"),
    "portrait": PosterFormat("portrait", "ảnh đứng 1080×1350", 1080, 1350, 72, None, 48, 40,
                             "the 1080×1350 portrait image"),
    "story": PosterFormat("story", "ảnh dọc 1080×1920", 1080, 1920, 72, None, 56, 48,
                          "the 1080×1920 story image"),
}


def get_format(key: str) -> PosterFormat:
    """The format called `key`, or a PosterError listing the ones we know."""
    try:
        return FORMATS[key]
    except KeyError:
        known = ", ".join(FORMATS)
        raise PosterError(t("poster_unknown_format", name=key, known=known)) from None
