"""Where everything goes: turns a PosterSpec into a Plan (rectangles, text blocks, a QR code at
pixel positions) without touching pixels. Portrait sizes stack the parts; the wide social card
puts the slogan beside the QR code. Proportions and styles come from the layout file
(assets/layouts/*.yml, see layouts.py); every text is checked for contrast against what it sits on."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import PosterError
from ..messages import language
from ..messages import t as msg  # `t` is the spec's texts here (_Texts)
from ..vntext import upper_first
from . import layout
from .checks import check_colors, check_glyphs, contrast_ratio, relative_luminance
from .fonts import font_path, load_font
from .formats import PosterFormat, get_format
from .layouts import Geometry, Layout, load_layout
from .measure import REF_SIZE, Block, bbox, ink_width, metrics, place
from .qr import module_px
from .spec import BW_COLORS, PosterSpec

RGB = tuple[int, int, int]
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Rect:
    box: Box
    fill: RGB
    radius: float = 0.0


@dataclass(frozen=True)
class Text:
    block: Block
    role: str
    fill: RGB
    on: RGB | None = None  # the colour behind the text, for the contrast check


@dataclass(frozen=True)
class QR:
    box: Box      # square the code (quiet zone included) must fit in
    url: str
    dark: RGB
    light: RGB


@dataclass(frozen=True)
class Plan:
    fmt: PosterFormat
    background: RGB
    ops: tuple[Rect | Text | QR, ...]
    hero: Block
    subtitle: Block | None = None
    fixed: int = 0  # the first `fixed` ops do not depend on the slogan (drawn once, reused)

    @property
    def hero_lines(self) -> tuple[str, ...]:
        return tuple(line.text for line in self.hero.lines)


@dataclass(frozen=True)
class _Texts:
    """The spec's texts, normalised and checked."""
    slogan: str
    name: str
    hotline: str
    source: str | None
    url: str | None
    protected: tuple[str, ...]
    subtitle: str | None = None


def _prepare(spec: PosterSpec, font_dir: Path) -> _Texts:
    slogan = layout.normalize(spec.text or "")
    if not slogan:
        raise PosterError(msg("poster_empty_slogan"))
    name = layout.normalize(spec.campaign_name or "")
    hotline = layout.normalize(spec.hotline_label or "")
    if not name:
        raise PosterError(msg("poster_empty_name"))
    if not hotline:
        raise PosterError(msg("poster_empty_hotline"))
    source = layout.normalize(spec.source_line or "") or None
    url = (spec.url or "").strip() or None
    subtitle = layout.normalize(spec.subtitle or "") or None
    check_glyphs(slogan, font_path(font_dir, "hero"), msg("poster_role_hero"))
    if subtitle:
        check_glyphs(subtitle, font_path(font_dir, "sub"), msg("poster_role_subtitle"))
    check_glyphs(name, font_path(font_dir, "title"), msg("poster_role_title"))
    check_glyphs(hotline, font_path(font_dir, "badge"), msg("poster_role_badge"))
    if source:
        check_glyphs(source, font_path(font_dir, "small"), msg("poster_role_small"))
    extra = tuple(layout.normalize(p) for p in spec.protected if p and p.strip())
    return _Texts(slogan, name, hotline, source, url, (name, hotline, *extra), subtitle)


def _check_qr(url: str, size: float, fmt: PosterFormat) -> None:
    """A code whose modules are too small for a phone camera is worse than none."""
    need = 4 if fmt.is_print else 3  # px per module: 0.34 mm on paper, 3 px on screen
    if module_px(url, size) < need:
        raise PosterError(msg("poster_qr_unreadable", url=url, format=fmt.label_in()))


# Keeping the campaign's name whole inside a slogan may cost 15 % of the slogan's size at most;
# beyond it the name breaks between its two natural halves, then between quarters (_name_parts).
NAME_WHOLE_MIN_RATIO = 0.85


