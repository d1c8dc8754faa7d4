"""Paints a Plan onto a Pillow image. All decisions were made in compose.py; this only draws."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .compose import QR, Plan, Rect, Text, plan
from .fonts import load_font
from .qr import qr_image
from .spec import PosterSpec


def paint(p: Plan, font_dir: Path) -> Image.Image:
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


def render(spec: PosterSpec, font_dir: Path) -> Image.Image:
    """Check the spec, lay it out and draw it. Raises PosterError for anything the user can fix."""
    return paint(plan(spec, Path(font_dir)), Path(font_dir))
