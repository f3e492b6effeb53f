"""Screenshot the built book's overview and one unit page into _build/screenshots/ (headless Chromium).

``python tools/screenshots.py`` does what ``make book`` does; ``python tools/screenshots.py PAGE.html OUT.png
[HEIGHT]`` screenshots one page.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "_build" / "html"
OUT = ROOT / "_build" / "screenshots"


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def shoot(page: Path, out: Path, height: int = 2600) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                        f"--user-data-dir={profile}", "--hide-scrollbars", "--virtual-time-budget=3000",
                        f"--window-size=1280,{height}", f"--screenshot={out}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)


def main() -> int:
    if not chromium():
        print("no chromium on PATH: install Debian's chromium to get screenshots", file=sys.stderr)
        return 1
    if len(sys.argv) > 2:
        shoot(Path(sys.argv[1]).resolve(), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 2600)
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    pages = [HTML / "generated" / "overview.html"] + sorted((HTML / "generated" / "units").glob("*.html"))[:1]
    for page in pages:
        out = OUT / f"{page.stem}.png"
        shoot(page, out)
        print(f"screenshot: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
