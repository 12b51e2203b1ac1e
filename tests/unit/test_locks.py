"""A killed run's lock is removed only when it is certainly stale."""

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from newsdag.locks import RUN_RECORD, forget_run, record_run, remove_stale_locks


def leave_lock(folder, host, pid):
    locks = folder / ".snakemake" / "locks"
    locks.mkdir(parents=True)
    (locks / "0.input.lock").write_text("corpus/a.txt\n")
    (folder / RUN_RECORD).write_text(json.dumps({"host": host, "pid": pid}))
    return locks / "0.input.lock"


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def live_snakemake():
    """A process whose command line mentions snakemake, like a live run.
    Waits for its exec: until then /proc shows the forking pytest's command line."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "snakemake"])
    cmdline = Path(f"/proc/{process.pid}/cmdline")
    deadline = time.monotonic() + 10
    while b"snakemake" not in cmdline.read_bytes() and time.monotonic() < deadline:
        time.sleep(0.01)
    yield process.pid
    process.kill()
    process.wait()


def test_lock_of_a_dead_run_on_this_host_is_removed(tmp_path):
    lock = leave_lock(tmp_path, socket.gethostname(), dead_pid())
    assert remove_stale_locks(tmp_path) == [lock]
    assert not lock.exists() and not (tmp_path / RUN_RECORD).exists()


def test_lock_of_a_live_run_is_kept(tmp_path, live_snakemake):
    lock = leave_lock(tmp_path, socket.gethostname(), live_snakemake)
    assert remove_stale_locks(tmp_path) == [] and lock.exists()


def test_lock_is_kept_while_a_killed_runs_jobs_still_work_here(tmp_path):
    lock = leave_lock(tmp_path, socket.gethostname(), dead_pid())
    job = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)", ".snakemake/scripts/job.py"],
        cwd=tmp_path,
    )
    try:
        assert remove_stale_locks(tmp_path) == [] and lock.exists()
    finally:
        job.kill()
        job.wait()
    assert remove_stale_locks(tmp_path) == [lock]


def test_lock_of_a_run_on_another_host_is_kept(tmp_path):
    lock = leave_lock(tmp_path, "login-node-2.cluster.example", dead_pid())
    assert remove_stale_locks(tmp_path) == [] and lock.exists()


def test_lock_without_a_run_record_is_kept(tmp_path):
    lock = leave_lock(tmp_path, socket.gethostname(), dead_pid())
    (tmp_path / RUN_RECORD).unlink()
    assert remove_stale_locks(tmp_path) == [] and lock.exists()


def test_a_run_records_itself_and_forgets_itself(tmp_path):
    record_run(tmp_path)
    record = json.loads((tmp_path / RUN_RECORD).read_text())
    assert record["host"] == socket.gethostname() and record["pid"] > 1
    forget_run(tmp_path)
    assert not (tmp_path / RUN_RECORD).exists()
