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
        "check": "check", "reference_table": "copied from a cited reference table", "derived": "derived (computed)",
        "origin": "Origin", "source text": "source text", "reference table": "reference table",
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
        "check": "cần kiểm tra", "reference_table": "lấy từ bảng tham chiếu có trích nguồn", "derived": "tính toán",
        "origin": "Xuất xứ", "source text": "văn bản nguồn", "reference table": "bảng tham chiếu",
    },
}


def check_lang(lang: str) -> str:
    """Return `lang` if the book has it, else raise naming it."""
    if lang not in LANGUAGES:
        raise VnHealthError(f"unknown language {lang!r}", f"use one of: {', '.join(LANGUAGES)}")
    return lang


def t(key: str, lang: str, **values) -> str:
    """The phrase `key` in `lang`, with `values` filled in."""
    return TEXT[check_lang(lang)][key].format(**values)
