"""library_files: the library a script is built from, found by its imports."""

from newsdag.code import imported_modules, library_files, module_file

from tests.support import ROOT


def test_a_script_brings_the_modules_it_imports_and_theirs(tmp_path):
    script = tmp_path / "stage.py"
    script.write_text(
        "import json\n"
        "from newsdag.text.sentences import Sentences\n"
        "from newsdag import constants\n"
        "import newsdag.io\n"
        "from newsdag.stats.groups import (\n    outlets_and_all,  # a comment\n)\n\n\n"
        "def lazy():\n    from newsdag.report import blocks, plotting as p\n"
    )
    assert imported_modules(script) == {
        "newsdag", "newsdag.text", "newsdag.text.sentences", "newsdag.constants", "newsdag.io",
        "newsdag.stats", "newsdag.stats.groups", "newsdag.report", "newsdag.report.blocks",
        "newsdag.report.plotting",
    }  # fmt: skip
    files = library_files(script)
    assert "scripts/newsdag/text/sentences.py" in files and "scripts/newsdag/io.py" in files
    assert files == tuple(sorted(files)) and all((ROOT / f).is_file() for f in files)


def test_modules_reached_only_through_other_modules_count():
    # the spaCy stage's script imports newsdag.nlp.annotation, which imports
    # mentions, names and the reporting verbs, which import the word pattern
    files = library_files("scripts/annotate_articles.py")
    for module in ("nlp/annotation", "nlp/mentions", "nlp/names", "nlp/reporting_verbs",
                   "text/words", "text/normalise"):  # fmt: skip
        assert f"scripts/newsdag/{module}.py" in files
    assert not any("/report/" in f or "/quotes/" in f for f in files)


def test_names_that_are_not_modules_are_left_out():
    assert module_file("newsdag.text.words") == ROOT / "scripts/newsdag/text/words.py"
    assert module_file("newsdag.text.words.WORD") is None
    assert module_file("json") is None
