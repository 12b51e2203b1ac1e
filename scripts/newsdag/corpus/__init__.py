"""The corpus: its files and shards, article ids, de-duplication and outlets."""
