"""End to end: Snakemake runs the workflow on small corpora in a scratch copy."""

import codecs
import errno
import hashlib
import html
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile

import pandas as pd
import pytest

from tests.support import NO_NETWORK, SEEDS, appended, make_project, run_snakemake

pytestmark = pytest.mark.workflow


def digests(folder):
    """sha256 of every file under ``folder``, by relative path."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def planned_jobs(project, *targets, **config):
    """Rule name -> number of jobs a dry run (of ``targets``, default: all)
    would execute."""
    out = run_snakemake(project, "--dry-run", "--cores", "1", *targets, config=config).stdout
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
    """The seeds, run once with no network at all (see test_no_network_...)."""
    project = make_project(tmp_path_factory.mktemp("seeds"))
    first = run_snakemake(project, "--cores", "4", offline=True)
    return project, first


def test_no_network_means_no_network(seeds_run):
    """The namespace the seeds run in has no route anywhere, so the run above
    proves the whole workflow, report included, needs no network."""
    probe = "import socket; print(socket.socket().connect_ex(('151.101.0.223', 443)))"
    result = subprocess.run([*NO_NETWORK, sys.executable, "-c", probe], capture_output=True,
                            text=True, check=True)  # fmt: skip
    assert int(result.stdout) == errno.ENETUNREACH
    assert (seeds_run[0] / "results/report/index.html").exists()


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
    assert (project / "results/tables/skipped.csv").read_text() == (
        "doc_id,source_path,source_record,reason\n"
    )
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


def test_seeds_are_one_story_covered_by_four_outlets(seeds_run):
    """The five seeds report one event; two (ANI, Breitbart) have no date and
    are placed by their text and actors."""
    project, _ = seeds_run
    stories = pd.read_csv(project / "results/tables/stories.csv", keep_default_na=False)
    articles = pd.read_csv(project / "results/tables/story_articles.csv", keep_default_na=False)
    assert len(stories) == 1 and (stories["articles"].iloc[0], stories["outlets"].iloc[0]) == (5, 4)
    assert set(articles["story_id"]) == set(stories["story_id"])
    assert (stories["first_date"].iloc[0], stories["last_date"].iloc[0]) == (
        "2019-05-01",
        "2019-05-05",
    )
    assert "Venezuela" in stories["label"].iloc[0]
    coverage = pd.read_csv(project / "results/tables/story_coverage.csv", keep_default_na=False)
    assert len(coverage) == 4 and coverage["covered"].all()  # every outlet covered it
    lag = dict(zip(coverage["outlet"], coverage["lag_days"].astype(str)))
    assert lag == {"The Moscow Times": "0", "DW": "4", "ANI": "", "Breitbart": ""}  # undated
    assert pd.read_csv(project / "results/tables/blindspots.csv").empty
    by_outlet = pd.read_csv(project / "results/tables/story_coverage_by_outlet.csv")
    assert by_outlet.set_index("outlet")["median_lag_days"].fillna(-1).to_dict() == {
        "ANI": -1, "Breitbart": -1, "DW": 4, "The Moscow Times": 0,
    }  # fmt: skip
    # The two Moscow Times articles share passages but are one outlet: no
    # wire copy (newsdag.stats.wire_copy); all five are original reporting.
    assert not articles["wire_copy"].any()
    assert (stories["original_articles"].iloc[0], stories["wire_articles"].iloc[0]) == (5, 0)


def test_seeds_are_compared_outlet_by_outlet_on_their_story(seeds_run):
    project, _ = seeds_run
    table = pd.read_csv(project / "results/tables/story_comparison.csv", keep_default_na=False)
    assert table["outlet"].tolist() == ["ANI", "Breitbart", "DW", "The Moscow Times"]
    assert set(table["reporting"]) == {"original"} and table["articles"].sum() == 5
    assert (table["ci_low"] <= table["mean_compound"]).all()
    assert (table["mean_compound"] <= table["ci_high"]).all()
    by_outlet = table.set_index("outlet")
    assert by_outlet.loc["ANI", "top_speakers"].startswith("Sergei Lavrov (")
    assert "Nicolás Maduro (" in by_outlet.loc["Breitbart", "top_actors"]
    assert by_outlet["reading_grade"].between(8, 20).all()
    tone = pd.read_csv(project / "results/tables/story_adjusted_tone.csv").set_index("outlet")
    assert (tone["shared_stories"] == 1).all() and tone["ci_low"].isna().all()  # one story
    # One shared story: the adjusted difference is the pooled one.
    assert (tone["adjusted_difference"] - tone["pooled_difference"]).abs().max() < 1e-6


def test_seeds_give_each_outlets_distinctive_terms(seeds_run):
    """Breitbart writes "regime" seven times, the other four articles once:
    its most distinctive word, for the corpus and within the one story all
    four outlets share."""
    project, _ = seeds_run
    table = pd.read_csv(project / "results/tables/distinctive_terms.csv", keep_default_na=False)
    assert set(table["scope"]) == {"corpus", "within_stories"}
    assert set(table["outlet"]) == {"ANI", "Breitbart", "DW", "The Moscow Times"}
    for scope in ("corpus", "within_stories"):
        breitbart = table[(table["outlet"] == "Breitbart") & (table["scope"] == scope)]
        top = breitbart.iloc[0]
        assert (top["term"], top["count"], top["count_rest"]) == ("regime", 7, 1)
        assert top["z"] > 2 and (breitbart["z"].diff().dropna() <= 0).all()
    assert (table["count"] + table["count_rest"] >= 5).all()  # min_term_count


def test_seeds_give_the_labels_each_outlet_gives_each_actor(seeds_run):
    """Breitbart calls Maduro a socialist dictator and Guaidó president;
    The Moscow Times, ANI and DW call Guaidó the opposition leader."""
    project, _ = seeds_run
    labels = pd.read_csv(project / "results/tables/actor_labels.csv", keep_default_na=False)
    found = labels.groupby(["outlet", "actor"])["label"].apply(set)
    assert "socialist dictator" in found[("Breitbart", "Nicolás Maduro")]
    assert "president" in found[("Breitbart", "Juan Guaidó")]
    assert "opposition leader" not in found[("Breitbart", "Juan Guaidó")]
    for outlet in ("The Moscow Times", "ANI", "DW"):
        assert "opposition leader" in found[(outlet, "Juan Guaidó")], outlet
    for row in labels.itertuples():
        assert not {w.lower() for w in row.actor.split()} & set(row.label.split()), row
    examples = pd.read_csv(project / "results/tables/label_examples.csv", keep_default_na=False)
    assert (examples["sentence"] != "").all() and set(examples["outlet"]) <= set(labels["outlet"])
    stance = pd.read_csv(project / "results/tables/actor_stance.csv").set_index(["outlet", "actor"])
    assert stance.loc[("Breitbart", "Nicolás Maduro"), "mentions"] >= 3
    assert stance["window_tone"].notna().any() and stance["stance"].between(-1, 1).all()
    attention = pd.read_csv(project / "results/tables/attention.csv", keep_default_na=False)
    dated = attention[attention["period"] != "undated"]
    assert dated["period"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()  # a few days: by day
    undated = attention[attention["period"] == "undated"].drop_duplicates("outlet")
    documents = pd.read_csv(project / "results/tables/documents.csv", keep_default_na=False)
    assert undated["outlet_articles"].sum() == (documents["date"] == "").sum() >= 1
    assert "Nicolás Maduro" in set(attention["actor"])
    page = (project / "results/report/index.html").read_text()
    assert "Word choice" in page and "socialist dictator" in page


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


def test_seeds_give_quotes_and_reuse_tables_and_chapter(seeds_run):
    project, _ = seeds_run
    quotes = pd.read_csv(project / "results/tables/quotes.csv", keep_default_na=False)
    assert len(quotes) == 32 and (quotes["speaker"] != "unknown").all()
    speakers = quotes.groupby("speaker")["words"].sum()
    assert speakers.idxmax() == "Sergei Lavrov"
    by_outlet = pd.read_csv(project / "results/tables/quotes_by_outlet.csv")
    assert (by_outlet.groupby("outlet")["share_of_words"].sum() - 1).abs().max() < 1e-5
    pairs = pd.read_csv(project / "results/tables/reuse_pairs.csv")
    # the Bolton paragraph, the State Department's statement, the Lavrov quotes
    assert list(zip(pairs["outlet_a"], pairs["outlet_b"])) == [
        ("The Moscow Times", "The Moscow Times"), ("The Moscow Times", "ANI"),
        ("ANI", "Breitbart")]  # fmt: skip
    assert "U.S.-Russia bilateral relationship" in pairs.loc[1, "longest_passage"]
    page = (project / "results/report/index.html").read_text()
    assert "Voices and reuse" in page and "This is our hemisphere" in page


def test_manifest_records_every_output(seeds_run):
    project, _ = seeds_run
    manifest = json.loads((project / "results/manifest.json").read_text())
    listed = {o["path"]: o for o in manifest["outputs"]}
    figures = (
        "top_actors", "actor_outlet_heatmap", "cooccurrence_network", "sentiment_by_outlet",
        "actor_tone_heatmap", "readability_by_outlet", "articles_timeline", "words_per_article",
        "sentiment_validation", "speakers_by_outlet", "reuse_matrix", "story_coverage",
        "story_timeline", "story_adjusted_tone", "actor_labels", "distinctive_terms", "attention",
    )  # fmt: skip
    assert set(listed) == {
        "results/tables/documents.csv",
        "results/tables/skipped.csv",
        "results/corpus/documents.jsonl",
        "results/tables/actors.csv",
        "results/tables/mentions.csv",
        "results/tables/unresolved_names.csv",
        "results/tables/story_articles.csv",
        "results/tables/stories.csv",
        "results/tables/story_coverage.csv",
        "results/tables/blindspots.csv",
        "results/tables/story_coverage_by_outlet.csv",
        "results/tables/story_comparison.csv",
        "results/tables/distinctive_terms.csv",
        "results/tables/actor_labels.csv",
        "results/tables/label_examples.csv",
        "results/tables/attention.csv",
        "results/tables/actor_stance.csv",
        "results/tables/actor_stance_by_document.csv",
        "results/word_choice/mention_stance.csv",
        "results/tables/story_adjusted_tone.csv",
        "results/tables/story_adjusted_actors.csv",
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
        "results/tables/corpus_by_outlet.csv",
        "results/tables/articles_by_date.csv",
        "results/tables/wire_credits.csv",
        "results/tables/sentiment_extremes.csv",
        "results/tables/quotes.csv",
        "results/tables/quotes_by_outlet.csv",
        "results/tables/reuse_pairs.csv",
        "results/tables/shared_passages.csv",
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


CHAPTER_ORDER = [
    "corpus_overview",
    "stories",
    "entities",
    "sentiment",
    "word_choice",
    "readability",
    "cooccurrence",
    "voices",
    "methods",
]


def test_report_is_one_self_contained_page_with_every_chapter(seeds_run):
    project, _ = seeds_run
    page = (project / "results/report/index.html").read_text(encoding="utf-8")
    assert re.findall(r'<h2 id="(\w+)">', page) == CHAPTER_ORDER
    assert not re.search(r'(?:src|href)="(?!#|data:image/png;base64,)', page)  # nothing external
    assert not re.search(r"<script|<link|<iframe", page)
    manifest = json.loads((project / "results/manifest.json").read_text())
    assert "5 articles from 4 outlets; 3 of them dated, from 2019-05-01 to 2019-05-05." in page
    assert manifest["corpus_fingerprint"] in page and manifest["config_hash"] in page
    assert "<td>newsdag score_sentence</td><td class=num>5,190</td><td class=num>0.503</td>" in page
    assert "4 outlets have fewer than 3 articles" in page
    for chapter in CHAPTER_ORDER:
        executed = project / f"results/report/notebooks/{chapter}.ipynb"
        assert '"execution":' not in executed.read_text() and "iopub" not in executed.read_text()


def test_editing_a_notebook_reruns_only_its_chapter(seeds_run):
    project, _ = seeds_run
    note = "\n# %%\nshow(paragraph_html('An added note.'))\n"
    with appended(project / "notebooks/readability.py", note):
        assert planned_jobs(project) == {"render_notebook": 1, "assemble_report": 1, "all": 1}
    assert planned_jobs(project) == {}


def test_editing_a_library_module_reruns_only_the_rules_built_on_it(seeds_run):
    """Each rule takes the library files its script imports as inputs, so an
    edit to the voices figures redraws them and what shows them (the voices
    chapter, and the methods chapter with the manifest), nothing else."""
    project, _ = seeds_run
    with appended(project / "scripts/newsdag/report/figures/voices.py", "\n# an edit\n"):
        assert planned_jobs(project) == {
            "plot_voices": 1, "render_notebook": 2, "write_manifest": 1, "assemble_report": 1,
            "all": 1,
        }  # fmt: skip
    assert planned_jobs(project) == {}


REPORT_TAIL = {"write_manifest": 1, "assemble_report": 1, "all": 1}  # config hash, page


@pytest.mark.parametrize(
    "setting, expected",
    [
        # the four figures of the most named actors or speakers, the actors
        # compared on shared stories (with the story tables and figures that
        # rule writes), and the seven chapters showing them or the whole config
        ({"top_actors": 5}, {"plot_entities": 1, "plot_cooccurrence": 1, "plot_sentiment": 1,
                             "plot_voices": 1, "compare_stories": 1, "plot_stories": 1,
                             "render_notebook": 7}),
        # tone intervals: the tone, stance and story tables and what is drawn
        # or quoted from them
        ({"bootstrap_samples": 500}, {"summarise_sentiment": 1, "plot_sentiment": 1,
                                      "rank_sentences": 1, "compare_stories": 1,
                                      "plot_stories": 1, "score_actor_stance": 1,
                                      "render_notebook": 4}),
        ({"report_title": "Another title"}, {"render_notebook": 1}),  # methods shows it
    ],
)  # fmt: skip
def test_a_config_key_reruns_exactly_the_stages_that_read_it(seeds_run, setting, expected):
    project, _ = seeds_run
    assert planned_jobs(project, **setting) == {**expected, **REPORT_TAIL}


def test_a_report_setting_reruns_only_the_chapters_that_use_it(seeds_run):
    project, _ = seeds_run
    # the co-occurrence chapter reads min_pair_count; the methods chapter and
    # the manifest show the whole configuration
    assert planned_jobs(project, min_pair_count=3) == {
        "write_manifest": 1, "render_notebook": 2, "assemble_report": 1, "all": 1,
    }  # fmt: skip


def test_a_failing_chapter_fails_its_rule_with_the_cell_error_in_the_log(seeds_run):
    project, _ = seeds_run
    try:
        with appended(project / "notebooks/readability.py", "\n# %%\nreading['no_such_column']\n"):
            result = run_snakemake(project, "--cores", "2", check=False)
            assert result.returncode != 0
            log = (project / "logs/render_notebook/readability.log").read_text()
            assert "reading['no_such_column']" in log and "KeyError: 'no_such_column'" in log
            assert not (project / "results/report/chapters/readability.html").exists()
    finally:
        run_snakemake(project, "--cores", "2")


def test_snakemakes_own_report_is_built(seeds_run):
    project, _ = seeds_run
    run_snakemake(project, "--report", "report.zip")
    names = zipfile.ZipFile(project / "report.zip").namelist()
    assert "report/report.html" in names
    for name in ("index.html", "articles_timeline.png", "sentiment_extremes.csv", "top_actors.png"):
        assert any(n.endswith(f"/{name}") for n in names), name


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
            "collect_documents", "summarise_corpus", "plot_corpus", "resolve_actors",
            "group_stories", "find_distinctive_terms", "summarise_stories", "compare_stories",
            "plot_stories", "count_entities", "count_cooccurrence", "label_actors",
            "measure_attention", "plot_word_choice", "summarise_sentiment", "rank_sentences",
            "score_actor_stance",
            "summarise_readability", "plot_entities", "plot_cooccurrence", "plot_sentiment",
            "plot_readability", "attribute_quotes", "find_reuse", "plot_voices", "write_manifest",
            "assemble_report", "all",
        ]  # fmt: skip
        # one shard's jobs, the tables built from all shards and every chapter
        # (all read the corpus table); never the validation
        expected = {rule: 1 for rule in per_shard + aggregates} | {"render_notebook": 9}
        assert planned_jobs(project) == expected
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


SCRIPTED_PAGE = """<!DOCTYPE html><html><head><title>Russia: U.S. Position on Venezuela
'Incompatible' | Breitbart</title><script>document.title = 'hijacked'</script></head><body>
<article><h1>Russia: U.S. Position on Venezuela 'Incompatible'</h1>
<script>window.tracker = {id: 'UA-1234'}; alert('tracking');</script>
<p>Russian Foreign Minister Sergei Lavrov warned on Friday that the U.S. and Russian positions
on Venezuela are incompatible, but said Moscow is ready to talk with Washington.</p>
<noscript>Please enable JavaScript to read the comments.</noscript>
<p>Speaking to reporters in the Uzbek capital of Tashkent, Lavrov denied claims that Russia
had talked Venezuelan President Nicolas Maduro out of leaving the country.</p>
<p>Lavrov said Russia would mobilize states that respect the UN Charter to stop what he called
an attempt at regime change in Caracas by the United States.</p></article></body></html>
"""
SPANISH_ARTICLE = """Lavrov: posiciones incompatibles

