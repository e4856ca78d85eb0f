"""The versions part of a merge: their newer texts of a shared document, and renumbering.

Both copies may import new texts of the same article after they part. Versions are only
ever added, so nothing conflicts; where both added a different text under one number,
theirs are numbered after mine, and their claims' version numbers follow
(:func:`their_numbering`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from workbench.core.merge_plan import MergePlan
from workbench.core.model import Claim, ProjectSnapshot


def plan_versions(
    plan: MergePlan, mine: ProjectSnapshot, theirs: ProjectSnapshot, document_id: str
) -> None:
    """Their newer versions of a shared document, after the versions both copies share.

    Where the copies part (both imported a different new text under the same number),
    nothing is dropped and nothing guessed: my versions keep their numbers, and theirs
    from there on follow mine, in their order, so the last one they imported becomes
    the current text here and every claim can be carried to it.
    """
    own = {v.number: v.text_sha256 for v in mine.versions.get(document_id, ())}
    other = theirs.versions.get(document_id, ())
    if not own or not other:
        return
    parted = [v.number for v in other if v.number in own and own[v.number] != v.text_sha256]
    if not parted:
        plan.new_versions.extend(v for v in other if v.number not in own)
        return
    first = min(parted)
    here = {sha: number for number, sha in own.items()}  # merged before: already here
    numbers: dict[int, int] = {}
    following = max(own)
    for item in (v for v in other if v.number >= first):
        if item.text_sha256 in here:
            numbers[item.number] = here[item.text_sha256]
            continue
        following += 1
        numbers[item.number] = following
        plan.new_versions.append(replace(item, number=following))
    plan.renumbered[document_id] = numbers


def their_numbering(plan: MergePlan, claim: Claim) -> Claim:
    """Their claim with its version numbers as they are here (see :func:`plan_versions`)."""
    return renumbered_claim(claim, plan.renumbered.get(claim.document_id, {}))


def renumbered_claim(claim: Claim, numbers: Mapping[int, int]) -> Claim:
    """``claim`` on the same texts under their new ``numbers`` (old number -> new one).

    Also what a sync uses when an offline copy's versions follow the server's.
    """
    if not numbers:
        return claim
    return claim.with_changes(
        version=numbers.get(claim.version, claim.version),
        checked_version=numbers.get(claim.checked_version, claim.checked_version),
    )
