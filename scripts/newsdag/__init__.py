"""newsdag's library: all the code the workflow's rule scripts call.

The rule scripts in ``scripts/`` (one per rule, named after it) read their
inputs, call this package and write their outputs; nothing here sees the
``snakemake`` object. The package is grouped by concern:

- ``text``: decoding, normalisation, the one definition of words and
  sentences, front matter, boilerplate, cleaning, HTML, record files, metadata;
- ``corpus``: corpus files and shards, ids, de-duplication, outlets;
- ``nlp``: the spaCy pass, names, actors, reporting verbs, quotes and
  speakers, reuse, tone and reading level;
- ``stats``: bootstrap intervals and association measures;
- ``report``: the report's HTML blocks, chapter execution and rendering,
  the page, the manifest and the figures;
- ``constants``, ``io``, ``config``, ``locks``, ``scheduling`` and ``code``:
  shared values, table and file helpers, config checks, Snakemake run locks,
  a workaround for Snakemake's scheduler timers, and which library files each
  rule is built from.

docs/architecture.md maps every stage to its rule, script, modules, tables,
tests and notebook.
"""
