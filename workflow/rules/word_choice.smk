# Stage 6: word choice. The words each outlet uses more, and less, than the
# others, over the whole corpus and within the stories they share; the labels
# it gives each actor; and its attention to the top actors over time.


rule find_distinctive_terms:
    input:
        terms=expand("results/shards/{shard}/terms.csv", shard=SHARDS),
        documents="results/tables/documents.csv",
        groups="results/stories/story_groups.csv",
        code=library_code("scripts/find_distinctive_terms.py"),
    output:
        report(
            "results/tables/distinctive_terms.csv",
            caption="../report/distinctive_terms.rst",
            category="Word choice",
        ),
    log:
        "logs/find_distinctive_terms.log",
    conda:
        CONDA_ENV
    params:
        settings={
            "prior": config["log_odds_prior"],
            "min_count": config["min_term_count"],
            "top": config["distinctive_terms"],
        },
    script:
        "../../scripts/find_distinctive_terms.py"


rule label_actors:
    input:
        descriptions=expand("results/shards/{shard}/descriptions.csv", shard=SHARDS),
        sentences=expand("results/shards/{shard}/sentences.csv", shard=SHARDS),
        mentions="results/tables/mentions.csv",
        code=library_code("scripts/label_actors.py"),
    output:
        labels=report(
            "results/tables/actor_labels.csv",
            caption="../report/actor_labels.rst",
            category="Word choice",
        ),
        examples="results/tables/label_examples.csv",
    log:
        "logs/label_actors.log",
    conda:
        CONDA_ENV
    params:
        prior=config["log_odds_prior"],
    script:
        "../../scripts/label_actors.py"


rule measure_attention:
    input:
        per_document="results/tables/entities_by_document.csv",
        documents="results/tables/documents.csv",
        code=library_code("scripts/measure_attention.py"),
    output:
        report(
            "results/tables/attention.csv",
            caption="../report/attention.rst",
            category="Word choice",
        ),
    log:
        "logs/measure_attention.log",
    conda:
        CONDA_ENV
    params:
        settings={
            "norp_actors": config["norp_actors"],
            "top": config["attention_actors"],
            "period": config["attention_period"],
        },
    script:
        "../../scripts/measure_attention.py"


rule plot_word_choice:
    input:
        labels="results/tables/actor_labels.csv",
        terms="results/tables/distinctive_terms.csv",
        attention="results/tables/attention.csv",
        style="workflow/matplotlibrc",
        code=library_code("scripts/plot_word_choice.py"),
    output:
        actor_labels_png=report(
            "results/figures/actor_labels.png",
            caption="../report/actor_labels_figure.rst",
            category="Word choice",
        ),
        actor_labels_svg="results/figures/actor_labels.svg",
        distinctive_terms_png=report(
            "results/figures/distinctive_terms.png",
            caption="../report/distinctive_terms_figure.rst",
            category="Word choice",
        ),
        distinctive_terms_svg="results/figures/distinctive_terms.svg",
        attention_png=report(
            "results/figures/attention.png",
            caption="../report/attention_figure.rst",
            category="Word choice",
        ),
        attention_svg="results/figures/attention.svg",
    log:
        "logs/plot_word_choice.log",
    conda:
        CONDA_ENV
    script:
        "../../scripts/plot_word_choice.py"


register_outputs(
    rules.find_distinctive_terms,
    rules.label_actors,
    rules.measure_attention,
    rules.plot_word_choice,
)
