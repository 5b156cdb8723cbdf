"""``audio-nlp``: every process and tool of the pipeline behind one command."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from consumers.stage_table import STAGES

log = logging.getLogger("audio_nlp")


def setup_logging() -> None:
    from consumers.tracing import ENDPOINT_VARIABLE, TraceIdFilter

    # With tracing on, every line names its trace, so a trace and its logs find each other.
    traced = bool(os.environ.get(ENDPOINT_VARIABLE, "").strip())
    trace_field = " trace=%(trace_id)s" if traced else ""
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO").upper(),
        format=f"%(asctime)s %(levelname)s %(name)s{trace_field}: %(message)s",
        stream=sys.stderr,
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(TraceIdFilter())
    # Request lines from HTTP clients would log full URLs of providers at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # At DEBUG the AMQP client logs whole message bodies, signed audio URLs included.
    for name in ("aiormq", "aio_pika"):
        logging.getLogger(name).setLevel(max(logging.INFO, logging.getLogger().level))


def _cmd_worker(args: argparse.Namespace) -> int:
    from consumers import stage_table, tracing
    from consumers.broker import Topology
    from consumers.failures import RetryPolicy
    from consumers.settings import load_settings
    from consumers.worker import Worker

    settings = load_settings()
    stage = stage_table.stage(args.stage)
    stage.check(settings)  # before the broker: a missing setting is one line, exit 2
    prefetch = args.prefetch or stage.prefetch_under(settings)
    # The transcriber's concurrency limit must follow the messages the worker holds: with a
    # lower one (it was 16 against a default prefetch of 32) held messages sit idle.
    settings = settings.model_copy(update={"prefetch": prefetch})

    async def main() -> None:
        async with stage.open(settings) as handle:
            worker = Worker(
                args.stage,
                handle,
                rabbitmq_url=settings.rabbitmq_url.get_secret_value(),
                topology=Topology(settings.queue_prefix),
                prefetch=prefetch,
                retry=RetryPolicy(
                    delays=settings.retry_delay_steps(),
                    max_attempts=settings.max_attempts,
                    delivery_limit=settings.delivery_limit,
                ),
                metrics_port=args.metrics_port
                if args.metrics_port is not None
                else settings.metrics_port,
                shutdown_grace_seconds=settings.shutdown_grace_seconds,
                timeline_limits=settings.timeline_limits(),
            )
            await worker.run()

    # Before the stage opens its clients, so their HTTP calls are traced.
    tracing.configure(f"audio-nlp-{args.stage}")
    try:
        asyncio.run(main())
    finally:
        tracing.shutdown()
    return 0


def _cmd_worker_instance(args: argparse.Namespace) -> int:
    from consumers.instance import parse_instance
    from consumers.settings import load_settings

    # The systemd template passes its instance name; METRICS_PORT is the machine's base.
    instance = parse_instance(args.instance, load_settings().metrics_port)
    log.info(
        "instance %s: stage %s, metrics port %d",
        args.instance,
        instance.stage,
        instance.metrics_port,
    )
    return _cmd_worker(
        argparse.Namespace(stage=instance.stage, prefetch=None, metrics_port=instance.metrics_port)
    )


def _cmd_ingress(args: argparse.Namespace) -> int:
    import uvicorn
    from pydantic import SecretStr

    from consumers import tracing
    from consumers.broker import Topology
    from consumers.ingress import create_app
    from consumers.settings import load_settings

    settings = load_settings()
    tokens = settings.ingress_tokens.get_secret_value().split(",")
    tracing.configure("audio-nlp-ingress")
    app = create_app(
        settings.rabbitmq_url.get_secret_value(),
        Topology(settings.queue_prefix),
        max_body_bytes=settings.ingress_max_body_bytes,
        tokens=[SecretStr(token.strip()) for token in tokens if token.strip()],
        timeline_limits=settings.timeline_limits(),
    )
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    finally:
        tracing.shutdown()
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from consumers import timeline
    from consumers.broker import Topology
    from consumers.settings import load_settings

    if (args.job_id is None) == (args.fiche is None):
        print("audio-nlp: give a JOB_ID or --fiche N (one of them)", file=sys.stderr)
        return 2
    settings = load_settings()
    events = asyncio.run(
        timeline.read_events(
            settings.rabbitmq_url.get_secret_value(),
            Topology(settings.queue_prefix),
            settings.timeline_limits(),
            job_id=args.job_id,
            fiche_id=args.fiche,
        )
    )
    found = timeline.fold(events)
    if not found:
        which = f"job {args.job_id}" if args.job_id else f"fiche {args.fiche}"
        print(f"audio-nlp: no event of {which} in the timeline", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([item.as_dict() for item in found], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(timeline.format_timeline(item) for item in found))
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from consumers.pipeline import run_once
    from consumers.settings import load_settings

    settings = load_settings()
    payload = asyncio.run(run_once(args.source, settings, fiche_id=args.fiche_id))
    print(json.dumps(payload, ensure_ascii=False, indent=2))
    return 0


def _cmd_trim(args: argparse.Namespace) -> int:
    from consumers.settings import load_settings
    from consumers.stage_table import trim_options
    from stages.trim import trim_file

    options = trim_options(load_settings())
    result = trim_file(Path(args.input), Path(args.output), options)
    saved = result.original_seconds - result.trimmed_seconds
    share = saved / result.original_seconds if result.original_seconds else 0.0
    print(f"original: {result.original_seconds:.2f} s")
    print(f"trimmed:  {result.trimmed_seconds:.2f} s ({len(result.kept_spans)} kept spans)")
    print(f"removed:  {saved:.2f} s ({share:.0%}) with VAD={options.vad}")
    return 0


def _cmd_cleanup(args: argparse.Namespace) -> int:
    from consumers.cleanup import cleanup, cleanup_storage_url, parse_age
    from consumers.settings import load_settings

    settings = load_settings()
    age = parse_age(args.older_than)
    # The local DATA_DIR (scratch, or every file with file storage), then what dead letters
    # left in a remote store (nothing to do with file storage: the first pass covered it).
    removed = cleanup(settings.data_dir, age, dry_run=args.dry_run)
    removed += cleanup_storage_url(settings.storage_url, age, dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    for item in removed:
        print(f"{verb} {item.path} ({item.bytes} bytes)")
    total = sum(item.bytes for item in removed)
    print(f"{verb} {len(removed)} entries, {total / 1e6:.1f} MB freed under {settings.data_dir}")
    return 0


def _cmd_dlq(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from consumers import dlq
    from consumers.broker import Topology
    from consumers.failures import broker_delivery_limit
    from consumers.settings import load_settings

    settings = load_settings()
    letters = dlq.DeadLetters(
        settings.rabbitmq_url.get_secret_value(),
        Topology(settings.queue_prefix),
        broker_delivery_limit=broker_delivery_limit(settings.delivery_limit),
        timeline_limits=settings.timeline_limits(),
    )
    stages = [args.stage] if getattr(args, "stage", None) else list(STAGES)

    def emit(human: str, machine: object) -> None:
        print(json.dumps(machine, ensure_ascii=False, indent=2) if args.json else human)

    if args.action == "list":
        summaries = asyncio.run(letters.summary())
        emit(
            dlq.format_summary(summaries),
            [
                {"stage": s.stage, "count": s.count, "oldest": s.oldest, "errors": dict(s.errors)}
                for s in summaries
            ],
        )
    elif args.action == "show":
        found = [x for x in asyncio.run(letters.letters()) if x.job_id == args.job_id]
        if not found:
            print(f"audio-nlp: no dead letter for job {args.job_id}", file=sys.stderr)
            return 1
        emit("\n\n".join(dlq.format_letter(x) for x in found), [asdict(x) for x in found])
    elif args.action == "replay":
        which = dlq.Filter(job_id=args.job, error_contains=args.error_contains)
        done = asyncio.run(letters.replay(stages, which, limit=args.limit, dry_run=args.dry_run))
        verb = "would replay" if args.dry_run else "replayed"
        human = "\n".join(
            [
                *(f"{verb} job {x.job_id} to {x.stage}: was {x.error}" for x in done),
                f"{verb} {len(done)} message(s)",
            ]
        )
        emit(human, {"dry_run": args.dry_run, "replayed": [asdict(x) for x in done]})
    elif args.action == "purge":
        if not args.yes:
            print("audio-nlp: purge deletes dead letters for good; add --yes", file=sys.stderr)
            return 2
        count = asyncio.run(letters.purge(args.stage))
        emit(f"purged {count} message(s) from {args.stage}", {"stage": args.stage, "purged": count})
    return 0


def _add_dlq_parser(commands: Any) -> None:
    dead = commands.add_parser("dlq", help="list, show, replay or purge dead-lettered jobs")
    dead.add_argument("--json", action="store_true", help="machine-readable output")
    actions = dead.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="per stage: count, oldest, grouped by error")
    show = actions.add_parser("show", help="every dead letter of one job")
    show.add_argument("job_id")
    replay = actions.add_parser("replay", help="send dead letters back to their stage queue")
    replay.add_argument("--stage", choices=STAGES)
    replay.add_argument("--job", help="only this job id")
    replay.add_argument("--error-contains", help="only errors containing this text")
    replay.add_argument("--limit", type=int)
    replay.add_argument("--dry-run", action="store_true")
    purge = actions.add_parser("purge", help="delete a stage's dead letters")
    purge.add_argument("--stage", choices=STAGES, required=True)
    purge.add_argument("--yes", action="store_true")
    dead.set_defaults(func=_cmd_dlq)


def _cmd_queues_protect(args: argparse.Namespace) -> int:
    from consumers import policies
    from consumers.broker import Topology
    from consumers.settings import load_settings

    settings = load_settings()
    vhost = policies.vhost_of(settings.rabbitmq_url.get_secret_value())
    wanted = policies.protection_policies(
        Topology(settings.queue_prefix), settings.delivery_limit, priority=args.priority
    )
    management = settings.rabbitmq_management_url
    if args.print or management is None:
        if management is None and not args.print:
            print(
                "audio-nlp: RABBITMQ_MANAGEMENT_URL is not set; apply these yourself:",
                file=sys.stderr,
            )
        if args.format == "definitions":
            print(json.dumps(policies.definitions(wanted, vhost), indent=2))
        else:
            print("\n".join(policies.rabbitmqctl_lines(wanted, vhost)))
        return 0

    async def apply() -> None:
        async with policies.ManagementApi(management.get_secret_value()) as api:
            for policy in wanted:
                await api.put_policy(policy, vhost)
                print(f"applied policy {policy.name} to {policy.pattern}: {policy.definition}")

    asyncio.run(apply())
    return 0


def _add_queues_parser(commands: Any) -> None:
    queues = commands.add_parser("queues", help="broker-side settings of the work queues")
    actions = queues.add_subparsers(dest="action", required=True)
    protect = actions.add_parser(
        "protect",
        help="bound redeliveries of every work queue with a policy (crash-loop backstop)",
    )
    protect.add_argument(
        "--print",
        action="store_true",
        help="print the policies instead of applying them through RABBITMQ_MANAGEMENT_URL",
    )
    protect.add_argument(
        "--format",
        choices=("rabbitmqctl", "definitions"),
        default="rabbitmqctl",
        help="printed as rabbitmqctl set_policy lines or as a definitions JSON document",
    )
    protect.add_argument(
        "--priority",
        type=int,
        default=10,
        help="policy priority: RabbitMQ applies only the highest-priority matching policy",
    )
    protect.set_defaults(func=_cmd_queues_protect)


def _cmd_schema(args: argparse.Namespace) -> int:
    from consumers.schema import write_schemas

    for path in write_schemas(Path(args.out)):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="audio-nlp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    worker = commands.add_parser("worker", help="run one stage consumer until SIGTERM")
    worker.add_argument("stage", choices=STAGES)
    worker.add_argument("--prefetch", type=int, help="messages in flight (default per stage)")
    worker.add_argument("--metrics-port", type=int, help="overrides METRICS_PORT")
    worker.set_defaults(func=_cmd_worker)

    instance = commands.add_parser(
        "worker-instance", help="a worker named STAGE or STAGE-N (systemd's audio-nlp-worker@)"
    )
    instance.add_argument("instance", help="e.g. trim, transcribe-2: its port is derived")
    instance.set_defaults(func=_cmd_worker_instance)

    ingress = commands.add_parser("ingress", help="serve POST /process in front of the queue")
    ingress.add_argument("--host", default="0.0.0.0")
    ingress.add_argument("--port", type=int, default=8000)
    ingress.set_defaults(func=_cmd_ingress)

    run = commands.add_parser("run", help="run all stages on one file or URL, no broker")
    run.add_argument("source", help="a file path or an http(s) URL")
    run.add_argument("--fiche-id", type=int, default=0)
    run.set_defaults(func=_cmd_run)

    trim = commands.add_parser("trim", help="trim one recording with the current settings")
    trim.add_argument("input", help="any audio file ffmpeg reads")
    trim.add_argument("output", help="where the trimmed 16 kHz mono WAV goes")
    trim.set_defaults(func=_cmd_trim)

    clean = commands.add_parser("cleanup", help="delete job files older than an age")
    clean.add_argument("--older-than", default="2h", help="e.g. 90m, 2h, 1d")
    clean.add_argument("--dry-run", action="store_true")
    clean.set_defaults(func=_cmd_cleanup)

    status = commands.add_parser(
        "status", help="where a job (or a fiche's jobs) is, from the timeline"
    )
    status.add_argument("job_id", nargs="?", help="the job id POST /process answered")
    status.add_argument("--fiche", type=int, help="every job of this fiche instead")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(func=_cmd_status)

    _add_dlq_parser(commands)
    _add_queues_parser(commands)

    schema = commands.add_parser("schema", help="write the JSON Schema of every message")
    schema.add_argument("--out", required=True)
    schema.set_defaults(func=_cmd_schema)
    return parser


def run_command(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> int:
    """Parse ``argv`` and run its command; a bad setting or input is one line, not a trace."""
    from consumers.settings import SettingsError
    from stages.errors import StageError

    args = parser.parse_args(argv)
    setup_logging()
    try:
        code: int = args.func(args)
    except SettingsError as error:
        print(f"{parser.prog}: {error}", file=sys.stderr)
        return 2
    except StageError as error:
        print(f"{parser.prog}: {type(error).__name__}: {error.reason}", file=sys.stderr)
        return 1
    except ValueError as error:
        print(f"{parser.prog}: {error}", file=sys.stderr)
        return 2
    return code


def main(argv: Sequence[str] | None = None) -> int:
    return run_command(build_parser(), argv)


if __name__ == "__main__":
    sys.exit(main())
