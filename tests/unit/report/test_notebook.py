"""Running a chapter notebook: parameters, a fresh kernel in the project,
the audit of what it reads, and errors with their cell."""

import os
from pathlib import Path

import nbformat
import pytest
from newsdag.report.notebook import (
    NotebookError,
    execute_notebook,
    inject_parameters,
    normalise_notebook,
    write_notebook,
)
from newsdag.report.render import chapter_html, render_chapter


def test_parameters_are_injected_after_the_parameters_cell():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# T"),
        nbformat.v4.new_code_cell("n = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print(n)"),
    ]
    inject_parameters(notebook, {"n": 5, "config": {"b": 1, "a": "x"}})
    assert notebook.cells[2].source.splitlines()[1:] == ["config = {'a': 'x', 'b': 1}", "n = 5"]
    assert notebook.cells[2].metadata["tags"] == ["injected-parameters"]
    html = chapter_html(notebook, "t")
    assert "n = 1" not in html and "n = 5" in html  # the defaults cell is left out


def kernels_of_this_process() -> list[int]:
    """Running ipykernel processes whose parent is this test process."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if parent == os.getpid() and b"ipykernel_launcher" in command:
            found.append(int(stat.parent.name))
    return found


def test_a_notebook_runs_in_the_project_with_newsdag_importable(tmp_path, monkeypatch):
    startup = tmp_path / "ipython/profile_default/startup"
    startup.mkdir(parents=True)
    (startup / "00-machine.py").write_text(f"open({str(tmp_path / 'leaked')!r}, 'w')\n")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # the machine's profile
    monkeypatch.delenv("PYTHONPATH", raising=False)  # newsdag comes from the environment
    (tmp_path / "results").mkdir()
    (tmp_path / "results/value.txt").write_text("42")
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell(
            "from newsdag.report.blocks import paragraph_html, show\n"
            "show(paragraph_html(open('results/value.txt').read() + ' <articles>'))"
        )
    ]
    execute_notebook(notebook, tmp_path)
    assert not (tmp_path / "leaked").exists()  # the kernel ignored the machine's profile
    assert kernels_of_this_process() == []  # and was shut down
    assert notebook.cells[0].metadata["execution"]  # timestamps, before normalising
    normalise_notebook(notebook)
    assert "execution" not in notebook.cells[0].metadata
    assert notebook.metadata["language_info"] == {"name": "python"}
    assert "<p>42 &lt;articles&gt;</p>" in chapter_html(notebook, "c")


def test_a_chapter_reading_an_undeclared_table_fails(tmp_path):
    (tmp_path / "results").mkdir()
    (tmp_path / "results/a.csv").write_text("x\n1\n")
    (tmp_path / "results/b.csv").write_text("x\n2\n")
    chapter = tmp_path / "chapter.py"
    chapter.write_text(
        "# %%\nimport pandas as pd\nname = 'b'\n"
        "frames = [pd.read_csv('results/a.csv'), pd.read_csv(f'results/{name}.csv')]\n"
    )
    notebook, page = render_chapter(
        chapter, "c", {}, tmp_path, declared_inputs=["results/a.csv", "results/b.csv"]
    )
    write_notebook(notebook, tmp_path / "c.ipynb")
    assert page.startswith('<section class="chapter">')
    assert "newsdag-audit" not in (tmp_path / "c.ipynb").read_text()
    with pytest.raises(NotebookError, match=r"chapter c read results/b.csv, which"):
        render_chapter(chapter, "c", {}, tmp_path, declared_inputs=["results/a.csv"])
    assert kernels_of_this_process() == []


def test_a_failing_cell_reports_its_source_and_error(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("table = {}\ntable['missing_column']")]
    with pytest.raises(NotebookError) as error:
        execute_notebook(notebook, tmp_path)
    message = str(error.value)
    assert "table['missing_column']" in message and "KeyError: 'missing_column'" in message
    assert "\x1b[" not in message  # no terminal colours in the log
