"""The command line contract of DESIGN.md section 6, run as the installed command."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.command import Run, one_line_error
from workbench import __version__

PESKOV = "You cannot postpone what has not been scheduled"


@pytest.fixture
def sample_project(run: Run, tmp_path: Path, sample_article: Path) -> tuple[Path, str]:
    """A project with the sample article imported; returns its path and the document id."""
    project = tmp_path / "p.factcheck"
    run("new", project)
    document_id = run("import", project, sample_article).stdout.strip()
    return project, document_id


def test_version(run: Run) -> None:
    assert run("--version").stdout.strip() == f"workbench {__version__}"


def test_the_done_when_walkthrough(run: Run, sample_project: tuple[Path, str]) -> None:
    project, document_id = sample_project
    assert len(document_id) == 36
    claim_id = run(
        "claim",
        "add",
        project,
        "--document",
        document_id,
        "--quote",
        PESKOV,
        "--claimant",
        "Dmitry Peskov",
    ).stdout.strip()
    data = json.loads(run("claims", project, "--json").stdout)
    assert data["version"] == 1
    (claim,) = data["claims"]
    text = run_sqlite(project, "select text from documents")
    assert claim["id"] == claim_id
    assert text[claim["start"] : claim["end"]] == claim["quote"] == PESKOV
    assert claim["claimant"] == "Dmitry Peskov"
    assert claim["status"] == "unreviewed"
    assert run_sqlite(project, "pragma application_id") != 0


def run_sqlite(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_claim_set_evidence_add_and_reviewer(run: Run, sample_project: tuple[Path, str]) -> None:
    project, document_id = sample_project
    claim_id = run(
        "claim",
        "add",
        project,
        "--document",
        document_id,
        "--quote",
        "no plans",
        "--occurrence",
        "2",
        "--status",
        "verified",
        "--reviewer",
        "Ada",
    ).stdout.strip()
    run(
        "claim",
        "set",
        project,
        claim_id,
        "--status",
        "disputed",
        "--rating",
        "mostly false",
        "--note",
        "Officials said so twice.",
        "--claimant",
        "Administration official",
        "--reviewer",
        "Grace",
    )
    evidence_id = run(
        "evidence",
        "add",
        project,
        claim_id,
        "--url",
        "https://www.cnn.com/",
        "--title",
        "CNN",
        "--stance",
        "refutes",
        "--excerpt",
        "no plans",
        "--reviewer",
        "Grace",
    ).stdout.strip()
    assert len(evidence_id) == 36
    (claim,) = json.loads(run("claims", project, "--json", "--document", document_id).stdout)[
        "claims"
    ]
    assert claim["quote"] == "no plans"
    assert (claim["status"], claim["rating"], claim["evidence_count"]) == (
        "disputed",
        "Mostly false",
        1,
    )
    assert (claim["created_by"], claim["updated_by"]) == ("Ada", "Grace")
    assert claim["claimant"] == "Administration official"
    listing = run("claims", project).stdout
    assert claim_id in listing and "disputed" in listing


def test_reviewer_defaults_to_the_saved_name(
    run: Run, sample_project: tuple[Path, str], tmp_path: Path
) -> None:
    project, document_id = sample_project
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "settings.json").write_text(
        json.dumps({"reviewer_name": "Saved Name"}), encoding="utf-8"
    )
    run("claim", "add", project, "--document", document_id, "--quote", PESKOV)
    (claim,) = json.loads(run("claims", project, "--json").stdout)["claims"]
    assert claim["created_by"] == "Saved Name"


def test_check_accepts_a_healthy_project(run: Run, sample_project: tuple[Path, str]) -> None:
    project, _ = sample_project
    assert run("check", project).stdout.strip() == "p.factcheck: OK, 1 document(s), 0 claim(s)."


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "is empty"),
        (b"hello, this is text\n" * 10, "not a Fact-check Workbench project file"),
    ],
)
def test_check_refuses_what_is_not_a_project(
    run: Run, tmp_path: Path, content: bytes, fragment: str
) -> None:
    bad = tmp_path / "bad.factcheck"
    bad.write_bytes(content)
    one_line_error(run("check", bad, check_rc=None), fragment)


def test_check_refuses_a_foreign_database_and_a_missing_file(run: Run, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.factcheck"
    conn = sqlite3.connect(foreign)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    one_line_error(run("check", foreign, check_rc=None), "another program")
    one_line_error(run("check", tmp_path / "nope.factcheck", check_rc=None), "does not exist")


def test_user_errors_are_one_line_and_exit_1(
    run: Run, sample_project: tuple[Path, str], tmp_path: Path
) -> None:
    project, document_id = sample_project
    one_line_error(run("new", project, check_rc=None), "already exists")
    one_line_error(
        run("import", project, tmp_path / "missing.txt", check_rc=None), "does not exist"
    )
    one_line_error(
        run("claim", "add", project, "--document", "nope", "--quote", "x", check_rc=None),
        "No document with id 'nope'",
    )
    one_line_error(
        run(
            "claim", "add", project, "--document", document_id, "--quote", "no plans", check_rc=None
        ),
        "--occurrence",
    )
    one_line_error(
        run(
            "claim",
            "add",
            project,
            "--document",
            document_id,
            "--quote",
            "Not in the text",
            check_rc=None,
        ),
        "does not occur",
    )
    one_line_error(
        run("claim", "set", project, "nope", "--status", "verified", check_rc=None), "No claim"
    )
    one_line_error(run("claim", "set", project, "nope", check_rc=None), "Nothing to change")
    claim_id = run(
        "claim", "add", project, "--document", document_id, "--quote", PESKOV
    ).stdout.strip()
    one_line_error(
        run("claim", "set", project, claim_id, "--status", "maybe", check_rc=None), "Unknown status"
    )
    one_line_error(
        run("claim", "set", project, claim_id, "--rating", "Pants on fire", check_rc=None),
        "Unknown rating",
    )
    one_line_error(
        run("evidence", "add", project, claim_id, "--url", "u", "--stance", "maybe", check_rc=None),
        "Unknown stance",
    )
    one_line_error(run("evidence", "add", project, "nope", "--url", "u", check_rc=None), "No claim")
    one_line_error(run("claims", project, "--document", "nope", check_rc=None), "No document")
    one_line_error(
        run("export", project, "--format", "xls", "-o", "out.xls", check_rc=None), "Unknown format"
    )


def test_usage_errors_exit_2(run: Run) -> None:
    assert run("claims", check_rc=2).returncode == 2
    assert run("frobnicate", check_rc=2).returncode == 2
    assert run("claim", "add", "p.factcheck", check_rc=2).stderr.startswith("usage:")


def test_writing_to_a_newer_project_is_refused(run: Run, sample_project: tuple[Path, str]) -> None:
    project, document_id = sample_project
    conn = sqlite3.connect(project)
    conn.execute("pragma user_version = 99")
    conn.commit()
    conn.close()
    one_line_error(
        run("claim", "add", project, "--document", document_id, "--quote", PESKOV, check_rc=None),
        "newer version",
    )
    result = run("check", project)
    assert "newer version" in result.stderr


def test_import_reads_utf16_and_windows_1252(run: Run, tmp_path: Path) -> None:
    project = tmp_path / "enc.factcheck"
    run("new", project)
    (tmp_path / "u16.txt").write_bytes("Zoë’s “claim”\r\nsecond line".encode("utf-16"))
    (tmp_path / "cp.txt").write_bytes("Caf\xe9 \x93quoted\x94\r\n".encode("latin-1"))
    first = run("import", project, tmp_path / "u16.txt").stdout.strip()
    second = run("import", project, tmp_path / "cp.txt").stdout.strip()
    conn = sqlite3.connect(project)
    texts = dict(conn.execute("select id, text from documents"))
    conn.close()
    assert texts[first] == "Zoë’s “claim”\n\nsecond line"  # one paragraph a line: spaced
    assert texts[second] == "Café “quoted”\n"


def test_data_commands_never_import_qt(tmp_path: Path, sample_article: Path) -> None:
    probe = (
        "import sys\n"
        "from workbench.cli import main\n"
        f"project = {str(tmp_path / 'q.factcheck')!r}\n"
        "assert main(['new', project]) == 0\n"
        f"assert main(['import', project, {str(sample_article)!r}]) == 0\n"
        "assert main(['claims', project]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_settings_show_and_change_the_organisation(
    run: Run, sample_project: tuple[Path, str]
) -> None:
    project, _ = sample_project
    shown = json.loads(run("settings", project).stdout)
    assert shown["title"] == "p" and shown["organisation"] == ""
    assert [r["label"] for r in shown["rating_scale"]["ratings"]][:2] == ["True", "Mostly true"]
    changed = run(
        "settings",
        project,
        "--organisation",
        "Example Desk",
        "--organisation-url",
        "https://factcheck.example.org/",
        "--reviewer",
        "Ada",
    )
    data = json.loads(changed.stdout)
    assert (data["organisation"], data["organisation_url"]) == (
        "Example Desk",
        "https://factcheck.example.org/",
    )
    assert json.loads(run("settings", project).stdout)["organisation"] == "Example Desk"
