"""The freedesktop menu entry and AppStream metainfo: valid, and agreeing with the package."""

import configparser
import subprocess
import xml.etree.ElementTree as ET

import loyaltydesk
from loyaltydesk import APP_ID, APP_NAME
from tests.packaging.conftest import PACKAGING, pyproject, require_tool

DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_desktop_file_passes_desktop_file_validate():
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_the_metainfo_passes_appstreamcli_validate():
    tool = require_tool("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_the_menu_entry_starts_the_installed_command_with_the_app_icon():
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] in pyproject()["project"]["scripts"]
    assert entry["StartupWMClass"] == APP_NAME  # the window class Qt gives our windows


def test_the_metainfo_names_the_same_application_and_licence():
    component = ET.parse(METAINFO).getroot()
    project = pyproject()["project"]
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("provides/binary") in project["scripts"]
    assert component.findtext("project_license") == project["license"]


def test_the_newest_release_in_the_metainfo_is_this_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == loyaltydesk.__version__
    dates = [release.get("date") for release in releases]
    assert dates == sorted(dates, reverse=True)  # newest first, as AppStream expects
