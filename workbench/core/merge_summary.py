"""A merge plan in words: what a reviewer reads before (or instead of) merging.

One line per change, marked "+" added, "~" changed, "-" deleted, "=" matched and "!"
conflict, naming items by their quote or title. Each line is a
:class:`~workbench.core.translatable.Message`: ``workbench merge`` and ``team sync`` print
it in English (:func:`describe_plan`, parsed by scripts), the window's merge dialog
translates its template (:func:`plan_messages`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workbench.core.merge import MergePlan, Who
from workbench.core.translatable import MERGE, QT_TRANSLATE_NOOP, Message


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line(template: str, **values: str | Message) -> Message:
    return Message(MERGE, template, values)


def _by(who: Who) -> str | Message:
    if who.reviewer:
        return f"{who.reviewer}, {who.at[:16].replace('T', ' ')}"
    return _line(QT_TRANSLATE_NOOP("MergeSummary", "unknown"))


def _version_lines(plan: MergePlan) -> list[Message]:
    lines = []
    for v in plan.new_versions:
        number, document = str(v.number), v.document_id
        if (theirs := plan.their_number(v.document_id, v.number)) != v.number:
            template = QT_TRANSLATE_NOOP(
                "MergeSummary",
                "+ version {number} of document {document} (their version {theirs}: both copies"
                " imported a different new text, so theirs now follows mine)",
            )
            lines.append(_line(template, number=number, document=document, theirs=str(theirs)))
        else:
            template = QT_TRANSLATE_NOOP(
                "MergeSummary", "+ version {number} of document {document}"
            )
            lines.append(_line(template, number=number, document=document))
    return lines


def _named(plan: MergePlan, template: str, ids: Iterable[str]) -> list[Message]:
    """One line per item, named as the user recognises it (by its id when unlabelled)."""
    return [_line(template, name=_short(plan.labels.get(i, i))) for i in ids]


def _changed(plan: MergePlan, template: str, updates: dict[str, dict[str, Any]]) -> list[Message]:
    """One line per changed item, with the fields they changed (not the bookkeeping)."""
    return [
        _line(
            template,
            name=_short(plan.labels.get(item_id, item_id)),
            fields=", ".join(k for k in fields if not k.startswith("updated")),
        )
        for item_id, fields in updates.items()
    ]


def _update_lines(plan: MergePlan) -> list[Message]:
    """The "~" lines of documents, claims and evidence, then the deleted claims."""
    lines = _changed(
        plan,
        QT_TRANSLATE_NOOP("MergeSummary", "~ document '{name}': {fields}"),
        plan.document_updates,
    )
    lines += [
        _line(
            QT_TRANSLATE_NOOP("MergeSummary", "+ claim '{quote}' ({status})"),
            quote=_short(c.quote),
            status=c.status.value,
        )
        for c in plan.new_claims
    ]
    for claim_id, fields in plan.claim_updates.items():
        changed = ", ".join(
            f"{k} -> {_short(v, 30)!r}"
            for k, v in fields.items()
            if k not in ("updated_by", "updated_at")
        )
        lines.append(
            _line(
                QT_TRANSLATE_NOOP("MergeSummary", "~ claim '{name}': {changes} ({by})"),
                name=_short(plan.labels.get(claim_id, claim_id)),
                changes=changed,
                by=str(fields.get("updated_by", "")),
            )
        )
    return lines + _named(
        plan, QT_TRANSLATE_NOOP("MergeSummary", "- claim '{name}'"), plan.deleted_claims
    )


def _evidence_lines(plan: MergePlan) -> list[Message]:
    lines = [
        _line(
            QT_TRANSLATE_NOOP("MergeSummary", "+ evidence '{title}'"),
            title=_short(e.display_title),
        )
        for e in plan.new_evidence
    ]
    lines += _changed(
        plan,
        QT_TRANSLATE_NOOP("MergeSummary", "~ evidence '{name}': {fields}"),
        plan.evidence_updates,
    )
    lines += _named(
        plan,
        QT_TRANSLATE_NOOP("MergeSummary", "~ evidence '{name}': attached file"),
        plan.attachment_updates,
    )
    lines += _named(
        plan, QT_TRANSLATE_NOOP("MergeSummary", "- evidence '{name}'"), plan.deleted_evidence
    )
    lines += [
        _line(
            QT_TRANSLATE_NOOP("MergeSummary", "+ archived copy '{name}' ({hash})"),
            name=_short(c.name),
            hash=c.short_hash,
        )
        for c in plan.new_copies
    ]
    return lines + _named(
        plan, QT_TRANSLATE_NOOP("MergeSummary", "- archived copy '{name}'"), plan.deleted_copies
    )


def plan_messages(plan: MergePlan) -> list[Message]:
    """The plan as lines a reviewer reads: "+" added, "~" changed, "-" deleted, "!" conflict."""
    lines = [
        _line(QT_TRANSLATE_NOOP("MergeSummary", "+ document '{title}'"), title=_short(d.title))
        for d in plan.new_documents
    ]
    lines += [
        _line(
            QT_TRANSLATE_NOOP("MergeSummary", "= document matched by its text: {theirs} -> {mine}"),
            theirs=t,
            mine=m,
        )
        for t, m in plan.document_map.items()
    ]
    lines += _version_lines(plan) + _update_lines(plan) + _evidence_lines(plan)
    lines += [
        _line(
            QT_TRANSLATE_NOOP(
                "MergeSummary",
                "! conflict on {entity} '{label}', {field}: mine {mine} ({mine_by}) vs theirs"
                " {theirs} ({theirs_by})",
            ),
            entity=c.entity.value,
            label=_short(c.label),
            field=c.field,
            mine=repr(_short(c.mine, 30)),
            mine_by=_by(c.mine_by),
            theirs=repr(_short(c.theirs, 30)),
            theirs_by=_by(c.theirs_by),
        )
        for c in plan.conflicts
    ]
    return lines


def describe_plan(plan: MergePlan) -> list[str]:
    """The plan's lines in English, as the command line prints them."""
    return [line.english() for line in plan_messages(plan)]
