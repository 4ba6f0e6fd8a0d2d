"""Units printed with nothing between them (文化宣传股文化馆: a cell whose line break the
page lost) that the plan names apart elsewhere (文化宣传股、文化馆): two mentions, each with
its own span in the raw file. A glued name the plan never names apart stays as printed."""

from __future__ import annotations

from dataclasses import replace

from pipeline.model import Mention, Task, locate_raw

#: The fewest characters of each part: a unit's name is never one character.
_PART = 2
#: The longest glued pair looked at: two long names (a longer mention is prose, and looking
#: at every cut of it would cost its length squared).
_LONGEST = 60


def apart(tasks: tuple[Task, ...], raw: str, endings: str) -> tuple[Task, ...]:
    """Return the tasks with every glued pair of names the plan prints apart split."""
    mentions = [m for t in tasks for m in (*t.lead, *t.responsible, *t.cooperating)]
    names = frozenset(m.text for m in mentions)
    cuts = {id(m): k for m in mentions if (k := _cut(m, names, endings)) is not None}
    if not cuts:
        return tasks
    return tuple(
        replace(
            t,
            lead=_split(t.lead, cuts, raw),
            responsible=_split(t.responsible, cuts, raw),
            cooperating=_split(t.cooperating, cuts, raw),
        )
        for t in tasks
    )


def _cut(mention: Mention, names: frozenset[str], endings: str) -> int | None:
    """Return where a mention's name splits into two names the plan prints on their own
    (the first ending as a unit's name ends), when its raw span holds it character for
    character; else None."""
    text, where = mention.text, mention.location
    if where.end - where.start != len(text) or len(text) > _LONGEST:
        return None  # (a span the clean step changed in length has no place to cut)
    for k in range(_PART, len(text) - _PART + 1):
        if text[k - 1] in endings and text[:k] in names and text[k:] in names:
            return k
    return None


def _split(found: tuple[Mention, ...], cuts: dict[int, int], raw: str) -> tuple[Mention, ...]:
    """Return a role's mentions with each glued one (its cut in ``cuts``) made two."""
    out: list[Mention] = []
    seen: set[str] = set()
    for m in found:
        k = cuts.get(id(m))
        if k is None:
            out.append(replace(m, position=len(out) + 1))
            seen.add(m.text)
            continue
        s, e = m.location.start, m.location.end
        for a, b, etc in ((s, s + k, False), (s + k, e, m.etc)):
            name = m.text[a - s : b - s]
            if name not in seen:  # (a part the list already names once)
                out.append(Mention(name, m.role, len(out) + 1, locate_raw(raw, a, b), etc))
                seen.add(name)
    return tuple(out)