def _split_phrase(phrase: str) -> tuple[str, ...]:
    """A phrase as two, split where a reader would pause: not inside a two-syllable word, after
    punctuation if possible, into halves of similar length ("National Day against | Human
    Trafficking"; "Ngày toàn dân | phòng, chống mua bán người"). Short phrases stay whole."""
    words = phrase.split()
    if len(words) < 3:
        return (phrase,)
    best: tuple[float, int] | None = None
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        cost = layout.SOFT_WORDS.get(f"{words[k - 1].lower()} {words[k].lower()}", 0.0)
        cost -= layout.BONUS_PUNCT if words[k - 1].endswith(tuple(",;:–—")) else 0.0
        cost += 0.1 * abs(len(left) - len(right)) / len(phrase)
        if best is None or cost < best[0] - 1e-9:
            best = (cost, k)
    k = best[1] if best else len(words) // 2
    return (" ".join(words[:k]), " ".join(words[k:]))


def _name_parts(name: str) -> list[tuple[str, ...]]:
    """The name whole, in halves, in quarters: the phrases kept whole at each level."""
    halves = _split_phrase(name)
    quarters = tuple(q for half in halves for q in _split_phrase(half))
    return [(name,), halves, quarters]


def _hero(t: _Texts, fmt: PosterFormat, font_dir: Path, w: float, h: float, max_size: int, align: str) -> Block:
    """The slogan at the largest size that fits w x h, verified on the real ink boxes."""
    def attempt(protected: tuple[str, ...]) -> Block | None:
        try:
            return _fit_hero(t.slogan, protected, fmt, font_dir, w, h, max_size, align)
        except PosterError:
            return None

    others = tuple(p for p in t.protected if p != t.name)
    if t.name.lower() not in t.slogan.lower():
        found = attempt(t.protected)
    else:
        # The campaign's long name inside a slogan, kept whole, may force the slogan small (or not
        # fit at a legible size at all): then it breaks, but only between its natural parts, at
        # the first level that costs the slogan no more than 15 % of its size.
        tries = [attempt(others + parts) for parts in _name_parts(t.name)]
        sizes = [b.size for b in tries if b is not None]
        found = next((b for b in tries if b is not None and b.size >= NAME_WHOLE_MIN_RATIO * max(sizes)), None)
    if found is not None:
        return found
    # A long agency name wider than a line at a legible size may break too (the hotline, "30/7"
    # and "111" still never do); if even then the slogan does not fit, the error says what to cut.
    return _fit_hero(t.slogan, (t.hotline,), fmt, font_dir, w, h, max_size, align)


def _fit_hero(slogan: str, protected: tuple[str, ...], fmt: PosterFormat, font_dir: Path, w: float, h: float,
              max_size: int, align: str) -> Block:
    m = metrics(load_font(font_dir, "hero", REF_SIZE), slogan, protected)
    min_size = fmt.min_hero_px
    top = max(min_size, max_size)
    while True:
        f = layout.fit(m, w, h, min_size, top)
        if f is None:
            raise _too_long(slogan, m, fmt, w, h)
        block = place(load_font(font_dir, "hero", f.size), f.lines, f.pitch, align)
        if block.width <= w and block.height <= h:
            return block
        top = f.size - 1


def _too_long(slogan: str, m: layout.Metrics, fmt: PosterFormat, w: float, h: float) -> PosterError:
    size = fmt.min_hero_px
    for tok, width in zip(m.tokens, m.widths):
        if width * size > w:
            return PosterError(msg("poster_phrase_too_long", phrase=tok, format=fmt.label_in()))
    cut = layout.chars_over(m, len(slogan), w, h, size)
    cut = max(5, math.ceil(cut * 1.1 / 5) * 5)  # a round, slightly generous number
    return PosterError(msg("poster_slogan_too_long", format=fmt.label_in(), length=len(slogan), size=size, cut=cut))


def _one_line(text: str, role: str, font_dir: Path, w: float, size: float, min_size: float, what: str,
              fmt: PosterFormat) -> Block:
    """`text` on one line, shrunk (down to min_size) until its ink fits w. `what` names the text
    in the user's language (msg("poster_role_title")…)."""
    s = int(size)
    width = ink_width(load_font(font_dir, role, s), text)
    if width > w:
        s = int(s * w / width)
        while s >= min_size and ink_width(load_font(font_dir, role, s), text) > w:
            s -= 1
    if s < min_size:
        raise PosterError(msg("poster_line_too_long", What=upper_first(what), text=text, format=fmt.label_in()))
    font = load_font(font_dir, role, s)
    return place(font, (text,), 0, "left")


