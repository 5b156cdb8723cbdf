"""The held-out sets 2 to 27 of scripted calls, one module each (``benchmarks.calls`` describes
them and gathers them with the tuning scripts and the first set)."""

from benchmarks._script import Script
from benchmarks.held_out._set02 import HELD_OUT_2
from benchmarks.held_out._set03 import HELD_OUT_3
from benchmarks.held_out._set04 import HELD_OUT_4
from benchmarks.held_out._set05 import HELD_OUT_5
from benchmarks.held_out._set06 import HELD_OUT_6
from benchmarks.held_out._set07 import HELD_OUT_7
from benchmarks.held_out._set08 import HELD_OUT_8
from benchmarks.held_out._set09 import HELD_OUT_9
from benchmarks.held_out._set10 import HELD_OUT_10
from benchmarks.held_out._set11 import HELD_OUT_11
from benchmarks.held_out._set12 import HELD_OUT_12
from benchmarks.held_out._set13 import HELD_OUT_13
from benchmarks.held_out._set14 import HELD_OUT_14
from benchmarks.held_out._set15 import HELD_OUT_15
from benchmarks.held_out._set16 import HELD_OUT_16
from benchmarks.held_out._set17 import HELD_OUT_17
from benchmarks.held_out._set18 import HELD_OUT_18
from benchmarks.held_out._set19 import HELD_OUT_19
from benchmarks.held_out._set20 import HELD_OUT_20
from benchmarks.held_out._set21 import HELD_OUT_21
from benchmarks.held_out._set22 import HELD_OUT_22
from benchmarks.held_out._set23 import HELD_OUT_23
from benchmarks.held_out._set24 import HELD_OUT_24
from benchmarks.held_out._set25 import HELD_OUT_25
from benchmarks.held_out._set26 import HELD_OUT_26
from benchmarks.held_out._set27 import HELD_OUT_27

# Every set, in order: what ``benchmarks.calls.by_name`` searches.
SETS: tuple[tuple[Script, ...], ...] = (
    HELD_OUT_2,
    HELD_OUT_3,
    HELD_OUT_4,
    HELD_OUT_5,
    HELD_OUT_6,
    HELD_OUT_7,
    HELD_OUT_8,
    HELD_OUT_9,
    HELD_OUT_10,
    HELD_OUT_11,
    HELD_OUT_12,
    HELD_OUT_13,
    HELD_OUT_14,
    HELD_OUT_15,
    HELD_OUT_16,
    HELD_OUT_17,
    HELD_OUT_18,
    HELD_OUT_19,
    HELD_OUT_20,
    HELD_OUT_21,
    HELD_OUT_22,
    HELD_OUT_23,
    HELD_OUT_24,
    HELD_OUT_25,
    HELD_OUT_26,
    HELD_OUT_27,
)

__all__ = [
    "HELD_OUT_2",
    "HELD_OUT_3",
    "HELD_OUT_4",
    "HELD_OUT_5",
    "HELD_OUT_6",
    "HELD_OUT_7",
    "HELD_OUT_8",
    "HELD_OUT_9",
    "HELD_OUT_10",
    "HELD_OUT_11",
    "HELD_OUT_12",
    "HELD_OUT_13",
    "HELD_OUT_14",
    "HELD_OUT_15",
    "HELD_OUT_16",
    "HELD_OUT_17",
    "HELD_OUT_18",
    "HELD_OUT_19",
    "HELD_OUT_20",
    "HELD_OUT_21",
    "HELD_OUT_22",
    "HELD_OUT_23",
    "HELD_OUT_24",
    "HELD_OUT_25",
    "HELD_OUT_26",
    "HELD_OUT_27",
    "SETS",
]
