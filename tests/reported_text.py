"""The reported-speech tests' short article: an intro naming the speaker, then the sentence under test."""

from quotearchive.extract import pipeline
from quotearchive.model import Document

INTRO = "Jane Porter, the energy minister, spoke in Leeds on Monday. "


def statements(sentence: str) -> list[tuple[str, str, str | None]]:
    """(text, cue, speaker) of each indirect statement in a short article, in body order."""
    body = "Energy talks\n\n" + INTRO + sentence + "\n"
    article = pipeline.parse_document(Document(source="t.txt", text=body))
    found = sorted((q for q in article.quotes if q.kind == "indirect"), key=lambda q: q.start)
    for q in found:
        assert article.body[q.start : q.end] == q.text
    return [(q.text, q.cue, q.speaker) for q in found]
