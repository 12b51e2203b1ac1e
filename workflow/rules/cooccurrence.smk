# Stage 7: co-occurrence. Which actors are named together, per outlet, and
# the network.


rule count_cooccurrence:
    input:
        mentions="results/tables/mentions.csv",
        documents="results/tables/documents.csv",
        sentences=expand("results/shards/{shard}/sentences.csv", shard=SHARDS),
        code=library_code("scripts/count_cooccurrence.py"),
    output:
        report(
            "results/tables/cooccurrence.csv",
            caption="../report/cooccurrence.rst",
            category="Co-occurrence",
        ),
    log:
        "logs/count_cooccurrence.log",
    conda:
        CONDA_ENV
    params:
        norp_actors=config["norp_actors"],
    script:
        "../../scripts/count_cooccurrence.py"


rule plot_cooccurrence:
    input:
        cooccurrence="results/tables/cooccurrence.csv",
        by_outlet="results/tables/entities_by_outlet.csv",
        style="workflow/matplotlibrc",
        code=library_code("scripts/plot_cooccurrence.py"),
    output:
        png=report(
            "results/figures/cooccurrence_network.png",
            caption="../report/cooccurrence_network.rst",
            category="Co-occurrence",
        ),
        svg="results/figures/cooccurrence_network.svg",
    log:
        "logs/plot_cooccurrence.log",
    conda:
        CONDA_ENV
    params:
        norp_actors=config["norp_actors"],
        top_actors=config["top_actors"],
    script:
        "../../scripts/plot_cooccurrence.py"


register_outputs(rules.count_cooccurrence, rules.plot_cooccurrence)
