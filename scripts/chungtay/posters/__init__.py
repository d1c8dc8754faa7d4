"""Posters and social cards for a slogan: print (A4/A3 at 300 dpi, PNG and PDF) and screen sizes.

    render(spec, font_dir) -> PIL image;  save(image, spec, path);  render_to(spec, path, font_dir)
"""

from .compose import Plan, plan
from .formats import FORMATS, PosterFormat
from .layout import normalize, tokenize, wrap
from .output import encode, render_to, save
from .draw import render
from .spec import DEFAULT_COLORS, Colors, PosterSpec

__all__ = [
    "FORMATS", "PosterFormat", "PosterSpec", "Colors", "DEFAULT_COLORS",
    "render", "save", "encode", "render_to", "plan", "Plan", "normalize", "tokenize", "wrap",
]
