# Stage 11: stories compared. Each story's wire copy, which outlet covered
# which story, and how each covered the stories it shares with others: tone,
# names, quotes and reading grade per story, and outlets compared on shared
# stories next to the pooled comparison.


rule summarise_stories:
    input:
        groups="results/stories/story_groups.csv",
        labels="results/stories/story_labels.csv",
        reuse_pairs="results/tables/reuse_pairs.csv",
        documents="results/tables/documents.csv",
        code=library_code("scripts/summarise_stories.py"),
    output:
        articles=report(
            "results/tables/story_articles.csv",
            caption="../report/story_articles.rst",
            category="Stories",
        ),
        stories=report(
            "results/tables/stories.csv",
            caption="../report/stories.rst",
            category="Stories",
        ),
        coverage=report(
            "results/tables/story_coverage.csv",
            caption="../report/story_coverage.rst",
            category="Stories",
        ),
        blindspots=report(
            "results/tables/blindspots.csv",
            caption="../report/blindspots.rst",
            category="Stories",
        ),
        by_outlet=report(
            "results/tables/story_coverage_by_outlet.csv",
            caption="../report/story_coverage_by_outlet.rst",
            category="Stories",
        ),
    log:
        "logs/summarise_stories.log",
    conda:
        CONDA_ENV
    params:
        settings={
            "blindspot_share": config["blindspot_share"],
            "wire_copy_share": config["wire_copy_share"],
        },
    script:
        "../../scripts/summarise_stories.py"


rule compare_stories:
    input:
        articles="results/tables/story_articles.csv",
        stories="results/tables/stories.csv",
        documents="results/tables/documents.csv",
        sentences="results/tables/sentiment_sentences.csv",
        mentions="results/tables/mentions.csv",
        quotes="results/tables/quotes.csv",
        readability="results/tables/readability_by_document.csv",
        code=library_code("scripts/compare_stories.py"),
    output:
        comparison=report(
            "results/tables/story_comparison.csv",
            caption="../report/story_comparison.rst",
            category="Stories",
        ),
        adjusted_tone=report(
            "results/tables/story_adjusted_tone.csv",
            caption="../report/story_adjusted_tone.rst",
            category="Stories",
        ),
        adjusted_actors=report(
            "results/tables/story_adjusted_actors.csv",
            caption="../report/story_adjusted_actors.rst",
            category="Stories",
        ),
    log:
        "logs/compare_stories.log",
    conda:
        CONDA_ENV
    params:
        settings={
            "samples": config["bootstrap_samples"],
            "seed": config["bootstrap_seed"],
            "norp_actors": config["norp_actors"],
            "top": config["top_actors"],
        },
    script:
        "../../scripts/compare_stories.py"


rule plot_stories:
    input:
        coverage="results/tables/story_coverage.csv",
        stories="results/tables/stories.csv",
        adjusted_tone="results/tables/story_adjusted_tone.csv",
        style="workflow/matplotlibrc",
        code=library_code("scripts/plot_stories.py"),
    output:
        coverage_png=report(
            "results/figures/story_coverage.png",
            caption="../report/story_coverage_figure.rst",
            category="Stories",
        ),
        coverage_svg="results/figures/story_coverage.svg",
        timeline_png=report(
            "results/figures/story_timeline.png",
            caption="../report/story_timeline.rst",
            category="Stories",
        ),
        timeline_svg="results/figures/story_timeline.svg",
        adjusted_tone_png=report(
            "results/figures/story_adjusted_tone.png",
            caption="../report/story_adjusted_tone_figure.rst",
            category="Stories",
        ),
        adjusted_tone_svg="results/figures/story_adjusted_tone.svg",
    log:
        "logs/plot_stories.log",
    conda:
        CONDA_ENV
    params:
        top_stories=config["top_stories"],
    script:
        "../../scripts/plot_stories.py"


register_outputs(rules.summarise_stories, rules.compare_stories, rules.plot_stories)
