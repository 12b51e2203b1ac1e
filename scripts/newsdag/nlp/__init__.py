"""Language: the spaCy pass, names and actors, reporting verbs, quotes and speakers, reuse, tone and reading level."""
