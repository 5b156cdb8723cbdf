"""Map a moment of the trimmed audio back onto the original recording.

The trim stage keeps ``kept_spans`` (seconds, original timeline) and concatenates
them; a time ``t`` in the trimmed file therefore falls in one kept span, at the same
offset from that span's start as from the span's start in the trimmed file.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from messages import Span, Utterance


class TimeMap:
    """Trimmed-audio seconds to original-recording seconds, for one call's kept spans."""

    def __init__(self, kept_spans: Sequence[Span]) -> None:
        self._spans = list(kept_spans)
        lengths = [span.end - span.start for span in self._spans]
        # Where each kept span starts in the trimmed file.
        self._starts = [0.0, *itertools.accumulate(lengths)][:-1] if lengths else []
        self._total = sum(lengths)

    def original_seconds(self, trimmed: float, *, end: bool = False) -> float:
        """The original time of ``trimmed`` seconds into the trimmed audio.

        At the seam between two spans a start belongs to the later span and an end to
        the earlier one, so an utterance never stretches over the cut pause.
        """
        if not self._spans:
            return trimmed  # nothing was cut (or nothing kept): the timelines agree
        clamped = min(max(trimmed, 0.0), self._total)
        index = (
            bisect.bisect_left(self._starts, clamped) - 1
            if end
            else bisect.bisect_right(self._starts, clamped) - 1
        )
        index = min(max(index, 0), len(self._spans) - 1)
        span = self._spans[index]
        return min(span.start + (clamped - self._starts[index]), span.end)

    def utterance(self, utterance: Utterance) -> Utterance:
        """The utterance with ``original_start_ms``/``original_end_ms`` filled in."""
        start = self.original_seconds(utterance.start_ms / 1000)
        end = self.original_seconds(utterance.end_ms / 1000, end=True)
        return utterance.model_copy(
            update={
                "original_start_ms": round(start * 1000),
                "original_end_ms": max(round(end * 1000), round(start * 1000)),
            }
        )
