"""Regenerate the bundled demo call: ``.venv/bin/python -m devkit.make_sample``.

Writes, from the ``demo`` script of ``benchmarks/calls.py`` spoken by the natural Kokoro
voices (``make voices``; rendered quiet, mono, 8 kHz telephone band by
``benchmarks/natural_set.py``):

- ``devkit/samples/sample_call.mp3``: 8 kHz mono MP3 at 32 kbit/s, under 1 MB;
- ``devkit/samples/sample_call.txt``: the exact script, ``Agent:``/``Client:`` lines;
- ``devkit/samples/sample_call.json``: the gold lead fields and the utterance times.

Output is deterministic, so rerunning only changes the files when the script does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.calls import by_name
from benchmarks.evalset import EvalCall
from benchmarks.natural_set import Variant, render

SAMPLES = Path(__file__).resolve().parent / "samples"
MAX_BYTES = 1024 * 1024
SCRIPT = "demo"
MP3_BITRATE = "32k"


def make_sample(directory: Path = SAMPLES) -> EvalCall:
    """Render the demo script and write the three sample files into ``directory``."""
    script = by_name(SCRIPT)
    (call,) = render(script, [Variant("quiet", "mono", "pcm")])
    directory.mkdir(parents=True, exist_ok=True)
    mp3 = directory / "sample_call.mp3"
    subprocess.run(
        [
            *("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"),
            *("-i", str(call.path), "-codec:a", "libmp3lame", "-b:a", MP3_BITRATE),
            *("-bitexact", str(mp3)),
        ],
        check=True,
        capture_output=True,
    )
    (directory / "sample_call.txt").write_text(script.script, encoding="utf-8")
    rate = call.sample_rate
    truth = {
        "script": SCRIPT,
        "fields": call.fields,
        "objections": script.objections,
        "duration_seconds": round(call.duration_seconds, 3),
        "utterances": [
            {
                "speaker": u["speaker"],
                "text": u["text"],
                # An MP3 adds a few milliseconds of codec delay around these.
                "start_seconds": round(int(u["start_sample"]) / rate, 3),  # type: ignore[call-overload]
                "end_seconds": round(int(u["end_sample"]) / rate, 3),  # type: ignore[call-overload]
            }
            for u in call.utterances
        ],
    }
    (directory / "sample_call.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    size = mp3.stat().st_size
    if size > MAX_BYTES:
        raise SystemExit(f"{mp3} is {size} bytes, over the {MAX_BYTES} byte budget")
    return call


def main() -> int:
    call = make_sample()
    mp3 = SAMPLES / "sample_call.mp3"
    print(f"wrote {mp3} ({call.duration_seconds:.1f} s, {mp3.stat().st_size} bytes), .txt, .json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
