# Stage 8: tone. VADER scores every sentence of the shared sentence table
# (per shard), then documents, outlets and actors are summarised, and the
# stance toward each actor is scored from the words the parse ties to it.


rule score_sentences:
    input:
        sentences="results/shards/{shard}/sentences.csv",
        documents="results/shards/{shard}/documents.jsonl",
        code=library_code("scripts/score_sentences.py"),
    output:
        "results/shards/{shard}/sentiment.csv",
    log:
        "logs/score_sentences/{shard}.log",
    # Scored as soon as its shard is annotated, not after the last shard.
    priority: 1
    conda:
        CONDA_ENV
    script:
        "../../scripts/score_sentences.py"


rule summarise_sentiment:
    input:
        sentiment=expand("results/shards/{shard}/sentiment.csv", shard=SHARDS),
        documents="results/tables/documents.csv",
        mentions="results/tables/mentions.csv",
        code=library_code("scripts/summarise_sentiment.py"),
    output:
        sentences="results/tables/sentiment_sentences.csv",
        by_document="results/tables/sentiment_by_document.csv",
        by_outlet=report(
            "results/tables/sentiment_by_outlet.csv",
            caption="../report/sentiment_by_outlet.rst",
            category="Tone",
        ),
        by_actor=report(
            "results/tables/actor_sentiment.csv",
            caption="../report/actor_sentiment.rst",
            category="Tone",
        ),
    log:
        "logs/summarise_sentiment.log",
    conda:
        CONDA_ENV
    params:
        norp_actors=config["norp_actors"],
        samples=config["bootstrap_samples"],
        seed=config["bootstrap_seed"],
        min_sentences=config["min_actor_sentences"],
    script:
        "../../scripts/summarise_sentiment.py"


rule rank_sentences:
    input:
        scored="results/tables/sentiment_sentences.csv",
        sentences=expand("results/shards/{shard}/sentences.csv", shard=SHARDS),
        documents="results/tables/documents.csv",
        code=library_code("scripts/rank_sentences.py"),
    output:
        report(
            "results/tables/sentiment_extremes.csv",
            caption="../report/sentiment_extremes.rst",
            category="Tone",
        ),
    log:
        "logs/rank_sentences.log",
    conda:
        CONDA_ENV
    params:
        n=config["extreme_sentences"],
    script:
        "../../scripts/rank_sentences.py"


rule validate_sentiment:
    input:
        truth="workflow/resources/vader_nyt/nytEditorialSnippets_GroundTruth.txt",
        style="workflow/matplotlibrc",
        code=library_code("scripts/validate_sentiment.py"),
    output:
        table=report(
            "results/tables/sentiment_validation.csv",
            caption="../report/sentiment_validation.rst",
            category="Tone",
        ),
        png=report(
            "results/figures/sentiment_validation.png",
            caption="../report/sentiment_validation_figure.rst",
            category="Tone",
        ),
        svg="results/figures/sentiment_validation.svg",
    log:
        "logs/validate_sentiment.log",
    conda:
        CONDA_ENV
    script:
        "../../scripts/validate_sentiment.py"


rule plot_sentiment:
    input:
        sentences="results/tables/sentiment_sentences.csv",
        by_outlet="results/tables/sentiment_by_outlet.csv",
        actor_sentiment="results/tables/actor_sentiment.csv",
        entities="results/tables/entities_by_outlet.csv",
        style="workflow/matplotlibrc",
        code=library_code("scripts/plot_sentiment.py"),
    output:
        outlet_png=report(
            "results/figures/sentiment_by_outlet.png",
            caption="../report/sentiment_by_outlet_figure.rst",
            category="Tone",
        ),
        outlet_svg="results/figures/sentiment_by_outlet.svg",
        actor_png=report(
            "results/figures/actor_tone_heatmap.png",
            caption="../report/actor_tone_heatmap.rst",
            category="Tone",
        ),
        actor_svg="results/figures/actor_tone_heatmap.svg",
    log:
        "logs/plot_sentiment.log",
    conda:
        CONDA_ENV
    params:
        norp_actors=config["norp_actors"],
        top_actors=config["top_actors"],
        min_sentences=config["min_actor_sentences"],
    script:
        "../../scripts/plot_sentiment.py"


rule score_actor_stance:
    input:
        descriptions=expand("results/shards/{shard}/descriptions.csv", shard=SHARDS),
        mentions="results/tables/mentions.csv",
        window="results/tables/actor_sentiment.csv",
        code=library_code("scripts/score_actor_stance.py"),
    output:
        mentions="results/word_choice/mention_stance.csv",
        by_document="results/tables/actor_stance_by_document.csv",
        by_outlet=report(
            "results/tables/actor_stance.csv",
            caption="../report/actor_stance.rst",
            category="Tone",
        ),
    log:
        "logs/score_actor_stance.log",
    conda:
        CONDA_ENV
    params:
        settings={
            "norp_actors": config["norp_actors"],
            "samples": config["bootstrap_samples"],
            "seed": config["bootstrap_seed"],
            "min_mentions": config["min_actor_sentences"],
        },
    script:
        "../../scripts/score_actor_stance.py"


register_outputs(
    rules.summarise_sentiment,
    rules.rank_sentences,
    rules.validate_sentiment,
    rules.plot_sentiment,
    rules.score_actor_stance,
)
