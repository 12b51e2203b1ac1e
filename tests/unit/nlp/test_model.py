"""The spaCy pipelines: the pinned package, only the components needed, and
a sentence break at every paragraph."""

from newsdag.nlp.model import FALLBACK_MODEL, installed_model


def test_model_loads_offline_from_the_pinned_package_with_only_needed_components(nlp):
    assert nlp.pipe_names == [
        "tok2vec", "tagger", "senter", "newsdag_paragraph_breaks", "parser",
        "newsdag_tag_attributes", "lemmatizer", "ner",
    ]  # fmt: skip
    assert nlp.meta["version"] == "3.8.0" and nlp.meta["lang"] == "en"
    assert [t.dep_ for t in nlp("Lavrov said nothing.")][:2] == ["nsubj", "ROOT"]


def test_the_parse_keeps_the_sentences_of_the_senter(nlp, seed_records):
    """The parser runs after the senter and the paragraph-break rule and
    keeps their boundaries: the seeds' sentences are those of the pipeline
    without a parser, and no dependency crosses a sentence."""
    from newsdag.nlp.model import load_package

    without = load_package("en_core_web_sm", ["parser"])
    without.enable_pipe("senter")
    bodies = [r["body"] for r in seed_records]
    for ours, theirs in zip(nlp.pipe(bodies), without.pipe(bodies)):
        breaks = {
            t.i for t in theirs if t.is_sent_start and "\n" not in theirs[t.i - 1].whitespace_
        }
        assert breaks <= {s.start for s in ours.sents}
        assert all(t.head.sent == t.sent for t in ours)


def test_a_line_break_always_ends_a_sentence(nlp):
    doc = nlp("Talks went on in Moscow\nLavrov said nothing new")
    assert [s.text.strip() for s in doc.sents] == [
        "Talks went on in Moscow",
        "Lavrov said nothing new",
    ]


def test_installed_model_names_the_package_actually_loaded():
    assert installed_model("en_core_web_sm")[0] in ("en_core_web_sm", FALLBACK_MODEL)
    assert installed_model("en_core_web_sm")[1] == "3.8.0"
    assert installed_model("no_such_model") == ("no_such_model", "")


def test_the_tag_map_gives_the_attribute_rulers_lemmas(nlp, seed_records):
    """The pipeline reads the attribute ruler's tag map instead of running
    it: on the seeds' bodies, every content word gets the lemma and part of
    speech the ruler would give."""
    from newsdag.nlp.model import load_package
    from newsdag.nlp.terms import CONTENT_POS

    with_ruler = load_package("en_core_web_sm", ["parser", "senter"])
    pairs = zip(nlp.pipe(r["body"] for r in seed_records),
                with_ruler.pipe(r["body"] for r in seed_records))  # fmt: skip
    words = [(a, b) for ours, theirs in pairs for a, b in zip(ours, theirs)
             if b.pos_ in CONTENT_POS]  # fmt: skip
    assert len(words) > 1000
    assert all((a.lemma_, a.pos_) == (b.lemma_, b.pos_) for a, b in words)
