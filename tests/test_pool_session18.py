"""The worker pool when a worker is found dead by a send, before any read has heard it died."""

import os
import time
from collections import deque

from quotearchive.ingest import workers
from quotearchive.ingest.tasks import Task
from quotearchive.readers.files import DEFAULT_MAX_BYTES

from .conftest import SEEDS


def test_a_worker_found_dead_by_a_send_gives_back_the_chunk_it_held(monkeypatch, tmp_path):
    # It died on its chunk; the next chunk went to it (least busy by count) before the pool read
    # its pipe: the chunk it held was dropped, and the run ended with it unanswered, files unread.
    seed = next(SEEDS.glob("*.txt"))
    real = workers._parse_chunk

    def parse(chunk, max_bytes, seen):
        if chunk[0].path.endswith("die.txt"):
            os._exit(9)
        if chunk[0].path.endswith("slow.txt"):
            time.sleep(3)
        return real(chunk, max_bytes, seen)

    monkeypatch.setattr(workers, "_parse_chunk", parse)  # inherited by the forked workers
    for name in ("die.txt", "slow.txt", "ok.txt"):
        (tmp_path / name).write_bytes(seed.read_bytes())
    pool = workers._Workers(2, DEFAULT_MAX_BYTES)
    done: dict = {}
    retry: deque = deque()
    try:
        first, _ = list(pool.queued)
        pool.send((0, None, [Task(str(tmp_path / "die.txt"), "die")]))
        pool.send((1, None, [Task(str(tmp_path / "slow.txt"), "slow")]))
        pool.processes[first].join(10)  # dead, and not yet heard of
        pool.send((2, None, [Task(str(tmp_path / "ok.txt"), "ok")]))  # to it: both hold one
        pool.collect(done, retry, block=True, timeout=10)
        assert [workers.WORKER_DIED] == [result.error for result in done[0]]
        assert [2] == [chunk_id for chunk_id, _, _ in retry]  # the chunk sent to the dead, to send again
    finally:
        pool.close()