El ministro de Relaciones Exteriores de Rusia, Serguéi Lavrov, advirtió el viernes que la posición
de Estados Unidos sobre Venezuela es incompatible con la de Moscú, aunque dijo que su país está
dispuesto a dialogar. Según el canciller, la oposición venezolana no tiene apoyo suficiente y el
gobierno de Nicolás Maduro sigue en pie, pese a las sanciones y a la presión de Washington.
"""


def test_a_run_killed_in_the_nlp_stage_finishes_on_the_next_run(tmp_path, seeds_run):
    """SIGKILL to the whole run mid-spaCy (as the OOM killer or a power cut
    would); a plain rerun then finishes with the outputs of a run never
    interrupted, byte for byte."""
    project = make_project(tmp_path)
    log_path = tmp_path / "killed.log"
    command = [sys.executable, "-m", "snakemake", "--cores", "4", "--config", "corpus=corpus"]
    with open(log_path, "w") as log:
        run = subprocess.Popen(command, cwd=project, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        while "rule annotate_articles" not in log_path.read_text():
            assert run.poll() is None and time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.2)
        time.sleep(2)  # some shards annotated, others half written
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    assert list((project / ".snakemake/locks").glob("*.lock"))  # what a killed run leaves
    result = run_snakemake(project, "--cores", "4")
    assert "left by a run that was killed" in result.stderr
    assert digests(project / "results") == digests(seeds_run[0] / "results")


def test_bad_files_are_listed_and_the_rest_processed(tmp_path):
    """The bad-input cases, a 50 MB file, a Spanish article and an HTML page
    full of scripts beside good articles: the run completes, the good ones
    are analysed, each bad one is skipped with its reason and in the report."""
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
        "dump.txt": (seed * (50_000_000 // len(seed) + 1))[:50_000_000],  # 50 MB
        "espanol.txt": SPANISH_ARTICLE.encode("utf-8"),
        "scripted.html": SCRIPTED_PAGE.encode("utf-8"),
        # records: good ones beside a cut JSON line, an impossible date, a row with a stray comma
        "exports/wire.jsonl": "\n".join([
            json.dumps({"id": "dw", "source": "DW", "date": "05.05.2019",
                        "text": (SEEDS / "004_d82b79f67a646ad1.txt").read_text()}),
            '{"id": "cut", "text": "Lavrov said',
            json.dumps({"id": "late", "date": "2019-02-30", "text": cp1252}),
        ]).encode("utf-8"),
        "sheet.csv": (
            "id,outlet,body\n"
            + f'bb,Breitbart News,"{(SEEDS / "003_ee6829a17d0594e0.txt").read_text().replace(chr(34), 2 * chr(34))}"\n'
            + "x,Fox,Lavrov said, and left\n"
        ).encode("utf-8"),
    }  # fmt: skip
    project = make_project(tmp_path, files)
    run_snakemake(project, "--cores", "2", config={"shards": 3})
    documents = pd.read_csv(
        project / "results/tables/documents.csv", dtype=str, keep_default_na=False
    )
    skipped = pd.read_csv(project / "results/tables/skipped.csv", dtype=str, keep_default_na=False)
    assert list(documents["doc_id"]) == [
        "Guaidó speaks", "bom", "crlf", "exports/wire/dw", "original", "scripted", "sheet/bb",
        "windows-1252",
    ]  # fmt: skip
    outlets = dict(zip(documents["doc_id"], documents["outlet"]))
    assert (outlets["exports/wire/dw"], outlets["sheet/bb"]) == ("DW", "Breitbart")
    assert dict(zip(documents["doc_id"], documents["date"]))["exports/wire/dw"] == "2019-05-05"
    assert dict(zip(documents["doc_id"], documents["encoding"]))["windows-1252"] == "cp1252"
    corpus = {
        c["doc_id"]: c for c in map(json.loads, open(project / "results/corpus/documents.jsonl"))
    }
    assert corpus["scripted"]["title"] == "Russia: U.S. Position on Venezuela 'Incompatible'"
    assert "Lavrov denied claims" in corpus["scripted"]["body"]
    assert not re.search(r"alert|tracker|hijacked|JavaScript", corpus["scripted"]["body"])
    mentions = pd.read_csv(project / "results/tables/mentions.csv", dtype=str)
    assert {"Sergei Lavrov"} <= set(mentions.loc[mentions["doc_id"] == "scripted", "actor"])
    reasons = {
        f"{path} {record}".strip(): reason
        for path, record, reason in zip(skipped["source_path"], skipped["source_record"],
                                        skipped["reason"])
    }  # fmt: skip
    assert reasons.pop("corpus/espanol.txt").startswith("not English (language detected: es): ")
    assert reasons.pop("corpus/exports/wire.jsonl line 2").startswith("not valid JSON (")
    assert reasons == {
        "corpus/exports/wire.jsonl line 3": "date '2019-02-30' is not a calendar date (field 'date')",
        "corpus/sheet.csv row 3": "4 cells but the header has 3 columns (an unquoted separator "
        "inside a cell?)",
        "corpus/banner only.html": "no article text left after removing boilerplate",
        "corpus/the copy.txt": "byte-identical to corpus/original.txt (kept as original)",
        "corpus/empty.txt": "empty file (no text at all)",
        "corpus/image.txt": "not a text file: PNG image",
        "corpus/dump.txt": "file too large: 50.0 MB (config key max_file_mb is 10); "
        "a news article is rarely over 1 MB, even as an HTML page",
    }
    page = (project / "results/report/index.html").read_text(encoding="utf-8")
    for path, record, reason in zip(skipped["source_path"], skipped["source_record"],
                                    skipped["reason"]):  # fmt: skip
        cells = (path, record or "–", reason)  # the report lists every skipped file and record
        assert "".join(f"<td>{html.escape(c)}</td>" for c in cells) in page


def test_one_article_is_one_story_with_nothing_to_compare(tmp_path):
    """A corpus of one article runs through every story rule: one story of
    one outlet, no shared story to compare, and a report that says so."""
    project = make_project(
        tmp_path, {"only.txt": (SEEDS / "004_d82b79f67a646ad1.txt").read_bytes()}
    )
    run_snakemake(project, "--cores", "2")
    tables = project / "results/tables"
    stories = pd.read_csv(tables / "stories.csv")
    assert stories[["articles", "outlets", "original_articles"]].values.tolist() == [[1, 1, 1]]
    assert pd.read_csv(tables / "story_comparison.csv").empty
    tone = pd.read_csv(tables / "story_adjusted_tone.csv")
    assert tone["outlet"].tolist() == ["DW"] and tone["shared_stories"].tolist() == [0]
    assert tone["adjusted_difference"].isna().all()
    page = (project / "results/report/index.html").read_text(encoding="utf-8")
    assert "No story was covered by two outlets, so outlets cannot be compared" in page


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
    documents_csv = "results/tables/documents.csv"
    run_snakemake(project, "--cores", "2", documents_csv)
    with open(project / "config/outlets.tsv", "a") as sheet:
        sheet.write("002_3929f88b2ecd8f4f\t\tAsian News International\t\t2019-05-02\n")
    assert planned_jobs(project, documents_csv) == {"collect_documents": 1}
    run_snakemake(project, "--cores", "2", documents_csv)
    documents = pd.read_csv(
        project / "results/tables/documents.csv", dtype=str, keep_default_na=False
    )
    row = documents.set_index("doc_id").loc["002_3929f88b2ecd8f4f"]
    assert (row["outlet"], row["outlet_source"], row["date"]) == (
        "Asian News International",
        "outlet sheet",
        "2019-05-02",
    )
