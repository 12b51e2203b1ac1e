"""The story measures of ``bench/story_quality.py`` on hand-made groupings."""

import pytest
from bench.story_quality import adjusted_rand_index, whole_events


def test_adjusted_rand_index_of_known_groupings():
    truth = ["a", "a", "a", "b", "b", "b"]
    assert adjusted_rand_index(truth, [1, 1, 1, 2, 2, 2]) == 1.0  # names do not matter
    # 2 pairs together in both; 1.2 expected by chance; (2 - 1.2) / (4.5 - 1.2)
    assert adjusted_rand_index(truth, [1, 1, 2, 2, 3, 3]) == pytest.approx(0.8 / 3.3)
    merged = adjusted_rand_index(truth, [1] * 6)  # two events as one story
    assert merged == 0.0
    split = adjusted_rand_index(truth, [1, 1, 2, 3, 3, 3])  # one article split off
    assert 0 < split < 1


def test_whole_events_need_a_story_of_their_own():
    truth = ["a", "a", "b", "b", "c"]
    assert whole_events(truth, [1, 1, 2, 2, 3]) == 3
    assert whole_events(truth, [1, 1, 1, 1, 3]) == 1  # a and b share a story: neither is whole
    assert whole_events(truth, [1, 2, 3, 3, 4]) == 2
