"""Run one trim in a fresh process and print its wall time and memory as JSON.

A process of its own, so that its peak RSS (``VmHWM``) is the trim's and nothing else's:

    python -m benchmarks.trim_probe SOURCE DESTINATION [VAD]
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from benchmarks.common import memory_mb
from stages.trim import TrimOptions, trim_file


def main(source: str, destination: str, vad: str = "") -> None:
    options = TrimOptions(vad=vad) if vad else TrimOptions()  # type: ignore[arg-type]
    before = memory_mb(os.getpid())
    started = time.perf_counter()
    result = trim_file(Path(source), Path(destination), options)
    seconds = time.perf_counter() - started
    after = memory_mb(os.getpid())
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rss_before_mb": before["VmRSS"],
                "peak_rss_mb": after["VmHWM"],
                "original_seconds": result.original_seconds,
                "trimmed_seconds": result.trimmed_seconds,
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:4])
