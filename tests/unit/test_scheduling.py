"""Snakemake's scheduler keeps one pending re-evaluation timer, not one per pass.
(The workflow runs that count the scheduler's passes are in
``tests/workflow/test_scheduler_passes.py``.)"""

import subprocess
import sys
import threading
import time

import pytest
import snakemake
from newsdag.scheduling import (
    PATCHED_RELEASE,
    SWITCH,
    ReevaluationTimer,
    one_reevaluation_timer,
)
from snakemake.scheduling.job_scheduler import JobScheduler

PATIENCE = 30  # seconds to wait for a wake-up that must come, on a loaded machine


class Wakes:
    """Counts calls of ``wake`` (the scheduler's semaphore release) and
    lets a test wait for the n-th."""

    def __init__(self):
        self.count = 0
        self.changed = threading.Condition()

    def __call__(self):
        with self.changed:
            self.count += 1
            self.changed.notify_all()

    def wait_for(self, n: int) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.count >= n, timeout=PATIENCE)


def test_many_requests_while_one_timer_is_pending_start_one_timer():
    wakes = Wakes()
    timer = ReevaluationTimer(wakes)
    started = [timer.request(5.0) for _ in range(50)]
    assert started == [True] + [False] * 49


def test_after_the_pending_timer_fires_the_next_request_starts_a_new_one():
    wakes = Wakes()
    timer = ReevaluationTimer(wakes)
    assert timer.request(0.01)
    assert wakes.wait_for(1)
    assert timer.request(0.01)
    assert wakes.wait_for(2)


def test_a_sooner_wake_up_than_the_pending_one_starts_its_own_timer():
    wakes = Wakes()
    timer = ReevaluationTimer(wakes)
    assert timer.request(60.0)
    assert timer.request(0.01)
    assert wakes.wait_for(1)  # the sooner one fired: the loop is not left waiting a minute


def test_the_timer_thread_does_not_keep_the_process_alive():
    """Snakemake's own timers do: a run waited out the last one after its last job."""
    script = "from newsdag.scheduling import ReevaluationTimer as T; T(print).request(60)"
    start = time.monotonic()
    subprocess.run([sys.executable, "-c", script], check=True, timeout=50)
    assert time.monotonic() - start < 50


@pytest.fixture
def scheduler_method(monkeypatch):
    """Restores JobScheduler._schedule_reevalutation after the test."""
    original = JobScheduler._schedule_reevalutation
    monkeypatch.setattr(JobScheduler, "_schedule_reevalutation", original)
    return original


def test_applied_to_the_pinned_release_only(scheduler_method, monkeypatch):
    assert snakemake.__version__ == PATCHED_RELEASE  # the lock pins the release it was written for
    assert one_reevaluation_timer({SWITCH: "upstream"}) == "off"
    assert JobScheduler._schedule_reevalutation is scheduler_method
    monkeypatch.setattr(snakemake, "__version__", "9.28.0")
    assert one_reevaluation_timer({}) == "skipped: Snakemake 9.28.0"
    assert JobScheduler._schedule_reevalutation is scheduler_method
    monkeypatch.setattr(snakemake, "__version__", PATCHED_RELEASE)
    assert one_reevaluation_timer({}) == "applied"
    assert JobScheduler._schedule_reevalutation is not scheduler_method