def _small(text: str, font_dir: Path, w: float, size: float, min_size: float, align: str,
           protected: tuple[str, ...], fmt: PosterFormat, max_lines: int = 2) -> Block:
    """A small text (the source line) in at most `max_lines` balanced lines."""
    m = metrics(load_font(font_dir, "small", REF_SIZE), text, protected)
    s = int(max(size, min_size))
    while s >= min_size:
        lines = layout.wrap(m.tokens, m.widths, m.space, w / s)
        if lines is not None and len(lines) <= max_lines:
            block = place(load_font(font_dir, "small", s), tuple(lines), m.pitch * s, align)
            if block.width <= w:
                return block
        s -= 1
    raise PosterError(msg("poster_source_too_long", text=text, format=fmt.label_in(), max_lines=max_lines))


def _badge(label: str, font_dir: Path, size: float, u: float, max_w: float, fmt: PosterFormat,
           fill: RGB, ink: RGB) -> tuple[float, float, list[Rect | Text]]:
    """Pill-shaped hotline badge at (0, 0): returns width, height and its ops (to be moved)."""
    pad_x = 1.9 * u
    text = _one_line(label, "badge", font_dir, max_w - 2 * pad_x, size, size * 0.6, msg("poster_role_badge"), fmt)
    # Centre the capitals (baseline to cap height) in the pill, as the eye does; accents (ổ) rise
    # into the top padding and descenders (g) hang into the bottom one, so both paddings hold them.
    font = load_font(font_dir, "badge", text.size)
    _, cap_top, _, _ = bbox(font, "H")
    _, ink_top, _, ink_bottom = bbox(font, label)
    rise, drop, cap = cap_top - ink_top, ink_bottom, -cap_top
    pad_y = max(1.05 * u, rise + 0.12 * text.size, drop + 0.12 * text.size)
    w = text.width + 2 * pad_x
    h = cap + 2 * pad_y
    ops: list[Rect | Text] = [Rect((0, 0, w, h), fill, h / 2), Text(text.moved(pad_x, pad_y - rise), "badge", ink, fill)]
    return w, h, ops


def _caps_centred(block: Block, role: str, font_dir: Path, x: float, cy: float) -> Block:
    """Move a one-line block to x with its capitals centred on cy (accents and descenders hang
    outside, which is how the eye centres a line of text in a band)."""
    _, cap_top, _, _ = bbox(load_font(font_dir, role, block.size), "H")
    return block.moved(x, cy - cap_top / 2 - block.lines[0].y)


def _shift(ops: list[Rect | Text], dx: float, dy: float) -> list[Rect | Text]:
    out: list[Rect | Text] = []
    for op in ops:
        if isinstance(op, Rect):
            l, t, r, b = op.box
            out.append(Rect((l + dx, t + dy, r + dx, b + dy), op.fill, op.radius))
        else:
            out.append(Text(op.block.moved(dx, dy), op.role, op.fill, op.on))
    return out


# Text roles set in a bold weight (WCAG counts 14 pt bold as large text, 18 pt otherwise).
_BOLD_ROLES = {"hero", "title", "badge", "sub"}
# Their names in messages (keys of messages.MESSAGES).
_ROLE_NAMES = {role: f"poster_role_{role}" for role in ("hero", "title", "badge", "small", "sub")}


def is_large(size_px: float, role: str, fmt: PosterFormat) -> bool:
    """WCAG 'large text': 18 pt, or 14 pt bold. On paper a point is 1/72 inch at the format's dpi;
    on screen an image pixel counts as a CSS pixel (1 pt = 4/3 px)."""
    pt = size_px * 72 / fmt.dpi if fmt.is_print else size_px * 0.75
    return pt >= (14 if role in _BOLD_ROLES else 18)


