# Stage 5: stories. Which articles, across outlets, report one event.


rule group_stories:
    input:
        documents="results/corpus/documents.jsonl",
        mentions="results/tables/mentions.csv",
        code=library_code("scripts/group_stories.py"),
    output:
        articles=report(
            "results/tables/story_articles.csv",
            caption="../report/story_articles.rst",
            category="Stories",
        ),
        stories=report(
            "results/tables/stories.csv",
            caption="../report/stories.rst",
            category="Stories",
        ),
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


register_outputs(rules.group_stories)
