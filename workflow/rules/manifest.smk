# Stage 12: provenance. One manifest of every registered output. Include this file
# last, after every stage has registered its outputs.


rule write_manifest:
    input:
        outputs=MANIFEST_OUTPUTS,
        documents="results/tables/documents.csv",
        code=library_code("scripts/write_manifest.py"),
    output:
        "results/manifest.json",
    log:
        "logs/write_manifest.log",
    conda:
        CONDA_ENV
    params:
        config=config,
        code_version=code_version(workflow.basedir),
    script:
        "../../scripts/write_manifest.py"
