"""Values several stages share: the project folder, what an outlet "ALL"
means, which entity types are actors, and the columns of the skipped-file
table."""

from pathlib import Path

# The project's top folder (the one holding Snakefile, workflow/, notebooks/).
PROJECT_DIR = Path(__file__).resolve().parents[2]

# The pooled row of every per-outlet table: all outlets together.
ALL_OUTLETS = "ALL"

# spaCy entity labels newsdag keeps as actors, in tie-break order: a name
# tagged as two types is given the earlier one.
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP")

# One row per file or record not used: results/shards/NNN/skipped.csv and
# results/tables/skipped.csv.
SKIPPED_COLUMNS = ["doc_id", "source_path", "source_record", "reason"]
