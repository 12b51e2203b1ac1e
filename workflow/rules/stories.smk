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


rule summarise_stories:
    input:
        articles="results/tables/story_articles.csv",
        stories="results/tables/stories.csv",
        documents="results/tables/documents.csv",
        code=library_code("scripts/summarise_stories.py"),
    output:
        coverage=report(
            "results/tables/story_coverage.csv",
            caption="../report/story_coverage.rst",
            category="Stories",
        ),
        blindspots=report(
            "results/tables/blindspots.csv",
            caption="../report/blindspots.rst",
            category="Stories",
        ),
    log:
        "logs/summarise_stories.log",
    conda:
        CONDA_ENV
    params:
        blindspot_share=config["blindspot_share"],
    script:
        "../../scripts/summarise_stories.py"


register_outputs(rules.group_stories, rules.summarise_stories)
