"""`export --format parquet`: the JSON Lines export's rows, typed and compressed, written whole or not at all."""

import json
import os

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from quotearchive.archive import export
from quotearchive.cli import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_parquet_holds_the_same_rows_as_json_lines_with_typed_columns(seeds_db, tmp_path):
    path = tmp_path / "quotes.parquet"
    result = run("export", seeds_db, "--format", "parquet", "-o", path)
    assert 0 == result.exit_code, result.output
    table = pq.read_table(path)
    lines = run("export", seeds_db, "--format", "jsonl").stdout.splitlines()
    assert f"{len(lines)} quotes exported" in result.stderr
    assert [json.loads(line) for line in lines] == table.to_pylist()
    types = {field.name: str(field.type) for field in table.schema}
    assert ("int64", "int64", "double", "list<element: string>", "string") == (
        types["id"], types["end"], types["speaker_confidence"], types["topics"], types["text"])
    assert list(export.EXPORT_COLUMNS) == table.column_names


def test_parquet_takes_the_filters_and_writes_row_groups(seeds_db, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "PARQUET_ROWS_PER_GROUP", 7)
    path = tmp_path / "nato.parquet"
    assert 0 == run("export", seeds_db, "--format", "parquet", "--topic", "nato", "-o", path).exit_code
    table = pq.read_table(path)
    assert table.num_rows and all("nato" in topics for topics in table.column("topics").to_pylist())
    assert (table.num_rows + 6) // 7 == pq.ParquetFile(path).num_row_groups


def test_an_empty_selection_is_a_valid_empty_file(seeds_db, tmp_path):
    path = tmp_path / "none.parquet"
    assert 0 == run("export", seeds_db, "--format", "parquet", "--since", "2099", "-o", path).exit_code
    assert 0 == pq.read_table(path).num_rows


def test_parquet_needs_a_file_and_leaves_none_half_written(seeds_db, tmp_path):
    result = run("export", seeds_db, "--format", "parquet")
    assert 2 == result.exit_code and "name one with -o FILE.parquet" in result.output
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"the previous export")

    def failing_rows():
        yield from export.iter_quotes(__import__("sqlite_utils").Database(seeds_db))
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        export.write_parquet(failing_rows(), str(path))
    assert b"the previous export" == path.read_bytes()
    assert ["broken.parquet"] == os.listdir(tmp_path)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_an_output_that_cannot_be_written_is_one_line_naming_it(seeds_db, tmp_path, fmt):
    target = tmp_path / "no such folder" / f"quotes.{fmt}"
    result = CliRunner().invoke(cli, ["export", str(seeds_db), "--format", fmt, "-o", str(target)])
    assert 1 == result.exit_code and result.exception is None or isinstance(result.exception, SystemExit)
    assert f"Error: Could not open file '{target}'" in result.output and "Traceback" not in result.output
