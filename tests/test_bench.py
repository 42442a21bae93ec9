"""The bench's own bookkeeping (the figures it prints are not asserted: speed is printed, not tested)."""

from quotearchive.tools.bench import extractor_seconds

from .conftest import SEEDS


def test_the_extractor_timing_times_the_steps_the_pipeline_runs():
    # It once timed a function the pipeline no longer called, and printed 0.0 ms an article.
    in_quotes, in_pipeline, articles = extractor_seconds([SEEDS])
    assert 5 == articles
    assert 0 < in_quotes < in_pipeline
