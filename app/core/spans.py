"""Spans of a text looked up by overlap, without reading all of a long article's."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with a [start, end) span, found by overlap with a query span, in the order
    they were given. Sorted by start and searched back only as far as the longest span
    reaches, so a lookup reads the spans near it.

    >>> index = SpanIndex([(0, 5, "a"), (10, 20, "b"), (3, 12, "c")])
    >>> index.overlapping(4, 11)
    ['a', 'b', 'c']
    >>> index.overlapping(5, 10)
    ['c']
    """

    def __init__(self, items: Sequence[tuple[int, int, T]]) -> None:
        order = sorted(range(len(items)), key=lambda k: items[k][0])
        self._starts = [items[k][0] for k in order]
        self._items = [(k, items[k]) for k in order]
        self._reach = max((b - a for a, b, _ in items), default=0)

    def overlapping(self, a: int, b: int) -> list[T]:
        lo = bisect_left(self._starts, a - self._reach)
        hi = bisect_left(self._starts, b)
        return [item for _, (_, end, item) in sorted(self._items[lo:hi]) if end > a]
