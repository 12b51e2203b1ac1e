# Stage 2: one spaCy pass per shard: sentences, named-entity mentions and the
# subjects of reporting verbs, which every later stage reuses.


rule annotate_articles:
    input:
        documents="results/shards/{shard}/documents.jsonl",
    output:
        sentences="results/shards/{shard}/sentences.csv",
        mentions="results/shards/{shard}/mentions.csv",
        speech="results/shards/{shard}/speech.csv",
    log:
        "logs/annotate_articles/{shard}.log",
    wildcard_constraints:
        shard=r"\d{3}",
    conda:
        CONDA_ENV
    params:
        model=config["spacy_model"],
        batch_size=config["nlp_batch_size"],
    script:
        "../../scripts/annotate_articles.py"
