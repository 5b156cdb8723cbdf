# The two commands a fresh machine needs: `make demo` (the main job) and `make test`.
# Both install what is missing first: Debian packages (as root or through sudo) and a venv.

SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PYTHON ?= python3
APT_PACKAGES := ffmpeg espeak-ng sox php-cli php-amqplib prometheus kubectl
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP := $(VENV)/.installed

.PHONY: help install system-deps broker demo test lint typecheck unit schema bench clean eval

help:
	@echo "make demo   - run the whole pipeline on a bundled sample call and print the delivery"
	@echo "make test   - lint, type-check and run the whole test suite"
	@echo "make bench  - performance benchmarks (table + benchmarks/results/latest.json)"

system-deps:
	@missing=""; \
	for cmd in ffmpeg:ffmpeg espeak-ng:espeak-ng sox:sox php:php-cli promtool:prometheus kubectl:kubectl; do \
	  command -v $${cmd%%:*} >/dev/null || missing="$$missing $${cmd##*:}"; \
	done; \
	[ -f /usr/share/php/PhpAmqpLib/autoload.php ] || missing="$$missing php-amqplib"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml devkit/pyproject.toml
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[dev,whisper]' -e ./devkit
	@touch $@

install: system-deps $(STAMP)

# The local RabbitMQ: machines of this kind start one; start it when it is not answering.
broker:
	@if ! (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null && [ -z "$$RABBITMQ_URL" ]; then \
	  echo "starting the local RabbitMQ"; \
	  command -v rabbitmq-server >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq rabbitmq-server >/dev/null; }; \
	  $(SUDO) rabbitmq-server -detached; \
	  for i in $$(seq 60); do (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null && break; sleep 1; done; \
	fi

demo: install broker
	$(VENV)/bin/audio-nlp-dev demo

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: install broker
	$(VENV)/bin/pytest -q $(PYTEST_ARGS)

test: install broker lint typecheck unit

# Benchmarks of the runtime, the stages and the whole pipeline against the local RabbitMQ and
# the emulators (about ten minutes); one table on stdout and benchmarks/results/latest.json.
# Not part of `make test`, which runs only their smoke form (tests/test_benchmarks_smoke.py).
bench: install broker
	$(PY) -m benchmarks.run $(BENCH_ARGS)

# Quality figures on the seeded evaluation set (trim, WER, field accuracy, saving).
eval: install
	$(PY) -m benchmarks.eval $(EVAL_ARGS)

schema: $(STAMP)
	$(VENV)/bin/audio-nlp schema --out docs/schema

clean:
	rm -rf $(VENV) data .demo .pytest_cache .mypy_cache .ruff_cache
