"""One pending re-evaluation timer in Snakemake's scheduler, not one per pass.

Snakemake 9.27.1 ends every pass of its scheduler's main loop that found ready
jobs by starting a new ``threading.Timer`` of ``--max-jobs-per-timespan``'s
span (one second by default) that wakes the loop again
(``JobScheduler._schedule_reevalutation``). Each job that finishes while
others wait for a core starts one more such chain, and the chains never
merge, so the passes grow with the jobs finished times the time the run
lasts. Each pass stats the inputs of every ready job. On newsdag's
20,000-article bench that was 541 of Snakemake's CPU seconds, 28 % of the
run's CPU (``docs/upstream/snakemake-scheduler-passes.md``, with a minimal
reproduction).

``one_reevaluation_timer`` replaces that method: a new timer starts only
when none is pending that fires as soon as or sooner than the one asked
for, so one chain of passes runs instead of one per finished job. The loop
re-evaluates at every wake-up and asks again whenever jobs are still ready,
so nothing waits for a wake-up that never comes. Only a job held back by the
rate limiter itself (more than 100 jobs started within a second, which
newsdag never reaches) may start up to one timespan later than upstream.
The timer is a daemon thread, so Snakemake exits when its last job ends
instead of waiting out a timer.

It is applied while the Snakefile is read (``common.smk``), only to the
Snakemake release it was written against (``PATCHED_RELEASE``); any other
release runs unchanged, and ``NEWSDAG_SNAKEMAKE_TIMERS=upstream`` in the
environment turns it off.
"""

from __future__ import annotations

import os
import threading
import time

PATCHED_RELEASE = "9.27.1"
SWITCH = "NEWSDAG_SNAKEMAKE_TIMERS"  # "upstream" keeps Snakemake's own timers


class ReevaluationTimer:
    """At most one pending wake-up for one scheduler: ``request(delay)``
    calls ``wake`` (without arguments) ``delay`` seconds from now, unless a
    wake-up already pending is due no later than that. Thread-safe."""

    def __init__(self, wake):
        self._wake = wake
        self._lock = threading.Lock()
        self._due = None  # time.monotonic() of the pending wake-up, None when none is pending

    def request(self, delay: float) -> bool:
        """Arrange a wake-up within ``delay`` seconds; whether a new timer started."""
        due = time.monotonic() + delay
        with self._lock:
            if self._due is not None and self._due <= due:
                return False
            timer = threading.Timer(delay, self._fire, args=(due,))
            timer.daemon = True
            timer.start()
            self._due = due
            return True

    def _fire(self, due: float) -> None:
        with self._lock:
            if self._due == due:
                self._due = None
        self._wake()


def _schedule_reevaluation(scheduler, delay) -> None:
    """Drop-in for ``JobScheduler._schedule_reevalutation`` (sic)."""
    timer = scheduler.__dict__.get("_newsdag_timer")
    if timer is None:
        timer = ReevaluationTimer(scheduler._open_jobs.release)
        scheduler.__dict__["_newsdag_timer"] = timer
    timer.request(delay)


def one_reevaluation_timer(environ=os.environ) -> str:
    """Give Snakemake's scheduler one pending re-evaluation timer instead of
    a new one per pass. Returns what was done, for the log: ``"applied"``,
    ``"off"`` (``NEWSDAG_SNAKEMAKE_TIMERS=upstream``) or ``"skipped:
    Snakemake X"`` for a release other than ``PATCHED_RELEASE``."""
    from snakemake import __version__ as release
    from snakemake.scheduling.job_scheduler import JobScheduler

    if environ.get(SWITCH) == "upstream":
        return "off"
    if release != PATCHED_RELEASE or not hasattr(JobScheduler, "_schedule_reevalutation"):
        return f"skipped: Snakemake {release}"
    JobScheduler._schedule_reevalutation = _schedule_reevaluation
    return "applied"
