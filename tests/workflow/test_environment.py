"""The pip lock and environment.yml pin the same versions."""

import re

import yaml

from tests.support import ROOT


def pins(path):
    lines = (ROOT / path).read_text().splitlines()
    return {
        m.group(1).lower().replace("_", "-"): m.group(2)
        for line in lines
        if (m := re.match(r"^([A-Za-z0-9_.-]+)==(\S+)$", line.strip()))
    }


def test_lock_contains_every_direct_pin():
    direct, lock = pins("requirements.in"), pins("requirements.txt")
    assert direct and all(lock.get(name) == version for name, version in direct.items())


def test_environment_yml_matches_requirements_in():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):  # the pip section
            conda.update(p.lower().split("==") for p in dep["pip"])
        elif dep != "pip":
            name, _, version = dep.partition("=")
            conda[re.sub(r"-(minimal|base)$", "", name)] = version
    assert conda.pop("python") == "3.11"
    assert conda == pins("requirements.in")
