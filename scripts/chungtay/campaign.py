"""Campaign settings (content/campaign.yml): name, hotline, colours. Validated on load, with
errors that name the file and the key."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import InputError
from .messages import os_reason, t

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_KEYS = {"name", "short_name", "day", "hotline", "colors", "site_url", "posters"}


@dataclass(frozen=True)
class Campaign:
    name: dict[str, str]
    short_name: dict[str, str]
    day: dict[str, str]
    hotline_number: str
    hotline_label: dict[str, str]
    hotline_description: dict[str, str]
    colors: dict[str, str]
    site_url: str = ""
    poster_layout: str = "classic"  # posters.layout: a file in assets/layouts/ (or a path to one)


def _bilingual(data: dict, key: str, path: Path) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not all(isinstance(value.get(lang), str) and value[lang].strip() for lang in ("vi", "en")):
        raise InputError(t("missing_settings_key", key=f"{key}.vi / {key}.en"), path=path)
    return {"vi": value["vi"].strip(), "en": value["en"].strip()}


def load_campaign(path: Path) -> Campaign:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(t("bad_yaml", reason=getattr(exc, "problem", exc)), path=path,
                         line=mark.line + 1 if mark else None) from None
    except OSError as exc:
        raise InputError(t("cannot_read", reason=os_reason(exc)), path=path) from None
    if not isinstance(data, dict):
        raise InputError(t("missing_settings_key", key="name"), path=path)
    for key in sorted(set(data) - _KEYS):
        raise InputError(t("unknown_settings_key", key=key), path=path)
    hotline = data.get("hotline") or {}
    if not isinstance(hotline, dict) or not str(hotline.get("number", "")).strip():
        raise InputError(t("missing_settings_key", key="hotline.number"), path=path)
    colors = data.get("colors") or {}
    for name in ("primary", "on_primary", "accent", "on_accent", "background", "text"):
        if not _COLOR.match(str(colors.get(name, ""))):
            raise InputError(t("missing_settings_key", key=f"colors.{name} (#RRGGBB)"), path=path)
    return Campaign(
        name=_bilingual(data, "name", path),
        short_name=_bilingual(data, "short_name", path),
        day=_bilingual(data, "day", path),
        hotline_number=str(hotline["number"]).strip(),
        hotline_label=_bilingual(hotline, "label", path),
        hotline_description=_bilingual(hotline, "description", path),
        colors={k: str(v) for k, v in colors.items()},
        site_url=str(data.get("site_url") or ""),
        poster_layout=_poster_layout(data.get("posters"), path),
    )


def _poster_layout(value: object, path: Path) -> str:
    if value is None:
        return "classic"
    layout = value.get("layout") if isinstance(value, dict) else None
    if not isinstance(layout, str) or not layout.strip() or set(value) - {"layout"}:
        raise InputError(t("missing_settings_key", key="posters.layout"), path=path)
    return layout.strip()
