"""Views across all directives: who is asked to do what, and when (campaign periods and
deadlines, year by year)."""

from __future__ import annotations

from collections import defaultdict

from ..catalogue import Entry
from .context import PageContext, md_link
from .markdown import front_matter, inert

WHO_PATH = {"vi": "phan-cong/index.md", "en": "en/who-does-what/index.md"}
WHEN_PATH = {"vi": "moc-thoi-gian/index.md", "en": "en/timeline/index.md"}


def _url(paths: dict[str, str], lang: str) -> str:
    return paths[lang].removesuffix("index.md")


def _directive_link(ctx: PageContext, entry: Entry, docs_path: str) -> str:
    target = f"{ctx.section('directives')}{entry.slug}.md"
    return f"[{inert(ctx.title(entry))}]({md_link(target, docs_path)})"


def render_who_does_what(ctx: PageContext) -> tuple[str, str]:
    """Every agency asked to act, with what each directive asks of it."""
    docs_path = WHO_PATH[ctx.lang]
    by_agency: dict[str, list[tuple[Entry, str]]] = defaultdict(list)
    for entry in ctx.corpus.entries:
        for task in entry.record.tasks:
            by_agency[task.agency].append((entry, task.text.split("\n", 1)[0]))
    meta = {"title": ctx.label("who_title"), "description": ctx.label("who_lead"), "alternate": _url(WHO_PATH, ctx.other)}
    lines = [front_matter(meta), f"# {inert(ctx.label('who_title'))}", "", inert(ctx.label("who_lead")), ""]
    order = sorted(by_agency, key=lambda a: (-len({e.slug for e, _ in by_agency[a]}), a))
    for agency in order:
        lines += [f"## {ctx.name(agency)}", ""]
        for entry, text in sorted(by_agency[agency], key=lambda p: (p[0].record.date or "", p[0].slug), reverse=True):
            what = f": {ctx.opening(text)}" if text else ""
            lines.append(f"- {_directive_link(ctx, entry, docs_path)}{what}")
        lines.append("")
    if not order:
        lines += [inert(ctx.label("who_none")), ""]
    return docs_path, "\n".join(lines)


def render_timeline(ctx: PageContext) -> tuple[str, str]:
    """Campaign periods and deadlines of every directive, by year, newest first."""
    docs_path = WHEN_PATH[ctx.lang]
    by_year: dict[str, list[tuple[str, str, Entry]]] = defaultdict(list)
    for entry in ctx.corpus.entries:
        for period in entry.record.periods:
            text = inert(ctx.label("period", start=ctx.date(period.start), end=ctx.date(period.end)))
            by_year[period.start[:4]].append((period.start, f"**{inert(ctx.label('when_period'))}** {text}", entry))
        for deadline in entry.record.deadlines:
            what = f": {ctx.opening(deadline.for_)}" if deadline.for_ else ""
            text = f"**{inert(ctx.label('when_deadline'))}** {inert(ctx.date(deadline.date))}{what}"
            by_year[deadline.date[:4]].append((deadline.date, text, entry))
    meta = {"title": ctx.label("when_title"), "description": ctx.label("when_lead"), "alternate": _url(WHEN_PATH, ctx.other)}
    lines = [front_matter(meta), f"# {inert(ctx.label('when_title'))}", "", inert(ctx.label("when_lead")), ""]
    for year in sorted(by_year, reverse=True):
        lines += [f"## {year}", ""]
        for _, text, entry in sorted(by_year[year], key=lambda item: (item[0], item[2].slug)):
            lines.append(f"- {text} — {_directive_link(ctx, entry, docs_path)}")
        lines.append("")
    if not by_year:
        lines += [inert(ctx.label("when_none")), ""]
    return docs_path, "\n".join(lines)
