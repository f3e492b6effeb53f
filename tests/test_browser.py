"""Headless-browser tests of the built book: pages load, images render, no console errors, links resolve,
nothing is fetched from the network, and screenshots are taken.

Chromium is Debian's (tools/ensure_chromium.sh installs it on a fresh root machine); playwright only drives
it, its own browser download is not used. Pages are opened as file:// URLs: nothing is served. If Chromium
cannot be had, every test here fails (never skips), so a green run proves the browser tests ran.
"""

import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
OVERVIEW = "generated/overview.html"
UNIT = "generated/units/vinh-long.html"
METHODS = "generated/methods.html"
LOCAL_SCHEMES = {"file", "data", "blob"}  # blob: URLs are made by the page itself, in memory


# --- fixtures ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of Debian's chromium, installed first by tools/ensure_chromium.sh if missing. Fails, never skips."""
    result = subprocess.run(["bash", str(ROOT / "tools" / "ensure_chromium.sh")], capture_output=True, text=True,
                            timeout=900)
    print(result.stdout.strip())
    path = shutil.which("chromium")
    if result.returncode != 0 or path is None:
        pytest.fail("headless Chromium is not available, so the browser tests cannot run: "
                    f"tools/ensure_chromium.sh exited {result.returncode}: {(result.stdout + result.stderr).strip()}")
    return path


@pytest.fixture(scope="session")
def browser(chromium) -> Iterator[Browser]:
    """One headless Chromium for the whole session, driven by playwright."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def html(built_book) -> Path:
    """The built book's HTML root."""
    return built_book / "_build" / "html"


# --- helpers ----------------------------------------------------------------------------------------------

@dataclass
class Visit:
    """A page loaded in the browser, with what it reported while loading."""
    page: Page
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def errors(self) -> list[str]:
        return [f"console: {m}" for m in self.console_errors] + [f"uncaught: {m}" for m in self.page_errors]


@contextmanager
def visit(browser: Browser, path: Path) -> Iterator[Visit]:
    """Open `path` as a file:// URL in a fresh context (empty storage, as a first-time reader) and let it settle.

    Requests to http(s) are recorded, then aborted, so the test never reaches the network.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(re.compile(r"^https?://"), lambda route: route.abort())
    page = context.new_page()
    result = Visit(page)

    def on_console(message):
        if message.type == "error":
            where = message.location
            result.console_errors.append(f"{message.text} (at {where['url']}:{where['lineNumber']})")

    page.on("console", on_console)
    page.on("pageerror", lambda e: result.page_errors.append(str(e)))
    page.on("request", lambda r: result.requests.append(r.url))
    try:
        response = page.goto(path.as_uri(), wait_until="load")
        assert response is None or response.ok, f"{path} did not load: {response and response.status}"
        page.wait_for_load_state("networkidle")
        yield result
    finally:
        context.close()


def first_h1(page: Page) -> str:
    """The visible text of the first <h1>, without Sphinx's '#' permalink."""
    return page.locator("h1").first.inner_text().strip().rstrip("#¶").strip()


def html_pages(html: Path) -> list[Path]:
    """Every page of the book (theme templates under _static and hidden dirs are not pages)."""
    return sorted(p for p in html.rglob("*.html")
                  if not any(part.startswith((".", "_static")) for part in p.relative_to(html).parts))


