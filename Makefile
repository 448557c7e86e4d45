# The two commands that matter: `make run` and `make test` (both set up a fresh machine);
# `make quick` skips the browser tests while you work.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501
# pytest-xdist workers, an idle one taking tests from a busy one's queue (`worksteal`), so
# the slow browser tests are shared out. `make test`: one more than the cores (3 on the
# project's 2-core machines), since a browser test waits on Chromium for half its time;
# `make quick`: one per core, its tests keeping a core busy throughout.
CORES := $(shell nproc)
WORKERS ?= $(shell echo $$(( $(CORES) + 1 )))
QUICK_WORKERS ?= $(CORES)

.PHONY: run test quick lint format chromium demo bench clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

# the server refuses an upload over CSR_MAX_UPLOAD_MB from the start (the app also sets it)
run: $(STAMP)
	$(PY) -m streamlit run dashboard/app.py --server.port $(PORT) --server.address 127.0.0.1 \
		--server.maxUploadSize $$($(PY) -c 'from dashboard import settings; print(settings.max_upload_mb())')

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# everything, browser tests included (CI runs this); the 15 slowest listed, to keep it in time
test: $(STAMP) chromium lint
	$(PY) -m pytest -q -n $(WORKERS) --dist worksteal --durations=15

# everything but the browser tests, for the edit-test loop
quick: $(STAMP) lint
	$(PY) -m pytest -q -n $(QUICK_WORKERS) --dist worksteal -m "not browser"

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

demo: $(STAMP)
	$(PY) scripts/make_demo.py data

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts

bench: $(STAMP)
	$(PY) scripts/benchmark.py --scale 10 100 1000 --pages --browser
