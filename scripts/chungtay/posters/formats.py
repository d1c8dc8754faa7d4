"""Poster sizes. Print sizes are defined by paper (mm at 300 dpi) so the PDF page is the real
sheet; screen sizes are platform pixel sizes."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import PosterError

MM_PER_INCH = 25.4


@dataclass(frozen=True)
class PosterFormat:
    """One output size. `page_mm` is set for paper; `min_hero_px` is the smallest slogan size we
    still call legible for this size (below it we refuse rather than print a poster nobody reads)."""

    key: str
    label: str                       # Vietnamese name, used in messages
    width: int
    height: int
    dpi: int
    page_mm: tuple[float, float] | None
    min_hero_px: int
    safe_margin_px: int              # no ink closer to the edge than this

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
                        min_hero_px=round(0.045 * h), safe_margin_px=_mm(10, dpi))


FORMATS: dict[str, PosterFormat] = {
    "a4": _paper("a4", "A4", 210, 297),
    "a3": _paper("a3", "A3", 297, 420),
    "og": PosterFormat("og", "ảnh chia sẻ 1200×630", 1200, 630, 72, None, 40, 24),
    "square": PosterFormat("square", "ảnh vuông 1080×1080", 1080, 1080, 72, None, 44, 32),
    "portrait": PosterFormat("portrait", "ảnh đứng 1080×1350", 1080, 1350, 72, None, 48, 40),
    "story": PosterFormat("story", "ảnh dọc 1080×1920", 1080, 1920, 72, None, 56, 48),
}


def get_format(key: str) -> PosterFormat:
    """The format called `key`, or a PosterError listing the ones we know."""
    try:
        return FORMATS[key]
    except KeyError:
        known = ", ".join(FORMATS)
        raise PosterError(f"Không có khổ áp phích “{key}”: hãy chọn một trong các khổ {known}.") from None
