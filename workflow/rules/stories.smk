# Stage 5: stories. Which articles, across outlets, report one event. The
# stories' tables, with their wire copy, are written in stage 11.


rule group_stories:
    input:
        documents="results/corpus/documents.jsonl",
        mentions="results/tables/mentions.csv",
        code=library_code("scripts/group_stories.py"),
    output:
        groups="results/stories/story_groups.csv",
        labels="results/stories/story_labels.csv",
    log:
        "logs/group_stories.log",
    conda:
        CONDA_ENV
    params:
        settings={
            "window_days": config["story_window_days"],
            "similarity": config["story_similarity"],
            "resolution": config["story_resolution"],
            "seed": config["story_seed"],
        },
    script:
        "../../scripts/group_stories.py"
