# Stage 4: actors. Resolve every spelling to one actor across the corpus,
# count mentions per document and outlet, and plot them.


rule resolve_actors:
    input:
        unpack(actors_input),
        mentions=expand("results/shards/{shard}/mentions.csv", shard=SHARDS),
        documents="results/tables/documents.csv",
        code=library_code("scripts/resolve_actors.py"),
    output:
        actors=report(
            "results/tables/actors.csv", caption="../report/actors.rst", category="Entities"
        ),
        mentions="results/tables/mentions.csv",
        unresolved=report(
            "results/tables/unresolved_names.csv",
            caption="../report/unresolved_names.rst",
            category="Entities",
        ),
    log:
        "logs/resolve_actors.log",
    conda:
        CONDA_ENV
    params:
        settings={
            "threshold": config["actor_match_threshold"],
            "period_days": config["actor_period_days"],
            "majority": config["actor_majority"],
        },
    script:
        "../../scripts/resolve_actors.py"


rule count_entities:
    input:
        mentions="results/tables/mentions.csv",
        documents="results/tables/documents.csv",
        code=library_code("scripts/count_entities.py"),
    output:
        by_document="results/tables/entities_by_document.csv",
        by_outlet=report(
            "results/tables/entities_by_outlet.csv",
            caption="../report/entities_by_outlet.rst",
            category="Entities",
        ),
    log:
        "logs/count_entities.log",
    conda:
        CONDA_ENV
    script:
        "../../scripts/count_entities.py"


rule plot_entities:
    input:
        by_outlet="results/tables/entities_by_outlet.csv",
        style="workflow/matplotlibrc",
        code=library_code("scripts/plot_entities.py"),
    output:
        top_png=report(
            "results/figures/top_actors.png",
            caption="../report/top_actors.rst",
            category="Entities",
        ),
        top_svg="results/figures/top_actors.svg",
        heatmap_png=report(
            "results/figures/actor_outlet_heatmap.png",
            caption="../report/actor_outlet_heatmap.rst",
            category="Entities",
        ),
        heatmap_svg="results/figures/actor_outlet_heatmap.svg",
    log:
        "logs/plot_entities.log",
    conda:
        CONDA_ENV
    params:
        norp_actors=config["norp_actors"],
        top_actors=config["top_actors"],
    script:
        "../../scripts/plot_entities.py"


register_outputs(rules.resolve_actors, rules.count_entities, rules.plot_entities)
