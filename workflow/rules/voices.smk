# Stage 10: voices and reuse. Who is quoted, in how many words, by which
# outlet; and which passages two articles share word for word.


rule attribute_quotes:
    input:
        unpack(actors_input),
        documents="results/corpus/documents.jsonl",
        mentions="results/tables/mentions.csv",
        speech=expand("results/shards/{shard}/speech.csv", shard=SHARDS),
        sentences=expand("results/shards/{shard}/sentences.csv", shard=SHARDS),
        actors_table="results/tables/actors.csv",
        code=library_code("scripts/attribute_quotes.py"),
    output:
        quotes=report(
            "results/tables/quotes.csv", caption="../report/quotes.rst", category="Voices"
        ),
        by_outlet=report(
            "results/tables/quotes_by_outlet.csv",
            caption="../report/quotes_by_outlet.rst",
            category="Voices",
        ),
    log:
        "logs/attribute_quotes.log",
    conda:
        CONDA_ENV
    script:
        "../../scripts/attribute_quotes.py"


rule find_reuse:
    input:
        documents="results/corpus/documents.jsonl",
        sentences=expand("results/shards/{shard}/sentences.csv", shard=SHARDS),
        code=library_code("scripts/find_reuse.py"),
    output:
        pairs=report(
            "results/tables/reuse_pairs.csv",
            caption="../report/reuse_pairs.rst",
            category="Voices",
        ),
        passages="results/tables/shared_passages.csv",
    log:
        "logs/find_reuse.log",
    conda:
        CONDA_ENV
    params:
        min_words=config["reuse_min_words"],
        similarity=config["reuse_similarity"],
        max_partners=config["reuse_max_partners"],
    script:
        "../../scripts/find_reuse.py"


rule plot_voices:
    input:
        quotes_by_outlet="results/tables/quotes_by_outlet.csv",
        reuse_pairs="results/tables/reuse_pairs.csv",
        documents="results/tables/documents.csv",
        style="workflow/matplotlibrc",
        code=library_code("scripts/plot_voices.py"),
    output:
        speakers_png=report(
            "results/figures/speakers_by_outlet.png",
            caption="../report/speakers_by_outlet.rst",
            category="Voices",
        ),
        speakers_svg="results/figures/speakers_by_outlet.svg",
        reuse_png=report(
            "results/figures/reuse_matrix.png",
            caption="../report/reuse_matrix.rst",
            category="Voices",
        ),
        reuse_svg="results/figures/reuse_matrix.svg",
    log:
        "logs/plot_voices.log",
    conda:
        CONDA_ENV
    params:
        top_speakers=config["top_actors"],
    script:
        "../../scripts/plot_voices.py"


register_outputs(rules.attribute_quotes, rules.find_reuse, rules.plot_voices)
