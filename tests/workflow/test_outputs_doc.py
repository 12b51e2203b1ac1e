"""docs/outputs.md documents every column the workflow writes, and no other."""

import re

from newsdag.constants import SKIPPED_COLUMNS
from newsdag.corpus.documents import DOCUMENT_COLUMNS
from newsdag.report.manifest import MANIFEST_VERSION, build_manifest

from tests.support import ROOT

DOC = (ROOT / "docs/outputs.md").read_text()


def documented_columns(heading: str) -> list[str]:
    section = DOC.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", section, re.M)


def test_documents_and_skipped_columns_are_documented():
    assert documented_columns("results/tables/documents.csv") == DOCUMENT_COLUMNS
    assert documented_columns("results/tables/skipped.csv") == SKIPPED_COLUMNS
    assert documented_columns("results/corpus/documents.jsonl") == ["body"]


def test_manifest_fields_are_documented(tmp_path):
    docs = tmp_path / "documents.csv"
    docs.write_text("doc_id,sha256\na,1\n")
    fields = build_manifest([str(docs)], str(docs), {}, "x")
    section = DOC.split("## results/manifest.json\n", 1)[1]
    documented = {
        f
        for cell in re.findall(r"^\| (`.+?`) \|", section, re.M)
        for f in re.findall(r"`(\w+)`", cell)
    }
    assert documented == set(fields)
    assert f"Schema version: **{MANIFEST_VERSION}**" in DOC


def test_nlp_and_entity_tables_are_documented():
    from newsdag.nlp.actors import ACTOR_COLUMNS, UNRESOLVED_COLUMNS
    from newsdag.nlp.actors import ACTOR_MENTION_COLUMNS as MENTION_COLUMNS
    from newsdag.nlp.annotation import MENTION_COLUMNS as SHARD_MENTIONS
    from newsdag.nlp.annotation import SENTENCE_COLUMNS, SPEECH_COLUMNS
    from newsdag.stats.association import COLUMNS as COOCCURRENCE
    from newsdag.stats.entities import DOCUMENT_COLUMNS as BY_DOCUMENT
    from newsdag.stats.entities import OUTLET_COLUMNS as BY_OUTLET

    assert documented_columns("results/shards/NNN/sentences.csv") == SENTENCE_COLUMNS
    assert documented_columns("results/shards/NNN/mentions.csv") == SHARD_MENTIONS
    assert documented_columns("results/shards/NNN/speech.csv") == SPEECH_COLUMNS
    from newsdag.nlp.terms import TERM_COLUMNS

    assert documented_columns("results/shards/NNN/terms.csv") == TERM_COLUMNS
    from newsdag.stats.distinctive_terms import DISTINCTIVE_COLUMNS

    assert documented_columns("results/tables/distinctive_terms.csv") == DISTINCTIVE_COLUMNS
    assert documented_columns("results/tables/actors.csv") == ACTOR_COLUMNS
    assert documented_columns("results/tables/unresolved_names.csv") == UNRESOLVED_COLUMNS
    shared = ["doc_id", "section", "sentence_id", "start", "end", "text", "label"]
    assert set(shared + documented_columns("results/tables/mentions.csv")) == set(MENTION_COLUMNS)
    assert documented_columns("results/tables/entities_by_document.csv") == BY_DOCUMENT
    assert documented_columns("results/tables/entities_by_outlet.csv") == BY_OUTLET
    assert documented_columns("results/tables/cooccurrence.csv") == COOCCURRENCE


def test_story_tables_are_documented():
    from newsdag.stats.coverage import BLINDSPOT_COLUMNS, COVERAGE_COLUMNS, OUTLET_COLUMNS
    from newsdag.stats.story_adjusted import ACTOR_COLUMNS, TONE_COLUMNS
    from newsdag.stats.story_comparison import COMPARISON_COLUMNS
    from newsdag.stats.wire_copy import STORY_ARTICLE_COLUMNS, STORY_COLUMNS

    assert documented_columns("results/tables/story_articles.csv") == STORY_ARTICLE_COLUMNS
    assert documented_columns("results/tables/stories.csv") == STORY_COLUMNS
    assert documented_columns("results/tables/story_coverage.csv") == COVERAGE_COLUMNS
    assert documented_columns("results/tables/blindspots.csv") == BLINDSPOT_COLUMNS
    assert documented_columns("results/tables/story_coverage_by_outlet.csv") == OUTLET_COLUMNS
    assert documented_columns("results/tables/story_comparison.csv") == COMPARISON_COLUMNS
    assert documented_columns("results/tables/story_adjusted_tone.csv") == TONE_COLUMNS
    assert documented_columns("results/tables/story_adjusted_actors.csv") == ACTOR_COLUMNS


