"""How fast chungtay makes 1200×630 social cards, beside Material for MkDocs' social plugin and
beside the bare-Pillow floor, in one run on this machine.

    .venv/bin/python scripts/benchmark_posters.py            # N = 96 cards
    .venv/bin/python scripts/benchmark_posters.py --n 200

Three engines, each given the same N titles (the site's slogans and page titles, numbered so no
two are alike), each with a cold cache (a fresh cache folder, nothing rendered before):

- chungtay: plan (fit, balance, checks: glyphs, contrast, legibility) + draw + PNG, as the build does;
- Material: its social plugin's own card generation (`SocialPlugin._generate`, default layout),
  with its font cache filled from the vendored Be Vietnam Pro so it never reaches Google Fonts
  (network access is cut for the run: a download attempt fails the benchmark);
- floor: bare Pillow drawing the same texts and shapes at the same positions and encoding the
  same PNG (byte for byte: checked), with no layout decisions and no checks — what any engine
  producing this card must at least pay.

Each is timed on one core (one card after another) and, for chungtay and Material, also the way
each builds a site (chungtay: a process per core; Material: its thread pool, as configured by
default). Material's plugin needs cairosvg and Debian's libcairo2 (`make bench` installs them).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from chungtay.posters import PosterSpec, encode, plan, render  # noqa: E402
from chungtay.posters.draw import paint  # noqa: E402

FONTS = ROOT / "assets" / "fonts"
NAME = "Ngày toàn dân phòng, chống mua bán người"
HOTLINE = "Tổng đài 111"
BASE_TITLES = [
    "Chung tay phòng, chống mua bán người",
    "Phát huy tinh thần phòng, chống dịch Covid-19, chung tay đẩy lùi nạn mua bán người",
    "Phòng, chống mua bán người là trách nhiệm của mỗi cá nhân, gia đình và toàn xã hội",
    "Tích cực hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7",
    "Văn bản chỉ đạo", "Khẩu hiệu và áp phích", "Tự bảo vệ mình", "Cho trường học",
]


def titles(n: int) -> list[str]:
    return [f"{BASE_TITLES[i % len(BASE_TITLES)]} ({i + 1})" for i in range(n)]


def spec(title: str) -> PosterSpec:
    return PosterSpec(text=title, format="og", campaign_name=NAME, hotline_label=HOTLINE,
                      source_line="Chung tay phòng, chống mua bán người")


# --- chungtay -----------------------------------------------------------------------------------

def chungtay_card(title: str) -> int:
    s = spec(title)
    return len(encode(render(s, FONTS), s, ".png"))


# --- the floor: the same drawing and the same PNG, no decisions ----------------------------------

def floor_card(p) -> int:
    """Pillow's drawing calls alone (chungtay's painter, given a finished plan) and the PNG."""
    return len(encode(paint(p, FONTS), spec("x"), ".png"))


# --- Material for MkDocs' social plugin --------------------------------------------------------

def _offline() -> None:
    """Any attempt to open a network connection fails loudly (the font must come from the cache)."""
    def refuse(*args, **kwargs):
        raise RuntimeError("the benchmark tried to reach the network: Material's font cache is not filled")
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]


def material_setup(work: Path):
    """A minimal Material project whose social plugin finds Be Vietnam Pro in its font cache."""
    from mkdocs.config import load_config

    cache = work / "cache"
    fonts = cache / "fonts" / "Be Vietnam Pro"   # where _resolve_font looks: cache_dir/fonts/<family>/<Style>.ttf
    fonts.mkdir(parents=True)
    for ttf in FONTS.glob("BeVietnamPro-*.ttf"):
        shutil.copy2(ttf, fonts / f"{ttf.stem.split('-', 1)[1]}.ttf")  # Bold.ttf, Regular.ttf, …
    (work / "docs").mkdir()
    (work / "mkdocs.yml").write_text(
        "site_name: Chung tay phòng, chống mua bán người\n"
        "site_description: Ngày toàn dân phòng, chống mua bán người 30/7\n"
        "site_url: https://example.org/\n"
        "theme:\n  name: material\n  language: vi\n  font:\n    text: Be Vietnam Pro\n"
        "  palette:\n    primary: red\n"
        f"plugins:\n  - social:\n      cache_dir: {cache}\n", encoding="utf-8")
    config = load_config(str(work / "mkdocs.yml"), site_dir=str(work / "site"))
    plugin = config.plugins["material/social"]
    plugin.on_startup(command="build", dirty=False)
    plugin.on_config(config)
    return config, plugin


def material_pages(config, names: list[str]):
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    pages = []
    for i, title in enumerate(names):
        f = File(f"p{i:04d}.md", config.docs_dir, config.site_dir, config.use_directory_urls)
        page = Page(title, f, config)
        page.meta = {}
        pages.append(page)
    return pages


def material_run(names: list[str], parallel: bool) -> float:
    """Seconds for Material to generate the cards, with a cold cache."""
    with tempfile.TemporaryDirectory() as tmp:
        config, plugin = material_setup(Path(tmp))
        pages = material_pages(config, names)
        start = time.perf_counter()
        if parallel:  # as a build runs it: on_page_markdown submits to its card pool
            for page in pages:
                plugin.on_page_markdown("", page=page, config=config, files=None)
            for page in pages:
                plugin.card_pool_jobs[page.file.src_uri].result()
        else:
            for page in pages:
                plugin._generate("default", page, config)
        elapsed = time.perf_counter() - start
        plugin.on_shutdown()
        return elapsed


# --- timing ------------------------------------------------------------------------------------

def timed(fn, items) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


def chungtay_parallel(names: list[str]) -> float:
    """As `chungtay build` renders: one process per core, fonts loaded in each."""
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(chungtay_card, names, chunksize=max(1, len(names) // (4 * (os.cpu_count() or 1)))))
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=96, help="cards per engine (default 96)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per engine; the median is reported")
    args = ap.parse_args()
    _offline()
    names = titles(args.n)
    ms = lambda seconds: seconds * 1000 / args.n  # noqa: E731

    # Material first, so chungtay gains nothing from a warm disk cache of the fonts.
    material = statistics.median(material_run(names, False) for _ in range(args.repeat))
    material_par = statistics.median(material_run(names, True) for _ in range(args.repeat))
    ours = statistics.median(timed(chungtay_card, [f"{t} ·{r}" for t in names]) for r in range(args.repeat))
    plans = [plan(spec(f"{t} ·f"), FONTS) for t in names]
    floor = statistics.median(timed(floor_card, plans) for _ in range(args.repeat))
    same = spec(f"{names[0]} ·f")
    assert encode(paint(plans[0], FONTS), same, ".png") == encode(render(same, FONTS), same, ".png")
    ours_par = statistics.median(chungtay_parallel([f"{t} ·p{r}" for t in names]) for r in range(args.repeat))

    print(f"1200×630 cards, N = {args.n}, median of {args.repeat} runs, {os.cpu_count()} cores, cold card caches")
    print(f"  one core   Material social plugin  {ms(material):7.1f} ms/card")
    print(f"             chungtay                {ms(ours):7.1f} ms/card   {material / ours:4.1f}× faster than Material")
    print(f"             bare Pillow floor       {ms(floor):7.1f} ms/card   chungtay = {ours / floor:4.2f}× the floor")
    print(f"  as built   Material (thread pool)  {ms(material_par):7.1f} ms/card")
    print(f"             chungtay (all cores)    {ms(ours_par):7.1f} ms/card   {material_par / ours_par:4.1f}× faster than Material")
    print("  targets: ≥ 4× faster than Material, ≤ 1.5× the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
