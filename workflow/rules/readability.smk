# Stage 9: readability. The reading level of every article body (per
# shard), summarised per outlet.


rule score_readability:
    input:
        documents="results/shards/{shard}/documents.jsonl",
        sentences="results/shards/{shard}/sentences.csv",
        code=library_code("scripts/score_readability.py"),
    output:
        "results/shards/{shard}/readability.csv",
    log:
        "logs/score_readability/{shard}.log",
    # Scored as soon as its shard is annotated, not after the last shard.
    priority: 1
    conda:
        CONDA_ENV
    script:
        "../../scripts/score_readability.py"


rule summarise_readability:
    input:
        readability=expand("results/shards/{shard}/readability.csv", shard=SHARDS),
        documents="results/tables/documents.csv",
        code=library_code("scripts/summarise_readability.py"),
    output:
        by_document="results/tables/readability_by_document.csv",
        by_outlet=report(
            "results/tables/readability_by_outlet.csv",
            caption="../report/readability_by_outlet.rst",
            category="Readability",
        ),
    log:
        "logs/summarise_readability.log",
    conda:
        CONDA_ENV
    script:
        "../../scripts/summarise_readability.py"


rule plot_readability:
    input:
        by_outlet="results/tables/readability_by_outlet.csv",
        style="workflow/matplotlibrc",
        code=library_code("scripts/plot_readability.py"),
    output:
        png=report(
            "results/figures/readability_by_outlet.png",
            caption="../report/readability_by_outlet_figure.rst",
            category="Readability",
        ),
        svg="results/figures/readability_by_outlet.svg",
    log:
        "logs/plot_readability.log",
    conda:
        CONDA_ENV
    script:
        "../../scripts/plot_readability.py"


register_outputs(rules.summarise_readability, rules.plot_readability)
