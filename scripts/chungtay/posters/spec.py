"""What a poster says and how it is coloured: plain, hashable data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colors:
    """Hex colours (#RRGGBB), same names as content/campaign.yml `colors`."""

    primary: str = "#B3261E"
    on_primary: str = "#FFFFFF"
    accent: str = "#FFD54F"
    on_accent: str = "#1A1A1A"
    background: str = "#FFF8F2"
    text: str = "#1A1A1A"


DEFAULT_COLORS = Colors()


@dataclass(frozen=True)
class PosterSpec:
    text: str
    format: str
    campaign_name: str
    hotline_label: str
    source_line: str | None = None
    url: str | None = None
    colors: Colors = DEFAULT_COLORS
