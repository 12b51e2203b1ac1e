# Stage 13: the report. Each chapter is a jupytext notebook in notebooks/,
# executed with the tables it reads as inputs (so it reruns only when they or
# the notebook change) and rendered to HTML; one page assembles them.
# The chapters, their inputs and parameters: CHAPTERS in common.smk, from
# notebooks/chapters.yaml.


rule render_notebook:
    input:
        notebook="notebooks/{chapter}.py",
        tables=chapter_inputs,
        code=chapter_code,
    output:
        notebook="results/report/notebooks/{chapter}.ipynb",
        html="results/report/chapters/{chapter}.html",
    log:
        "logs/render_notebook/{chapter}.log",
    conda:
        CONDA_ENV
    params:
        parameters=chapter_config,
    script:
        "../../scripts/render_notebook.py"


rule assemble_report:
    input:
        chapters=expand("results/report/chapters/{chapter}.html", chapter=CHAPTERS),
        manifest="results/manifest.json",
        corpus="results/tables/corpus_by_outlet.csv",
        code=library_code("scripts/assemble_report.py"),
    output:
        report(
            "results/report/index.html",
            caption="../report/report.rst",
            category="Report",
        ),
    log:
        "logs/assemble_report.log",
    conda:
        CONDA_ENV
    params:
        title=config["report_title"],
    script:
        "../../scripts/assemble_report.py"


# Not part of `rule all`: it needs Debian's chromium on the PATH (conda has
# none; `make browser` installs it). `make screenshot` runs it.
rule screenshot_report:
    input:
        report="results/report/index.html",
    output:
        "results/report/first_screen.png",
    log:
        "logs/screenshot_report.log",
    conda:
        CONDA_ENV
    params:
        size="1280,900",
    shell:
        "profile=$(mktemp -d) && chromium --headless --no-sandbox --disable-gpu"
        " --disable-quic --no-first-run --disable-background-networking"
        " --disable-component-update --disable-sync --hide-scrollbars"
        " --user-data-dir=$profile --window-size={params.size}"
        " --screenshot={output} file://$(realpath {input.report}) > {log} 2>&1;"
        " status=$?; rm -rf $profile; exit $status"
