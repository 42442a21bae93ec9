"""The parser pool: tasks in, ``FileResult``s out in input order, from forked worker processes.

At most ``IN_FLIGHT_PER_WORKER`` chunks of ``CHUNK_FILES`` files per worker
are being parsed or waiting for the writer at any time, so memory stays
bounded however many files there are.  A worker that dies (killed, out of
memory) costs the file it was parsing, nothing more.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterator
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from .. import readers as read
from . import parsing
from .board import Board
from .parsing import Seen, parse_file, parse_files
from ..text.decode import path_text
from .results import IDLE, FileResult
from .tasks import Task, task_bytes

IN_PROCESS_BELOW = 64  # fewer files than this (and IN_PROCESS_BYTES): parsing in-process beats starting workers
IN_PROCESS_BYTES = 1 << 20
# Files per task sent to a worker: amortises the round trip, and the sentences of a chunk's
# articles that need the speaker parse are parsed in one batch (``parsing.parse_files``): on
# news, ~3 sentences in 16 files, ~5 in 32 (the cost per sentence falls by a fifth), ~10 in 64.
CHUNK_FILES = 32
CHUNK_BYTES = 256 * 1024  # ...and a chunk sent to a worker stops at this many bytes of input
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: keeps workers busy, bounds memory
# Parsers yield the CPU to the writer and to anything else on the machine: a
# site served from the same machine stays responsive during an ingest, and
# the writer, which every article waits for, never waits for a core.
PARSER_NICENESS = 10
# The texts extracted by the other workers that a chunk's message carries at most
# (``parsing.Seen``; 8 bytes each, older ones dropped): the parent's send must never
# wait on a worker that is itself waiting to send its results.
TOLD_TEXTS = 1024
IDLE_SECONDS = 1.0  # the writer's turn comes at least this often while it waits for parsers
# A parser stuck in one call into C code (a regex, lxml) does not see its time
# budget's signal until the call returns: past its chunk's budget and this much
# more, the parent stops the worker, and each of the chunk's files is tried alone.
OVERDUE_GRACE_SECONDS = 10.0
# A file of many articles (a wire file, a dump's part, a web archive) gets one
# document's budget for every this many bytes (a few articles: a budget is
# ~1,000 times what an article takes), so a hang is still stopped in minutes.
BYTES_PER_BUDGET = 16 * 1024
WORKER_DIED = "the parser process died on this file (killed, or out of memory?)"


def _parse_task(task: Task, max_bytes: int) -> FileResult:
    return parse_file(task.path, max_bytes, task)


def _parse_chunk(tasks: list[Task], max_bytes: int, seen: Seen | None = None) -> list[FileResult]:
    """A worker's chunk: its files' speaker parses in one batch (``parsing.parse_files``)."""
    return parse_files(tasks, max_bytes, seen)


def parse_all(tasks: Iterator[Task], max_bytes: int, workers: int | None) -> Iterator[FileResult | None]:
    """Results in input order; from worker processes, ``IDLE`` before each wait for them."""
    workers = workers or os.cpu_count() or 1
    first = list(itertools.islice(tasks, IN_PROCESS_BELOW))
    few = len(first) < IN_PROCESS_BELOW and sum(map(task_bytes, first)) < IN_PROCESS_BYTES
    if workers == 1 or few:
        return (_parse_task(t, max_bytes) for t in itertools.chain(first, tasks))
    return _parse_in_pool(itertools.chain(first, tasks), max_bytes, workers, idle=True)


def chunks(tasks: Iterator[Task]) -> Iterator[list[Task]]:
    """Lists of up to ``CHUNK_FILES`` tasks, fewer when they add up to ``CHUNK_BYTES``:
    what a worker holds at once stays bounded whatever the files' sizes.

    A file that would take a chunk past ``CHUNK_BYTES`` starts the next one:
    a worker answers a chunk as a whole, so small files sharing a chunk with
    a big (and maybe slow) one would wait for it.
    """
    chunk: list[Task] = []
    held = 0
    for task in tasks:
        size = task_bytes(task)
        if chunk and held + size > CHUNK_BYTES:
            yield chunk
            chunk, held = [], 0
        chunk.append(task)
        held += size
        if len(chunk) >= CHUNK_FILES or held >= CHUNK_BYTES:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def _parse_in_pool(tasks: Iterator[Task], max_bytes: int, workers: int, idle: bool = False) -> Iterator[FileResult | None]:
    """Results in input order, with at most ``IN_FLIGHT_PER_WORKER * workers`` chunks outstanding.
    With ``idle``, ``IDLE`` is yielded before each wait for a worker: the consumer's turn to
    do work it can do early.

    A small pool of our own rather than ``multiprocessing.Pool``: Pool's
    three helper threads take CPU from the writer's core, ``Pool.imap``
    would read the whole task iterator and let results pile up when the
    writer is slower, and a worker killed by the kernel (out of memory)
    leaves Pool waiting forever.  Here each worker has a pipe; chunks go to
    the least busy worker, results are read as they come (so no worker
    blocks on a full pipe while the writer works) and handed out in input
    order.  A worker that dies costs a retry of its chunks one file at a
    time, so one poisonous file costs one file.
    """
    parsing.before_fork()
    # What this process holds now (the modules, the speaker parse's pipeline) is never
    # garbage: the writer's collections, which the results it unpickles set off, need not
    # scan it, nor do the workers' (frozen before the fork, as the gc module advises).
    freeze = gc.get_freeze_count() == 0
    pool = None
    try:
        if freeze:
            gc.freeze()
        pool = _Workers(workers, max_bytes)
        pending_chunks = chunks(tasks)
        limit = IN_FLIGHT_PER_WORKER * workers
        pending: deque = deque()  # chunks not yet sent, retries first (see _Workers)
        done: dict[int, list[FileResult]] = {}
        next_id = next_out = 0
        exhausted = False
        while True:
            # Finished chunks waiting for an earlier one count too: memory stays bounded.
            while pool.in_flight() + len(done) < limit:
                if not pending and not exhausted:
                    chunk = next(pending_chunks, None)
                    if chunk:
                        pending.append((next_id, None, chunk))
                        next_id += 1
                    else:
                        exhausted = True
                if not pending:
                    break
                pool.send(pending.popleft())
            if next_out in done:
                for result in done.pop(next_out):
                    yield result
                    # Drain finished chunks between results, so a worker is never
                    # kept waiting on a full pipe while the writer works.
                    pool.collect(done, pending, block=False)
                next_out += 1
            elif pool.in_flight() == 0 and not pending:
                return
            else:
                if idle:
                    yield IDLE
                # With ``idle``, the wait is cut every IDLE_SECONDS and IDLE yielded
                # again: a file slow to parse must not keep the writer from committing.
                pool.collect(done, pending, block=True, timeout=IDLE_SECONDS if idle else None)
                pool.stop_overdue()
    finally:
        if pool is not None:
            pool.close()
        if freeze:
            gc.unfreeze()


def _worker_main(conn, max_bytes: int, inherited: list, board: Board | None = None, slot: int = 0) -> None:
    # Ctrl+C goes to the whole process group: the parent reports it, workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The fork copied the parent's ends of the other workers' pipes: closed
    # here, so that when the parent dies (even by kill -9) every pipe's
    # other end is gone and each worker sees EOF and exits, not waits forever.
    for other in inherited:
        other.close()
    gc.freeze()  # the inherited objects are never garbage: don't scan (and copy) them
    os.nice(PARSER_NICENESS)
    # The texts extracted here, and those the other workers extracted, which come with each
    # chunk: an article repeating one is passed on unextracted (``parsing.Seen``).
    # The board (``board``) tells it those of the other workers as soon as they are extracted.
    if board is not None:
        board.use(slot)
    seen = Seen(board=board)
    while True:
        try:
            message = conn.recv()
            if message is None:
                return
            tasks, others, seen.order = message
            seen.add_packed(others)
            results = _parse_chunk(tasks, max_bytes, seen)
            conn.send((results, seen.new_keys()))
        except (EOFError, OSError):  # the parent is gone
            return


class _Workers:
    """Forked parser processes, each fed chunks of tasks through its own pipe.

    A chunk is ``(chunk_id, part, tasks)``: ``part`` is None for a chunk as
    cut, or ``(k, n)`` for file k of n when a chunk is retried file by file.
    """

    def __init__(self, count: int, max_bytes: int):
        self.max_bytes = max_bytes
        # fork: workers inherit the imported modules (and the speaker parse's pipeline,
        # ``parsing.before_fork``), so they start in milliseconds.
        self.context = multiprocessing.get_context("fork")
        self.processes: dict[Any, Any] = {}  # connection -> process
        self.queued: dict[Any, deque] = {}  # connection -> chunks sent to it, oldest first
        self.parts: dict[int, list] = {}  # chunk id -> results of its files, while retried
        self.head_started: dict[Any, float] = {}  # connection -> when its oldest chunk started
        self.overdue: set = set()  # connections whose worker was stopped for taking too long
        # connection -> texts the other workers extracted since its last chunk (``parsing.Seen``)
        self.untold: dict[Any, bytes] = {}
        # Mapped before the first fork: every worker writes the keys it extracts to its region of
        # it (``slot``; a replacement takes over the region of the worker it replaces).
        self.board = Board(count, parsing.SEEN_TEXTS, parsing.KEY_BYTES)
        self.slots: dict[Any, int] = {}  # connection -> its worker's region of the board
        for slot in range(count):
            self._start(slot)

    def _start(self, slot: int) -> None:
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main, args=(child, self.max_bytes, [parent, *self.processes], self.board, slot), daemon=True
        )
        process.start()
        child.close()
        self.processes[parent] = process
        self.slots[parent] = slot
        self.queued[parent] = deque()
        self.untold[parent] = b""

    def in_flight(self) -> int:
        return sum(len(q) for q in self.queued.values())

    def send(self, chunk: tuple) -> None:
        conn = min(self.queued, key=lambda c: len(self.queued[c]))
        try:
            conn.send((chunk[2], self.untold[conn], chunk[0]))
            self.untold[conn] = b""
        except OSError:
            if not self.queued[conn]:
                # It died while idle (nothing of ours was lost): replace it, send again.
                self._retire(conn)
                return self.send(chunk)
            # It died on a chunk it holds, before ``collect`` heard: this one is queued behind
            # that chunk, unsent, and goes back with the others when ``collect`` reads the closed
            # pipe (``_replace``).  Retiring it here dropped the chunks it held, and the pool's
            # loop ended with one never answered: the run stopped without a word, files unread.
        if not self.queued[conn]:
            self.head_started[conn] = time.monotonic()
        self.queued[conn].append(chunk)

    def collect(self, done: dict[int, list[FileResult]], retry: deque, block: bool, timeout: float | None = None) -> None:
        """Move finished chunks into ``done``; a dead worker's chunks go to ``retry``.
        With ``block``, wait for one at most ``timeout`` seconds (None: for ever)."""
        for conn in wait([c for c, q in self.queued.items() if q], timeout=timeout if block else 0):
            try:
                results, keys = conn.recv()
            except (EOFError, OSError):
                self._replace(conn, done, retry)
                continue
            if keys:
                for other in self.untold:
                    if other is not conn:
                        self.untold[other] = (self.untold[other] + keys)[-TOLD_TEXTS * parsing.KEY_BYTES :]
            self._finish(self.queued[conn].popleft(), results, done)
            self.head_started[conn] = time.monotonic()  # the next chunk starts now

    def stop_overdue(self) -> None:
        """Kill each worker whose current chunk is past its budget (``OVERDUE_GRACE_SECONDS``);
        ``collect`` then finds it dead and its chunk is retried file by file."""
        seconds = parsing.SECONDS_PER_DOCUMENT
        if not seconds:
            return
        now = time.monotonic()
        for conn, queue in self.queued.items():
            if queue and conn not in self.overdue:
                if now - self.head_started.get(conn, now) > seconds * _budgets(queue[0][2]) + OVERDUE_GRACE_SECONDS:
                    self.overdue.add(conn)
                    self.processes[conn].kill()

    def _finish(self, chunk: tuple, results: list[FileResult], done: dict[int, list[FileResult]]) -> None:
        chunk_id, part, _ = chunk
        if part is None:
            done[chunk_id] = results
            return
        k, n = part
        slots = self.parts.setdefault(chunk_id, [None] * n)
        slots[k] = results[0]
        if all(slot is not None for slot in slots):
            done[chunk_id] = self.parts.pop(chunk_id)

    def _replace(self, conn, done: dict[int, list[FileResult]], retry: deque) -> None:
        """A worker died (killed, out of memory, a crash in C code) holding chunks."""
        lost = self._retire(conn)
        # The oldest chunk is the one it was parsing; the others never started
        # and go back as they are.
        (chunk_id, part, tasks), rest = lost[0], list(lost)[1:]
        retry.extendleft(reversed(rest))
        if part is None and len(tasks) > 1:
            # Which of its files killed it is unknown: each is tried again on its own.
            n = len(tasks)
            retry.extendleft(reversed([(chunk_id, (k, n), [t]) for k, t in enumerate(tasks)]))
        else:
            task = tasks[0]
            error = f"took longer than {parsing.SECONDS_PER_DOCUMENT:g} s" if conn in self.overdue else WORKER_DIED
            self._finish(lost[0], [FileResult(path=path_text(task.path), key=task.key, error=error, part=task.part)], done)
        self.overdue.discard(conn)

    def _retire(self, conn) -> deque:
        """Forget a dead worker, start another in its place; returns the chunks it held."""
        lost = self.queued.pop(conn)
        self.untold.pop(conn, None)
        self.head_started.pop(conn, None)
        self.processes.pop(conn).join(timeout=1)
        conn.close()
        self._start(self.slots.pop(conn))
        return lost

    def close(self) -> None:
        for conn, process in self.processes.items():
            try:
                conn.send(None)
            except OSError:
                pass
            conn.close()
        for process in self.processes.values():
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
        self.board.close()


def _budgets(tasks: list[Task]) -> int:
    """How many documents' budgets a chunk's files may take: one a file, but a file
    of many articles one for every ``BYTES_PER_BUDGET`` of it (a Reuters file holds
    a thousand stories, a web archive tens of thousands)."""
    return sum(max(1, task_bytes(task) // BYTES_PER_BUDGET) if read.holds_records(Path(task.path)) else 1 for task in tasks)
