"""The parts of a settled merge beyond rows of claims and evidence, written on the server.

A sync sends document details and attached files as well as claims and evidence: a
changed attachment on existing evidence is named by the plan and its bytes travel in the
:class:`~workbench.core.merge.MergeSource`; here they are stored once by SHA-256 and the
evidence points at them, in the merge's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import psycopg

from workbench.core.merge import MergeSource, Resolution
from workbench.core.model import Document
from workbench.store.merging import version_key
from workbench.store.team import versions
from workbench.store.team.rows import store_blob, update_row


def write_documents(conn: psycopg.Connection, resolution: Resolution) -> None:
    """Document details (title, author...) the other side changed, field by field."""
    for document_id, values in resolution.document_updates().items():
        update_row(conn, "documents", document_id, values)


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
    for item in resolution.incoming_evidence():
        data = source.attachments.get(item.id)
        if data is not None:
            conn.execute(
                "update evidence set attachment_sha256 = %s where id = %s",
                [store_blob(conn, data), item.id],
            )


def delete_documents(conn: psycopg.Connection, document_ids: Collection[str]) -> None:
    """Documents the other side deleted, with their claims and evidence (editors only)."""
    for document_id in document_ids:
        claims = "select id from claims where document_id = %s"
        conn.execute(f"delete from evidence where claim_id in ({claims})", [document_id])
        conn.execute("delete from claims where document_id = %s", [document_id])
        conn.execute("delete from documents where id = %s", [document_id])


def write_versions(
    conn: psycopg.Connection, source: MergeSource, document: Callable[[str], Document]
) -> None:
    """New documents' older versions, and newer versions of shared documents, in order.

    A newer version becomes the document's current text as an import would make it; the
    claims it moves come with the other side's claim updates, and the import's history
    row with their history.
    """
    plan = source.plan
    for doc in plan.new_documents:
        for item in plan.versions_of_new.get(doc.id, ()):
            data = source.originals.get(version_key(doc.id, item.number))
            if data is not None:
                store_blob(conn, data)
            versions.keep(conn, item)
    for item in plan.new_versions:
        data = source.originals.get(version_key(item.document_id, item.number))
        versions.switch(conn, document(item.document_id), item, data)
