"""The command line, through click's CliRunner, on real files and databases."""

import csv
import io
import json
import os
import shutil
import sys

import sqlite_utils
from click.testing import CliRunner

from quotearchive.cli import cli
from quotearchive.ingest.extracting import speaker_mode

from .conftest import SEEDS, seed


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def test_help_teaches():
    result = run("--help")
    assert 0 == result.exit_code
    for command in ("ingest", "extract", "serve", "export"):
        assert command in result.output
    assert "Example" in run("ingest", "--help").output


def test_ingest_summary(tmp_path):
    db_path = tmp_path / "q.db"
    result = run("ingest", db_path, SEEDS, "--silent")
    assert 0 == result.exit_code
    assert "5 files: 5 articles added, 0 updated, 0 unchanged, 0 duplicates, 0 rejected" in result.stderr
    assert 5 == sqlite_utils.Database(db_path).table("articles").count
    again = run("ingest", db_path, SEEDS, "-s")
    # Articles where it counts articles, files where it counts files (issue 20, item 8).
    assert (
        "5 files: 0 articles added, 0 updated, 5 unchanged, 0 duplicates, 0 rejected; "
        "5 files unchanged since the last run (not read again), 0 not articles, 0 excluded; "
    ) in again.stderr


def test_a_copy_of_an_article_is_a_duplicate_once_and_never_counted_as_an_article_again(tmp_path):
    news = tmp_path / "news"
    shutil.copytree(SEEDS, news)
    first = sorted(news.glob("*.txt"))[0]
    shutil.copy(first, news / "copy.txt")
    db_path = tmp_path / "q.db"
    result = run("ingest", db_path, news, "--silent")
    assert "6 files: 5 articles added, 0 updated, 0 unchanged, 1 duplicates, 0 rejected" in result.stderr
    again = run("ingest", db_path, news, "-s")
    assert "6 files: 0 articles added, 0 updated, 5 unchanged, 0 duplicates, 0 rejected; 6 files unchanged" in again.stderr
    os.utime(news / "copy.txt", ns=(1, 1))  # touched, the same bytes: read again, still nothing new
    touched = run("ingest", db_path, news, "-s")
    assert "6 files: 0 articles added, 0 updated, 5 unchanged, 0 duplicates, 0 rejected; 5 files unchanged" in touched.stderr


def test_ingest_progress_bar_counts_every_byte_on_stderr(tmp_path, progress_bars):
    result = run("ingest", tmp_path / "q.db", SEEDS)
    assert 0 == result.exit_code and "" == result.stdout
    assert result.stderr.startswith("Ingesting\n")  # not a terminal: the bar shows its label once
    (bar,) = progress_bars
    assert sum(p.stat().st_size for p in SEEDS.glob("*.txt")) == bar.length == bar.pos
    assert 0 == run("ingest", tmp_path / "q.db", SEEDS, "-s").exit_code
    assert 1 == len(progress_bars)  # --silent: no bar, and no second walk for its total


def test_ingest_dask_without_dask_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import dask.distributed now fails
    result = run("ingest", tmp_path / "q.db", SEEDS, "-s", "--dask", "local")
    assert 1 == result.exit_code
    assert "Error: --dask needs Dask: pip install 'dask[distributed]'\n" == result.stderr
    assert not (tmp_path / "q.db").exists()


def test_ingest_bad_files_reported_and_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(seed("000").read_text("utf-8"), "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    result = run("ingest", tmp_path / "q.db", folder, "-s")
    assert 1 == result.exit_code
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))
    assert [
        f"error: {folder}/binary.txt: binary file (NUL bytes)",
        f"error: {folder}/dangling.txt: file not found (a dangling symlink?)",
        f"error: {folder}/empty.txt: empty file",
    ] == errors
    assert "1 articles added" in result.stderr and "3 rejected" in result.stderr
    assert "Traceback" not in result.output
    assert 1 == sqlite_utils.Database(tmp_path / "q.db").table("articles").count


