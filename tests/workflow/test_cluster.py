"""The workflow through Snakemake's SLURM executor on a real SLURM cluster.

Opt-in: ``make test-cluster`` installs Debian's slurm-wlm and munge and the
executor plugin (requirements-slurm.txt), then runs this file as root.
``tests/workflow/localslurm.py`` starts a one-node cluster on this machine; the seeds
go through it with the shipped profile ``profiles/slurm`` and must give
the same bytes as a local run.
"""

import re
from types import SimpleNamespace

import pytest
import yaml

from tests.support import ROOT, make_project, run_snakemake
from tests.workflow.localslurm import JOB_FIELDS, LocalSlurm, missing_requirements
from tests.workflow.test_workflow import digests

pytestmark = [pytest.mark.cluster, pytest.mark.workflow]

# Small enough for one CI machine: 2 shards make 35 jobs. A cluster keeps
# the profile's own shard count (profiles/slurm/shards.yaml).
TEST_CONFIG = {"shards": 2}
# Settings of this test cluster, not of the profile: it has no accounting
# daemon (so no accounts, and job states come from squeue) and no queue, so
# status checks can start after a second instead of the executor's 40.
LOCAL_CLUSTER = (
    "--slurm-no-account",
    "--slurm-status-command", "squeue",
    "--slurm-init-seconds-before-status-checks", "1",
    "--slurm-keep-successful-logs",
)  # fmt: skip
PROFILE = ROOT / "workflow" / "profiles" / "slurm" / "config.yaml"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    problems = missing_requirements()
    if problems:
        pytest.fail("; ".join(problems))
    with LocalSlurm(tmp_path_factory.mktemp("slurm")) as running:
        yield running


@pytest.fixture(scope="module")
def runs(cluster, tmp_path_factory):
    """The seeds run locally and through SLURM, with the same config."""
    local = make_project(tmp_path_factory.mktemp("local"))
    run_snakemake(local, "--cores", "2", config=TEST_CONFIG)
    on_slurm = make_project(tmp_path_factory.mktemp("on_slurm"))
    before = {job["job_id"] for job in cluster.jobs()}
    result = run_snakemake(on_slurm, "--workflow-profile", "profiles/slurm", *LOCAL_CLUSTER,
                           config=TEST_CONFIG, check=False)  # fmt: skip
    if result.returncode != 0:
        raise AssertionError(f"{result.stdout}\n{result.stderr}\n{cluster.logs()}")
    jobs = [job for job in cluster.jobs() if job["job_id"] not in before]
    return local, on_slurm, result, jobs


def rules_run(log: str) -> dict[str, int]:
    """Rule name -> jobs, from the ``Job stats`` table Snakemake prints first."""
    table = log[log.index("Job stats:") :].split("\n\n")[0]
    return {
        m.group(1): int(m.group(2))
        for m in re.finditer(r"^(\w+)\s+(\d+)$", table, re.M)
        if m.group(1) not in ("total", "all")
    }


def slurm_rules(jobs: list[dict]) -> dict[str, int]:
    """Rule name -> SLURM jobs, from the comment the executor gives each job
    (``rule_<name>`` or ``rule_<name>_wildcards_<values>``)."""
    counts: dict[str, int] = {}
    for job in jobs:
        rule = re.match(r"rule_(\w+?)(?:_wildcards_.*)?$", job["comment"]).group(1)
        counts[rule] = counts.get(rule, 0) + 1
    return counts


def test_every_job_went_through_slurm_and_completed(runs):
    _, _, result, jobs = runs
    print("SLURM jobs of the run (squeue --states=all):")
    print("\n".join(" | ".join(job[field] for field in JOB_FIELDS) for job in jobs))
    expected = rules_run(result.stdout + result.stderr)
    assert sum(expected.values()) >= 30
    assert slurm_rules(jobs) == expected
    assert {job["state"] for job in jobs} == {"COMPLETED"}
    run_ids = {job["name"] for job in jobs}
    assert len(run_ids) == 1  # the executor names every job after its run


def test_the_completion_log_lists_every_job(cluster, runs):
    *_, jobs = runs
    logged = re.findall(r"JobId=(\d+) .*?JobState=(\w+)", cluster.completed_log())
    states = dict(logged)
    assert all(states.get(job["job_id"]) == "COMPLETED" for job in jobs)


def test_slurm_run_gives_the_same_bytes_as_a_local_run(runs):
    local, on_slurm, _, _ = runs
    ours = digests(on_slurm / "results")
    assert ours == digests(local / "results")
    assert "report/index.html" in ours and "tables/entities_by_outlet.csv" in ours


def small_job_request(value) -> int:
    """A resource of the profile as Snakemake evaluates it for a job whose
    inputs are a fraction of a MB, as every seed job's are."""
    return int(eval(str(value), {"max": max, "input": SimpleNamespace(size_mb=0)}))


def test_jobs_asked_for_the_profiles_resources(runs):
    """SLURM gave each job the memory (MB) and time limit (minutes) the
    profile sets for its rule, or the profile's defaults."""
    *_, jobs = runs
    profile = yaml.safe_load(PROFILE.read_text())
    assert jobs
    for job in jobs:
        rule = re.match(r"rule_(\w+?)(?:_wildcards_.*)?$", job["comment"]).group(1)
        wanted = {**profile["default-resources"], **profile["set-resources"].get(rule, {})}
        assert job["cpus"] == "1"
        assert job["memory"] == f"{small_job_request(wanted['mem_mb'])}M", rule
        assert job["time_limit"] == f"{small_job_request(wanted['runtime'])}:00", rule
