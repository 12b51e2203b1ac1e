# Stage 6: word choice. The words each outlet uses more, and less, than the
# others, over the whole corpus and within the stories they share.


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


register_outputs(rules.find_distinctive_terms)
