"""The Reuters check set (issue 14, session 22): wire copy of 1987, reut2-015.sgm, labelled blind.

Stand-off rows beside tools/evaluation.py: the article's id (``reut2-015.sgm#NEWID``, as
``read_documents`` names the record), the sha256 of its stored body (what ingest stores:
``describe_document(doc).body``), and per quote its offsets, speaker, speaker type and kind; no
corpus text.  The tests that need the articles skip when the shared corpus is absent.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from .stand_off_labels import assert_stand_off_row

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEARCHIVE_SHARED", REPO.parent / "shared"))
REUTERS = SHARED / "corpora" / "reuters"
LABELS = REPO / "src" / "quotearchive" / "tools" / "reuters_check_labels.jsonl"
# The before/after dumps of the project read reut2-000..004: never labelled here.
DUMPED = {f"reut2-00{n}.sgm" for n in range(5)}

needs_corpus = pytest.mark.skipif(not (REUTERS / "reut2-015.sgm").is_file(), reason=f"Reuters corpus not found under {SHARED}")


def rows() -> list[dict]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def stored_bodies(files: set[str]) -> dict[str, str]:
    """``{"reut2-015.sgm#NEWID": body}`` for the records of ``files``, as ingest stores them."""
    from quotearchive.extract.pipeline import describe_document
    from quotearchive.readers import read_documents

    bodies = {}
    for name in sorted(files):
        for doc in read_documents(REUTERS / name):
            bodies[f"{name}#{doc.source.rsplit('#', 1)[1]}"] = describe_document(doc).body
    return bodies


def test_every_row_has_the_fields_of_the_bbc_label_sets():
    labelled = rows()
    assert len(labelled) == 100
    for row in labelled:
        assert_stand_off_row(row)
        assert row["id"].startswith(row["file"] + "#")


def test_counts_as_labelled():
    labelled = rows()
    assert sum(len(row["quotes"]) for row in labelled) == 253
    assert sum(1 for row in labelled if row["quotes"]) == 93


def test_only_reut2_015_to_017_never_the_dumped_files():
    files = {row["file"] for row in rows()}
    assert files <= {"reut2-015.sgm", "reut2-016.sgm", "reut2-017.sgm"}
    assert not files & DUMPED


def test_ids_are_unique_and_in_file_order():
    ids = [row["id"] for row in rows()]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids, key=lambda i: (i.split("#")[0], int(i.split("#")[1])))


@needs_corpus
def test_every_body_matches_its_sha256_and_every_quote_lies_inside_it():
    labelled = rows()
    bodies = stored_bodies({row["file"] for row in labelled})
    for row in labelled:
        body = bodies[row["id"]]
        assert hashlib.sha256(body.encode("utf-8")).hexdigest() == row["sha256"], row["id"]
        for quote in row["quotes"]:
            assert quote["end"] <= len(body), (row["id"], quote)
            # The words inside the marks: a mark opens every quote but one whose opening
            # mark the wire dropped (15154: '... he said. To stabilize ... some time."').
            if (row["id"], quote["start"]) != ("reut2-015.sgm#15154", 2297):
                assert body[quote["start"] - 1] == '"', (row["id"], quote)
            assert quote["end"] == len(body) or body[quote["end"]] == '"', (row["id"], quote)


@needs_corpus
def test_the_selection_is_every_article_with_a_quote_mark_pair_in_file_order():
    """The first 100 records of reut2-015 whose stored body holds two quote marks or more."""
    labelled = [row["id"] for row in rows()]
    bodies = stored_bodies({"reut2-015.sgm"})
    with_pairs = [key for key, body in bodies.items() if body.count('"') >= 2]
    assert labelled == with_pairs[: len(labelled)]


# The evaluator's row (tools/evaluation.py): a check set, measure-only, read with the Reuters reader.
SGML = (
    '<REUTERS TOPICS="NO" NEWID="7">\n<DATE> 1-APR-1987 10:00:00.00</DATE>\n<TEXT>\n<TITLE>WIDGET CO SEES GAIN</TITLE>\n'
    '<BODY>Widget Co said sales rose.\n    "We had a good quarter," said Ann Lee, its president.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n'
)
BODY = 'Widget Co said sales rose.\n\n"We had a good quarter," said Ann Lee, its president.'


def test_the_reuters_row_is_measure_only_and_reads_reuters_beside_the_bbc_corpus():
    from quotearchive.tools.evaluation import LABELLED_SETS, REUTERS_LABELS

    row = {s.key: s for s in LABELLED_SETS}["reuters"]
    assert (row.labels, row.misses_help, row.corpus) == (REUTERS_LABELS, None, "reuters")
    assert row.name == "Reuters check (reut2-015, wire copy 1987; hand-labelled, check)"
    assert row.folder(Path("/data/corpora/bbc")) == Path("/data/corpora/reuters")


def test_no_misses_option_for_the_reuters_set():
    from quotearchive.tools.evaluation import main

    with pytest.raises(SystemExit):
        main(["gold.jsonl", "--corpus", "bbc", "--reuters-misses", "out.tsv"])


def _write(tmp_path: Path, sha: str) -> Path:
    (tmp_path / "reuters").mkdir()
    (tmp_path / "reuters" / "reut2-099.sgm").write_text(SGML, encoding="latin-1")
    labels = tmp_path / "labels.jsonl"
    row = {"id": "reut2-099.sgm#7", "file": "reut2-099.sgm", "sha256": sha,
           "quotes": [{"start": 29, "end": 51, "speaker": "Ann Lee", "speaker_type": "person", "kind": "full"}]}
    labels.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return labels


def test_reuters_labels_take_the_stored_body_of_the_record(tmp_path):
    from quotearchive.tools.labelled_reuters import load_reuters_check

    labels = _write(tmp_path, hashlib.sha256(BODY.encode("utf-8")).hexdigest())
    [record] = load_reuters_check(labels, tmp_path / "reuters")
    assert record["text"] == BODY
    assert [q["text"] for q in record["quotes"]] == ["We had a good quarter,"]


def test_reuters_labels_refuse_a_body_that_changed(tmp_path):
    from quotearchive.tools.labelled_reuters import load_reuters_check

    labels = _write(tmp_path, "0" * 64)
    with pytest.raises(ValueError, match="reut2-099.sgm#7: sha256"):
        load_reuters_check(labels, tmp_path / "reuters")


def test_main_skips_the_reuters_set_when_its_records_are_absent(tmp_path, capsys):
    from quotearchive.tools.evaluation import main

    corpus = tmp_path / "bbc" / "sport"
    corpus.mkdir(parents=True)
    (corpus / "001.txt").write_text('Headline\n\n"We will win," said Mr Smith.\n', encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    row = {"id": "sport/001.txt", "file": "sport/001.txt", "quotes": [{"start": 11, "end": 23, "text": "We will win,", "speaker": "Mr Smith"}]}
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert main([str(gold), "--corpus", str(tmp_path / "bbc"), "--check", "--no-speed"]) == 0
    out = capsys.readouterr().out
    expected = f"== Reuters check (reut2-015, wire copy 1987; hand-labelled, check)\nskipped: its articles are not under {tmp_path / 'reuters'}\n"
    assert expected in out
