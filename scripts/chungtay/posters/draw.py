"""Paints a Plan onto a Pillow image. All decisions were made in compose.py; this only draws.

Print sizes are painted in RGB. Screen sizes are painted as palette images: every colour the plan
uses, plus a ramp of LEVELS shades between each text colour and the colour under it for the
anti-aliased edges. That is what the PNG holds (8 bits a pixel, about a third of the RGB file),
and it is faster to draw and to encode. The parts that do not depend on the slogan (header,
badge, source line, QR code: `Plan.fixed`) are painted once and reused, as Material's social
plugin reuses its layers."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw

from .compose import QR, Plan, Rect, Text, plan
from .fonts import load_font
from .measure import bbox
from .qr import qr_image, qr_mask
from .spec import PosterSpec

LEVELS = 32  # shades per text/background pair in palette images


def _paint_rgb(p: Plan, font_dir: Path) -> Image.Image:
    img = Image.new("RGB", (p.fmt.width, p.fmt.height), p.background)
    draw = ImageDraw.Draw(img)
    for op in p.ops:
        if isinstance(op, Rect):
            box = tuple(round(v) for v in op.box)
            if op.radius:
                draw.rounded_rectangle(box, radius=round(op.radius), fill=op.fill)
            else:
                draw.rectangle(box, fill=op.fill)
        elif isinstance(op, Text):
            font = load_font(font_dir, op.role, op.block.size)
            for line in op.block.lines:
                draw.text((line.x, line.y), line.text, font=font, fill=op.fill, anchor="ls")
        elif isinstance(op, QR):
            l, t, r, b = op.box
            code = qr_image(op.url, int(min(r - l, b - t)), op.dark, op.light)
            # keep the bottom-right corner where the plan put it
            img.paste(code, (round(r) - code.width, round(b) - code.height))
    return img


# --- palette images -----------------------------------------------------------------------------

RGB = tuple[int, int, int]


def palette_of(p: Plan) -> tuple[tuple[RGB, ...], dict[object, int]]:
    """The plan's colours in order of use: flat colours, then a ramp per (text, surface) pair.
    Returns the palette and an index by colour (flat) or by pair (the ramp's first entry)."""
    colors: list[RGB] = []
    index: dict[object, int] = {}

    def flat(c: RGB) -> None:
        if c not in index:
            index[c] = len(colors)
            colors.append(c)

    flat(p.background)
    for op in p.ops:
        if isinstance(op, Rect):
            flat(op.fill)
        elif isinstance(op, QR):
            flat(op.dark)
            flat(op.light)
    for op in p.ops:
        if isinstance(op, Text):
            pair = (op.fill, op.on or p.background)
            if pair not in index:
                index[pair] = len(colors)
                fg, bg = pair
                colors += _ramp(fg, bg)
    if len(colors) > 256:
        raise ValueError("too many colours for a palette image")
    return tuple(colors), index


@lru_cache(maxsize=64)
def _ramp(fg: RGB, bg: RGB) -> list[RGB]:
    return [tuple(round(b + (f - b) * k / (LEVELS - 1)) for f, b in zip(fg, bg)) for k in range(LEVELS)]


@lru_cache(maxsize=64)
def _coverage_lut(base: int) -> list[int]:
    return [base + round(v * (LEVELS - 1) / 255) for v in range(256)]


_MASK_LUT = [0] + [255] * 255


def _paint_ops(canvas: Image.Image, ops, index: dict[object, int], font_dir: Path, background: RGB) -> None:
    draw = ImageDraw.Draw(canvas)
    for op in ops:
        if isinstance(op, Rect):
            box = tuple(round(v) for v in op.box)
            if op.radius:
                draw.rounded_rectangle(box, radius=round(op.radius), fill=index[op.fill])
            else:
                draw.rectangle(box, fill=index[op.fill])
        elif isinstance(op, Text):
            font = load_font(font_dir, op.role, op.block.size)
            lut = _coverage_lut(index[(op.fill, op.on or background)])
            for line in op.block.lines:
                l, t, r, b = bbox(font, line.text)
                ox, oy = math.floor(line.x + l), math.floor(line.y + t)
                w, h = math.ceil(line.x + r) - ox + 1, math.ceil(line.y + b) - oy + 1
                cover = Image.new("L", (w, h), 0)
                ImageDraw.Draw(cover).text((line.x - ox, line.y - oy), line.text, font=font, fill=255, anchor="ls")
                canvas.paste(cover.point(lut), (ox, oy), cover.point(_MASK_LUT))
        elif isinstance(op, QR):
            l, t, r, b = op.box
            mask = qr_mask(op.url, int(min(r - l, b - t)))
            x, y = round(r) - mask.width, round(b) - mask.height
            canvas.paste(index[op.light], (x, y, x + mask.width, y + mask.height))
            canvas.paste(index[op.dark], (x, y, x + mask.width, y + mask.height), mask)


@lru_cache(maxsize=16)
def _fixed_layer(size: tuple[int, int], background: RGB, ops: tuple, palette: tuple, font_dir: str) -> Image.Image:
    _, index = _index_cache[palette]
    canvas = Image.new("L", size, index[background])
    _paint_ops(canvas, ops, index, Path(font_dir), background)
    return canvas


_index_cache: dict[tuple, tuple[tuple, dict]] = {}


def _paint_palette(p: Plan, font_dir: Path) -> Image.Image:
    palette, index = palette_of(p)
    _index_cache.setdefault(palette, (palette, index))
    if len(_index_cache) > 64:
        _index_cache.clear()
        _index_cache[palette] = (palette, index)
    size = (p.fmt.width, p.fmt.height)
    canvas = _fixed_layer(size, p.background, p.ops[:p.fixed], palette, str(font_dir)).copy()
    _paint_ops(canvas, p.ops[p.fixed:], index, font_dir, p.background)
    canvas.putpalette([v for c in palette for v in c])  # L (indices) becomes P
    return canvas


def paint(p: Plan, font_dir: Path) -> Image.Image:
    """RGB for print; a palette image for screen sizes."""
    return _paint_rgb(p, font_dir) if p.fmt.is_print else _paint_palette(p, font_dir)


def render(spec: PosterSpec, font_dir: Path) -> Image.Image:
    """Check the spec, lay it out and draw it. Raises PosterError for anything the user can fix."""
    return paint(plan(spec, Path(font_dir)), Path(font_dir))
