"""extract/reported as a package (frames, sentences, patterns, spans, apostrophes,
statements): one article through every pattern, its statements written out whole
as the one-module extractor gave them when the package was split (the split was
also checked to give the same records over the BBC corpus and PolNeAR train and
dev, byte for byte).  A change here is a change of behaviour, not of layout."""

from quotearchive.extract import pipeline, reported
from quotearchive.model import Document

BODY = """Turbine plan in doubt

Jane Porter, the energy minister, said the plan would be dropped. The deal is dead, officials said on Tuesday. \
According to the regulator, the turbines were badly built. Ms Porter told reporters that the review would go ahead.

Tom Reed, who says the turbines were badly built, warned that costs would rise and urged the regulator to publish \
the figures. In the three years since, Reed says, far too many turbines have failed.

Porter plans to publish the figures next week. She accused the regulator of hiding the costs, and criticized the \
board's handling of the leak. Her claim that the figures were hidden was denied.

A new poll shows Porter well ahead. Asked whether the plan would survive, Porter said it would. The committee is \
expected to approve the plan next week.

''We will not give up on the turbines,'' said Ms. Porter. ''Not now, not ever.''
"""


def test_one_article_through_every_pattern_gives_what_the_module_gave():
    article = pipeline.parse_document(Document(source="t.txt", text=BODY))
    found = sorted((q for q in article.quotes if q.kind == "indirect"), key=lambda q: q.start)
    assert [
        (39, "the plan would be dropped", "said", "Jane Porter"),
        (66, "The deal is dead", "said", "officials"),
        (139, "the turbines were badly built", "according to", "the regulator"),
        (200, "the review would go ahead", "told", "Jane Porter"),
        (247, "the turbines were badly built", "says", "Tom Reed"),
        (290, "costs would rise", "warned", "Tom Reed"),
        (317, "the regulator to publish the figures", "urged", "Tom Reed"),
        # ("In the three years since", a setting alone before the attribution, was a statement
        # until the ninth round: a fragment for a reader, though PolNeAR marks such halves.)
        (392, "far too many turbines have failed", "says", "Tom Reed"),
        (441, "to publish the figures next week", "plans", "Jane Porter"),
        (487, "the regulator of hiding the costs", "accused", "Jane Porter"),
        (537, "the board's handling of the leak", "criticized", "Jane Porter"),
        # (a noun's clause runs to its sentence's end when no comma closes it: kept as it was)
        (586, "the figures were hidden was denied", "claim", "Jane Porter"),
        (640, "Porter well ahead", "shows", "A new poll"),
        (665, "whether the plan would survive", "Asked", None),
        (745, "to approve the plan next week", "expected", None),
        (777, "''We will not give up on the turbines,''", "said", "Jane Porter"),
        (835, "''Not now, not ever.''", "said", "Jane Porter"),
    ] == [(q.start, q.text, q.cue, q.speaker) for q in found]


def test_the_package_door_is_extract_reported():
    assert ["extract_reported"] == reported.__all__
