# newsdag: `make run` runs the workflow on seeds/, `make test` runs every check.
# Both create .venv from the pinned lock (requirements.txt) on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CORES ?= 4

.PHONY: run test clean

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

run: $(VENV)/.installed
	$(BIN)/snakemake --cores $(CORES) --workflow-profile workflow/profiles/default

test: $(VENV)/.installed
	$(BIN)/snakemake --lint
	$(BIN)/snakefmt --check .
	$(BIN)/black --check --quiet scripts tests
	$(BIN)/pytest

clean:
	rm -rf results logs .snakemake
