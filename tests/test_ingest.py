"""Streaming ingest: bounded parsing window, skip-unchanged by content hash, FTS kept in step."""

import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections import deque

import pytest

from quotearchive import ingest
from quotearchive import readers as read
from quotearchive.archive import store
from quotearchive.extract import pipeline
from quotearchive.extract.speakers import parse
from quotearchive.ingest import parsing, workers, writer
from quotearchive.ingest.tasks import Task, file_key
from quotearchive.readers.files import DEFAULT_MAX_BYTES

from quotearchive.model import REPRINT_MIN_WORDS

from .conftest import EDITED, ORIGINAL, SEEDS, WIRE_STORY, two_copies


def fts_ok(path) -> None:
    conn = sqlite3.connect(path)
    for table in ("articles", "quotes", "speakers"):
        # Raises "database disk image is malformed" when index and rows disagree.
        conn.execute(f"insert into {table}_fts({table}_fts, rank) values('integrity-check', 1)")
    # The exact index is contentless: its documents are the quotes' rows, one each.
    conn.execute("insert into quotes_exact_fts(quotes_exact_fts, rank) values('integrity-check', 1)")
    assert conn.execute("select count(*) from quotes").fetchone() == conn.execute(
        "select count(*) from quotes_exact_fts_docsize").fetchone()
    assert conn.execute("select count(*) from quotes where id not in (select id from quotes_exact_fts_docsize)").fetchone() == (0,)
    assert 12 == len(store.fts_triggers(conn))
    conn.close()


