"""A merge plan in words: what a reviewer reads before (or instead of) merging.

One line per change, marked "+" added, "~" changed, "-" deleted, "=" matched and "!"
conflict, naming items by their quote or title; used by ``workbench merge`` and by the
window's merge dialog.
"""

from __future__ import annotations

from workbench.core.merge import MergePlan, Who


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _by(who: Who) -> str:
    return f"{who.reviewer}, {who.at[:16].replace('T', ' ')}" if who.reviewer else "unknown"


def describe_plan(plan: MergePlan) -> list[str]:
    """The plan as lines a reviewer reads: "+" added, "~" changed, "-" deleted, "!" conflict."""
    lines = [f"+ document '{_short(d.title)}'" for d in plan.new_documents]
    lines += [f"= document matched by its text: {t} -> {m}" for t, m in plan.document_map.items()]
    for v in plan.new_versions:
        lines.append(f"+ version {v.number} of document {v.document_id}")
        if (theirs := plan.their_number(v.document_id, v.number)) != v.number:
            lines[-1] += (
                f" (their version {theirs}: both copies imported a different new text,"
                " so theirs now follows mine)"
            )
    for document_id, fields in plan.document_updates.items():
        name = _short(plan.labels.get(document_id, document_id))
        lines.append(f"~ document '{name}': {', '.join(fields)}")
    lines += [f"+ claim '{_short(c.quote)}' ({c.status.value})" for c in plan.new_claims]
    for claim_id, fields in plan.claim_updates.items():
        changed = ", ".join(
            f"{k} -> {_short(v, 30)!r}"
            for k, v in fields.items()
            if k not in ("updated_by", "updated_at")
        )
        name = _short(plan.labels.get(claim_id, claim_id))
        lines.append(f"~ claim '{name}': {changed} ({fields.get('updated_by', '')})")
    lines += [f"- claim '{_short(plan.labels.get(i, i))}'" for i in plan.deleted_claims]
    lines += [f"+ evidence '{_short(e.display_title)}'" for e in plan.new_evidence]
    for evidence_id, fields in plan.evidence_updates.items():
        changed = ", ".join(k for k in fields if not k.startswith("updated"))
        lines.append(f"~ evidence '{_short(plan.labels.get(evidence_id, evidence_id))}': {changed}")
    lines += [
        f"~ evidence '{_short(plan.labels.get(i, i))}': attached file"
        for i in plan.attachment_updates
    ]
    lines += [f"- evidence '{_short(plan.labels.get(i, i))}'" for i in plan.deleted_evidence]
    lines += [f"+ archived copy '{_short(c.name)}' ({c.short_hash})" for c in plan.new_copies]
    lines += [f"- archived copy '{_short(plan.labels.get(i, i))}'" for i in plan.deleted_copies]
    for c in plan.conflicts:
        lines.append(
            f"! conflict on {c.entity.value} '{_short(c.label)}', {c.field}: "
            f"mine {_short(c.mine, 30)!r} ({_by(c.mine_by)}) vs theirs "
            f"{_short(c.theirs, 30)!r} ({_by(c.theirs_by)})"
        )
    return lines
