"""Layouts as data: one YAML file per layout under assets/layouts/ (see classic.yml), so an
office can make its own without touching Python. Validated on load; errors name the file and key."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import PosterError
from ..messages import t
from .spec import Colors

DEFAULT_LAYOUT = "classic"


@dataclass(frozen=True)
class Geometry:
    """Sizes for one orientation, in units of 1 % of √(width × height)."""

    margin: float
    header_height: float
    name_size: float
    hero_max: float
    hero_position: float
    rule: bool
    subtitle_ratio: float
    badge_size: float
    source_size: float
    qr_size: float


@dataclass(frozen=True)
class Layout:
    key: str
    name: str
    colors: tuple[tuple[str, str], ...]  # overrides of the campaign's colours
    header: str                          # "band" or "text"
    hero_panel: bool
    portrait: Geometry
    landscape: Geometry

    def apply(self, colors: Colors) -> Colors:
        return Colors(**{**{f.name: getattr(colors, f.name) for f in fields(Colors)}, **dict(self.colors)})


# key: (type, lowest, highest) for numbers
_LIMITS = {
    "margin": (0.0, 20.0), "header_height": (3.0, 20.0), "name_size": (1.0, 8.0), "hero_max": (3.0, 40.0),
    "hero_position": (0.0, 1.0), "subtitle_ratio": (0.2, 0.8), "badge_size": (1.5, 10.0),
    "source_size": (0.8, 4.0), "qr_size": (6.0, 40.0),
}
_TOP = {"name", "colors", "header", "hero_panel", "portrait", "landscape"}


def layout_dir(font_dir: Path) -> Path:
    """assets/layouts/, beside assets/fonts/."""
    return Path(font_dir).parent / "layouts"


def _fail(path: Path, key: str, what: str) -> PosterError:
    return PosterError(t("poster_layout_key", file=path.name, field=key, what=what), path=path)


def _geometry(data: object, path: Path, section: str) -> Geometry:
    if not isinstance(data, dict):
        raise _fail(path, section, t("poster_layout_needs_sizes"))
    names = [f.name for f in fields(Geometry)]
    for key in sorted(set(data) - set(names)):
        raise _fail(path, f"{section}.{key}", t("poster_layout_unknown_key", names=", ".join(names)))
    values: dict[str, object] = {}
    for name in names:
        key = f"{section}.{name}"
        if name not in data:
            raise _fail(path, key, t("poster_layout_missing_key"))
        value = data[name]
        if name == "rule":
            if not isinstance(value, bool):
                raise _fail(path, key, t("poster_layout_bool"))
        else:
            lo, hi = _LIMITS[name]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
                raise _fail(path, key, t("poster_layout_number", low=f"{lo:g}", high=f"{hi:g}"))
            value = float(value)
        values[name] = value
    return Geometry(**values)  # type: ignore[arg-type]


def parse_layout(path: Path) -> Layout:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise PosterError(t("poster_layout_unreadable", file=path.name, reason=getattr(exc, "problem", exc)), path=path,
                          line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise _fail(path, "name", t("poster_layout_needs_top"))
    for key in sorted(set(data) - _TOP):
        raise _fail(path, key, t("poster_layout_unknown_key", names=", ".join(sorted(_TOP))))
    colors = data.get("colors") or {}
    known = [f.name for f in fields(Colors)]
    if not isinstance(colors, dict):
        raise _fail(path, "colors", t("poster_layout_colors", names=", ".join(known)))
    for key in sorted(set(colors) - set(known)):
        raise _fail(path, f"colors.{key}", t("poster_layout_unknown_color", names=", ".join(known)))
    header = data.get("header", "band")
    if header not in ("band", "text"):
        raise _fail(path, "header", t("poster_layout_header"))
    panel = data.get("hero_panel", False)
    if not isinstance(panel, bool):
        raise _fail(path, "hero_panel", t("poster_layout_bool"))
    return Layout(
        key=path.stem, name=str(data.get("name") or path.stem),
        colors=tuple(sorted((k, str(v)) for k, v in colors.items())), header=header, hero_panel=panel,
        portrait=_geometry(data.get("portrait"), path, "portrait"),
        landscape=_geometry(data.get("landscape"), path, "landscape"),
    )


def available(font_dir: Path) -> list[str]:
    return sorted(p.stem for p in layout_dir(font_dir).glob("*.yml"))


@lru_cache(maxsize=32)
def _load_cached(path: str, mtime_ns: int) -> Layout:
    return parse_layout(Path(path))


def load_layout(name: str, font_dir: Path) -> Layout:
    """A layout by name (a file in assets/layouts/) or by path to a .yml file."""
    name = (name or DEFAULT_LAYOUT).strip()
    path = Path(name)
    if path.suffix.lower() not in (".yml", ".yaml"):
        path = layout_dir(font_dir) / f"{name}.yml"
    if not path.is_file():
        known = ", ".join(available(font_dir)) or DEFAULT_LAYOUT
        raise PosterError(t("poster_unknown_layout", name=name, known=known))
    return _load_cached(str(path.resolve()), path.stat().st_mtime_ns)
