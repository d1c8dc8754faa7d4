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
# Black and white, for schools without a colour printer: pure black text on white, the hotline
# badge light grey (prints as a fine screen), no large solid areas (see compose.plan).
BW_COLORS = Colors(primary="#000000", on_primary="#FFFFFF", accent="#E0E0E0", on_accent="#000000",
                   background="#FFFFFF", text="#000000")


@dataclass(frozen=True)
class PosterSpec:
    text: str
    format: str
    campaign_name: str
    hotline_label: str
    source_line: str | None = None
    url: str | None = None
    colors: Colors = DEFAULT_COLORS
    subtitle: str | None = None          # bilingual posters: the English under the Vietnamese slogan
    layout: str = "classic"              # a file in assets/layouts/, or a path to a .yml file
    bw: bool = False                     # black and white
    protected: tuple[str, ...] = ()      # more phrases never broken across lines (agency names…)
