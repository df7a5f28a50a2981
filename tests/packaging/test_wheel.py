"""`python -m build` gives a wheel and an sdist that carry the resources, and the wheel runs."""

import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

import loyaltydesk
from tests.packaging.conftest import ROOT, require_module

pytestmark = pytest.mark.slow
VERSION = loyaltydesk.__version__


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    require_module("build")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return {"wheel": out / f"loyaltydesk-{VERSION}-py3-none-any.whl",
            "sdist": out / f"loyaltydesk-{VERSION}.tar.gz"}


def _source_files(folder: str) -> list[str]:
    base = ROOT / folder
    return sorted(p.relative_to(base).as_posix() for p in base.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


def test_the_wheel_carries_every_resource_and_schema_script(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    resources = _source_files("resources")
    assert any(name.endswith(".svg") for name in resources)
    assert {f"loyaltydesk/resources/{name}" for name in resources} <= names
    schema = _source_files("loyaltydesk/store/schema")
    assert schema and {f"loyaltydesk/store/schema/{name}" for name in schema} <= names
    assert f"loyaltydesk-{VERSION}.dist-info/licenses/LICENSE" in names
    entry_points = zipfile.ZipFile(built["wheel"]).read(
        f"loyaltydesk-{VERSION}.dist-info/entry_points.txt").decode()
    assert "loyaltydesk = loyaltydesk.cli:main" in entry_points


def test_the_sdist_carries_resources_and_the_packaging_recipes(built):
    with tarfile.open(built["sdist"]) as archive:
        names = {name.partition("/")[2] for name in archive.getnames()}
    assert {f"resources/{name}" for name in _source_files("resources")} <= names
    assert {"LICENSE", "packaging/loyaltydesk.spec", "packaging/build-linux.sh",
            "packaging/linux/app.loyaltydesk.LoyaltyDesk.desktop",
            "packaging/linux/app.loyaltydesk.LoyaltyDesk.metainfo.xml"} <= names
    assert not any(name.startswith(("packaging/build/", "packaging/dist/")) for name in names)


def test_the_wheel_installs_and_runs_in_a_fresh_virtual_environment(built, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL"))}
    install = subprocess.run([bin_dir / "python", "-m", "pip", "install", "--quiet",
                              built["wheel"]], capture_output=True, text=True, timeout=600,
                             env=clean_env)
    assert install.returncode == 0, install.stderr[-3000:]

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([bin_dir / "loyaltydesk", *args], capture_output=True, text=True,
                              timeout=120, cwd=tmp_path, env=clean_env)

    version = run("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"LoyaltyDesk {VERSION}")
    where = subprocess.run([bin_dir / "python", "-c", "import loyaltydesk; "
                            "print(loyaltydesk.__file__)"], capture_output=True, text=True,
                           cwd=tmp_path, env=clean_env)
    assert Path(where.stdout.strip()).is_relative_to(env_dir)  # not the source tree
    data = tmp_path / "data"
    smoke = run("--data-dir", str(data), "--smoke-test")  # icons and schema come from the wheel
    assert smoke.returncode == 0, smoke.stderr
    assert (data / "loyaltydesk.sqlite3").is_file()
    assert run("--data-dir", str(data), "check").returncode == 0
