"""Reading input files: readers by suffix, folders walked, bytes read, big files cut in parts of whole lines.

(Decoding the bytes is tested in test_decode.py.)
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from quotearchive import readers


def test_text_reader_takes_bytes_already_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"on disk")
    (doc,) = readers.read_documents(path, b"already read")
    assert doc.text == "already read"
    (doc,) = readers.read_documents(path)
    assert doc.text == "on disk"


def test_read_bytes_reads_the_whole_file_whatever_the_size_hint(tmp_path):
    path = tmp_path / "a.txt"
    content = bytes(range(256)) * 1000
    path.write_bytes(content)
    for hint in (0, 1, 255, len(content) - 1, len(content), len(content) + 1, 10 * len(content)):
        assert content == readers.read_bytes(path, hint)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert b"" == readers.read_bytes(tmp_path / "empty.txt", 0)


def test_a_corpus_folders_readme_is_not_an_article(tmp_path):
    (tmp_path / "sport").mkdir()
    for name in ("README.TXT", "sport/LICENSE.txt", "sport/001.txt", "readme-first.txt"):
        (tmp_path / name).write_text("text", "utf-8")
    found = sorted(p.relative_to(tmp_path).as_posix() for p in readers.iter_input_files([tmp_path]))
    assert ["readme-first.txt", "sport/001.txt"] == found
    # Named on its own, it is read like any file.
    assert [tmp_path / "README.TXT"] == [p.resolve() for p in readers.iter_input_files([tmp_path / "README.TXT"])]


def test_folders_are_walked_in_name_order_with_only_article_files(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("c.txt", "a.TXT", "b/z.sgm", "b/.hidden.txt", "notes.", "x.7z", "A.html", "README.md", "ab.txt"):
        (tmp_path / name).write_text("text", "utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in readers.iter_input_files([tmp_path])]
    assert ["A.html", "a.TXT", "ab.txt", "b/z.sgm", "c.txt"] == found


def test_walking_a_flat_folder_holds_little_per_file(tmp_path):
    """A crawl folder of millions of files must not hold a DirEntry and a path per file."""
    import tracemalloc

    count = 20_000
    for i in range(count):
        (tmp_path / f"{i:06d}-a-typical-article-slug.txt").touch()
    (tmp_path / "skipped.bin").touch()
    tracemalloc.start()
    try:
        files = readers.iter_input_files([tmp_path])
        next(files)  # the folder's listing is held from here to the end of the walk
        held = tracemalloc.get_traced_memory()[0]
        assert count == 1 + sum(1 for _ in files)
    finally:
        tracemalloc.stop()
    assert held / count < 150  # bytes per file; DirEntry objects and paths took ~270


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(st.text(alphabet="ab\u2028é", max_size=40), max_size=30),
    trailing_newline=st.booleans(),
    part_bytes=st.integers(min_value=1, max_value=80),
    block=st.integers(min_value=1, max_value=64),
)
def test_line_parts_cut_whole_lines_that_fit_and_hash_the_file(tmp_path_factory, lines, trailing_newline, part_bytes, block):
    import hashlib

    data = ("\n".join(lines) + ("\n" if trailing_newline else "")).encode("utf-8")
    path = tmp_path_factory.mktemp("parts") / "f.jsonl"
    path.write_bytes(data)
    cut = readers.line_parts(path, part_bytes, block=block)
    assert (len(data), hashlib.sha256(data).hexdigest()) == (cut.size, cut.sha256)
    assert 0 == cut.parts[0][0] and len(data) == cut.parts[-1][1]
    for (start, end, first_line), following in zip(cut.parts, [*cut.parts[1:], None]):
        part = data[start:end]
        assert first_line == data[:start].count(b"\n") + 1
        if following is not None:
            assert following[0] == end and part.endswith(b"\n")
            next_end = data.find(b"\n", end)
            assert (len(data) if next_end < 0 else next_end + 1) - start > part_bytes  # the next line did not fit
        if len(part) > part_bytes:
            assert part.count(b"\n") <= 1 and part.rstrip(b"\n").count(b"\n") == 0  # one line too long to share


@settings(max_examples=200, deadline=None)
@given(
    old=st.lists(st.text(alphabet="ab\n", max_size=20), max_size=8),
    added=st.text(alphabet="ab\n", max_size=60),
    edit=st.booleans(),
    part_bytes=st.integers(min_value=1, max_value=30),
)
def test_line_parts_after_lines_were_added_cover_only_the_new_ones(tmp_path_factory, old, added, edit, part_bytes):
    import hashlib

    before = "\n".join(old).encode()
    now = (b"X" + before[1:] if edit and before else before) + added.encode()
    path = tmp_path_factory.mktemp("parts") / "f.jsonl"
    path.write_bytes(now)
    cut = readers.line_parts(path, part_bytes, block=7, before=(len(before), hashlib.sha256(before).hexdigest()))
    appended = bool(before) and before.endswith(b"\n") and now.startswith(before)
    assert (len(before) if appended else 0) == cut.appended_from
    assert (len(now), hashlib.sha256(now).hexdigest()) == (cut.size, cut.sha256)
    assert cut.appended_from == cut.parts[0][0] and len(now) == cut.parts[-1][1]
    for start, end, first_line in cut.parts:
        assert first_line == now[:start].count(b"\n") + 1


def test_files_are_named_from_the_folder_given_and_same_named_folders_stay_apart(tmp_path, monkeypatch):
    for folder in ("2019/news", "2020/news", "2020/sport"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "a.txt").write_text("Title\n\nText.")
    monkeypatch.chdir(tmp_path)
    named = lambda *paths: [(str(f.path), f.name, f.inner) for f in readers.iter_named_files(paths)]  # noqa: E731
    assert [("2020/news/a.txt", "news/a.txt", "a.txt"), ("2020/sport/a.txt", "sport/a.txt", "a.txt")] == named(
        "2020/news", "2020/sport")
    # Two different folders called "news" in one run: their parents' names keep them apart.
    assert [("2019/news/a.txt", "2019/news/a.txt", "a.txt"), ("2020/news/a.txt", "2020/news/a.txt", "a.txt"),
            ("2020/sport/a.txt", "sport/a.txt", "a.txt")] == named("2019/news", "2020/news", "2020/sport")
    assert [("2019/news/a.txt", "2019/news/a.txt", "a.txt"), ("2020/news/a.txt", "2020/news/a.txt", "a.txt")] == named(
        "2019/news/a.txt", "2020/news/a.txt")
    # The same folder twice is one folder.
    assert [("2019/news/a.txt", "news/a.txt", "a.txt")] * 2 == named("2019/news", "2019/news/")
