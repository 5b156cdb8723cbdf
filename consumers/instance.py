"""Worker instance names, as systemd's template unit ``audio-nlp-worker@.service`` gets them.

``trim`` is the first trim worker of a machine, ``trim-2`` the second, and so on: systemd
specifiers cannot split ``%i``, so the worker does. Each instance needs its own metrics
port on a shared machine; it is derived from the name so that nobody keeps a table:
``METRICS_PORT + 10 × stage position + (replica − 1)``. With the default 9100: download
9100-9109, trim 9110-9119, transcribe 9120-9129, extract 9130-9139, deliver 9140-9149.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consumers.stage_table import STAGES

__all__ = ["MAX_REPLICAS", "WorkerInstance", "parse_instance"]

# Ports per stage: the tenth replica's port would be the next stage's first.
MAX_REPLICAS = 10

_NAME = re.compile(r"^(?P<stage>[a-z]+)(?:-(?P<replica>\d+))?$")


@dataclass(frozen=True)
class WorkerInstance:
    """One worker process of a machine: its stage, its replica number and its port."""

    stage: str
    replica: int
    metrics_port: int


def parse_instance(name: str, base_port: int) -> WorkerInstance:
    """``stage`` or ``stage-N`` (N from 1 to 10); raises ValueError naming what is wrong.

    ``base_port`` 0 keeps 0 (any free port) for every instance.
    """
    match = _NAME.match(name)
    if match is None or match["stage"] not in STAGES:
        raise ValueError(
            f"worker instance {name!r} is not STAGE or STAGE-N with STAGE one of "
            + ", ".join(STAGES)
        )
    replica = int(match["replica"] or 1)
    if not 1 <= replica <= MAX_REPLICAS:
        raise ValueError(f"worker instance {name!r}: replica must be 1 to {MAX_REPLICAS}")
    if base_port == 0:
        return WorkerInstance(match["stage"], replica, 0)
    port = base_port + MAX_REPLICAS * STAGES.index(match["stage"]) + replica - 1
    if port > 65535:
        raise ValueError(f"worker instance {name!r}: port {port} from METRICS_PORT is too high")
    return WorkerInstance(match["stage"], replica, port)
