"""newsdag's Snakefile gives Snakemake's scheduler one pending re-evaluation
timer (``newsdag.scheduling``), and with it the scheduler's passes follow
the jobs instead of the jobs times the seconds they wait."""

import os
import subprocess
import sys
import textwrap
import time

import pytest
from newsdag.scheduling import SWITCH

from tests.support import make_project

pytestmark = pytest.mark.workflow

JOBS = 32
SNAKEFILE = f"""
from newsdag.scheduling import one_reevaluation_timer
one_reevaluation_timer()

rule all:
    input: expand("out/{{i}}.txt", i=range({JOBS}))

rule nap:
    output: "out/{{i}}.txt"
    shell: "sleep 0.5; touch {{output}}"
"""


def scheduler_passes(folder, timers: str) -> tuple[int, float]:
    """Passes of the scheduler's main loop (``Ready jobs`` lines of
    ``--verbose``) over ``JOBS`` half-second jobs on 2 cores, and the run's
    seconds."""
    folder.mkdir()
    (folder / "Snakefile").write_text(SNAKEFILE)
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "snakemake", "--cores", "2", "--scheduler", "greedy", "--verbose"],
        cwd=folder, capture_output=True, text=True, check=True, timeout=300,
        env={**os.environ, SWITCH: timers},
    )  # fmt: skip
    return result.stderr.count("Ready jobs"), time.monotonic() - start


def test_a_run_passes_once_a_job_or_a_second_not_once_a_job_and_second(tmp_path):
    """Upstream, each job finishing while others wait starts one more
    one-second chain of passes; with one timer a pass follows each finished
    job, or a second of waiting."""
    upstream, _ = scheduler_passes(tmp_path / "upstream", "upstream")
    one, seconds = scheduler_passes(tmp_path / "one", "one")
    assert one <= JOBS + seconds + 3
    assert upstream > 2 * one


READ_WORKFLOW = textwrap.dedent("""
    from pathlib import Path
    from snakemake.api import SnakemakeApi
    from snakemake.scheduling.job_scheduler import JobScheduler
    from snakemake.settings.types import ConfigSettings, OutputSettings, ResourceSettings

    with SnakemakeApi(OutputSettings(quiet={"all"})) as api:
        workflow = api.workflow(
            resource_settings=ResourceSettings(cores=1),
            config_settings=ConfigSettings(config={"corpus": "corpus"}),
            snakefile=Path("Snakefile"),
        )
        workflow.list_rules()  # reads the Snakefile and every .smk file it includes
    print(JobScheduler._schedule_reevalutation.__module__)
""")


def test_reading_newsdags_snakefile_applies_the_workaround(tmp_path):
    project = make_project(tmp_path)
    result = subprocess.run([sys.executable, "-c", READ_WORKFLOW], cwd=project,
                            capture_output=True, text=True, check=True, timeout=300)  # fmt: skip
    assert result.stdout.split()[-1] == "newsdag.scheduling"
