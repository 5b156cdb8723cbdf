"""RabbitMQ policies that bound how often a work or suspect queue redelivers a message.

A message whose handling kills the worker (OOM, segfault) is never acked, so the broker
hands it to the restarted worker, which dies again. The worker itself dead-letters a
message once it died that often holding it (``DELIVERY_LIMIT``, counted from the suspect
queue, with a reason a person can read); these policies are the broker's own backstop a
little above that limit: after ``delivery-limit`` redeliveries the quorum queue
dead-letters the message to the stage's dead-letter queue, at least once.

Policies rather than queue arguments: arguments cannot change on an existing queue (a
redeclaration with different ones fails with PRECONDITION_FAILED), a policy applies to
queues already declared, and to their messages, without a restart.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import httpx

from consumers import failures
from consumers.broker import Topology
from consumers.stage_table import STAGES

__all__ = [
    "ManagementApi",
    "Policy",
    "definitions",
    "protection_policies",
    "rabbitmqctl_lines",
    "vhost_of",
]

DEFAULT_PRIORITY = 10
MANAGEMENT_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Policy:
    """One RabbitMQ policy, as ``rabbitmqctl set_policy`` and the HTTP API take it."""

    name: str
    pattern: str
    definition: dict[str, Any] = field(default_factory=dict)
    priority: int = DEFAULT_PRIORITY
    apply_to: str = "queues"


def protection_policies(
    topology: Topology, worker_limit: int, *, priority: int = DEFAULT_PRIORITY
) -> list[Policy]:
    """One policy per stage: its work and suspect queues dead-letter to its dead-letter queue.

    Each pattern matches exactly those two queues (not the retry or dead queues, whose
    dead-lettering is set by their arguments).
    """
    limit = failures.broker_delivery_limit(worker_limit)
    return [
        Policy(
            name=f"{topology.work(stage)}.delivery-limit",
            pattern=_exactly(topology.work(stage), topology.suspect(stage)),
            definition={
                "delivery-limit": limit,
                "dead-letter-exchange": "",
                "dead-letter-routing-key": topology.dead(stage),
                # At-least-once: the dead letter is kept until the dead queue confirmed it.
                "dead-letter-strategy": "at-least-once",
                "overflow": "reject-publish",  # required by at-least-once dead-lettering
            },
            priority=priority,
        )
        for stage in STAGES
    ]


def _exactly(*names: str) -> str:
    """A policy pattern matching these queue names and nothing else."""
    return "^(" + "|".join(re.escape(name) for name in names) + ")$"


def rabbitmqctl_lines(policies: list[Policy], vhost: str = "/") -> list[str]:
    """The ``rabbitmqctl set_policy`` command lines that apply ``policies``."""
    return [
        shlex.join(
            [
                "rabbitmqctl",
                "set_policy",
                "-p",
                vhost,
                "--priority",
                str(policy.priority),
                "--apply-to",
                policy.apply_to,
                policy.name,
                policy.pattern,
                json.dumps(policy.definition, separators=(",", ":")),
            ]
        )
        for policy in policies
    ]


def definitions(policies: list[Policy], vhost: str = "/") -> dict[str, Any]:
    """A definitions document (``load_definitions``, ``rabbitmqctl import_definitions``)."""
    return {
        "policies": [
            {
                "vhost": vhost,
                "name": policy.name,
                "pattern": policy.pattern,
                "apply-to": policy.apply_to,
                "definition": policy.definition,
                "priority": policy.priority,
            }
            for policy in policies
        ]
    }


def vhost_of(amqp_url: str) -> str:
    """The virtual host an AMQP URL names (``/`` when the path is empty or ``/``)."""
    path = urlsplit(amqp_url).path
    return unquote(path[1:]) if len(path) > 1 else "/"


class ManagementApi:
    """The broker's management HTTP API, enough to set and read policies.

    Args:
        url: ``http(s)://user:password@host:15672``; the credentials go to basic auth,
            never into a log line.
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        netloc = parts.hostname or ""
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
        auth = (unquote(parts.username or ""), unquote(parts.password or ""))
        self._client = httpx.AsyncClient(
            base_url=f"{parts.scheme}://{netloc}{parts.path.rstrip('/')}",
            auth=auth if parts.username else None,
            timeout=MANAGEMENT_TIMEOUT_SECONDS,
        )

    async def __aenter__(self) -> ManagementApi:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._client.aclose()

    async def put_policy(self, policy: Policy, vhost: str = "/") -> None:
        response = await self._client.put(
            f"/api/policies/{quote(vhost, safe='')}/{quote(policy.name, safe='')}",
            json={
                "pattern": policy.pattern,
                "definition": policy.definition,
                "priority": policy.priority,
                "apply-to": policy.apply_to,
            },
        )
        _raise_for(response, f"setting policy {policy.name}")

    async def policies(self, vhost: str = "/") -> list[dict[str, Any]]:
        response = await self._client.get(f"/api/policies/{quote(vhost, safe='')}")
        _raise_for(response, "reading policies")
        found: list[dict[str, Any]] = response.json()
        return found

    async def effective_policy(self, queue: str, vhost: str = "/") -> dict[str, Any] | None:
        """The policy definition the broker applies to ``queue`` now (None: none, or no queue)."""
        response = await self._client.get(
            f"/api/queues/{quote(vhost, safe='')}/{quote(queue, safe='')}"
        )
        if response.status_code == httpx.codes.NOT_FOUND:
            return None
        _raise_for(response, f"reading queue {queue}")
        definition = response.json().get("effective_policy_definition")
        return definition if isinstance(definition, dict) and definition else None

    async def delete_policy(self, name: str, vhost: str = "/") -> None:
        response = await self._client.delete(
            f"/api/policies/{quote(vhost, safe='')}/{quote(name, safe='')}"
        )
        if response.status_code != httpx.codes.NOT_FOUND:
            _raise_for(response, f"deleting policy {name}")


def _raise_for(response: httpx.Response, doing: str) -> None:
    if response.is_success:
        return
    detail = response.text[:200].strip()
    raise RuntimeError(f"management API answered {response.status_code} {doing}: {detail}")
