"""The README's generated parts (--help text, schema) match the code."""

import subprocess
import sys

from .conftest import ROOT


def test_readme_is_up_to_date():
    result = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "README.md"], cwd=ROOT, capture_output=True, text=True
    )
    assert 0 == result.returncode, "README.md is stale: run `make readme`\n" + result.stdout + result.stderr
