"""Writing posters to disk: PNG with its dpi, PDF on the exact paper size (TrimBox and BleedBox
set; optionally 3 mm of bleed with crop marks), both byte-identical for identical input: the PDF
is written here, object by object, with fixed dates and no random file ID."""

from __future__ import annotations

import io
import math
import os
import time
from pathlib import Path

from PIL import Image

from ..errors import PosterError
from ..messages import t
from .draw import render
from .formats import MM_PER_INCH, PosterFormat, get_format
from .layout import normalize
from .spec import PosterSpec

DEFAULT_EPOCH = 1627603200  # 2021-07-30 00:00 UTC, a National Day against Human Trafficking
BLEED_MM = 3.0    # printers trim within this much; the background runs on into it
SLUG_MM = 10.0    # room around the trimmed page for the bleed and the crop marks
MARK_MM = 5.0     # length of a crop mark; marks stop 1 mm short of the bleed
PT_PER_MM = 72 / MM_PER_INCH


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
        raise PosterError(t("poster_bad_suffix", file=path.name), path=path)
    return suffix


def bleed_px(fmt: PosterFormat) -> int:
    """Pixels of bleed on each side: at least BLEED_MM, so the image covers the whole BleedBox."""
    return math.ceil(BLEED_MM * fmt.dpi / MM_PER_INCH)


def with_bleed(image: Image.Image, px: int) -> Image.Image:
    """The image with `px` more on every side, each edge row and column carried outwards (print
    layouts keep all ink 10 mm inside, so this is the background running on)."""
    w, h = image.size
    out = Image.new(image.mode, (w + 2 * px, h + 2 * px))
    out.paste(image, (px, px))
    out.paste(image.crop((0, 0, w, 1)).resize((w, px)), (px, 0))
    out.paste(image.crop((0, h - 1, w, h)).resize((w, px)), (px, h + px))
    out.paste(image.crop((0, 0, 1, h)).resize((px, h)), (0, px))
    out.paste(image.crop((w - 1, 0, w, h)).resize((px, h)), (w + px, px))
    for (x, y), (cx, cy) in (((0, 0), (0, 0)), ((w + px, 0), (w - 1, 0)), ((0, h + px), (0, h - 1)),
                             ((w + px, h + px), (w - 1, h - 1))):
        out.paste(image.getpixel((cx, cy)), (x, y, x + px, y + px))
    return out