class _LinksAndIds(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href") is not None:
            self.hrefs.append(attrs["href"])


@lru_cache(maxsize=None)
def parse(path: Path) -> _LinksAndIds:
    """Links (a[href]) and anchor ids of an HTML file, parsed once."""
    parser = _LinksAndIds()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_link(page: Path, href: str) -> str | None:
    """Why an internal link from `page` does not resolve (missing file or missing #id), or None if it does."""
    target = urlsplit(urljoin(page.as_uri(), href))
    if target.scheme != "file":
        return None  # external (http, mailto, ...): not checked here
    path = Path(unquote(target.path))
    if path.is_dir():
        path = path / "index.html"
    if not path.is_file():
        return f"no file {path}"
    fragment = unquote(target.fragment)
    if fragment and path.suffix == ".html" and fragment not in parse(path).ids:
        return f"no id '{fragment}' in {path.name}"
    return None


def shoot(browser: Browser, page_path: Path, out: Path) -> Path:
    """Full-page screenshot of a built page."""
    with visit(browser, page_path) as v:
        out.parent.mkdir(parents=True, exist_ok=True)
        v.page.screenshot(path=str(out), full_page=True)
    return out


# --- tests ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page_name, heading", [(OVERVIEW, "provincial health"), (UNIT, "Vĩnh Long")])
def test_page_loads_with_its_heading(browser, html, page_name, heading):
    """The overview and a unit page open from disk, and show the right first heading and title."""
    with visit(browser, html / page_name) as v:
        h1 = first_h1(v.page)
        if page_name == UNIT:
            assert h1 == heading
        else:
            assert heading in h1, h1
        assert v.page.title().startswith(h1), (v.page.title(), h1)


@pytest.mark.parametrize("page_name", [OVERVIEW, UNIT])
def test_every_image_renders(browser, html, page_name):
    """Every <img> of the page has decoded (naturalWidth > 0), and the page has at least one (the charts)."""
    with visit(browser, html / page_name) as v:
        v.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # in case an image loads lazily
        v.page.wait_for_function("Array.from(document.images).every(i => i.complete)", timeout=10_000)
        images = v.page.evaluate("Array.from(document.images).map(i => [i.getAttribute('src').slice(0, 80), "
                                 "i.naturalWidth, i.alt])")
    assert images, f"no <img> on {page_name}"
    broken = [img for img in images if img[1] <= 0]
    assert not broken, f"{len(broken)} of {len(images)} images on {page_name} did not load: {broken}"


@pytest.mark.parametrize("page_name", [OVERVIEW, UNIT, METHODS])
def test_no_console_errors(browser, html, page_name):
    """Loading the page, as a first-time reader, logs no console error and throws no uncaught exception."""
    with visit(browser, html / page_name) as v:
        errors = v.errors()
    assert not errors, f"{page_name}:\n" + "\n".join(errors)


def test_every_internal_link_resolves(html):
    """Every relative or file:// a[href] of every page points to an existing file, and to an existing id
    when it has a #fragment (a fragment-only link must name an id of its own page)."""
    pages = html_pages(html)
    assert len(pages) >= 10, pages
    broken, checked = [], 0
    for page in pages:
        for href in parse(page).hrefs:
            if href in ("", "#"):
                continue  # "#" is a theme's JS-only toggle, not a link to a target
            checked += 1
            if problem := broken_link(page, href):
                broken.append(f"{page.relative_to(html)}: href={href!r}: {problem}")
    assert checked > 100, checked
    assert not broken, f"{len(broken)} broken internal links out of {checked}:\n" + "\n".join(broken)


def test_pages_make_no_network_request(browser, html):
    """Every page works offline: all it requests (scripts, styles, fonts, images) is file:// or data:."""
    remote = []
    for page in html_pages(html):
        with visit(browser, page) as v:
            remote += [f"{page.relative_to(html)}: {url}" for url in v.requests
                       if urlsplit(url).scheme not in LOCAL_SCHEMES]
    assert not remote, "pages request non-local resources:\n" + "\n".join(remote)


def test_built_files_reference_no_remote_resource(html):
    """No built HTML loads a remote script or stylesheet/link, and no CSS under _static pulls a remote url()."""
    html_patterns = [re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//", re.I),
                     re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//", re.I)]
    css_patterns = [re.compile(r"url\(\s*[\"']?(?:https?:)?//", re.I), re.compile(r"@import\s+[\"']?(?:https?:)?//", re.I)]
    offenders = []
    for path, patterns in ([(p, html_patterns) for p in html.rglob("*.html")]
                           + [(p, css_patterns) for p in (html / "_static").rglob("*.css")]):
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            for pattern in patterns:
                for match in pattern.finditer(line):
                    snippet = line[match.start():match.end() + 80]
                    offenders.append(f"{path.relative_to(html)}:{number}: {snippet}")
    assert not offenders, "remote resources referenced:\n" + "\n".join(offenders)


def test_screenshots_of_overview_and_a_unit(browser, built_book, html):
    """Full-page screenshots of the overview and a unit page land in _build/screenshots/ and are not blank."""
    out = built_book / "_build" / "screenshots"
    shots = [shoot(browser, html / OVERVIEW, out / "overview.png"), shoot(browser, html / UNIT, out / "vinh-long.png")]
    for shot in shots:
        assert shot.is_file(), shot
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", shot
        assert shot.stat().st_size > 10_000, (shot, shot.stat().st_size)
