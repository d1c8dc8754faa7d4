"""Writing posters to disk: PNG with its dpi, PDF on the exact paper size, both byte-identical for
identical input (fixed PDF dates and title; Pillow would otherwise stamp the clock and file name)."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

from PIL import Image

from ..errors import PosterError
from .draw import render
from .formats import get_format
from .layout import normalize
from .spec import PosterSpec

DEFAULT_EPOCH = 1627603200  # 2021-07-30 00:00 UTC, a National Day against Human Trafficking


def _build_time() -> time.struct_time:
    """SOURCE_DATE_EPOCH (reproducible-builds convention) if set, else a fixed date."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "")
    try:
        epoch = int(raw) if raw.strip() else DEFAULT_EPOCH
    except ValueError:
        epoch = DEFAULT_EPOCH
    return time.gmtime(epoch)


SUFFIXES = (".png", ".pdf")


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise PosterError(f"Không lưu được áp phích vào “{path.name}”: chỉ hỗ trợ tệp .png hoặc .pdf.", path=path)
    return suffix


def encode(image: Image.Image, spec: PosterSpec, suffix: str) -> bytes:
    """The image as .png (with its dpi) or .pdf (on the exact paper size) bytes."""
    fmt = get_format(spec.format)
    out = io.BytesIO()
    if suffix == ".png":
        image.save(out, format="PNG", dpi=(fmt.dpi, fmt.dpi), compress_level=6)
    else:
        stamp = _build_time()
        image.convert("RGB").save(
            out, format="PDF", dpi=fmt.pdf_dpi, title=normalize(spec.text), author=None,
            creator="chungtay", producer="chungtay", creationDate=stamp, modDate=stamp,
            quality=95, subsampling=0,  # the page image is JPEG; keep text edges and red/yellow clean
        )
    return out.getvalue()


def save(image: Image.Image, spec: PosterSpec, path: Path) -> None:
    """Save as .png or .pdf (by suffix)."""
    path = Path(path)
    path.write_bytes(encode(image, spec, _suffix(path)))


def render_to(spec: PosterSpec, path: Path, font_dir: Path) -> None:
    """Render and save in one call (the suffix is checked first, before any drawing work)."""
    _suffix(Path(path))
    save(render(spec, font_dir), spec, path)
