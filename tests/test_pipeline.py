"""The pipeline decides, the archive stores: an Article leaves extraction with
every value the database holds about its text."""

import json
import subprocess
import sys

from quotearchive.extract import pipeline
from quotearchive.model import Document, speaker_key, statement_key

TEXT = (
    "Arms talks\n\n"
    "Russian President Vladimir Putin spoke in Moscow on Monday.\n"
    '"NATO expansion is a threat to us," Putin claimed.\n'
    'Mr Putin added: "We want arms control talks."\n'
    '"It was a good meeting," said a spokesman for the ministry.\n'
)


def fields(quote, *names):
    return tuple(getattr(quote, name) for name in names)


def test_parse_document_fills_each_quotes_stance_topics_and_keys():
    article = pipeline.parse_document(Document(source="talks.txt", text=TEXT))
    # The IPTC subjects scored best first, then the narrower topics (issue 17).
    assert ["politics", "conflict-war-peace", "arms-control", "nato"] == article.topics
    names = ("text", "cue", "cue_stance", "topics", "statement_key", "speaker", "speaker_key")
    assert [
        ("NATO expansion is a threat to us,", "claimed", "distancing", ["politics", "nato"], "6821a33778c424e2", "Vladimir Putin", "vladimir putin"),
        ("We want arms control talks.", "added", "neutral", ["conflict-war-peace", "arms-control"], "2851cb99923c5fe6", "Vladimir Putin", "vladimir putin"),
        ("It was a good meeting,", "said", "neutral", ["politics"], "651a5b41213b32a6", "a spokesman for the ministry", "a spokesman for the ministry"),
    ] == [fields(q, *names) for q in article.quotes]


def test_a_quote_without_cue_or_speaker_has_no_stance_and_no_speaker_key():
    text = 'Notes\n\nThe rain fell for an hour.\n\n"We will never surrender to anyone, whatever the cost may be to us all."\n'
    article = pipeline.parse_document(Document(source="x.txt", text=text))
    assert [(None, None, None, None)] == [fields(q, "cue", "cue_stance", "speaker", "speaker_key") for q in article.quotes]
    # The words alone, case-folded: "we will never surrender to anyone whatever the cost may be to us all".
    assert ["3b636358134757c4"] == [q.statement_key for q in article.quotes]


def test_extract_prints_the_new_fields():
    article = pipeline.parse_document(Document(source="talks.txt", text=TEXT))
    printed = json.loads(json.dumps(pipeline.article_summary(article)))
    assert {"cue_stance": "distancing", "topics": ["politics", "nato"], "statement_key": "6821a33778c424e2", "speaker_key": "vladimir putin"}.items() <= printed["quotes"][0].items()


def test_quotes_from_raw_text_carry_the_same_fields():
    (first, *_) = pipeline.extract_quotes_from_text(TEXT)
    assert ("distancing", ["politics", "nato"], "6821a33778c424e2", "vladimir putin") == (
        first["cue_stance"], first["topics"], first["statement_key"], first["speaker_key"]
    )


def test_statement_key_ignores_case_punctuation_and_marks():
    assert statement_key("We will win,") == statement_key("we WILL win.")
    assert statement_key("We will win") != statement_key("We will lose")


def test_speaker_key_ignores_case_spacing_and_honorifics():
    assert "tony blair" == speaker_key("Mr  Tony Blair") == speaker_key("tony blair")
    assert speaker_key("Dr. Jane Smith") == speaker_key("Jane Smith")
    assert "smith" == speaker_key("Prof Dr Smith.")


def test_the_archive_store_loads_no_extraction():
    code = "import quotearchive.archive.store, sys; print([m for m in sys.modules if m.startswith('quotearchive.extract')])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "[]" == out.strip()


def test_documents_parsed_together_are_the_articles_parsed_one_at_a_time():
    """``parse_documents``: the sentences several documents need parsed for a speaker are parsed in
    one batch (with the parser installed; the rules alone otherwise): the same Articles, and a
    document that cannot be an article is its own error."""
    from quotearchive.model import RejectedInput

    from .conftest import SEEDS

    docs = [Document(source=p.name, text=p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    docs.insert(2, Document(source="bad.txt", rejected="not text"))
    docs.append(Document(source="parsed.txt", text=(
        "Town hall\n\nSpeaking at a town hall in Salem, the senator went after her rival, calling him \"a total stiff.\"\n")))
    alone = [pipeline.parse_document(doc).to_dict() for doc in docs if not doc.rejected]
    together = pipeline.parse_documents(docs)
    rejected = together.pop(2)
    assert (RejectedInput, "not text") == (type(rejected), str(rejected))
    assert alone == [article.to_dict() for article in together]
