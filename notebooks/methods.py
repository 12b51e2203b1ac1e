# %% [markdown]
# # Methods and provenance
#
# What produced this report, so that it can be checked and reproduced: the
# models and package versions, how well the sentiment model agrees with
# human ratings, the exact corpus, configuration and code, and every output
# table and figure with its SHA-256 hash. The same corpus, configuration and
# code give a byte-identical report.

# %% tags=["parameters"]
config = {}

# %%
import json

import pandas as pd
from newsdag.io import read_table
from newsdag.report.blocks import count_text, figure_html, paragraph_html, show, table_html

with open("results/manifest.json", encoding="utf-8") as handle:
    manifest = json.load(handle)
validation = read_table("results/tables/sentiment_validation.csv")

# %% [markdown]
# ## Pipeline
#
# 1. **Parsing.** Each file is read once, decoded, stripped of page
#    furniture (cookie banners, menus, captions, photo credits, related-article
#    links, comment prompts) and described: outlet, title, byline, wire
#    credits, date. Files that cannot be used are listed with the reason.
# 2. **Language analysis.** One spaCy pass per shard of articles splits
#    sentences and finds named entities (people, organisations, places,
#    nationalities and groups).
# 3. **Actors.** Mentions are cleaned (a person's name loses the sentence
#    opener, possessive or title glued to it), a bare surname is joined to the
#    full name used in the same article, spellings are merged across the
#    corpus by the alias files (yours, and the shipped parties and
#    institutions) and by name similarity (RapidFuzz), and a surname its
#    article never gives in full goes to the person its title or the period's
#    full-name mentions point to, or is listed as unresolved.
# 4. **Tone.** VADER scores every sentence; means per outlet and actor get
#    two-stage bootstrap 95 % intervals (articles, then sentences).
# 5. **Readability.** textstat's counts and seven published indices.
# 6. **Co-occurrence.** Counts, PMI, NPMI and Jaccard of actors sharing a
#    sentence or an article.

# %% [markdown]
# ## Models and package versions

# %%
packages = pd.DataFrame(
    sorted(manifest["packages"].items(), key=lambda item: item[0].lower()),
    columns=["package", "version"],
)
show(
    paragraph_html(
        f"Python {manifest['python']}; spaCy pipeline requested: "
        f"{config.get('spacy_model', 'en_core_web_sm')} (installed from the pinned "
        "package, never downloaded)."
    )
)
show(
    table_html(
        packages,
        {"package": "Package", "version": "Version"},
        caption=f"Packages whose versions can change the results or the report; "
        f"n = {count_text(len(packages), 'package')}.",
    )
)

# %% [markdown]
# ## Sentiment validation
#
# VADER's compound score against the mean human rating of sentence snippets
# from New York Times editorials (the ground truth published with VADER,
# Hutto & Gilbert 2014, shipped in `workflow/resources/vader_nyt/`). The
# paper reports r = 0.492.

# %%
n_snippets = int(validation["snippets"].iloc[0])
show(
    table_html(
        validation,
        {"scorer": "Scorer", "snippets": "Snippets (n)", "pearson_r": "Pearson r"},
        caption=f"Agreement with human ratings; n = {count_text(n_snippets, 'snippet')}.",
        digits={"snippets": 0, "pearson_r": 3},
    )
)
show(
    figure_html(
        "results/figures/sentiment_validation.png",
        f"newsdag's compound score of each snippet against its mean human rating, with the "
        f"mean score per rating point; n = {count_text(n_snippets, 'snippet')}.",
        "Scatter plot of VADER compound scores against human ratings.",
    )
)

# %% [markdown]
# ## Corpus, configuration and code

# %%
identity = pd.DataFrame(
    [
        ("Corpus fingerprint (SHA-256 of article ids and file hashes)", manifest["corpus_fingerprint"]),
        ("Articles analysed (n)", f"{manifest['n_documents']:,}"),
        ("Configuration hash (SHA-256 of the config as canonical JSON)", manifest["config_hash"]),
        ("Code version (git describe)", manifest["code_version"]),
        ("Manifest version", str(manifest["manifest_version"])),
    ],
    columns=["what", "value"],
)
show(table_html(identity, {"what": "Item", "value": "Value"}, caption="Versions of this run."))
settings = pd.DataFrame(
    [(key, json.dumps(config[key], ensure_ascii=False)) for key in sorted(config)],
    columns=["key", "value"],
)
show(
    table_html(
        settings,
        {"key": "Config key", "value": "Value (JSON)"},
        caption="The configuration of this run, defaults filled in; "
        f"n = {count_text(len(settings), 'key')}.",
    )
)

# %% [markdown]
# ## Outputs
#
# Every table and figure the workflow wrote, as recorded in
# `results/manifest.json`; rows exclude the header (figures have none).

# %%
outputs = pd.DataFrame(manifest["outputs"], columns=["path", "rows", "sha256"])
show(
    table_html(
        outputs,
        {"path": "File", "rows": "Rows (n)", "sha256": "SHA-256"},
        caption=f"Outputs of this run; n = {count_text(len(outputs), 'file')}.",
        digits={"rows": 0},
    )
)