def test_touched_file_with_same_bytes_is_not_parsed(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    path = tmp_path / "q.db"
    ingest.ingest(path, [folder])
    target = next(folder.glob("000_*.txt"))
    os.utime(target, ns=(1, 1))  # new mtime, same content

    def fail(doc):
        raise AssertionError("parsed an unchanged file")

    monkeypatch.setattr(parsing, "describe_document", fail)
    summary = ingest.ingest(path, [folder])
    # unchanged counts articles: the touched file's one and the four skipped files' (one each)
    assert (0, 0, 4, 5) == (summary.added, summary.rejected, summary.skipped_files, summary.unchanged)
    (mtime,) = sqlite3.connect(path).execute("select mtime_ns from files where path like '%000_%'").fetchone()
    assert 1 == mtime  # recorded, so the next run skips it without reading


def test_pool_window_is_bounded_and_ordered(monkeypatch):
    monkeypatch.setattr(workers, "CHUNK_FILES", 2)
    monkeypatch.setattr(workers, "IN_FLIGHT_PER_WORKER", 2)
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    pulled = []

    def tasks():
        for i, path in enumerate(itertools.islice(itertools.cycle(seeds), 40)):
            pulled.append(i)
            yield Task(path, file_key(path))

    results = workers._parse_in_pool(tasks(), DEFAULT_MAX_BYTES, workers=2)
    seen = []
    for result in results:
        seen.append(result.path)
        # At most (window + the chunk being cut) * chunk size tasks ahead of the writer.
        assert len(pulled) - len(seen) <= (2 * 2 + 1) * 2
    assert list(itertools.islice(itertools.cycle(seeds), 40)) == seen


def test_batches_keep_fts_in_step_through_edits_and_deletes(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "BATCH_ARTICLES", 2)  # several commits
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    path = tmp_path / "q.db"
    ingest.ingest(path, [folder])
    fts_ok(path)
    target = next(folder.glob("000_*.txt"))  # its last line is body text: an addition stays body
    target.write_text(target.read_text("utf-8") + '\n"Zanzibar is lovely," Putin said.\n', "utf-8")
    next(folder.glob("002_*.txt")).write_text("", "utf-8")  # now rejected, old rows stay
    ingest.ingest(path, [folder])
    fts_ok(path)
    conn = sqlite3.connect(path)
    assert [("Zanzibar is lovely,",)] == conn.execute(
        "select text from quotes where rowid in (select rowid from quotes_fts where quotes_fts match 'zanzibar')"
    ).fetchall()
    assert 1 == conn.execute("select count(*) from articles_fts where articles_fts match 'zanzibar'").fetchone()[0]


def test_rows_indexed_mid_batch_stay_in_step_through_later_changes(tmp_path):
    # The writer indexes a batch's rows while it waits for parsers (IDLE_FTS_ROWS):
    # speakers, quotes and articles indexed early are then changed in the same batch.
    path = tmp_path / "q.db"
    db = store.open_db(path)
    store.ensure_db_shape(db)

    def article(source, text):
        return pipeline.parse_document(pipeline.Document(source=source, text=text))

    with store.batch(db.conn) as current:
        store.save_article(db.conn, article("a.txt", 'Ports\n\n"Quokkas first," Lee said.'), batch=current)
        current.fts.flush(at_least=1)
        assert not any(current.fts.pending.values())
        # The same speaker named in full, with a role: the indexed row's name and roles change.
        store.save_article(db.conn, article("b.txt", 'Ports\n\n"Wombats next," said Ann Lee, the mayor.'), batch=current)
        current.fts.flush(at_least=10_000)  # under the threshold: nothing indexed yet
        assert any(current.fts.pending.values())
        # An article indexed early, edited in the same batch: its old words leave the index.
        store.save_article(db.conn, article("a.txt", 'Ports\n\n"Numbats now," Lee said.'), batch=current)
    db.close()
    fts_ok(path)
    conn = sqlite3.connect(path)
    assert 0 == conn.execute("select count(*) from quotes_fts where quotes_fts match 'quokkas'").fetchone()[0]
    assert 1 == conn.execute("select count(*) from quotes_fts where quotes_fts match 'numbats'").fetchone()[0]
    assert 1 == conn.execute("select count(*) from speakers_fts where speakers_fts match 'mayor'").fetchone()[0]


def test_the_parser_pool_says_when_the_writer_would_wait():
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    tasks = [Task(p, file_key(p)) for p in seeds * 4]
    stream = list(workers._parse_in_pool(iter(tasks), DEFAULT_MAX_BYTES, workers=2, idle=True))
    assert workers.IDLE in stream  # at least before the first result
    assert [t.path for t in tasks] == [r.path for r in stream if r is not workers.IDLE]
    plain = workers._parse_in_pool(iter(tasks), DEFAULT_MAX_BYTES, workers=2)
    assert workers.IDLE not in list(plain)


def test_failed_batch_rolls_back_with_triggers(tmp_path):
    path = tmp_path / "q.db"
    ingest.ingest(path, [SEEDS])
    db = store.open_db(path)
    before = db.execute("select count(*) from articles").fetchone()[0]
    article = pipeline.parse_document(pipeline.Document(source="x.txt", text='Title here\n\n"We said so," Ann Lee said.'))
    with pytest.raises(RuntimeError):
        with store.batch(db.conn) as current:
            store.save_article(db.conn, article, batch=current)
            raise RuntimeError("crash")
    assert before == db.execute("select count(*) from articles").fetchone()[0]
    assert 12 == len(store.fts_triggers(db.conn))  # three per index: articles, quotes (stemmed and exact), speakers
    db.close()
    fts_ok(path)


def test_save_article_outside_a_batch_uses_triggers(tmp_path):
    path = tmp_path / "q.db"
    db = store.open_db(path)
    store.ensure_db_shape(db)
    article = pipeline.parse_document(pipeline.Document(source="y.txt", text='Title here\n\n"Quokkas are great," Ann Lee said.'))
    with db.conn:
        store.save_article(db, article)
    assert 1 == db.execute("select count(*) from quotes_fts where quotes_fts match 'quokkas'").fetchone()[0]
    db.close()
    fts_ok(path)


def test_input_files_are_read_lazily(tmp_path, monkeypatch):
    """The folder walk feeds the parser as it goes: nothing lists every file first."""
    seeds = sorted(SEEDS.glob("*.txt"))
    folder = tmp_path / "in"
    folder.mkdir()
    for i, seed in enumerate(itertools.islice(itertools.cycle(seeds), 200)):
        (folder / f"{i:03}.txt").write_text(seed.read_text("utf-8") + f"\n\nCopy {i}.\n", "utf-8")
    walked, written = [], []

    def walk(paths):
        for path in sorted(folder.iterdir()):
            walked.append(path)
            yield read.InputFile(path, f"in/{path.name}", path.name)

    original = writer.write_all

    def spy(db, results, *args):
        def watched():
            for result in results:
                written.append(len(walked))
                yield result
        return original(db, watched(), *args)

    monkeypatch.setattr(read, "iter_named_files", walk)
    monkeypatch.setattr(writer, "write_all", spy)
    ingest.ingest(tmp_path / "q.db", ["ignored"], workers=1)
    assert 200 == len(walked) == len(written)
    assert written[0] <= workers.IN_PROCESS_BELOW + 1  # the first file was written after a short look-ahead


def test_a_worker_that_dies_costs_its_file_only(monkeypatch):
    # A worker killed mid-file (the kernel's OOM killer, a crash in C code)
    # must not hang ingest or take its chunk's other files with it.
    monkeypatch.setattr(workers, "CHUNK_FILES", 4)
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    paths = list(itertools.islice(itertools.cycle(seeds), 20))
    paths[6] = paths[13] = "/nonexistent/poison.txt"
    real = workers._parse_chunk

    def parse(tasks, max_bytes, seen):
        if any("poison" in task.path for task in tasks):
            os._exit(9)
        return real(tasks, max_bytes, seen)

    monkeypatch.setattr(workers, "_parse_chunk", parse)  # inherited by the forked workers
    results = list(workers._parse_in_pool((Task(p, p) for p in paths), DEFAULT_MAX_BYTES, workers=2))
    assert paths == [r.path for r in results]
    assert [6, 13] == [i for i, r in enumerate(results) if r.error]
    assert workers.WORKER_DIED == results[6].error
    assert all(r.articles for i, r in enumerate(results) if i not in (6, 13))


def test_a_worker_that_died_idle_is_replaced():
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    pool = workers._Workers(2, DEFAULT_MAX_BYTES)
    try:
        for process in pool.processes.values():
            process.kill()
            process.join()
        pool.send((0, None, [Task(seeds[0], seeds[0])]))
        done: dict = {}
        while 0 not in done:
            pool.collect(done, deque(), block=True)
        assert done[0][0].articles
    finally:
        pool.close()


def test_the_writer_freezes_what_it_holds_while_the_pool_runs():
    # The writer's collections skip what it held when the workers forked (the modules, the
    # speaker parse's pipeline), and only while the pool runs: after it, nothing stays frozen.
    import gc

    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    tasks = [Task(p, file_key(p)) for p in seeds]
    assert 0 == gc.get_freeze_count()
    stream = workers._parse_in_pool(iter(tasks), DEFAULT_MAX_BYTES, workers=2)
    try:
        first = next(stream)
        assert 0 < gc.get_freeze_count()
        rest = list(stream)
        assert [t.path for t in tasks] == [r.path for r in [first, *rest]]
        assert 0 == gc.get_freeze_count()
        # A writer that stops reading part-way closes the stream: the pool stops, nothing stays frozen.
        stopped = workers._parse_in_pool(iter(tasks), DEFAULT_MAX_BYTES, workers=2)
        next(stopped)
        stopped.close()
        assert 0 == gc.get_freeze_count()
    finally:
        stream.close()
        gc.unfreeze()  # (a failure above must not leave the rest of the session frozen)


def test_a_pool_that_fails_to_start_leaves_nothing_frozen(monkeypatch):
    import gc

    def no_workers(*args):
        raise OSError("fork failed")

    monkeypatch.setattr(workers, "_Workers", no_workers)
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    stream = workers._parse_in_pool(iter([Task(p, file_key(p)) for p in seeds]), DEFAULT_MAX_BYTES, workers=2)
    try:
        with pytest.raises(OSError):
            next(stream)
        assert 0 == gc.get_freeze_count()
    finally:
        gc.unfreeze()


def test_parsers_run_at_lower_cpu_priority_than_the_writer():
    # So the writer, and a site served from the same machine, get a core first.
    pool = workers._Workers(1, DEFAULT_MAX_BYTES)
    try:
        pool.send((0, None, []))  # a round trip: the worker is past its start-up
        done: dict = {}
        while 0 not in done:
            pool.collect(done, deque(), block=True)
        (process,) = pool.processes.values()
        own = os.getpriority(os.PRIO_PROCESS, 0)
        assert min(19, own + workers.PARSER_NICENESS) == os.getpriority(os.PRIO_PROCESS, process.pid)
        assert os.getpriority(os.PRIO_PROCESS, 0) == own  # the writer's own priority is untouched
    finally:
        pool.close()


def test_a_crawl_of_bad_files_is_reported_in_full_but_not_held_in_full(tmp_path, monkeypatch):
    monkeypatch.setattr("quotearchive.ingest.results.ERRORS_KEPT", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"empty{i}.txt").write_bytes(b"")
    heard = []
    summary = ingest.ingest(tmp_path / "q.db", [folder], on_error=lambda source, reason: heard.append(source))
    assert 5 == summary.rejected == len(heard)
    assert [str(folder / "empty0.txt"), str(folder / "empty1.txt")] == [source for source, _ in summary.errors]


# A worker's speaker parse (extract/speakers/parse.py): loaded once, in the process that forks
# the workers, never in a worker; and with the rules alone, spaCy is not even looked up.
# Run in a new process with a finder that notes each process looking spaCy up (an import, or
# the ``find_spec`` that asks whether it is installed); forked workers inherit the finder.
POOL_WITH_SPACY_LOOKUPS_NOTED = """
import json, os, sys
class NoteSpacyLookups:
    def find_spec(self, name, path=None, target=None):
        if name == "spacy":
            with open(sys.argv[1], "a") as noted:
                noted.write(f"{os.getpid()}\\n")
        return None
sys.meta_path.insert(0, NoteSpacyLookups())
from quotearchive.ingest import workers
from quotearchive.ingest.tasks import Task, file_key
from quotearchive.readers.files import DEFAULT_MAX_BYTES
tasks = (Task(p, file_key(p)) for p in sys.argv[2:])
results = list(workers._parse_in_pool(tasks, DEFAULT_MAX_BYTES, workers=2))
print(json.dumps({"pid": os.getpid(), "speakers": [[q.speaker, q.speaker_evidence] for r in results
                  for a in r.articles for q in a.quotes]}))
"""
PARSED_ONLY = 'Speaking at a town hall in Salem, the senator went after her rival, calling him "a total stiff."'


def pool_noting_spacy_lookups(tmp_path, env: dict[str, str]) -> tuple[dict, list[int]]:
    """(the pool's parent pid and the speakers of its results, the pids that looked spaCy up)."""
    paths = []
    for i in range(6):
        path = tmp_path / f"{i}.txt"
        path.write_text(f"Town hall {i}\n\n{PARSED_ONLY}\n", "utf-8")
        paths.append(str(path))
    noted = tmp_path / "lookups"
    noted.touch()
    done = subprocess.run([sys.executable, "-c", POOL_WITH_SPACY_LOOKUPS_NOTED, str(noted), *paths],
                          capture_output=True, text=True, env={**os.environ, **env}, check=True)
    return json.loads(done.stdout), [int(line) for line in noted.read_text().split()]


@pytest.mark.skipif(not parse.available(), reason="spaCy or its model is not installed (pip install '.[parse]')")
def test_the_workers_parse_with_the_pipeline_loaded_before_they_forked(tmp_path):
    ran, lookups = pool_noting_spacy_lookups(tmp_path, {"QUOTEARCHIVE_PARSER": "on"})
    assert [["the senator", "parse:description:epithet"]] * 6 == ran["speakers"]  # found by the parse, in the workers
    assert {ran["pid"]} == set(lookups)  # and spaCy was imported (and the model loaded) by the parent alone


def test_with_the_rules_alone_no_process_of_the_pool_looks_spacy_up(tmp_path):
    ran, lookups = pool_noting_spacy_lookups(tmp_path, {"QUOTEARCHIVE_PARSER": "off"})
    assert [[None, None]] * 6 == ran["speakers"]
    assert [] == lookups


def test_two_folders_of_the_same_name_in_one_run_keep_every_article(tmp_path):
    for year, name in (("2019", "Ann Lee"), ("2020", "Bob Stone")):
        (tmp_path / year / "news").mkdir(parents=True)
        (tmp_path / year / "news" / "story.txt").write_text(f'Council vote {year}\n\n"We won," {name} said.\n')
    db = tmp_path / "q.db"
    summary = ingest.ingest(db, [tmp_path / "2019" / "news", tmp_path / "2020" / "news"])
    assert (2, 0) == (summary.added, summary.updated)
    conn = sqlite3.connect(db)
    assert [("2019/news/story.txt", "Ann Lee"), ("2020/news/story.txt", "Bob Stone")] == conn.execute(
        "select articles.source, speakers.name from quotes join articles on articles.id = quotes.article_id "
        "join speakers on speakers.id = quotes.speaker_id order by articles.source").fetchall()


def test_a_workers_chunk_gives_the_results_its_files_give_one_at_a_time(tmp_path):
    # parse_files (a worker's chunk) parses the sentences of all its articles that need the
    # speaker parse in one batch: the same articles as parse_file of each file.
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    for i in range(3):
        path = tmp_path / f"parsed{i}.txt"
        path.write_text(f"Town hall {i}\n\n{PARSED_ONLY}\n", "utf-8")
        paths.insert(2 * i, str(path))
    paths.append(str(tmp_path / "missing.txt"))
    alone = [parsing.parse_file(path, DEFAULT_MAX_BYTES) for path in paths]
    together = parsing.parse_files([Task(path, file_key(path)) for path in paths])
    assert [(r.path, r.error, [a.to_dict() for a in r.articles]) for r in alone] == [
        (r.path, r.error, [a.to_dict() for a in r.articles]) for r in together]
    assert "file not found (a dangling symlink?)" == together[-1].error


def test_an_article_whose_text_a_worker_extracted_before_comes_unextracted(tmp_path):
    # A second copy of a text (a reprint, the same file twice) is described but not extracted:
    # the writer would store it as a duplicate, which reads only its source and content hash.
    first, copy, other = (tmp_path / name for name in ("first.txt", "copy.txt", "other.txt"))
    first.write_text('Council vote\n\n"We won," Ann Lee said.\n', "utf-8")
    copy.write_bytes(first.read_bytes())
    other.write_text('Council vote\n\n"We lost," Bob Stone said.\n', "utf-8")
    seen = parsing.Seen()
    results = parsing.parse_files([Task(str(p), file_key(str(p))) for p in (first, other)], seen=seen)
    later = parsing.parse_files([Task(str(p), file_key(str(p))) for p in (copy, other)], seen=seen)
    assert [[], [], [0], [0]] == [r.unextracted for r in results + later]
    assert ([], [], str(copy), results[0].articles[0].content_hash) == (
        later[0].articles[0].quotes, later[0].articles[0].topics, later[0].articles[0].source,
        later[0].articles[0].content_hash)
    assert [1, 1] == [len(r.articles[0].quotes) for r in results]
    # What is supplied for a file (--outlet, a manifest) is applied after the worker: not skipped.
    supplied = parsing.parse_files([Task(str(copy), file_key(str(copy)), supplied="f00d")], seen=seen)
    assert ([], 1) == (supplied[0].unextracted, len(supplied[0].articles[0].quotes))


def test_workers_tell_each_other_the_texts_they_extracted(tmp_path):
    first, copy = tmp_path / "first.txt", tmp_path / "copy.txt"
    first.write_text('Council vote\n\n"We won," Ann Lee said.\n', "utf-8")
    copy.write_bytes(first.read_bytes())
    pool = workers._Workers(2, DEFAULT_MAX_BYTES)
    try:
        seeds = [Task(str(p), file_key(str(p))) for p in sorted(SEEDS.glob("*.txt"))]
        pool.send((0, None, seeds[:1]))  # the first worker
        pool.send((1, None, [Task(str(first), file_key(str(first)))]))  # the second: the first is busy
        done: dict = {}
        while len(done) < 2:
            pool.collect(done, deque(), block=True)
        pool.send((2, None, [Task(str(copy), file_key(str(copy)))]))  # both idle: the first worker
        while len(done) < 3:
            pool.collect(done, deque(), block=True)
    finally:
        pool.close()
    assert ([], [0]) == (done[1][0].unextracted, done[2][0].unextracted)


def test_a_chunks_message_carries_only_the_latest_texts_of_the_other_workers(tmp_path, monkeypatch):
    # The parent's send to a busy worker must not fill its pipe (it would wait on a worker
    # waiting to send its results): what it tells of the others' texts is bounded.
    monkeypatch.setattr(workers, "TOLD_TEXTS", 2)
    paths = []
    for i in range(5):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(f'Council vote {i}\n\n"We won {i} seats," Ann Lee said.\n', "utf-8")
    pool = workers._Workers(2, DEFAULT_MAX_BYTES)
    try:
        pool.send((0, None, [Task(str(p), file_key(str(p))) for p in paths]))
        done: dict = {}
        pool.collect(done, deque(), block=True)
        first, second = pool.untold
        told = [len(pool.untold[first]), len(pool.untold[second])]
    finally:
        pool.close()
    assert [0, 2 * parsing.KEY_BYTES] == told
    assert [[]] * 5 == [r.unextracted for r in done[0]]


def test_the_writer_extracts_an_unextracted_article_that_is_no_duplicate(tmp_path):
    doc = pipeline.Document(source="a.txt", text='Council vote\n\n"We won," Ann Lee said.\n')
    twin = pipeline.Document(source="b.txt", text=doc.text)
    db = store.open_db(tmp_path / "q.db")
    store.ensure_db_shape(db)
    # Its text not stored: extracted by the writer, stored as the parser would have stored it.
    summary = ingest.write_results(db, [ingest.FileResult(path="a.txt", key="a.txt", articles=[
        pipeline.describe_document(doc)], unextracted=[0])])
    # Its text stored under another source: a duplicate, as extracted.
    summary = ingest.write_results(db, [ingest.FileResult(path="b.txt", key="b.txt", articles=[
        pipeline.describe_document(twin)], unextracted=[0])], summary)
    assert (1, 1) == (summary.added, summary.duplicates)
    assert [("a.txt", "We won,", "Ann Lee")] == db.execute(
        "select articles.source, quotes.text, speakers.name from quotes join articles on articles.id = quotes.article_id "
        "join speakers on speakers.id = quotes.speaker_id").fetchall()
    full = store.open_db(tmp_path / "full.db")
    store.ensure_db_shape(full)
    ingest.write_results(full, [ingest.FileResult(path="a.txt", key="a.txt", articles=[pipeline.parse_document(doc)])])
    assert [tuple(r) for r in full.execute("select * from quotes")] == [
        tuple(r) for r in db.execute("select * from quotes")]
    db.close()


def _stored_texts(path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "select articles.source, quotes.text from quotes join articles on articles.id = quotes.article_id order by 1"
        ).fetchall()


def test_a_copy_keeps_its_text_when_the_article_it_copied_is_edited(tmp_path):
    folder = two_copies(tmp_path)
    path = tmp_path / "q.db"
    first = ingest.ingest(path, [folder])
    assert (1, 1) == (first.added, first.duplicates)
    (folder / "a.txt").write_text(EDITED, "utf-8")
    # b.txt is unchanged, so skipped at first; the edit leaves its text stored nowhere, so it is read again.
    second = ingest.ingest(path, [folder])
    assert [("in/a.txt", "the plan lives"), ("in/b.txt", "the plan is dead")] == _stored_texts(path)
    assert (1, 1, 0, 0) == (second.added, second.updated, second.duplicates, second.skipped_files)
    third = ingest.ingest(path, [folder])
    assert (0, 0, 2, 2) == (third.added, third.updated, third.unchanged, third.skipped_files)
    with sqlite3.connect(path) as conn:
        assert [] == conn.execute("select * from copies").fetchall()


def test_a_reprint_under_another_headline_is_stored_once(tmp_path):
    # USERS.md: the same story counted many times when its title varies ("Opinion | ...").
    assert len(WIRE_STORY.split()) >= REPRINT_MIN_WORDS
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Harbour board votes to close ferry terminal\n\n" + WIRE_STORY, "utf-8")
    (folder / "b.txt").write_text("Opinion | Ferry terminal to close after a century\n\n" + WIRE_STORY, "utf-8")
    # A short text is one story only with its title: two briefs may share a line.
    brief = '"We are delighted," the club said.\n'
    (folder / "c.txt").write_text("Club signs striker\n\n" + brief, "utf-8")
    (folder / "d.txt").write_text("Club wins cup\n\n" + brief, "utf-8")
    path = tmp_path / "q.db"
    summary = ingest.ingest(path, [folder])
    assert (3, 1) == (summary.added, summary.duplicates)
    with sqlite3.connect(path) as conn:
        assert [("in/b.txt", "in/a.txt")] == conn.execute("select source, original from copies").fetchall()
        assert ["in/a.txt", "in/c.txt", "in/d.txt"] == [r[0] for r in conn.execute("select source from articles order by 1")]
    again = ingest.ingest(path, [folder])
    assert (0, 0) == (again.added, again.duplicates)
    # The original edited: its copy's text is stored nowhere now, so the copy is read and stored.
    (folder / "a.txt").write_text("Harbour board votes to close ferry terminal\n\n" + WIRE_STORY.replace("Tuesday", "Monday"), "utf-8")
    ingest.ingest(path, [folder])
    with sqlite3.connect(path) as conn:
        assert 4 == conn.execute("select count(*) from articles").fetchone()[0]


def test_the_same_long_story_from_two_outlets_is_an_article_of_each(tmp_path):
    # A wire story reprinted by several outlets stays one article per outlet: "reported by how
    # many outlets" (the repeated statements page) counts them.
    from quotearchive.ingest.supplied import Supplied

    for name, title in (("a", "Harbour board votes to close ferry terminal"), ("b", "Ferry terminal to close")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(title + "\n\n" + WIRE_STORY, "utf-8")
    path = tmp_path / "q.db"
    ingest.ingest(path, [tmp_path / "a"], supplied=Supplied(outlet="Harbour News"))
    second = ingest.ingest(path, [tmp_path / "b"], supplied=Supplied(outlet="Coast Post"))
    assert (1, 0) == (second.added, second.duplicates)
    # The same outlet's story under an edited headline is a copy.
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "story.txt").write_text("Opinion | Ferry terminal to close\n\n" + WIRE_STORY, "utf-8")
    third = ingest.ingest(path, [tmp_path / "c"], supplied=Supplied(outlet="Coast Post"))
    assert (0, 1) == (third.added, third.duplicates)


def test_a_renamed_record_whose_headline_was_edited_is_updated_under_its_new_name(tmp_path):
    crawl = tmp_path / "crawl.jsonl"

    def write(title):
        crawl.write_text(json.dumps({"url": "https://x.example/1", "title": title, "text": WIRE_STORY}) + "\n", "utf-8")

    write("Harbour board votes to close terminal")
    path = tmp_path / "q.db"
    ingest.ingest(path, [crawl])
    with sqlite3.connect(path) as conn:  # the line-number name an older version gave it
        (source,) = conn.execute("select source from articles").fetchone()
        conn.execute("update articles set source = ?", [source.split("#")[0] + "#1"])
        conn.execute("delete from files")
    write("Harbour board votes to close ferry terminal")
    summary = ingest.ingest(path, [crawl])
    assert (0, 1, 0, 0) == (summary.added, summary.updated, summary.unchanged, summary.duplicates)
    with sqlite3.connect(path) as conn:
        assert [(source, "Harbour board votes to close ferry terminal")] == conn.execute("select source, title from articles").fetchall()


def test_a_copy_written_before_its_edited_original_is_stored_after_it(tmp_path):
    # --force parses both; the copy (written first) is a duplicate of the old text, until the edit.
    folder = two_copies(tmp_path)
    path = tmp_path / "q.db"
    ingest.ingest(path, [folder / "a.txt"])
    (folder / "a.txt").write_text(EDITED, "utf-8")
    ingest.ingest(path, [folder / "b.txt"])  # a duplicate of the stored a.txt
    ingest.ingest(path, [folder / "a.txt"])  # the edit; b.txt is not among the paths, so it waits
    assert [("in/a.txt", "the plan lives")] == _stored_texts(path)
    ingest.ingest(path, [folder / "b.txt"])  # forgotten as a copy: read again, not skipped
    assert [("in/a.txt", "the plan lives"), ("in/b.txt", "the plan is dead")] == _stored_texts(path)


def test_a_record_copying_an_edited_article_is_stored_from_its_dump(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ORIGINAL, "utf-8")
    records = [{"title": "Minister drops energy plan", "text": 'The minister said "the plan is dead" on Monday.'},
               {"title": "Council vote", "text": '"We won," Ann Lee said on Friday.'}]
    (folder / "dump.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    path = tmp_path / "q.db"
    first = ingest.ingest(path, [folder])
    assert (2, 1) == (first.added, first.duplicates)
    (folder / "a.txt").write_text(EDITED, "utf-8")
    ingest.ingest(path, [folder])
    stored = sorted((source.split("#")[0], text) for source, text in _stored_texts(path))
    assert [("in/a.txt", "the plan lives"), ("in/dump.jsonl", "We won,"), ("in/dump.jsonl", "the plan is dead")] == stored


def test_a_copy_touched_in_the_run_that_edits_its_original_keeps_its_text(tmp_path):
    # The copy's task carries its old hash; its worker finds the same bytes and the writer records
    # the file as read, after forgetting it: the second pass reads it all the same.
    folder = two_copies(tmp_path)
    path = tmp_path / "q.db"
    ingest.ingest(path, [folder])
    (folder / "a.txt").write_text(EDITED, "utf-8")
    os.utime(folder / "b.txt", ns=(1, 1))
    ingest.ingest(path, [folder])
    assert [("in/a.txt", "the plan lives"), ("in/b.txt", "the plan is dead")] == _stored_texts(path)


def test_a_date_supplied_for_the_original_leaves_its_copy_a_duplicate(tmp_path):
    from quotearchive.ingest.manifest import load_manifest
    from quotearchive.ingest.supplied import Supplied

    folder = two_copies(tmp_path)
    path = tmp_path / "q.db"
    ingest.ingest(path, [folder])
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\na.txt,2005-03-01\n", "utf-8")
    summary = ingest.ingest(path, [folder], supplied=Supplied(manifest=load_manifest(manifest)))
    assert (0, 1) == (summary.added, summary.updated)  # the text did not change: the copy is no new article
    assert [("in/a.txt", "the plan is dead")] == _stored_texts(path)


def test_an_archive_made_before_copies_were_recorded_reads_its_copy_only_files_once_more(tmp_path):
    folder = two_copies(tmp_path)
    path = tmp_path / "q.db"
    ingest.ingest(path, [folder])
    with sqlite3.connect(path) as conn:
        conn.execute("drop table copies")  # as an older version left it
    again = ingest.ingest(path, [folder])
    assert (1, 1) == (again.duplicates, again.skipped_files)  # b.txt read again, its copy recorded
    (folder / "a.txt").write_text(EDITED, "utf-8")
    ingest.ingest(path, [folder])
    assert [("in/a.txt", "the plan lives"), ("in/b.txt", "the plan is dead")] == _stored_texts(path)


def test_the_second_pass_counts_files_once_with_excluded_ones_around(tmp_path):
    from quotearchive.ingest.supplied import Supplied

    folder = two_copies(tmp_path)
    for i in range(3):
        (folder / f"other{i}.txt").write_text(f'Vote {i}\n\n"We won {i} seats," Ann Lee said on Friday.\n', "utf-8")
        (folder / f"skip{i}.txt").write_text(f"Skipped {i}\n\nNothing said here on day {i}.\n", "utf-8")
    path = tmp_path / "q.db"
    supplied = Supplied(exclude=("skip*",))
    ingest.ingest(path, [folder], supplied=supplied)
    (folder / "a.txt").write_text(EDITED, "utf-8")
    summary = ingest.ingest(path, [folder], supplied=supplied)
    assert (1, 1, 3, 3, 3) == (summary.added, summary.updated, summary.unchanged, summary.skipped_files, summary.excluded)
