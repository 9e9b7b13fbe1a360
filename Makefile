# Kapchyk: `make run` starts the wallet, `make test` runs every test. Both set up everything first.
SHELL := /bin/bash
PY := .venv/bin/python
STAMP := .stamps

.PHONY: run run-devnet test test-fast lint format bench screenshots bundle deb setup lock clean translations proto

run: setup
	.venv/bin/kapchyk-gui $(ARGS)

# A working wallet on a local devnet with no internet (see docs/DEVNET.md).
run-devnet: setup
	.venv/bin/kapchyk-gui --devnet $(ARGS)

test: setup
	bash scripts/run-tests.sh $(ARGS)

test-fast: setup
	bash scripts/run-tests.sh -m "not slow" $(ARGS)

lint: setup
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format: setup
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .

bench: setup
	bash scripts/run-bench.sh

# docs/screenshots/*.png from the real app under Xvfb on a local devnet (scripts/screenshots.sh).
screenshots: setup
	bash scripts/screenshots.sh $(ARGS)

# Refresh resources/translations/*.ts from the GUI's texts and compile the .qm files
# (docs/TRANSLATING.md).
translations: setup
	bash scripts/update-translations.sh

# The one-folder Linux app in dist/kapchyk/ (PyInstaller), smoke-tested (packaging/README.md).
bundle: setup
	bash scripts/build-bundle.sh

# dist/kapchyk_<version>_<arch>.deb from that bundle, checked by lintian (packaging/README.md).
deb: bundle
	bash scripts/build-deb.sh --lintian

setup: $(STAMP)/system $(STAMP)/venv $(STAMP)/npm

$(STAMP)/system: scripts/system-deps.sh
	bash scripts/system-deps.sh
	@mkdir -p $(STAMP) && touch $@

$(STAMP)/venv: requirements.lock pyproject.toml
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@mkdir -p $(STAMP) && touch $@

$(STAMP)/npm: package.json package-lock.json
	npm ci --no-fund --no-audit --loglevel=error
	@mkdir -p $(STAMP) && touch $@

# Re-resolve the Python lock file after changing pyproject.toml's dependencies.
lock:
	$(PY) -m piptools compile --quiet --generate-hashes --extra dev --extra packaging --strip-extras \
	    --allow-unsafe -o requirements.lock pyproject.toml

# Regenerate the Tron protobuf module from the project's .proto (committed; needs grpcio-tools,
# a dev extra). tests/core/test_tron_proto.py fails when the committed module is out of date.
proto:
	$(PY) -m grpc_tools.protoc -I . --python_out=. --pyi_out=. wallet/core/tron_proto/contracts.proto

clean:
	rm -rf .venv node_modules $(STAMP) build dist *.egg-info
