# newsdag: how news outlets cover the same story, from a folder of articles
# to one report. Run `make run` (or `snakemake --cores 4`); see README.md.
from snakemake.utils import min_version

min_version("9.0")


configfile: "config/config.yaml"


report: "workflow/report/workflow.rst"


include: "workflow/rules/common.smk"
include: "workflow/rules/parse.smk"
include: "workflow/rules/corpus.smk"
include: "workflow/rules/nlp.smk"
include: "workflow/rules/entities.smk"
include: "workflow/rules/stories.smk"
include: "workflow/rules/word_choice.smk"
include: "workflow/rules/cooccurrence.smk"
include: "workflow/rules/sentiment.smk"
include: "workflow/rules/readability.smk"
include: "workflow/rules/voices.smk"
include: "workflow/rules/story_comparison.smk"
include: "workflow/rules/manifest.smk"
include: "workflow/rules/report.smk"


rule all:
    default_target: True
    input:
        "results/report/index.html",
        "results/manifest.json",
        "results/figures/top_actors.png",
        "results/figures/actor_outlet_heatmap.png",
        "results/figures/cooccurrence_network.png",
        "results/figures/sentiment_by_outlet.png",
        "results/figures/actor_tone_heatmap.png",
        "results/figures/readability_by_outlet.png",
        "results/figures/articles_timeline.png",
        "results/figures/words_per_article.png",
        "results/figures/speakers_by_outlet.png",
        "results/figures/reuse_matrix.png",
        "results/figures/story_coverage.png",
        "results/figures/story_timeline.png",
        "results/figures/story_adjusted_tone.png",
