"""Source files (``*.txt`` / ``*.md`` with a ``.meta.yaml`` sidecar) -> checked texts and their metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import SOURCES_DIR
from .errors import VnHealthError
from .extract import SourceInfo

SIDECAR_SUFFIX = ".meta.yaml"
REQUIRED_KEYS = ["title", "outlet", "url", "published", "accessed", "licence", "province", "geography", "sha256"]
MAX_SOURCE_BYTES = 5_000_000  # a provincial report is tens of KB; anything this big is not a text we can read


@dataclass
class Source:
    """A source text and its sidecar."""

    path: Path
    text: str
    meta: dict

    @property
    def name(self) -> str:
        return self.path.name

    def info(self) -> SourceInfo:
        published = self.meta.get("published")
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return SourceInfo(self.name, published, self.meta.get("province"), self.meta.get("geography"))


def sidecar_path(path: Path) -> Path:
    """``x/000_abc.txt`` -> ``x/000_abc.meta.yaml``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_text(path: Path) -> str:
    """Read a source text: UTF-8 (BOM allowed), size-limited, with one clear error if unreadable."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise VnHealthError(
            f"{path}: {size:,} bytes is over the {MAX_SOURCE_BYTES:,}-byte limit for a source text",
            "split the report into sections, or raise vnhealth.sources.MAX_SOURCE_BYTES",
        )
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VnHealthError(f"{path}: not UTF-8 text (byte {exc.start})", "re-save the file as UTF-8") from None


def read_sidecar(path: Path, require_checksum: bool = True) -> dict:
    """Load and check the sidecar of a source (keys present, date valid, checksum matching).

    Sources in data/sources/ must carry a checksum; a sidecar for ``vnhealth extract`` may leave it out.
    """
    side = sidecar_path(path)
    if not side.exists():
        raise VnHealthError(
            f"{path}: no sidecar {side.name}",
            f"create it with the keys {', '.join(REQUIRED_KEYS)} (see README, 'Add a source')",
        )
    try:
        meta = yaml.safe_load(side.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        raise VnHealthError(f"{side}: malformed YAML ({exc})".splitlines()[0], "check indentation and quotes") from None
    if not isinstance(meta, dict):
        raise VnHealthError(f"{side}: expected key: value pairs", f"keys: {', '.join(REQUIRED_KEYS)}")
    missing = [k for k in REQUIRED_KEYS if k not in meta and (require_checksum or k != "sha256")]
    if missing:
        raise VnHealthError(f"{side}: missing key(s) {', '.join(missing)}", "write null where a value is unknown")
    published = meta.get("published")
    if published is not None and not isinstance(published, dt.date):
        try:
            meta["published"] = dt.date.fromisoformat(str(published))
        except ValueError:
            raise VnHealthError(f"{side}: published {published!r} is not a date", "write YYYY-MM-DD or null") from None
    if meta.get("geography") not in (None, "2025", "pre2025"):
        raise VnHealthError(f"{side}: geography {meta['geography']!r} is unknown", "use \"2025\", \"pre2025\" or null")
    if (require_checksum or meta.get("sha256")) and meta["sha256"] != sha256(path):
        raise VnHealthError(
            f"{path}: checksum does not match its sidecar ({side.name})",
            "sources are immutable: restore the file, or add the new version as a new source with its own sidecar",
        )
    return meta


def source_files(paths: list[Path] | None = None) -> list[Path]:
    """The source texts under the given files/directories (``*.txt`` and ``*.md``), sorted."""
    found: list[Path] = []
    for p in paths or [SOURCES_DIR]:
        p = Path(p)
        if p.is_dir():
            found += [f for f in p.rglob("*") if f.suffix in (".txt", ".md") and f.is_file() and f.name != "README.md"]
        elif p.exists():
            found.append(p)
        else:
            raise VnHealthError(f"{p}: no such file or directory", "give source files or folders to read")
    return sorted(set(found))


def load_sources(directory: Path = SOURCES_DIR) -> list[Source]:
    """Every source in `directory` with its checked sidecar."""
    return [Source(p, read_text(p), read_sidecar(p)) for p in source_files([directory])]


def load_for_extraction(path: Path) -> Source:
    """A source for ``vnhealth extract``: the sidecar is used when present (checksum checked), else inferred."""
    path = Path(path)
    meta = read_sidecar(path, require_checksum=False) if sidecar_path(path).exists() else {}
    return Source(path, read_text(path), meta)