def test_tone_and_readability_tables_are_documented():
    from newsdag.nlp import readability
    from newsdag.nlp.sentiment_validation import VALIDATION_COLUMNS as VALIDATION
    from newsdag.stats import sentiment

    assert (
        documented_columns("results/tables/sentiment_sentences.csv") == sentiment.SENTENCE_COLUMNS
    )
    assert (
        documented_columns("results/tables/sentiment_by_document.csv") == sentiment.DOCUMENT_COLUMNS
    )
    assert documented_columns("results/tables/sentiment_by_outlet.csv") == sentiment.OUTLET_COLUMNS
    assert documented_columns("results/tables/actor_sentiment.csv") == sentiment.ACTOR_COLUMNS
    assert documented_columns("results/tables/sentiment_validation.csv") == VALIDATION
    assert (
        documented_columns("results/tables/readability_by_document.csv")
        == readability.DOCUMENT_COLUMNS
    )
    assert (
        documented_columns("results/tables/readability_by_outlet.csv") == readability.OUTLET_COLUMNS
    )


def test_voices_and_reuse_tables_are_documented():
    from newsdag.nlp import reuse
    from newsdag.nlp.quotes import attribution

    assert documented_columns("results/tables/quotes.csv") == attribution.QUOTE_COLUMNS
    assert (
        documented_columns("results/tables/quotes_by_outlet.csv") == attribution.BY_OUTLET_COLUMNS
    )
    assert documented_columns("results/tables/reuse_pairs.csv") == reuse.PAIR_COLUMNS
    assert documented_columns("results/tables/shared_passages.csv") == reuse.PASSAGE_COLUMNS


def test_every_registered_output_is_documented():
    registered = set()
    for smk in (ROOT / "workflow/rules").glob("*.smk"):
        text = smk.read_text()
        for block in re.findall(r"^register_outputs\((.*?)\)$", text, re.S | re.M):
            for rule in re.findall(r"rules\.(\w+)", block):
                body = re.search(rf"^rule {rule}:\n(.*?)^    log:", text, re.S | re.M).group(1)
                output = body.split("    output:", 1)[1]
                registered |= set(re.findall(r'"(results/[^"]+)"', output))
    assert len(registered) >= 40
    for path in registered:
        name = path.split("/")[-1]
        stem = name.rsplit(".", 1)[0]
        assert f"## {path}" in DOC or f"`{name}`" in DOC or f"`{stem}.png`" in DOC, path


def test_corpus_and_report_tables_are_documented():
    from newsdag.stats import corpus
    from newsdag.stats.sentiment import EXTREME_COLUMNS as EXTREMES

    assert documented_columns("results/tables/corpus_by_outlet.csv") == corpus.OUTLET_COLUMNS
    assert documented_columns("results/tables/articles_by_date.csv") == corpus.DATE_COLUMNS
    assert documented_columns("results/tables/wire_credits.csv") == corpus.WIRE_COLUMNS
    assert documented_columns("results/tables/sentiment_extremes.csv") == EXTREMES


def test_word_choice_tables_are_documented():
    from newsdag.nlp.descriptions import DESCRIPTION_COLUMNS
    from newsdag.stats import actor_words
    from newsdag.stats.attention import ATTENTION_COLUMNS

    assert documented_columns("results/shards/NNN/descriptions.csv") == DESCRIPTION_COLUMNS
    assert documented_columns("results/tables/actor_labels.csv") == actor_words.LABEL_COLUMNS
    assert documented_columns("results/tables/attention.csv") == ATTENTION_COLUMNS
    assert documented_columns("results/tables/label_examples.csv") == actor_words.EXAMPLE_COLUMNS
    assert (
        documented_columns("results/word_choice/mention_stance.csv")
        == actor_words.MENTION_STANCE_COLUMNS
    )
    assert (
        documented_columns("results/tables/actor_stance_by_document.csv")
        == actor_words.DOCUMENT_STANCE_COLUMNS
    )
    assert documented_columns("results/tables/actor_stance.csv") == actor_words.STANCE_COLUMNS
