"""Per-field accuracy of the parser over the test corpora.

    .venv/bin/python scripts/parse_accuracy.py            # every set, figures only
    .venv/bin/python scripts/parse_accuracy.py --diff dev # and what differs, for one set

Sets: `originals` (the five directives in content/directives/, expected records in
tests/expected/), `dev` (tests/corpus/dev/, written to tune the parser against) and `holdout`
(tests/corpus/holdout/, written by someone else and never read while tuning: it measures the
parser on directives it has never seen, so --diff refuses it). Expected records were written by
reading the texts, never from the parser's output.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from chungtay.parse import read_directive  # noqa: E402
from chungtay.vntext import fold  # noqa: E402

SETS = {
    "originals": (ROOT / "content" / "directives", ROOT / "tests" / "expected"),
    "dev": (ROOT / "tests" / "corpus" / "dev", ROOT / "tests" / "corpus" / "dev"),
    "holdout": (ROOT / "tests" / "corpus" / "holdout", ROOT / "tests" / "corpus" / "holdout"),
}
# A deadline's "for" is a clause whose edges are a judgement call: close enough counts.
CLAUSE_SIMILARITY = 80


@dataclass(frozen=True)
class Case:
    name: str
    source: Path
    expected: dict


def cases(set_name: str) -> list[Case]:
    texts, expectations = SETS[set_name]
    found = []
    for path in sorted(expectations.glob("*.json")):
        source = texts / f"{path.stem}.txt"
        if source.exists():
            found.append(Case(path.stem, source, json.loads(path.read_text("utf-8"))))
    return found


def _nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def actual_value(record: dict, key: str):
    """The record's value in the form expected records give it."""
    if key == "tasks":
        return [task["as_printed"] for task in record["tasks"]]
    if key == "citations":
        return [{k: c[k] for k in ("number", "type", "date", "issuer")} for c in record["citations"]]
    if key == "deadlines":
        return [{"date": d["date"], "for": d["for"]} for d in record["deadlines"]]
    if key == "headings":
        return [[b["level"], b.get("marker", ""), b["text"]] for b in record["body"] if b["kind"] == "heading"]
    return record.get(key)


def matches(key: str, actual, expected) -> bool:
    actual, expected = _nfc(actual), _nfc(expected)
    if key == "deadlines":
        return len(actual) == len(expected) and all(
            a["date"] == e["date"] and fuzz.ratio(fold(a["for"]), fold(e["for"])) >= CLAUSE_SIMILARITY
            for a, e in zip(actual, expected)
        )
    if key == "headings":
        return [[lvl, m.rstrip("."), t.rstrip(" :")] for lvl, m, t in actual] == [
            [lvl, m.rstrip("."), t.rstrip(" :")] for lvl, m, t in expected
        ]
    return actual == expected


def score(case: Case) -> dict[str, tuple[bool, object, object]]:
    """key → (right?, actual, expected) for every key the expected record gives."""
    record = read_directive(case.source, case.source.name).to_json()
    return {
        key: (matches(key, actual_value(record, key), expected), actual_value(record, key), expected)
        for key, expected in case.expected.items()
        if key in record or key == "headings"
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diff", choices=["originals", "dev"], help="show what differs in this set")
    args = parser.parse_args(argv)
    total_right = total = 0
    for set_name in SETS:
        per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        documents = cases(set_name)
        if not documents:
            continue
        perfect = 0
        for case in documents:
            results = score(case)
            wrong = [k for k, (ok, _, _) in results.items() if not ok]
            perfect += not wrong
            for key, (ok, actual, expected) in results.items():
                per_field[key][0] += ok
                per_field[key][1] += 1
                if not ok and args.diff == set_name:
                    print(f"  {case.name} {key}\n    got:      {json.dumps(actual, ensure_ascii=False)}\n"
                          f"    expected: {json.dumps(expected, ensure_ascii=False)}")
        right = sum(r for r, _ in per_field.values())
        count = sum(n for _, n in per_field.values())
        total_right, total = total_right + right, total + count
        print(f"\n{set_name}: {len(documents)} documents, {perfect} entirely right; "
              f"fields {right}/{count} = {100 * right / count:.1f}%")
        for key in sorted(per_field):
            r, n = per_field[key]
            print(f"  {key:<17} {r:>3}/{n:<3} {100 * r / n:5.1f}%")
    if total:
        print(f"\nall sets: fields {total_right}/{total} = {100 * total_right / total:.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
