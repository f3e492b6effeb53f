"""Reference data -> the book's generated Markdown pages: Norms, Sources, Glossary (all text escaped)."""

from __future__ import annotations

import pandas as pd

from .dataset import load_figures
from .norms import load_reference
from .report import escape_markdown as esc
from .sources import load_sources

_CMP = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def methods_page(lang: str = "en") -> str:
    """The hand-written Methods page (book/methods.md, or book/methods.vi.md for the Vietnamese edition)."""
    from . import REPO_ROOT

    name = "methods.vi.md" if lang == "vi" else "methods.md"
    return (REPO_ROOT / "book" / name).read_text(encoding="utf-8")


def data_quality_page(lang: str = "en") -> str:
    """Every figure flagged as implausible or low-confidence: shown with why, never dropped or fixed."""
    from .report import indicator_name

    figures = load_figures()
    flagged = figures[figures.plausibility != ""]
    vi = lang == "vi"
    rows = [[esc(r.unit_name), esc(r.province), esc(indicator_name(r.indicator, lang)), esc(f"{r.value:g}"),
             esc("—" if pd.isna(r.year) else str(r.year)), esc(r.source), f"`{r.figure_id}`", esc(r.plausibility_vi if vi else r.plausibility)]
            for r in flagged.itertuples()]
    head = (["Đơn vị (2025)", "Theo báo cáo của", "Chỉ tiêu", "Giá trị", "Năm", "Nguồn", "Mã", "Lý do"] if vi else
            ["Unit (2025)", "Reported as", "Indicator", "Value", "Year", "Source", "Figure id", "Why it is flagged"])
    intro = ("Các số liệu dưới đây nằm ngoài khoảng hợp lý, lệch xa giá trị cả nước cùng năm, hoặc mâu thuẫn với "
             "số liệu khác của cùng nguồn. Chúng vẫn được trình bày nguyên văn ở trang của từng đơn vị, kèm cảnh báo; "
             "không số liệu nào bị bỏ đi hay sửa lại." if vi else
             "The figures below fall outside the plausible range of their indicator, lie far from the national value "
             "of the same year, or contradict another figure of the same source. They are shown as reported on their "
             "unit pages, with a warning; none is dropped or changed. A reviewer can correct or reject a figure in "
             "`data/reviews.csv`.")
    low = figures[figures.citation.str.contains("low confidence", case=False) | figures.note.str.contains("uncertain|LOW CONFIDENCE", case=False)]
    parts = ["# " + ("Chất lượng dữ liệu" if vi else "Data quality") + "\n", intro + "\n",
             _md_table(head, rows) if rows else ("Không có số liệu nào bị gắn cờ." if vi else "No figure is flagged.")]
    if len(low):
        parts.append("\n## " + ("Nguồn có độ tin cậy thấp" if vi else "Low-confidence sources") + "\n")
        parts.append(_md_table(head[:6] + (["Ghi chú"] if vi else ["Note"]),
                               [[esc(r.unit_name), esc(r.province), esc(indicator_name(r.indicator, lang)),
                                 esc(f"{r.value:g}"), esc("—" if pd.isna(r.year) else str(r.year)), esc(r.source),
                                 esc(r.note or r.citation)] for r in low.itertuples()]))
    return "\n".join(parts)


def norms_page(lang: str = "en") -> str:
    """Every norm with its instrument and citation."""
    ref = load_reference()
    vi = lang == "vi"
    names = dict(zip(ref.indicators.id, ref.indicators.name_vi if vi else ref.indicators.name_en))
    parts = ["# " + ("Chuẩn quốc gia" if vi else "Norms") + "\n",
             ("Các mục tiêu quốc gia dùng để đối chiếu, lưu dưới dạng dữ liệu (`data/reference/norms.csv`). Mỗi số "
              "liệu được so với năm mục tiêu đầu tiên bằng hoặc sau năm của nó; mục tiêu hết hiệu lực sau năm của "
              "mục tiêu. Cột độ tin cậy cho biết khi nguồn là bản tóm tắt báo chí chứ không phải văn bản gốc.\n") if vi else
             ("The national targets each figure is measured against, as data (`data/reference/norms.csv`). "
              "A figure is compared with the first target year on or after its own year; targets expire after "
              "their year. Where a source was a press summary rather than the legal text, the confidence column "
              "says so.\n")]
    for ns in ref.norm_sets.itertuples():
        rows = ref.norms[ref.norms.norm_set == ns.norm_set].sort_values(["indicator", "target_year"])
        first, second = (ns.short_name_vi, ns.short_name_en) if vi else (ns.short_name_en, ns.short_name_vi)
        parts.append(f"## {esc(first)} ({esc(second)})\n")
        title = ns.title_vi if vi and isinstance(ns.title_vi, str) and ns.title_vi else ns.title_en
        parts.append(f"{esc(title)}. " + ("Cơ quan ban hành" if vi else "Issued by") + f" {esc(ns.issuer)}, {esc(ns.date)}. "
                     + ("Mã bộ chuẩn" if vi else "Norm set id") + f": `{ns.norm_set}`.\n")
        if isinstance(ns.note, str) and ns.note and not vi:
            parts.append(f"*{esc(ns.note)}*\n")
        parts.append(_md_table(
            ["Chỉ tiêu", "Năm mục tiêu", "Mục tiêu", "Trích dẫn", "Độ tin cậy"] if vi else
            ["Indicator", "Target year", "Target", "Citation", "Confidence"],
            [[esc(names.get(r.indicator, r.indicator)), str(r.target_year),
              f"{_CMP[r.comparator]} {r.target:g}{'%' if r.unit == 'pct' else ''}", esc(r.citation),
              esc(r.confidence or "")] for r in rows.itertuples()]) + "\n")
    return "\n".join(parts)


