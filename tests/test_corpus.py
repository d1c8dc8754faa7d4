"""The parser against the test corpus (see scripts/parse_accuracy.py): every field of every
original and dev document right; on the held-out documents, which were never read while the
parser was tuned, at least 90% of fields right."""

from __future__ import annotations

import pytest

from parse_accuracy import Case, cases, score

TUNED = [case for name in ("originals", "dev") for case in cases(name)]


@pytest.mark.parametrize("case", TUNED, ids=lambda c: c.name)
def test_every_field_of_a_test_document(case: Case) -> None:
    wrong = {key: (actual, expected) for key, (ok, actual, expected) in score(case).items() if not ok}
    assert wrong == {}


def test_the_corpus_is_all_there() -> None:
    assert [len(cases(name)) for name in ("originals", "dev", "holdout")] == [5, 34, 8]


def test_held_out_documents_at_least_90_percent_of_fields() -> None:
    results = [ok for case in cases("holdout") for ok, _, _ in score(case).values()]
    assert sum(results) / len(results) >= 0.90
