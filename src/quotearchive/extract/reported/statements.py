"""``extract_reported``: the walk over the body's paragraphs and sentences, and
the statements' speakers from the same resolver as the direct quotes'."""

from __future__ import annotations

from .. import speakers
from ...model import Quote
from .apostrophes import apostrophe_quotes, clip, marked, with_apostrophe_quotations
from ...lexicon.reported import TARGET_PARTICIPLES
from .frames import BARE_CHAIN_RE, PARAGRAPH_RE, PARTICIPLE_CHAIN_RE, PARTICIPLE_CHAIN_REACH, PARTICIPLES, PROGRESSIVE_BEFORE_RE, QUOTED_AS_RE, SPEECH_FORMS
from .patterns import in_sentence
from .sentences import as_sentence_case, paragraph_cues, split_sentences
from . import tagger
from .spans import Found, Reading, keep
from .which_said import which_said
from .boundaries import fronted_end


def extract_reported(body: str, direct: list[Quote] | None = None, names: speakers.Names | None = None) -> list[Quote]:
    """Every reported statement in ``body``, with offsets into it.

    ``direct``: the direct quotations already found, so a clause that is one
    is left to them (and one holding a partial quote is linked to it).
    ``names``: the article's name table the direct quotes' speakers were
    found with (``quotes.find_quotes``), shared instead of built again.
    """
    on = tagger.enabled()
    reading = read_rules(body, direct, every_sentence=on and not tagger.cued_only())
    found = tagger.retag(body, reading) if on else reading.found
    return resolve(body, found, reading.paragraphs, names, reading.prose)


def read_rules(body: str, direct: list[Quote] | None = None, every_sentence: bool = False) -> Reading:
    """The patterns' statements in ``body`` (no speakers yet), and the sentences they read;
    ``every_sentence``: every sentence of the body, with its cues or none (the tagger reads
    them all).  The patterns read the same sentences either way.  They read ``body`` with its
    title-case lines in prose case ("Sanders Says He's ..." as "Sanders says he's ...": the
    same offsets), the ``prose`` the reading returns."""
    paragraphs = [(m.start(), m.end()) for m in PARAGRAPH_RE.finditer(body)]
    original, body = body, as_sentence_case(body, paragraphs)
    quoted = sorted((q.start, q.end) for q in direct or ())
    inside = apostrophe_quotes(body) if "''" in body else []
    found: list[Found] = []
    read = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        # One pass for the paragraph's cues, shared out to its sentences: a cue is letters and
        # spaces, so none crosses a sentence break, and a sentence with none is not read.
        cues = paragraph_cues(body, p_start, p_end)
        if not cues and not every_sentence:
            continue  # no verb, no report: not split into sentences
        at = 0
        for s_start, s_end in split_sentences(body, p_start, p_end, None if every_sentence else cues[-1][1]):
            first = at
            while at < len(cues) and cues[at][1] < s_end:
                at += 1
            if every_sentence or at > first:
                read.append((s_start, s_end, index, cues[first:at]))
            if at > first:
                clipped = (clip(body, item, inside) for item in in_sentence(body, s_start, s_end, index, cues[first:at]))
                found.extend(item for item in clipped if keep(body, item, quoted))
    if inside:
        found = with_apostrophe_quotations(body, found, inside, paragraphs, quoted)
    return Reading(found, paragraphs, quoted, read, prose=None if body is original else body)


def resolve(body: str, found: list[Found], paragraphs: list[tuple[int, int]], names: speakers.Names | None,
            prose: str | None = None) -> list[Quote]:
    """The statements with their speakers, as ``Quote`` records; ``prose``: ``body`` as the
    patterns read it (title-case lines in prose case), which the resolver reads too."""
    resolve = [f for f in found if not f.unattributed]  # "Asked whether ...": the asker is not named
    # A statement holding another ("[Lee plans [to act]], Porter said") is read in a call of its own:
    # the resolver takes its candidates one after another, not one inside another, and the inner
    # verb, written as "said" for the inner statement's subject, would be read as the outer's.
    outer = holding_inner(resolve)
    who_of: dict[int, speakers.Attribution] = {}
    for group in ([f for f in resolve if id(f) not in outer], [f for f in resolve if id(f) in outer]):
        if not group:
            continue
        cands = [speakers.Candidate(f.start + 2 * f.quoted, f.end - 2 * f.quoted, f.para, f.sent_start, f.end if f.inner else f.sent_end)
                 for f in group]
        # A resolver call of their own: the direct quotes' attributions stay exactly as they were.
        # The quotes' name table when there is one (built once per article); its events carry the
        # quotes' attributions. The verbs rewritten as "said" are lower-case, so the names read the same.
        # The rules alone: the parse was built and measured on quote-marked speech only, and
        # parsing every speaker-less clause would double its cost to the ingest.
        attributions = speakers.attribute(marked(as_speech(prose or body, group), group), cands, paragraphs, names=names, parsed=False, voice=False)
        who_of.update((id(f), a) for f, a in zip(group, attributions))
    who = [speakers.Attribution() if f.unattributed else who_of[id(f)] for f in found]
    return [
        Quote(start=f.start, end=f.end, text=body[f.start : f.end], kind="indirect", cue=a.cue if f.quoted else f.cue or None, speaker=a.speaker,
              speaker_type=speakers.source_type(a), speaker_role=a.role, speaker_as_written=a.as_written,
              # Calibrated on reported clauses (speakers/calibration_indirect.json), the quotes' table behind it.
              speaker_confidence=speakers.confidence(a, kind="indirect"), speaker_evidence=speakers.evidence(a),
              context=body[f.sent_start : f.sent_end])
        for f, a in zip(found, who)
    ]


