"""Stereo calls: one party per channel, read apart and labelled with their roles.

The trim stage writes a stereo WAV only when the recording carried two distinct
channels; the backends read the layout from the file's header (a mono file or anything
that is not a WAV counts as one channel) and transcribe each channel on its own or ask
the provider to. ``label_roles`` then names each channel's utterances by the role
``CHANNEL_ROLES`` gives it and merges the channels by time.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from messages import Utterance

DEFAULT_CHANNEL_ROLES: tuple[str, str] = ("agent", "client")

FloatArray = npt.NDArray[np.float32]


def wav_channels(path: Path) -> int:
    """How many channels the WAV at ``path`` has; 1 for anything else."""
    try:
        with wave.open(str(path), "rb") as reader:
            return reader.getnchannels()
    except (wave.Error, EOFError):
        return 1


def split_samples(path: Path) -> list[FloatArray]:
    """Each channel of a 16-bit WAV as float32 samples in [-1, 1], as Whisper takes them."""
    frames, channels = _pcm(path)
    return [
        frames[:, index].astype(np.float32) * np.float32(1 / 32768) for index in range(channels)
    ]


def split_wavs(path: Path) -> list[bytes]:
    """Each channel of a 16-bit WAV as a mono WAV of its own, for an upload."""
    frames, channels = _pcm(path)
    with wave.open(str(path), "rb") as reader:
        rate = reader.getframerate()
    files = []
    for index in range(channels):
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(np.ascontiguousarray(frames[:, index]).astype("<i2").tobytes())
        files.append(buffer.getvalue())
    return files


def label_roles(utterances: Sequence[Utterance], roles: Sequence[str]) -> list[Utterance]:
    """Utterances heard on a channel named by its role, all of them in time order.

    Channel 1 takes ``roles[0]``, channel 2 ``roles[1]``; an utterance without a channel
    (mono, diarized) is left as it is, and then so is the order.
    """
    if not any(u.channel is not None for u in utterances):
        return list(utterances)
    labelled = [
        u
        if u.channel is None
        else u.model_copy(
            update={"speaker": _role(u.channel, roles), "role": _role(u.channel, roles)}
        )
        for u in utterances
    ]
    # Stable: turns that start together keep the backend's order.
    return sorted(labelled, key=lambda u: u.start_ms)


def _role(channel: int, roles: Sequence[str]) -> str:
    return roles[channel - 1] if channel <= len(roles) else f"channel {channel}"


def _pcm(path: Path) -> tuple[npt.NDArray[np.int16], int]:
    with wave.open(str(path), "rb") as reader:
        if reader.getsampwidth() != 2:
            raise ValueError(f"{path.name}: expected 16-bit PCM")
        channels = reader.getnchannels()
        data = reader.readframes(reader.getnframes())
    samples = np.frombuffer(data, dtype="<i2").astype(np.int16, copy=False)
    return samples.reshape(-1, channels), channels
