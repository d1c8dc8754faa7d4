"""Where everything goes: turns a PosterSpec into a Plan (rectangles, text blocks, a QR code at
pixel positions) without touching pixels. Portrait sizes stack the parts; the wide social card
puts the slogan beside the QR code."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import PosterError
from . import layout
from .checks import check_colors, check_glyphs
from .fonts import font_path, load_font
from .formats import PosterFormat, get_format
from .measure import REF_SIZE, Block, ink_width, metrics, place
from .qr import module_px
from .spec import PosterSpec

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


def _prepare(spec: PosterSpec, font_dir: Path) -> _Texts:
    slogan = layout.normalize(spec.text or "")
    if not slogan:
        raise PosterError("Khẩu hiệu trống: hãy nhập nội dung khẩu hiệu.")
    name = layout.normalize(spec.campaign_name or "")
    hotline = layout.normalize(spec.hotline_label or "")
    if not name:
        raise PosterError("Tên chiến dịch trống: hãy nhập tên chiến dịch.")
    if not hotline:
        raise PosterError("Nhãn tổng đài trống: hãy nhập nhãn, ví dụ “Tổng đài 111”.")
    source = layout.normalize(spec.source_line or "") or None
    url = (spec.url or "").strip() or None
    check_glyphs(slogan, font_path(font_dir, "hero"), "khẩu hiệu")
    check_glyphs(name, font_path(font_dir, "title"), "tên chiến dịch")
    check_glyphs(hotline, font_path(font_dir, "badge"), "nhãn tổng đài")
    if source:
        check_glyphs(source, font_path(font_dir, "small"), "dòng nguồn")
    return _Texts(slogan, name, hotline, source, url, (name, hotline))


def _check_qr(url: str, size: float, fmt: PosterFormat) -> None:
    """A code whose modules are too small for a phone camera is worse than none."""
    need = 4 if fmt.is_print else 3  # px per module: 0.34 mm on paper, 3 px on screen
    if module_px(url, size) < need:
        raise PosterError(f"Đường dẫn “{url}” quá dài để in mã QR đọc được trên khổ {fmt.label}: "
                          "hãy dùng đường dẫn ngắn hơn.")


def _hero(t: _Texts, fmt: PosterFormat, font_dir: Path, w: float, h: float, max_size: int, align: str) -> Block:
    """The slogan at the largest size that fits w x h, verified on the real ink boxes."""
    try:
        return _fit_hero(t.slogan, t.protected, fmt, font_dir, w, h, max_size, align)
    except PosterError:
        # The campaign's long name quoted inside a slogan may be wider than a line at a legible
        # size: then it may break after all (the hotline, "30/7" and "111" still never do).
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
            return PosterError(f"Cụm “{tok}” trong khẩu hiệu quá dài để nằm trên một dòng ở khổ {fmt.label}: "
                               "hãy rút ngắn cụm này.")
    cut = layout.chars_over(m, len(slogan), w, h, size)
    cut = max(5, math.ceil(cut * 1.1 / 5) * 5)  # a round, slightly generous number
    return PosterError(f"Khẩu hiệu quá dài cho khổ {fmt.label} ({len(slogan)} ký tự): ngay cả ở cỡ chữ nhỏ nhất "
                       f"còn đọc rõ ({size} px) vẫn không vừa; hãy bớt khoảng {cut} ký tự.")


def _one_line(text: str, role: str, font_dir: Path, w: float, size: float, min_size: float, what: str,
              fmt: PosterFormat) -> Block:
    """`text` on one line, shrunk (down to min_size) until its ink fits w."""
    s = int(size)
    width = ink_width(load_font(font_dir, role, s), text)
    if width > w:
        s = int(s * w / width)
        while s >= min_size and ink_width(load_font(font_dir, role, s), text) > w:
            s -= 1
    if s < min_size:
        raise PosterError(f"{what} “{text}” quá dài để nằm trên một dòng ở khổ {fmt.label}: hãy rút ngắn.")
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
    raise PosterError(f"Dòng nguồn “{text}” quá dài cho khổ {fmt.label}: hãy rút gọn (tối đa {max_lines} dòng).")


def _badge(label: str, font_dir: Path, size: float, u: float, max_w: float, fmt: PosterFormat,
           fill: RGB, ink: RGB) -> tuple[float, float, list[Rect | Text]]:
    """Pill-shaped hotline badge at (0, 0): returns width, height and its ops (to be moved)."""
    pad_x = 1.9 * u
    text = _one_line(label, "badge", font_dir, max_w - 2 * pad_x, size, size * 0.6, "Nhãn tổng đài", fmt)
    # Centre the capitals (baseline to cap height) in the pill, as the eye does; accents (ổ) rise
    # into the top padding and descenders (g) hang into the bottom one, so both paddings hold them.
    font = load_font(font_dir, "badge", text.size)
    _, cap_top, _, _ = font.getbbox("H", anchor="ls")
    _, ink_top, _, ink_bottom = font.getbbox(label, anchor="ls")
    rise, drop, cap = cap_top - ink_top, ink_bottom, -cap_top
    pad_y = max(1.05 * u, rise + 0.12 * text.size, drop + 0.12 * text.size)
    w = text.width + 2 * pad_x
    h = cap + 2 * pad_y
    ops: list[Rect | Text] = [Rect((0, 0, w, h), fill, h / 2), Text(text.moved(pad_x, pad_y - rise), "badge", ink)]
    return w, h, ops


def _caps_centred(block: Block, role: str, font_dir: Path, x: float, cy: float) -> Block:
    """Move a one-line block to x with its capitals centred on cy (accents and descenders hang
    outside, which is how the eye centres a line of text in a band)."""
    _, cap_top, _, _ = load_font(font_dir, role, block.size).getbbox("H", anchor="ls")
    return block.moved(x, cy - cap_top / 2 - block.lines[0].y)


def _shift(ops: list[Rect | Text], dx: float, dy: float) -> list[Rect | Text]:
    out: list[Rect | Text] = []
    for op in ops:
        if isinstance(op, Rect):
            l, t, r, b = op.box
            out.append(Rect((l + dx, t + dy, r + dx, b + dy), op.fill, op.radius))
        else:
            out.append(Text(op.block.moved(dx, dy), op.role, op.fill))
    return out


def _portrait(t: _Texts, fmt: PosterFormat, c: dict[str, RGB], font_dir: Path) -> Plan:
    W, H = fmt.width, fmt.height
    u = math.sqrt(W * H) / 100
    M = max(5.5 * u, fmt.safe_margin_px + 1)
    ops: list[Rect | Text | QR] = []

    # Header: campaign name on the primary colour. On paper it stays inside the safe margin.
    hh = 8.0 * u
    header = (M, M, W - M, M + hh) if fmt.is_print else (0, 0, W, M * 0.5 + hh)
    name = _one_line(t.name, "title", font_dir, W - 2 * M - 4 * u, 2.9 * u, max(18, 1.8 * u), "Tên chiến dịch", fmt)
    name = _caps_centred(name, "title", font_dir, (W - name.width) / 2, (header[1] + header[3]) / 2)
    ops += [Rect(header, c["primary"], 1.0 * u if fmt.is_print else 0), Text(name, "title", c["on_primary"])]

    # Footer: hotline badge (+ source line) on the left, QR code on the right.
    qr = max(14 * u, 0 if fmt.is_print else 180) if t.url else 0
    if t.url:
        _check_qr(t.url, qr, fmt)
    col_w = W - 2 * M - (qr + 3 * u if qr else 0)
    align = "left" if qr else "center"
    bw, bh, badge = _badge(t.hotline, font_dir, 4.4 * u, 1.2 * u, col_w, fmt, c["accent"], c["on_accent"])
    gap = 2.0 * u
    src = _small(t.source, font_dir, col_w, 1.5 * u, max(18, 1.1 * u), align, t.protected, fmt) if t.source else None
    stack_h = bh + (gap + src.height if src else 0)
    footer_h = max(qr, stack_h)
    footer_top = H - M - footer_h
    y = footer_top + (footer_h - stack_h) / 2
    bx = M if qr else (W - bw) / 2
    ops += _shift(badge, bx, y)
    if src:
        sx = M if qr else (W - src.width) / 2
        ops.append(Text(src.moved(sx, y + bh + gap), "small", c["text"]))
    if qr:
        ops.append(QR((W - M - qr, H - M - qr, W - M, H - M), t.url or "", c["text"], c["background"]))

    # Hero: the slogan, centred in what is left, with a short rule under it.
    zone_top, zone_bottom = header[3] + 4 * u, footer_top - 4 * u
    bar_h, bar_gap, bar_w = 0.8 * u, 4.2 * u, 10 * u
    box_w = W - 2 * M - 2 * u
    hero = _hero(t, fmt, font_dir, box_w, zone_bottom - zone_top - bar_gap - bar_h, int(14 * u), "center")
    group_h = hero.height + bar_gap + bar_h
    hy = zone_top + (zone_bottom - zone_top - group_h) * 0.45
    hero = hero.moved((W - hero.width) / 2, hy)
    bar_y = hero.ink[3] + bar_gap
    ops += [Text(hero, "hero", c["text"]), Rect(((W - bar_w) / 2, bar_y, (W + bar_w) / 2, bar_y + bar_h), c["primary"], bar_h / 2)]
    return Plan(fmt, c["background"], tuple(ops), hero)


def _landscape(t: _Texts, fmt: PosterFormat, c: dict[str, RGB], font_dir: Path) -> Plan:
    W, H = fmt.width, fmt.height
    u = math.sqrt(W * H) / 100
    M = max(5.0 * u, fmt.safe_margin_px + 1)
    ops: list[Rect | Text | QR] = []

    # Full-width strip with the campaign name, left-aligned like a news card.
    sh = 7.5 * u
    name = _one_line(t.name, "title", font_dir, W - 2 * M, 2.7 * u, 18, "Tên chiến dịch", fmt)
    ops += [Rect((0, 0, W, sh), c["primary"]), Text(_caps_centred(name, "title", font_dir, M, sh / 2), "title", c["on_primary"])]

    # Bottom row: badge, then the source line beside it; QR code bottom-right.
    top = sh + 3.5 * u
    qr = min(0.4 * H, H - M - top) if t.url else 0
    if t.url:
        _check_qr(t.url, qr, fmt)
    right = W - M - (qr + 4 * u if qr else 0)
    bw, bh, badge = _badge(t.hotline, font_dir, 4.2 * u, u, right - M, fmt, c["accent"], c["on_accent"])
    by = H - M - bh
    ops += _shift(badge, M, by)
    if t.source:
        sx = M + bw + 3 * u
        src = _small(t.source, font_dir, right - sx, 1.9 * u, 18, "left", t.protected, fmt)
        ops.append(Text(src.moved(sx, by + (bh - src.height) / 2), "small", c["text"]))

    # Hero: left-aligned beside a vertical primary rule.
    bar_w = 0.9 * u
    x0 = M + bar_w + 2.6 * u
    zone_top, zone_bottom = top, by - 4 * u
    hero = _hero(t, fmt, font_dir, right - x0, zone_bottom - zone_top, int(12 * u), "left")
    hero = hero.moved(x0, zone_top + (zone_bottom - zone_top - hero.height) * 0.45)
    ops += [Rect((M, hero.ink[1], M + bar_w, hero.ink[3]), c["primary"], bar_w / 2), Text(hero, "hero", c["text"])]
    if qr:  # beside the slogan, centred on it, never below the bottom margin
        qy = min(H - M - qr, max(top, (hero.ink[1] + hero.ink[3] - qr) / 2))
        ops.append(QR((W - M - qr, qy, W - M, qy + qr), t.url or "", c["text"], c["background"]))
    return Plan(fmt, c["background"], tuple(ops), hero)


def plan(spec: PosterSpec, font_dir: Path) -> Plan:
    """Check the spec (format, colours, texts, glyphs) and lay the poster out."""
    fmt = get_format(spec.format)
    colors = check_colors(spec.colors)
    texts = _prepare(spec, Path(font_dir))
    compose = _landscape if fmt.is_landscape else _portrait
    return compose(texts, fmt, colors, Path(font_dir))
