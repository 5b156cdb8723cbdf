"""``audio-nlp-dev``: the development tools: provider emulators and the local demo.

Installed with the devkit (``make install``), never with the production wheel or image.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from consumers.cli import run_command


def _cmd_emulate(args: argparse.Namespace) -> int:
    from devkit.emulators.runner import serve_emulators

    text = Path(args.transcript_file).read_text(encoding="utf-8") if args.transcript_file else None
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(
            serve_emulators(
                host=args.host,
                assemblyai_port=args.assemblyai_port,
                openai_port=args.openai_port,
                receiver_port=args.receiver_port,
                receiver_jsonl=Path(args.receiver_jsonl),
                transcript_text=text,
                latency_seconds=args.latency,
                failure_rate=args.failure_rate,
                timeout_rate=args.timeout_rate,
                hang_seconds=args.hang_seconds,
                receiver_failure_rate=args.receiver_failure_rate,
            )
        )
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from consumers.settings import load_settings
    from devkit.demo import run_demo, score

    workdir = Path(args.workdir).resolve()
    run = run_demo(load_settings(), workdir, timeout=args.timeout, extractor=args.extractor)
    print(json.dumps(run.payload, ensure_ascii=False, indent=2))
    print(f"transcriber: {run.transcriber}")
    print(f"extractor: {run.extractor}")
    print(f"took {run.seconds:.1f}s from POST /process to the delivery")
    print("\n".join(score(run.payload).lines()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="audio-nlp-dev", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    emulate = commands.add_parser("emulate", help="AssemblyAI, OpenAI and PHP receiver emulators")
    emulate.add_argument("--host", default="127.0.0.1")
    emulate.add_argument("--assemblyai-port", type=int, default=8101)
    emulate.add_argument("--openai-port", type=int, default=8102)
    emulate.add_argument("--receiver-port", type=int, default=8103)
    emulate.add_argument("--receiver-jsonl", default="data/receiver.jsonl")
    emulate.add_argument("--transcript-file", help="text the AssemblyAI emulator returns")
    emulate.add_argument("--latency", type=float, default=0.0, help="seconds per request")
    emulate.add_argument("--failure-rate", type=float, default=0.0, help="0..1")
    emulate.add_argument(
        "--timeout-rate", type=float, default=0.0, help="0..1 of provider calls that hang"
    )
    emulate.add_argument(
        "--hang-seconds", type=float, default=30.0, help="how long a hanging call hangs"
    )
    emulate.add_argument(
        "--receiver-failure-rate",
        type=float,
        help="0..1 of POSTs answered 500 (default: --failure-rate)",
    )
    emulate.set_defaults(func=_cmd_emulate)

    demo = commands.add_parser("demo", help="run the whole pipeline on the bundled sample call")
    demo.add_argument("--workdir", default=".demo", help="logs, data and receiver output")
    demo.add_argument("--timeout", type=float, default=600.0, help="seconds to wait for delivery")
    demo.add_argument(
        "--extractor",
        choices=("rules", "openai", "local"),
        help="rules (default without OPENAI_API_KEY: offline, seconds), openai (the real API "
        "with a key, else its emulator), local (the local LLM: minutes on two cores)",
    )
    demo.set_defaults(func=_cmd_demo)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_command(build_parser(), argv)


if __name__ == "__main__":
    sys.exit(main())
