"""The PolNeAR scorer on hand-made brat files, and a run on the real dev split when present."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from app.core import attribution_network
from app.core.attribution import Relation
from app.evaluation.polnear import evaluate_polnear, exact_key, read_ann, token_set
from tests.conftest import require_network

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
DEV = EVAL / "polnear" / "data" / "dev"

TEXT_A = "Smith said the plan failed. Jones told CNN: taxes will rise. It rained."
TEXT_B = "\u201cWe won,\u201d she said, \u201cand we will win again.\u201d"
ANN_A = (
    "T1\tSource 0 5\tSmith\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 26\tthe plan failed\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 28 33\tJones\n"
    "T6\tCue 34 38\ttold\n"
    "T7\tContent 44 59\ttaxes will rise\n"
    "T8\tAttribution 34 38\ttold\n"
    "#1\tAnnotatorNotes T7\ta note\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    "T9\tAttribution 62 68\trained\n"
    "E3\tAttribution:T9\n"
)
# A second annotator's file that sorts later and must be ignored.
ANN_A_LATE = "T1\tSource 61 63\tIt\nT2\tCue 64 70\trained\nE1\tAttribution:T2 Cue:T2 Source:T1\n"
ANN_B = (
    "T1\tContent 0 9;20 44\t\u201cWe won,\u201d \u201cand we will win again.\u201d\n"
    "T2\tCue 14 18\tsaid\n"
    "T3\tSource 10 13\tshe\n"
    "E1\tAttribution-no-source:T2 Source:T3 Cue:T2 Content:T1\n"
)


def _write(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (root / "text" / "b.txt").write_text(TEXT_B, encoding="utf-8")
    (root / "attributions" / "a_1111.ann").write_text(ANN_A, encoding="utf-8")
    (root / "attributions" / "a_9999.ann").write_text(ANN_A_LATE, encoding="utf-8")
    (root / "attributions" / "b_2222.ann").write_text(ANN_B, encoding="utf-8")
    return root


GOLD = {
    TEXT_A: [
        Relation(((0, 5),), ((6, 10),), ((11, 26),)),
        Relation(((28, 33),), ((34, 38),), ((44, 59),)),
    ],
    TEXT_B: [Relation(((10, 13),), ((14, 18),), ((0, 9), (20, 44)))],
}


def test_texts_match_offsets() -> None:
    assert TEXT_A[0:5] == "Smith" and TEXT_A[44:59] == "taxes will rise"
    assert TEXT_B[10:13] == "she" and TEXT_B[20:44].endswith("again.\u201d")


def test_read_ann_roles_from_e_lines() -> None:
    rels = read_ann(ANN_A)
    assert len(rels) == 2  # E3 has no role and is dropped
    assert rels[1].source == ((28, 33),) and rels[1].content == ((44, 59),)
    [rel] = read_ann(ANN_B)
    assert rel.content == ((0, 9), (20, 44))


def test_perfect_predictions_score_one(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = evaluate_polnear(_write(tmp_path / "d"), out, extract=lambda t: GOLD[t])
    assert result["articles"] == 2 and result["relations"] == 3
    for role in ("source", "cue", "content", "relation"):
        assert result[role] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    for role in ("source", "cue", "content"):
        assert result["exact"][role]["f1"] == 1.0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["article"] for x in lines] == ["a", "b"]
    assert lines[1]["relations"][0] == {
        "source": [[10, 13]],
        "cue": [[14, 18]],
        "content": [[0, 9], [20, 44]],
    }


def test_known_partial_case(tmp_path: Path) -> None:
    def extract(text: str) -> list[Relation]:
        if text == TEXT_A:
            return [
                # source exact, cue with trailing space (exact after trim), content too long:
                # {the, plan, failed} vs {the, plan, failed, It, rained} = 3/5 -> lenient match only
                Relation(((0, 5),), ((6, 11),), ((11, 26), (28, 28), (61, 71))),
                # a wrong relation: source "CNN" (no match), cue "told" (match), no content
                Relation(((39, 42),), ((34, 38),), ()),
                # the same source span again is counted once
                Relation(((0, 5),), (), ()),
            ]
        # only the first quote piece: {We, won} vs {We, won, and, we, will, win, again} = 2/7
        return [Relation(((10, 13),), ((14, 18),), ((0, 9),))]

    result = evaluate_polnear(_write(tmp_path / "d"), extract=extract)
    # source: pred {Smith, CNN, she}, gold {Smith, Jones, she} -> 2/3, 2/3
    assert result["source"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    # cue: pred {said_, told, said}, gold {said, told, said} -> 3/3
    assert result["cue"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    # content: pred {plan..rained, We won}, gold {plan failed, taxes, We won..again} -> 1/2, 1/3
    assert result["content"] == {"precision": 0.5, "recall": 0.3333, "f1": 0.4}
    # relation: (Smith,said) ok; (CNN,told) no; (Smith,-) no; (she,said) ok -> 2/4, 2/3
    assert result["relation"] == {"precision": 0.5, "recall": 0.6667, "f1": 0.5714}
    # exact: the cue "said " trims to "said"; the long content does not match
    assert result["exact"]["cue"]["f1"] == 1.0
    assert result["exact"]["content"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_one_to_one_best_overlap_first(tmp_path: Path) -> None:
    root = tmp_path / "d"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    text = "one two three four"
    (root / "text" / "x.txt").write_text(text)
    # gold "one two three" and "two three four"; one prediction "two three four" matches the
    # second exactly (1.0) rather than the first (0.5)
    (root / "attributions" / "x_1.ann").write_text(
        "T1\tContent 0 13\ta\nT2\tContent 4 18\tb\nE1\tAttribution:T1 Content:T1\nE2\tAttribution:T2 Content:T2\n"
    )
    result = evaluate_polnear(root, extract=lambda t: [Relation((), (), ((4, 18),))])
    assert result["content"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert result["exact"]["content"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}


def test_token_sets_and_exact_keys() -> None:
    text = "He said: \u2014 yes, \u201cno\u201d"
    assert token_set(text, ((7, 8),)) == frozenset({(7, 8)})  # ":" has no \w token
    assert token_set(text, ((9, 10),)) == frozenset({(9, 10)})  # the dash
    assert token_set(text, ((0, 7),)) == frozenset({(0, 2), (3, 7)})
    # pieces separated only by punctuation/space are joined, then trimmed
    assert exact_key(text, ((11, 14), (16, 20))) == ((11, 19),)


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        evaluate_polnear(tmp_path)


@pytest.mark.eval
def test_dev_split() -> None:
    if not DEV.is_dir():
        pytest.skip(f"PolNeAR dev split not found at {DEV} (../shared/eval is absent)")
    started = time.perf_counter()
    result = evaluate_polnear(DEV)
    seconds = time.perf_counter() - started
    print(json.dumps({**result, "seconds": round(seconds, 2)}))
    assert result["articles"] == 84
    for figures in [result[r] for r in ("source", "cue", "content", "relation")] + list(
        result["exact"].values()
    ):
        assert all(0.0 <= v <= 1.0 for v in figures.values())
    assert result["cue"]["f1"] > 0.5
    # Floors a little under the figures recorded when they were set (source 0.651, cue 0.665,
    # content 0.594 on dev); raise them as the extractor improves, never lower them.
    assert result["source"]["f1"] >= 0.64
    assert result["cue"]["f1"] >= 0.65
    assert result["content"]["f1"] >= 0.58
    # No time limit here: speed is measured by `parallax bench` and scripts/attribution_speed.py,
    # not by a timed test (a busy CI machine took 34 s where a quiet one takes 10).


def test_the_command_names_the_tagger_it_scored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`parallax eval polnear` scores what the app would run: the CRF alone, or with
    PARALLAX_ATTRIBUTION_NETWORK=1 the blend, and says which in its JSON."""
    from typer.testing import CliRunner

    from app.cli import cli

    require_network()
    data = _write(tmp_path / "d")
    monkeypatch.delenv("PARALLAX_ATTRIBUTION_NETWORK", raising=False)
    crf = CliRunner().invoke(cli, ["eval", "polnear", str(data)])
    assert crf.exit_code == 0, crf.output
    assert json.loads(crf.output)["attribution_tagger"] == "crf"
    monkeypatch.setenv("PARALLAX_ATTRIBUTION_NETWORK", "1")
    try:
        both = CliRunner().invoke(cli, ["eval", "polnear", str(data)])
    finally:
        attribution_network.use(False)
    assert both.exit_code == 0, both.output
    result = json.loads(both.output)
    assert result["attribution_tagger"] == "crf+network"
    assert result["articles"] == 2 and result["cue"]["f1"] > 0.5


@pytest.mark.eval
def test_dev_split_with_the_network(network_on: None) -> None:
    if not DEV.is_dir():
        pytest.skip(f"PolNeAR dev split not found at {DEV} (../shared/eval is absent)")
    result = evaluate_polnear(DEV)
    print(json.dumps(result))
    assert result["attribution_tagger"] == "crf+network"
    # Floors a little under the figures recorded when the network shipped (session 13:
    # source 0.808, cue 0.772, content 0.758, relation 0.692; the CRF alone 0.771, 0.752,
    # 0.711, 0.674), with room for int8 arithmetic differing across CPUs; raise them as it
    # improves, never lower them.
    assert result["source"]["f1"] >= 0.79
    assert result["cue"]["f1"] >= 0.76
    assert result["content"]["f1"] >= 0.74
    assert result["relation"]["f1"] >= 0.67
