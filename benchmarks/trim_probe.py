"""Run trims in a fresh process and print their wall time, CPU and memory as JSON.

A process of its own, so that its peak RSS (``VmHWM``) is the trim's and nothing else's:

    python -m benchmarks.trim_probe SOURCE DESTINATION [VAD] [--warm N]

The first trim is the cold one: it pays for whatever the trim stage loads on first use
(the Silero weights, PyAV for an MP3), as a worker's first job does.
With ``--warm N`` the same file is then trimmed N more times in the same process, as a
long-lived worker trims every later job; each of those reports its wall time and its
CPU (user + system, this process and any child it waited for, such as ffmpeg).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from benchmarks.common import memory_mb
from stages.trim import TrimOptions, trim_file


def _cpu_seconds() -> float:
    # getrusage, not os.times: the latter counts in clock ticks (10 ms), more than a warm
    # trim of a short call takes.
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path)
    parser.add_argument("destination", type=Path)
    parser.add_argument("vad", nargs="?", default="")
    parser.add_argument("--warm", type=int, default=0)
    args = parser.parse_args(argv)
    options = TrimOptions(vad=args.vad) if args.vad else TrimOptions()
    before = memory_mb(os.getpid())
    warm_seconds: list[float] = []
    warm_cpu: list[float] = []
    for _ in range(1 + args.warm):
        cpu, started = _cpu_seconds(), time.perf_counter()
        result = trim_file(args.source, args.destination, options)
        warm_seconds.append(time.perf_counter() - started)
        warm_cpu.append(_cpu_seconds() - cpu)
    after = memory_mb(os.getpid())
    print(
        json.dumps(
            {
                "seconds": warm_seconds[0],
                "cpu_seconds": warm_cpu[0],
                "warm_seconds": warm_seconds[1:],
                "warm_cpu_seconds": warm_cpu[1:],
                "rss_before_mb": before["VmRSS"],
                "peak_rss_mb": after["VmHWM"],
                "original_seconds": result.original_seconds,
                "trimmed_seconds": result.trimmed_seconds,
            }
        )
    )


if __name__ == "__main__":
    main()
