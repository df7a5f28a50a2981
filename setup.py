"""The build compiles the Qt Linguist catalogues (.ts) into the .qm files the wheel carries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _lrelease() -> str:
    import PySide6

    return str(next(p for p in (Path(PySide6.__file__).parent / name
                                for name in ("lrelease", "lrelease.exe")) if p.is_file()))


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "loyaltydesk" / "resources" / "translations"
        sources = sorted((HERE / "resources" / "translations").glob("*.ts"))
        if not sources:
            return
        target.mkdir(parents=True, exist_ok=True)
        for source in sources:
            qm = target / (source.stem + ".qm")
            subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(qm)], check=True)
            print(f"compiled {source.name} -> {qm}", file=sys.stderr)


setup(cmdclass={"build_py": BuildWithCatalogues})
