"""The ingest's CPU without a byte of its output changed (issue 14's floor, session 18).

The workers tell each other the texts they extract through shared memory (``ingest.board``)
as soon as each is done, so a duplicate whose first copy went to another worker is passed on
unextracted; and the name table skips spelling a surname without umlauts when the article
files none with one.  Each test gives its expected value written out.
"""

from __future__ import annotations

import multiprocessing

from quotearchive.extract.speakers.names import Names
from quotearchive.ingest.board import Board
from quotearchive.ingest.parsing import KEY_BYTES, Seen

A, B, C, D, E, F = (bytes([k]) * KEY_BYTES for k in range(1, 7))


def two_workers(capacity: int = 16) -> tuple[Board, Board]:
    """One board as two workers see it: the same memory, each its own region and reading state."""
    first = Board(2, capacity, KEY_BYTES)
    second = Board.__new__(Board)
    second.__dict__.update(first.__dict__, read=[0, 0], later=[], later_before=-1)
    first.use(0)
    second.use(1)
    return first, second


def test_a_key_reaches_the_other_worker_once_it_parses_a_later_chunk():
    first, second = two_workers()
    first.post(3, A)
    assert [] == second.news(3)  # its own chunk, or one before the key's: not yet
    assert [] == first.news(10)  # a worker never reads its own region
    assert [A] == second.news(4)
    assert [] == second.news(5)  # each key once


def test_keys_of_later_chunks_wait_until_the_reader_passes_them():
    first, second = two_workers()
    first.post(2, A)
    first.post(7, B)
    first.post(5, C)
    assert [A] == second.news(4)
    assert [C] == second.news(6)
    assert [B] == second.news(8)


def test_a_lapped_ring_gives_its_newest_keys():
    first, second = two_workers(capacity=4)
    for key in (A, B, C, D, E, F):
        first.post(0, key)
    assert [C, D, E, F] == second.news(1)


def test_a_replacement_worker_goes_on_writing_its_region():
    first, second = two_workers()
    first.post(0, A)
    replacement = Board.__new__(Board)  # forked from the parent: nothing read yet
    replacement.__dict__.update(first.__dict__, read=[0, 0], later=[], later_before=-1)
    replacement.use(0)
    replacement.post(1, B)
    assert [A, B] == second.news(2)


def test_a_key_of_the_wrong_size_or_from_the_parent_is_not_posted():
    board = Board(2, 16, KEY_BYTES)
    other = Board.__new__(Board)
    other.__dict__.update(board.__dict__, read=[0, 0], later=[], later_before=-1)
    other.use(1)
    board.post(0, A)  # the parent writes no region
    board.use(0)
    board.post(0, b"short")
    assert [] == other.news(9)


def _post_from_a_child(board: Board) -> None:
    board.use(1)
    board.post(0, E)


def test_the_board_is_shared_by_processes_forked_after_it():
    board = Board(2, 16, KEY_BYTES)
    board.use(0)
    child = multiprocessing.get_context("fork").Process(target=_post_from_a_child, args=(board,))
    child.start()
    child.join(timeout=30)
    assert 0 == child.exitcode
    assert [E] == board.news(1)
    board.close()


def test_seen_knows_what_the_other_worker_extracted_in_an_earlier_chunk():
    first, second = two_workers()
    mine, theirs = Seen(board=first), Seen(board=second)
    mine.order, theirs.order = 0, 0
    mine.add(A)  # extracted here: told to the other worker through the board
    assert A in mine
    assert A not in theirs  # the same chunk number: not taken
    theirs.order = 1
    assert A in theirs
    assert b"" == theirs.new_keys()  # a key told is not told again


def test_seen_without_a_board_is_as_before():
    seen = Seen()
    seen.add(A)
    assert A in seen
    assert B not in seen
    assert A == seen.new_keys()


def test_a_surname_spelled_without_its_umlaut_finds_the_person_filed_with_it():
    names = Names("Gerhard Müller, the head of the office, rejected the appeal. Later Mueller said so.")
    assert "Gerhard Müller" == names.person(["Mueller"]).name
    assert "Gerhard Müller" == names.person(["Muller"]).name


def test_no_umlaut_variant_in_an_article_that_files_none():
    names = Names("Gerhard Muller, the head of the office, rejected the appeal. Later Mueller said so.")
    assert None is names._umlaut_variant("Mueller")
    assert {} == names._umlaut_keys


def test_a_told_key_counts_only_for_chunks_after_its_own_so_a_retried_chunk_extracts_its_originals():
    # A worker dies after posting the keys of chunk 3; the other worker, at chunk 5, has taken them;
    # chunk 3 is parsed again, file by file, and some of its files go to that other worker.
    first, second = two_workers()
    seen = Seen(board=second)
    first.post(3, A)
    seen.order = 5
    assert A in seen  # a later chunk: A's first copy reached the writer extracted
    seen.order = 3
    assert A not in seen  # chunk 3 again: A is its own original, to be extracted here
    seen.add(A)  # extracted here now: a duplicate later in the chunk is passed on
    assert A in seen


def test_keys_held_for_later_chunks_are_sorted_again_only_when_the_chunk_moves():
    first, second = two_workers()
    first.post(9, A)
    assert [] == second.news(4)
    second.later.append((2, B))  # (a key held back that an unchanged chunk does not look at again)
    assert [] == second.news(4)
    assert [(2, B)] == second.told(5)
    assert [A] == second.news(10)
