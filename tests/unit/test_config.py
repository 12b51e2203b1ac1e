"""A bad config or outlet sheet stops at once with a message naming where and how to fix."""

import pytest
import yaml
from newsdag.config import (
    ConfigError,
    config_problems,
    file_problems,
    load_schema,
    merged_alias_actors,
    read_alias_file,
    read_outlet_sheet,
)

from newsdag.text.normalise import fold_name

from tests.support import ROOT

CONFIG_SCHEMA = load_schema(ROOT / "workflow/schemas/config.schema.yaml")
SHEET_SCHEMA = load_schema(ROOT / "workflow/schemas/outlets.schema.yaml")
HEADER = "doc_id\tdomain\toutlet\ttitle\tdate\n"


def shipped_config():
    return yaml.safe_load((ROOT / "config/config.yaml").read_text())


def test_shipped_config_and_sheet_are_valid():
    assert config_problems(shipped_config(), CONFIG_SCHEMA) == []
    example = yaml.safe_load((ROOT / "config/examples/basil.yaml").read_text())
    assert config_problems({**shipped_config(), **example}, CONFIG_SCHEMA) == []
    assert file_problems(shipped_config(), ROOT) == []
    assert read_outlet_sheet(ROOT / "config/outlets.tsv", SHEET_SCHEMA) == []


def test_every_config_key_has_a_default_and_a_description():
    for key, spec in CONFIG_SCHEMA["properties"].items():
        assert "default" in spec and spec["description"].strip(), key
    assert sorted(shipped_config()) == sorted(CONFIG_SCHEMA["properties"])


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            {"shards": "many"},
            "config key 'shards': 'many' is not of type 'integer'. Fix: Number of shards",
        ),
        ({"shards": 0}, "config key 'shards': 0 is less than the minimum of 1. Fix:"),
        ({"min_body_words": 2.5}, "config key 'min_body_words'"),
        ({"patterns": []}, "config key 'patterns'"),
        (
            {"day_first": "yes"},
            "config key 'day_first': 'yes' is not of type 'boolean'. Fix: Read ambiguous",
        ),
        (
            {"shard": 8},
            "config key 'shard' is not a newsdag setting. Fix: did you mean 'shards'? Known keys are actor_majority, actor_match_threshold,",
        ),
        (
            {"fallback_encoding": "klingon"},
            "config key 'fallback_encoding': 'klingon' is not an encoding",
        ),
        (
            {"fields": {"bdy": "story_text"}},
            "config key 'fields/bdy' is not a newsdag setting. Fix: did you mean 'body'? Known "
            "keys are body, byline, date, id, outlet, subtitle, title, url.",
        ),
        ({"fields": {"body": []}}, "config key 'fields/body': [] is not valid under any"),
        (
            {"outlet_aliases": {"HuffPost": "hpo"}},
            "config key 'outlet_aliases/HuffPost': 'hpo' is not of type 'array'. Fix: Your outlet",
        ),
        (
            {"outlet_aliases": {"HuffPost": ["hpo"], "Huffington Post": ["HPO"]}},
            "config key 'outlet_aliases': 'HPO' is listed for both 'HuffPost' and "
            "'Huffington Post'. Fix: keep it under one outlet.",
        ),
        ({"latest_date": "2019-02-30"}, "config key 'latest_date': '2019-02-30' is not a calendar"),
        ({"latest_date": "today"}, "config key 'latest_date': 'today' does not match"),
    ],
)
def test_config_problems_name_key_and_fix(change, expected):
    problems = config_problems({**shipped_config(), **change}, CONFIG_SCHEMA)
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_missing_corpus_and_sheet_are_reported(tmp_path):
    config = {**shipped_config(), "corpus": "nowhere", "outlet_sheet": "config/none.tsv"}
    problems = file_problems(config, ROOT)
    assert problems[0].startswith("config key 'corpus': folder 'nowhere' does not exist. Fix:")
    assert problems[1].startswith(
        "config key 'outlet_sheet': file 'config/none.tsv' does not exist. Fix:"
    )


