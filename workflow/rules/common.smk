# Shared set-up: configuration checks, the corpus listing and shard
# assignment, and the register of outputs the manifest records.
import sys
from pathlib import Path

from snakemake.utils import validate

from newsdag.config import (
    ConfigError,
    config_problems,
    file_problems,
    load_schema,
    read_alias_file,
    read_outlet_sheet,
)
from newsdag.code import library_files
from newsdag.corpus.files import corpus_files, shard_label
from newsdag.locks import forget_run, record_run, remove_stale_locks
from newsdag.report.chapters import chapter_parameters, read_chapters
from newsdag.report.manifest import code_version
from newsdag.scheduling import one_reevaluation_timer

# Snakemake 9.27.1's scheduler starts a new one-second timer at every pass,
# so its passes grow with the jobs finished times the run's length (541 CPU
# seconds on 20,000 articles): keep one pending timer instead. See
# scripts/newsdag/scheduling.py and docs/upstream/snakemake-scheduler-passes.md.
_timers = one_reevaluation_timer()
if _timers.startswith("skipped"):
    print(
        f"newsdag: {_timers}: its scheduler runs without newsdag's timer "
        "workaround, written for 9.27.1 (docs/upstream/snakemake-scheduler-passes.md)",
        file=sys.stderr,
    )

# A run killed outright leaves its lock. When the run that took it was on
# this host and is gone, the lock is stale: removing it lets the next
# `snakemake --cores 4` simply carry on (see scripts/newsdag/locks.py).
# Its half-written outputs are redone by rerun-incomplete (profiles/default).
for _lock in remove_stale_locks("."):
    print(f"newsdag: removed {_lock}, left by a run that was killed", file=sys.stderr)


onstart:
    record_run(".")


onsuccess:
    forget_run(".")


onerror:
    forget_run(".")


CONFIG_SCHEMA = "workflow/schemas/config.schema.yaml"
SHEET_SCHEMA = "workflow/schemas/outlets.schema.yaml"
CONDA_ENV = "../../environment.yml"

_problems = config_problems(config, load_schema(CONFIG_SCHEMA))
if _problems:
    raise ConfigError("newsdag cannot start:\n- " + "\n- ".join(_problems))
validate(config, schema="../schemas/config.schema.yaml")  # also fills in defaults
_problems = file_problems(config)
if _problems:
    raise ConfigError("newsdag cannot start:\n- " + "\n- ".join(_problems))
if config["outlet_sheet"]:
    read_outlet_sheet(config["outlet_sheet"], load_schema(SHEET_SCHEMA))
for _key in ("actors", "actor_resources"):
    if config[_key]:
        read_alias_file(config[_key])

SHARDS = [shard_label(i) for i in range(config["shards"])]
# Files that are one article go to one shard; files holding many (JSONL,
# CSV, TSV, a JSON list) are read by every shard, each keeping the records
# whose ids fall in it.
_FILES_BY_SHARD = {label: [] for label in SHARDS}
RECORD_FILES = []
for _file in corpus_files(
    config["corpus"], config["patterns"], config["shards"], config["exclude"]
):
    if _file.many:
        RECORD_FILES.append(_file)
    else:
        _FILES_BY_SHARD[shard_label(_file.shard)].append(_file)

# Outputs recorded (path, sha256, rows) in results/manifest.json. Each stage's
# .smk file ends with register_outputs(rules.a, rules.b, ...), naming the rules
# whose tables and figures readers get; their paths come from the rules.
MANIFEST_OUTPUTS = []


def register_outputs(*stages):
    """Add every output of each of ``stages`` (``rules.<name>`` of rules
    without wildcards, whose outputs are final files) to the manifest."""
    for stage in stages:
        MANIFEST_OUTPUTS.extend(str(path) for path in stage.output)


def shard_articles(wildcards):
    """The article files assigned to one shard."""
    return [f.path for f in _FILES_BY_SHARD[wildcards.shard]]


def shard_doc_ids(wildcards):
    """The document ids of one shard's files, in the same order."""
    return [f.doc_id for f in _FILES_BY_SHARD[wildcards.shard]]


def record_file_paths(wildcards):
    """The files holding many articles, which every shard reads."""
    return [f.path for f in RECORD_FILES]


def record_file_ids(wildcards):
    """The ids of the files holding many articles, in the same order."""
    return [f.doc_id for f in RECORD_FILES]


def library_code(script):
    """The library files ``script`` is built from (``newsdag.code``), as
    inputs of its rule: Snakemake watches only the script itself, so without
    them an edit to the library would rerun nothing."""
    return list(library_files(script))


def chapter_code(wildcards):
    """The library files one chapter's notebook and its renderer are built from."""
    return sorted(
        set(library_code("scripts/render_notebook.py"))
        | set(library_code(f"notebooks/{wildcards.chapter}.py"))
    )


def actors_input(wildcards):
    """The user's alias file and the shipped parties and institutions as
    inputs, when the config names them."""
    named = {"actors": config["actors"], "resources": config["actor_resources"]}
    return {key: path for key, path in named.items() if path}


def outlet_sheet_input(wildcards):
    """The outlet sheet as an input, when the config names one."""
    return {"outlet_sheet": config["outlet_sheet"]} if config["outlet_sheet"] else {}


# Chapters in report order, the tables and figures each notebook reads and
# the config keys it is given: see notebooks/chapters.yaml.
CHAPTERS = read_chapters(Path(workflow.basedir) / "notebooks/chapters.yaml")


# Every wildcard's pattern, once for all rules: a shard is a three-digit
# label (000, 001, ...), a chapter one of notebooks/chapters.yaml.
wildcard_constraints:
    shard=r"\d{3}",
    chapter="|".join(CHAPTERS),


def chapter_inputs(wildcards):
    """The tables and figures one chapter notebook reads."""
    return CHAPTERS[wildcards.chapter]["inputs"]


def chapter_config(wildcards):
    """The config values one chapter is given (``config``: all of it)."""
    return chapter_parameters(CHAPTERS[wildcards.chapter], config)