def _check_contrast(ops: list, fmt: PosterFormat, hexes: dict[RGB, str]) -> None:
    for op in ops:
        if not isinstance(op, Text) or op.on is None:
            continue
        need = 3.0 if is_large(op.block.size, op.role, fmt) else 4.5
        ratio = contrast_ratio(op.fill, op.on)
        if ratio < need:
            point = "." if language() == "en" else ","  # 4,5:1 in Vietnamese, 4.5:1 in English
            shown, limit = f"{ratio:.2f}".replace(".", point), f"{need:g}".replace(".", point)
            fg, bg = hexes.get(op.fill, "#%02X%02X%02X" % op.fill), hexes.get(op.on, "#%02X%02X%02X" % op.on)
            what = msg(_ROLE_NAMES[op.role]) if op.role in _ROLE_NAMES else op.role
            raise PosterError(msg("poster_low_contrast", fg=fg, bg=bg, what=what, ratio=shown, limit=limit))


def _qr_colors(c: dict[str, RGB]) -> tuple[RGB, RGB]:
    """Dark modules on a light ground, as every phone scanner expects; black on white otherwise."""
    dark, light = c["text"], c["background"]
    if relative_luminance(light) > relative_luminance(dark) and contrast_ratio(dark, light) >= 7:
        return dark, light
    return (0, 0, 0), (255, 255, 255)


def _subtitle(text: str, protected: tuple[str, ...], fmt: PosterFormat, font_dir: Path, w: float, h: float,
              max_size: int, align: str) -> Block | None:
    """The English under a bilingual slogan, balanced, as large as fits up to max_size."""
    m = metrics(load_font(font_dir, "sub", REF_SIZE), text, protected)
    min_size = max(18, round(fmt.min_hero_px * 0.45))
    top = max(max_size, min_size)  # a small slogan still gets a legible English line
    while top >= min_size:
        f = layout.fit(m, w, h, min_size, top)
        if f is None:
            return None
        block = place(load_font(font_dir, "sub", f.size), f.lines, f.pitch, align)
        if block.width <= w and block.height <= h:
            return block
        top = f.size - 1
    return None


def _hero_group(t: _Texts, fmt: PosterFormat, font_dir: Path, w: float, h: float, max_size: int, align: str,
                ratio: float, u: float) -> tuple[Block, Block | None, float]:
    """The slogan, and for a bilingual poster its English beneath: the Vietnamese stays the hero
    (the English at most `ratio` of its size). Returns hero, subtitle and the gap between them."""
    if not t.subtitle:
        return _hero(t, fmt, font_dir, w, h, max_size, align), None, 0.0
    gap = 2.2 * u
    english = (*t.protected, "Hotline 111", "30 July")
    for share in (0.7, 0.62, 0.54, 0.46):
        hero = _hero(t, fmt, font_dir, w, h * share, max_size, align)
        room = h - hero.height - gap
        sub = _subtitle(t.subtitle, english, fmt, font_dir, w, room, int(hero.size * ratio), align) if room > 0 else None
        if sub is not None:
            return hero, sub, gap
    raise PosterError(msg("poster_no_room_for_english", text=t.subtitle, format=fmt.label_in()))


def _stack(hero: Block, sub: Block | None, gap: float, x_of, y: float) -> tuple[Block, Block | None]:
    """Hero at y, subtitle `gap` below it; x_of(block) gives each block's left edge."""
    hero = hero.moved(x_of(hero), y)
    if sub is not None:
        sub = sub.moved(x_of(sub), hero.ink[3] + gap)
    return hero, sub