def _pdf_text(value: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte-order mark, as hex (safe for any character)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def _num(v: float) -> bytes:
    return (f"{v:.3f}".rstrip("0").rstrip(".") or "0").encode()


def _box(*values: float) -> bytes:
    return b"[" + b" ".join(_num(v) for v in values) + b"]"


def _png_rows(picture: Image.Image) -> bytes:
    """The image's rows as a PNG encoder compresses them (zlib, one filter byte per row): exactly
    what a PDF image with /FlateDecode and PNG predictors (/Predictor 15) holds. Lossless, and for
    posters' flat colours a third of the size of a JPEG, with no fringes around red and yellow."""
    out = io.BytesIO()
    picture.save(out, "PNG", compress_level=6)
    png, pos, rows = out.getvalue(), 8, []
    while pos < len(png):
        length = int.from_bytes(png[pos:pos + 4], "big")
        kind = png[pos + 4:pos + 8]
        if kind == b"IDAT":
            rows.append(png[pos + 8:pos + 8 + length])
        pos += 12 + length
    return b"".join(rows)


def write_pdf(image: Image.Image, fmt: PosterFormat, title: str, *, bleed: bool = False) -> bytes:
    """One page holding the image. The page (MediaBox) is the paper size exactly; with `bleed`,
    the page grows by SLUG_MM on every side for 3 mm of bleed and crop marks, and the TrimBox
    gives the paper size back. The image is stored losslessly (see _png_rows)."""
    if bleed and not fmt.is_print:
        raise PosterError(t("poster_bleed_print_only", format=fmt.label_in()))
    w_pt, h_pt = ((fmt.page_mm[0] * PT_PER_MM, fmt.page_mm[1] * PT_PER_MM) if fmt.page_mm
                  else (fmt.width * 72 / fmt.dpi, fmt.height * 72 / fmt.dpi))
    sx, sy = w_pt / fmt.width, h_pt / fmt.height          # points per pixel
    slug = SLUG_MM * PT_PER_MM if bleed else 0.0
    media = (0.0, 0.0, w_pt + 2 * slug, h_pt + 2 * slug)
    trim = (slug, slug, slug + w_pt, slug + h_pt)
    b = BLEED_MM * PT_PER_MM if bleed else 0.0
    bleed_box = (trim[0] - b, trim[1] - b, trim[2] + b, trim[3] + b)

    gray = image.mode in ("L", "1")
    picture = image.convert("L" if gray else "RGB")
    px = bleed_px(fmt) if bleed else 0
    if px:
        picture = with_bleed(picture, px)
    data = _png_rows(picture)

    content = [b"q", _num(picture.width * sx) + b" 0 0 " + _num(picture.height * sy) + b" "
               + _num(trim[0] - px * sx) + b" " + _num(trim[1] - px * sy) + b" cm /Im0 Do", b"Q"]
    if bleed:  # crop marks at each corner, in the slug, along the trim lines
        content += [b"0.25 w 0 G"]
        gap = (BLEED_MM + 1) * PT_PER_MM
        length = MARK_MM * PT_PER_MM
        for x in (trim[0], trim[2]):
            for y, dy in ((trim[1], -1), (trim[3], 1)):
                content.append(_num(x) + b" " + _num(y + dy * gap) + b" m " + _num(x) + b" "
                               + _num(y + dy * (gap + length)) + b" l S")
        for y in (trim[1], trim[3]):
            for x, dx in ((trim[0], -1), (trim[2], 1)):
                content.append(_num(x + dx * gap) + b" " + _num(y) + b" m " + _num(x + dx * (gap + length))
                               + b" " + _num(y) + b" l S")
    stream = b"\n".join(content)
    stamp = ("D:" + time.strftime("%Y%m%d%H%M%S", _build_time()) + "Z").encode()

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + _box(*media) + b" /BleedBox " + _box(*bleed_box)
        + b" /TrimBox " + _box(*trim) + b" /Resources << /XObject << /Im0 4 0 R >> /ProcSet [/PDF /Image"
        + (b"B" if gray else b"C") + b"] >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width " + str(picture.width).encode() + b" /Height "
        + str(picture.height).encode() + b" /ColorSpace /Device" + (b"Gray" if gray else b"RGB")
        + b" /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors "
        + (b"1" if gray else b"3") + b" /BitsPerComponent 8 /Columns " + str(picture.width).encode()
        + b" >> /Length " + str(len(data)).encode() + b" >>\nstream\n"
        + data + b"\nendstream",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title " + _pdf_text(title) + b" /Creator (chungtay) /Producer (chungtay) /CreationDate ("
        + stamp + b") /ModDate (" + stamp + b") >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def encode(image: Image.Image, spec: PosterSpec, suffix: str, *, bleed: bool = False) -> bytes:
    """The image as .png (with its dpi) or .pdf (on the exact paper size, optionally with bleed)
    bytes. Black-and-white posters are written in greyscale."""
    fmt = get_format(spec.format)
    if spec.bw and image.mode != "L":
        image = image.convert("L")
    if suffix == ".png":
        if bleed:
            raise PosterError(t("poster_bleed_pdf_only"))
        out = io.BytesIO()
        # Palette images (screen sizes) are small already: a lighter zlib level halves their encoding time.
        image.save(out, format="PNG", dpi=(fmt.dpi, fmt.dpi), compress_level=3 if image.mode == "P" else 6)
        return out.getvalue()
    return write_pdf(image, fmt, normalize(spec.text), bleed=bleed)


def save(image: Image.Image, spec: PosterSpec, path: Path, *, bleed: bool = False) -> None:
    """Save as .png or .pdf (by suffix)."""
    path = Path(path)
    path.write_bytes(encode(image, spec, _suffix(path), bleed=bleed))


def render_to(spec: PosterSpec, path: Path, font_dir: Path, *, bleed: bool = False) -> None:
    """Render and save in one call (the suffix is checked first, before any drawing work)."""
    suffix = _suffix(Path(path))
    if bleed:
        fmt = get_format(spec.format)
        if not fmt.is_print:
            raise PosterError(t("poster_bleed_print_only", format=fmt.label_in()))
        if suffix != ".pdf":
            raise PosterError(t("poster_bleed_pdf_only"))
    save(render(spec, font_dir), spec, path, bleed=bleed)