def test_extract_paths_prints_one_json_per_article():
    result = run("extract", SEEDS)
    assert 0 == result.exit_code
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    assert 5 == len(articles)
    for article in articles:
        assert {"id", "title", "outlet", "published", "quotes"} <= set(article)
        for q in article["quotes"]:
            assert article["body"][q["start"] : q["end"]] == q["text"]


def test_extract_bad_file_reported_and_the_others_printed(tmp_path):
    (tmp_path / "good.txt").write_text(seed("000").read_text("utf-8"), "utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    result = run("extract", tmp_path)
    assert 1 == result.exit_code
    # The errors, then which speaker resolver ran (rules alone, or with the parse).
    assert [f"error: {tmp_path}/binary.txt: binary file (NUL bytes)", speaker_mode()] == result.stderr.splitlines()
    assert [f"{tmp_path}/good.txt"] == [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_extract_jsonl_offsets_into_input_text():
    text = 'Intro line.\n"We are ready," the minister said. Another "scare quote" here.'
    lines = [json.dumps({"id": "a", "text": text}), json.dumps({"id": "b", "text": "No quotes at all."})]
    result = run("extract", "--jsonl", "-", input="\n".join(lines) + "\n")
    assert 0 == result.exit_code
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert ["a", "b"] == [o["id"] for o in out]
    assert [] == out[1]["quotes"]
    first = out[0]["quotes"][0]
    assert "We are ready," == text[first["start"] : first["end"]] == first["text"]


def test_extract_jsonl_bad_line_reported():
    result = run("extract", "--jsonl", "-", input='{"id": 1, "text": "ok"}\nnot json\n{"id": 3}\n')
    assert 1 == result.exit_code
    assert 1 == len(result.stdout.splitlines())
    assert "error: line 2:" in result.stderr and "error: line 3:" in result.stderr


def test_export_csv_and_filters(seeds_db):
    result = run("export", seeds_db, "--format", "csv")
    assert 0 == result.exit_code
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    total = sqlite_utils.Database(seeds_db).table("quotes").count
    assert total == len(rows)
    assert {"id", "text", "speaker", "published", "outlet", "article_title", "article_url"} <= set(rows[0])
    nato = run("export", seeds_db, "--format", "jsonl", "--topic", "NATO")
    records = [json.loads(line) for line in nato.stdout.splitlines()]
    assert records and all("nato" in r["topics"] for r in records)
    since = run("export", seeds_db, "--format", "jsonl", "--since", "2020-01-01")
    assert {r["published"][:4] for r in map(json.loads, since.stdout.splitlines())} == {"2020"}


def test_export_keeps_source_types_stances_and_sure_attributions(seeds_db):
    db = sqlite_utils.Database(seeds_db)

    def ids(*args):
        result = run("export", seeds_db, "--format", "jsonl", *args)
        assert 0 == result.exit_code, result.stderr
        return sorted(json.loads(line)["id"] for line in result.stdout.splitlines())

    def expected(where):
        return sorted(row[0] for row in db.execute(f"select id from quotes where {where}").fetchall())

    assert ids("--source-type", "person") == expected("speaker_type = 'person'")
    assert ids("--source-type", "organisation", "--source-type", "description") == expected(
        "speaker_type in ('organisation', 'description')")
    assert ids("--stance", "emphatic") == expected("cue_class = 'emphatic'") != []
    sure = ids("--min-confidence", "0.8", "--stance", "neutral")
    assert sure == expected("speaker_confidence >= 0.8 and cue_class = 'neutral'") != []
    assert len(sure) < len(ids("--stance", "neutral"))
    # "none": the quotes the site lists as "No speaker" / "No reporting verb", so every quote can be chosen.
    nobody = ids("--source-type", "none")
    assert nobody == expected("speaker_type is null") != []
    assert ids("--source-type", "none", "--source-type", "person") == sorted(nobody + ids("--source-type", "person"))
    assert ids("--stance", "none") == expected("cue_class is null")
    wrong = run("export", seeds_db, "--stance", "sceptical")
    assert 2 == wrong.exit_code and "'--stance'" in wrong.stderr


def test_export_sample_is_reproducible(seeds_db):
    first = run("export", seeds_db, "--format", "jsonl", "--sample", "5", "--seed", "3").stdout
    again = run("export", seeds_db, "--format", "jsonl", "--sample", "5", "--seed", "3").stdout
    other = run("export", seeds_db, "--format", "jsonl", "--sample", "5", "--seed", "4").stdout
    assert 5 == len(first.splitlines())
    assert first == again
    assert first != other


def test_extract_jsonl_html_line_returns_the_body_its_offsets_point_into():
    page = (
        "<html><head><title>Minister speaks</title></head><body><nav>Home | News</nav><article>"
        "<h1>Minister speaks</h1><p>The finance minister spoke to reporters on Monday in the capital.</p>"
        '<p>"We will not raise taxes this year," the minister said after the meeting ended.</p>'
        "<p>The opposition criticised the plan in a statement later that evening.</p></article></body></html>"
    )
    result = run("extract", "--jsonl", "-", input=json.dumps({"id": "p1", "html": page}) + "\n")
    assert 0 == result.exit_code
    (out,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert "Home | News" not in out["body"]
    assert ["full", "indirect"] == [q["kind"] for q in out["quotes"]]  # ("criticised [the plan]": a target)
    for quote in out["quotes"]:
        assert out["body"][quote["start"] : quote["end"]] == quote["text"]
    assert "We will not raise taxes this year," == out["quotes"][0]["text"]


def test_export_rejects_dates_that_are_not_dates(seeds_db):
    for option, value in (("--since", "yesterday"), ("--since", "1987-13-45"), ("--until", "2017-02-30"), ("--until", "17")):
        result = run("export", seeds_db, option, value)
        assert 2 == result.exit_code
        assert "" == result.stdout  # not even the CSV header
        assert (f"Error: Invalid value for '{option}': '{value}' is not a date: give a year, a month or a day "
                "(2017, 2017-06, 2017-06-01)") == result.stderr.strip().splitlines()[-1]


def test_export_dates_may_be_a_year_or_a_month(seeds_db):
    # A year or month covers all its days: --until 2017 keeps 2017-06-14 (a string compare with "2017" did not).
    year = run("export", seeds_db, "--format", "jsonl", "--since", "2017", "--until", "2017")
    month = run("export", seeds_db, "--format", "jsonl", "--since", "2017-06", "--until", "2017-06")
    day = run("export", seeds_db, "--format", "jsonl", "--since", "2017-06-14", "--until", "2017-06-14")
    assert 0 == year.exit_code == month.exit_code == day.exit_code
    expected = sqlite_utils.Database(seeds_db).execute("select count(*) from quotes where published like '2017-06-14%'").fetchone()[0]
    assert [expected] * 3 == [len(r.stdout.splitlines()) for r in (year, month, day)]
    assert {"2017-06-14"} == {json.loads(line)["published"][:10] for line in year.stdout.splitlines()}


def test_export_unknown_speaker_or_topic_suggests_the_nearest(seeds_db):
    speaker = run("export", seeds_db, "--speaker", "Vladimir Puttin")
    assert (2, "") == (speaker.exit_code, speaker.stdout)
    assert ("Error: Invalid value for '--speaker': no speaker is named 'Vladimir Puttin'; did you mean 'Vladimir Putin'?"
            == speaker.stderr.strip().splitlines()[-1])
    topic = run("export", seeds_db, "--topic", "nuclear weapon")
    assert (2, "") == (topic.exit_code, topic.stdout)
    assert ("Error: Invalid value for '--topic': no topic is named 'nuclear weapon'; did you mean 'Nuclear weapons'?"
            == topic.stderr.strip().splitlines()[-1])
    slug = run("export", seeds_db, "--topic", "natto")  # nearest to a slug: named by its topic's name
    assert "Error: Invalid value for '--topic': no topic is named 'natto'; did you mean 'NATO'?" == slug.stderr.strip().splitlines()[-1]
    nothing = run("export", seeds_db, "--topic", "zzzz")
    assert "Error: Invalid value for '--topic': no topic is named 'zzzz'" == nothing.stderr.strip().splitlines()[-1]
    # Any case is still a known name.
    assert 0 == run("export", seeds_db, "--speaker", "vladimir putin").exit_code
