"""ECB+ story matching through the service's `find_story_for`, on a real SQLite file.

``python -m app.bench.matching_eval ../shared/eval/ecbplus`` prints one JSON object.

`parallax eval ecbplus` scores the core scorer with every story as a candidate; this
checks that the service's blocking (full-text candidates, date window, archive IDF)
does not lose what the scorer finds. Documents go in ``doc_id`` order: each is matched
against what is stored so far, then stored (article and index row only) in the story
found or a new one. Nothing is fitted; B-cubed as in the eval.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.bench.upload import migrated_engine
from app.core import ingest
from app.evaluation.ecbplus import bcubed, read_dataset
from app.models import Article, Outlet
from app.services import search_index
from app.services.stories import create_story, find_story_for


def evaluate(directory: Path, assigned: dict[str, int] | None = None) -> dict[str, Any]:
    """The figures; `assigned` (if given) is filled with each document's story id."""
    data = read_dataset(directory)
    assigned = {} if assigned is None else assigned
    times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="parallax-matching-") as tmp:
        engine = migrated_engine(Path(tmp) / "ecb.db")
        try:
            with Session(engine) as session:
                outlet = Outlet(name="ECB+", name_key="ecb+")
                session.add(outlet)
                session.flush()
                for doc in data.documents:
                    body = doc.text or " ".join(doc.sentences)
                    draft = replace(
                        ingest.parse_text(body), title=doc.title or None, published_at=None
                    )
                    start = time.perf_counter()
                    story = find_story_for(session, draft)
                    times.append(time.perf_counter() - start)
                    if story is None:
                        story = create_story(session, (doc.title or doc.doc_id)[:200])
                    row = Article(
                        story_id=story.id,  # type: ignore[arg-type]
                        outlet_id=outlet.id,  # type: ignore[arg-type]
                        title=draft.title,
                        standfirst=draft.standfirst,
                        body=draft.body,
                        content_hash=hashlib.sha256((doc.doc_id + draft.body).encode()).hexdigest(),
                    )
                    session.add(row)
                    session.flush()
                    search_index.index_article(session, row.id, row.title, outlet.name, row.body)  # type: ignore[arg-type]
                    assigned[doc.doc_id] = story.id  # type: ignore[assignment]
                session.commit()
        finally:
            engine.dispose()
    from app.bench import percentile

    gold = {d.doc_id: d.subtopic for d in data.documents}
    return {
        "documents": len(assigned),
        "stories": {
            **bcubed(assigned, gold),
            "predicted": len(set(assigned.values())),
            "gold": len(set(gold.values())),
        },
        "match_median_ms": round(sorted(times)[len(times) // 2] * 1000, 1),
        "match_p95_ms": round(percentile(times, 95) * 1000, 1),
    }


if __name__ == "__main__":
    print(json.dumps(evaluate(Path(sys.argv[1]))))
