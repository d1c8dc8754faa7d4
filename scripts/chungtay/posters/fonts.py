"""Font files by role, loaded once per (file, size). Be Vietnam Pro covers every Vietnamese
letter; we still check each text against the cmap (checks.check_glyphs) before drawing."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont, features

from ..errors import PosterError
from ..messages import t

ROLE_FILES = {
    "hero": "BeVietnamPro-ExtraBold.ttf",
    "title": "BeVietnamPro-SemiBold.ttf",
    "badge": "BeVietnamPro-Bold.ttf",
    "small": "BeVietnamPro-Regular.ttf",
    "sub": "BeVietnamPro-SemiBold.ttf",   # the English beneath a bilingual slogan
}


@lru_cache(maxsize=1)
def layout_engine() -> ImageFont.Layout:
    """RAQM (HarfBuzz shaping: kerning, correct mark placement) when Pillow was built with it."""
    return ImageFont.Layout.RAQM if features.check_feature("raqm") else ImageFont.Layout.BASIC


def font_path(font_dir: Path, role: str) -> Path:
    return _font_path(str(font_dir), role)


@lru_cache(maxsize=64)
def _font_path(font_dir: str, role: str) -> Path:
    """Found once per process (a missing file raises, and is looked for again next time)."""
    path = Path(font_dir) / ROLE_FILES[role]
    if not path.is_file():
        raise PosterError(t("poster_font_missing", file=path.name), path=path)
    return path


@lru_cache(maxsize=128)
def _load(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, layout_engine=layout_engine())


def load_font(font_dir: Path, role: str, size: int) -> ImageFont.FreeTypeFont:
    """The font for `role` at `size` px (cached: fitting asks for the same sizes repeatedly)."""
    return _load(str(font_path(font_dir, role)), int(size))
