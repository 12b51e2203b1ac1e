"""newsdag's benchmark: a deterministic corpus builder and the timed runs
of ``make bench`` (``python -m bench``). See ``bench/README.md``."""
