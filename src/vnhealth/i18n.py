"""Words of the book in English and Vietnamese: labels, statuses and the phrases sentences are built from."""

from __future__ import annotations

from .errors import VnHealthError

LANGUAGES = ("en", "vi")

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "indicator": "Indicator", "value": "Value", "unit": "Unit", "year": "Year", "kind": "Kind",
        "norm": "Norm", "gap": "Gap", "status": "Status", "national": "National (same year)", "source": "Source",
        "reading": "Reading", "quote": "Quoted fragment", "reported_as": "Reported as", "figure_id": "Figure id",
        "actual": "actual", "target": "target (plan)", "met": "met", "not met": "not met", "no norm": "no norm",
        "no data": "no data", "machine": "machine-read", "reviewed": "reviewed", "corrected": "corrected",
        "year_not_stated": "not stated", "approx": "about ", "over": "more than ", "under": "less than ",
        "unit_per_10k": "per 10,000", "unit_pct": "%", "unit_count": "count", "unit_years": "years",
        "unit_col": "Province / city (2025)", "region": "Region", "latest": "latest",
        "reported": "reported", "in_year": "in {year}", "year_unknown": "in a year the source does not state",
        "meets_target": "meeting the {year} target of {instrument} ({comparator} {target})",
        "misses_target": "below the {year} target of {instrument} ({comparator} {target})",
        "misses_target_lower": "above the {year} ceiling of {instrument} ({comparator} {target})",
        "and": "and", "but": "but",
        "national_same_year": "The national value for {year} was {value}.",
        "plan_sentence": "{unit} set a target of {qualifier}{value_phrase} by {year}",
        "plan_no_year": "{unit} set a target of {qualifier}{value_phrase}",
        "plan_vs_norm_met": "at or above the {year} target of {instrument} ({comparator} {target})",
        "plan_vs_norm_not_met": "short of the {year} target of {instrument} ({comparator} {target})",
        "merged_note": "{old} (part of {new} since 1 July 2025)",
        "no_headline": "No figure of {unit} can be compared with a national norm yet.",
        "flag_implausible": "outside the plausible range {lo}–{hi} for this indicator: check the source",
        "flagged_sentence": "⚠ This figure is flagged for checking: {reason} (see Data quality).",
        "check": "check", "reference_table": "copied from a cited reference table", "derived": "derived (computed)",
        "origin": "Origin", "source text": "source text", "reference table": "reference table",
        "peers": "Units of the same region with a figure for that year", "rank": "Rank in region",
        "no_peer": "no other unit of the region has a figure for this year",
        "projection": "linear projection", "on_track": "on track", "off_track": "not on track",
        "trend_sentence": "{place}: {indicator} went from {first} in {y0} to {last} in {y1}. A straight line through "
                          "these {n} points reaches {projected} in {target_year}, {verdict} for the {target_year} "
                          "target of {instrument} ({comparator} {target}).",
        "trend_no_norm": "{place}: {indicator} went from {first} in {y0} to {last} in {y1} ({n} points); "
                         "{instrument} sets no later target for it.",
        "no_trend": "No indicator has figures for two or more years yet.",
        "map_title": "{indicator}, {map}", "map_2025": "34-unit map (2025)", "map_pre2025": "63-province map (before 2025)",
        "map_years": "Latest actual figure per unit; years {years}.", "norm_on_scale": "norm {value}",
    },
    "vi": {
        "indicator": "Chỉ tiêu", "value": "Giá trị", "unit": "Đơn vị", "year": "Năm", "kind": "Loại",
        "norm": "Chuẩn", "gap": "Chênh lệch", "status": "Đánh giá", "national": "Cả nước (cùng năm)",
        "source": "Nguồn", "reading": "Cách đọc", "quote": "Trích dẫn", "reported_as": "Theo báo cáo của",
        "figure_id": "Mã số liệu", "actual": "thực hiện", "target": "mục tiêu (kế hoạch)", "met": "đạt",
        "not met": "chưa đạt", "no norm": "không có chuẩn", "no data": "không có số liệu", "machine": "máy đọc",
        "reviewed": "đã duyệt", "corrected": "đã sửa", "year_not_stated": "không nêu", "approx": "khoảng ",
        "over": "trên ", "under": "dưới ", "unit_per_10k": "/vạn dân", "unit_pct": "%", "unit_count": "số lượng",
        "unit_years": "năm", "unit_col": "Tỉnh / thành phố (2025)", "region": "Vùng", "latest": "mới nhất",
        "reported": "báo cáo", "in_year": "năm {year}", "year_unknown": "(nguồn không nêu năm)",
        "meets_target": "đạt mục tiêu năm {year} của {instrument} ({comparator} {target})",
        "misses_target": "thấp hơn mục tiêu năm {year} của {instrument} ({comparator} {target})",
        "misses_target_lower": "cao hơn mức trần năm {year} của {instrument} ({comparator} {target})",
        "and": "và", "but": "nhưng",
        "national_same_year": "Giá trị cả nước năm {year} là {value}.",
        "plan_sentence": "{unit} đặt mục tiêu {qualifier}{value_phrase} đến năm {year}",
        "plan_no_year": "{unit} đặt mục tiêu {qualifier}{value_phrase}",
        "plan_vs_norm_met": "bằng hoặc cao hơn mục tiêu năm {year} của {instrument} ({comparator} {target})",
        "plan_vs_norm_not_met": "thấp hơn mục tiêu năm {year} của {instrument} ({comparator} {target})",
        "merged_note": "{old} (nay thuộc {new} từ ngày 1/7/2025)",
        "no_headline": "Chưa có số liệu nào của {unit} để so sánh với chuẩn quốc gia.",
        "flag_implausible": "nằm ngoài khoảng hợp lý {lo}–{hi} của chỉ tiêu này: cần kiểm tra nguồn",
        "flagged_sentence": "⚠ Số liệu này cần kiểm tra: {reason} (xem trang Chất lượng dữ liệu).",
        "check": "cần kiểm tra", "reference_table": "lấy từ bảng tham chiếu có trích nguồn", "derived": "tính toán",
        "origin": "Xuất xứ", "source text": "văn bản nguồn", "reference table": "bảng tham chiếu",
        "peers": "Các đơn vị cùng vùng có số liệu năm đó", "rank": "Thứ hạng trong vùng",
        "no_peer": "không có đơn vị nào khác trong vùng có số liệu năm này",
        "projection": "dự báo tuyến tính", "on_track": "đúng hướng", "off_track": "chưa đúng hướng",
        "trend_sentence": "{place}: {indicator} từ {first} năm {y0} lên {last} năm {y1}. Đường thẳng qua {n} điểm "
                          "này đạt {projected} vào năm {target_year}, {verdict} so với mục tiêu năm {target_year} "
                          "của {instrument} ({comparator} {target}).",
        "trend_no_norm": "{place}: {indicator} từ {first} năm {y0} đến {last} năm {y1} ({n} điểm); "
                         "{instrument} không đặt mục tiêu nào sau đó.",
        "no_trend": "Chưa có chỉ tiêu nào có số liệu từ hai năm trở lên.",
        "map_title": "{indicator}, {map}", "map_2025": "bản đồ 34 đơn vị (2025)", "map_pre2025": "bản đồ 63 tỉnh (trước 2025)",
        "map_years": "Số liệu thực hiện mới nhất của mỗi đơn vị; các năm {years}.", "norm_on_scale": "chuẩn {value}",
    },
}