def _portrait(t: _Texts, fmt: PosterFormat, c: dict[str, RGB], font_dir: Path, lay: Layout, bw: bool) -> tuple[list, Block, Block | None, int]:
    g: Geometry = lay.portrait
    W, H = fmt.width, fmt.height
    u = math.sqrt(W * H) / 100
    M = max(g.margin * u, fmt.safe_margin_px + 1)
    band = lay.header == "band" and not bw
    panel = lay.hero_panel and not bw
    ops: list[Rect | Text | QR] = []

    # Header: the campaign's name, on a band of the primary colour or in it. On paper it stays
    # inside the safe margin; on screen the band runs to the edges.
    hh = g.header_height * u
    header = (M, M, W - M, M + hh) if fmt.is_print or not band else (0, 0, W, M * 0.5 + hh)
    name = _one_line(t.name, "title", font_dir, W - 2 * M - 4 * u, g.name_size * u, max(18, 1.8 * u), msg("poster_role_title"), fmt)
    name = _caps_centred(name, "title", font_dir, (W - name.width) / 2, (header[1] + header[3]) / 2)
    if band:
        ops += [Rect(header, c["primary"], 1.0 * u if fmt.is_print else 0), Text(name, "title", c["on_primary"], c["primary"])]
    else:
        ops.append(Text(name, "title", c["primary"], c["background"]))

    # Footer: hotline badge (+ source line) on the left, QR code on the right.
    qr = max(g.qr_size * u, 0 if fmt.is_print else 180) if t.url else 0
    if t.url:
        _check_qr(t.url, qr, fmt)
    col_w = W - 2 * M - (qr + 3 * u if qr else 0)
    align = "left" if qr else "center"
    bw_, bh, badge = _badge(t.hotline, font_dir, g.badge_size * u, 1.2 * u, col_w, fmt, c["accent"], c["on_accent"])
    gap = 2.0 * u
    src = _small(t.source, font_dir, col_w, g.source_size * u, max(18, 1.1 * u), align, t.protected, fmt) if t.source else None
    stack_h = bh + (gap + src.height if src else 0)
    footer_h = max(qr, stack_h)
    footer_top = H - M - footer_h
    y = footer_top + (footer_h - stack_h) / 2
    bx = M if qr else (W - bw_) / 2
    ops += _shift(badge, bx, y)
    if src:
        sx = M if qr else (W - src.width) / 2
        ops.append(Text(src.moved(sx, y + bh + gap), "small", c["text"], c["background"]))
    if qr:
        dark, light = _qr_colors(c)
        ops.append(QR((W - M - qr, H - M - qr, W - M, H - M), t.url or "", dark, light))

    # Hero: the slogan (and its English), centred in what is left, with a short rule under it;
    # or on a panel of the primary colour.
    zone_top, zone_bottom = header[3] + (2.5 if panel else 4) * u, footer_top - (3 if panel else 4) * u
    pad = 4 * u if panel else 0
    ink, surface = (c["on_primary"], c["primary"]) if panel else (c["text"], c["background"])
    rule = g.rule
    bar_h, bar_gap, bar_w = (0.8 * u, 4.2 * u, 10 * u) if rule else (0, 0, 0)
    box_w = W - 2 * M - 2 * u - 2 * pad
    box_h = zone_bottom - zone_top - 2 * pad - bar_gap - bar_h
    fixed = len(ops)
    hero, sub, sgap = _hero_group(t, fmt, font_dir, box_w, box_h, int(g.hero_max * u), "center", g.subtitle_ratio, u)
    group_h = hero.height + (sgap + sub.height if sub else 0) + bar_gap + bar_h
    hy = zone_top + pad + (box_h + bar_gap + bar_h - group_h) * g.hero_position
    hero, sub = _stack(hero, sub, sgap, lambda b: (W - b.width) / 2, hy)
    if panel:
        px = (M, zone_top, W - M, zone_bottom) if fmt.is_print else (0, zone_top, W, zone_bottom)
        ops.append(Rect(px, c["primary"], 1.0 * u if fmt.is_print else 0))
    ops.append(Text(hero, "hero", ink, surface))
    if sub:
        ops.append(Text(sub, "sub", ink, surface))
    if rule:
        bar_y = (sub or hero).ink[3] + bar_gap
        ops.append(Rect(((W - bar_w) / 2, bar_y, (W + bar_w) / 2, bar_y + bar_h), c["accent"] if panel else c["primary"], bar_h / 2))
    return ops, hero, sub, fixed


