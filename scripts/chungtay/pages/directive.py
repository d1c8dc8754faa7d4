"""One page per directive: what it is, what it asks, then its full text re-flowed."""

from __future__ import annotations


from ..catalogue import Entry
from ..vntext import fold, upper_first
from ..model import Block, Citation
from .context import PageContext, md_link
from .markdown import front_matter, in_language, inert


def _facts(ctx: PageContext, entry: Entry) -> list[str]:
    r = entry.record
    facts: list[tuple[str, list[str]]] = []
    is_article = r.doc_type == "Tin bài"
    if r.doc_type:
        facts.append(("doc_type", [inert(ctx.doc_type(entry))]))
    if r.issuer:
        facts.append(("issuer", [ctx.name(line) for line in r.issuer]))
    if r.symbol or r.number:
        facts.append(("number", [inert(r.number) if r.number else f"{ctx.label('number_blank')} /{inert(r.symbol or '')}"]))
    if r.place:
        facts.append(("place", [in_language(inert(r.place), "vi", ctx.lang)]))
    if r.date or r.year:
        facts.append(("date", [inert(ctx.date(r.date, r.year, r.month))]))
    if r.subject:
        facts.append(("headline" if is_article else "subject", [ctx.text(r.subject)]))
    if r.recipients:
        facts.append(("recipients", [ctx.text(x) for x in r.recipients]))
    if r.periods:
        facts.append(("periods", [inert(ctx.label("period", start=ctx.date(p.start), end=ctx.date(p.end))) for p in r.periods]))
    if r.signer_name or r.signer_title:
        signer = [ctx.name(line) for line in r.signer_title]
        if r.signer_name:
            signer.append(in_language(inert(r.signer_name), "vi", ctx.lang))
        facts.append(("author" if is_article else "signer", signer))
    if r.deadlines:
        facts.append(("deadlines", [
            inert(ctx.date(d.date)) + ": " + ctx.text(d.for_) if d.for_ else inert(ctx.date(d.date)) for d in r.deadlines
        ]))
    if r.citations:
        facts.append(("references", [_citation(ctx, entry, c) for c in r.citations]))
    contacts = [f"[{inert(p)}](tel:{''.join(ch for ch in p if ch.isdigit())})" for p in r.phones]
    contacts += [f"[{inert(e)}](mailto:{e})" for e in r.emails]
    contacts += [f"[{inert(h)}](tel:{h})" for h in r.hotlines]
    if contacts:
        facts.append(("contacts", contacts))
    lines: list[str] = []
    for key, values in facts:
        lines.append(ctx.label(key))
        lines.append(":   " + "  \n    ".join(values))
        lines.append("")
    return lines


def _citation(ctx: PageContext, entry: Entry, c: Citation) -> str:
    """"Kế hoạch 185/KH-BCĐ, 04/05/2021, Ban Chỉ đạo 138/CP", linked when the page exists."""
    kind = ctx.kind(c.type) if c.type else ""
    name = inert(f"{kind} {c.number}".strip())
    if c.directive:
        here = f"{ctx.section('directives')}{entry.slug}.md"
        name = f"[{name}]({md_link(ctx.section('directives') + c.directive + '.md', here)})"
    parts = [name]
    if c.date:
        parts.append(inert(ctx.date(c.date)))
    if c.issuer:
        parts.append(ctx.name(c.issuer))
    return ", ".join(parts)


def _tasks(ctx: PageContext, entry: Entry) -> list[str]:
    """Who is asked to do what, agency by agency."""
    if not entry.record.tasks:
        return []
    lines = [f"## {ctx.label('tasks')}", ""]
    for task in entry.record.tasks:
        summary = ""
        if first := task.text.split("\n", 1)[0]:
            summary = ": " + ctx.opening(first)
        lines.append(f"- **{ctx.name(task.agency)}**{summary}")
    return lines + [""]



def _block(block: Block) -> str:
    text = inert(block.text)
    if block.kind == "heading":
        return f"{'#' * (block.level + 2)} {inert(block.marker)} {text}".replace("  ", " ")
    if block.kind == "item" and block.marker == "-":
        return f"- {text}"
    if block.marker:
        return f"{inert(block.marker)} {text}"
    return text


def _body(ctx: PageContext, entry: Entry) -> list[str]:
    blocks = entry.record.body
    if not blocks:
        return [ctx.label("no_text"), ""]
    out: list[str] = []
    untranslated = False
    previous_kind = ""
    for block in blocks:
        shown, lang = ctx.translate(block.text)
        translated = Block(block.kind, shown, block.line, block.level, block.marker)
        md = _block(translated)
        if lang != ctx.lang:
            untranslated = True
            md = in_language(md, lang, ctx.lang, block=True)
        # Consecutive list items form one list; everything else stands apart.
        is_item = block.kind == "item" and block.marker == "-"
        if out and not (is_item and previous_kind == "bullet" and lang == ctx.lang):
            out.append("")
        out.append(md)
        previous_kind = "bullet" if is_item else block.kind
    if untranslated:
        out = [f'!!! note ""\n    {ctx.label("untranslated")}', ""] + out
    return out


READER_NOTES = {"blank_number", "blank_day", "legacy_converted", "not_a_directive"}


def render_directive(ctx: PageContext, entry: Entry) -> tuple[str, str]:
    """(docs/ path, Markdown) of the directive's page in ctx.lang."""
    r = entry.record
    docs_path = f"{ctx.section('directives')}{entry.slug}.md"
    title = ctx.title(entry)
    place = f" — {r.place}" if r.place else ""
    meta = {
        "title": f"{title}{place}",
        "description": ctx.translate(r.subject)[0] if r.subject else title,
        "alternate": ctx.directive_url(entry, ctx.other),
        "source": r.source,
    }
    heading = inert(title)
    if r.number and (number := inert(r.number)) in heading:
        # "164/BCĐ-NC" stays on one line: a phone would otherwise break it at the hyphen.
        heading = heading.replace(number, f'<span class="ct-nowrap">{number}</span>', 1)
    lines = [front_matter(meta), f"# {heading}", ""]
    if r.subject:
        lines += [upper_first(ctx.text(r.subject)), "{ .ct-lead }", ""]  # "V/v triển khai …" reads as a sentence
    # What a reader should know about the original (a blank number, a converted legacy text);
    # the rest of the parser's warnings are the operator's, printed by `chungtay build`.
    if notes := [w for w in r.warnings if w.code in READER_NOTES]:
        lines.append(f'!!! note "{ctx.label("source_notes")}"')
        lines.append("")
        lines += [f"    - {inert(upper_first(w.message(ctx.lang)))}" for w in notes]
        lines.append("")
    lines += _facts(ctx, entry)
    if r.slogans:
        slogans_page = f"{ctx.section('slogans')}index.md"
        lines += [f"## {ctx.label('slogans')}", ""]
        by_key = {fold(s.text): s for s in ctx.corpus.slogans}
        for text in r.slogans:
            slogan = by_key[fold(text)]
            link = md_link(slogans_page, docs_path) + f"#{slogan.slug}"
            lines.append(f"- [“{ctx.text(text)}”]({link})")
        lines.append("")
    lines += _tasks(ctx, entry)
    if r.cc:
        lines += [f"## {ctx.label('cc')}", ""] + [f"- {ctx.name(c)}" for c in r.cc] + [""]
    lines += [f"## {ctx.label('full_text')}", ""] + _body(ctx, entry)
    lines += ["", "---", "", f"*{inert(ctx.label('generated_note', source=r.source))}*", ""]
    return docs_path, "\n".join(lines)
