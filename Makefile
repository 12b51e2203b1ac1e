# newsdag: `make run` runs the workflow on seeds/, `make test` runs every check.
# Both create .venv from the pinned lock (requirements.txt) on first use and
# install newsdag's library (scripts/newsdag/) into it, editable.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CORES ?= 4

.PHONY: run test test-cluster slurm bench bench-large bench-reuse bench-html screenshot browser clean
# Debian's chromium and chromium-driver, for the report's browser tests
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

run: $(VENV)/.installed
	$(BIN)/snakemake --cores $(CORES)

test: $(VENV)/.installed browser
	$(BIN)/snakemake --lint
	$(BIN)/snakefmt --check .
	$(BIN)/black --check --quiet scripts tests bench docs
	$(BIN)/pytest

# The SLURM executor plugin, on top of the lock (an optional extra).
$(VENV)/.slurm-installed: $(VENV)/.installed requirements-slurm.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-slurm.txt
	touch $@

# Starts a real one-node SLURM cluster (Debian's slurm-wlm) on this machine,
# runs the seeds through the SLURM executor and stops it again (as root).
# -rP prints the SLURM job list of the run.
test-cluster: $(VENV)/.slurm-installed slurm
	$(SUDO) $(BIN)/pytest -m cluster -rP tests/workflow/test_cluster.py

# Installs Debian's slurm-wlm and munge once (skipped when present).
slurm:
	@if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null; then :; else \
		echo "Installing Debian's slurm-wlm and munge for the cluster test"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends slurm-wlm munge; \
	fi

# Times full, no-op and one-article runs against a spaCy-only baseline on a
# built corpus of 500 and 2,000 articles: results/bench/bench.{json,md}.
bench: $(VENV)/.installed
	$(BIN)/python -m bench

# The same at 2,000 and 20,000 articles, with how each aggregate stage grew
# between them: about 90 minutes on 2 cores; results/bench/large/.
bench-large: $(VENV)/.installed
	$(BIN)/python -m bench --articles 2000 20000 --out results/bench/large

# find_reuse alone on built corpora of 2,000 and 10,000 articles and on
# 10,000 built from the seeds alone (every article shares text): about 25
# minutes the first time (the corpora are built and annotated once).
bench-reuse: $(VENV)/.installed
	$(BIN)/python -m bench.reuse_cost

# newsdag's HTML path against trafilatura alone on trafilatura's evaluation
# pages (../shared/validation/html_trafilatura), about 90 s.
bench-html: $(VENV)/.installed
	$(BIN)/python -m bench.html_quality

# The report's first screen as results/report/first_screen.png (for the README).
screenshot: $(VENV)/.installed browser
	$(BIN)/snakemake --cores 1 results/report/first_screen.png

# Installs Chromium once (skipped when present or NEWSDAG_SKIP_BROWSER=1).
browser:
	@if [ "$(NEWSDAG_SKIP_BROWSER)" = 1 ] || { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then :; else \
		echo "Installing Debian's chromium and chromium-driver for the report tests"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver; \
	fi

clean:
	rm -rf results logs .snakemake
