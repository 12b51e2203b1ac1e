# Stage 1: parse articles. Raw files become clean documents, one job per
# shard; the shards are then collected into the corpus tables.


rule parse_articles:
    input:
        articles=shard_articles,
        record_files=record_file_paths,
        agencies=config["wire_agencies"],
        code=library_code("scripts/parse_articles.py"),
    output:
        documents="results/shards/{shard}/documents.jsonl",
        skipped="results/shards/{shard}/skipped.csv",
    log:
        "logs/parse_articles/{shard}.log",
    # Every shard is parsed before the spaCy pass starts: a waiting parse job
    # lists its shard's article files, which Snakemake stats at every pass of
    # its scheduler (2,500 files a job at 20,000 articles and 8 shards).
    priority: 2
    conda:
        CONDA_ENV
    params:
        doc_ids=shard_doc_ids,
        record_file_ids=record_file_ids,
        shards=config["shards"],
        min_body_words=config["min_body_words"],
        day_first=config["day_first"],
        fallback_encoding=config["fallback_encoding"],
        max_file_mb=config["max_file_mb"],
        fields=config["fields"],
        latest_date=config["latest_date"],
    script:
        "../../scripts/parse_articles.py"


rule collect_documents:
    input:
        unpack(outlet_sheet_input),
        documents=expand("results/shards/{shard}/documents.jsonl", shard=SHARDS),
        skipped=expand("results/shards/{shard}/skipped.csv", shard=SHARDS),
        outlet_domains=config["outlet_domains"],
        sheet_schema=SHEET_SCHEMA,
        code=library_code("scripts/collect_documents.py"),
    output:
        documents=report(
            "results/tables/documents.csv",
            caption="../report/documents.rst",
            category="Corpus",
        ),
        skipped=report(
            "results/tables/skipped.csv",
            caption="../report/skipped.rst",
            category="Corpus",
        ),
        corpus="results/corpus/documents.jsonl",
    log:
        "logs/collect_documents.log",
    conda:
        CONDA_ENV
    params:
        outlet_aliases=config["outlet_aliases"],
    script:
        "../../scripts/collect_documents.py"


register_outputs(rules.collect_documents)
