"""The texts the workers have extracted, told to each other as soon as each is done.

``parsing.Seen`` passes on unextracted an article whose text a worker extracted
earlier in the run.  The keys of the texts the *other* workers extracted came
only with a worker's next chunk, behind the chunks already queued to it
(``workers.IN_FLIGHT_PER_WORKER``): a duplicate a few hundred files after its
first copy was extracted again whenever the copies went to different workers
(48 of the BBC corpus's 133 duplicates).  The board is memory the pool maps
before it forks, shared by every worker: each writes the keys it extracts to a
region of its own (one writer per region, so no lock that a killed worker could
leave held), and reads the others' before each article.

A key carries the number of the chunk it was extracted in (chunks are numbered
in input order): a worker takes only the keys of chunks before its own, so that
the copy passed on unextracted is never the first the writer receives (the
writer would then have to extract it itself, on its own core).  What a reader
takes is only a hint, as every ``Seen`` key is: a stale or torn read costs an
extraction or the writer's own, never a stored value (``writer._save_articles``).
"""

from __future__ import annotations

import mmap

COUNT_BYTES = 8  # a region's count of keys written, first in the region
ORDER_BYTES = 8  # the chunk a key was extracted in
ORDER_LIMIT = 1 << (8 * ORDER_BYTES)


class Board:
    """``writers`` regions of ``capacity`` keys of ``key_bytes`` each, each region a ring
    its worker writes (``slot``) and the others read."""

    def __init__(self, writers: int, capacity: int, key_bytes: int) -> None:
        self.writers = writers
        self.capacity = capacity
        self.key_bytes = key_bytes
        self.entry = ORDER_BYTES + key_bytes
        self.region = COUNT_BYTES + capacity * self.entry
        # Anonymous and shared: a process forked after this sees the same pages.
        self.memory = mmap.mmap(-1, writers * self.region)
        self.slot = -1  # the region this process writes (``use``); -1: none (the parent)
        self.read = [0] * writers  # per region, the count of keys read (this process's own)
        self.later: list[tuple[int, bytes]] = []  # keys read from chunks not before the reader's
        self.later_before = -1  # the ``before`` that ``later`` was last sorted against

    def use(self, slot: int) -> None:
        """This process writes region ``slot`` from now on (a worker, or its replacement:
        the count written so far is in the region, so the ring goes on where it stopped)."""
        self.slot = slot

    def _count(self, slot: int) -> int:
        base = slot * self.region
        return int.from_bytes(self.memory[base : base + COUNT_BYTES], "little")

    def post(self, order: int, key: bytes) -> None:
        """Tell the others that the text ``key`` was extracted in chunk ``order``."""
        if self.slot < 0 or len(key) != self.key_bytes:
            return
        base = self.slot * self.region
        n = self._count(self.slot)
        at = base + COUNT_BYTES + (n % self.capacity) * self.entry
        self.memory[at : at + self.entry] = (order % ORDER_LIMIT).to_bytes(ORDER_BYTES, "little") + key
        # The count last: a reader that sees it sees the key written.
        self.memory[base : base + COUNT_BYTES] = (n + 1).to_bytes(COUNT_BYTES, "little")

    def news(self, before: int) -> list[bytes]:
        """The keys the other workers extracted in chunks before chunk ``before``, each once."""
        return [key for _, key in self.told(before)]

    def told(self, before: int) -> list[tuple[int, bytes]]:
        """``news`` with each key's chunk.  The keys held back for a later chunk are
        looked at again only when ``before`` has moved (a worker's chunks come in
        order): rescanning them for every article made a worker reading a long file
        beside another slow by the square of the keys held (65,536: 3 ms an article)."""
        found: list[tuple[int, bytes]] = []
        if before != self.later_before:
            later: list[tuple[int, bytes]] = []
            for order, key in self.later:
                (found if order < before else later).append((order, key))
            self.later, self.later_before = later, before
        for slot in range(self.writers):
            if slot == self.slot:
                continue
            n = self._count(slot)
            start = max(self.read[slot], n - self.capacity)  # (a ring lapped since: its newest keys)
            base = slot * self.region + COUNT_BYTES
            for k in range(start, n):
                at = base + (k % self.capacity) * self.entry
                raw = self.memory[at : at + self.entry]
                order, key = int.from_bytes(raw[:ORDER_BYTES], "little"), raw[ORDER_BYTES:]
                (found if order < before else self.later).append((order, key))
            self.read[slot] = n
        if len(self.later) > self.capacity:
            del self.later[: -self.capacity]  # (bounded as a ring is)
        return found

    def close(self) -> None:
        self.memory.close()
