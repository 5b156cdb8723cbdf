"""The trim stage: silence and hold music removed by a voice activity detector."""

from stages.trim._trim import (
    DEFAULT_MIN_SILENCE_MS,
    DEFAULT_PADDING_MS,
    SAMPLE_RATE,
    TRIMMED_NAME,
    VADS,
    BoolArray,
    FloatArray,
    Int16Array,
    Regions,
    TrimOptions,
    TrimResult,
    VadName,
    decode,
    speech_regions,
    trim,
    trim_file,
)

__all__ = [
    "DEFAULT_MIN_SILENCE_MS",
    "DEFAULT_PADDING_MS",
    "SAMPLE_RATE",
    "TRIMMED_NAME",
    "VADS",
    "BoolArray",
    "FloatArray",
    "Int16Array",
    "Regions",
    "TrimOptions",
    "TrimResult",
    "VadName",
    "decode",
    "speech_regions",
    "trim",
    "trim_file",
]
