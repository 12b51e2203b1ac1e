"""Reading articles: decoding, normalisation, words and sentences, front matter, boilerplate, cleaning, HTML pages, record files and metadata."""
