"""Stale Snakemake locks: left by a run that was killed, cleared safely.

A run killed with SIGKILL (out of memory, a time limit, a power cut) leaves
its lock in ``.snakemake/locks/``, and the next ``snakemake`` refuses to
start until someone runs ``snakemake --unlock``. To tell a stale lock from a
live one, every run records its host and process id in
``.snakemake/newsdag-run.json`` when it starts (``onstart`` in
``common.smk``) and removes the record when it ends. While the Snakefile is
read, ``remove_stale_locks`` removes the locks only when that record names
this host and a process that no longer runs Snakemake: a run on another
host (a cluster's login node, a colleague's machine on a shared disk) is
never second-guessed, and nor is one whose jobs still run here (when only
Snakemake's own process was killed). The killed run's half-written outputs
are redone, since Snakemake marks outputs incomplete until their job ends.
"""

import json
import os
import socket
from pathlib import Path

RUN_RECORD = Path(".snakemake") / "newsdag-run.json"


def record_run(workdir: str | Path = ".") -> None:
    """Note that this process, on this host, is running the workflow."""
    path = Path(workdir) / RUN_RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getpid()}))


def forget_run(workdir: str | Path = ".") -> None:
    """The run ended (successfully or with an error): drop its record."""
    (Path(workdir) / RUN_RECORD).unlink(missing_ok=True)


def runs_snakemake(pid: int) -> bool:
    """Whether process ``pid`` exists and mentions snakemake in its command
    line (a recycled pid of another program does not count)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, another user's
    try:
        return b"snakemake" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc to check: assume it is the run


def ancestors(pid: int) -> set[int]:
    """``pid`` and its parent, grandparent, ... (from ``/proc``)."""
    found = set()
    while pid > 1 and pid not in found:
        found.add(pid)
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            pid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            break
    return found


def snakemake_processes_in(workdir: str | Path) -> list[int]:
    """Processes, other than this one and its ancestors, that work in
    ``workdir`` and mention snakemake in their command line: a run, or jobs
    a killed run left behind. Empty where there is no ``/proc``."""
    workdir = Path(workdir).resolve()
    mine = ancestors(os.getpid())
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        if int(entry.name) in mine:
            continue
        try:
            if Path(os.readlink(entry / "cwd")).resolve() != workdir:
                continue
            if b"snakemake" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def remove_stale_locks(workdir: str | Path = ".") -> list[Path]:
    """Remove the lock files of ``workdir/.snakemake/locks`` (and the run
    record) when the run that took them was on this host, has died and left
    no job running; returns the files removed, none in any case of doubt."""
    locks = sorted((Path(workdir) / ".snakemake" / "locks").glob("*.lock"))
    record_path = Path(workdir) / RUN_RECORD
    if not locks or not record_path.is_file():
        return []
    try:
        record = json.loads(record_path.read_text())
        host, pid = record["host"], int(record["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return []
    if host != socket.gethostname() or runs_snakemake(pid) or snakemake_processes_in(workdir):
        return []
    for lock in locks:
        lock.unlink(missing_ok=True)
    record_path.unlink(missing_ok=True)
    return locks