#: Headings of the notebook templates and generated pages, English -> Vietnamese.
HEADINGS_VI = {
    "Headlines": "Tiêu điểm", "Indicators": "Các chỉ tiêu", "Gap to the norm": "Khoảng cách so với chuẩn",
    "Trends": "Xu hướng", "Peers": "So sánh trong vùng", "Provenance": "Nguồn gốc số liệu",
    "Every figure above, with the exact fragment of the source it was read from.":
        "Mọi số liệu ở trên, kèm đoạn trích nguyên văn từ nguồn.",
    "Vietnam's provincial health indicators against the national norms":
        "Chỉ tiêu y tế các tỉnh, thành Việt Nam so với chuẩn quốc gia",
    "Every unit with data": "Các đơn vị có số liệu", "Status against the norm": "Đánh giá so với chuẩn",
    "Maps": "Bản đồ", "Coverage: which indicator, for which year, exists where": "Độ phủ: chỉ tiêu nào, năm nào, ở đâu",
}


def translate_markdown(source: str, lang: str) -> str:
    """Translate the headings and fixed sentences of a template's markdown cell (en is returned as is)."""
    if lang != "vi":
        return source
    for en, vi in sorted(HEADINGS_VI.items(), key=lambda kv: -len(kv[0])):
        source = source.replace(en, vi)
    return source


def check_lang(lang: str) -> str:
    """Return `lang` if the book has it, else raise naming it."""
    if lang not in LANGUAGES:
        raise VnHealthError(f"unknown language {lang!r}", f"use one of: {', '.join(LANGUAGES)}")
    return lang


def t(key: str, lang: str, **values) -> str:
    """The phrase `key` in `lang`, with `values` filled in."""
    return TEXT[check_lang(lang)][key].format(**values)
