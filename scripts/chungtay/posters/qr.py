"""QR code as a Pillow image, drawn module by module so it stays crisp (no resampling blur)."""

from __future__ import annotations

from functools import lru_cache

import segno
from PIL import Image

from ..errors import PosterError
from ..messages import t

QUIET = 4  # modules of light border required by the QR standard


@lru_cache(maxsize=32)
def _matrix(url: str) -> tuple[bytes, int]:
    """Dark modules as a row-major bytes mask (255 = dark) and the side in modules."""
    try:
        code = segno.make_qr(url, error="m")  # never a Micro QR: phone scanners often ignore those
    except segno.DataOverflowError:
        raise PosterError(t("poster_qr_too_long", url=url[:60])) from None
    rows = code.matrix
    side = len(rows)
    return bytes(255 if v else 0 for row in rows for v in row), side


def module_px(url: str, max_px: float) -> int:
    """Pixels per module when the code (with quiet zone) is drawn within max_px."""
    _, side = _matrix(url)
    return int(max_px) // (side + 2 * QUIET)


def qr_image(url: str, max_px: int, dark: tuple[int, int, int], light: tuple[int, int, int]) -> Image.Image:
    """The code with its quiet zone, as large as fits max_px with a whole number of px per module."""
    mask, side = _matrix(url)
    total = side + 2 * QUIET
    module = max(1, max_px // total)
    img = Image.new("RGB", (total * module, total * module), light)
    small = Image.frombytes("L", (side, side), mask)
    img.paste(dark, (QUIET * module, QUIET * module), small.resize((side * module, side * module), Image.Resampling.NEAREST))
    return img


@lru_cache(maxsize=32)
def qr_mask(url: str, max_px: int) -> Image.Image:
    """The dark modules as an L mask (255 = dark), quiet zone included, sized like qr_image."""
    mask, side = _matrix(url)
    total = side + 2 * QUIET
    module = max(1, max_px // total)
    out = Image.new("L", (total * module, total * module), 0)
    out.paste(Image.frombytes("L", (side, side), mask).resize((side * module, side * module), Image.Resampling.NEAREST),
              (QUIET * module, QUIET * module))
    return out
