"""The `chungtay` command. `main(argv)` takes its arguments so tests can call it directly;
errors become one readable line and an exit status, never a traceback."""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from pathlib import Path

from .build import Project, run_build
from .cli_words import speak
from .errors import ChungtayError
from .messages import language, t


# The project chungtay was installed from (`pip install -e .`): its campaign, fonts and catalog
# serve `chungtay poster` run from any folder, such as a teacher's Desktop.
_INSTALLED = Path(__file__).resolve().parents[2]


def _is_project(folder: Path) -> bool:
    return (folder / "mkdocs.yml").exists() and (folder / "content").is_dir()


def _find_root(start: Path, *, anywhere: bool = False) -> Path:
    """The project root: the nearest folder above `start` holding mkdocs.yml and content/; with
    `anywhere`, the installed project when there is none."""
    for folder in (start, *start.parents):
        if _is_project(folder):
            return folder
    if anywhere and _is_project(_INSTALLED):
        return _INSTALLED
    raise ChungtayError(t("no_project", folder=start))


def _cmd_build(args: argparse.Namespace) -> int:
    return run_build(Project(_find_root(Path(args.project).resolve())), site=not args.no_site)


def _cmd_parse(args: argparse.Namespace) -> int:
    from .parse import read_directive

    record = read_directive(Path(args.file), args.file)
    failed = [w for w in record.warnings if w.code == "directive_failed"]
    if failed:
        for w in failed:
            where = f"{record.source}:{w.line}" if w.line else record.source
            print(f"{where}: {t('error')}: {w.message()}", file=sys.stderr)
    if args.json:
        print(json.dumps(record.to_json(), ensure_ascii=False, indent=2))
    elif not failed:
        from .pages.locale import Translator
        from .summary import summary

        catalog = Project(_find_root(Path.cwd(), anywhere=True)).translations  # the labels' English
        print(summary(record, Translator(language(), catalog)))
    return 1 if failed else 0


def _accented(text: str) -> bool:
    """True when `text` has a letter with a diacritic or đ: Vietnamese, not English."""
    return any(c in "đĐ" or unicodedata.decomposition(c) for c in text if c.isalpha())


def _cmd_poster(args: argparse.Namespace) -> int:
    from . import glossary
    from .artwork import agency_names_in, variant_spec
    from .campaign import load_campaign
    from .pages.locale import Translator
    from .posters import render_to

    project = Project(_find_root(Path(args.project).resolve(), anywhere=True))
    campaign = load_campaign(project.campaign)
    words = glossary.load(project.glossary)
    if args.source_file:
        from .normalize import prepare, read_text
        lines = prepare(read_text(Path(args.source_file))).text.splitlines()
        texts = [(no, line.strip()) for no, line in enumerate(lines, start=1) if line.strip()]
    elif args.text:
        texts = [(0, args.text)]
    else:
        raise ChungtayError(t("no_poster_text"))
    out = Path(args.output)
    catalog = Translator("en", project.translations).messages if args.lang != "vi" else {}
    failed = 0
    for index, (line_no, text) in enumerate(texts, start=1):
        target = out if len(texts) == 1 else out.with_name(f"{out.stem}-{index:02d}{out.suffix}")
        # "tiếng Việt | English" gives both; otherwise the English comes from --en or the catalog.
        vi, _, en = (part.strip() for part in text.partition(" | ")) if " | " in text else (text, "", "")
        # With --lang en and no English found, the text itself is the English, unless it is Vietnamese.
        as_given = vi if args.lang == "en" and not _accented(vi) else None
        english = en or args.english or catalog.get(vi) or as_given
        try:
            spec = variant_spec(vi, english, args.lang, args.size, campaign, layout=args.layout or campaign.poster_layout,
                                bw=args.bw, protected=agency_names_in(words, vi, english))
            target.parent.mkdir(parents=True, exist_ok=True)
            render_to(spec, target, project.fonts, bleed=args.bleed)
        except ChungtayError as exc:
            where = f"{args.source_file}:{line_no}: " if args.source_file else ""
            named = "" if vi in str(exc) else f"“{vi}”: "  # every message names the slogan it is about
            print(f"{where}{t('error')}: {named}{exc}", file=sys.stderr)
            failed += 1
            continue
        print(t("poster_written", path=target), file=sys.stderr)
    return 1 if failed else 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    return serve(Project(_find_root(Path(args.project).resolve())), args.address)