def holding_inner(found: list[Found]) -> set[int]:
    """The ids of the statements holding an inner one.  A statement nests only inside one of its
    own sentence (``patterns.in_sentence`` builds both), so each is compared with the inner
    statements of its sentence alone: linear in the article, where comparing every pair was not."""
    inner_of: dict[int, list[Found]] = {}
    for g in found:
        if g.inner:
            inner_of.setdefault(g.sent_start, []).append(g)
    return {id(f) for f in found
            if any(g is not f and f.start <= g.start and g.end <= f.end for g in inner_of.get(f.sent_start, ()))}


def as_speech(body: str, found: list[Found]) -> str:
    """``body`` with each thought or clause-only verb written as "said", padded
    to its length: the resolver reads speech verbs only, and "X denied that" or
    "X wants to" has its subject where "X said" has.  Offsets do not move."""
    parts, at = [], 0
    for f in found:
        cue_at = body.rfind(f.cue, f.sent_start, f.start) if f.cue and f.sent_start >= at and not f.quoted else -1
        if cue_at > f.sent_start and (opening := fronted_end(body[f.sent_start : cue_at], cue_at - f.sent_start)):
            # "Since then Lee has said", "Until now officials have said": ";" over the fronted
            # phrase, whose words are no part of the subject the resolver reads back to.
            parts += [body[at : f.sent_start], ";".ljust(opening)]
            at = f.sent_start + opening
        if f.cue == "saying" and not f.quoted:
            # "The agency quoted Ann Lee as saying ...": "The agency; Ann Lee said ...", so the one
            # quoted is the subject the resolver reads, not the sentence's (nor the participle's).
            cue_at = body.rfind("saying", f.sent_start, f.start)
            quoted = QUOTED_AS_RE.search(body, max(at, f.sent_start, cue_at - 140), cue_at) if cue_at >= at else None
            if quoted and body.endswith("as ", f.sent_start, cue_at) and quoted.group("passive"):
                parts += [body[at : quoted.start()], "said".ljust(cue_at + len("saying") - quoted.start())]
                at = cue_at + len("saying")
            elif quoted and body.endswith("as ", f.sent_start, cue_at):
                as_at = body.rfind("as ", f.sent_start, cue_at)
                parts += [body[at : quoted.start()], ";".ljust(quoted.end() - quoted.start()), body[quoted.end() : as_at],
                          "said".ljust(cue_at + len("saying") - as_at)]
                at = cue_at + len("saying")
            elif cue_at >= at and (aux := PARTICIPLE_CHAIN_RE.search(body, max(at, cue_at - PARTICIPLE_CHAIN_REACH), cue_at)):
                # "The mainstream is saying ...", "Trump isn't saying": "The mainstream said", its subject
                # (the participle's rules would look for the sentence's first verb of speech).
                parts += [body[at : aux.start()], "said".ljust(cue_at + len("saying") - aux.start())]
                at = cue_at + len("saying")
            continue
        if f.cue in PARTICIPLES and not f.quoted:
            # "Republicans have begun urging ...", "X has been suggesting that": "X said", as "saying" above.
            cue_at = body.rfind(f.cue, f.sent_start, f.start)
            chain = PARTICIPLE_CHAIN_RE.search(body, max(at, cue_at - PARTICIPLE_CHAIN_REACH), cue_at) if cue_at >= at else None
            if chain:
                parts += [body[at : chain.start()], "said".ljust(cue_at + len(f.cue) - chain.start())]
                at = cue_at + len(f.cue)
                continue
        if (f.cue in TARGET_PARTICIPLES or f.cue in PARTICIPLES and " " in f.cue) and not f.quoted:
            # "..., citing [the cost of coal]", "..., pointing to [...]", "pointing out that": "saying", whose
            # subject the resolver finds as a participle's (the sentence's speaker), where it reads no other form.
            cue_at = body.rfind(f.cue, f.sent_start, f.start)
            if cue_at >= at:
                parts += [body[at:cue_at], "saying".ljust(len(f.cue))]
                at = cue_at + len(f.cue)
            continue
        if not f.cue or f.cue == "according to" or f.cue in PARTICIPLES or f.quoted:
            continue
        cue_at = body.rfind(f.cue, f.sent_start, f.start)
        if cue_at < at:
            continue
        # "X did not say how", "X would not argue that": "X said" too, the negation written over.
        bare = BARE_CHAIN_RE.search(body, max(at, cue_at - 16), cue_at)
        if not bare and (relative := which_said(body, f.sent_start, cue_at, f.end)) and relative[0] > at:
            # "suspended by Merrill, which said": "suspended by;Merrill        said" (session 19).
            np_at, rel_at, rel_end = relative
            parts += [body[at : np_at - 1], ";", body[np_at:rel_at], " " * (rel_end - rel_at)]
            at = rel_end
        if f.cue in SPEECH_FORMS and not bare:
            continue
        end = cue_at + len(f.cue)
        aux = PROGRESSIVE_BEFORE_RE.search(body, max(at, cue_at - 12), cue_at) if f.cue.split()[0].endswith("ing") else bare
        if aux:
            cue_at = aux.start()  # "X is hoping to": "X said" too, not a passive "is said"
        parts += [body[at:cue_at], "said".ljust(end - cue_at)]
        at = end
    return "".join(parts) + body[at:] if parts else body
