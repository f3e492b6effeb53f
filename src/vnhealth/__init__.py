"""vnhealth: Vietnamese source documents -> health indicator figures -> province analyses -> a Jupyter Book."""

import os
from pathlib import Path

__version__ = "0.1.0"

#: The project folder: data/, notebooks/, the book's _config.yml and _build/ live here. By default the checkout
#: this package was installed from (src layout); ``VNHEALTH_ROOT`` points it at a copy (tests, forks).
REPO_ROOT = Path(os.environ.get("VNHEALTH_ROOT") or Path(__file__).resolve().parents[2]).resolve()
DATA_DIR = REPO_ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
SOURCES_DIR = DATA_DIR / "sources"
