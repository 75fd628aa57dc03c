from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# shared/ sits beside the checkout (in CI and on developers' machines); tests that compare
# against it skip when it is absent.

sys.path.insert(0, str(ROOT / "scripts"))
