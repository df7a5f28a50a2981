"""Run the benchmark suite: `python -m tests.benchmarks [pytest options]`."""

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(pytest.main([str(HERE), "-o", "addopts=", "-o", "python_files=bench_*.py",
                          "-p", "no:cacheprovider", "--benchmark-disable-gc",
                          "--benchmark-columns=min,median,max,rounds", "-q", *sys.argv[1:]]))
