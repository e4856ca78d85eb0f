"""The Linux desktop files pass their real validators and agree with the package and each other.

The .desktop file, the AppStream metainfo and the MIME type name the same application id,
MIME type and version; a typo in one would break the file association silently.
"""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.packaging.conftest import (
    DESKTOP_FILE,
    METAINFO_FILE,
    MIME_FILE,
    MIME_TYPE,
    run,
    tool,
)
from workbench import APP_ID, APP_NAME, __version__

MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign] - keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run(tool("desktop-file-validate"), DESKTOP_FILE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_desktop_file_names_the_app_its_icon_and_the_project_type() -> None:
    entry = desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "workbench %f"  # one file per start; the CLI's GUI path opens it
    assert MIME_TYPE in entry["MimeType"].split(";")


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run(tool("appstreamcli"), "validate", "--no-net", METAINFO_FILE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_package_and_the_desktop_file() -> None:
    component = ET.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/mediatype") == MIME_TYPE
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add a <release> for the new version"


def test_mime_xml_compiles_with_update_mime_database(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / f"{APP_ID}.xml").write_bytes(MIME_FILE.read_bytes())
    result = run(tool("update-mime-database"), "-V", tmp_path / "mime")
    assert result.returncode == 0, result.stderr
    problems = [line for line in result.stderr.splitlines() if "warning" in line.lower()]
    assert not problems, problems
    assert MIME_TYPE in (tmp_path / "mime" / "types").read_text(encoding="utf-8").split()


def test_mime_magic_is_the_sqlite_header_and_the_store_application_id() -> None:
    from workbench.store.migrations import APPLICATION_ID

    mime_type = ET.parse(MIME_FILE).getroot().find("m:mime-type", MIME_NS)
    assert mime_type is not None and mime_type.get("type") == MIME_TYPE
    assert mime_type.find("m:glob", MIME_NS).get("pattern") == "*.factcheck"  # type: ignore[union-attr]
    header = mime_type.find("m:magic/m:match", MIME_NS)
    assert header is not None
    assert (header.get("offset"), header.get("value")) == ("0", "SQLite format 3\\000")
    app_id = header.find("m:match", MIME_NS)
    assert app_id is not None
    assert (app_id.get("type"), app_id.get("offset")) == ("big32", "68")
    assert int(app_id.get("value", ""), 16) == APPLICATION_ID
