"""vnhealth: Vietnamese source documents -> health indicator figures -> province analyses -> a Jupyter Book."""

from pathlib import Path

__version__ = "0.1.0"

#: Repository root when running from a checkout (src layout): data/, notebooks/ and the book live here.
REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
SOURCES_DIR = DATA_DIR / "sources"
