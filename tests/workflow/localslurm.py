"""A real one-node SLURM cluster on this machine, for ``make test-cluster``.

``LocalSlurm`` starts Debian's ``munged``, ``slurmctld`` and ``slurmd`` (the
``munge`` and ``slurm-wlm`` packages) as root, each from files in a scratch
folder, and stops exactly those processes again. Nothing is mocked: jobs go
through ``sbatch`` and ``srun`` to the controller and the node daemon.

One file lives outside the scratch folder: ``/etc/slurm/slurm.conf``. The
SLURM executor runs each job's inner ``srun`` with every ``SLURM_*`` variable
removed, ``SLURM_CONF`` included, so the configuration must be where the
SLURM commands look by default, as on a real cluster. The file is written
with ``MARKER`` as its first line, never over a configuration of somebody
else's, and removed on stop.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

SYSTEM_CONF = Path("/etc/slurm/slurm.conf")
MARKER = "# newsdag test cluster (tests/workflow/localslurm.py): removed when the test stops"
DAEMONS = ("munged", "slurmctld", "slurmd")
COMMANDS = (*DAEMONS, "sbatch", "srun", "squeue", "sinfo")
PARTITION = "newsdag"
# Columns of ``squeue --format``: id, name, comment, state, time limit,
# minimum memory, CPUs. The executor puts the rule and wildcards in the comment.
JOB_FORMAT = ("%i", "%j", "%k", "%T", "%l", "%m", "%C")
JOB_FIELDS = ("job_id", "name", "comment", "state", "time_limit", "memory", "cpus")


def missing_requirements() -> list[str]:
    """Why a local cluster cannot start here (empty when it can): not root,
    a command missing, or a SLURM configuration that is not ours."""
    problems = []
    if os.geteuid() != 0:
        problems.append("slurmd must run as root: run `sudo make test-cluster`")
    absent = [name for name in COMMANDS if shutil.which(name) is None]
    if absent:
        problems.append(
            f"missing {', '.join(absent)}: `make slurm` installs Debian's slurm-wlm and munge"
        )
    if SYSTEM_CONF.exists() and not SYSTEM_CONF.read_text().startswith(MARKER):
        problems.append(f"{SYSTEM_CONF} belongs to a real SLURM installation; not overwriting it")
    return problems


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def node_line(slurmd_c: str) -> str:
    """The ``NodeName=`` line of ``slurmd -C`` (this machine's real CPUs,
    sockets and memory in MB), without its ``UpTime`` line."""
    return next(line for line in slurmd_c.splitlines() if line.startswith("NodeName="))


def slurm_conf(folder: Path, node: str, ports: tuple[int, int]) -> str:
    """slurm.conf of a one-node cluster whose state, spool and logs are all in
    ``folder``. No accounting daemon: finished jobs stay visible to
    ``squeue`` for an hour (MinJobAge) and are written to the job completion
    log ``folder/log/jobcomp.log``."""
    host = socket.gethostname().split(".")[0]
    name = node.split()[0].removeprefix("NodeName=")
    return "\n".join([
        MARKER,
        "ClusterName=newsdag",
        f"SlurmctldHost={host}(127.0.0.1)",  # addresses given: no name lookups
        "SlurmUser=root",
        "SlurmdUser=root",
        f"SlurmctldPort={ports[0]}",
        f"SlurmdPort={ports[1]}",
        "AuthType=auth/munge",
        "CredType=cred/munge",
        f"AuthInfo=socket={folder}/munge/munge.socket",
        f"StateSaveLocation={folder}/state",
        f"SlurmdSpoolDir={folder}/spool",
        f"SlurmctldPidFile={folder}/slurmctld.pid",
        f"SlurmdPidFile={folder}/slurmd.pid",
        f"SlurmctldLogFile={folder}/log/slurmctld.log",
        f"SlurmdLogFile={folder}/log/slurmd.log",
        # Containers and CI machines rarely give slurmd cgroups to manage.
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "MpiDefault=none",
        "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_CPU_Memory",
        "ReturnToService=2",
        "MinJobAge=3600",
        "AccountingStorageType=accounting_storage/none",
        "JobAcctGatherType=jobacct_gather/none",
        "JobCompType=jobcomp/filetxt",
        f"JobCompLoc={folder}/log/jobcomp.log",
        f"{node} NodeAddr=127.0.0.1 State=UNKNOWN",
        f"PartitionName={PARTITION} Nodes={name} Default=YES MaxTime=INFINITE State=UP",
        "",
    ])  # fmt: skip


class LocalSlurm:
    """Start with ``with LocalSlurm(folder) as cluster:``; the daemons it
    started are stopped, and its slurm.conf removed, on leaving the block."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.processes: dict[str, subprocess.Popen] = {}

    def __enter__(self) -> "LocalSlurm":
        problems = missing_requirements()
        if problems:
            raise RuntimeError("cannot start a local SLURM cluster: " + "; ".join(problems))
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        for part in ("munge", "state", "spool", "log"):
            (self.folder / part).mkdir(parents=True, exist_ok=True)
        key = self.folder / "munge" / "munge.key"
        key.write_bytes(os.urandom(128))
        key.chmod(0o600)
        munge = self.folder / "munge"
        files = [f"--key-file={key}", f"--socket={munge}/munge.socket",
                 f"--pid-file={munge}/munged.pid", f"--log-file={munge}/munged.log",
                 f"--seed-file={munge}/munged.seed"]  # fmt: skip
        self.spawn("munged", "munged", "--foreground", "--force", *files)
        wait_for(lambda: (munge / "munge.socket").exists(), "munged's socket", self)
        node = node_line(subprocess.run(["slurmd", "-C"], capture_output=True, text=True,
                                        check=True).stdout)  # fmt: skip
        SYSTEM_CONF.parent.mkdir(parents=True, exist_ok=True)
        SYSTEM_CONF.write_text(slurm_conf(self.folder, node, (free_port(), free_port())))
        self.spawn("slurmctld", "slurmctld", "-D")
        self.spawn("slurmd", "slurmd", "-D")
        wait_for(self.node_is_idle, "the node to become idle", self)

    def spawn(self, name: str, *command: str) -> None:
        log = open(self.folder / "log" / f"{name}.out", "w")
        self.processes[name] = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)

    def node_is_idle(self) -> bool:
        for name, process in self.processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}: {self.logs()}")
        state = subprocess.run(["sinfo", "--noheader", "--format=%T"], capture_output=True,
                               text=True)  # fmt: skip
        return state.returncode == 0 and state.stdout.strip() == "idle"

    def stop(self) -> None:
        """Stop the daemons this cluster started (node first) and remove its
        slurm.conf; safe to call twice."""
        for name in reversed(DAEMONS):
            process = self.processes.pop(name, None)
            if process is None or process.poll() is not None:
                continue
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if SYSTEM_CONF.exists() and SYSTEM_CONF.read_text().startswith(MARKER):
            SYSTEM_CONF.unlink()

    def jobs(self) -> list[dict]:
        """Every job the controller knows (finished ones for an hour), as
        dicts with ``JOB_FIELDS``, by job id."""
        out = subprocess.run(
            ["squeue", "--states=all", "--noheader", "--format=" + "|".join(JOB_FORMAT)],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        rows = [dict(zip(JOB_FIELDS, line.split("|"))) for line in out.splitlines() if line]
        return sorted(rows, key=lambda row: int(row["job_id"]))

    def completed_log(self) -> str:
        """The job completion log: one line per finished job."""
        path = self.folder / "log" / "jobcomp.log"
        return path.read_text() if path.exists() else ""

    def logs(self) -> str:
        """The end of each daemon's log, for failure messages."""
        parts = []
        for path in sorted((self.folder / "log").glob("*")):
            if path.is_file() and path.name != "jobcomp.log":
                parts.append(f"--- {path.name}\n" + "\n".join(path.read_text().splitlines()[-15:]))
        return "\n".join(parts)


def wait_for(ready, what: str, cluster: LocalSlurm, seconds: float = 60) -> None:
    """Poll ``ready()`` every 0.2 s until true; RuntimeError with the daemons'
    logs after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}:\n{cluster.logs()}")
        time.sleep(0.2)
