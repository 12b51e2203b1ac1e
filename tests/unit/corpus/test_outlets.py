"""The outlet tables and the resolution of parser evidence to one outlet."""

from newsdag.corpus.outlets import (
    OutletTable,
    load_outlet_table,
    merge_spellings,
    outlet_key,
    resolve_outlet,
)

from tests.support import ROOT


def test_resolve_outlet_order(outlet_table):
    url = ["url domain", "domain", "themoscowtimes.com"]
    tag = ["source tag", "name", "ANI"]
    email = ["author e-mail domain", "domain", "breitbart.com"]
    assert resolve_outlet([url, tag], outlet_table) == (
        "The Moscow Times",
        "url domain",
        "themoscowtimes.com",
    )
    assert resolve_outlet([tag, email], outlet_table) == ("ANI", "source tag", "ANI")
    assert resolve_outlet([email], outlet_table)[:2] == ("Breitbart", "author e-mail domain")
    assert resolve_outlet([], outlet_table) == ("unknown", "none", "")


def test_names_map_through_aliases_and_subdomains(outlet_table):
    assert (
        resolve_outlet([["page title suffix", "name", "Deutsche Welle"]], outlet_table)[0] == "DW"
    )
    assert resolve_outlet([["url domain", "domain", "edition.cnn.com"]], outlet_table)[0] == "CNN"


def test_unlisted_domain_only_decides_when_nothing_else_does(outlet_table):
    unlisted = ["url domain", "domain", "example-news.org"]
    assert resolve_outlet([unlisted], outlet_table) == (
        "example-news.org",
        "url domain (domain not in outlet table)",
        "example-news.org",
    )
    assert resolve_outlet([unlisted, ["source tag", "name", "ANI"]], outlet_table)[0] == "ANI"


def test_outlet_key_ignores_case_and_spacing():
    assert outlet_key(" Fox  News ") == outlet_key("FOX NEWS") == "fox news"


def test_table_rows_give_domains_names_and_aliases():
    table = OutletTable.from_rows(
        [{"domain": "DW.com", "outlet": "DW", "aliases": "Deutsche Welle;DW News"},
         {"domain": "nytimes.com", "outlet": "The New York Times", "aliases": ""}]
    )  # fmt: skip
    assert table.outlet_for_domain("p.dw.com") == ("DW", "dw.com")
    assert table.outlet_for_domain("example.org") is None
    assert table.outlet_for_name("deutsche  welle") == "DW"
    assert table.outlet_for_name("https://www.nytimes.com/") == "The New York Times"
    assert table.outlet_for_name(" Daily   Planet ") == "Daily Planet"  # unlisted: spacing tidied
    assert table.knows("DW") and not table.knows("Deutsche Welle") and not table.knows("dw")


def test_user_domains_and_aliases_win_over_the_shipped_table(outlet_table):
    table = OutletTable(dict(outlet_table.by_domain), dict(outlet_table.by_name))
    table.add("my-paper.org", "My Paper", user=True)
    table.add_aliases("HuffPost", ["hpo"])
    table.add_aliases("My DW", ["DW"])
    assert table.user_domains == {"my-paper.org"}
    assert table.outlet_for_name("my paper") == "My Paper"
    assert table.outlet_for_name("hpo") == "HuffPost"
    assert table.outlet_for_name("dw") == "My DW"


def test_merge_spellings_makes_one_of_an_unlisted_outlets_spellings(outlet_table):
    documents = [{"outlet": name} for name in ("hpo", "HPO", "hpo", "Fox News", "b", "B")]
    merged = [d["outlet"] for d in merge_spellings(documents, outlet_table)]
    assert merged == ["hpo", "hpo", "hpo", "Fox News", "B", "B"]  # tie: the first in sort order


def test_load_outlet_table_reads_the_shipped_table_and_checks_the_sheet(tmp_path):
    domains = ROOT / "workflow/resources/outlet_domains.tsv"
    schema = ROOT / "workflow/schemas/outlets.schema.yaml"
    sheet = tmp_path / "outlets.tsv"
    sheet.write_text("doc_id\tdomain\toutlet\ttitle\tdate\n\tmy-paper.org\tMy Paper\t\t\n")
    table, rows = load_outlet_table(domains, sheet, schema)
    assert table.outlet_for_domain("edition.cnn.com") == ("CNN", "cnn.com")
    assert rows == [
        {"doc_id": "", "domain": "my-paper.org", "outlet": "My Paper", "title": "", "date": ""}
    ]
    assert load_outlet_table(domains, "", schema)[1] == []