def _cmd_i18n(args: argparse.Namespace) -> int:
    from .build import read_all
    from .i18n.extract import update_catalog
    from .i18n.status import PAGES, coverage

    project = Project(_find_root(Path(args.project).resolve()))
    from . import glossary

    records = [record for record, _ in read_all(project)]
    words = glossary.load(project.glossary)
    catalog = project.translations.relative_to(project.root)
    if args.action == "extract":
        updated = update_catalog(project.translations, records, words=words)
        done = sum(1 for m in updated if m.id and m.string and not m.fuzzy)
        print(t("i18n_updated", catalog=catalog, done=done, total=sum(1 for m in updated if m.id)), file=sys.stderr)
        return 0
    rows, overall = coverage(project.translations, records, words)
    print(t("i18n_heading", catalog=catalog))
    for row in [*rows, overall]:
        name = t("i18n_pages") if row.name == PAGES else row.name or t("i18n_total")
        fuzzy = f"  ({t('i18n_fuzzy', count=row.fuzzy)})" if row.fuzzy else ""
        print(f"  {name:<48} {row.done:>4}/{row.total:<4} {row.percent:5.1f}%{fuzzy}")
    under = [r.name or t("i18n_total") for r in [*rows, overall] if args.fail_under is not None and r.percent < args.fail_under]
    if under:
        print(t("i18n_under", limit=f"{args.fail_under:g}", names=", ".join(under)), file=sys.stderr)
        return 1
    return 0


def parser() -> argparse.ArgumentParser:
    speak(language())
    p = argparse.ArgumentParser(prog="chungtay", description=t("help_about"))
    sub = p.add_subparsers(dest="command", required=True, metavar=t("metavar_command"))
    b = sub.add_parser("build", help=t("help_build"))
    b.add_argument("--project", default=".", metavar=t("metavar_project"), help=t("help_project"))
    b.add_argument("--no-site", action="store_true", help=t("help_no_site"))
    b.set_defaults(func=_cmd_build)
    pa = sub.add_parser("parse", help=t("help_parse"))
    pa.add_argument("file", metavar=t("metavar_file"), help=t("help_file"))
    pa.add_argument("--json", action="store_true", help=t("help_json"))
    pa.set_defaults(func=_cmd_parse)
    po = sub.add_parser("poster", help=t("help_poster"))
    po.add_argument("text", nargs="?", metavar=t("metavar_text"), help=t("help_text"))
    po.add_argument("--from", dest="source_file", metavar=t("metavar_file"), help=t("help_from"))
    po.add_argument("--size", default="a4", choices=["a4", "a3", "og", "square", "portrait", "story"], help=t("help_size"))
    po.add_argument("--lang", default="vi", choices=["vi", "en", "vi+en"], help=t("help_lang"))
    po.add_argument("--en", dest="english", metavar=t("metavar_text"), help=t("help_en"))
    po.add_argument("--layout", default=None, metavar=t("metavar_layout"), help=t("help_layout"))
    po.add_argument("--bw", action="store_true", help=t("help_bw"))
    po.add_argument("--bleed", action="store_true", help=t("help_bleed"))
    po.add_argument("-o", "--output", required=True, metavar=t("metavar_output"), help=t("help_output"))
    po.add_argument("--project", default=".", metavar=t("metavar_project"), help=t("help_project"))
    po.set_defaults(func=_cmd_poster)
    i = sub.add_parser("i18n", help=t("help_i18n"))
    i.add_argument("action", choices=["extract", "status"], help=t("help_action"))
    i.add_argument("--project", default=".", metavar=t("metavar_project"), help=t("help_project"))
    i.add_argument("--fail-under", type=float, metavar="PCT", help=t("help_fail_under"))
    i.set_defaults(func=_cmd_i18n)
    s = sub.add_parser("serve", help=t("help_serve"))
    s.add_argument("--project", default=".", metavar=t("metavar_project"), help=t("help_project"))
    s.add_argument("--address", default="127.0.0.1:8000", metavar=t("metavar_address"), help=t("help_address"))
    s.set_defaults(func=_cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except ChungtayError as exc:
        print(f"{t('error')}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def entrypoint() -> None:
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # `chungtay parse FILE | head`: the reader has gone, which is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 0
    sys.exit(status)
