"""`evaluate_fnc1` and `parallax eval fnc1`: format, decisions, figures, bad input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.evaluation.fnc1 import evaluate_fnc1, read_pairs

BODIES = {
    "7": "The army attacked the base near the border on Monday. Officials confirmed the raid.",
    "8": "Heavy rain flooded the stadium in Manchester before kick-off. The match was called off.",
}
STANCES = [
    ("The army did not attack the base near the border", "7", "disagree"),  # negation: found
    ("The army attacked the base near the border on Monday", "7", "agree"),  # same: no conflict
    ("Rain floods Manchester stadium, match off", "7", "unrelated"),  # must not align
    ("Fans queue for tickets", "8", "discuss"),  # not scored
]


def write(
    folder: Path,
    bodies: dict[str, str] = BODIES,
    stances: list[tuple[str, str, str]] = STANCES,
) -> Path:
    folder.mkdir()
    with (folder / "competition_test_bodies.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Body ID", "articleBody"])
        w.writerows(bodies.items())
    with (folder / "competition_test_stances.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows(stances)
    return folder


def test_reads_quoted_csv(tmp_path: Path) -> None:
    pairs, bodies = read_pairs(write(tmp_path / "fnc1"))
    assert [p.stance for p in pairs] == ["disagree", "agree", "unrelated", "discuss"]
    assert bodies["8"].startswith("Heavy rain")


def test_figures_and_predictions(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = evaluate_fnc1(write(tmp_path / "fnc1"), out)
    assert result["pairs"] == 2 and result["disagree_pairs"] == 1
    assert result["disagree"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["aligned_share"] == {"agree": 1.0, "disagree": 1.0, "unrelated": 0.0}
    assert result["conflict_types"]["disagree"] == {"negation": 1}
    assert result["baselines"]["always_disagree"]["precision"] == 0.5
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["row"], r["aligned"], r["disagree"]) for r in rows] == [
        (1, True, True),
        (2, True, False),
        (3, False, False),
    ]


def test_cli_prints_json_and_reports_bad_input(tmp_path: Path) -> None:
    runner = CliRunner()
    folder = write(tmp_path / "fnc1")
    ok = runner.invoke(cli, ["eval", "fnc1", str(folder)])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["disagree"]["f1"] == 1.0
    (folder / "competition_test_bodies.csv").unlink()
    bad = runner.invoke(cli, ["eval", "fnc1", str(folder)])
    assert bad.exit_code == 2
    assert "competition_test_bodies.csv not found" in bad.output


def test_unknown_stance_is_a_clear_error(tmp_path: Path) -> None:
    folder = write(tmp_path / "fnc1")
    path = folder / "competition_test_stances.csv"
    path.write_text(path.read_text(encoding="utf-8") + "Odd one,7,maybe\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 5: unknown stance 'maybe'"):
        read_pairs(folder)


def test_denials_and_figures_apart_from_alignment(tmp_path: Path) -> None:
    """A headline calling the body's statement false is a disagree found by a denial;
    ``given_aligned`` scores only the pairs whose headline aligned, ``agree_flagged``
    the agree pairs wrongly shown a conflict."""
    bodies = {
        "1": "Iranian forces attacked the tanker in the Gulf of Oman on Thursday. Oil prices rose.",
        "2": "A woman in Florida had a third breast implanted, her doctor said. She paid $20,000.",
    }
    stances = [
        ("Reports that Iranian forces attacked the tanker in the Gulf of Oman are false", "1",
         "disagree"),  # a denial: found
        ("Officials blame Tehran for Gulf incident", "1", "agree"),  # does not align
        ("Florida woman had third breast implanted", "2", "agree"),  # agrees: no conflict
        ("Bakers strike over flour prices", "2", "disagree"),  # does not align: missed
    ]  # fmt: skip
    result = evaluate_fnc1(write(tmp_path / "fnc1", bodies, stances))
    assert result["disagree"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert result["aligned_share"] == {"agree": 0.5, "disagree": 0.5}
    assert result["given_aligned"] == {
        "pairs": 2,
        "disagree_pairs": 1,
        "disagree": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
    }
    assert result["agree_flagged"] == 0.0
    assert result["conflict_types"]["disagree"] == {"negation": 1}