def sources_page(lang: str = "en") -> str:
    """Every source document with its metadata and how many figures it gave."""
    figures = load_figures()
    counts = figures.groupby("source").size().to_dict()
    rows = []
    for s in load_sources():
        m = s.meta
        rows.append([f"`{esc(s.name)}`", esc(m.get("title") or "—"), esc(m.get("outlet") or "—"),
                     esc(m.get("published") or "not printed"), esc(m.get("published_note") or ""),
                     esc(m.get("geography") or "—"), str(counts.get(s.name, 0)), f"`{str(m.get('sha256'))[:12]}…`"])
    if lang == "vi":
        return "\n".join([
            "# Nguồn\n",
            "Các văn bản nguồn gốc trong `data/sources/`, giữ nguyên từ khi được thêm vào (một kiểm thử so từng tệp "
            "với mã SHA-256 trong tệp mô tả kèm theo). Cột *Bản đồ* cho biết tên địa danh trong nguồn theo 63 tỉnh "
            "trước ngày 1/7/2025 (`pre2025`) hay 34 đơn vị từ ngày đó (`2025`). Ghi chú về ngày đăng được giữ "
            "nguyên như khi nhập liệu.\n",
            _md_table(["Tệp", "Tiêu đề", "Cơ quan đăng", "Ngày đăng", "Ghi chú ngày", "Bản đồ", "Số liệu", "SHA-256"], rows),
        ])
    return "\n".join([
        "# Sources\n",
        "The raw source documents in `data/sources/`, unchanged since they were added (a test checks each "
        "file against the SHA-256 checksum in its sidecar). *Geography* says which map the source's names refer "
        "to: the 63 provinces before 1 July 2025 (`pre2025`) or the 34 units since (`2025`).\n",
        _md_table(["File", "Title", "Outlet", "Published", "Date note", "Geography", "Figures", "SHA-256"], rows),
    ])


def glossary_page(lang: str = "en") -> str:
    """Indicators in Vietnamese and English."""
    ref = load_reference()
    if lang == "vi":
        rows = [[f"`{r.id}`", esc(r.name_vi), esc(r.name_en), esc(r.unit),
                 {"higher": "càng cao càng tốt", "lower": "càng thấp càng tốt", "none": "quy mô, không phải kết quả"}[r.direction],
                 esc(r.description_vi)] for r in ref.indicators.itertuples()]
        return "\n".join([
            "# Thuật ngữ\n",
            "Các chỉ tiêu theo cách gọi trong báo cáo tiếng Việt và bản dịch tiếng Anh dùng trong sách. Số liệu không "
            "thuộc chỉ tiêu nào dưới đây được giữ dưới mã `other:<tên>` và trình bày ở trang đơn vị, không đánh giá.\n",
            _md_table(["Mã", "Tiếng Việt", "English", "Đơn vị", "Chiều", "Mô tả"], rows),
        ])
    rows = [[f"`{r.id}`", esc(r.name_vi), esc(r.name_en), esc(r.unit),
             {"higher": "higher is better", "lower": "lower is better", "none": "size, not performance"}[r.direction],
             esc(r.description_en), esc(r.description_vi)] for r in ref.indicators.itertuples()]
    return "\n".join([
        "# Glossary\n",
        "Indicators as Vietnamese reports name them and as this book translates them. Figures the extractor reads "
        "that fit none of these are kept as `other:<name>` and shown on the unit pages without an assessment.\n",
        _md_table(["Id", "Tiếng Việt", "English", "Unit", "Direction", "Description", "Mô tả"], rows),
    ])


PAGES = {"methods.md": methods_page, "data_quality.md": data_quality_page, "norms.md": norms_page,
         "sources.md": sources_page, "glossary.md": glossary_page}
