"""The parts of a settled merge beyond rows of claims and evidence, written on the server.

A sync sends document details and attached files as well as claims and evidence: a
changed attachment on existing evidence is named by the plan and its bytes travel in the
:class:`~workbench.core.merge.MergeSource`; here they are stored once by SHA-256 and the
evidence points at them, in the merge's transaction.
"""

from __future__ import annotations

import psycopg

from workbench.core.merge import MergeSource, Resolution
from workbench.store import records
from workbench.store.team.project import store_blob


def write_documents(conn: psycopg.Connection, resolution: Resolution) -> None:
    """Document details (title, author...) the other side changed, field by field."""
    for document_id, values in resolution.document_updates().items():
        assignments = ", ".join(f'"{k}" = %s' for k in values)
        conn.execute(
            f"update documents set {assignments}, row_version = row_version + 1 where id = %s",
            [*map(records.plain, values.values()), document_id],
        )


def write_attachments(
    conn: psycopg.Connection, source: MergeSource, resolution: Resolution
) -> None:
    """Changed attachments, and the files of evidence the merge brought in."""
    for evidence_id, name in resolution.attachment_updates().items():
        data = source.attachments.get(evidence_id)
        digest = store_blob(conn, data) if data is not None else None
        conn.execute(
            "update evidence set attachment_sha256 = %s, attachment_name = %s,"
            " row_version = row_version + 1 where id = %s",
            [digest, name if data is not None else "", evidence_id],
        )
    restored = [e for _, items in resolution.restored_claims() for e in items]
    for item in source.plan.new_evidence + resolution.restored_evidence() + restored:
        data = source.attachments.get(item.id)
        if data is not None:
            conn.execute(
                "update evidence set attachment_sha256 = %s where id = %s",
                [store_blob(conn, data), item.id],
            )
