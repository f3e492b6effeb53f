"""Synthetic Vietnamese health articles -> extraction throughput (documents/s, KB/s) on one core.

Builds N documents of about 5 KB each by recombining the paragraphs of data/sources/*.txt (and
tests/corpus/*.txt when present), with their numbers and province names varied by a seeded random generator,
then times :func:`vnhealth.extract.extract_text` over all of them in one process pinned to one CPU. The province
registry is loaded (and its mention pattern compiled) before the clock starts; that cost is reported
separately. The target is 1,000 documents in 10 seconds.

Run from the repository root::

    PYTHONPATH=src python benchmarks/extract_benchmark.py [--docs N] [--seed S] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))  # run from a checkout without installing

from vnhealth.extract import SourceInfo, extract_text  # noqa: E402
from vnhealth.provinces import load_registry  # noqa: E402
from vnhealth.textnorm import nfc  # noqa: E402

TARGET_DOCS = 1_000
TARGET_SECONDS = 10.0
DOC_BYTES = 5_000  # "about 5 KB" (KB = 1,000 bytes of UTF-8 throughout)
CORPUS_GLOBS = [REPO / "data" / "sources", REPO / "tests" / "corpus"]

# numbers worth varying: not years, not parts of dates ("28/02"), not the "10.000" of "/10.000 dân"
_NUMBER = re.compile(r"(?<![\d/.,])\d+(?:[.,]\d+)*(?![\d/]|[.,]\d)")
_KEEP = re.compile(r"(?:19|20)\d\d|1|10\.000|100\.000|1\.000|10000")


def corpus_paragraphs() -> tuple[list[str], int]:
    """Distinct non-empty lines (paragraphs) of every corpus text, and the number of texts they came from."""
    paragraphs: dict[str, None] = {}
    texts = 0
    for folder in CORPUS_GLOBS:
        for path in sorted(folder.glob("*.txt")):
            texts += 1
            for line in nfc(path.read_text(encoding="utf-8-sig")).splitlines():
                if line.strip():
                    paragraphs.setdefault(line.rstrip(), None)
    if not paragraphs:
        sys.exit("no corpus text found under data/sources/ or tests/corpus/")
    return list(paragraphs), texts


def province_names(registry) -> list[str]:
    """Every province name a source may use (2025 names and short names, pre-2025 names)."""
    names = set(registry.units_2025["name"]) | set(registry.units_2025["short_name"])
    names |= set(registry.provinces_pre2025["name"])
    return sorted({nfc(n) for n in names if isinstance(n, str) and n.strip()}, key=lambda n: (-len(n), n))


def vary_number(m: re.Match, rng: random.Random) -> str:
    """Same shape (digits, separators), different digits; years, dates and denominators are kept."""
    s = m.group(0)
    if _KEEP.fullmatch(s) or len(re.sub(r"\D", "", s)) < 2:
        return s
    out, first = [], True
    for c in s:
        if c.isdigit():
            out.append(str(rng.randint(1, 9) if first else rng.randint(0, 9)))
            first = False
        else:
            out.append(c)
    return "".join(out)


def make_documents(n: int, seed: int, registry) -> tuple[list[str], int, int]:
    """`n` synthetic documents (deterministic for a seed), plus the corpus's paragraph and text counts."""
    rng = random.Random(seed)
    paragraphs, texts = corpus_paragraphs()
    names = province_names(registry)
    name_re = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    docs = []
    for _ in range(n):
        mapping: dict[str, str] = {}

        def province(m: re.Match) -> str:
            return mapping.setdefault(m.group(0), rng.choice(names))

        parts = [f"Y tế {rng.choice(names)}: kết quả năm {rng.randint(2019, 2026)}"]
        if rng.random() < 0.5:
            parts.append(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2026)} "
                         f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}")
        size = sum(len(p.encode()) + 1 for p in parts)
        while size < DOC_BYTES:
            p = rng.choice(paragraphs)
            p = name_re.sub(province, p)
            p = _NUMBER.sub(lambda m: vary_number(m, rng), p)
            parts.append(p)
            size += len(p.encode()) + 1
        docs.append("\n".join(parts) + "\n")
    return docs, len(paragraphs), texts


def pin_to_one_core() -> str:
    """Restrict this process to one CPU (Linux); returns a description."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this OS); single-threaded"


def run(docs: list[str], registry) -> tuple[int, int]:
    """Extract every document; (figures kept, figures kept apart as district/facility)."""
    kept = apart = 0
    for i, text in enumerate(docs):
        for f in extract_text(text, SourceInfo(f"synthetic_{i:05d}.txt"), registry):
            if f.scope in ("district", "facility"):
                apart += 1
            else:
                kept += 1
    return kept, apart


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=TARGET_DOCS, help="number of documents (default 1,000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the corpus (default 0)")
    parser.add_argument("--profile", action="store_true",
                        help="after the timed run, profile a second run (cProfile, top 15 by cumulative time)")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")

    pinned = pin_to_one_core()
    t0 = time.perf_counter()
    registry = load_registry()
    registry.find_mentions("", "")  # compiles the province mention pattern
    registry_seconds = time.perf_counter() - t0

    docs, n_paragraphs, n_texts = make_documents(args.docs, args.seed, registry)
    total_bytes = sum(len(d.encode()) for d in docs)

    wall0, cpu0 = time.perf_counter(), time.process_time()
    kept, apart = run(docs, registry)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0

    n = len(docs)
    per_1000 = wall * TARGET_DOCS / n
    ratio = per_1000 / TARGET_SECONDS
    verdict = "within target" if ratio <= 1 else f"over target by {100 * (ratio - 1):.0f}%"
    print("vnhealth extraction benchmark")
    print(f"  corpus           {n:,} synthetic documents from {n_paragraphs} paragraphs of {n_texts} texts, seed {args.seed}")
    print(f"  size             {total_bytes / 1000:,.0f} KB total, {total_bytes / 1000 / n:.2f} KB/document mean")
    print(f"  process          one process, {pinned}")
    print(f"  registry load    {registry_seconds:.3f} s (once, before timing; not included below)")
    print(f"  figures          {kept:,} extracted ({kept / n:.1f}/document), {apart:,} district/facility kept apart")
    print(f"  total time       {wall:.2f} s wall, {cpu:.2f} s CPU for {n:,} documents")
    print(f"  documents/s      {n / wall:,.1f}")
    print(f"  KB/s             {total_bytes / 1000 / wall:,.1f}")
    print(f"  target           {TARGET_DOCS:,} documents in {TARGET_SECONDS:.0f} s; measured {per_1000:.2f} s per "
          f"{TARGET_DOCS:,} -> ratio {ratio:.2f} ({verdict})")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run(docs, registry)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats("cumulative").print_stats(15)
        print("\nprofile of a second run (cProfile adds overhead; compare shares, not totals)")
        print(out.getvalue().rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
