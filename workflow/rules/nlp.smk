# Stage 3: the spaCy pass. One per shard: sentences, named-entity mentions,
# the subjects of reporting verbs, the bodies' term counts and the labels and
# stance words of their mentions, which every later stage reuses.


rule annotate_articles:
    input:
        documents="results/shards/{shard}/documents.jsonl",
        code=library_code("scripts/annotate_articles.py"),
    output:
        sentences="results/shards/{shard}/sentences.csv",
        mentions="results/shards/{shard}/mentions.csv",
        speech="results/shards/{shard}/speech.csv",
        terms="results/shards/{shard}/terms.csv",
        descriptions="results/shards/{shard}/descriptions.csv",
    log:
        "logs/annotate_articles/{shard}.log",
    conda:
        CONDA_ENV
    params:
        model=config["spacy_model"],
        batch_size=config["nlp_batch_size"],
    script:
        "../../scripts/annotate_articles.py"