def _landscape(t: _Texts, fmt: PosterFormat, c: dict[str, RGB], font_dir: Path, lay: Layout, bw: bool) -> tuple[list, Block, Block | None, int]:
    g: Geometry = lay.landscape
    W, H = fmt.width, fmt.height
    u = math.sqrt(W * H) / 100
    M = max(g.margin * u, fmt.safe_margin_px + 1)
    band = lay.header == "band" and not bw
    panel = lay.hero_panel and not bw
    ops: list[Rect | Text | QR] = []

    # Full-width strip with the campaign name, left-aligned like a news card.
    sh = g.header_height * u
    name = _one_line(t.name, "title", font_dir, W - 2 * M, g.name_size * u, 18, msg("poster_role_title"), fmt)
    if band:
        ops += [Rect((0, 0, W, sh), c["primary"]),
                Text(_caps_centred(name, "title", font_dir, M, sh / 2), "title", c["on_primary"], c["primary"])]
    else:
        ops.append(Text(_caps_centred(name, "title", font_dir, M, sh / 2 + 0.5 * u), "title", c["primary"], c["background"]))

    # Bottom row: badge, then the source line beside it; QR code on the right.
    top = sh + 3.5 * u
    qr = min(g.qr_size * u, H - M - top) if t.url else 0
    if t.url:
        _check_qr(t.url, qr, fmt)
    right = W - M - (qr + 4 * u if qr else 0)
    bw_, bh, badge = _badge(t.hotline, font_dir, g.badge_size * u, u, right - M, fmt, c["accent"], c["on_accent"])
    by = H - M - bh
    ops += _shift(badge, M, by)
    if t.source:
        sx = M + bw_ + 3 * u
        src = _small(t.source, font_dir, right - sx, g.source_size * u, 18, "left", t.protected, fmt)
        ops.append(Text(src.moved(sx, by + (bh - src.height) / 2), "small", c["text"], c["background"]))

    # Hero: left-aligned beside a vertical primary rule, or on a panel of the primary colour.
    rule = g.rule and not panel
    bar_w = 0.9 * u if rule else 0
    pad = 3 * u if panel else 0
    x0 = M + (bar_w + 2.6 * u if rule else pad)
    zone_top, zone_bottom = top + (0 if not panel else -1.5 * u), by - (4 if not panel else 3) * u
    ink, surface = (c["on_primary"], c["primary"]) if panel else (c["text"], c["background"])
    box_h = zone_bottom - zone_top - 2 * pad
    fixed = len(ops)
    hero, sub, sgap = _hero_group(t, fmt, font_dir, right - x0 - pad, box_h, int(g.hero_max * u), "left", g.subtitle_ratio, u)
    group_h = hero.height + (sgap + sub.height if sub else 0)
    hero, sub = _stack(hero, sub, sgap, lambda b: x0, zone_top + pad + (box_h - group_h) * g.hero_position)
    if panel:
        ops.append(Rect((0, zone_top, right + (2 * u if qr else M), zone_bottom), c["primary"]))
    if rule:
        ops.append(Rect((M, hero.ink[1], M + bar_w, (sub or hero).ink[3]), c["primary"], bar_w / 2))
    ops.append(Text(hero, "hero", ink, surface))
    if sub:
        ops.append(Text(sub, "sub", ink, surface))
    if qr:  # beside the slogan, centred on it, never below the bottom margin
        qy = min(H - M - qr, max(top, (hero.ink[1] + (sub or hero).ink[3] - qr) / 2))
        dark, light = _qr_colors(c)
        ops.append(QR((W - M - qr, qy, W - M, qy + qr), t.url or "", dark, light))
    return ops, hero, sub, fixed


def plan(spec: PosterSpec, font_dir: Path) -> Plan:
    """Check the spec (format, layout, colours, texts, glyphs) and lay the poster out; every text
    is then checked for contrast against what it sits on (WCAG AA: 4.5:1, 3:1 for large text)."""
    fmt = get_format(spec.format)
    lay = load_layout(spec.layout, Path(font_dir))
    colors = BW_COLORS if spec.bw else lay.apply(spec.colors)
    rgb = check_colors(colors)
    hexes = {v: getattr(colors, k).upper() for k, v in rgb.items()}
    texts = _prepare(spec, Path(font_dir))
    compose = _landscape if fmt.is_landscape else _portrait
    ops, hero, sub, fixed = compose(texts, fmt, rgb, Path(font_dir), lay, spec.bw)
    _check_contrast(ops, fmt, hexes)
    return Plan(fmt, rgb["background"], tuple(ops), hero, sub, fixed)
