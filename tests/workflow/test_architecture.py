"""The architecture holds: one thin entry point per rule over one library,
tests arranged like the code, and docs/architecture.md in step with all of it."""

import ast
import importlib.util
import re
import subprocess
import sys
import tomllib

import pytest

from tests.support import ROOT

SCRIPTS = ROOT / "scripts"
LIBRARY = SCRIPTS / "newsdag"
UNIT_TESTS = ROOT / "tests" / "unit"
ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text()
MAX_LINES = 500
# Library modules without a test file of their own, and why.
UNTESTED = {
    "constants.py": "values only; every stage's tests use them",
}


def rule_scripts() -> dict[str, str]:
    """rule name -> the script its ``script:`` directive runs (file stem)."""
    found = {}
    for smk in sorted((ROOT / "workflow" / "rules").glob("*.smk")):
        text = smk.read_text()
        for rule, body in re.findall(r"^rule (\w+):\n((?:[ \t]+.*\n|\n)*)", text, re.M):
            script = re.search(r'script:\s*\n\s*"\.\./\.\./scripts/(\w+)\.py"', body)
            if script:
                found[rule] = script.group(1)
    return found


def test_every_rule_takes_the_library_code_it_is_built_from_as_input():
    """So that an edit to the library reruns the rules built on it."""
    for smk in sorted((ROOT / "workflow" / "rules").glob("*.smk")):
        text = smk.read_text()
        for rule, body in re.findall(r"^rule (\w+):\n((?:[ \t]+.*\n|\n)*)", text, re.M):
            if "script:" not in body:
                continue
            expected = (
                "code=chapter_code,"
                if rule == "render_notebook"
                else f'code=library_code("scripts/{rule}.py"),'
            )
            assert expected in body.split("    output:")[0], rule


def entry_points() -> list:
    return sorted(SCRIPTS.glob("*.py"))


def library_modules() -> list:
    return sorted(LIBRARY.rglob("*.py"))


def imported_modules(path) -> set[str]:
    """Top-level names of every module ``path`` imports."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_every_top_level_script_is_the_entry_point_of_the_rule_it_is_named_after():
    rules = rule_scripts()
    assert rules and all(rule == script for rule, script in rules.items()), rules
    assert {path.stem for path in entry_points()} == set(rules.values())


def test_no_entry_point_imports_another():
    stems = {path.stem for path in entry_points()}
    for path in entry_points():
        assert not imported_modules(path) & stems, path.name


def test_no_python_module_is_over_500_lines():
    long = {
        path.relative_to(ROOT).as_posix(): n
        for path in [*entry_points(), *library_modules()]
        if (n := len(path.read_text().splitlines())) > MAX_LINES
    }
    assert not long


def test_the_library_never_sees_the_snakemake_object():
    for path in library_modules():
        tree = ast.parse(path.read_text())
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        assert "snakemake" not in names, path.relative_to(ROOT)


def test_the_library_is_importable_one_way_only():
    """Installed (pyproject.toml, ``pip install -e .``): no path set by hand."""
    places = [*SCRIPTS.rglob("*.py"), *(ROOT / "bench").rglob("*.py"),
              *(ROOT / "tests").rglob("*.py"), *(ROOT / "workflow").rglob("*.smk"),
              ROOT / "Snakefile", *(ROOT / "notebooks").glob("*.py")]  # fmt: skip
    for path in places:
        if path == ROOT / "tests" / "workflow" / "test_architecture.py":
            continue
        text = path.read_text()
        assert "sys.path" not in text, path.relative_to(ROOT)
        # bench/ sets PYTHONPATH for its profiling hook (sitecustomize), and a
        # test clears it to show the notebook kernel does without
        if not {"bench", "tests"} & set(path.relative_to(ROOT).parts):
            assert "PYTHONPATH" not in text, path.relative_to(ROOT)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "pythonpath" not in project["tool"]["pytest"]["ini_options"]
    packages = {
        ".".join(init.parent.relative_to(SCRIPTS).parts) for init in LIBRARY.rglob("__init__.py")
    }
    assert packages <= set(project["tool"]["setuptools"]["packages"])


def test_unit_tests_mirror_the_library():
    modules = {
        path.relative_to(LIBRARY).as_posix()
        for path in library_modules()
        if path.name != "__init__.py"
    }
    tests = {
        path.relative_to(UNIT_TESTS).with_name(path.name.removeprefix("test_")).as_posix()
        for path in UNIT_TESTS.rglob("test_*.py")
    }
    assert not tests - modules, "unit tests of no library module"
    assert modules - tests == set(UNTESTED), "library modules without a unit test file"


def load_rulegraph():
    spec = importlib.util.spec_from_file_location("rulegraph", ROOT / "docs" / "rulegraph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_data_flow_figure_is_up_to_date():
    done = subprocess.run([sys.executable, "docs/rulegraph.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_stages_are_numbered_in_dag_order():
    rulegraph = load_rulegraph()
    number = {}
    for _, title, rules in rulegraph.stages():
        stage = int(re.match(r"Stage (\d+):", title).group(1))
        number.update((rule, stage) for rule in rules)
    assert sorted(set(number.values())) == list(range(1, max(number.values()) + 1))
    edges = rulegraph.edges_of(rulegraph.rule_graph_dot())
    assert edges and all(number[a] <= number[b] for a, b in edges)


@pytest.mark.parametrize(
    "kind", ["rules", "entry points", "library modules", "notebooks", "test files"]
)
def test_the_architecture_page_names_every_part(kind):
    names = {
        "rules": [f"`{rule}`" for rule in rule_scripts()],
        "entry points": [f"`scripts/{p.name}`" for p in entry_points()],
        "library modules": [
            p.relative_to(SCRIPTS).with_suffix("").as_posix().replace("/", ".")
            for p in library_modules()
            if p.name != "__init__.py"
        ],
        "notebooks": [f"`notebooks/{p.name}`" for p in sorted((ROOT / "notebooks").glob("*.py"))],
        "test files": [
            p.relative_to(ROOT / "tests").as_posix()
            for p in sorted((ROOT / "tests").rglob("test_*.py"))
        ],
    }[kind]
    assert [name for name in names if name not in ARCHITECTURE] == []
