# Stage 2: the corpus. What it holds, per outlet: articles, dates, lengths,
# wire credits and how each outlet was identified, as tables and figures.


rule summarise_corpus:
    input:
        documents="results/tables/documents.csv",
        code=library_code("scripts/summarise_corpus.py"),
    output:
        by_outlet=report(
            "results/tables/corpus_by_outlet.csv",
            caption="../report/corpus_by_outlet.rst",
            category="Corpus",
        ),
        by_date="results/tables/articles_by_date.csv",
        wire=report(
            "results/tables/wire_credits.csv",
            caption="../report/wire_credits.rst",
            category="Corpus",
        ),
    log:
        "logs/summarise_corpus.log",
    conda:
        CONDA_ENV
    script:
        "../../scripts/summarise_corpus.py"


rule plot_corpus:
    input:
        by_date="results/tables/articles_by_date.csv",
        by_outlet="results/tables/corpus_by_outlet.csv",
        documents="results/tables/documents.csv",
        style="workflow/matplotlibrc",
        code=library_code("scripts/plot_corpus.py"),
    output:
        timeline_png=report(
            "results/figures/articles_timeline.png",
            caption="../report/articles_timeline.rst",
            category="Corpus",
        ),
        timeline_svg="results/figures/articles_timeline.svg",
        words_png=report(
            "results/figures/words_per_article.png",
            caption="../report/words_per_article.rst",
            category="Corpus",
        ),
        words_svg="results/figures/words_per_article.svg",
    log:
        "logs/plot_corpus.log",
    conda:
        CONDA_ENV
    script:
        "../../scripts/plot_corpus.py"


register_outputs(rules.summarise_corpus, rules.plot_corpus)