def test_a_missing_actor_resource_is_reported():
    config = {**shipped_config(), "actor_resources": "workflow/resources/none.yaml"}
    assert file_problems(config, ROOT) == [
        "config key 'actor_resources': file 'workflow/resources/none.yaml' does not exist. "
        "Fix: create it (a YAML list of '- name: ...' entries) or set actor_resources: ''."
    ]


def test_the_users_actors_win_over_the_shipped_ones():
    shipped = read_alias_file(ROOT / "workflow/resources/actors.yaml")
    own = read_alias_file(ROOT / "config/actors.yaml")
    merged = merged_alias_actors(shipped, own)
    by_name = {entry["name"]: entry for entry in merged}
    # the seeds' list names the State Department its own way: theirs replaces ours
    assert by_name["US State Department"] in own
    assert by_name["US State Department"]["aliases"] == [
        "State Department",
        "U.S. State Department",
    ]
    assert "Republican Party" in by_name and "Mike Pompeo" in by_name  # the rest of both
    names = [n for e in merged for n in {fold_name(n) for n in [e["name"], *e["aliases"]]}]
    assert len(names) == len(set(names))  # no written form is listed for two actors


def test_good_sheet_rows(tmp_path):
    sheet = tmp_path / "outlets.tsv"
    sheet.write_text(
        "# comment\n" + HEADER + "a\t\tMy Paper\t\t2019-05-05\n\tmy-paper.org\tMy Paper\t\t\n"
    )
    rows = read_outlet_sheet(sheet, SHEET_SCHEMA)
    assert rows == [
        {"doc_id": "a", "domain": "", "outlet": "My Paper", "title": "", "date": "2019-05-05"},
        {"doc_id": "", "domain": "my-paper.org", "outlet": "My Paper", "title": "", "date": ""},
    ]


@pytest.mark.parametrize(
    "row, expected",
    [
        ("a\t\tX\t\t05/05/2019\n", "line 3, column 'date': '05/05/2019' does not match"),
        ("a\t\tX\t\t2019-02-30\n", "line 3, column 'date': '2019-02-30' is not a calendar date"),
        ("\thttps://www.dw.com\tDW\t\t\n", "line 3, column 'domain':"),
        (
            "a\tdw.com\tDW\t\t\n",
            "line 3, columns 'doc_id'/'domain': a row names a document or a domain",
        ),
        ("\t\tDW\t\t\n", "line 3, columns 'doc_id'/'domain'"),
        ("\tdw.com\t\t\t\n", "line 3, column 'outlet': a domain row needs"),
        (
            "\tdw.com\tDW\tA title\t\n",
            "line 3, column 'title': titles and dates belong to documents",
        ),
        ("a\t\t\t\t\n", "line 3, column 'outlet': the row overrides nothing"),
        ("a\t\tX\t\t\t\textra\n", "line 3: 7 cells but 5 columns"),
    ],
)
def test_bad_sheet_row_names_file_line_and_column(tmp_path, row, expected):
    sheet = tmp_path / "outlets.tsv"
    sheet.write_text("# my overrides\n" + HEADER + row)
    with pytest.raises(ConfigError) as error:
        read_outlet_sheet(sheet, SHEET_SCHEMA)
    message = str(error.value)
    assert message.startswith(f"{sheet}, {expected}"), message
    assert "Fix:" in message


def test_sheet_rejects_unknown_column_and_repeated_keys(tmp_path):
    sheet = tmp_path / "outlets.tsv"
    sheet.write_text("doc_id\toutlet\tpublisher\n")
    with pytest.raises(ConfigError, match="line 1, column 'publisher': not a column"):
        read_outlet_sheet(sheet, SHEET_SCHEMA)
    sheet.write_text(HEADER + "a\t\tX\t\t\na\t\tY\t\t\n")
    with pytest.raises(ConfigError, match="line 3, column 'doc_id': 'a' is already on line 2"):
        read_outlet_sheet(sheet, SHEET_SCHEMA)
