"""The per-article pipeline: Document -> Article.

``parse_document`` is a pure function of its input (no database, no global
state), so ingest can run it in worker processes and a cluster job can map it
over partitions (docs/scaling.md).  The Article it returns carries every
value the archive stores about the text; the archive adds only ids, links
between rows and counts.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import replace

from . import clean, cues, metadata, quotes, reported, speakers, topics
from ..model import Article, Document, Quote, RejectedInput, speaker_key, statement_key_of


def parse_document(doc: Document) -> Article:
    """Clean, describe and extract quotes from one document."""
    return speakers.run(parse_document_steps(doc))


def parse_documents(docs: Sequence[Document]) -> list[Article | Exception]:
    """``parse_document`` of each of ``docs``, the sentences they need parsed for their speakers
    parsed in one batch (cheaper than one at a time: ``speakers.run_together``).  The same
    Articles as one at a time; a document that fails has its exception (``RejectedInput``...)
    in its place."""
    return speakers.run_together([parse_document_steps(doc) for doc in docs])


run_together = speakers.run_together


def parse_document_steps(doc: Document) -> speakers.Steps[Article]:
    """``parse_document``, waiting for the speaker parse: for a caller that runs the steps of
    several documents together (``ingest``'s workers, with ``speakers.run_together``)."""
    return (yield from extract_steps(describe_document(doc)))


def describe_document(doc: Document) -> Article:
    """The first half of ``parse_document``: the cleaned body and the metadata, no quotes or
    topics yet.  Its ``content_hash`` is known here: ``ingest`` need not extract an article
    whose text it has just extracted under another name (``extract_steps``)."""
    if doc.rejected:
        raise RejectedInput(doc.rejected)
    if doc.html is not None:
        from . import webpage  # imported lazily: plain-text corpora never pay for it

        page = webpage.parse_html(doc.html, url=doc.meta.get("url"))
        article = Article(source=doc.source, body=page.pop("body"))
        metadata.apply(article, page, origin="page")
        metadata.apply(article, metadata.from_text_body(article.body), overwrite=False, origin="text")
    else:
        parts = clean.split_text(doc.text or "", has_title=bool(doc.meta.get("title")))
        article = Article(source=doc.source, body=parts.body)
        metadata.apply(article, metadata.from_text_parts(parts), origin="text")
    # The container's own fields (a Reuters <DATE>, a crawler's "url") win.
    metadata.apply(article, doc.meta, origin="record")
    return article


def extract(article: Article) -> Article:
    """The second half of ``parse_document``, one article alone."""
    return speakers.run(extract_steps(article))


def extract_steps(article: Article) -> speakers.Steps[Article]:
    """The second half of ``parse_document``: ``article`` (from ``describe_document``) with its
    quotes, reported statements and topics, waiting for the speaker parse."""
    article.quotes = yield from find_statements_steps(article.body)
    article.topics = topics.assign_topics(article)
    describe_quotes(article.quotes, article.topics or None)
    return article


def find_statements(body: str) -> list[Quote]:
    """Direct quotations and reported statements in ``body``, in order of offset
    (a reported clause starts before any partial quote it holds)."""
    return speakers.run(find_statements_steps(body))


def find_statements_steps(body: str) -> speakers.Steps[list[Quote]]:
    """``find_statements``, waiting for the speaker parse."""
    direct = yield from quotes.find_quotes_steps(body)
    indirect = reported.extract_reported(body, direct.quotes, direct.names)  # one name table for both
    quoted = inner_quotes_speak_as_outer(direct.quotes, indirect) if "''" in body else direct.quotes
    return sorted(quoted + indirect, key=lambda q: (q.start, q.kind != "indirect"))


def describe_quotes(found: list[Quote], article_topics: Collection[str] | None = None) -> list[Quote]:
    """Fill what is decided about each quote once it is found: its cue's stance,
    its topics and the keys that identify its words and its speaker.

    ``article_topics`` (the article's topic slugs) narrows the topics a quote
    is tested for: a quote is body text, so it can only be on topics its
    article's body matched.  Returns the same quotes, filled in.
    """
    for q in found:
        q.cue_stance = cues.cue_class(q.cue)
        q.topics = topics.quote_topics(q.text, q.context, article_topics)
        q.statement_key = statement_key_of(q.text, q.kind)
        q.speaker_key = speaker_key(q.speaker) if q.speaker else None
    return found


def extract_quotes_from_text(text: str) -> list[dict]:
    """Quotes from raw text with offsets into that text (``extract --jsonl``).

    No cleaning here: researchers' offsets must point into the text they gave.
    """
    return [q.to_dict() for q in describe_quotes(find_statements(text))]


def extract_record(record: dict) -> dict:
    """The output line for one ``extract --jsonl`` input line.

    ``{"id", "text"}`` gives ``{"id", "quotes"}`` with offsets into that text
    as given.  ``{"id", "html"}`` gives ``{"id", "quotes", "body"}``: the
    offsets are into the page's extracted main text, so it comes along.
    """
    if not isinstance(record, dict):
        raise TypeError("each line must be a JSON object")
    if isinstance(record.get("text"), str):
        return {"id": record.get("id"), "quotes": extract_quotes_from_text(record["text"])}
    if isinstance(record.get("html"), str):
        article = parse_document(Document(source=str(record.get("id")), html=record["html"], meta={"url": record.get("url")}))
        return {"id": record.get("id"), "quotes": [q.to_dict() for q in article.quotes], "body": article.body}
    raise KeyError('each line needs a "text" (or "html") string')


def article_summary(article: Article) -> dict:
    """The JSON that ``extract PATH`` prints for one article."""
    data = article.to_dict()
    data["id"] = data.pop("source")
    return data


# A short article that takes the extractor through its stages: metadata, quotes with and
# without a speaker, reported speech, topics.
WARM_UP = Document(source="warm-up.txt", text=(
    "Minister defends the budget plan\n\n"
    "The finance minister, Ann Lee, said on Monday that the plan would cut taxes for families.\n\n"
    '"It is a good deal for the economy," Ms Lee told MPs. Speaking in London, she went on, calling '
    'the plan "the fairest budget in a decade".\n'))


def warm_up() -> None:
    """Build what the extractor builds on first use (the topics' patterns, the calibration,
    regular expressions), by extracting one short article: ``ingest`` does it before forking
    its workers, which then inherit it all instead of each building it for its first article."""
    parse_document(WARM_UP)


# What ``archive.store.ensure_db_shape`` needs from extraction to upgrade an
# older database: the rule for the one stored column it cannot compute itself.
BACKFILLS = {("quotes", "cue_class"): cues.cue_class}


# A quote's fields that say who spoke: an inner quote takes them from the quotation holding it.
SPEAKER_FIELDS = ("cue", "speaker", "speaker_type", "speaker_role", "speaker_as_written")
# The evidence rule of a quote that speaks for the quotation around it.
INSIDE_RULE = "inside-quotation"


def inner_quotes_speak_as_outer(direct: list[Quote], statements: list[Quote]) -> list[Quote]:
    """``direct`` with each quote that lies inside a two-apostrophe quotation among
    ``statements`` given that quotation's speaker.

    ``''... and I said, 'Sir, that was the plan.' ''`` or ``''When the firm says, 'We can't,'
    I don't believe it,'' said Ms. Lee``: the single marks inside are words the quoted speaker
    recounts, part of her statement, as they are in copy written with double marks (where
    the direct extractor keeps the outer quote whole and never reads the inner one alone).
    Read alone, the inner quote's rules find the "I" of its own sentence (no one) or the
    subject the speaker names ("the firm").  Its evidence key is ``inside-quotation:<mention>``
    (not in the fitted table, which then gives the table's overall share)."""
    outer = sorted((q for q in statements if q.speaker and q.text.startswith("''")), key=lambda q: q.start)
    if not outer:
        return direct
    starts = [q.start for q in outer]
    out = []
    for quote in direct:
        k = bisect_right(starts, quote.start - 1) - 1  # the last quotation opening before the quote
        holder = outer[k] if k >= 0 else None
        if holder is None or quote.end > holder.end:
            out.append(quote)
            continue
        said = speakers.Attribution(holder.speaker, holder.speaker_type, holder.speaker_role,
                                    holder.speaker_as_written, holder.cue, -1, INSIDE_RULE)
        out.append(replace(quote, **{name: getattr(holder, name) for name in SPEAKER_FIELDS},
                           speaker_evidence=speakers.evidence(said), speaker_confidence=speakers.confidence(said)))
    return out
