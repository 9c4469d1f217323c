"""scripts/polnear_agreement.py scores other annotators against the eval's gold annotator
with the eval's own rules, and the product on the same comparisons."""

from __future__ import annotations

from pathlib import Path

from app.evaluation.polnear import _Totals
from tests.conftest import script_module
from tests.test_eval_polnear import ANN_A, _write


def test_other_annotators_are_scored_against_the_first(tmp_path: Path) -> None:
    agreement = script_module("polnear_agreement")
    split = _write(tmp_path / "split")
    # a third annotator of article a who agrees with the first to the character
    (split / "attributions" / "a_5555.ann").write_text(ANN_A, encoding="utf-8")
    assert list(agreement.multiply_annotated(split)) == ["a"]  # b has one annotator

    humans, product = _Totals(), _Totals()
    assert agreement.score_split(split, humans, product) == (1, 2)
    # gold (a_1111): Smith/said and Jones/told; a_5555 repeats them, a_9999 has "It rained"
    cue = humans.lenient["cue"]
    assert (cue.matched, cue.predicted, cue.gold) == (2, 3, 4)
    assert humans.relation.matched == 2
    # the product finds both cues once per comparison
    assert product.lenient["cue"].matched == product.lenient["cue"].gold == 4

    pooled = _Totals()
    agreement.pool(pooled, humans)
    agreement.pool(pooled, humans)
    assert pooled.lenient["cue"].gold == 8 and pooled.exact["source"].gold == 8
    assert "cue P 0.667 R 0.500 F1 0.571" in agreement.row("annotators", humans)
