"""End to end: Snakemake runs the workflow on small corpora in a scratch copy."""

import codecs
import hashlib
import json
import re

import pandas as pd
import pytest

from conftest import SEEDS, make_project, run_snakemake

pytestmark = pytest.mark.workflow


def digests(folder):
    """sha256 of every file under ``folder``, by relative path."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def planned_jobs(project, **config):
    """Rule name -> number of jobs a dry run would execute."""
    out = run_snakemake(project, "--dry-run", "--cores", "1", config=config).stdout
    if "Nothing to be done" in out:
        return {}
    table = out[out.index("Job stats:") :]
    return {
        m.group(1): int(m.group(2))
        for m in re.finditer(r"^(\w+)\s+(\d+)$", table, re.M)
        if m.group(1) != "total"
    }


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("seeds"))
    first = run_snakemake(project, "--cores", "4")
    return project, first


def test_seeds_give_five_documents_in_four_outlets(seeds_run):
    project, _ = seeds_run
    documents = pd.read_csv(
        project / "results/tables/documents.csv", dtype=str, keep_default_na=False
    )
    assert list(documents["doc_id"]) == sorted(p.stem for p in SEEDS.iterdir())
    assert list(documents["outlet"]) == [
        "The Moscow Times",
        "The Moscow Times",
        "ANI",
        "Breitbart",
        "DW",
    ]
    assert list(documents["date"]) == ["2019-05-02", "2019-05-01", "", "", "2019-05-05"]
    assert (project / "results/tables/skipped.csv").read_text() == "doc_id,source_path,reason\n"
    corpus = [json.loads(line) for line in (project / "results/corpus/documents.jsonl").open()]
    assert [c["doc_id"] for c in corpus] == list(documents["doc_id"])
    assert all(c["body"] and c["n_words"] == int(n) for c, n in zip(corpus, documents["n_words"]))


def test_seeds_give_entity_tables_and_figures(seeds_run):
    project, _ = seeds_run
    by_outlet = pd.read_csv(project / "results/tables/entities_by_outlet.csv")
    assert set(by_outlet["outlet"]) == {"ALL", "ANI", "Breitbart", "DW", "The Moscow Times"}
    top = by_outlet[by_outlet["outlet"] == "ALL"].head(8)
    assert {"Nicolás Maduro", "Mike Pompeo", "Sergei Lavrov", "Juan Guaidó"} <= set(top["actor"])
    pairs = pd.read_csv(project / "results/tables/cooccurrence.csv")
    pair = pairs[
        (pairs["outlet"] == "ALL")
        & (pairs["window"] == "document")
        & (pairs["actor_a"] == "Mike Pompeo")
        & (pairs["actor_b"] == "Sergei Lavrov")
    ]
    assert int(pair["count"].iloc[0]) == 5  # every seed names both
    for name in ("top_actors", "actor_outlet_heatmap", "cooccurrence_network"):
        assert (project / f"results/figures/{name}.png").read_bytes()[:4] == b"\x89PNG"
        assert (project / f"results/figures/{name}.svg").read_text().lstrip().startswith("<?xml")


def test_seeds_give_tone_and_readability_tables(seeds_run):
    project, _ = seeds_run
    tone = pd.read_csv(project / "results/tables/sentiment_by_outlet.csv").set_index("outlet")
    assert list(tone.index) == ["ANI", "Breitbart", "DW", "The Moscow Times", "ALL"]
    assert (tone["ci_low"] <= tone["mean_compound"]).all() and (
        tone["mean_compound"] <= tone["ci_high"]
    ).all()
    assert tone.loc["ALL", "documents"] == 5
    validation = pd.read_csv(project / "results/tables/sentiment_validation.csv")
    assert validation["pearson_r"].between(0.49, 0.52).all()
    reading = pd.read_csv(project / "results/tables/readability_by_outlet.csv").set_index("outlet")
    assert (
        reading.loc["ALL", "words"]
        == pd.read_csv(project / "results/tables/readability_by_document.csv")["words"].sum()
    )
    assert 0 < reading.loc["ALL", "flesch_reading_ease"] < 100


def test_manifest_records_every_output(seeds_run):
    project, _ = seeds_run
    manifest = json.loads((project / "results/manifest.json").read_text())
    listed = {o["path"]: o for o in manifest["outputs"]}
    figures = (
        "top_actors", "actor_outlet_heatmap", "cooccurrence_network", "sentiment_by_outlet",
        "actor_tone_heatmap", "readability_by_outlet",
    )  # fmt: skip
    assert set(listed) == {
        "results/tables/documents.csv",
        "results/tables/skipped.csv",
        "results/corpus/documents.jsonl",
        "results/tables/actors.csv",
        "results/tables/mentions.csv",
        "results/tables/entities_by_document.csv",
        "results/tables/entities_by_outlet.csv",
        "results/tables/cooccurrence.csv",
        "results/tables/sentiment_sentences.csv",
        "results/tables/sentiment_by_document.csv",
        "results/tables/sentiment_by_outlet.csv",
        "results/tables/actor_sentiment.csv",
        "results/tables/sentiment_validation.csv",
        "results/tables/readability_by_document.csv",
        "results/tables/readability_by_outlet.csv",
        *(f"results/figures/{name}.{ext}" for name in figures for ext in ("png", "svg")),
    }
    assert listed["results/figures/top_actors.png"]["rows"] is None
    for path, entry in listed.items():
        assert entry["sha256"] == hashlib.sha256((project / path).read_bytes()).hexdigest()
    assert listed["results/tables/documents.csv"]["rows"] == 5 and manifest["n_documents"] == 5
    assert manifest["packages"]["snakemake"] and len(manifest["config_hash"]) == 64


def test_second_run_does_no_work(seeds_run):
    project, _ = seeds_run
    again = run_snakemake(project, "--cores", "4")
    assert "Nothing to be done" in again.stdout + again.stderr


def test_touching_an_article_without_changing_it_reruns_nothing(seeds_run):
    project, _ = seeds_run
    (project / "corpus/002_3929f88b2ecd8f4f.txt").touch()
    assert planned_jobs(project) == {}


def test_editing_one_article_reruns_only_its_shard(seeds_run):
    project, _ = seeds_run
    article = project / "corpus/002_3929f88b2ecd8f4f.txt"
    original = article.read_bytes()
    article.write_bytes(
        original + b"\n\nA new closing paragraph was added to this article by its editors.\n"
    )
    try:
        per_shard = ["parse_articles", "annotate_articles", "score_sentences", "score_readability"]
        aggregates = [
            "collect_documents", "resolve_actors", "count_entities", "count_cooccurrence",
            "summarise_sentiment", "summarise_readability", "plot_entities", "plot_cooccurrence",
            "plot_sentiment", "plot_readability", "write_manifest", "all",
        ]  # fmt: skip
        # one shard's jobs and the tables built from all shards; never the validation
        assert planned_jobs(project) == {rule: 1 for rule in per_shard + aggregates}
    finally:
        article.write_bytes(original)


def test_adding_and_removing_an_article_rerun_only_one_shard(seeds_run):
    project, _ = seeds_run
    new = project / "corpus/new article.txt"
    new.write_bytes(
        (SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes().replace(b"Marchers", b"Crowds")
    )
    try:
        jobs = planned_jobs(project)
        assert jobs["parse_articles"] == 1 and jobs["annotate_articles"] == 1
    finally:
        new.unlink()
    assert planned_jobs(project) == {}


def test_outputs_are_identical_with_one_core_and_four(tmp_path, seeds_run):
    project_4, _ = seeds_run
    project_1 = make_project(tmp_path)
    run_snakemake(project_1, "--cores", "1")
    assert digests(project_1 / "results") == digests(project_4 / "results")


def test_bad_files_are_listed_and_the_rest_processed(tmp_path):
    seed = (SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes()
    cp1252 = (
        "Talks end without a deal\n\n"
        + "Officials said the “talks” in Caracas had ended, and the opposition’s résumé of them was bleak. "
        * 5
    )
    files = {
        "original.txt": seed,
        "empty.txt": b"",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "windows-1252.txt": cp1252.encode("cp1252"),
        "bom.txt": codecs.BOM_UTF8 + (SEEDS / "003_ee6829a17d0594e0.txt").read_bytes(),
        "crlf.md": (SEEDS / "001_27428880460f7e89.txt").read_bytes().replace(b"\n", b"\r\n"),
        "the copy.txt": seed,
        "banner only.html": b"<html><body><div class='cookie-banner'>We use cookies</div><nav>Home</nav></body></html>",
        "Guaidó speaks.txt": (SEEDS / "002_3929f88b2ecd8f4f.txt").read_bytes(),
    }
    project = make_project(tmp_path, files)
    run_snakemake(project, "--cores", "2", config={"shards": 3})
    documents = pd.read_csv(
        project / "results/tables/documents.csv", dtype=str, keep_default_na=False
    )
    skipped = pd.read_csv(project / "results/tables/skipped.csv", dtype=str, keep_default_na=False)
    assert list(documents["doc_id"]) == ["Guaidó speaks", "bom", "crlf", "original", "windows-1252"]
    assert dict(zip(documents["doc_id"], documents["encoding"]))["windows-1252"] == "cp1252"
    reasons = dict(zip(skipped["source_path"], skipped["reason"]))
    assert reasons == {
        "corpus/banner only.html": "no article text left after removing boilerplate",
        "corpus/the copy.txt": "byte-identical to corpus/original.txt (kept as original)",
        "corpus/empty.txt": "empty file (no text at all)",
        "corpus/image.txt": "not a text file: PNG image",
    }


def test_bad_config_stops_before_any_work(tmp_path):
    project = make_project(tmp_path, {"a.txt": (SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes()})
    result = run_snakemake(project, "--cores", "1", config={"shards": "many"}, check=False)
    assert result.returncode != 0
    assert "config key 'shards': 'many' is not of type 'integer'. Fix:" in result.stderr
    assert not (project / "results").exists()


def test_bad_outlet_sheet_row_stops_the_run(tmp_path):
    project = make_project(tmp_path, {"a.txt": (SEEDS / "000_7cf7ee1c59f077cd.txt").read_bytes()})
    with open(project / "config/outlets.tsv", "a") as sheet:
        sheet.write("a\t\tMy Paper\t\t2019-13-01\n")
    result = run_snakemake(project, "--cores", "1", check=False)
    assert result.returncode != 0
    assert "config/outlets.tsv, line 11, column 'date'" in result.stderr
    assert not (project / "results").exists()


def test_outlet_sheet_edit_reruns_collect_but_no_parsing(tmp_path):
    project = make_project(tmp_path)
    run_snakemake(project, "--cores", "2")
    with open(project / "config/outlets.tsv", "a") as sheet:
        sheet.write("002_3929f88b2ecd8f4f\t\tAsian News International\t\t2019-05-02\n")
    jobs = planned_jobs(project)
    assert "parse_articles" not in jobs and "annotate_articles" not in jobs
    assert jobs["collect_documents"] == 1
    run_snakemake(project, "--cores", "2")
    documents = pd.read_csv(
        project / "results/tables/documents.csv", dtype=str, keep_default_na=False
    )
    row = documents.set_index("doc_id").loc["002_3929f88b2ecd8f4f"]
    assert (row["outlet"], row["outlet_source"], row["date"]) == (
        "Asian News International",
        "outlet sheet",
        "2019-05-02",
    )
