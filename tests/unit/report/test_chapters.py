"""The chapter list that drives re-execution, and what each chapter is given."""

import re

import pytest
import yaml
from newsdag.report.chapters import chapter_parameters, load_config, read_chapters
from newsdag.report.notebook import read_notebook

from tests.support import ROOT

CHAPTERS = yaml.safe_load((ROOT / "notebooks/chapters.yaml").read_text())


@pytest.mark.parametrize("chapter", list(CHAPTERS))
def test_each_chapter_reads_only_the_inputs_it_declares(chapter):
    source = (ROOT / f"notebooks/{chapter}.py").read_text()
    read = set(re.findall(r'"(results/[^"]+)"', source))
    assert read == set(CHAPTERS[chapter]["inputs"])
    notebook = read_notebook(ROOT / f"notebooks/{chapter}.py")
    assert notebook.cells[0].cell_type == "markdown"
    assert notebook.cells[0].source.startswith("# ")  # the chapter title
    defaults = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(defaults) == 1
    for key in CHAPTERS[chapter]["config"]:
        assert re.search(rf"^{key} = ", defaults[0].source, re.M), key


def test_chapters_are_read_in_report_order():
    chapters = read_chapters()
    assert list(chapters) == list(CHAPTERS)
    assert list(chapters)[-1] == "methods"


def test_a_chapter_gets_its_config_keys_or_the_whole_config(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("top_actors: 5\n")
    config = load_config(path)
    assert config["top_actors"] == 5 and config["min_outlet_articles"] == 3  # a default
    assert chapter_parameters({"config": ["top_actors"]}, config) == {"top_actors": 5}
    assert chapter_parameters({"config": ["config"]}, config) == {"config": config}
