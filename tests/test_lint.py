"""Static checks over the whole tree: pyflakes/pycodestyle/bugbear rules from pyproject.toml."""

import shutil
import subprocess  # nosec B404 (tests are not packaged)
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (make test installs it from requirements-dev.txt)")
    result = subprocess.run([ruff, "check", "--no-cache", "plugin", "tools", "tests", "__init__.py"],  # nosec B603
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
