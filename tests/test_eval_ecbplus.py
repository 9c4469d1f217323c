"""`evaluate_ecbplus`: formats, scoring rules and predictions (eval/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.evaluation.ecbplus import (
    TOKEN_SET_SCAN,
    Document,
    annotated_precision,
    article_input,
    bcubed,
    best_token_set_threshold,
    evaluate_ecbplus,
    ordered_pair,
    recall_ceiling,
    small_stories,
)

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"

OFFER = "The Angels made an eight-year offer to Mark Teixeira worth $160 million."
FLOOD = "Heavy rain flooded Old Trafford stadium in Manchester on Sunday, police said."
DOCS = {
    "1_1ecb": ("1ecb", ["Angels bid for Teixeira.", OFFER, "It was sunny in Anaheim."]),
    "1_2ecb": ("1ecb", [OFFER, "Fans cheered loudly."]),
    "1_1ecbplus": ("1ecbplus", ["Storm hits Manchester.", FLOOD]),
    "1_2ecbplus": ("1ecbplus", [FLOOD, "The match against Leeds was called off."]),
}
POSITIVE = [
    ("1ecb", "1_1ecb", 1, "1_2ecb", 0),  # identical sentences: found
    ("1ecb", "1_1ecb", 0, "1_2ecb", 0),  # headline vs lead: missed (1_2ecb's lead is taken)
    ("1ecbplus", "1_1ecbplus", 1, "1_2ecbplus", 0),  # found
]


def write_dataset(folder: Path) -> Path:
    folder.mkdir()
    with (folder / "ecbplus_docs.jsonl").open("w", encoding="utf-8") as out:
        for doc_id, (sub, sents) in reversed(DOCS.items()):  # file order is not doc_id order
            out.write(json.dumps({"doc_id": doc_id, "topic": 1, "subtopic": sub, "title": sents[0],
                                  "text": " ".join(sents[1:])}) + "\n")  # fmt: skip
    with (folder / "ecbplus_sentences.jsonl").open("w", encoding="utf-8") as out:
        for doc_id, (_, sents) in DOCS.items():
            for i, s in enumerate(sents):
                out.write(
                    json.dumps({"doc_id": doc_id, "sent_id": i, "tokens": s.split(), "text": s})
                    + "\n"
                )
    with (folder / "ecbplus_crossdoc_sentence_pairs_positive.jsonl").open(
        "w", encoding="utf-8"
    ) as out:
        for sub, a, sa, b, sb in POSITIVE:
            out.write(json.dumps({"subtopic": sub, "doc_a": a, "sent_a": sa, "doc_b": b, "sent_b": sb,
                                  "text_a": DOCS[a][1][sa], "text_b": DOCS[b][1][sb]}) + "\n")  # fmt: skip
    return folder


def test_bcubed_on_a_hand_example() -> None:
    result = bcubed({"a": 1, "b": 1, "c": 1, "d": 2}, {"a": "x", "b": "x", "c": "y", "d": "y"})
    assert result["precision"] == pytest.approx(2.6667 / 4, abs=1e-4)
    assert result["recall"] == pytest.approx(0.75, abs=1e-4)
    assert result["f1"] == pytest.approx(0.7059, abs=1e-4)


def test_figures_and_predictions_on_a_tiny_dataset(tmp_path: Path) -> None:
    predictions = tmp_path / "pred.jsonl"
    result = evaluate_ecbplus(write_dataset(tmp_path / "ecb"), predictions)
    assert result["documents"] == 4
    assert result["alignment"]["pairs"] == 2
    assert result["alignment"]["precision"] == 1.0
    assert result["alignment"]["recall"] == pytest.approx(0.6667, abs=1e-4)
    assert result["alignment"]["f1"] == pytest.approx(0.8, abs=1e-4)
    stories = result["stories"]
    assert (stories["f1"], stories["predicted"], stories["gold"]) == (1.0, 2, 2)
    small = result["alignment_small_stories"]  # two documents a sub-topic: the same stories
    assert {k: small[k] for k in ("pairs", "precision", "recall")} == {
        k: result["alignment"][k] for k in ("pairs", "precision", "recall")
    }
    baselines = result["baselines"]
    assert {"alignment_token_set", "stories_tfidf_centroid"} <= baselines.keys()
    # the optimistic baseline is the fixed one's scorer at its best threshold on the file
    best, fixed = baselines["alignment_token_set_best_threshold"], baselines["alignment_token_set"]
    assert best["threshold"] in TOKEN_SET_SCAN and best["f1"] >= fixed["f1"]

    lines = [json.loads(x) for x in predictions.read_text(encoding="utf-8").splitlines()]
    assert lines[-1]["stories"].keys() == DOCS.keys()
    by_sub = {line["subtopic"]: line["pairs"] for line in lines[:-1]}
    assert by_sub == {
        "1ecb": [["1_1ecb", 1, "1_2ecb", 0]],
        "1ecbplus": [["1_1ecbplus", 1, "1_2ecbplus", 0]],
    }


@pytest.mark.parametrize(("documents", "stories", "gold_pairs"), [(4, 1, 3), (5, 2, 4)])
def test_small_stories_cut_each_subtopic_in_threes(
    documents: int, stories: int, gold_pairs: int
) -> None:
    # Every document repeats the offer; a last story of one document is dropped.
    openings = ("Fans cheered loudly.", "It was sunny in Anaheim.", "Storm hits Manchester.",
                "The match against Leeds was called off.", "Prices of bread rose sharply.")  # fmt: skip
    docs = [
        Document(f"5_{i}ecb", 5, "5ecb", "", "", (openings[i], OFFER)) for i in range(documents)
    ]
    positive = frozenset(
        ordered_pair((a.doc_id, 1), (b.doc_id, 1)) for a in docs for b in docs if a != b
    )
    result = small_stories({"5ecb": docs}, positive)
    assert (result["stories"], result["gold_pairs"]) == (stories, gold_pairs)
    assert (result["pairs"], result["precision"], result["recall"]) == (gold_pairs, 1.0, 1.0)


@pytest.mark.eval
def test_ecbplus_figures_beat_the_baselines() -> None:
    folder = EVAL_DIR / "ecbplus"
    if not (folder / "ecbplus_docs.jsonl").exists():
        pytest.skip(f"ECB+ data not found at {folder} (see eval/README.md)")
    result = evaluate_ecbplus(folder)
    assert result["documents"] == 772
    assert result["stories"]["f1"] >= result["baselines"]["stories_tfidf_centroid"]["f1"]
    assert result["alignment"]["f1"] >= result["baselines"]["alignment_token_set"]["f1"]


def test_the_best_token_set_threshold_is_the_one_with_the_best_f1() -> None:
    a, b, c = ("1_1ecb", 0, "1_2ecb", 0), ("1_1ecb", 1, "1_2ecb", 1), ("1_1ecb", 2, "1_2ecb", 2)
    ratios = {a: 0.9, b: 0.62, c: 0.55}
    gold = frozenset({a, b})
    best = best_token_set_threshold(ratios, gold, (0.5, 0.6, 0.7))
    # 0.5 takes c too (P 2/3), 0.7 misses b (R 1/2); 0.6 takes exactly the gold pairs
    assert (best["threshold"], best["precision"], best["recall"], best["pairs"]) == (
        0.6,
        1.0,
        1.0,
        2,
    )
    assert best_token_set_threshold({}, gold, (0.5,))["f1"] == 0.0


def test_recall_ceiling_counts_one_partner_per_sentence_and_document() -> None:
    gold = {
        ("1_1ecb", 1, "1_2ecb", 0),
        ("1_1ecb", 0, "1_2ecb", 0),  # 1_2ecb's sentence 0 can pair with only one of these
        ("1_1ecbplus", 1, "1_2ecbplus", 0),
    }
    assert recall_ceiling(gold) == round(2 / 3, 4)
    # a chain a0-b0, a1-b0, a1-b1 still allows two disjoint pairs (a0-b0, a1-b1)
    chain = {("a", 0, "b", 0), ("a", 1, "b", 0), ("a", 1, "b", 1)}
    assert recall_ceiling(chain) == round(2 / 3, 4)
    assert recall_ceiling(set()) == 0.0


def test_annotated_precision_counts_only_pairs_of_annotated_sentences() -> None:
    gold = frozenset({("a", 0, "b", 0), ("a", 1, "b", 1)})
    annotated = frozenset({("a", 0), ("b", 0), ("a", 1), ("b", 1), ("c", 0)})
    predicted = {
        ("a", 0, "b", 0),  # right
        ("a", 0, "c", 0),  # wrong, both annotated
        ("a", 2, "b", 0),  # a sentence without annotation: left out
    }
    result = annotated_precision(predicted, gold, annotated)
    assert result == {"precision": 0.5, "f1": 0.5, "pairs": 2}
    assert annotated_precision(set(), gold, annotated) == {"precision": 0.0, "f1": 0.0, "pairs": 0}


def test_the_eval_reports_annotated_precision_when_mentions_are_given(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "ecb")
    with (folder / "ecbplus_event_mentions.jsonl").open("w", encoding="utf-8") as out:
        for doc_id, sent_id in [("1_1ecb", 1), ("1_2ecb", 0), ("1_1ecbplus", 1)]:
            out.write(json.dumps({"doc_id": doc_id, "sent_id": sent_id}) + "\n")
    result = evaluate_ecbplus(folder)
    # Of the two predicted pairs, only 1_1ecb:1 - 1_2ecb:0 has both sentences annotated.
    assert result["alignment"]["annotated_sentences"]["pairs"] == 1
    assert result["alignment"]["annotated_sentences"]["precision"] == 1.0
    assert result["alignment"]["precision"] == 1.0  # the official figures are unchanged


def test_a_sentence_that_is_a_web_address_is_no_statement_and_no_lead() -> None:
    sentences = (
        "http: / / www. stuff. co. nz / national / 9166103 / Climber - dead",
        "A climber died after a fall on Aoraki Mount Cook on Sunday.",
        "Police said the man was from Australia.",
    )
    doc = Document("1_1", 1, "1_a", "", " ".join(sentences), sentences)
    statements = article_input(0, 0, doc).statements
    # the others keep their sentence numbers, so gold pairs still name them
    assert [s.statement for s in statements] == [1, 2]
    assert statements[0].text == sentences[1]
