"""Every per-outlet table's rows: each outlet by name, then ALL."""

import pandas as pd
from newsdag.stats.groups import outlets_and_all


def test_outlets_in_name_order_then_all_pooled():
    frame = pd.DataFrame({"outlet": ["TASS", "DW", "TASS", "ANI"], "words": [10, 20, 30, 40]})
    groups = [(outlet, rows["words"].sum()) for outlet, rows in outlets_and_all(frame)]
    assert groups == [("ANI", 40), ("DW", 20), ("TASS", 40), ("ALL", 100)]
