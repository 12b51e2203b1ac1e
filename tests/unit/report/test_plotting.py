"""Saved figures carry no dates, versions or random ids."""

import hashlib

from newsdag.report.plotting import empty_figure, plt, save_figure


def test_saved_figures_are_byte_stable_and_carry_no_metadata(tmp_path):
    digests = []
    for run in ("1", "2"):
        paths = [tmp_path / run / "note.png", tmp_path / run / "note.svg"]
        figure = empty_figure("Nothing to show.")
        save_figure(figure, paths)  # creates the folder
        assert not plt.fignum_exists(figure.number)  # and closes the figure
        digests.append([hashlib.sha256(p.read_bytes()).hexdigest() for p in paths])
    assert digests[0] == digests[1]
    svg = (tmp_path / "1" / "note.svg").read_text()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg and "<dc:format>" not in svg
    assert b"Software" not in (tmp_path / "1" / "note.png").read_bytes()


def test_empty_figure_says_why():
    figure = empty_figure("No actors were found in the corpus.")
    assert [t.get_text() for t in figure.axes[0].texts] == ["No actors were found in the corpus."]
    assert not figure.axes[0].axison
    plt.close(figure)
