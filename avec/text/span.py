"""`Span`: Python string offsets (end exclusive) into the text as the user sees it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span ({self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def cover(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def as_list(self) -> list[int]:
        return [self.start, self.end]


class Coverage:
    """Which characters of a text are already claimed by a match (O(len) checks, no pairwise scan)."""

    __slots__ = ("_taken",)

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length + 1)

    def free(self, span: Span) -> bool:
        return self._taken.find(1, span.start, span.end) < 0

    def take(self, span: Span) -> None:
        self._taken[span.start : span.end] = b"\x01" * (span.end - span.start)

    def release(self, span: Span) -> None:
        self._taken[span.start : span.end] = bytes(span.end - span.start)
