"""Per-process timings for ``python -m bench --profile``.

On ``PYTHONPATH`` only in benchmark runs: when ``NEWSDAG_PROFILE`` names a
file, every Python process the run starts (Snakemake, each job's script,
each notebook kernel) appends one JSON line to it at exit: what it ran,
wall seconds, CPU seconds and peak resident memory (MB).
"""

import atexit
import json
import os
import resource
import sys
import time

_START = time.perf_counter()
_TARGET = os.environ.get("NEWSDAG_PROFILE")


def _what_ran() -> str:
    argv = list(sys.argv)
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name:
        return "-m " + spec.name.removesuffix(".__main__")
    path = argv[0] if argv else ""
    name = os.path.basename(path)
    # Snakemake's script: directive runs a copy named tmpXXXX.<script>.py
    return name.split(".", 1)[1] if name.startswith("tmp") and "." in name else name


def _peak_rss_mb() -> float:
    """This process's own peak resident memory (``VmHWM``; unlike
    ``ru_maxrss`` it is not inherited from the parent across exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _record() -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    line = {
        "ran": _what_ran(),
        "wall_seconds": round(time.perf_counter() - _START, 3),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }
    with open(_TARGET, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(line) + "\n")


if _TARGET:
    atexit.register(_record)
