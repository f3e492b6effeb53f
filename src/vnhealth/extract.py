"""Vietnamese source text -> health indicator figures with provenance (value, unit, year, kind, qualifier, quote).

How a text is read:

1. It is normalised (NFC; a *match form* that is lower case, with canonical tone placement and markup blanked,
   and exactly as long as the NFC text so offsets map back to quotes). Lines are joined into paragraphs; the line
   breaks of a hard-wrapped text read as spaces in the match form ("bảo hiểm" / "y tế đạt 91,4%").
2. Numbers that are never figures are *masked* (their digits become ``#``): dates, times, document numbers,
   money, phone numbers, durations and anniversaries, equipment specs, ages, the denominators of ratios
   ("1 vạn dân"), ranks, codes and years.
3. Every remaining number is a candidate. It becomes a figure only if an indicator phrase from
   :mod:`vnhealth.lexicon` stands right after it or labels it from the left. Three constructions are read as wholes:
   a table row, Markdown or column-aligned plain text (tab- or multi-space-separated; the row label names the
   indicator, a "Năm 2023"/"Kế hoạch 2025"/"Thực hiện" column header gives year and kind, a caption line "Bảng 2. ...
   năm 2024" the year of columns naming none); "A và B lần lượt là X và Y" (labels and numbers pair up in order, or
   nothing is taken; the unit phrase after the last number, "lần lượt là 13,8; 12,1 và 11,6 bác sĩ/vạn dân", names
   the indicator of them all; one label with as many numbers as places named in its clause, "của Lào Cai và Yên Bái", or
   counted back, "của hai tỉnh" - the last ones named in the paragraph -, pairs the numbers with the places); a bare
   number set against the previous figure of the sentence with a new subject or a target word in between ("..., trong
   khi cả nước đạt 93%", "..., chưa đạt chỉ tiêu đề ra là 92%", "...; năm nay phấn đấu đạt 95%", "...; riêng tỉnh X
   (cũ) mới đạt 71,2%", "... thấp hơn bình quân toàn quốc (95,1%)", "...; hiện tỷ lệ này mới đạt 91,3%" - an anaphor)
   takes that figure's indicator, and so does a bare number in the next sentence led only by an anaphor or a target
   word ("... đạt 74,8%. Năm ngoái, tỷ lệ này chỉ đạt 81,2%. Chỉ tiêu năm nay là 90%") or opening a comparison
   bracket right after a figure ("88,4%
   (cùng kỳ 2024: 91,0%)", "93,4%, cao hơn năm 2023 (91,7%)"); a number after a comparison with the target is that
   target when of the same size as the figure ("đạt 88,6%, cao hơn mục tiêu 85% đề ra", "so với kế hoạch 85%",
   "vượt chỉ tiêu Chính phủ giao là 94%"), else
   a difference ("vượt kế hoạch 1%"); a value right after a province's (or the country's) name takes the paragraph's
   last indicator, also in a later sentence and past a difference ("Đồng Tháp đạt 92,6%, Tiền Giang 91,3%", "Trong
   đó, tỉnh Bình Phước (cũ) đạt 94,1%", "thấp hơn Tây Ninh (93,0%)", "cao hơn 2,9 tuổi so với tỉnh Gia Lai (cũ) với
   71,2 tuổi"); "241 trạm y tế, trong đó 86,3% có bác sĩ" is the share of stations with a doctor, while a count after
   "trong đó" of the thing just counted ("9.800 giường, trong đó 900 giường ...") is a part and is dropped, and a
   count of stations, facilities or beds is a total only when stated as what there is ("có 159 trạm y tế", "14.820
   giường tại 67 cơ sở", "còn 148 trạm y tế", "kiện toàn 130 trạm y tế"), not as the object of an action ("nâng cấp
   48 trạm y tế"), an increment ("thêm 5 bệnh viện với tổng quy mô 5.500 giường") or the partners of an agreement
   ("ký hợp đồng ... với 312 cơ sở y tế"); a list item that is the count itself, "▸ 102 trạm y tế", states it. A list
   item that is only a place and a bare value, "1. Hà Nội: 43,1", under a line introducing the list that names exactly
   one indicator of the value's unit ("Số giường bệnh/vạn dân năm 2024 của một số địa phương:") is that indicator's
   figure for the place (two indicators named, or none: nothing). A percentage of a plan, "mới bằng 58,4% kế hoạch
   năm", is progress toward it, no figure. A count
   per day or month ("mỗi ngày tiếp nhận 1.200 lượt khám") is a rate, not a count of the year. The size of a
   survey's sample ("lấy ý kiến của 6.450 người bệnh") and a worked example ("Nói cách khác, 10 bác sĩ/vạn dân tương
   đương ...") are no figures. A count written with English
   thousands ("3,926 giường", "2,315,600 lượt") is read as a whole number. Counts of staff and beds closed by one
   denominator are ratios ("19 bác sĩ, 4 dược sĩ đại học và 35 giường bệnh trên vạn dân"), and so is a count noun
   right after its ratio label ("Số bác sĩ/vạn dân đạt 16 bác sĩ"); "kế hoạch 11, thực hiện 11,4" is a planned value
   then its actual; a number followed by a noun counting something else ("có tới 12 tỉnh", "327 viên chức") is never
   a label's value. A headline restating a body figure is that figure once.
4. Context words give the rest: the year (right after the figure; else the latest year stated earlier in the
   sentence, then in the paragraph - "năm 2024", "tháng 6/2024", a data cut-off date "tính đến ngày 31/7/2025" or a
   fronted "đến ngày 30/9/2025,", a target's deadline "phấn đấu đến ngày 31/12/2025", or relative to the publication
   date such as "năm qua", while "năm này" points back to the paragraph's latest year ("Năm 2024, ... Cũng trong năm
   này, ..."); a target year never carries to an actual, and the year of a
   comparison bracket "(năm 2022: ...)", or of any bracket holding a figure "(22,4 bác sĩ/vạn dân năm 2023)", holds
   only inside it; a period naming a set of criteria, "Bộ tiêu chí ... giai đoạn đến năm 2030", is part of its name;
   a target year does not reach past "hiện" to an actual; for a bullet item ("- Số bác sĩ/vạn dân: 11,2", "✅ ...", "👉
   ..."), the year of the heading line over its list (an all-caps emoji line such as "🎯 MỤC TIÊU NĂM 2025" is a
   heading, not an item; numbered items "1. ...", "(12) ..." under "Năm 2024, ... Cụ thể:" or "Chỉ tiêu y tế đến năm
   2030:" likewise); else, unless the text says "hiện"/"đến nay" or names a part of an unnamed year, the year the
   document reports on - its first year stated for an actual, not one of the state before a change, "Trước sắp xếp,
   năm 2024, ..."), actual vs target (a list item under a target heading such as "Chỉ tiêu kế hoạch năm 2025" is a
   target, and so is a figure stated as what a target requires, "đạt 96,5% theo chỉ tiêu HĐND tỉnh giao", or one in a
   later sentence of a paragraph opened by a target and its year, "Phấn đấu đến năm 2030, ... . Tỷ lệ bao phủ BHYT đạt
   trên 95%", unless that sentence states a year, "hiện" or an achieved verb of its own;
   "giường kế hoạch" and "Về các chỉ tiêu chuyên môn" set no target, a target said to be missed,
   "Chỉ tiêu chưa đạt là tiêm chủng: tỷ lệ ... đạt 93,5%", reports an actual; a target word on an earlier line, a
   byline "Phòng Kế hoạch", makes no year a target), the qualifier ("khoảng", "trên", "≥
   95%"), and who the figure is about, by precedence: a place named right after the number, then the nearest subject
   named before it in its sentence, then the paragraph's topic (the subject of the nearest earlier sentence naming
   one, before that sentence's first figure, not a place compared with), then the article's province (named in the
   title, or more than once and clearly more than any other; a text naming several provinces about equally and the
   country is about the country, and what it says of no one in particular is national) - see
   :func:`_scope`; the article's own words, "toàn tỉnh", refer back to a province named as the sentence's subject or
   the paragraph's topic, "Tại An Giang (hợp nhất với Kiên Giang), ..., toàn tỉnh có ...", and a place in brackets
   closed before the figure is a remark, not the subject. The subject is the article's province, the country, another
   province, or a district/facility, which is kept apart - a facility's name runs over its lower-case level words,
   "Bệnh viện Đa khoa Trung ương Quảng Nam"; an unnamed district or commune ("toàn huyện", "của huyện", "xã mình", "một huyện vùng cao như ..."), a
   part of the province ("tại một số trung tâm y tế tuyến huyện") and one facility named by its kind ("trung tâm hiện
   có 150 giường", a sentence opening "Bệnh viện có quy mô 500 giường"), an infirmary ("Bệnh xá ...") and a kind
   of facility set apart ("Riêng các trạm y tế có ...") are kept apart too; a place named after the number counts too: "13,5 bác sĩ/vạn dân của cả nước", "61% số xã của tỉnh
   X đạt ..."; the country as the object of a comparison, "thấp hơn bình quân toàn quốc", is the subject only up to
   the end of its clause, and as the field of a ranking or superlative, "cao nhất cả nước với 76,6 tuổi", none;
   provinces given as examples, "các tỉnh lân cận như A, B", are no subject); a set of units
   ("9 tỉnh dưới 10 bác sĩ/vạn dân", "các đơn vị có tỷ lệ hài lòng dưới 90%": a threshold) or another country
   ("Singapore (khoảng 25 ...)", WHO, "25 bác sĩ/vạn dân của các nước ...") as the subject drops the figure, and so
   does a subgroup of the population as the clause's topic ("Đối với nhóm học sinh, ..."), as the people a label is
   said of ("2,1 triệu học sinh tham gia BHYT, đạt tỷ lệ 98,7%") or as the set a share is taken of ("1,45 triệu
   người cao tuổi, trong đó 97,2% đã có thẻ BHYT"). A name followed by "(cũ)" is the pre-2025 unit, one followed by
   "mới" the merged unit.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from . import lexicon as lx
from .numbers import NUMBER_PATTERN, NUMBER_WORDS, english_thousands, parse_quantity
from .provinces import MERGER_DATE, NATIONAL, Registry, load_registry
from .textnorm import ascii_fold, match_form, nfc

COLUMNS = ["source", "province", "indicator", "value", "unit", "year", "kind", "qualifier", "quote"]


@dataclass
class Figure:
    """One figure read from one source."""

    source: str
    province: str | None
    indicator: str
    value: float
    unit: str
    year: int | None
    kind: str  # actual | target
    qualifier: str  # "" | approx | over | under
    quote: str
    scope: str = "province"  # province | national | district | facility
    geography: str | None = None  # which map the province name refers to: 2025 | pre2025
    province_code: int | None = None
    start: int = 0
    end: int = 0
    figure_id: str = ""

    def row(self) -> dict:
        """The public columns (``vnhealth extract`` output)."""
        return {k: v for k, v in asdict(self).items() if k in COLUMNS}


@dataclass
class SourceInfo:
    """What is known about a source besides its text (from its sidecar, or inferred from the text)."""

    name: str
    published: date | None = None
    province: str | None = None  # for portals whose text only says "toàn tỉnh"
    geography: str | None = None


# --- masking -------------------------------------------------------------------------------------------
_D = r"\d"
_MASKS = [
    # dates and times
    r"\b\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}\b",
    r"(?:ngày|hôm|sáng|chiều|tối)\s*\d{1,2}\s*/\s*\d{1,2}\b",
    r"\b\d{1,2}\s*/\s*(?:19|20)\d\d\b",
    r"ngày\s*\d{1,2}\s*tháng\s*\d{1,2}",
    r"tháng\s*\d{1,2}\b",
    r"quý\s*[ivx\d]+\b",
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
    r"\b\d{1,2}\s*giờ(?:\s*\d{1,2}(?:\s*phút)?)?",
    # document numbers and references
    # (not the decimals of a ratio with its denominator: "3,1/vạn dân")
    r"(?<![.,])\b\d+(?:[ \t]*/[ \t]*\d{2,4})?[ \t]*[/\-][ \t]*(?!vạn(?![\w]))[a-zđ]{1,6}(?:[ \t]*[\-/][ \t]*[a-zđ0-9]{1,8})*(?![\w])",  # one line
    r"(?:nghị quyết|quyết định|thông tư|nghị định|chỉ thị|kế hoạch|công văn|luật|điều|khoản|chương|văn bản"
    r"|đề án|hướng dẫn|tờ trình|báo cáo|công điện|kết luận|quy định)\s*(?:số\s*)?\d+(?![\d.,]*\s*%)"
    r"(?<!kế hoạch \d)(?<!kế hoạch \d\d)",  # not "kế hoạch 92%", nor "kế hoạch 11, thực hiện 11,4" (a planned value)
    # money
    r"\d(?:[\d.,]*\d)?\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng(?!\s*(?:tháp|nai|hới|xoài|bằng|nghiệp|bào|thời|bộ))"
    r"|usd|vnđ|vnd|euro|đô la|\$)",
    r"\d[\d.,]*\s*(?:tỷ|tỉ)(?!\s*lệ)\b",
    r"(?:usd|vnd|vnđ|\$|€)[ \t]*\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ))?",  # "USD 1,250,000"
    # phone numbers
    r"(?:điện thoại|đt|sđt|hotline|đường dây nóng|fax|tổng đài)\s*:?\s*[\d\s.()+\-]{4,}",
    r"\b(?:0\d{2,3}[\s.]?\d{3,4}[\s.]?\d{3,4}|1[89]00\s?\d{3,4}|\+84[\d\s.]{8,})\b",
    # durations, anniversaries, repetitions
    r"kỷ niệm\s*\d+",
    # same line only; the whole number ("75,1 năm", not just its "1")
    # (not a value followed by its year: "lên 10,5 năm 2024")
    r"(?<![\w.,])\d+(?:[.,]\d+)?[ \t]*(?:năm|tháng|tuần|ngày|giờ|phút|nhiệm kỳ|khóa|lần|đợt|buổi|kỳ)(?![\w])"
    r"(?![ \t]*(?:19[5-9]|20\d)\d(?!\d))",
    # equipment specs and physical units
    r"\b\d[\d.,]*[ \t]*(?:lá|lát(?:\s*cắt)?|tesla|mev|kv|ma|kênh|inch|mm|cm|kg|mg|ml|km|m2|m²|ha|mét|tầng|dãy|m)(?![\w])",
    # ages
    r"(?:dưới|trên|từ|đủ|tròn|ngoài|độ tuổi|lứa tuổi|đến|tới|[<≤])\s*\d+(?:\s*(?:-|–|đến|tới)\s*\d+)?\s*tuổi",
    r"\b\d+\s*(?:-|–|đến|tới)\s*\d+\s*tuổi",
    r"\b\d+\s*tuổi\s*trở lên",
    # denominators of ratios
    r"(?:/|trên|cho|mỗi)\s*(?:1|một)?\s*(?:vạn|10\.000|10 000|10000|100\.000|1\.000)\s*(?:dân|người|trẻ)",
    # the number of vaccines or doses in a phrase: "tiêm đầy đủ 8 loại vắc xin", "đủ 3 mũi"
    r"(?<![\w.,])\d+\s*(?:loại\s*(?:vắc\s*xin|vaccine|vacxin)|mũi(?![\w]))",
    # ... and the denominator first: "bình quân 1 vạn dân có 9,2 bác sĩ", "cứ 10.000 dân có 30 giường"
    r"(?<![\w.,])(?:1|một)\s*vạn\s*(?:dân|người)"
    r"|(?:cứ|bình quân|trung bình)\s*(?:1|một)?\s*(?:vạn|10\.000|10 000|10000)\s*(?:dân|người)",
    # ranks, ordinals, codes, list numbering
    # (not the whole a share is taken of: "100% trong số 216 trạm y tế có bác sĩ")
    r"(?:thứ|top|hạng|xếp thứ|đứng thứ|một trong|trong số(?!\s*\d[\d.]*\s*(?:trạm|xã))|lần thứ|khóa|(?<!tổng )(?<!trong )số"
    r"|nhóm|tốp)\s*\d+",
    r"\b[a-zđ]+\s?-\s?\d+",
    r"\b[a-zđ]+\d+[a-zđ0-9]*\b",
    r"\b\d+[a-zđ]+\b",
    r"(?:(?<=\n)|^)[ \t]*\d{1,2}(?:\.\d{1,2})*[.)][ \t]",
]
_MASK_RE = re.compile("|".join(f"(?:{m})" for m in _MASKS))
#: "tuổi thọ trung bình của dân số tỉnh năm 2023 là 75,1 năm": a life expectancy earlier in the same sentence.
_LIFE_EXPECTANCY_NEAR = re.compile(r"(?:tuổi thọ|sống khỏe)(?:[^.;!?\n]|\.\d)*$|tuổi\s*$")
_YEAR_RE = re.compile(
    r"(?:(?P<kw>năm|giai đoạn|đến|tới|từ|trước|sau|cuối|đầu|trong|hết|vào|nhiệm kỳ|tầm nhìn)\s*(?:năm\s*)?)?"
    r"(?<![\d#.,/])(?P<y1>(?:19[5-9]|20\d)\d)(?:\s*[-–]\s*(?:năm\s*)?(?P<y2>(?:19[5-9]|20\d)\d))?(?![\d#]|[.,]\d)"
)
#: "2024 lượt", "2025 giường" are counts, not years ("năm 2026 ngành ..." is a year: whole words only).
_YEAR_NOT_A_YEAR_AFTER = re.compile(r"^\s*(?:%|(?:lượt|giường|bác|người|trạm|cơ sở|ca|triệu|nghìn|ngàn|bệnh)(?![\w]))")
#: (not over a line break: "| Phòng Kế hoạch - Tài chính" ending a byline does not make the next line's "Năm 2024" a target)
_TARGET_YEAR_BEFORE = re.compile(r"(?:phấn đấu|mục tiêu|" + lx.PLAN + r"|dự kiến|định hướng|chỉ tiêu|tầm nhìn)[^.;\n]{0,20}$")
_COMPARISON_BEFORE = re.compile(r"(?:so với|cùng kỳ|hơn)\s*(?:cùng kỳ\s*|(?:thời điểm\s*)?(?:cuối|đầu|giữa)\s*)?(?:năm\s*)?$"
                                # "tăng 0,5 bác sĩ/vạn dân so với bình quân hai tỉnh năm 2024"
                                # (not the country's: "so với bình quân cả nước năm 2023 là 13,5" is its own year)
                                r"|so với\s*(?:mức\s*)?(?:bình quân|trung bình)(?!\s*(?:chung\s*)?(?:của\s*)?(?:cả nước|toàn quốc))"
                                r"[^\d#%,;.()]{0,25}?(?:năm\s*)?$")
#: "now" without a year ("Hiện toàn tỉnh có ...", "đến nay"): no fallback to the report year. The bare word
#: "hiện" only, not "thực hiện", "phát hiện", "hiện đại", ...
_NOW = re.compile(
    r"đến nay|tới nay|đến thời điểm này|(?<![\w])(?<!thực )(?<!phát )(?<!thể )(?<!xuất )(?<!biểu )hiện(?![\w])"
    r"(?!\s*(?:đại|trạng|hành|tượng|thực|diện|vật|hữu))"
)
#: A part of an unnamed year ("8 tháng đầu năm", "quý III năm", "cuối năm"): no fallback to the report year.
_UNDATED_PERIOD = re.compile(
    r"(?:tháng|quý\s*[ivx#]+|đầu|cuối|giữa)\s*(?:đầu\s*|cuối\s*)?năm(?![\w])(?!\s*(?:####|nay|này|qua|vừa|trước|ngoái))"
)
_THIS_YEAR = re.compile(r"năm nay|năm này")
_RELATIVE_YEAR = re.compile(r"(?<![\w#])(?:năm nay|năm này|năm qua|năm vừa qua|năm trước|năm ngoái|năm tới|năm sau"
                            r"|sang năm)(?![\w])")
#: "5 năm qua", "những năm qua", "so với năm trước", "cùng kỳ năm ngoái" do not say which year a figure is about.
_NOT_RELATIVE_BEFORE = re.compile(r"(?:[#\d]|những|nhiều|các|mấy|so với|cùng kỳ|hơn|bằng|như)[ \t]*$")
def _same_period_stated(masked: str, m: re.Match) -> bool:
    """"cùng kỳ năm trước, tỷ lệ ... là 93,4%", "; cùng kỳ năm trước là 95,9%": the same period of the year before,
    stated as what it was (not "so với cùng kỳ năm trước", a comparison)."""
    before = masked[max(0, m.start() - 30):m.start()]
    return bool(re.search(r"cùng kỳ\s*$", before) and not re.search(r"(?:so với|hơn|bằng|như|tăng|giảm)\s*cùng kỳ\s*$", before)
                and re.match(r"\s*(?:,|là|đạt|:|\()", masked[m.end():m.end() + 4]))


_MONTH_BEFORE = re.compile(r"(?:tháng|quý)\s*[#ivx]+\s*$")
#: "tháng 6/2024", "tháng 10-2025": masked as a date, the year still counts.
_MONTH_YEAR = re.compile(r"(?:tháng\s*\d{1,2}|quý\s*(?:[ivx]{1,3}|[1-4]))\s*[/\-.]\s*(?P<y>(?:19|20)\d\d)(?!\d)")
#: A comparison bracket after a figure: "(năm 2022: 89,7%)", "(cùng kỳ 2024: 91,0%)", "(năm trước là 11,9 ...)".
#: Its year is the year of the figures inside it only.
_BRACKET_COMPARISON = re.compile(
    r"\(\s*(?:so với\s*)?(?:cùng kỳ\s*|(?:thời điểm\s*)?(?:cuối|đầu|giữa)\s*)?(?:năm\s*)?(?:(?P<y>(?:19|20)\d\d)|(?P<rel>trước|ngoái|qua))"
    r"\s*(?:(?:chỉ|mới|cũng|vẫn|lần lượt)\s*)?(?::|là|đạt|ở mức)\s*"
)
#: A plan's value in brackets after a figure: "(KH 11)", "(kế hoạch: 32)", "(chỉ tiêu năm 2024: 93,5%)".
_BRACKET_PLAN = re.compile(r"\(\s*(?:kh|kế hoạch|chỉ tiêu|mục tiêu)(?:\s*(?:giao|đề ra))?(?:\s*năm\s*####)?\s*:?\s*(?=[\d(]|khoảng|trên|hơn)")
#: A data cut-off date gives the year: "Tính đến ngày 31/7/2025", "(số liệu đến hết ngày 30/9/2025)", "tại thời điểm
#: 30/6/2025", and a fronted "đến ngày 30/9/2025," opening a clause ("Theo Sở Y tế, đến ngày 30/9/2025, toàn tỉnh có
#: ..."; not a deadline, "hoàn thành đến ngày 30/9/2025"). Other full dates (a meeting, a decision) say nothing about
#: the figures' year.
_CUTOFF_DATE = re.compile(
    r"(?:(?:tính|số liệu|tổng hợp|cập nhật|thống kê)\s*(?:đến|tới)\s*(?:hết\s*)?|(?:đến|tới)\s*hết\s*|(?:tại\s*)?thời điểm\s*"
    # "từ ngày 1/7/2025, toàn tỉnh có 65 trạm y tế": the state from that day (not a law's "hiệu lực từ ngày ...")
    r"|(?<!hiệu lực )(?<!áp dụng )(?<!kể )(?:kể\s*)?từ\s*(?=ngày)"
    r"|(?:(?<=[,;:.(\n] )|(?<=[(\n])|^)(?:đến|tới)\s*(?=ngày\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*,))(?:ngày\s*)?"
    r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
#: A target's deadline date: "phấn đấu đến ngày 31/12/2025 tỷ lệ ... đạt 94,5%" - a target year.
_DEADLINE = re.compile(
    r"(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch)[^.;:\n\d]{0,30}?(?:đến|tới|trước)\s*(?:hết\s*)?ngày\s*"
    r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)
_ARTICLE_CUES = re.compile(r"(?:bhxh|bảo hiểm xã hội|ubnd|hđnd|tỉnh ủy)\s*tỉnh|toàn tỉnh|"
                           r"(?<![\w])ngành(?=\s+(?:đã|đang|hiện|quản lý|tiếp nhận|có)(?![\w]))|tỉnh ta|toàn thành phố|thành phố ta|thành phố(?=\s+(?:đã|đạt|có|hiện|là|mới|chỉ|vẫn|cũng|ước|còn)(?![\w]))|trên địa bàn|toàn ngành|ngành y tế|sở y tế|(?<!phía tây )(?<!phía đông )(?<!phía nam )(?<!phía bắc )"
                           # (not the field of a superlative: "thấp nhất tỉnh, dưới 80%")
                           r"(?<!nhất )(?<!trong )tỉnh(?=\s*[,.;:]|\s+(?:đã|đạt|có|hiện|là|mới|chỉ|vẫn|cũng|ước|còn|đặt|phấn đấu|dự kiến|sẽ|tiếp tục"
                           r"|đang)(?![\w]))")
_MERGER_CUES = re.compile(r"sau sáp nhập|sau hợp nhất|sau sắp xếp|sau khi sáp nhập|sau khi hợp nhất|34 tỉnh|tỉnh mới")
_ABBREVIATIONS = {"tp", "tt", "pgs", "gs", "ts", "bs", "ths", "ck", "ck1", "ck2", "ncs", "st", "p", "q", "tx", "bsck", "ths.bs"}

_NUM = NUMBER_PATTERN
_TOKEN_RE = re.compile(
    rf"(?<![\w#.,/\-])(?P<num>{_NUM})(?![\w#]|[.,]\d)(?P<mult>\s*(?:nghìn|ngàn|triệu))?(?![\w])(?P<pct>\s*(?:%|phần trăm))?"
)
#: "14-15", "14 – 15", "từ 14 đến 15" (single spaces: "547    -12" are two table cells, not a range)
_RANGE_RE = re.compile(
    rf"(?P<from>từ\s*)?(?<![\w#.,/\-])(?P<a>{_NUM})[ ]?(?:%[ ]?)?(?:-|–|đến|tới)[ ]?(?P<b>{_NUM})(?![\w#]|[.,]\d)"
    rf"(?P<mult>\s*(?:nghìn|ngàn|triệu))?(?P<pct>\s*(?:%|phần trăm))?"
)
#: A number in words with its scale: "sáu triệu", "nửa triệu", "năm nghìn".
_WORD_SCALED_RE = re.compile(r"(?<![\w])(?P<word>" + "|".join(NUMBER_WORDS) + r"|nửa|năm)\s+(?P<mult>nghìn|ngàn|triệu)(?![\w])")
_FRACTION_RE = re.compile(r"(?<![\w#./])(?P<a>\d+)\s*/\s*(?P<b>\d+)(?![\w#/])")
_WORD_RE = re.compile(r"(?<![\w])(?P<word>" + "|".join(NUMBER_WORDS) + r")(?![\w])")
_PUBLISHED_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|ngày\s*(?P<d2>\d{1,2})\s*tháng\s*(?P<m2>\d{1,2})\s*năm\s*(?P<y2>(?:19|20)\d\d)"
    # a social post's date: "26 tháng 2, 2025 lúc 20:15"
    r"|(?<!\d)(?P<d3>\d{1,2})\s*tháng\s*(?P<m3>\d{1,2})\s*,\s*(?P<y3>(?:19|20)\d\d)(?!\d)"
)


def _mask(text: str) -> str:
    """Replace the digits of every non-figure number with '#', keeping the text's length."""

    def repl(m: re.Match) -> str:
        s = m.group(0)
        if "tuổi" in s or re.search(r"\d\s*năm", s):
            # "đạt 74,5 tuổi" / "73,7 năm" are life expectancies, not ages or durations
            before = text[max(0, m.start() - 90):m.start()]
            number = re.search(r"\d+(?:,\d+)?", s)
            if _LIFE_EXPECTANCY_NEAR.search(before) and number and 40 <= float(number.group(0).replace(",", ".")) <= 100:
                return s
        return re.sub(r"\d", "#", s)

    return _MASK_RE.sub(repl, text)


@dataclass
class _Token:
    start: int
    end: int
    value: float
    pct: bool
    qualifier: str = ""
    fraction: bool = False
    word: bool = False
    #: the number as written, when it has no scale word ("3,926"; empty for "1,2 triệu", ranges, words)
    raw: str = ""
    #: the figure read before, when this one continues it from the next sentence (see :func:`_continued`)
    continues: "_Token | None" = None


@dataclass
class _YearMention:
    pos: int
    end: int
    year: int
    target: bool
    comparison: bool
    #: a year stated in a comparison bracket ("(năm 2022: 89,7%)") holds only up to the bracket's end
    until: int | None = None


@dataclass
class _Doc:
    nfc: str
    match: str
    masked: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    years: list[_YearMention] = field(default_factory=list)
    relative: list[_YearMention] = field(default_factory=list)
    #: comparison brackets: (position after "(năm 2022:", position of ")")
    brackets: list[tuple[int, int]] = field(default_factory=list)
    #: the headline's span (see :func:`_title`)
    title: tuple[int, int] | None = None
    #: ``match`` on the source's own lines (a hard-wrapped paragraph reads as one line in ``match``)
    lines: str = ""
    #: the top-level headings (see :func:`_top_headings`), found once
    headings: list | None = None


def _context_named(c: "lx.CompiledRule", doc: _Doc, lo: int, pos: int) -> bool:
    """A rule's context words ("bảo hiểm y tế" for "tỷ lệ bao phủ") stand in doc[lo:pos] or in the headline: an
    article headlined "Bao phủ bảo hiểm y tế ..." speaks of that coverage throughout."""
    if not c.before or c.before.search(doc.masked, lo, pos):
        return True
    if doc.title and doc.title[1] <= pos and c.before.search(doc.masked, *doc.title):
        return True
    lead = _list_lead(doc, lo)
    return bool(lead and c.before.search(doc.masked, *lead))


def _list_lead(doc: _Doc, lo: int) -> tuple[int, int] | None:
    """The paragraph that opens the list holding the short item at `lo` ("... tỷ lệ trạm y tế có bác sĩ như sau:"
    over "• Đồng Tháp: 10,1 bác sĩ/vạn dân – 89,2% trạm có bác sĩ"): the nearest one before it ending in a colon,
    with only short items between."""
    upto = bisect.bisect_right(doc.paragraphs, (lo, len(doc.nfc) + 1))  # paragraphs starting at or before `lo`
    for a, b in reversed([p for p in doc.paragraphs[max(0, upto - 9):upto] if p[1] <= lo][-8:]):
        if doc.nfc[a:b].rstrip().endswith(":"):
            return a, b
        if b - a > 200:
            return None
    return None


# --- structure -----------------------------------------------------------------------------------------
def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text`, its newline left out."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: a line is a paragraph unless it is a hard-wrapped continuation. A line not ending a
    sentence continues into a next line starting in lower case; in a hard-wrapped text (lines of at most ~100
    characters broken mid-sentence, at least twice before a lower-case word) a *full* line (as long as the wrap
    width, give or take a word) also continues into a next line starting with a digit, a bracket or a capital
    ("... khám bệnh cho khoảng" / "4,6 triệu lượt", "... tỉnh Đắk Nông" / "(cũ) mới đạt 71,2%"), unless either
    line is a bullet, a table row or an all-caps heading."""
    lines = [(a, b, text[a:b].strip()) for a, b in _line_spans(text)]

    def ends_open(stripped: str, wrapped: bool) -> bool:
        return bool(stripped) and stripped[-1] not in (".!?:|" if wrapped else ".!?:;|")

    widths = [len(a[2]) for a, b in zip(lines, lines[1:]) if ends_open(a[2], False) and b[2][:1].islower()]
    width = max(widths) if len(widths) >= 2 and max(widths) <= 120 else 0
    spans: list[list[int]] = []
    prev = ""
    for start, end, stripped in lines:
        if not stripped:
            prev = ""
            continue
        if spans and prev:
            if ends_open(prev, False) and stripped[0].islower():
                spans[-1][1] = end
                prev = stripped
                continue
            if width and ends_open(prev, True) and len(prev) >= 0.75 * width and not _BULLET.match(stripped) \
                    and not _SYMBOL_BULLET.match(stripped) and stripped[0] not in "|#" \
                    and (stripped[0].islower() or stripped[0].isdigit() or stripped[0] in "(\"“"
                         or (stripped[0].isupper() and not stripped.isupper() and not prev.isupper())):
                spans[-1][1] = end
                prev = stripped
                continue
        spans.append([start, end])
        prev = stripped
    return [(s, e) for s, e in spans]


_SENTENCE_END = re.compile(r"[.!?…]+[\"”')]*\s+")


def _sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for p_start, p_end in paragraphs:
        start = p_start
        for m in _SENTENCE_END.finditer(text, p_start, p_end):
            nxt = text[m.end():m.end() + 1]
            word = re.search(r"(\w+)\.?$", text[max(p_start, m.start() - 8):m.start() + 1])
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“'(-–•"):
                continue
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            out.append((start, m.end()))
            start = m.end()
        out.append((start, p_end))
    return out


_FULL_DATE_BEFORE = re.compile(r"ngày\s*[\d#]{1,2}\s*tháng\s*[\d#]{1,2}\s*$")


def _year_mentions(text: str) -> list[_YearMention]:
    found = []
    for m in _YEAR_RE.finditer(text):
        kw = m.group("kw")
        if not kw and not m.group("y2"):
            continue
        # ("Từ năm 2019, tỉnh triển khai ..." starts a period; "đã đạt 94,5% từ năm 2024" dates the figure before it)
        if kw == "nhiệm kỳ" or (kw == "từ" and not m.group("y2") and not re.search(r"\d\s*%?\s*$", text[:m.start()])):
            continue
        # ("đến 2025 người" is a count; "năm 2024 người dân ..." is a year)
        if _YEAR_NOT_A_YEAR_AFTER.match(text[m.end():m.end() + 12]) and not (
                kw == "năm" and re.match(r"\s*người (?:dân|bệnh)", text[m.end():m.end() + 12])):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        # (a target word reaches the first year after it only: "... kế hoạch năm 2024 Năm 2024, kinh tế ...")
        before = re.split(r"(?<!\d)(?:19|20)\d\d(?!\d)", before)[-1]
        if kw == "năm" and _FULL_DATE_BEFORE.search(before):
            continue  # "Trà Vinh, ngày 15 tháng 01 năm 2024": the date of a document, not a year of its figures
        year = int(m.group("y2") or m.group("y1"))
        found.append(
            _YearMention(
                m.start(), m.end(), year,
                target=kw in ("đến", "tới", "tầm nhìn") or bool(_TARGET_YEAR_BEFORE.search(before + (kw or ""))),
                comparison=bool(_COMPARISON_BEFORE.search(before + (kw + " " if kw else ""))),
            )
        )
    return found


def _mask_years(masked: str, years: list[_YearMention]) -> str:
    chars = list(masked)
    for y in years:
        for i in range(y.pos, y.end):
            if chars[i].isdigit():
                chars[i] = "#"
    # bare years not caught as mentions ("(2021-2025)", "2025:")
    out = "".join(chars)
    return re.sub(
        r"(?<![\d#.,])(?:19[5-9]|20\d)\d(?![\d#]|[.,]\d)(?!\s*(?:%|(?:lượt|giường|bác|người|trạm|cơ sở|triệu|nghìn|ngàn)(?![\w])))",
        lambda m: "#" * len(m.group(0)),
        out,
    )


#: A year naming a set of criteria is part of its name, not the figure's year nor a target: "tỷ lệ xã đạt Bộ tiêu chí
#: quốc gia về y tế xã giai đoạn đến năm 2030 là 87,6%" (blanked in the masked text).
_CRITERIA_PERIOD = re.compile(
    r"(?<=tiêu chí)(?P<name>[^.;,\d#%()\n]{0,50}?)(?P<p>\s(?:giai đoạn|thời kỳ)\s*(?:(?:đến|tới)\s*)?(?:năm\s*)?"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)(?![\d])")
#: A past year compared with, its value in brackets right after it: "đạt 93,4%, cao hơn năm 2023 (91,7%)".
#: An earlier time a figure is set against, then its value in brackets: "cao hơn năm 2023 (91,7%)", "so với thời điểm
#: cuối năm 2023 (10,7 ...)", "cao hơn cùng kỳ năm trước (96,9%)" (dated when the publication year is known).
_EARLIER_YEAR = (r"(?:hơn|so với|bằng|như)\s*(?:cùng kỳ\s*|(?:cùng\s*)?thời điểm\s*(?:cuối|đầu|giữa)?\s*"
                 r"|(?:cuối|đầu|giữa)\s*)?năm\s*")
_RELATIVE_BRACKET = re.compile(_EARLIER_YEAR + r"(?:trước|ngoái|qua)\s*\(\s*")
_YEAR_BRACKET = re.compile(_EARLIER_YEAR + r"(?P<y>(?:19|20)\d\d)\s*\(\s*")


_CHANGE_START_BEFORE = re.compile(r"(?<![\w])từ\s*(?:mức\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?\d[\d.,]*[^.;,\d#]{0,40}?\(?\s*(?:năm\s*)?$")
_CHANGE_END_AFTER = re.compile(r"\s*\)?\s*(?:lên|xuống|đến|tới)\s*(?:mức\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?\d")


def _outline_split(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs of a text flattened into very long lines (a PDF pasted without its line breaks) split again where
    its outline goes on: sections "II. MỤC TIÊU", items "2. Mục tiêu cụ thể", "a) Đến năm 2026: ...". Paragraphs
    of ordinary length are left alone."""
    out = []
    for a, b in paragraphs:
        if b - a < 800:
            out.append((a, b))
            continue
        cuts = [m.start() for m in _INLINE_OUTLINE.finditer(text, a, b)]
        starts = [a] + [c for c in cuts if c > a]
        out.extend(zip(starts, starts[1:] + [b]))
    return out


#: Footnote marks: superscript digits, and a number in brackets glued to the word or sign before it.
_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_FOOTNOTE = re.compile(r"(?<=[^\W\d_]|[.,;:%)\]])\[\d{1,3}\]|(?<=[^\W\d_])\(\d{1,2}\)")


_VALUE_DASH = re.compile(r"(?:(?<=[\d%])|(?<=\d triệu)|(?<=\d nghìn))[ \t]*—(?=[ \t]*[^\W\d_])")
_LEADER_DOTS = re.compile(r"[ \t]\.{4,}[ \t]?|[ \t]…{2,}[ \t]?")


def _prepare(text: str) -> _Doc:
    text_nfc = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = _outline_split(text_nfc, _paragraphs(text_nfc))
    match = lines = match_form(text_nfc)
    if any("\n" in text_nfc[a:b] for a, b in paragraphs):  # a hard-wrapped line break reads as a space
        chars = list(match)
        for a, b in paragraphs:
            for i in range(a, b):
                if chars[i] == "\n":
                    chars[i] = " "
        match = "".join(chars)
    if _SUPERSCRIPT.search(match):  # "35,8²": a footnote mark glued to a figure
        match = _SUPERSCRIPT.sub(lambda m: " " * len(m.group(0)), match)
    if "—" in match:  # an infographic's "15,1 — bác sĩ trên 1 vạn dân": the dash joins a value to its label
        match = _VALUE_DASH.sub(lambda m: " " * len(m.group(0)), match)
    if "...." in match or "…" in match:  # dot leaders, "Số bác sĩ/vạn dân .......... 19,2", join a label to its value
        match = _LEADER_DOTS.sub(lambda m: " " * len(m.group(0)), match)
    masked = _mask(match)
    for m in _FOOTNOTE.finditer(text_nfc):  # "9,8 bác sĩ/vạn dân[43]", "bác sĩ/vạn dân(1)": a note's number
        masked = masked[:m.start()] + re.sub(r"\d", "#", masked[m.start():m.end()]) + masked[m.end():]
    masked = _CRITERIA_PERIOD.sub(lambda m: m.group("name") + " " * len(m.group("p")), masked)
    years = _year_mentions(masked)
    masked = _mask_years(masked, years)
    for m in _MONTH_YEAR.finditer(match):
        target = bool(_TARGET_YEAR_BEFORE.search(match[max(0, m.start() - 40):m.start()]))
        years.append(_YearMention(m.start(), m.end(), int(m.group("y")), target=target, comparison=False))
    for m in _CUTOFF_DATE.finditer(match):
        years.append(_YearMention(m.start(), m.end(), int(m.group("y")), target=False, comparison=False))
    for m in _DEADLINE.finditer(match):
        years.append(_YearMention(m.start("y"), m.end(), int(m.group("y")), target=True, comparison=False))
    brackets = []

    def closing(pos: int, limit: int) -> int | None:
        """The ")" closing a bracket whose content starts at `pos`, on the same line, nothing nested."""
        close = match.find(")", pos, pos + limit)
        return None if close < 0 or "\n" in match[pos:close] or "(" in match[pos:close] else close

    for m in _BRACKET_COMPARISON.finditer(match):
        close = closing(m.end(), 150)
        if close is None:
            continue
        brackets.append((m.end(), close))
        if m.group("y"):
            years = [y for y in years if not m.start() <= y.pos < m.end()]
            years.append(_YearMention(m.start("y"), m.end("y"), int(m.group("y")), target=False, comparison=False,
                                      until=close))
    for m in _BRACKET_PLAN.finditer(masked):  # "11,5 (KH 11)": the plan's value for the figure before
        close = closing(m.end(), 40)
        if close is not None:
            brackets.append((m.end(), close))
    for m in _RELATIVE_BRACKET.finditer(match):  # "cao hơn cùng kỳ năm trước (96,9%)": dated when the year is known
        close = closing(m.end(), 40)
        if close is not None:
            brackets.append((m.end(), close))
    for m in _YEAR_BRACKET.finditer(match):
        close = closing(m.end(), 40)
        if close is None:
            continue
        brackets.append((m.end(), close))
        years.append(_YearMention(m.start("y"), m.end("y"), int(m.group("y")), target=False, comparison=False,
                                  until=close))
    # a year inside a bracket that also holds a figure ("(22,4 bác sĩ/vạn dân năm 2023)") is that figure's year only
    for m in re.finditer(r"\(([^()\n]{0,150})\)", masked):
        if re.search(r"\d", m.group(1)):
            for y in years:
                if m.start() < y.pos < m.end() and y.until is None:
                    y.until = m.end()
    # "tăng từ 8,2 bác sĩ/vạn dân năm 2020 lên 10,5": the start's year is its own, not the value reached
    for y in years:
        if y.until is None and _CHANGE_START_BEFORE.search(masked, max(0, y.pos - 60), y.pos) \
                and _CHANGE_END_AFTER.match(masked, y.end):
            y.until = y.end
    years.sort(key=lambda y: y.pos)
    doc = _Doc(text_nfc, match, masked, years=years, brackets=brackets, lines=lines)
    doc.paragraphs = paragraphs
    # (dot leaders end no sentence)
    doc.sentences = _sentences(_LEADER_DOTS.sub(lambda m: " " * len(m.group(0)), text_nfc)
                               if "...." in text_nfc or "…" in text_nfc else text_nfc, doc.paragraphs)
    return doc


# --- number tokens ---------------------------------------------------------------------------------------
_SPREAD_BEFORE = re.compile(r"dao động\s*(?:quanh\s*)?(?:mức\s*|trong\s*khoảng\s*|ở\s*mức\s*)?$")


def _tokens(masked: str) -> list[_Token]:
    tokens: list[_Token] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _RANGE_RE.finditer(masked):
        if not free(m.start("a"), m.end()):
            continue
        start = m.start("from") if m.group("from") else m.start("a")
        if _SPREAD_BEFORE.search(masked, max(0, start - 30), start):
            taken.append((start, m.end()))  # "dao động từ 26,8 đến 35,8": a spread, not a level
            continue
        tokens.append(_Token(start, m.end(), parse_quantity(m.group("a"), (m.group("mult") or "").strip() or None),
                             bool(m.group("pct")), qualifier="over"))
        taken.append((start, m.end()))
    for m in _FRACTION_RE.finditer(masked):
        if free(m.start(), m.end()):
            tokens.append(_Token(m.start(), m.end(), float(m.group("a")), False, fraction=True))
            taken.append((m.start(), m.end()))
    for m in _TOKEN_RE.finditer(masked):
        if free(m.start(), m.end()):
            mult = (m.group("mult") or "").strip() or None
            tokens.append(_Token(m.start(), m.end(), parse_quantity(m.group("num"), mult), bool(m.group("pct")),
                                 raw="" if mult else m.group("num")))
            taken.append((m.start(), m.end()))
    for m in _WORD_SCALED_RE.finditer(masked):  # "gần sáu triệu lượt", "hơn nửa triệu lượt"
        if free(m.start(), m.end()):
            value = 0.5 if m.group("word") == "nửa" else 5.0 if m.group("word") == "năm" else NUMBER_WORDS[m.group("word")]
            tokens.append(_Token(m.start(), m.end(), parse_quantity("1", m.group("mult")) * value, False, raw=""))
            taken.append((m.start(), m.end()))
    for m in _WORD_RE.finditer(masked):
        if free(m.start(), m.end()):
            tokens.append(_Token(m.start(), m.end(), float(NUMBER_WORDS[m.group("word")]), False, word=True))
    return sorted(tokens, key=lambda t: t.start)


# --- tables --------------------------------------------------------------------------------------------------
_TABLE_LINE = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"[\s|:\-–]+")
_TABLE_TARGET = re.compile(r"kế hoạch|mục tiêu|chỉ tiêu|dự kiến|giao|(?<![\w])kh(?![\w])")
_TABLE_ACTUAL = re.compile(r"thực hiện|kết quả|ước|đạt|cùng kỳ|(?<![\w])th(?![\w])")
#: Columns whose numbers are not the indicator's level: comparisons, changes, units, notes, row numbers.
_TABLE_OTHER_COLUMN = re.compile(r"(?<![\w])so(?![\w])|so sánh|tăng|giảm|chênh|đơn vị|ghi chú|stt|xếp hạng|thứ hạng"
                                 # progress toward the plan: "Tỷ lệ %", "% KH", "Tỷ lệ hoàn thành", "Đánh giá"
                                 r"|^\s*t[ỷỉ] lệ\s*(?:\(?\s*%\s*\)?|hoàn thành|đạt)?\s*$|^\s*%\s*(?:kh|kế hoạch)?\s*$"
                                 r"|hoàn thành|đánh giá"
                                 # "TH/KH (%)", "TH so KH": what was done over what was planned
                                 r"|(?:th|thực hiện)\s*/\s*(?:kh|kế hoạch)")
_TABLE_PCT = re.compile(r"\(\s*%\s*\)|^\s*t[ỷỉ] lệ")
_TABLE_SCALE = re.compile(r"(?<![\w])(nghìn|ngàn|triệu)(?![\w])")
_HEAD_WORDS = re.compile(r"^\s*(?:tổng số|số lượng|số|tỷ lệ|tỉ lệ)\s+")


@dataclass
class _Row:
    """One data row of a Markdown table: ``| label | value | value |``."""

    start: int
    end: int
    label: str  # match form of the first cell
    cells: list[tuple[int, int]]  # spans of the other cells
    columns: list[tuple[str | None, int | None]]  # (kind, year) of those cells from the header row
    scale: float = 1.0  # 1000 / 1000000 when the label or a unit cell says "nghìn" / "triệu"
    places: list[dict | None] = field(default_factory=list)  # the place a column header names ("Bạc Liêu"), per cell
    #: the indicator a column header names, per cell, for a table with a row per place ("| Tỉnh | Bác sĩ/vạn dân |")
    indicators: list[str | None] = field(default_factory=list)
    #: per cell, whether its column holds estimates ("Ước thực hiện", "Ước TH 2024"): its values are approximate
    estimated: list[bool] = field(default_factory=list)


def _table_lines(doc: _Doc) -> list[tuple[int, int, list[tuple[int, int]], bool]]:
    """Lines of tables as (start, end, cell spans, is a ``|---|`` rule), a blank gap between tables marked by a
    line with no cells. Markdown rows (``| a | b |``) and column-aligned plain text (short cells separated by a tab
    or by two or more spaces, at least two such lines in a row) are both tables."""
    out: list[tuple[int, int, list[tuple[int, int]], bool]] = []
    pos = 0
    block: list[tuple[int, int, list[tuple[int, int]], bool]] = []

    def flush() -> None:
        if len(block) >= 2 and any(_BARE_VALUE.fullmatch(doc.nfc[s:e]) for _, _, cells, _ in block for s, e in cells):
            out.extend(block)
            out.append((-1, -1, [], False))
        block.clear()

    # (a table drawn with box characters reads as one drawn with pipes and dashes: "│ 1 │ ... │", "├──┼──┤")
    text = doc.nfc.translate(_BOX_AS_ASCII) if _BOX_CHAR.search(doc.nfc) else doc.nfc
    if "+-" in text:  # (the borders of an ASCII grid, "+----+-----+", are rules too)
        text = _GRID_BORDER.sub(lambda m: m.group(0).replace("+", "|"), text)
    source_lines = text.split("\n")
    for k, line in enumerate(source_lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if _TABLE_LINE.fullmatch(line):
            flush()
            cells = _cells(text, start, end)
            rule = bool(_TABLE_RULE.fullmatch(line)) and "-" in line
            if out and out[-1][1] >= 0 and doc.nfc[out[-1][1]:start].strip():
                out.append((-1, -1, [], False))
            out.append((start, end, cells, rule))
            continue
        if _inner_pipes(line):  # "Chỉ tiêu | Đồng Nai (cũ) | Bình Phước (cũ)": pipes between cells only
            cells = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^|]*[^|\s][^|]*", line)]
            cells = [(a + len(doc.nfc[a:b]) - len(doc.nfc[a:b].lstrip()), b - len(doc.nfc[a:b]) + len(doc.nfc[a:b].rstrip()))
                     for a, b in cells]
            block.append((start, end, cells, False))
            continue
        cells = [(start + m.start(), start + m.end()) for m in _PLAIN_CELL.finditer(line)]
        # cells are short: one label of a few words, the rest values or column names (prose with a double space
        # after a full stop is not a table)
        long_cells = [e - s for s, e in cells if e - s > 40]
        if len(cells) >= 2 and re.search(r"\t|\S {2,}\S", line.strip()) and len(long_cells) <= 1 \
                and all(n <= 100 for n in long_cells) and not any(doc.nfc[e - 1] in ".!?" for s, e in cells):
            block.append((start, end, cells, False))
        elif block and (len(cells) == 1 or len(cells) == 2 and re.fullmatch(r"\d{1,2}\.?", line[cells[0][0] - start:cells[0][1] - start])) \
                and _wrapped_label(line, source_lines[k + 1] if k + 1 < len(source_lines) else ""):
            block.append((start, end, cells, False))
        else:
            flush()
    flush()
    return out


def _wrapped_label(line: str, following: str) -> bool:
    """A row label wrapped over two lines of a plain-text table: a line of words only, the next line indented
    with the rest of the label and the values ("Tỷ lệ trẻ dưới 1 tuổi tiêm chủng" / "  đầy đủ (%)   98,1   ≥ 98")."""
    # (the rest indented, or in lower case at the margin: "Xã đạt Bộ tiêu chí QG" / "về y tế   %   100")
    return (not line[:1].isspace() and (following[:1] in (" ", "\t") or following[:1].islower())
            and not _BARE_VALUE.fullmatch(line.split()[-1])
            and len(re.findall(r"\S(?:\t| {2,})\S", following.strip())) >= 1
            and bool(_BARE_VALUE.fullmatch(following.split()[-1])))


def _inner_pipes(line: str) -> bool:
    """A line of cells with pipes between them only ("Chỉ tiêu | Đồng Nai (cũ) | Bình Phước (cũ)")."""
    if " | " not in line or line.strip().startswith("|") or line.strip().endswith("|"):
        return False
    return all(cell.strip() for cell in line.split("|"))
#: A cell of a column-aligned plain-text table: text up to a tab or a run of two or more spaces.
_PLAIN_CELL = re.compile(r"[^\t ](?:[^\t ]| (?! ))*")
#: A cell holding only a value ("12,7", "≥ 95", "+4,1%", "11.250.000"): a plain-text table has some.
_BARE_VALUE = re.compile(r"[≥≤>+<~\-–]?\s*\d[\d.,]*\s*%?")
_ESTIMATE_COLUMN = re.compile(r"(?<![\w])ước(?![\w])")
_YEAR_CELL = re.compile(r"\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s*")  # "2024", "năm 2024" (in match form)
#: A header row names columns: words and years, no other numbers.
_HEADER_LINE = re.compile(r"(?:[^\d]|(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}\s*tháng)*")  # ("TH 6 tháng 2025")


#: A cell that is only a place's name ("#" stands for the name): "Nghệ An", "tỉnh Hà Tĩnh", "Quảng Bình (cũ)".
_PLACE_CELL = re.compile(r"\s*(?:\d{1,2}\s*[.)]?\s*)?(?:tỉnh|thành phố|tp\.?)?\s*#\s*(?:\(?\s*(?:cũ|mới)\s*\)?)?\s*")


#: Before a place's name in a column header: nothing, or the column's kind and year ("Thực hiện 2024 Thái Bình (cũ)").
_PLACE_COLUMN_PREFIX = re.compile(r"[ \t]*(?:(?:ước\s*)?(?:thực hiện|th|kế hoạch|kh)\s*(?:năm\s*)?(?:(?:19|20)\d\d)?[ \t]*)?")


def _masked_head(doc: _Doc, a: int, b: int, head: str) -> str:
    """A header cell in masked form (ages and dates as '#'), or as read when it was put together from two lines."""
    return doc.masked[a:b] if head == doc.match[a:b] else head


def _header_with_second_line(doc: _Doc, upper: list[tuple[int, int]], lower: list[tuple[int, int]],
                             heads: list[str]) -> list[str]:
    """The names of the columns of a plain-text header whose next line holds the rest of some of them: each
    piece of the lower line joins the upper cell it stands under (by its place on the line)."""
    up_start = doc.nfc.rfind("\n", 0, upper[0][0]) + 1
    low_start = doc.nfc.rfind("\n", 0, lower[0][0]) + 1
    heads = list(heads)
    for a, b in lower:
        j = min(range(len(upper)), key=lambda k: abs((upper[k][0] - up_start) - (a - low_start)))
        heads[j] += " " + doc.match[a:b]
    return heads


def _two_line_header(doc: _Doc, upper: list[tuple[int, int]], lower: list[tuple[int, int]]) -> list[str]:
    """The names of the columns of a plain-text header split over two lines: each cell of the lower line with the
    cells of the upper line that stand over it (by their place on the line)."""
    up_start = doc.nfc.rfind("\n", 0, upper[0][0]) + 1
    low_start = doc.nfc.rfind("\n", 0, lower[0][0]) + 1
    heads = []
    for a, b in lower:
        lo, hi = a - low_start, b - low_start
        above = [doc.match[c:d] for c, d in upper if c - up_start < hi and d - up_start > lo]
        if not above:  # under a cell merged over several columns ("Năm 2024" over "Bắc Giang (cũ)  Bắc Ninh (cũ)")
            above = [doc.match[c:d] for c, d in upper if c - up_start < lo][-1:]
        heads.append(" ".join(above + [doc.match[a:b]]))
    return heads


def _tables(doc: _Doc, mentions=()) -> list[_Row]:
    """Data rows of tables (Markdown or column-aligned plain text). A header row (followed by a ``|---|`` rule in
    Markdown; in plain text, a first line holding words and years but no other numbers) names each column:
    "Kế hoạch 2025" is a target for 2025, "Năm 2024" / "Thực hiện 2025" / "Ước đạt" an actual, "So sánh (%)" /
    "So với năm 2023" / "Tăng, giảm" / "Đơn vị" are not read; a row with fewer cells than its header lines up
    with it from the right (its value columns). A caption line right above a table ("Bảng 2. ... năm 2024")
    gives its year to the columns that name none. Without a header only single-value rows are read."""
    lines = _table_lines(doc)
    rows: list[_Row] = []
    header: list[tuple[str | None, int | None]] = []
    header_places: list[dict | None] = []
    header_indicators: list[str | None] = []
    header_spans: list[tuple[int, int]] = []
    header_estimated: list[bool] = []
    continuation: set[int] = set()  # lines of a header read with its first line
    table_caption = None
    per_10k = caption_pct = False
    previous_end = -2
    wrapped = ""  # the first line of a row label wrapped over two lines
    for i, (start, end, cells, rule) in enumerate(lines):
        numbered_label = len(cells) == 2 and re.fullmatch(r"\d{1,2}\.?", doc.nfc[cells[0][0]:cells[0][1]]) \
            and not re.search(r"\d", doc.nfc[cells[1][0]:cells[1][1]][-6:])  # "5    Tỷ lệ trẻ dưới 1 tuổi tiêm chủng"
        if (len(cells) == 1 or numbered_label) and header and previous_end >= 0 and i + 1 < len(lines) \
                and len(lines[i + 1][2]) >= 2 and not (i + 1 < len(lines) and lines[i + 1][3]):
            wrapped = doc.masked[cells[-1][0]:cells[-1][1]] + " "
            previous_end = end
            continue
        if len(cells) < 2:
            previous_end = -2
            continue
        if rule:
            # (a border above a table, "┌──┬──┐", is no rule under a header: the table starts after it)
            inside = previous_end >= 0 and not doc.nfc[previous_end:start].strip() and doc.nfc.count("\n", previous_end, start) < 2
            previous_end = end if inside else -2
            continue
        if i in continuation:
            previous_end = end
            continue
        gap = doc.nfc[previous_end:start] if previous_end >= 0 else ""
        first_of_table = previous_end < 0 or gap.strip() != "" or gap.count("\n") >= 2  # (a blank line parts tables)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        markdown = doc.nfc[start:end].strip()[:1] in _PIPES
        after_rule = i > 0 and lines[i - 1][3]
        if markdown and after_rule and header and len(cells) == len(header) and not first_of_table \
                and not re.search(r"\d", doc.nfc[start:end]) \
                and any(_TABLE_ACTUAL.search(doc.match, a, b) or _TABLE_TARGET.search(doc.match, a, b) for a, b in cells):
            # a second header row under merged cells ("| Năm 2024 | Năm 2025 | | Năm 2026 |" / "| Thực hiện | Kế
            # hoạch | Ước thực hiện | Kế hoạch |"): it names the kinds, a blank merged cell takes the year on its left
            year = None
            for j, (a, b) in enumerate(cells):
                year = header[j][1] or (year if not doc.nfc[header_spans[j][0]:header_spans[j][1]].strip() else None)
                head = doc.match[a:b]
                kind = "actual" if _TABLE_ACTUAL.search(head) else "target" if _TABLE_TARGET.search(head) else header[j][0]
                header[j] = ("skip" if _TABLE_OTHER_COLUMN.search(head) else kind, year)
                header_estimated[j] = header_estimated[j] or bool(_ESTIMATE_COLUMN.search(head))
            previous_end = end
            continue
        # (a Markdown header may run over several lines above its rule: "│ Chỉ tiêu │ Thực hiện│" / "│ giao 2025│ 9
        # tháng │")
        below = i + 1
        while markdown and first_of_table and below < len(lines) and not lines[below][3] \
                and len(lines[below][2]) == len(cells) \
                and not any(_BARE_VALUE.fullmatch(doc.nfc[a:b].strip()) for a, b in lines[below][2]):
            below += 1
        is_header = bool(below < len(lines) and lines[below][3]) if markdown else bool(
            _HEADER_LINE.fullmatch(doc.nfc[start:end]) and re.search(r"[^\W\d_]", doc.nfc[start:end]))
        previous_end = end
        if first_of_table:
            header, header_places, header_indicators, header_estimated = [], [], [], []
            caption = _caption_year(doc, start)
            table_caption = _caption_label(doc, start)
            per_10k = _caption_per_10k(doc, start)
            caption_pct = _caption_pct(doc, start)
            # (the words above a table and the headline: "Tỷ lệ bao phủ (%)" in a table on health insurance)
            table_context = doc.masked[max(0, start - 600):start] + " " + (doc.masked[slice(*doc.title)] if doc.title else "")
            if is_header:
                header_spans = cells
                heads = [doc.match[a:b] for a, b in cells]
                if markdown and below > i + 1:
                    heads = [" ".join(doc.match[slice(*lines[k][2][j])].strip() for k in range(i, below))
                             for j in range(len(cells))]
                    continuation.update(range(i + 1, below))
                if not markdown and nxt and len(nxt[2]) > len(cells) and _HEADER_LINE.fullmatch(doc.nfc, nxt[0], nxt[1]) \
                        and not all(_YEAR_CELL.fullmatch(doc.match, a, b) for a, b in nxt[2]):
                    # a header over two lines, the column names split between them ("Năm 2023  Mục tiêu" / "Chỉ tiêu
                    # ĐVT (hiện trạng)  năm 2025"): each column of the fuller line with the words above it
                    heads = _two_line_header(doc, cells, nxt[2])
                    cells = header_spans = nxt[2]
                    continuation.add(i + 1)
                # the rest of some column names on the lines below ("Ước tính  Năm 2025" / "năm 2025  so với 2024
                # (%)", "Cộng dồn" / "10 tháng" / "năm 2024"): each piece joins the column it stands under
                k = i + 1 + (i + 1 in continuation)
                while not markdown and k < len(lines) and lines[k][2] and len(lines[k][2]) <= len(cells) \
                        and not lines[k][3] and doc.nfc.count("\n", lines[k - 1][1], lines[k][0]) == 1 \
                        and _HEADER_LINE.fullmatch(doc.nfc, lines[k][0], lines[k][1]) \
                        and re.search(r"[^\W\d_]|(?<!\d)(?:19|20)\d\d(?!\d)", doc.nfc[lines[k][0]:lines[k][1]]) \
                        and not all(_YEAR_CELL.fullmatch(doc.match, a, b) for a, b in lines[k][2]):
                    heads = _header_with_second_line(doc, cells, lines[k][2], heads)
                    continuation.add(k)
                    k += 1
                # "| Chỉ tiêu (năm 2024) | Bến Tre (cũ) | Trà Vinh (cũ) |": a year in the first header cell is the
                # year of the columns that name none
                first = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", heads[0])
                caption = int(first.group(0)) if first else caption
                for (a, b), head in zip(cells, heads):
                    # a column per place ("Chỉ tiêu | Bạc Liêu | Cà Mau", "Bến Tre (cũ)"): the place is the column's
                    # subject
                    header_places.append(next((c for s2, e2, c in mentions if a <= s2 and e2 <= b
                                               and _PLACE_COLUMN_PREFIX.fullmatch(doc.match, a, s2)
                                               and re.fullmatch(r"\s*(?:\(?\s*(?:cũ|mới)\s*\)?)?\s*(?:,?\s*(?:năm\s*)?"
                                                                r"(?:19|20)\d\d\s*)?", doc.match[e2:b])),
                                              None))
                    # a column per indicator ("| Tỉnh | Bác sĩ/vạn dân | Tuổi thọ trung bình (tuổi) |")
                    # (masked: "trẻ < # tuổi", an age is no figure)
                    header_indicators.append(_indicator_of_label(re.sub(r"\(\s*%\s*\)", " ", _masked_head(doc, a, b, head)).strip(),
                                                                 bool(_TABLE_PCT.search(head)), table_context))
                    kind = "actual" if _TABLE_ACTUAL.search(head) else "target" if _TABLE_TARGET.search(head) else None
                    if _TABLE_OTHER_COLUMN.search(head):
                        kind = "skip"
                    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", head)
                    header.append((kind, int(year.group(0)) if year else caption))
                    header_estimated.append(bool(_ESTIMATE_COLUMN.search(head)))
                    if header_indicators[-1] is None and kind == "target" and len(header_indicators) > 1:
                        # "| Tỷ lệ bao phủ BHYT (%) | Chỉ tiêu năm 2025 (%) |": the target of the column before
                        header_indicators[-1] = header_indicators[-2]
                # a second header line of years under the column names ("Thực hiện  Kế hoạch" / "2023  2024")
                if nxt and not markdown and nxt[2] and all(_YEAR_CELL.fullmatch(doc.match, a, b) for a, b in nxt[2]):
                    line_start = doc.nfc.rfind("\n", 0, start) + 1
                    next_start = doc.nfc.rfind("\n", 0, nxt[0]) + 1
                    for a, b in nxt[2]:
                        j = min(range(len(cells)), key=lambda k: abs((cells[k][0] - line_start) - (a - next_start)))
                        header[j] = (header[j][0], int(_YEAR_CELL.fullmatch(doc.match, a, b).group("y")))
                    continuation.add(i + 1)
                continue
        # the label is the first cell with words ("| 1 | Số bác sĩ/vạn dân | Bác sĩ | 9,8 | 10,2 |"), a unit
        # column saying "%" makes the row a percentage
        label = next((j for j, (a, b) in enumerate(cells) if re.search(r"[^\W\d_]", doc.match[a:b])), None)
        # a row per year under indicator columns: "| Năm | Số bác sĩ/vạn dân | ... |" / "| 2026 | 10,5 | ... |"
        row_year = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", doc.match[cells[0][0]:cells[0][1]]) \
            if any(header_indicators) else None
        if row_year and (label is None or label > 0):
            label = 0
        if label is None:
            continue
        text = wrapped + doc.masked[cells[label][0]:cells[label][1]]  # (masked: "trẻ dưới # tuổi")
        wrapped = ""
        if per_10k and not re.search(r"vạn|#|%", text):
            text = text.rstrip() + "/vạn dân"  # "Bác sĩ" in a table "tính trên 10.000 dân"
        if caption_pct and "%" not in text:
            text = text.rstrip() + " (%)"  # a row of a table captioned "... (%)"
        units = [doc.match[a:b].strip() for a, b in cells[label + 1:]]
        if "%" in units:
            text += " (%)"
        scale = _TABLE_SCALE.search(" ".join([text] + units))  # "Số lượt khám bệnh (triệu lượt)"
        # without a header, a row says which column is which only when it has a single value
        values = sum(bool(re.search(r"\d", doc.nfc[a:b])) for a, b in cells[label + 1:])
        default = (None, None) if header or values == 1 else ("skip", None)
        # (a row with more cells than its header lines up with it from the right too: a header of years over the
        # value columns only, "2019  2020 ... Sơ bộ 2023" / "TỔNG SỐ - TOTAL  115  115 ...")
        shift = len(header) - len(cells) if header and (len(cells) < len(header) or (
            not markdown and len(cells) - label - 1 == len(header))) else 0
        columns = [header[j + shift] if 0 <= j + shift < len(header) else default for j in range(label + 1, len(cells))]
        places = [header_places[j + shift] if 0 <= j + shift < len(header_places) else None
                  for j in range(label + 1, len(cells))]
        indicators = [header_indicators[j + shift] if 0 <= j + shift < len(header_indicators) else None
                      for j in range(label + 1, len(cells))]
        estimated = [0 <= j + shift < len(header_estimated) and header_estimated[j + shift]
                     for j in range(label + 1, len(cells))]
        # a row per place: "| Nghệ An | 11,2 | 33,6 | 73,9 |" under indicator columns
        a, b = cells[label]
        place = next((c for s2, e2, c in mentions if a <= s2 and e2 <= b and _PLACE_CELL.fullmatch(
            doc.match[a:s2] + "#" + doc.match[e2:b])), None) if any(indicators) else None
        if place:
            places = [place] * len(places)
        if row_year:
            columns = [(kind, int(row_year.group(1))) for kind, _ in columns]
        if _TOTAL_ROW.match(text) and table_caption:
            # "236. Số cơ sở y tế do địa phương quản lý" over "TỔNG SỐ - TOTAL  115 ...": the total is the caption's
            text = table_caption
        elif table_caption and _is_part_of_caption(text, table_caption):
            # "237. Số giường bệnh ..." / "Trạm y tế xã, phường, thị trấn  455": the beds of the stations, no stations
            columns = [("skip", None)] * len(columns)
        rows.append(_Row(start, end, text, cells[label + 1:], columns,
                         parse_quantity("1", scale.group(1)) if scale else 1.0, places,
                         indicators if place or row_year else [], estimated))
    return rows


#: The header of a table flattened to single spaces by a PDF-to-text conversion ("TT Chỉ tiêu ĐVT Kế hoạch Thực
#: hiện Đánh giá"): row number, label and unit columns, then value columns known by name.
_FLAT_COLUMN = (r"(?:(?P<skip>(?:th|thực hiện)\s*/\s*(?:kh|kế hoạch)(?:\s*\(?%\)?)?|đánh giá|ghi chú|so sánh(?:\s*\(?%\)?)?|so với\s*(?:cùng kỳ|kh|kế hoạch)|tăng\s*[/,]\s*giảm"
                # ("Năm 2024 so với năm 2023 (%)")
                r"|(?:năm\s*)?(?:19|20)\d\d\s*so với\s*(?:năm\s*)?(?:(?:19|20)\d\d|trước)(?:\s*\(?%\)?)?"
                r"|t[ỷỉ] lệ\s*(?:\(?%\)?\s*)?(?:hoàn thành|so với\s*(?:kh|kế hoạch))?|%\s*(?:kh|kế hoạch))"
                r"|(?P<actual>ước\s*(?:thực hiện|th|đạt|tính)|thực hiện|kết quả|ước|th|năm)"
                r"|(?P<target>kế hoạch|kh|chỉ tiêu|mục tiêu))(?:\s*\d{1,2}\s*tháng(?:\s*đầu)?)?(?:\s*(?:năm\s*)?(?P<y>(?:19|20)\d\d))?"
                r"|(?P<bare>(?:19|20)\d\d)")
# (a caption may run into it on the same line: "Biểu 01: Một số chỉ tiêu y tế chủ yếu STT Chỉ tiêu ĐVT Năm 2017 ...")
_FLAT_HEADER = re.compile(r"(?:[^\n]*?[ \t])?(?:s?tt)[ \t]+(?:tên\s*)?(?:chỉ tiêu|nội dung|danh mục)(?:[ \t]+(?:đvt|đơn vị tính|đơn vị))?"
                          rf"(?P<cols>(?:[ \t]+(?:{_FLAT_COLUMN}))+)[ \t]*")
#: The same header without a number column, its rows unnumbered, one per line ("Chỉ tiêu Đơn vị tính Năm 2023 Ước
#: tính năm 2024 Năm 2024 so với năm 2023 (%)" / "Lượt người khám bệnh Nghìn lượt 10.684,2 11.236,5 105,2").
_FLAT_HEADER_UNNUMBERED = re.compile(r"[ \t]*(?:tên\s*)?(?:chỉ tiêu|nội dung)(?:[ \t]+(?:đvt|đơn vị tính|đơn vị))?"
                                     rf"(?P<cols>(?:[ \t]+(?:{_FLAT_COLUMN})){{2,}})[ \t]*")
_FLAT_ROW_START = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*|[ivx]+)[.)]?[ \t]+(?=[^\W\d_])")
#: The cells closing a flattened row: values ("11,2", "≥ 90", "95%") and verdicts ("Đạt", "Không đạt").
_FLAT_CELL = re.compile(r"[ \t]+(?P<cell>(?:[≥≤>]\s*)?\d[\d.,]*\s*%?|(?:không |chưa )?đạt|vượt|-)(?=[ \t]*$)")
_FLAT_UNIT = re.compile(r"[ \t]+(?:%|người|lượt|giường|bác sĩ|bác sỹ|dược sĩ|điều dưỡng|trạm|cơ sở|tuổi|năm|xã)$")


def _flat_columns(doc: _Doc, header: re.Match, caption: int | None) -> list[tuple[str, int | None, bool]]:
    """(kind, year, estimated) of each value column a flattened header names ("Ước 2025 KH 2026 So sánh (%)"); a
    column naming no year takes the caption's."""
    columns = []
    for m in re.finditer(_FLAT_COLUMN, doc.match[header.start("cols"):header.end("cols")]):
        kind = next(k for k in ("skip", "actual", "target", "bare") if m.group(k))
        year = m.group("y") or m.group("bare")
        columns.append(("actual" if kind == "bare" else kind, int(year) if year else caption,
                        bool(_ESTIMATE_COLUMN.search(m.group(0)))))
    return columns


def _flat_tables(doc: _Doc) -> list[_Row]:
    """Data rows of tables whose columns a PDF-to-text conversion flattened to single spaces. Such a table is
    known by its header ("TT Chỉ tiêu ĐVT Kế hoạch Thực hiện Đánh giá", value columns named as in
    :data:`_FLAT_COLUMN`); each row starts with its number and may wrap over several lines, its cells close its
    last line and line up with the value columns from the right. A unit cell ("%", "Giường") closes the label."""
    rows: list[_Row] = []
    lines = _line_spans(doc.nfc)
    i = 0
    while i < len(lines):
        start, end = lines[i]
        header = _FLAT_HEADER.fullmatch(doc.match, start, end)
        unnumbered = not header and _FLAT_HEADER_UNNUMBERED.fullmatch(doc.match, start, end)
        header = header or unnumbered
        i += 1
        if not header:
            continue
        columns = _flat_columns(doc, header, _caption_year(doc, start))
        row_lines: list[tuple[int, int]] = []
        while unnumbered and i < len(lines) and len(_closing_cells(doc, *lines[i], len(columns))[0]) == len(columns) \
                and re.match(r"[ \t]*[^\W\d_]", doc.match[lines[i][0]:lines[i][1]]):
            row = _flat_row(doc, [lines[i]], columns, numbered=False)  # one row per line, each with all its values
            if row:
                rows.append(row)
            i += 1
        while not unnumbered and i < len(lines) + 1:
            line = lines[i] if i < len(lines) else None
            # (a row whose last line closes with its cells ends there: "2 Số giường bệnh/vạn dân Giường 28,1 28,6
            # 30,2" / "Nguồn: Sở Y tế ...")
            closed = row_lines and len(_closing_cells(doc, *row_lines[-1], len(columns))[0]) >= len(columns)
            if row_lines and (line is None or _FLAT_ROW_START.match(doc.match, line[0], line[1])
                              or not doc.nfc[line[0]:line[1]].strip() or closed):
                row = _flat_row(doc, row_lines, columns)
                if row:
                    rows.append(row)
                row_lines = []
            if line is None or not doc.nfc[line[0]:line[1]].strip():
                break
            if not row_lines and not _FLAT_ROW_START.match(doc.match, line[0], line[1]):
                break
            row_lines.append(line)
            i += 1
            if len(row_lines) > 4:  # a row wraps over a few lines at most: this is prose
                break
    return rows


#: A flattened table header inside a line, its first row right after it (a whole document flattened to one line:
#: "... chỉ tiêu chủ yếu: STT Chỉ tiêu ĐVT Ước 2025 KH 2026 KH 2030 1 Số bác sĩ/vạn dân Bác sĩ 10,9 11,3 15 2 ...").
_INLINE_FLAT_HEADER = re.compile(r"(?<![\w])s?tt[ \t]+(?:tên\s*)?(?:chỉ tiêu|nội dung|danh mục)(?:[ \t]+(?:đvt|đơn vị tính|đơn vị))?"
                                 rf"(?P<cols>(?:[ \t]+(?:{_FLAT_COLUMN}))+)(?=[ \t]+1[ \t]+[^\W\d_])")


def _inline_flat_tables(doc: _Doc) -> list[_Row]:
    """Rows of a flattened table that runs on in its line after its header: "1 <label> [unit] v1 ... vN" with
    exactly one value per column, numbered 1, 2, 3 ... (a number out of turn, or a row without its N values,
    ends the table)."""
    rows: list[_Row] = []
    for header in _INLINE_FLAT_HEADER.finditer(doc.match):
        columns = _flat_columns(doc, header, None)
        row = re.compile(r"[ \t]+(?P<n>\d{1,2})[ \t]+(?P<label>[^\W\d_][^\d\n]*?)(?P<cells>(?:[ \t]+(?:[≥≤>][ \t]*)?"
                         rf"\d[\d.,]*(?:[ \t]*%)?){{{len(columns)}}})(?=[ \t]|$)")
        pos, number = header.end(), 1
        while (m := row.match(doc.masked, pos)) and int(m.group("n")) == number:
            label = m.group("label")
            unit = _FLAT_UNIT.search(label.rstrip())
            if unit:
                label = label[:unit.start()] + (" (%)" if unit.group(0).strip() == "%" else "")
            cells = [(c.start(), c.end()) for c in re.finditer(r"(?:[≥≤>][ \t]*)?\d[\d.,]*(?:[ \t]*%)?",
                                                                 doc.masked[m.start("cells"):m.end()])]
            cells = [(m.start("cells") + a, m.start("cells") + b) for a, b in cells]
            rows.append(_Row(m.start("n"), m.end(), " ".join(label.split()), cells,
                             [(kind, year) for kind, year, _ in columns],
                             estimated=[estimated for _, _, estimated in columns]))
            pos, number = m.end(), number + 1
    return rows


#: The columns of a data file in long form, one figure per line ("STT;Mã;Năm;Chỉ tiêu;Đơn vị tính;Giá trị;Loại").
#: Matched on the names folded to ASCII, as data portals often write them ("Nam;Ma_chi_tieu;Ten_chi_tieu;Gia_tri").
_DELIMITED_COLUMNS = {
    "year": re.compile(r"nam|year|ky(?: bao cao)?|nam bao cao"),
    "label": re.compile(r"(?:ten )?(?:chi tieu|chi so|noi dung)|indicator(?: name)?"),
    "value": re.compile(r"gia tri|so lieu|value|ket qua"),
    "kind": re.compile(r"loai(?: so lieu)?|phan loai|type"),
    "unit": re.compile(r"don vi(?: tinh)?|dvt|unit"),
}


def _delimited_fields(line: str, delimiter: str) -> list[tuple[int, int]]:
    """The spans of the fields of a CSV line (quotes left out of a quoted field's span)."""
    spans, i = [], 0
    while i <= len(line):
        if line.startswith('"', i):
            close = line.find('"', i + 1)
            close = len(line) if close < 0 else close
            spans.append((i + 1, close))
            i = line.find(delimiter, close)
        else:
            nxt = line.find(delimiter, i)
            spans.append((i, len(line) if nxt < 0 else nxt))
            i = nxt
        if i < 0:
            break
        i += 1
    return spans


def _delimited_rows(doc: _Doc) -> list[_Row]:
    """Lines of a data file pasted into a page, in long form: a header line naming the year, indicator, value (and
    kind, unit) columns, separated by ";" or ","; each line after it is one figure ("5;\"YT01\";2024;\"Số bác
    sĩ/vạn dân\";\"Bác sĩ\";9,3;\"TH\""). "TH" / "thực hiện" is an actual, "KH" / "kế hoạch" a target, "Ước" an estimate."""
    rows: list[_Row] = []
    lines = [(a, doc.match[a:b]) for a, b in _line_spans(doc.match)]
    i = 0
    while i < len(lines):
        start, line = lines[i]
        i += 1
        delimiter = ";" if line.count(";") >= 3 else "," if line.count(",") >= 3 and '"' in line else None
        if not delimiter:
            continue
        heads = [ascii_fold(line[a:b]) for a, b in _delimited_fields(line, delimiter)]
        where = {name: next((j for j, h in enumerate(heads) if pattern.fullmatch(h)), None)
                 for name, pattern in _DELIMITED_COLUMNS.items()}
        if where["label"] is None or where["value"] is None:
            continue
        while i < len(lines):
            start, line = lines[i]
            fields = _delimited_fields(line, delimiter)
            if len(fields) != len(heads):
                break
            i += 1
            cell = lambda name: line[slice(*fields[where[name]])].strip() if where[name] is not None else ""
            year = re.fullmatch(r"(?:19|20)\d\d", cell("year"))
            kind_text, unit = cell("kind"), cell("unit")
            kind = ("target" if _TABLE_TARGET.search(kind_text) else "actual") if kind_text else None
            a, b = fields[where["label"]]
            label = doc.masked[start + a:start + b] + (" (%)" if unit == "%" else "")
            scale = _TABLE_SCALE.search(unit)
            va, vb = fields[where["value"]]
            rows.append(_Row(start, start + len(line), label, [(start + va, start + vb)],
                             [(kind, int(year.group(0)) if year else None)],
                             parse_quantity("1", scale.group(1)) if scale else 1.0,
                             estimated=[bool(_ESTIMATE_COLUMN.search(kind_text))]))
    return rows


#: An item of a list of values by year: "- Năm 2020: 96,2", "• 2021: 93,8%".
_YEAR_ITEM = re.compile(r"^[ \t]*(?:[-+•*–·][ \t]*)?(?:năm[ \t]*)?(?P<y>(?:19|20)\d\d)[ \t]*:[ \t]*"
                        r"(?P<v>\d[\d.,]*[ \t]*%?)[ \t.;]*$", re.M)
#: A caption's number and what only dates it: "Bảng 1.", "giai đoạn 2020 - 2024", "qua các năm", "(%)".
_CAPTION_NUMBER = re.compile(r"^\s*(?:bảng|biểu|hình|biểu đồ)\s*[\divx.]+\s*[.:]?\s*")
_CAPTION_PERIOD = re.compile(r"\s(?:giai đoạn|qua các năm|các năm|từ năm|trong)\s.*$|\s*\(.*$|\s*:\s*$")


def _year_list_rows(doc: _Doc) -> list[_Row]:
    """Items of a list of values by year under a line naming what they measure ("Bảng 1. Tỷ lệ trẻ dưới 1 tuổi
    được tiêm chủng đầy đủ giai đoạn 2020 - 2024 (%)" over "- Năm 2020: 96,2"): each a figure of that indicator
    and its year."""
    rows: list[_Row] = []
    items = list(_YEAR_ITEM.finditer(doc.match))
    lead = ""
    for k, m in enumerate(items):
        if k == 0 or doc.match[items[k - 1].end():m.start()].strip():  # a new list: the line above says what
            above = doc.masked[:m.start()].rstrip()
            line = above[above.rfind("\n") + 1:]
            lead = _CAPTION_PERIOD.sub("", _CAPTION_NUMBER.sub("", line)).strip()
            lead += " (%)" if "%" in line else ""
        if lead:
            rows.append(_Row(m.start(), m.end(), lead, [(m.start("v"), m.end("v"))], [(None, int(m.group("y")))]))
    return rows


def _closing_cells(doc: _Doc, start: int, end: int, most: int) -> tuple[list[tuple[int, int]], int]:
    """The cells (at most `most`) closing doc[start:end], and where they begin."""
    cells: list[tuple[int, int]] = []
    stop = end
    while len(cells) < most:
        m = _FLAT_CELL.search(doc.match, start, stop)
        if not m:
            break
        cells.insert(0, (m.start("cell"), m.end("cell")))
        stop = m.start()
    return cells, stop


def _flat_row(doc: _Doc, row_lines: list[tuple[int, int]], columns, numbered: bool = True) -> _Row | None:
    start, end = row_lines[0][0], row_lines[-1][1]
    cells, stop = _closing_cells(doc, start, end, len(columns))
    if not cells or not any(re.search(r"\d", doc.nfc[a:b]) for a, b in cells):
        return None
    label = doc.masked[_FLAT_ROW_START.match(doc.match, start).end() if numbered else start:stop]
    scale = _TABLE_SCALE.search(label)  # a unit cell "Nghìn lượt"
    unit = _FLAT_UNIT.search(label)
    if unit:
        label = label[:unit.start()] + (" (%)" if unit.group(0).strip() == "%" else "")
    kept = columns[len(columns) - len(cells):]
    return _Row(start, end, " ".join(label.split()), cells, [(kind, year) for kind, year, _ in kept],
                parse_quantity("1", scale.group(1)) if scale else 1.0,
                estimated=[estimated for _, _, estimated in kept])


def _line_above(text: str, table_start: int) -> tuple[int, int]:
    """The span of the last line with text before `table_start` (a table's caption), trailing blanks left out."""
    end = table_start
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _caption_year(doc: _Doc, table_start: int) -> int | None:
    """The year of a caption line right above a table ("Bảng 2. Mạng lưới y tế năm 2024"), when it names one."""
    line_start, end = _line_above(doc.nfc, table_start)
    if not end or _TABLE_LINE.fullmatch(doc.nfc[line_start:end]):
        return None
    years = {y.year for y in doc.years if line_start <= y.pos < end and not y.comparison and y.until is None}
    return years.pop() if len(years) == 1 else None


def _caption_pct(doc: _Doc, table_start: int) -> bool:
    """A caption line right above a table saying its values are percentages ("Bảng: Kết quả tiêm chủng (%)")."""
    return bool(re.search(r"\(\s*%\s*\)\s*:?\s*$", doc.match[slice(*_line_above(doc.match, table_start))]))


def _caption_per_10k(doc: _Doc, table_start: int) -> bool:
    """A caption line right above a table saying its values are per 10,000 people ("Bảng 1. Nhân lực y tế (tính trên
    10.000 dân)"): its rows name only the staff ("Bác sĩ", "Dược sĩ đại học")."""
    return bool(re.search(r"(?:trên|/|bình quân)\s*(?:1\s*|một\s*)?(?:vạn|10[.,]?000)\s*(?:dân|người)",
                          doc.match[slice(*_line_above(doc.match, table_start))]))


#: A row of the total of what a table counts: "TỔNG SỐ - TOTAL", "Tổng cộng", "Toàn tỉnh".
_TOTAL_ROW = re.compile(r"\s*(?:tổng số|tổng cộng|toàn tỉnh|toàn thành phố)(?![\w])")
#: A numbered table title a few lines above its header: "236. Số cơ sở y tế do địa phương quản lý".
_TABLE_TITLE = re.compile(r"^[ \t]*(?:(?:bảng|biểu)\s*)?[\d.]{1,6}\s*[.:]?\s+(?P<title>(?:số|tổng số)\s[^\n]{3,80})$", re.M)


def _is_part_of_caption(label: str, caption: str) -> bool:
    """A row naming another stock than the table's title counts: a part of it ("Trạm y tế ..." in "Số giường bệnh")."""
    of_caption, of_row = _indicator_of_label(caption, False), _indicator_of_label(label, False)
    return of_caption in lx.STOCK_INDICATORS and of_row in lx.STOCK_INDICATORS and of_caption != of_row


def _caption_label(doc: _Doc, table_start: int) -> str | None:
    """The title of a table a few lines above it ("236. Số cơ sở y tế do địa phương quản lý"), in match form."""
    above = doc.match[max(0, table_start - 300):table_start]
    titles = list(_TABLE_TITLE.finditer(above))
    return titles[-1].group("title").strip() if titles else None


#: Box-drawing characters: the horizontal lines stand for the dashes of a rule line, the rest (verticals, corners,
#: junctions) for pipes.
_GRID_BORDER = re.compile(r"^[ \t]*\+[-=+: \t]*\+[ \t]*$", re.M)
_BOX_CHAR = re.compile(r"[\u2500-\u257f]")
_PIPES = "|\u2502\u2503\u2551"
_BOX_AS_ASCII = {c: ("-" if c in (0x2500, 0x2501, 0x2550, *range(0x2504, 0x250C), *range(0x254C, 0x2550)) else "|")
                 for c in range(0x2500, 0x2580)}


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bars = [start + m.start() for m in re.finditer(r"\|", text[start:end])]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


def _table_figure(token: _Token, row: _Row) -> tuple[str, str | None, int | None] | None:
    """(indicator, kind, year) of a number in a table cell, read from the row label and the column header."""
    column = next((j for j, (a, b) in enumerate(row.cells) if a <= token.start < b), None)
    if column is None or token.word or token.fraction:
        return None
    pct = token.pct or bool(_TABLE_PCT.search(row.label))
    indicator = row.indicators[column] if row.indicators else \
        _indicator_of_label(re.sub(r"\(\s*%\s*\)", " ", row.label).strip(), pct)
    if indicator is None:
        return None
    kind, year = row.columns[column]
    if kind == "skip":
        return None
    if indicator in lx.RATIO_OF_COUNT and re.search(r"vạn\s*(?:dân|người)", row.label):
        indicator = lx.RATIO_OF_COUNT[indicator]  # "Số giường bệnh bình quân 1 vạn dân": the ratio
    return indicator, kind, year


def _indicator_of_label(label: str, pct: bool, context: str = "") -> str | None:
    """The indicator a label names without its number ("Số bác sĩ/vạn dân", "tỷ lệ bao phủ bảo hiểm y tế"): a
    rule whose right side the label starts with (head words like "Số" aside), else the rule whose left side
    matches last in it. A rule needing context words ("Tỷ lệ bao phủ (%)" needs "bảo hiểm y tế") counts only when
    `context` holds them."""
    indicator = None
    best = -1
    for c in lx.COMPILED:
        rule = c.rule
        if rule.fraction_ok or (rule.unit == "pct") != pct or (rule.before and not (context and c.before.search(context))):
            continue
        if c.right and c.right.match(_HEAD_WORDS.sub("", label)):
            return rule.indicator
        m = c.left.search(label + " ") if c.left and not c.right_after_left else None
        if m and m.start() > best:
            best, indicator = m.start(), rule.indicator
    return indicator


def _span_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return pos, pos


_BULLET = re.compile(r"[ \t]*[-+•*–·][ \t]")
#: Emoji and symbol bullets of social-media posts ("✅ Bác sĩ/vạn dân: 9,7", "👉 ...", "▪ ...", "➢ ...").
_SYMBOL_BULLET = re.compile(
    r"[ \t]*[\u2190-\u21ff\u2022\u2023\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"[\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]*[ \t]")


def _is_bullet(text: str, pos: int) -> bool:
    """A list item: a dash or dot bullet, or an emoji/symbol bullet whose text is not an all-caps heading
    ("🎯 MỤC TIÊU NĂM 2025" heads the "👉 ..." items under it)."""
    if _BULLET.match(text, pos):
        return True
    m = _SYMBOL_BULLET.match(text, pos)
    if not m:
        return False
    line = text[m.end():text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
    return any(c.islower() for c in line) or bool(re.search(r":\s*[≥≤~]?\s*\d", line))


#: A numbered list item: "1. Số bác sĩ/vạn dân: ...", "(12) Số giường bệnh/vạn dân đạt ...", "a) ...".
_NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-zđ]\))[ \t]"
                       # ordinals opening the items of a speech: "Thứ nhất, phấn đấu đạt 8,5 bác sĩ/vạn dân"
                       r"|[ \t]*[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]")


def _heading(doc: _Doc, paragraph: tuple[int, int]) -> tuple[int, int] | None:
    """The line introducing a list ("Chỉ tiêu kế hoạch năm 2025", "Kết quả 9 tháng:", "Chỉ tiêu y tế đến năm 2030:")
    for a list item - a bullet, or a numbered item ("1. ...", "(12) ..."): the nearest earlier paragraph that is not
    an item of the same list, with only such items in between. A numbered line above bullets is their heading."""
    i = doc.paragraphs.index(paragraph) if paragraph in doc.paragraphs else -1
    if _is_bullet(doc.nfc, paragraph[0]):
        is_item = lambda start: _is_bullet(doc.nfc, start)  # noqa: E731
    elif _NUMBERED.match(doc.nfc, paragraph[0]):
        is_item = lambda start: bool(_NUMBERED.match(doc.nfc, start))  # noqa: E731
    else:
        return _target_crosshead(doc, i)
    while i > 0:
        i -= 1
        start, end = doc.paragraphs[i]
        if not is_item(start):
            # a title or a line ending with a colon; not a sentence or a question before dialogue dashes
            text = doc.nfc[start:end].rstrip()
            return (start, end) if end - start <= 250 and text[-1:] not in ".?!…\"”" else None
    return None


#: A crosshead that opens with its target words ("Mục tiêu đến năm 2030", "II. CHỈ TIÊU KẾ HOẠCH NĂM 2025"), not a
#: byline naming an office ("Phòng Kế hoạch", "Ban Mục tiêu quốc gia").
_CROSSHEAD_TARGET = re.compile(r"\s*(?:[ivx]+[.)]\s*|[#\d]+[.)]\s*)?(?:các\s*)?(?:mục tiêu|chỉ tiêu|phấn đấu|định hướng"
                               r"|kế hoạch(?!\s*số)|nhiệm vụ|phương hướng)")


def _target_crosshead(doc: _Doc, i: int) -> tuple[int, int] | None:
    """A crosshead of targets over prose paragraphs ("Mục tiêu đến năm 2030" on its own line, then "Đạt 13 bác sĩ
    ..."): the nearest short unpunctuated line among the two paragraphs before, not the title."""
    for j in range(i - 1, max(0, i - 3), -1):
        start, end = doc.paragraphs[j]
        text = doc.nfc[start:end].strip()
        if end - start <= 100 and text[-1:] not in ".?!…\"”|)" and not re.search(r"\d", doc.masked[start:end]):
            head = doc.masked[start:end]
            return (start, end) if _CROSSHEAD_TARGET.match(head) and lx.HEADING_TARGET.search(head) \
                and not lx.RESULTS_HEADING.search(head) and "|" not in head else None
    return None


def _heading_kind(doc: _Doc, heading: tuple[int, int] | None) -> str | None:
    """'target' for a heading of targets, else None (the bullet's own words decide)."""
    if heading is None:
        return None
    text = doc.masked[heading[0]:heading[1]]
    if lx.HEADING_TARGET.search(text) and not lx.RESULTS_HEADING.search(text):
        return "target"
    return None


def _clause_start(masked: str, sentence_start: int, pos: int) -> int:
    cut = masked.rfind(";", sentence_start, pos)
    return cut + 1 if cut >= 0 else sentence_start


# --- classification ------------------------------------------------------------------------------------
#: "tỷ lệ" opening the phrase a rule matched ("tỷ lệ học sinh, sinh viên tham gia BHYT"): its words count for vetoes.
_RATE_BEFORE = re.compile(r"t[ỷỉ] lệ[^;.%\d#]{0,40}$")

#: "thấp hơn bình quân cả nước gần 6 tuổi": the gap to an average, not a level (a percentage there, or a value in
#: brackets or after "là", is the average's own: "thấp hơn bình quân cả nước (14,5)").
_GAP_TO_AVERAGE_BEFORE = re.compile(r"(?:cao|thấp|nhiều|ít)\s*hơn\s*(?:so với\s*)?(?:mức\s*)?(?:bình quân|trung bình)"
                                    r"[^\d#%;,.():]{0,30}?(?<!là)\s(?:(?:khoảng|gần|hơn|trên)\s*)?$")


def _classify(token: _Token, doc: _Doc, sentence: tuple[int, int]) -> tuple[str, int, int] | None:
    """(indicator, quote start, quote end) for a number token, or None when no rule claims it."""
    masked = doc.masked
    clause_start = _clause_start(masked, sentence[0], token.start)
    left = masked[clause_start:token.start]
    right = masked[token.end:sentence[1]]
    sentence_text = masked[sentence[0]:sentence[1]]
    beyond = lx.BEYOND_TARGET.search(left)
    if lx.CHANGE_BEFORE.search(left) or re.search(r"(?:cao|thấp|nhiều|ít)\s*hơn\s*$", left) \
            or (beyond and not beyond.group(0).startswith("so với")):
        return None  # (but "thấp hơn nhiều so với mục tiêu 15 bác sĩ/vạn dân" names the target, no difference)
    if token.pct and lx.PLAN_SHARE_AFTER.match(masked, token.end):
        return None  # "bằng 58,4% kế hoạch năm": progress toward a plan
    if lx.DISTRIBUTIVE_BEFORE.search(left):
        return None  # "mỗi xã có một trạm y tế" is a norm, not a count
    if lx.SAMPLE_BEFORE.search(left) or lx.EXAMPLE_BEFORE.search(masked, sentence[0], token.start):
        return None  # "lấy ý kiến của 6.450 người bệnh", "Nói cách khác, 10 bác sĩ/vạn dân tương đương ..."

    def unit_ok(rule: lx.Rule) -> bool:
        if token.fraction and not rule.fraction_ok:
            return False
        if rule.fraction_ok and not token.fraction:
            return False
        if token.word and not rule.words_ok:
            return False
        return token.pct == (rule.unit == "pct")

    def vetoed(c: lx.CompiledRule, start: int, end: int) -> bool:
        """The rule's veto words between its phrase's start (or a "tỷ lệ" just before it) and its end, or in the
        words right after it: "tỷ lệ học sinh tham gia BHYT", "khám bệnh, cấp thuốc miễn phí cho 500 lượt người",
        "12.000 lượt khám sàng lọc"; in the words a label's verb is said of ("2,1 triệu học sinh tham gia BHYT, đạt
        tỷ lệ 98,7%") or the set a "trong đó" share is taken of ("1,45 triệu người cao tuổi, trong đó 97,2% ...");
        or right after a topic word of the clause, "Đối với nhóm học sinh, ..."."""
        if not c.veto:
            return False
        rate = _RATE_BEFORE.search(masked, clause_start, start)
        tail = re.match(r"[^,;.()\n]{0,25}", masked[end:end + 25]).group(0)  # "12.000 lượt khám | sàng lọc"
        if c.veto.search(masked[rate.start() if rate else start:end] + tail):
            return True
        # the people a label's verb is said of, right before it: "có hơn 2,1 triệu học sinh, sinh viên | tham gia
        # BHYT, đạt tỷ lệ 98,7%"; the set a share "trong đó" is taken of: "1,45 triệu người cao tuổi, trong đó
        # 97,2% đã có thẻ BHYT"
        if not rate and start < token.start:
            said_of = re.search(r"[^\d#%;.:()]{0,30}$", masked[clause_start:start]).group(0)
            if c.veto.search(said_of):
                return True
        share = lx.SUBSET_BEFORE.search(masked, clause_start, token.start)
        if share and start == token.start:
            said_of = re.search(r"[^\d#%;.:()]{0,40}$", masked[clause_start:share.start()]).group(0)
            if c.veto.search(said_of):
                return True
        # "Nhóm học sinh, sinh viên có tỷ lệ tham gia BHYT đạt 99,4%": a group of people opening the sentence
        group = re.match(r"[\W_]*(?:nhóm|khối|đối tượng)\s", masked[sentence[0]:start])
        if group and c.veto.search(masked[sentence[0]:start]):
            return True
        # "Đối với nhóm học sinh, sinh viên, tỷ lệ tham gia BHYT đạt 99,1%": a subgroup as the clause's topic
        return any(c.veto.search(re.match(r"[^,;:.]*", masked[clause_start + t.end():start]).group(0))
                   for t in lx.SUBGROUP_TOPIC.finditer(masked[clause_start:start]))

    for c in lx.COMPILED:
        if c.right and unit_ok(c.rule):
            m = c.right.match(right)
            if m and (not c.sentence or c.sentence.search(sentence_text)) and (
                    _context_named(c, doc, _span_of(doc.paragraphs, token.start)[0], token.start)) \
                    and not vetoed(c, token.start, token.end + m.end()):
                if c.rule.indicator in lx.RATIO_OF_COUNT:
                    # "Số bác sĩ/vạn dân đạt 16 bác sĩ": the ratio label right before the number names what the noun
                    # counts (not "... giường bệnh/vạn dân với tổng số 15.420 giường bệnh")
                    ratio = lx.RATIO_OF_COUNT[c.rule.indicator]
                    label = next((x for r in lx.COMPILED if r.rule.indicator == ratio and r.label
                                  for x in list(r.label.finditer(left))[-1:]
                                  if re.fullmatch(r"\s*(?:đạt|là|ở mức|:)?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?",
                                                  left[x.end():])), None)
                    if label:
                        return ratio, clause_start + label.start(), token.end + m.end()
                return c.rule.indicator, token.start, token.end + m.end()
    # "giường bệnh/vạn dân, trong khi có tới 12 tỉnh ...": a number counting something else is not the label's value
    counted = bool(lx.COUNTED_AFTER.match(masked, token.end))

    def labelled(text: str) -> tuple[int, lx.CompiledRule, int] | None:
        """The label standing last on the left in `text` (the clause before the number)."""
        best: tuple[int, lx.CompiledRule, int] | None = None
        for c in lx.COMPILED:
            if c.left and unit_ok(c.rule) and not token.word \
                    and not (counted and c.rule.unit != "count" and not c.right_after_left):
                m = c.left.search(text)
                if not m or (c.before and not _context_named(c, doc, _span_of(doc.paragraphs, token.start)[0],
                                                              clause_start + m.start())):
                    continue
                end = token.end
                if c.right_after_left:
                    m2 = c.right_after_left.match(right)
                    if not m2:
                        continue
                    end = token.end + m2.end()
                if vetoed(c, clause_start + m.start(), end):
                    continue
                if best is None or m.start() > best[0]:
                    best = (m.start(), c, end)
        return best

    best = labelled(left)
    if best is None and token.pct and _SHARE_OF_COUNTED.search(left):
        # "đã tiêm chủng đầy đủ 8 loại vắc xin cho 9.512 trẻ dưới 1 tuổi, đạt tỷ lệ 97,1%": the share of the people
        # just counted, the label read past their count
        best = labelled(_PEOPLE_COUNT.sub(lambda m: "x" * len(m.group(0)), left))
    if best:
        return best[1].rule.indicator, clause_start + best[0], best[2]
    return None


#: A share said of people just counted ("cho 9.512 trẻ dưới 1 tuổi, đạt tỷ lệ 97,1%"), and such a count.
_SHARE_OF_COUNTED = re.compile(r",\s*(?:đạt|chiếm|bằng)\s*(?:t[ỷỉ] lệ\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?$")
_PEOPLE_COUNT = re.compile(r"[\d#][\d#.,]*(?=\s*(?:nghìn|ngàn|triệu)?\s*(?:trẻ|người|phụ nữ|học sinh|cháu)(?![\w]))")


_PER_10K = re.compile(lx.PER_10K)


def _shared_denominator(doc: _Doc) -> dict[int, tuple[str, int, int]]:
    """"19 bác sĩ, 4 dược sĩ đại học, 33 điều dưỡng và 35 giường bệnh trên vạn dân": a list of counts of staff and
    beds closed by one denominator is a list of ratios. Returns number start -> (indicator, quote start, end)."""
    out: dict[int, tuple[str, int, int]] = {}
    for m in lx.SHARED_DENOMINATOR.finditer(doc.masked):
        denominator = _PER_10K.match(doc.masked, m.end())  # (quoted with the list: what follows it may name whose)
        for item in lx.RATIO_ITEM.finditer(doc.masked, m.start(), m.end()):
            indicator = next(k for k, v in item.groupdict().items() if v and k != "num")
            out[item.start()] = (lx.RATIO_NOUN_INDICATOR[indicator], item.start(),
                                 denominator.end() if denominator else item.end())
    return out


#: "của hai tỉnh", "ở 3 địa phương", "của các tỉnh này", "hai địa phương lần lượt đạt": places counted back to those
#: named before.
_PLACES_ANAPHOR = re.compile(
    r"(?<![\w])(?:(?:của|ở|tại)\s*)?(?:hai|ba|bốn|#|\d|các)\s*(?:tỉnh|địa phương|đơn vị)(?:\s*(?:này|trên|đó))?")


def _respectively(doc: _Doc, tokens: list[_Token], mentions=(),
                  places: dict | None = None) -> dict[int, tuple[str, int, int] | None]:
    """"tỷ lệ tham gia BHYT và tỷ lệ hài lòng lần lượt đạt 93% và 90%": the n-th label takes the n-th number.
    Returns token start -> (indicator, quote start, quote end), or None for numbers of a list that does not pair
    up (as many labels as numbers, same units) - those are dropped rather than guessed. One label with n numbers
    pairs the numbers with n places instead: named in the clause ("của Lào Cai và Yên Bái"), or counted back
    ("của hai tỉnh" - the last n provinces named before it in the paragraph); their codes go into `places`."""
    out: dict[int, tuple[str, int, int] | None] = {}
    for m in lx.RESPECTIVELY.finditer(doc.masked):
        sentence = _span_of(doc.sentences, m.start())
        clause_start = _clause_start(doc.masked, sentence[0], m.start())
        head = doc.masked[clause_start:m.start()]
        labels: list[tuple[int, int, lx.CompiledRule]] = []
        for c in lx.COMPILED:
            if c.label and not c.right_after_left:
                labels += [(x.start(), x.end(), c) for x in c.label.finditer(head)]
        labels.sort(key=lambda x: (x[0], -x[1]))
        kept: list[tuple[int, int, lx.CompiledRule]] = []
        for a, b, c in labels:
            if not kept or a >= kept[-1][1]:
                kept.append((a, b, c))
        if len({c.rule.indicator for _, _, c in kept}) == 1:
            kept = kept[-1:]  # one measure named twice ("Về tuổi thọ, năm 2024 tuổi thọ trung bình của A và B ...")
        owned = _values_with_places(doc, tokens, mentions, m.end(), sentence[1])
        if len(owned) >= 2 and len(kept) == 1 and places is not None and all(
                t.pct == (kept[0][2].rule.unit == "pct") and not t.word and not t.fraction for t, _ in owned):
            # "số bác sĩ/vạn dân của ba tỉnh lần lượt là 10,4 (Lâm Đồng), 7,6 (Đắk Nông) và 9,9 (Bình Thuận)"
            for t, codes in owned:
                out[t.start] = (kept[0][2].rule.indicator, clause_start + kept[0][0], t.end)
                places[t.start] = codes
            continue
        numbers: list[_Token] = []
        # "13,8; 12,1 và 11,6": decimal commas make the list's separator a semicolon (a list closed by "và")
        for separator in (r"[\s,]*(?:và\s*)?", r"\s*(?:;|và)\s*"):
            numbers, seps = [], []
            pos = m.end()
            for t in tokens:
                if t.start < pos or t.start >= sentence[1]:
                    continue
                if numbers and not re.fullmatch(separator, doc.masked[pos:t.start]) \
                        or not numbers and not re.fullmatch(r"\s*", doc.masked[pos:t.start]):
                    break
                if numbers:
                    seps.append(doc.masked[pos:t.start].strip())
                numbers.append(t)
                pos = t.end
            if len(numbers) >= 2 and (separator.startswith(r"[\s,]") or (seps[-1] == "và" and ";" in seps)):
                break
        else:
            numbers = numbers[:1]
        if not numbers:
            continue
        if len(kept) <= 1 and len(numbers) >= 2:
            # "tỷ lệ bác sĩ của A, B và C lần lượt là 13,8; 12,1 và 11,6 bác sĩ/vạn dân", "số giường bệnh của A và B
            # lần lượt là 35,2 và 31,4 giường bệnh/vạn dân": the unit phrase after the last number names the
            # indicator of them all
            tail = doc.masked[numbers[-1].end:sentence[1]]
            kept = [(m.start() - clause_start, m.end() - clause_start, c) for c in lx.COMPILED
                    if c.right and not c.rule.fraction_ok and c.right.match(tail)
                    and (c.rule.unit == "pct") == numbers[-1].pct][:1] or kept
            if not kept and _lifespan_paragraph(doc, numbers[-1]):
                # "Kon Tum ... chỉ 67,4 tuổi; Lai Châu và Điện Biên lần lượt là 67,7 và 68,2 tuổi"
                kept = [(0, m.end() - clause_start, _LIFESPAN_RULE)]
        pairs = len(kept) == len(numbers) >= 2 and all(
            t.pct == (c.rule.unit == "pct") and not t.word and not t.fraction for t, (_, _, c) in zip(numbers, kept))
        owners = _respective_places(doc, mentions, clause_start, m.start(), len(numbers)) \
            if len(kept) <= 1 and len(numbers) >= 2 and places is not None else None
        if owners and not kept and len({t.pct for t in numbers}) == 1 \
                and not any(t.word or t.fraction for t in numbers):
            # "TP.HCM đạt 92,8%, ...; Đà Nẵng, Hải Phòng và Cần Thơ lần lượt là 96,4%, 95,1% và 94%": no label, the
            # places pair up with the numbers, which take their indicator from the figures around them
            for t, codes in zip(numbers, owners):
                places[t.start] = codes
            continue
        if owners and all(t.pct == (kept[0][2].rule.unit == "pct") and not t.word and not t.fraction for t in numbers):
            for t, codes in zip(numbers, owners):
                out[t.start] = (kept[0][2].rule.indicator, clause_start + kept[0][0], t.end)
                places[t.start] = codes
            continue
        for t, (a, _, c) in zip(numbers, kept) if pairs else ((t, (0, 0, None)) for t in numbers):
            out[t.start] = (c.rule.indicator, clause_start + a, t.end) if pairs else None
    return out


#: The unit word a bare value may carry and still end its clause ("với 71,2 tuổi.", "đạt 76 tuổi;").
_UNIT_WORD = {"years": r"(?:tuổi|năm)", "per_10k": lx.DOCTOR + r"|giường(?:\s*bệnh)?|dược\s*s[ĩỹi]|điều dưỡng"}
#: A difference or a change ("cao hơn 2,9 tuổi", "tăng 1,2%") is not another figure standing between.
_DIFFERENCE = re.compile(r"(?:(?:cao|thấp|nhiều|ít)\s*hơn|tăng|giảm)\s*(?:khoảng\s*|gần\s*)?[\d#][\d#.,]*"
                         r"(?:\s*(?:%|điểm phần trăm|tuổi|năm))?")


#: What a figure amounts to, after it: "tương ứng khoảng 3,05 triệu người", "tương đương 12.500 người".
_EQUIVALENT = re.compile(r"(?:tương ứng|tương đương)(?:\s*(?:với|khoảng|gần|hơn|trên))*\s*[\d#][\d#.,]*\s*"
                         r"(?:triệu|nghìn|ngàn)?\s*(?:người|lượt|thẻ)?")


def _ends_clause(doc: _Doc, end: int, indicator: str) -> bool:
    """Nothing but a clause end (or "và") after a bare value, its unit word allowed in between."""
    unit = _UNIT_WORD.get(_unit_of(indicator))
    tail = doc.masked[end:end + 40]
    if unit:
        tail = re.sub(r"^\s*(?:" + unit + r")(?![\w])", "", tail)
    tail = re.sub(r"^\s*(?:(?:từ|trong|vào|của|cuối|đầu)\s*)*năm\s*####", "", tail)  # "đã đạt 94,5% từ năm 2024,"
    tail = re.sub(r"^\s*trở\s*(?:lên|xuống)", "", tail)  # "duy trì từ 96% trở lên;"
    # ("đến năm 2030 đạt trên 97% theo tinh thần Nghị quyết 72-NQ/TW": what the target follows)
    if re.match(r"\s*theo\s*(?:kế hoạch|tinh thần|nghị quyết|chỉ tiêu|mục tiêu|lộ trình|quyết định)", tail):
        return True
    return bool(re.match(r"\s*(?:[.;,)”\"]|và\s|$)", tail))


def _next_of_list(token: _Token, previous, sentence, places: dict) -> tuple[str, int, int] | None:
    """The second and later numbers of a "lần lượt" list of places with no label take the indicator the first one
    was read as ("Đà Nẵng, Hải Phòng và Cần Thơ lần lượt là 96,4%, 95,1% và 94%")."""
    if previous is None or token.start not in places or previous[0].start not in places:
        return None
    prev_token, indicator, q_start, prev_sentence = previous
    if prev_sentence != sentence or prev_token.pct != token.pct:
        return None
    return indicator, q_start, token.end


#: A place in brackets after a value: "10,4 (Lâm Đồng)", "7,6 (tỉnh Đắk Nông cũ)".
_OWNER_BRACKET = re.compile(r"(?:\s*tuổi)?\s*\(\s*(?:tỉnh|thành phố|tp\.?)?\s*[^()\d%#;,]{2,40}?\s*\)")


def _values_with_places(doc: _Doc, tokens, mentions, pos: int, end: int) -> list[tuple[_Token, dict]]:
    """The values of a list each followed by its place in brackets ("lần lượt là 10,4 (Lâm Đồng), 7,6 (Đắk Nông) và
    9,9 (Bình Thuận)"), from `pos`, as (token, codes)."""
    owned: list[tuple[_Token, dict]] = []
    for t in tokens:
        if t.start < pos:
            continue
        gap = doc.masked[pos:t.start]
        if t.start >= end or (gap.strip() if not owned else not re.fullmatch(r"[\s,]*(?:và\s*)?", gap)):
            break
        bracket = _OWNER_BRACKET.match(doc.masked, t.end)
        codes = next((c for s2, e2, c in mentions if bracket and bracket.start() < s2 and e2 < bracket.end()), None)
        if not codes:
            break
        owned.append((t, codes))
        pos = bracket.end()
    return owned


def _respective_places(doc: _Doc, mentions, lo: int, hi: int, n: int) -> list[dict] | None:
    """The n places a "lần lượt" list of one label's numbers belongs to, in order (see :func:`_respectively`)."""
    named = [(s, c) for s, e, c in mentions if lo <= s < hi]
    if len(named) == n:
        return [c for _, c in named]
    if not named:
        # "... của Nghệ An và Quảng Trị lần lượt là 11,4 và 11,6; số giường bệnh/vạn dân lần lượt là 34,8 và 35,2": a
        # second list of the sentence belongs to the places of the first
        sentence = _span_of(doc.sentences, lo)
        earlier = [c for s, e, c in mentions if sentence[0] <= s < lo]
        if len(earlier) == n and (lx.RESPECTIVELY.search(doc.masked, sentence[0], lo)
                                  or doc.masked.startswith("tương ứng", hi)):  # ("A đạt X, còn B chỉ Y; ... tương ứng là")
            return earlier
    if named or not _PLACES_ANAPHOR.search(doc.masked, lo, hi):
        return None
    paragraph = _span_of(doc.paragraphs, lo)
    before: list[dict] = []
    for s, e, c in sorted(mentions, reverse=True):
        if paragraph[0] <= s < lo and c not in before:
            before.insert(0, c)
    return before[-n:] if len(before) >= n else None


#: A decision referred to by its number and date: "tại Quyết định số 546/QĐ-TTg ngày 29/4/2022".
_DECISION_REF = re.compile(r"(?:tại|theo)?\s*(?:quyết định|nghị quyết|kế hoạch|chỉ thị|thông báo)\s*(?:số\s*)?#+"
                           r"(?:\s*/\s*[\w#đ-]+)*(?:\s*ngày\s*#+\s*/\s*#+\s*/\s*#+)?")
#: A value set against an earlier time, in brackets or after "là": "(Con số này) thấp hơn thời điểm cuối năm 2022
#: (90,4%)", "so với cùng kỳ năm 2023 là 88,1%".
_EARLIER_TIME_BEFORE = re.compile(
    r"(?:(?:so với|hơn|bằng|như)\s*(?:cùng thời điểm|thời điểm|cùng kỳ|mức)?\s*(?:của\s*)?(?:cuối|đầu|giữa|hết)?\s*"
    r"(?:năm\s*(?:####|ngoái|trước)|tháng\s*#+\s*/\s*####)\s*(?:\(|là|:|với)"
    # "...; cùng kỳ năm trước là 95,9%": the same period a year before, stated after the figure
    r"|(?<![\w])cùng kỳ\s*(?:năm\s*(?:####|ngoái|trước))\s*(?:\(|là|:|đạt|ở mức))\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$")


def _comparable(token: _Token, previous) -> bool:
    """A bare number that may be set against the figure before it: a figure there is, the number is written in
    digits, not a fraction, and of the figure's unit (percent, or per-10k/years without a sign), never a count."""
    if previous is None or token.word or token.fraction:
        return False
    unit = _unit_of(previous[1])
    return unit != "count" and token.pct == (unit == "pct")


def _past_bracket(doc: _Doc, end: int) -> int:
    """`end`, moved past a closing bracket right after it ("(90,4%)")."""
    return end + (1 if doc.masked[end:end + 1] == ")" else 0)


def _earlier_time(token: _Token, previous, doc: _Doc, sentence) -> tuple[str, int, int] | None:
    """The same indicator at an earlier time, set against the figure just before (in its sentence or the one
    before): "đạt tỷ lệ bao phủ 89,7% dân số. Con số này thấp hơn thời điểm cuối năm 2022 (90,4%)". Same unit."""
    if not _comparable(token, previous):
        return None
    prev_token, indicator, _, prev_sentence = previous
    before = [x for x in doc.sentences if x[1] <= sentence[0]]
    if prev_sentence != sentence and not (before and before[-1] == prev_sentence):
        return None
    m = _EARLIER_TIME_BEFORE.search(doc.masked, max(prev_token.end, sentence[0]), token.start)
    if not m:
        return None
    gap = _DIFFERENCE.sub("", doc.masked[prev_token.end:m.start()])  # "tăng 0,7 điểm phần trăm ... nhưng"
    if re.search(r"[\d%]", gap[1:]) or any(c.label.search(gap) for c in lx.COMPILED if c.label):
        return None
    return indicator, m.start(), _past_bracket(doc, token.end)


_NATIONAL_RIGHT_BEFORE = re.compile(r"(?:cả nước|toàn quốc)\s*(?:\(|là|:|đạt|ở mức)\s*$")


def _compared(token: _Token, previous, doc: _Doc, sentence, mentions) -> tuple[str, int, int] | None:
    """A bare number set against the previous figure of the sentence takes its indicator: "đạt 95,6%, trong khi cả
    nước đạt 93,35%", "của Hà Nội là 92,1%, cả nước là 94,2%", "thấp hơn mức 94,2% của cả nước", "đạt 91,2%, chưa
    đạt mục tiêu 95%". Only with a new subject (the country, a named province) or a target word in between, only
    for the same unit (percent, or per-10k/years without a sign), never for counts, changes or differences."""
    if not _comparable(token, previous) or previous[3] != sentence:
        return None
    prev_token, indicator, q_start, prev_sentence = previous
    if lx.COUNTED_AFTER.match(doc.masked, token.end):
        return None  # "..., trong khi có tới 12 tỉnh đạt ...": a count of something else
    # the gap starts after the figure's own unit phrase ("11,4 | bác sĩ/vạn dân | , vượt chỉ tiêu ... là 11")
    after = next((m.end() for c in lx.COMPILED if c.rule.indicator == indicator and c.right
                  for m in [c.right.match(doc.masked[prev_token.end:token.start])] if m), 0)
    # (a decision naming who set a target is no other figure: "chỉ tiêu Thủ tướng Chính phủ giao tại Quyết định số
    # 546/QĐ-TTg ngày 29/4/2022 là 92,25%")
    gap = _DECISION_REF.sub("", doc.masked[prev_token.end + after:token.start])
    # "đạt 94,9%, cao hơn mục tiêu đề ra nhưng vẫn thấp hơn bình quân toàn quốc (95,1%)": a number right after the
    # country's name may stand further from the figure it is set against
    # (and a clause after a semicolon may be as long as a whole gap)
    clause = gap.rsplit(";", 1)[-1]
    # the part of the gap before that clause, its years aside ("đạt 74 tuổi vào năm 2030; tầm nhìn ...")
    # and its changes: "đạt 94,2%, tăng 0,3 điểm phần trăm so với cuối năm 2024; chỉ tiêu năm 2025 là 95,2%")
    # and what the figure amounts to: "đạt tối thiểu 94% dân số, tương ứng khoảng 3,05 triệu người; trong khi chỉ tiêu
    # Chính phủ giao cho tỉnh năm 2025 là 94,8%")
    earlier = re.sub(r"(?:năm\s*)?####", "", _EQUIVALENT.sub("", _DIFFERENCE.sub("", gap[:len(gap) - len(clause)])))
    limit = 120 if _NATIONAL_RIGHT_BEFORE.search(gap) or (";" in gap and len(clause) <= 60) \
        or lx.TARGET_RIGHT_BEFORE.search(gap) else 60
    # "đạt 96%, vượt mục tiêu 1%" is a difference; "đạt 88,6%, cao hơn mục tiêu 85% đề ra", "mới đạt 78,3% so với
    # kế hoạch 85%", "vượt chỉ tiêu đề ra cho năm 2025 là 92%" name the target itself: a number of the same
    # magnitude as the figure it is set against
    beyond = lx.BEYOND_TARGET.search(gap)
    if beyond and not (prev_token.value > 0 and 0.7 <= token.value / prev_token.value <= 1.4):
        return None
    if len(gap) > limit or lx.CHANGE_BEFORE.search(gap):
        return None
    # "đạt 94,2%; năm nay phấn đấu đạt 95,5%": a clause (after a comma or one semicolon) setting a target for the
    # same indicator, with no other label in it and nothing but a clause end after the number
    target_clause = (
        gap.count(";") <= 1 and not re.search(r"[\d#%]", earlier)
        and (lx.TARGET_CLAUSE.search(clause) or lx.TARGET_RIGHT_BEFORE.search(clause)) and not re.search(r"[\d%]", clause)
        and not any(c.label.search(clause) for c in lx.COMPILED if c.label)
        and _ends_clause(doc, token.end, indicator)
    )
    # "... 100% trạm y tế có bác sĩ; hiện tỷ lệ này của toàn tỉnh mới đạt 91,3%": a clause naming the figure's
    # indicator by an anaphor
    anaphor_clause = (
        gap.count(";") <= 1 and not re.search(r"[\d#%]", earlier)
        and lx.ANAPHOR.search(clause) and not re.search(r"[\d%]", clause)
        and not any(c.label.search(clause) for c in lx.COMPILED if c.label)
        and _ends_clause(doc, token.end, indicator)
    )
    # "84,6% số xã đạt tiêu chí; riêng tỉnh Đắk Nông (cũ) mới đạt 71,2%": a clause naming another province and no
    # other label, ending right after the number
    clause_start = token.start - len(clause)
    # (or the country: "..., tỉnh Bình Phước đạt 94,2%; bình quân cả nước ước đạt 94,29%")
    province_clause = (
        gap.count(";") == 1 and not re.search(r"[\d#%]", earlier)
        and not re.search(r"[\d#%]", clause) and not any(c.label.search(clause) for c in lx.COMPILED if c.label)
        and (any(clause_start <= s < token.start for s, _, _ in mentions) or lx.NATIONAL_CUES.search(clause))
        and re.match(r"\s*(?:[.;,)”\"]|và\s|$)", doc.masked[token.end:token.end + 5])
    )
    # (differences and years in the gap are no other figures: "tăng 0,3 điểm phần trăm so với năm 2024 nhưng chưa đạt
    # chỉ tiêu Chính phủ giao năm 2025 (94,1%)")
    # (nor is the year of the country's figure: "..., trong khi bình quân cả nước năm 2024 ước khoảng 91%")
    plain = re.sub(r"năm\s*####", "", _DIFFERENCE.sub("", gap)) if lx.TARGET_RIGHT_BEFORE.search(gap) else \
        re.sub(r"năm\s*####", "", gap) if re.search(r"(?:cả nước|toàn quốc)\s*năm\s*####[^\d#%;]*$", gap) else gap
    if not (target_clause or province_clause or anaphor_clause) and re.search(r"[\d#%;]", plain):
        return None
    if re.search(r"(?:cao|thấp|nhiều|ít|gấp)\s*(?:hơn\s*)?$", gap):
        return None  # "cao hơn 2,1" is a difference
    subject = (
        any(lx.NATIONAL_CUES.finditer(gap))
        or lx.NATIONAL_AFTER.match(doc.masked, token.end)
        or any(prev_token.end <= s < token.start for s, _, _ in mentions)
        or lx.TARGET_RIGHT_BEFORE.search(gap)
        or lx.ACTUAL_CLAUSE.search(gap)
        or target_clause
        or anaphor_clause
        or beyond
    )
    if not subject:
        return None
    if anaphor_clause:
        q_start = clause_start + lx.ANAPHOR.search(clause).start()
    return indicator, q_start, token.end


#: The lead of a sentence continuing the figure of the sentence before: an anaphor ("Năm ngoái, tỷ lệ này chỉ đạt
#: 81,2%") or the target set for it ("Chỉ tiêu năm nay là 90%", "Chỉ tiêu được giao năm 2025 là 93,5%").
#: So does a target said of the whole unit ("Năm nay, tỉnh phấn đấu đạt 93%", "So với chỉ tiêu Thủ tướng Chính phủ giao
#: năm 2025 là 94,9%, ...").
_CONTINUED_LEAD = re.compile(
    # ("Theo BHXH tỉnh, con số này còn cách xa chỉ tiêu ... là 93,75%": a source first)
    r"(?:theo\s*[^\d#%;.,]{2,40},\s*)?"
    # ("Trước khi hợp nhất, năm 2024 tỷ lệ này của TPHCM (cũ) là 92,8%": the time before a change)
    r"(?:(?:trước|sau)\s*(?:khi\s*)?(?:hợp nhất|sáp nhập|sắp xếp)\s*,?\s*)?"
    # ("Bình quân cả nước năm 2024, tỷ lệ này ước khoảng 91%": the country's)
    r"(?:(?:bình quân|trung bình)\s*(?:chung\s*)?(?:của\s*)?(?:cả nước|toàn quốc)\s*(?:năm\s*####)?\s*,?\s*)?"
    r"(?:(?:năm\s*(?:####|nay|ngoái|trước|qua|tới|sau)|cùng kỳ(?:\s*năm\s*(?:####|trước|ngoái))?)\s*,?\s*)?(?:so với\s*)?"
    # ("Tuy nhiên, kết quả này vẫn chưa đạt chỉ tiêu Nghị quyết HĐND tỉnh giao năm 2024 là 93%")
    r"(?:(?:tuy nhiên|tuy vậy|nhưng|song|dù vậy)\s*,?\s*)?(?:(?:(?:kết quả|con số|tỷ lệ|mức)\s*(?:này|đó|trên)"
    # ("Năm ngoái tỉnh cũng không đạt chỉ tiêu 93,5%")
    r"|toàn tỉnh|tỉnh|thành phố)\s*(?:vẫn\s*|cũng\s*|còn\s*)?"
    r"(?:chưa|không)?\s*(?:đạt|bằng|vượt|hoàn thành|cách xa|thấp hơn|cao hơn)?\s*(?:so với\s*)?)?"
    # (an anaphor may name whose it is: "tỷ lệ này của TPHCM (cũ) là 92,8%")
    r"(?P<cue>t[ỷỉ] lệ\s+(?:này|đó|trên)(?:\s*(?:của|ở|tại)\s*[^\d#%;,.()]{2,40}?(?:\s*\(\s*cũ\s*\))?)?|chỉ số\s+(?:này|đó)"
    r"|(?:chỉ tiêu|mục tiêu|kế hoạch)(?:\s*(?:(?:đến|tới|vào)\s*)?(?:cuối\s*)?năm\s*(?:####|nay))?"
    r"(?:\s*" + lx.TARGET_SETTER + r"){0,2}"
    r"(?:\s*(?:được giao|giao|đề ra|đặt ra))?(?:\s*cho\s*(?:tỉnh|thành phố))?(?:\s*(?:của|cho\s*)?(?:năm\s*(?:####|nay)|cả năm))?"
    # ("Năm nay, chúng tôi phối hợp với Bảo hiểm xã hội thành phố phấn đấu đạt 95,2%": any subject before it)
    r"|(?:[^\d#%;.:]{0,60}?\s)?(?:sẽ\s*|tiếp tục\s*)?phấn đấu(?:\s*(?:nâng|tăng)\s*lên)?)"
    r"\s*(?:(?:chỉ|mới|đã|cũng|vẫn|ước)\s*)?(?:đạt|là|ở mức|lên|:|\()?\s*(?:(?:khoảng|gần|hơn|trên)\s*)?$")


#: A paragraph that is an aside to the text: a line of links, a photo caption or a table-like caption row.
_ASIDE_LINE = re.compile(r"[ \t]*(?:\||!\[|ảnh\s*:|\(?ảnh|tin liên quan|xem thêm|đọc thêm)", re.I)


def _continued(token: _Token, previous, doc: _Doc, sentence) -> tuple[str, int, int] | None:
    """A bare number in the sentence right after a figure, in the same paragraph, led only by an anaphor or a
    target word for it ("... đạt 74,8%. Năm ngoái, tỷ lệ này chỉ đạt 81,2%. Chỉ tiêu năm nay là 90%, ...") takes
    that figure's indicator (same unit, not a count, no noun after it counting something else; the numbers left in
    the figure's own sentence are no figures, "đạt 92,4% dân số, với hơn 12,9 triệu người tham gia")."""
    if previous is None or token.word or token.fraction:
        return None
    prev_token, indicator, _, prev_sentence = previous
    if prev_sentence == sentence or token.pct != (_unit_of(indicator) == "pct") or _unit_of(indicator) == "count":
        return None
    paragraph = _span_of(doc.paragraphs, token.start)
    # only the next sentence, in this paragraph or opening it right after the figure's (links and captions between
    # the two aside: "... đạt 92,9%. / | Tin liên quan: ... | / Tuy vậy, kết quả này vẫn chưa đạt chỉ tiêu ... (93,6%)")
    between = [s for s in doc.sentences if prev_sentence[1] <= s[0] < sentence[0]
               and not _ASIDE_LINE.match(doc.nfc, _span_of(doc.paragraphs, s[0])[0])]
    if between or (paragraph[0] > prev_sentence[0] and sentence[0] != paragraph[0]):
        return None
    # (a decision naming the target is skipped: "... chưa đạt chỉ tiêu Thủ tướng Chính phủ giao tại Quyết định số
    # 546/QĐ-TTg (93,6%)")
    text = _DECISION_REF.sub(lambda m: " " * len(m.group(0)), doc.masked[:token.start])
    lead = _CONTINUED_LEAD.fullmatch(text, sentence[0], token.start)
    if not lead or lx.COUNTED_AFTER.match(doc.masked, token.end):
        return None
    token.continues = prev_token
    return indicator, lead.start("cue"), token.end


#: Words naming a measure ("tỷ lệ hộ nghèo", "số ca mắc", "mức giảm"): a paragraph naming one speaks of its own.
_MEASURE_WORD = re.compile(r"(?<![\w])(?:t[ỷỉ] lệ|tỉ số|chỉ số|(?<!đa )số(?!\s*liệu)(?=\s+[^\W\d_])"
                           r"|(?<!ở )mức(?!\s*(?:bình quân|trung bình))|tốc độ|tổng)(?![\w])")


def _after_name(token: _Token, previous, doc: _Doc, sentence, mentions) -> tuple[str, int, int] | None:
    """A bare value right after a province's (or the country's) name takes the indicator of the paragraph's last
    figure, in the same
    sentence or a later one with no other figure or label in between: "Đồng Tháp đạt 92,6%, Tiền Giang 91,3% và Cà
    Mau 94,0%", "Trong đó, khu vực tỉnh Bình Phước (cũ) đạt 94,1%", "... thấp hơn Thành phố Hồ Chí Minh (93,4%)".
    Same unit only (percent, or per-10k/years without a sign), never counts; the value must end its clause."""
    if not _comparable(token, previous):
        return None
    prev_token, indicator, q_start, prev_sentence = previous
    paragraph = _span_of(doc.paragraphs, token.start)
    if not paragraph[0] <= prev_token.start < paragraph[1]:
        # a paragraph going on with the same figures for other places ("... Cao Bằng (98,7%). / Ở nhóm thành phố
        # trực thuộc Trung ương, TP.HCM đạt 92,8%"): the figure before stands in one of the two paragraphs before,
        # and this paragraph names no measure of its own before the value
        opening = doc.masked[paragraph[0]:token.start]
        if re.search(r"[\d%]", opening) or _MEASURE_WORD.search(opening) \
                or any(c.label.search(opening) for c in lx.COMPILED if c.label):
            return None
        if prev_token.start < _paragraph_start_back(doc, token.start, 2) or indicator.startswith("other:"):
            # further back, the one measure of the value's unit the headline names ("Lạng Sơn: tỷ lệ tiêm chủng đầy
            # đủ ... / ... / Cũng trong năm 2025, Cao Bằng đạt 95,2%, Thái Nguyên 97,4%")
            indicator = _headline_indicator(doc, token)
            if indicator is None:
                return None
    names = [(s, e) for s, e, _ in mentions] + [
        (m.start(), m.end()) for m in lx.NATIONAL_CUES.finditer(doc.masked, prev_token.end, token.start)]
    name = next(((s, e) for s, e in sorted(names) if prev_token.end <= s and e <= token.start
                 and lx.VALUE_AFTER_NAME.match(doc.masked[e:token.start])), None)
    if name is None or not _ends_clause(doc, token.end, indicator):
        return None
    # differences ("cao hơn 2,9 tuổi so với tỉnh Gia Lai (cũ) với 71,2 tuổi") are not other figures in between
    between = _DIFFERENCE.sub(lambda m: " " * len(m.group(0)), doc.masked[prev_token.end:name[0]])
    own = between[max(sentence[0], prev_token.end) - prev_token.end:]  # this sentence up to the name
    if re.search(r"[\d%]", between) and re.search(r"[\d%]", own):
        return None  # another number in this sentence before the name
    if any(c.label.search(own) for c in lx.COMPILED if c.label) or lx.CHANGE_BEFORE.search(own):
        return None
    if prev_sentence == sentence and re.search(r"[\d%]", between):
        return None
    # a density named in this sentence is the measure ("... 28,6 giường bệnh/vạn dân. Năm 2024, mật độ bác sĩ của tỉnh
    # Long An (cũ) là 8,9")
    density = [lx.RATIO_NOUN_INDICATOR[m.lastgroup] for m in lx.DENSITY_LABEL.finditer(own)]
    if density and _unit_of(indicator) == "per_10k":
        indicator = density[-1]
    return indicator, name[0], token.end


def _headline_indicator(doc: _Doc, token: _Token) -> str | None:
    """The one indicator of the value's unit (percent or not) the headline names, if just one."""
    if not doc.title:
        return None
    text = doc.masked[doc.title[0]:doc.title[1]]
    rules = [c for c in lx.COMPILED if (c.rule.unit == "pct") == token.pct and not c.rule.fraction_ok
             and not c.rule.indicator.startswith("other:") and c.rule.unit != "count"]
    # named as a label ("Tỷ lệ tiêm chủng đầy đủ ...") or after a figure ("96,8% trẻ dưới 1 tuổi được tiêm chủng đầy đủ")
    heads = {c.rule.indicator for c in rules if c.label and c.label.search(text)}
    heads |= {c.rule.indicator for c in rules for m in re.finditer(r"\d[\d.,]*\s*%?", text)
              if c.right and c.right.match(text, m.end())}
    return heads.pop() if len(heads) == 1 else None


#: A sentence opening with what it compares with, its value in brackets: "So với bình quân cả nước năm 2022
#: (92,04%), ...", "So với mức trung bình toàn quốc (14,5), ...". (A province's name is checked with the mentions.)
_COMPARISON_OPENING = re.compile(
    r"[\W_]*(?:(?:tuy nhiên|trong khi đó|còn|nếu)\s*,?\s*)?so\s*(?:với|sánh với)\s*(?:mức\s*)?"
    r"(?:(?:bình quân|trung bình)\s*(?:chung\s*)?(?:của\s*)?)?(?P<whom>[^\d#%;,.()]{2,40}?)\s*"
    r"(?:(?:cùng kỳ|cùng năm|năm\s*####)\s*)?(?:là\s*|\(\s*)(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s*)?$")


def _comparison_opening(token: _Token, previous, doc: _Doc, sentence, mentions) -> tuple[str, int, int] | None:
    """The value of what a sentence opens by comparing with takes the indicator of the figure just before (this
    paragraph or the one before): "... đạt tỷ lệ bao phủ 92,8% dân số. / So với bình quân cả nước năm 2022
    (92,04%), tỷ lệ của Thái Bình cao hơn 0,76 điểm phần trăm". Same unit (percent, or per-10k/years without a
    sign); the compared-with is the country or a named province."""
    if not _comparable(token, previous) or previous[0].start < _paragraph_start_back(doc, token.start, 1):
        return None
    indicator = previous[1]
    m = _COMPARISON_OPENING.fullmatch(doc.masked, sentence[0], token.start)
    if not m:
        return None
    whom = m.span("whom")
    named = lx.NATIONAL_CUES.search(doc.masked, *whom) or any(
        whom[0] <= s and e <= whom[1] for s, e, _ in mentions)
    if not named or any(c.label.search(doc.masked, sentence[0], token.start) for c in lx.COMPILED if c.label):
        return None
    return indicator, whom[0], _past_bracket(doc, token.end)


#: A value in brackets after a place's name ("Bắc Kạn (99,6%)"), and more such places after it.
_VALUE_BRACKET = re.compile(r"\s*\(\s*(?:(?:khoảng|gần|hơn|trên)\s*)?[\d#][\d#.,]*\s*%?\s*\)")
_LABEL_AFTER_LIST = re.compile(r"\s*(?:(?:đều|cùng)\s*)?(?:có|đạt|với|là|dẫn đầu về|đứng đầu về)\s*")


def _label_after_places(token: _Token, doc: _Doc, sentence, mentions, places: dict) -> tuple[str, int, int] | None:
    """Places each with its value in brackets, the label after them all: "các tỉnh như Bắc Kạn (99,6%), Điện
    Biên (99,1%) có tỷ lệ bao phủ bảo hiểm y tế cao nhất". The place before the bracket is the figure's
    (recorded in `places`)."""
    if token.word or token.fraction:
        return None
    named = sorted((s, e, c) for s, e, c in mentions if sentence[0] <= s < sentence[1])
    first = next((i for i, (s, e, _) in enumerate(named) if e <= token.start
                  and (m := _VALUE_BRACKET.match(doc.masked, e)) and m.start() <= token.start < m.end()), None)
    if first is None:
        return None
    start, pos = named[first][0], _VALUE_BRACKET.match(doc.masked, named[first][1]).end()
    for s, e, _ in named[first + 1:]:  # the other places of the list
        bracket = _VALUE_BRACKET.match(doc.masked, e)
        if not bracket or not _JOINED.fullmatch(doc.masked, pos, s):
            break
        pos = bracket.end()
    lead = _LABEL_AFTER_LIST.match(doc.masked, pos)
    if not lead:
        return None
    clause = re.match(r"[^,;.()\d#]{3,60}", doc.masked[lead.end():sentence[1]])
    indicator = _indicator_of_label(clause.group(0), token.pct) if clause else None
    if indicator is None:
        return None
    places[token.start] = named[first][2]
    return indicator, start, lead.end() + clause.end()


_LIST_JOINER = re.compile(r"\s*(?:,|và|hoặc|hay)\s*(?:tỉnh|thành phố)?\s*")


def _listed_in_brackets(token: _Token, previous, doc: _Doc, sentence, mentions,
                        places: dict) -> tuple[str, int, int] | None:
    """Places listed each with its value in brackets, with no label after them: "Dẫn đầu cả nước năm 2024 là các tỉnh
    miền núi phía Bắc, ...: Điện Biên (99,4%), Lai Châu (99,2%), Hà Giang (99%)". The one indicator of the value's
    unit that the words before the list name, or, when they name none, the indicator of the last figure of that unit
    (in this paragraph or the two before) or the one the headline names. The place before the bracket is the
    figure's (recorded in `places`)."""
    if token.word or token.fraction:
        return None
    named = sorted((s, e, c) for s, e, c in mentions if sentence[0] <= s < sentence[1])
    brackets = [(s, e, c, m) for s, e, c in named if (m := _VALUE_BRACKET.match(doc.masked, e))]
    at = next((i for i, (s, e, c, m) in enumerate(brackets) if m.start() <= token.start < m.end()), None)
    if at is None:
        return None
    joined = lambda a, b: bool(_LIST_JOINER.fullmatch(doc.masked, a[3].end(), b[0]))  # noqa: E731
    if not ((at and joined(brackets[at - 1], brackets[at]))
            or (at + 1 < len(brackets) and joined(brackets[at], brackets[at + 1]))):
        return None
    first = at
    while first and joined(brackets[first - 1], brackets[first]):
        first -= 1
    # the words before the list, after the sentence's last other number ("So với ... (10,7 bác sĩ/vạn dân), số bác
    # sĩ/vạn dân tăng 0,6 nhưng Hà Nam vẫn đứng sau hai tỉnh láng giềng là Nam Định (11,9) và Ninh Bình (13,1)")
    lead = re.split(r"[\d%]", doc.masked[sentence[0]:brackets[first][0]])[-1]
    unit_ok = lambda c: (c.rule.unit == "pct") == token.pct and not c.rule.fraction_ok \
        and not c.rule.indicator.startswith("other:") and c.rule.unit != "count"  # noqa: E731
    named_here = {c.rule.indicator for c in lx.COMPILED if c.label and unit_ok(c) and c.label.search(lead)
                  and _context_named(c, doc, 0, token.start)}
    if len(named_here) > 1:
        return None
    indicator = named_here.pop() if named_here else None
    if indicator is None and _comparable(token, previous) \
            and previous[0].start >= _paragraph_start_back(doc, token.start, 2):
        indicator = previous[1]
    if indicator is None:
        text = doc.masked[doc.title[0]:doc.title[1]] if doc.title else ""
        heads = {c.rule.indicator for c in lx.COMPILED if c.label and unit_ok(c) and c.label.search(text)}
        indicator = heads.pop() if len(heads) == 1 else None
    if indicator is None:
        return None
    places[token.start] = brackets[at][2]
    return indicator, brackets[at][0], brackets[at][3].end()


#: A list item that is only a place and its value: "1. Hà Nội: 43,1", "- Nghệ An: 93,5%".
_FROM_BEFORE = re.compile(r"(?<![\w])từ\s*(?:mức\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?$")
_TO_BEFORE = re.compile(r"(?<![\w])(?:lên|tới|đến)\s*(?:mức\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?$")


_DENOMINATOR_AFTER = re.compile(r"\s*/" + lx.PER_10K + "|" + lx.PER_10K + r"(?![\w])")


def _ratio_without_unit(token: _Token, doc: _Doc, sentence, paragraph) -> tuple[str, int, int] | None:
    """A ratio's value after its noun with no unit, in a paragraph that states the ratio with its unit: "... đạt
    12,8 bác sĩ/vạn dân ... số bác sĩ đạt 13,1; giường bệnh đạt 35,2". Below 100, not followed by a noun."""
    if token.word or token.fraction or token.pct or token.value >= 100:
        return None
    lo = max(_clause_start(doc.masked, sentence[0], token.start), token.start - 60)
    # "dược sĩ đại học của cả nước đạt 3,1/vạn dân": the value carries the denominator, its noun may stand further
    # (or shares it with the next: "mật độ bác sĩ toàn tỉnh đạt 11,8 và số giường bệnh đạt 34,2 trên một vạn dân")
    with_denominator = _DENOMINATOR_AFTER.match(doc.masked, token.end, token.end + 30) \
        or lx.SHARED_WITH_NEXT.match(doc.masked, token.end, sentence[1])
    m = lx.RATIO_NOUN_BEFORE.search(doc.masked, lo, token.start) \
        or (lx.RATIO_NOUN_FAR_BEFORE.search(doc.masked, lo, token.start)
            or lx.RATIO_NOUN_RIGHT_BEFORE.search(doc.masked, lo, token.start) if with_denominator else None)
    if not m or re.match(r"\s*[^\W\d_]", doc.masked[token.end:token.end + 3]) and not re.match(
            r"\s*(?:và|so|năm|####|cao|thấp|tăng|giảm|vượt|bằng)(?![\w])", doc.masked[token.end:token.end + 12]):
        return None
    indicator = lx.RATIO_NOUN_INDICATOR[next(k for k, v in m.groupdict().items() if v)]
    noun = {"doctors_per_10k": lx.DOCTOR, "beds_per_10k": r"giường", "pharmacists_per_10k": r"dược\s*s[ĩỹi]",
            "nurses_per_10k": r"điều dưỡng"}[indicator]
    if with_denominator:
        return indicator, m.start(), with_denominator.end()
    if not re.search(rf"{noun}[^.;\d#%]{{0,25}}?{lx.PER_10K}", doc.masked[paragraph[0]:paragraph[1]]):
        return None
    return indicator, m.start(), token.end


_JOINER_THEN_NAME = re.compile(r"\s*(?:và|,)\s*[^\d#%;.,()]{0,40}?\s*(?:(?:chỉ|đạt|là|có|mới|với)\s*)*$")


def _label_of_next(token: _Token, following: _Token | None, doc: _Doc, sentence) -> tuple[str, int, int] | None:
    """A value sharing the label of the next one: "An Giang chỉ 26,8 và Tây Ninh 25,3 giường bệnh/vạn dân" (no
    words after it), "100% xã của tỉnh Thái Bình (cũ) và 98,9% xã của tỉnh Hưng Yên (cũ) đạt Bộ tiêu chí quốc gia
    về y tế" (the same noun after both). Same unit; the next value's label follows it (a right-hand rule)."""
    if following is None or token.word or token.fraction or following.start >= sentence[1] or token.pct != following.pct:
        return None
    gap = doc.masked[token.end:following.start]
    if len(gap) > 80 or re.search(r"[\d#%;:]", gap):
        return None
    found = _classify(following, doc, sentence)
    if not found or found[1] != following.start:
        return None
    if _JOINER_THEN_NAME.fullmatch(gap):
        return found[0], token.start, token.end
    # the same words after both values ("% xã của tỉnh A (cũ) và ... % xã của tỉnh B (cũ)")
    joint = re.search(r"\s(?:và|,)\s*$", gap)
    first_word = re.match(r"\s*([^\W\d_]+)", gap)
    if joint and first_word and re.match(r"\s*" + re.escape(first_word.group(1)) + r"(?![\w])",
                                         doc.masked[following.end:following.end + 20]):
        return found[0], token.start, token.end + joint.start()
    return None


#: "101/104 trạm có bác sĩ làm việc, đạt 97,1%": the share a fraction amounts to.
_SHARE_OF_FRACTION = re.compile(r"[^\d#%;.]{3,60}?,?\s*(?:đạt|chiếm|bằng|tương đương|là)\s*(?:tỷ lệ\s*)?$")


def _share_of_fraction(token: _Token, fraction: _Token | None, doc: _Doc, sentence) -> tuple[str, int, int] | None:
    if fraction is None or not fraction.fraction or not token.pct or fraction.start < sentence[0]:
        return None
    if not _SHARE_OF_FRACTION.fullmatch(doc.masked, fraction.end, token.start):
        return None
    for c in lx.COMPILED:
        if c.right and c.rule.unit == "pct" and c.right.match(doc.masked[fraction.end:token.start].lstrip()) \
                and (not c.sentence or c.sentence.search(doc.masked, sentence[0], sentence[1])) \
                and _context_named(c, doc, _paragraph_start_back(doc, token.start, 1), token.start):
            return c.rule.indicator, fraction.start, token.end
    return None


def _paragraph_start_back(doc: _Doc, pos: int, back: int) -> int:
    """The start of the paragraph `back` paragraphs before the one holding `pos` (the first one's when there are
    fewer); photo captions and lines of links between them are not counted."""
    starts = [a for a, _ in doc.paragraphs if a <= pos]
    if not starts:
        return 0
    kept = [a for a in starts[:-1] if not _ASIDE_LINE.match(doc.nfc, a)] + starts[-1:]
    return kept[max(0, len(kept) - 1 - back)]


def _range_end(token: _Token, previous, doc: _Doc, sentence) -> tuple[str, int, int] | None:
    """The value a change reaches, "tăng từ A (năm X) lên B (năm Y)", is the same indicator as the value it started
    from: "số bác sĩ/vạn dân tăng từ 8,2 năm 2020 lên 10,5 năm 2024"."""
    if previous is None or token.word or token.fraction:
        return None
    prev_token, indicator, q_start, prev_sentence = previous
    if prev_sentence != sentence or token.pct != (_unit_of(indicator) == "pct") or _unit_of(indicator) == "count":
        return None
    if not _FROM_BEFORE.search(doc.masked, max(0, prev_token.start - 20), prev_token.start):
        return None
    between = doc.masked[prev_token.end:token.start]
    if re.search(r"[\d%;]", between) or len(between) > 60 or not _TO_BEFORE.search(between):
        return None
    return indicator, q_start, token.end


_CHANGE_FROM = re.compile(r"(?:tăng|giảm|nâng|hạ|cải thiện|rút ngắn)[^.;:\d#%]{0,50}từ\s*(?:mức\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?$")
_CHANGE_TO = re.compile(r"[^.;\d#%]{0,60}?(?<![\w])(?:lên|xuống|còn|đến|tới)\s*(?:mức\s*)?(?:(?:khoảng|gần|hơn|trên)\s*)?[\d#]")


def _undated_change_start(token: _Token, end: int, doc: _Doc, sentence) -> bool:
    """The value a change started from with no year of its own ("số giường bệnh tăng từ 28,6 lên 31,2 giường/vạn
    dân" after "... năm 2020 lên 10,5 năm 2024"): the years around belong to the value it reached, not to it."""
    if not _CHANGE_FROM.search(doc.masked, max(sentence[0], token.start - 80), token.start) \
            or not _CHANGE_TO.match(doc.masked, token.end):
        return False
    return _own_year([y for y in doc.years if not y.comparison], end, doc, sentence) is None


def _named_after_label(token: _Token, previous, doc: _Doc, sentence, mentions) -> tuple[str, int, int] | None:
    """The first value after a province's name, in the sentence right after one that names a single indicator and
    no figure, takes that indicator: "Về y tế cơ sở, tỷ lệ trạm y tế có bác sĩ làm việc năm 2023 cũng khác biệt rõ
    rệt. Hà Tĩnh đã đạt 100%, trong khi Thanh Hóa là 97,3%" (the next values follow it as after any figure)."""
    if token.word or token.fraction or re.search(r"[\d%]", doc.masked[sentence[0]:token.start]):
        return None
    if previous is not None and previous[3][0] >= _span_of(doc.paragraphs, token.start)[0]:
        return None  # the paragraph has figures: the one before rules
    name = next((e for s, e, _ in mentions if sentence[0] <= s and e <= token.start
                 and lx.VALUE_AFTER_NAME.match(doc.masked[e:token.start])), None)
    if name is None or not _ends_clause_or_comma(doc, token.end):
        return None
    paragraph = _span_of(doc.paragraphs, token.start)
    colon = doc.masked.rfind(":", sentence[0], name)
    named_at = next(s for s, e, _ in mentions if e == name)
    if colon >= 0:
        # "Ở chỉ tiêu bao phủ bảo hiểm y tế năm 2025, các tỉnh miền núi dẫn đầu: Lai Châu đạt 99,1%": the part of the
        # sentence before a colon leads
        lead = (sentence[0], colon)
    elif (_COMPARISON_AROUND.search(doc.masked, max(sentence[0], named_at - 25), named_at)
          and "(" in doc.masked[name:token.start]) or lx.DENSITY_LABEL.search(doc.masked, sentence[0], named_at):
        # "mật độ bác sĩ của tỉnh năm 2024 vẫn thấp hơn tỉnh Hải Dương (12,3)": the measure set against the place's;
        # "Năm 2024, mật độ bác sĩ của Vĩnh Phúc (cũ) đạt 13,6; Phú Thọ (cũ) 12,4": the density named before
        lead = (sentence[0], named_at)
    else:
        before = [x for x in doc.sentences if x[1] <= sentence[0]]
        if not before or before[-1][0] < paragraph[0]:
            return None
        lead = before[-1]
    text = doc.masked[lead[0]:lead[1]]
    if re.search(r"[\d%]", text):
        return None
    labels = {c.rule.indicator for c in lx.COMPILED if c.label and not c.right_after_left and not c.rule.before
              and c.label.search(text) and (c.rule.unit == "pct") == token.pct and not c.rule.fraction_ok}
    labels |= {c.rule.indicator for c in lx.COMPILED if c.right and (c.rule.unit == "pct") == token.pct
               and not c.rule.fraction_ok and not c.rule.sentence and not c.rule.before
               and c.right.match(text)}
    labels = {i for i in labels if not i.startswith("other:") and _unit_of(i) != "count"}
    if not token.pct:
        labels |= {lx.RATIO_NOUN_INDICATOR[m.lastgroup] for m in lx.DENSITY_LABEL.finditer(text)}
    if len(labels) != 1:
        return None
    return labels.pop(), named_at, token.end


_LIFESPAN_RULE = next(c for c in lx.COMPILED if c.rule.indicator == "life_expectancy_years")
#: "69,3 tuổi" as a lifespan: not an age bound ("từ 60 tuổi trở lên", "60 - 69 tuổi").
_LIFESPAN_AFTER = re.compile(r"\s*tuổi(?![\w])(?!\s*(?:trở|thọ|đến|tới|[-–]))")
#: Words that make "N tuổi" an age: "người trên 80 tuổi", "trẻ đủ 6 tuổi", "nhóm tuổi 60".
_AGE_BEFORE = re.compile(r"(?<![\w])(?:trên|dưới|từ|đủ|đến|tới|hơn|quá|ngoài|tuổi|người|trẻ|em|cụ|bé|ông|bà)\s*$")
#: Parts of the population whose lifespan is not the province's: "nam giới 72,1 tuổi".
_LIFESPAN_SUBGROUP = re.compile(r"nam giới|nữ giới|(?<![\w])(?:nam|nữ)\s*(?:là|đạt|:|\()|thành thị|nông thôn")


def _lifespan_paragraph(doc: _Doc, token: _Token) -> bool:
    """A number of years of age ("69,3 tuổi") in a paragraph that has named life expectancy before it."""
    if token.pct or token.word or token.fraction or not 40 <= token.value <= 95:
        return False
    if not _LIFESPAN_AFTER.match(doc.masked, token.end):
        return False
    paragraph = _span_of(doc.paragraphs, token.start)
    return bool(re.search(r"tuổi thọ(?!\s*khỏe)", doc.masked[paragraph[0]:token.start]))


def _lifespan_in_context(token: _Token, doc: _Doc, sentence, mentions) -> tuple[str, int, int] | None:
    """A lifespan with no label of its own, once its paragraph has named life expectancy: "Một số tỉnh khác như Hà
    Giang (69,3 tuổi)", "Hà Nội đứng thứ 5 với 75,4 tuổi", "Năm 1989, con số này mới là 65,2 tuổi". Not an age
    ("người trên 80 tuổi"), nor the lifespan of men, women, towns or the countryside."""
    if not _lifespan_paragraph(doc, token):
        return None
    clause_start = _clause_start(doc.masked, sentence[0], token.start)
    if _AGE_BEFORE.search(doc.masked, max(clause_start, token.start - 20), token.start) \
            or _LIFESPAN_SUBGROUP.search(doc.masked, clause_start, token.start):
        return None
    name = [s for s, e, _ in mentions if clause_start <= s and e <= token.start and token.start - e <= 40]
    return "life_expectancy_years", name[-1] if name else token.start, _LIFESPAN_AFTER.match(doc.masked, token.end).end()


def _ends_clause_or_comma(doc: _Doc, end: int) -> bool:
    return bool(re.match(r"\s*(?:[.;,)”\"]|và|trong khi|$)", doc.masked[end:end + 12]))


_PLACE_VALUE_ITEM = re.compile(r"\s*(?P<name>[^\d#:;.,()\n]{2,40}?)\s*:\s*(?:[≥≤>~]\s*)?$")


def _ranked_item(token: _Token, doc: _Doc, paragraph, mentions) -> tuple[str, int, int] | None:
    """A ranked or listed item that is only a place's name and a bare value ("1. Hà Nội: 43,1") under a line that
    introduces the list and names exactly one indicator of the value's unit ("Số giường bệnh/vạn dân năm 2024 của
    một số địa phương:") takes that indicator; the name is the item's subject. Overlapping labels count as their
    longest ("số giường bệnh/vạn dân" is beds per 10k, not a count of beds); two indicators named, or none: nothing."""
    if token.word or token.fraction:
        return None
    marker = _BULLET.match(doc.nfc, paragraph[0]) or _NUMBERED.match(doc.nfc, paragraph[0])
    if not marker or doc.masked[token.end:paragraph[1]].strip() not in ("", ".", ";"):
        return None
    item = _PLACE_VALUE_ITEM.fullmatch(doc.masked, marker.end(), token.start)
    if not item:
        return None
    name = item.span("name")
    if not any(s == name[0] and e == name[1] for s, e, _ in mentions) \
            and not lx.NATIONAL_CUES.fullmatch(doc.masked, *name):
        return None
    heading = _heading(doc, paragraph)
    if heading is None or not doc.masked[heading[0]:heading[1]].rstrip().endswith(":"):
        return None
    text = doc.masked[heading[0]:heading[1]]
    labels = [(m.start(), m.end(), c.rule.indicator) for c in lx.COMPILED
              if c.label and token.pct == (c.rule.unit == "pct") for m in c.label.finditer(text)]
    kept = {i for s, e, i in labels
            if not any(s2 < e and s < e2 and e2 - s2 > e - s for s2, e2, _ in labels)}
    if len(kept) != 1:
        return None
    return kept.pop(), name[0], token.end


def _subset(token: _Token, previous, doc: _Doc, sentence) -> tuple[str, int, int] | None:
    """A share of the stations counted just before: "Toàn tỉnh có 241 trạm y tế xã, phường, thị trấn, trong đó 86,3%
    có bác sĩ làm việc" (a percentage, "trong đó" right before it, "có bác sĩ" right after it)."""
    if previous is None or not token.pct or token.word or token.fraction:
        return None
    prev_token, indicator, _, prev_sentence = previous
    if indicator != "health_stations" or prev_sentence != sentence:
        return None
    gap = doc.masked[prev_token.end:token.start]
    if len(gap) > 80 or re.search(r"[\d#%;]", gap) or not lx.SUBSET_BEFORE.search(gap):
        return None
    m = lx.SUBSET_WITH_DOCTOR.match(doc.masked, token.end, sentence[1])
    if not m:
        return None
    cue = lx.SUBSET_BEFORE.search(gap)
    return "stations_with_doctor_pct", prev_token.end + cue.start(), m.end()


_NETWORK_AFTER = re.compile(r"\s*trạm y tế\s*(?:các\s*)?xã\s*,\s*phường")
_STATIONS_AFTER = re.compile(r"\s*trạm y tế(?![\w])")
_REORGANISED = re.compile(r"trên cơ sở\s*(?:sắp xếp|hợp nhất|sáp nhập|tổ chức lại)")
#: ... of the whole province: "75 trạm y tế xã, phường của tỉnh Sơn La đã ổn định tổ chức".
_NETWORK_OF_PROVINCE = re.compile(r"\s*trạm y tế\s*(?:các\s*)?xã\s*,\s*phường(?:\s*,\s*(?:thị trấn|đặc khu))*\s*"
                                  r"(?:của (?:toàn\s*)?(?:tỉnh|thành phố)|trên địa bàn|toàn tỉnh|toàn thành phố)")
_SET_UP_BEFORE = re.compile(r"(?<![\w])(?:thành lập|hình thành|tổ chức(?:\s*lại)?(?:\s*thành)?)\s*$")
_SET_UP_AFTER = re.compile(r"[^;.\d#%]{0,40}?(?<![\w])(?:(?:đã\s*)?được\s*(?:thành lập|hình thành|tổ chức lại|sắp xếp lại)"
                           r"|(?:đã\s*)?đi vào hoạt động)(?![\w])")


def _stock_stated(token: _Token, doc: _Doc, sentence) -> bool:
    """A count of stations, facilities or beds that the text states as what there is ("có 159 trạm y tế", "với tổng
    số 15.420 giường bệnh", "- Số trạm y tế: 124", a list item that is the count itself, "▸ 102 trạm y tế xã,
    phường"), or that continues a list of counts after such a verb ("có 3.926
    giường bệnh, 216 trạm y tế và 1.234 cơ sở ..."); not the object of an action ("nâng cấp 48 trạm y tế"), an
    increment ("thêm 5 bệnh viện với tổng quy mô 5.500 giường") or the partners of an agreement ("ký hợp đồng ... với
    312 cơ sở y tế")."""
    clause_start = _clause_start(doc.masked, sentence[0], token.start)
    left = doc.masked[clause_start:token.start]
    # an item of an inventory list that is the count itself: "▸ 102 trạm y tế xã, phường", "- 15 bệnh viện"
    line_start = doc.nfc.rfind("\n", 0, token.start) + 1
    item = _BULLET.fullmatch(doc.nfc, line_start, token.start) or _SYMBOL_BULLET.fullmatch(doc.nfc, line_start,
                                                                                        token.start)
    if item and not lx.STOCK_NOT_STATED.search(doc.masked, token.end, sentence[1]):
        return True
    if lx.STOCK_NOT_STATED.search(left) or _PARTNERS_AFTER.match(doc.masked, token.end, sentence[1]) \
            or _STATE_AFTER.match(doc.masked, token.end, sentence[1]) or _SURVEYED_AFTER.match(doc.masked, token.end, sentence[1]):
        return False  # "thêm 5 bệnh viện với tổng quy mô 5.500 giường", "ký hợp đồng ... với 312 cơ sở y tế",
        # "Toàn tỉnh còn 46 trạm y tế xuống cấp"
    if lx.STOCK_INTRODUCED.search(left) or lx.STOCK_LIST.search(left):
        return True
    # the network a reorganisation set up: "thành lập 92 trạm y tế xã, phường", "64 trạm y tế xã, phường được thành
    # lập trên cơ sở sắp xếp 165 trạm" (not "thành lập mới 3 trạm y tế": no network of communes and wards)
    if _NETWORK_OF_PROVINCE.match(doc.masked, token.end) and re.search(r"(?:^|,)\s*$", left):  # as the subject
        return True
    if (_NETWORK_AFTER.match(doc.masked, token.end) or (_STATIONS_AFTER.match(doc.masked, token.end) and (
            _REORGANISED.search(doc.masked, token.end, sentence[1]) or re.search(r"tương ứng\s*,?\s*$", left)))) and (
            _SET_UP_BEFORE.search(left) or _SET_UP_AFTER.match(doc.masked, token.end, sentence[1])):
        return True  # (or "Tương ứng, 78 trạm y tế được thành lập trên cơ sở sắp xếp 261 trạm cũ")
    if re.search(r"(?<![\w])trong\s*(?:tổng\s*)?số\s*$", left) and _STATIONS_AFTER.match(doc.masked, token.end):
        return True  # "100% trong số 216 trạm y tế xã, phường, thị trấn có bác sĩ"
    # a clause that is only the count, after one that stated a stock: "toàn tỉnh có 20 cơ sở ... với tổng số 5.570
    # giường bệnh; 144 trạm y tế xã, phường, thị trấn"
    # (not a part said of after it: "; 4 trạm y tế ở các xã miền núi chưa có bác sĩ", "; 381 trạm y tế cũ được giữ lại")
    if not left.strip() and clause_start > sentence[0] \
            and re.search(lx.STOCK_CUE, doc.masked[sentence[0]:clause_start]) \
            and not _PART_SAID_OF.search(re.match(r"[^;.]*", doc.masked[token.end:sentence[1]]).group(0)):
        return True
    # an item of a list a colon opens: "các chỉ tiêu cơ bản đạt như sau: 9,1 bác sĩ/vạn dân; ...; 155 trạm y tế"
    colon = doc.masked.rfind(":", sentence[0], token.start)
    return colon >= 0 and bool(_LIST_OPENER.search(doc.masked, sentence[0], colon)) \
        and not re.search(r"[.!?]\s", doc.masked[colon:token.start])


_PART_SAID_OF = re.compile(r"(?<![\w])(?:được|chưa|không|đã|đang|sẽ|ở|tại|thuộc|cũ|còn|mới|cần)(?![\w])")
#: The state of some of the stock named after the count: "46 trạm y tế xuống cấp", "12 trạm y tế bị hư hỏng".
_STATE_AFTER = re.compile(r"[^.;,\d#%]{0,30}?(?<![\w])(?:xuống cấp|hư hỏng|hư hại|(?:đã\s*)?bị\s|chưa có|không có|thiếu"
                          r"|cần (?:cải tạo|nâng cấp|sửa chữa|xây))")
#: Partners of an agreement named after the count: "301 cơ sở khám bệnh, chữa bệnh ký hợp đồng khám, chữa bệnh BHYT".
_PARTNERS_AFTER = re.compile(r"[^.;\d#%]{0,50}?(?<![\w])(?:đã\s*)?(?:ký|có)\s*hợp đồng")
#: Units that took part in a survey or an inspection, not the network: "41 bệnh viện, trung tâm y tế và 124 trạm y tế
#: tham gia khảo sát".
_SURVEYED_AFTER = re.compile(r"[^.;%]{0,60}?(?<![\w])(?:tham gia|được)\s*(?:khảo sát|đánh giá|kiểm tra|giám sát|điều tra)")
#: Words opening a list of results with a colon: "đạt như sau:", "cụ thể:", "gồm:", "toàn tỉnh có:".
_LIST_OPENER = re.compile(r"(?:như sau|cụ thể|gồm|(?<![\w])có|(?<![\w])đạt)\s*$")


#: After a ratio, a step per year: "0,5 bác sĩ/vạn dân mỗi năm" (a level is not "per year").
_YEARLY_STEP_AFTER = re.compile(r"\s*(?:mỗi năm|một năm|/\s*năm)(?![\w])")


def _per_period(token: _Token, doc: _Doc, sentence) -> bool:
    """A count per day, week or month ("mỗi ngày tiếp nhận 1.200 lượt khám", "450 lượt khám/ngày") is a rate."""
    left = doc.masked[_clause_start(doc.masked, sentence[0], token.start):token.start]
    return bool(lx.PER_PERIOD_BEFORE.search(left) or lx.PER_PERIOD_AFTER.match(doc.masked, token.end, sentence[1]))


def _part_of_previous(token: _Token, indicator: str, previous, doc: _Doc, sentence) -> bool:
    """A count after "trong đó" of the same thing as the count just before it is a part of that total."""
    if previous is None or _unit_of(indicator) != "count":
        return False
    prev_token, prev_indicator, _, prev_sentence = previous
    gap = doc.masked[prev_token.end:token.start]
    return (prev_indicator == indicator and prev_sentence == sentence and len(gap) <= 80
            and not re.search(r"[\d#%;]", gap) and bool(re.search(r"trong đó|trong số (?:này|đó)", gap)))


def _bracketed(token: _Token, previous, doc: _Doc, sentence) -> tuple[str, int, int] | None:
    """A bare number opening a comparison bracket right after a figure ("88,4% (cùng kỳ 2024: 91,0%)", "93,4%, cao hơn
    năm 2023 (91,7%)") is the same indicator for the bracket's year."""
    if previous is None or token.word or token.fraction:
        return None
    prev_token, indicator, _, prev_sentence = previous
    if prev_sentence != sentence or token.pct != (_unit_of(indicator) == "pct"):
        return None
    for start, close in doc.brackets:
        if start <= token.start < close:
            opening = doc.masked.rfind("(", 0, start)
            between = _DIFFERENCE.sub(lambda m: " " * len(m.group(0)), doc.masked[prev_token.end:opening])
            if re.fullmatch(r"\s*(?:(?:khoảng|gần|xấp xỉ|hơn|trên|dưới)\s*)?", doc.masked[start:token.start]) \
                    and prev_token.end <= opening and opening - prev_token.end <= 90 \
                    and not re.search(r"[\d#%;]", re.sub(r"năm\s*####", "", between)):
                return indicator, opening + 1, token.end
    return None


_PER_10K_WORDS = re.compile(lx.PER_10K)


def _ratio_of_count(token: _Token, indicator: str, previous, doc: _Doc, sentence) -> str:
    """A count noun that is a ratio: a fraction ("16,2 bác sĩ") in a sentence of ratios, or a count in a bracket
    right after a ratio of the same noun, sharing its denominator: "38 giường bệnh/vạn dân (chỉ tiêu: 37 giường)",
    "10,2 bác sĩ/vạn dân (năm 2023: 9,8 bác sĩ)"."""
    ratio = lx.RATIO_OF_COUNT.get(indicator)
    if ratio is None:
        return indicator
    if token.value != int(token.value) and _PER_10K_WORDS.search(doc.masked, sentence[0], sentence[1]):
        return ratio  # "Hà Nội đạt 16,2 bác sĩ" among ratios: a fraction of a doctor is a ratio
    if previous is None or previous[1] != ratio or previous[3] != sentence:
        return indicator
    # (a year may stand in the bracket: "(năm 2023: 9,8 bác sĩ)")
    if not _bracket_after(previous[0].end, token.start, doc, stops=r"[\d%;]") \
            or ")" not in doc.masked[token.end:sentence[1]] \
            or not 0.33 <= token.value / max(previous[0].value, 1e-9) <= 3:  # "(tổng số 3.200 giường)" is a count
        return indicator
    return ratio


def _bracket_after(end: int, start: int, doc: _Doc, stops: str = r"[\d%;#]") -> bool:
    """Does a bracket opened right after a figure ending at `end` hold the number starting at `start`, with none
    of `stops` (by default another number or a year) in between?"""
    between = doc.masked[end:start]
    opening = between.rfind("(")
    return 0 <= opening <= 60 and ")" not in between[opening:] and not re.search(stops, between)


def _qualifier(token: _Token, doc: _Doc) -> str:
    if token.qualifier:
        return token.qualifier
    before = doc.masked[max(0, token.start - 30):token.start].rstrip(" :")
    for name, pattern in lx.QUALIFIERS:
        if pattern.search(before + " "):
            if name == "over" and re.search(r"(?:^|\s)từ\s*$", before + " ") and not lx.OVER_AFTER.match(doc.masked[token.end - 1:token.end + 12]):
                continue  # "từ" is only "at least" with "trở lên"
            return name
    if lx.OVER_AFTER.match(doc.masked[token.end:token.end + 12]):
        return "over"
    return ""


def _kind(token: _Token, doc: _Doc, sentence: tuple[int, int]) -> str:
    """'target' when a target word (phấn đấu, mục tiêu, kế hoạch, dự kiến, ...) governs the figure, else 'actual'."""
    left = doc.masked[sentence[0]:token.start]
    if lx.ACTUAL_CLAUSE.search(left):
        return "actual"  # "kế hoạch 11, thực hiện 11,4"
    # (a decision naming the target is skipped: "vượt chỉ tiêu Thủ tướng giao tại Quyết định số 546/QĐ-TTg (94,3%)")
    if lx.TARGET_RIGHT_BEFORE.search(_DECISION_REF.sub("", left)) or lx.TARGET_IN_BRACKET.search(left):
        return "target"
    if lx.TARGET_AFTER.match(doc.masked, token.end, sentence[1]) and not _NOW.search(left) \
            and not lx.ACHIEVED_AFTER_CUE.search(left):
        return "target"  # "đạt 96,5% theo chỉ tiêu HĐND tỉnh giao"
    # (a target word inside a bracket closed before the figure governs only the bracket: "... (chỉ tiêu 32,5); tỷ lệ
    # bao phủ bảo hiểm y tế đạt 94,29%")
    # (nor does one in the results of targets: "2. Kết quả thực hiện các mục tiêu, chỉ tiêu / Sau 7 năm, ...")
    cues = [c for c in lx.TARGET_CUES.finditer(left) if (left.count(")", c.end()) <= left.count("(", c.end())
            or left.rfind("(", 0, c.start()) < left.rfind(")", 0, c.start()))
            and not (_DEADLINE_CUE.match(c.group(0)) and _FRAMEWORK_BEFORE.search(left, max(0, c.start() - 60), c.start()))
            and not _RESULTS_OF_TARGETS.search(left, max(0, c.start() - 50), c.start())]
    if not cues or _NOW.search(left, cues[-1].end()) or lx.ACHIEVED_AFTER_CUE.search(left, cues[-1].end()):
        # "... phấn đấu đạt 9,5 bác sĩ/vạn dân; đến nay mới đạt 8,7 bác sĩ/vạn dân", "Chỉ tiêu duy nhất chưa đạt là
        # tỷ lệ ..., mới đạt 78,3%"
        return "actual"
    # ("Để hoàn thành chỉ tiêu năm 2025, BHXH tỉnh phấn đấu ... đạt 96%": "phấn đấu" is a target whatever came before)
    # (nor is a deadline after another figure: "đạt ít nhất 94% dân số và đến năm 2030 có trên 95%")
    achieved = lx.ACHIEVED_BEFORE_CUE.search(left[:cues[-1].start()]) if cues[-1].group(0) != "phấn đấu" else None
    if achieved and _DEADLINE_CUE.match(cues[-1].group(0)) and re.search(r"[\d%]", left[achieved.start():cues[-1].start()]):
        achieved = None
    if achieved and not lx.PROSPECTIVE_BEFORE.search(left[:achieved.start()]):
        return "actual"
    return "target"


_DEADLINE_CUE = re.compile(r"(?:đến|tới)\s*năm")
_RESULTS_OF_TARGETS = re.compile(r"(?:kết quả|tình hình)\s*(?:thực hiện|đạt được)\s*(?:các\s*|những\s*)?(?:mục tiêu\s*,?\s*)?$")
#: A framework named with its horizon: "Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030" is a name, its
#: "đến năm 2030" no target of the figures after it.
_FRAMEWORK_BEFORE = re.compile(r"(?:bộ tiêu chí|tiêu chí quốc gia)[^,;.:\d#%]{0,40}$|giai đoạn\s*$")


#: A paragraph opened by a target and its year ("Phấn đấu đến năm 2030, ...", "Mục tiêu đến năm 2030:").
_TARGET_PARAGRAPH_LEAD = re.compile(r"\s*(?:phấn đấu|mục tiêu|định hướng)\s*(?:đến|tới|vào|trong)\s*năm\s*####\s*[,:]")


#: The last words of a line opening a list of tasks or targets: "... tập trung vào bốn nhiệm vụ:", "... các chỉ tiêu
#: sau:", "phấn đấu:".
_TASKS_LEAD = re.compile(r"(?:(?:nhiệm vụ|mục tiêu|chỉ tiêu|phấn đấu|giải pháp)(?:\s*(?:trọng tâm|chủ yếu|sau|như sau|cụ thể))?"
                         r"|(?:việc|công việc|nội dung)\s*(?:trọng tâm\s*)?(?=sau))\s*(?:sau đây|sau)?\s*:\s*$")


def _under_tasks_lead(token: _Token, doc: _Doc, sentence, paragraph) -> bool:
    """A figure in an item of a list opened by a line of tasks or targets ("Tôi đề nghị ngành y tế tập trung vào bốn
    nhiệm vụ:" over "Thứ hai, nâng tỷ lệ bao phủ BHYT lên 95%"), unless the item states a year, "hiện" or an achieved
    verb before it."""
    lead = _list_lead(doc, paragraph[0])
    if not lead or not _TASKS_LEAD.search(doc.masked[lead[0]:lead[1]].rstrip()) \
            or lx.RESULTS_HEADING.search(doc.masked, lead[0], lead[1]):
        return False
    left = doc.masked[paragraph[0]:token.start]
    return not ("####" in left or _NOW.search(left) or lx.ACHIEVED_AFTER_CUE.search(left))


def _target_paragraph(token: _Token, doc: _Doc, sentence, paragraph) -> bool:
    """A figure in a later sentence of a paragraph opened by a target and its year is a target of that year too,
    unless its sentence states a year, "hiện"/"đến nay" or an achieved verb of its own ("Phấn đấu đến năm 2030,
    ... 22 bác sĩ/vạn dân. Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%", not "... Năm 2024, tỉnh đạt 10 ...")."""
    if sentence[0] <= paragraph[0] or not _TARGET_PARAGRAPH_LEAD.match(doc.masked, paragraph[0]):
        return False
    left = doc.masked[sentence[0]:token.start]
    if "####" in left or _NOW.search(left) or lx.ACHIEVED_AFTER_CUE.search(left) or _RELATIVE_YEAR.search(left):
        return False
    return not any(sentence[0] <= y.pos < token.start for y in doc.years)


def _relative_years(masked: str, published: date | None, brackets=(), years=(), paragraphs=()) -> list[_YearMention]:
    """Relative years: "năm nay" = the publication year; "năm trước/ngoái" = the year before; "năm qua" = the year
    before, except in a November/December article (the year under review). "năm này" points back: the latest year
    stated earlier in its paragraph ("Năm 2024, ... Cũng trong năm này, ..."), else the publication year.
    Comparisons ("so với năm trước") and spans ("5 năm qua", "những năm qua") are skipped; "tháng 9 năm nay" is this
    year. Undated, the mention still counts with no year (it stops an older year from carrying over)."""
    found = []
    for m in _RELATIVE_YEAR.finditer(masked):
        until = next((close for start, close in brackets if m.end() < start <= m.end() + 6), None)
        before = masked[max(0, m.start() - 12):m.start()]
        if until is None and _NOT_RELATIVE_BEFORE.search(before) and not _MONTH_BEFORE.search(before) \
                and not _same_period_stated(masked, m):
            continue  # "5 năm qua" is a span; "tháng 9 năm nay" is this year
        phrase = m.group(0)
        year = None
        paragraph = _span_of(list(paragraphs), m.start())
        earlier = [y for y in years if paragraph[0] <= y.pos < m.start() and y.year and not y.comparison
                   and y.until is None]
        if phrase == "năm này" and earlier:
            year = max(earlier, key=lambda y: y.pos).year
        elif published:
            if _THIS_YEAR.fullmatch(phrase):
                year = published.year
            elif phrase in ("năm tới", "năm sau", "sang năm"):
                year = published.year + 1
            elif phrase in ("năm qua", "năm vừa qua") and published.month >= 11:
                year = published.year
            else:
                year = published.year - 1
        target = bool(_TARGET_YEAR_BEFORE.search(masked[max(0, m.start() - 40):m.start()])) \
            or phrase in ("năm tới", "năm sau", "sang năm")  # (what is to come is a target's year)
        found.append(_YearMention(m.start(), m.end(), year, target=target, comparison=False, until=until))
    return found


_SETTER_AFTER = re.compile(r"\s*(?:mà|do)\s*" + lx.TARGET_SETTER + r"(?:\s*" + lx.TARGET_SETTER + r")?\s*(?:đã\s*)?"
                           r"(?:giao|đề ra|đặt ra)(?:\s*cho\s*(?:tỉnh|thành phố))?\s*(?:trong\s*)?")


def _own_year(years, end: int, doc: _Doc, sentence, relative=()) -> _YearMention | None:
    """The year stated right after a figure ending at `end`, in its clause with nothing in between ("10,6 bác sĩ/vạn
    dân năm 2025", "8,2 bác sĩ/vạn dân (năm 2020)")."""
    # (not the year of the next clause: "đạt ít nhất 94% dân số và đến năm 2030 có trên 95%"; after the country as
    # its owner: "15 bác sĩ/vạn dân mà Quốc hội đặt ra cho cả nước năm 2025")
    # ... or its setter: "chỉ tiêu 95% mà Chính phủ giao cho tỉnh trong năm nay"
    # (a relative year counts only after such an owner: "năm trước" in "(năm trước lần lượt là ...)" is a bracket's)
    # (a year bound to a comparison bracket after the figure is that bracket's: "8,2 bác sĩ/vạn dân (năm 2020 chỉ là
    # 5,8)")
    owner = lx.NATIONAL_AFTER.match(doc.masked, end) or _SETTER_AFTER.match(doc.masked, end)
    years = [y for y in years if y.until is None or not re.fullmatch(r"[^\d#%]*?\(\s*(?:năm\s*)?", doc.masked[end:y.pos])
             or re.match(r"\s*\)", doc.masked[y.end:y.end + 3])]
    for start, candidates in ((end, years), (owner.end(), list(years) + list(relative))) if owner else ((end, years),):
        own = next((y for y in candidates if start <= y.pos < sentence[1] and y.pos - start < 25 and (
            not re.search(r"[,;.:(]|(?<![\w])(?:và|còn|nhưng|trong khi|thì)(?![\w])", doc.masked[start:y.pos])
            or re.fullmatch(r"\s*\(\s*", doc.masked[start:y.pos]))), None)
        if own:
            return own
    # a relative year right after it: "chỉ tiêu 11,8 bác sĩ/vạn dân vào cuối năm nay"
    return next((y for y in relative if end <= y.pos < sentence[1]
                 and re.fullmatch(r"\s*(?:vào|trong)\s*(?:(?:cuối|đầu|giữa)\s*)?", doc.masked[end:y.pos])), None)


def _year(token: _Token, end: int, kind: str, doc: _Doc, sentence, paragraph, report_year,
          heading: tuple[int, int] | None = None) -> int | None:
    """The year of a figure (see the module notes); last, the year the section on results it stands in reviews, then
    the year the document reports on."""
    masked = doc.masked
    usable = [y for y in doc.years if not y.comparison and (y.until is None or token.start < y.until)]
    # 1. right after the figure, same clause, nothing in between ("10,6 bác sĩ/vạn dân năm 2025", "... giao cho tỉnh
    # trong năm nay")
    own = _own_year(usable, end, doc, sentence, [y for y in doc.relative if y.year and y.until is None])
    if own:
        return own.year
    # 2. the latest year stated earlier in the sentence ("năm 2024", "tháng 6/2024", "năm qua"); 3. else the latest
    # earlier in the paragraph (a target year does not carry to an actual)
    stated = usable + [y for y in doc.relative if y.until is None or token.start < y.until]
    # (a target year followed by "hiện"/"đến nay" does not reach an actual: "Phấn đấu đến năm 2030 có 100% ...; hiện
    # tỷ lệ này mới đạt 91,3%")
    in_sentence = [y for y in stated if sentence[0] <= y.pos < token.start
                   and not (kind == "actual" and y.target and _NOW.search(masked, y.end, token.start))]
    if in_sentence:
        return max(in_sentence, key=lambda y: y.pos).year
    if kind == "actual" and _NOW.search(masked, sentence[0], token.start):
        return None  # "...; hiện toàn tỉnh có 65 trạm y tế": now, whatever year the paragraph opened with
    in_paragraph = [y for y in stated if paragraph[0] <= y.pos < token.start and (kind == "target" or not y.target)]
    if in_paragraph:
        return max(in_paragraph, key=lambda y: y.pos).year
    if heading:  # a bullet item: the year of the heading over its list
        # ("Một số chỉ tiêu chủ yếu năm 2024" is not a target heading: its year is the bullets' year)
        any_year = kind == "target" or _heading_kind(doc, heading) != "target"
        in_heading = [y for y in stated if heading[0] <= y.pos < heading[1] and (any_year or not y.target)]
        if in_heading:
            return max(in_heading, key=lambda y: y.pos).year
        if _NOW.search(masked[heading[0]:heading[1]]) or _UNDATED_PERIOD.search(masked[heading[0]:heading[1]]):
            return None
    # ("Hiện tỉnh có 8,5 bác sĩ/vạn dân. Tỉnh có 138 trạm y tế ...": "hiện" governs the rest of its paragraph)
    if kind == "target" or _NOW.search(masked[paragraph[0]:token.start]) or _UNDATED_PERIOD.search(
            masked[sentence[0]:token.start]):
        return None
    # 4. the year the section reviews ("Điều 1. Đánh giá tình hình thực hiện kế hoạch năm 2024"), else the year the
    # document reports on
    return _reviewed_year(doc, token.start) or report_year


#: The time before a change ("Trước sắp xếp, năm 2024, ...", "trước khi hợp nhất", "trước đây"): a year stated for it
#: is a past state, not the year the document reports on.
_BEFORE_CHANGE = re.compile(r"trước\s*(?:khi\s*)?(?:sắp xếp|sáp nhập|hợp nhất)|trước đây|trước đó")


_DEADLINE_WORD = re.compile(r"(?:đến|tới)\s*(?=năm)")


def _reached_deadlines(doc: _Doc, published: date | None) -> None:
    """"Đến năm 2025, toàn tỉnh đạt 15,3 bác sĩ/vạn dân" in a review written late in 2025 (or later) reports what was
    reached by then, not a target: with no target word before it, such an "đến năm" reads as "vào năm"."""
    if published is None:
        return
    for y in doc.years:
        if not y.target or not (y.year < published.year or (y.year == published.year and published.month >= 9)):
            continue
        m = _DEADLINE_WORD.match(doc.masked, y.pos)
        if not m or _TARGET_YEAR_BEFORE.search(doc.masked[max(0, y.pos - 40):y.pos]) \
                or lx.TARGET_CUES.search(doc.masked, max(0, y.pos - 40), y.pos):
            continue
        doc.masked = doc.masked[:y.pos] + "vào" + " " * (m.end() - y.pos - 3) + doc.masked[m.end():]
        y.target = False


def _plan_year(doc: _Doc) -> int | None:
    """The year of the plan a document is, from its title lines ("NGHỊ QUYẾT / Về kế hoạch phát triển kinh tế - xã
    hội năm 2025"): a target with no year of its own is of that plan."""
    for a, b in doc.paragraphs[:12]:
        line = doc.masked[a:b]
        if len(line) > 160 or not lx.HEADING_TARGET.search(line) or lx.RESULTS_HEADING.search(line):
            continue
        years = {y.year for y in doc.years if a <= y.pos < b and y.year}
        if len(years) == 1 and not re.search(r"\d", line):
            return years.pop()
    return None


def _report_year(doc: _Doc, published: date | None) -> int | None:
    """The year the document reports on: its first year stated for an actual (not a target, a comparison, the year
    of a bracket, a year after the publication, or the year of the state before a change)."""
    for y in doc.years:
        if y.target or y.comparison or y.until is not None or y.year < 2000:  # ("12 bác sĩ vào năm 1976": history)
            continue
        if _BEFORE_CHANGE.search(doc.masked, max(0, y.pos - 40), y.pos):
            continue
        if published and y.year > published.year:
            continue
        return y.year
    return None


# --- who a figure is about --------------------------------------------------------------------------------
#: Capitalised words ("Mường Lát", "Đa khoa Trung tâm"): the class lists upper-case letters only (a range
#: such as "À-Ỹ" would also take the lower-case Vietnamese letters interleaved with them).
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
#: An outline marker inside a long flattened line: "... tại cơ sở. 2. Mục tiêu cụ thể a) Đến năm 2026: ...", "... 110%.
#: 2 II. MỤC TIÊU ..." (see :func:`_outline_split`).
_INLINE_OUTLINE = re.compile(rf"(?<=[.:;] )(?:\d{{1,3}} )?(?:[IVX]{{1,4}}\. (?=[{_UPPER}]{{2}})|\d{{1,2}}\. (?=[{_UPPER}])"
                             rf"|[a-zđ]\) (?=[{_UPPER}]))")
_PROPER_NAME = re.compile(rf"(?:[{_UPPER}][\w]*\.?[ \t]?)+")


#: A facility's name may run on over lower-case words of its kind and level: "Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa
#: khoa Trung ương Quảng Nam", "Trung tâm Y tế huyện Phước Sơn" (the province or district named in it is the
#: facility's address, not the subject).
_FACILITY_NAME = re.compile(
    rf"(?:[{_UPPER}][\w]*\.?[ \t]?|(?:khoa|đa khoa|tỉnh|thành phố|huyện|quận|thị xã|đặc khu|khu vực|trung ương|ương|y tế|quốc tế|(?<=trung )tâm|(?<=Trung )tâm"
    rf"|y học cổ truyền|sản nhi|phụ sản|nhi|lao và bệnh phổi|tâm thần|phục hồi chức năng|hữu nghị|nghị|ung bướu"
    rf"|nội tiết|da liễu|mắt|tim mạch|y dược|đại học|chấn thương chỉnh hình|(?<=Ung )bướu)[ \t]+(?=[{_UPPER}]|tỉnh|huyện"
    rf"|thành phố|khoa|trung ương))+"
    rf"(?:tỉnh|thành phố|trung ương|ương|đặc khu)?"
    # a facility named by its level alone: "Trung tâm Y tế đặc khu với 70 giường bệnh"
    rf"|đặc khu(?![\w])"
)


#: A unit column's word is no name: "Số trạm y tế Trạm 141 125" is a table row, not the station "Trạm".
_UNIT_NOT_NAME = re.compile(r"(?:trạm|giường|người|lượt|cơ sở|bác sĩ|bác sỹ|xã|tuổi|năm)\s*")


def _entity_spans(doc: _Doc, cue: re.Pattern, name: re.Pattern = _PROPER_NAME) -> list[tuple[int, int]]:
    """Spans like "huyện Bình Xuyên" / "Bệnh viện Trung ương Huế": a cue word followed by capitalised words."""
    spans = []
    for m in cue.finditer(doc.match):
        pos = m.end()
        words = name.match(doc.nfc, pos, pos + 80)
        if words and words.group(0).strip() and not _UNIT_NOT_NAME.fullmatch(doc.match, pos, pos + len(words.group(0))):
            spans.append((m.start(), pos + len(words.group(0).rstrip())))
    return spans


_WHOSE_AFTER = re.compile(r"(?:của|thuộc)\s*(?:tỉnh|thành phố|tp\.?)?\s*$")
_FOREIGN_WHOSE = re.compile(r"\s*\)?\s*(?:của|ở|tại)\s*")
_NATIONAL_WHOSE = re.compile(r"(?:của|thuộc|trong)\s*(?:cả nước|toàn quốc)")


def _scope(token_start: int, token_end: int, doc: _Doc, sentence, mentions, districts, facilities,
           q_end: int | None = None, paragraph: tuple[int, int] | None = None,
           figure_starts: list[int] = (), geography: str | None = None) -> tuple[str, dict | None]:
    """Who a figure is about: ('article'|'national'|'province'|'district'|'facility'|'group'|'foreign', codes).

    Precedence, most specific first:

    1. a place named right after the number or its unit phrase ("94,2% của cả nước", "13,5 bác sĩ/vạn dân của cả
       nước", "61% số xã của tỉnh X đạt ...", "25 bác sĩ/vạn dân của các nước có thu nhập trung bình cao");
    2. the nearest subject named before the figure in its own sentence (a province, the country, a district, a
       facility, a set of units - "9 tỉnh dưới 10 bác sĩ/vạn dân", "các đơn vị có tỷ lệ hài lòng dưới 90%", a
       threshold, not a figure -, a foreign country, or the article's own "toàn tỉnh");
    3. else the topic of the paragraph: the subject of the nearest earlier sentence that names one ("Theo niên giám,
       năm 2024 cả nước đạt 14,5 bác sĩ/vạn dân. Cùng năm, số giường bệnh là 32,8 giường/vạn dân" - both national;
       "Tại Thanh Hóa, ... Tỉnh đặt mục tiêu ..." - Thanh Hóa). A sentence's subject stands before its first figure
       (the places after it are complements: "..., thấp hơn mức 13,5 của cả nước"); places named as the object of a
       comparison ("cao hơn tỉnh Y") or in brackets are not a topic;
    4. else the article's province.

    The article's own words for the province ("toàn tỉnh", "tỉnh đạt", "trên địa bàn") refer back to a province named
    as the subject before them in the sentence or as the paragraph's topic ("Tại An Giang (hợp nhất với Kiên Giang),
    ..., toàn tỉnh có 102 trạm y tế"), and only then to the article's province. A place in brackets that close before
    the figure is a remark on the name before it, never the subject."""
    q_end = max(q_end or token_end, token_end)
    if lx.NATIONAL_AFTER.match(doc.masked, token_end) or lx.NATIONAL_AFTER.match(doc.masked, q_end) \
            or _NATIONAL_WHOSE.search(doc.masked, token_end, q_end):
        return "national", None
    for end in (token_end, q_end):  # "mức khoảng 25 bác sĩ/vạn dân của các nước có thu nhập trung bình cao"
        whose = _FOREIGN_WHOSE.match(doc.masked, end)
        if whose and lx.FOREIGN_SUBJECT.match(doc.masked, whose.end()):
            return "foreign", None
    for s, e in districts + facilities:
        if token_end <= s < q_end and _WHOSE_AFTER.search(doc.match, max(0, s - 20), s):
            return ("district" if (s, e) in districts else "facility"), None
    for s, e, codes in mentions:
        if token_end <= s < q_end and _WHOSE_AFTER.search(doc.match, max(0, s - 20), s):
            return "province", codes
    events = _subject_events(doc, sentence[0], token_start, mentions, districts, facilities)
    lo = sentence[0]
    if not events and paragraph:
        earlier = [s for s in doc.sentences if paragraph[0] <= s[0] < sentence[0]]
        for s0, s1 in reversed(earlier):
            cut = next((f for f in figure_starts if s0 <= f < s1), s1)
            # (a unit that no longer exists, "Quảng Nam (cũ)", is no topic for the sentences after it in a text on
            # the new map)
            events = [e for e in _subject_events(doc, s0, cut, mentions, districts, facilities, topic=True)
                      if not (e[1] == "province" and geography == "2025" and "2025" not in (e[2] or {}))]
            if events:
                lo = s0
                break
    if not events:
        return "article", None
    end, kind, codes = max(events, key=lambda e: e[0])
    if kind == "facility" and lo < sentence[0] and not _FACILITY_BACK.search(doc.masked, sentence[0], token_start):
        return "article", None  # a hospital named in an earlier sentence is the topic only when referred back to
    if kind == "article":
        # "Tại An Giang, ... toàn tỉnh có 102 trạm y tế", "Ở Đồng Tháp, ... . Toàn tỉnh có 12.640 giường bệnh": the
        # province's own words ("toàn tỉnh", "tỉnh") refer back to the province the paragraph is about
        antecedent = _antecedent(doc, lo, end, paragraph, mentions, districts, facilities, figure_starts,
                                 geography)
        if antecedent:
            return "province", antecedent
    return kind, codes


#: (not the plural: "tại các bệnh viện công lập", "các cơ sở công lập" are all of them)
_FACILITY_BACK = re.compile(r"(?<![\w])(?<!các )(?<!những )(?<!nhiều )(?<!số )(?<!tất cả )"
                            r"(?:bệnh viện|trung tâm|đơn vị|cơ sở|tại đây|nơi đây|phòng khám)(?![\w])")


def _antecedent(doc: _Doc, lo: int, cue_end: int, paragraph, mentions, districts, facilities, figure_starts,
                geography: str | None) -> dict | None:
    """The province a "toàn tỉnh"/"tỉnh" cue ending at `cue_end` refers back to: a current province named as a
    subject before it in its sentence, else the paragraph's topic when that is a province (a unit named "(cũ)" in a
    document on the new map no longer exists, so it is never the antecedent)."""
    current = [(s, e, c) for s, e, c in mentions if geography is None or geography in c]
    events = [e for e in _subject_events(doc, lo, cue_end, current, districts, facilities, topic=True)
              if e[0] < cue_end and e[1] != "article"]
    if not events and paragraph:
        for s0, s1 in reversed([s for s in doc.sentences if paragraph[0] <= s[0] < lo]):
            cut = next((f for f in figure_starts if s0 <= f < s1), s1)
            events = [e for e in _subject_events(doc, s0, cut, mentions, districts, facilities, topic=True)
                      if e[1] != "article"]
            if events:
                break
    if not events:
        return None
    _, kind, codes = max(events, key=lambda e: e[0])
    if kind == "province" and (geography is None or geography in codes):
        return codes
    return None


#: A place named as the object of a comparison or as company ("cao hơn tỉnh Y", "so với Hà Nội", "như Quảng Trị")
#: is not the topic that a later sentence continues.
_COMPARED_BEFORE = re.compile(r"(?:hơn|so với|bằng|như|cùng|với|giữa|từ|lên|về|sang)\s*(?:(?:mức|bình quân|trung bình"
                              r"|chung|của|các|tỉnh|thành phố|khu vực)\s*)*$")


#: Places that share one figure: "Bà Rịa - Vũng Tàu và Đà Nẵng cùng đạt", "cả Hà Nam, Nam Định và Ninh Bình đều có".
_JOINED = re.compile(r"\s*(?:\(\s*cũ\s*\)\s*)?(?:,|và)\s*(?:tỉnh|thành phố)?\s*")
_TOGETHER_AFTER = re.compile(r"\s*(?:\(\s*cũ\s*\)\s*)?(?:cùng(?!\s*(?:với|kỳ))|đều|cũng đều)(?![\w])")


def _joint_subjects(doc: _Doc, mentions, codes, sentence, token_start: int) -> list[dict]:
    """The places of a joint subject ("A và B cùng đạt X", "A, B và C đều có X") when the figure's place is its
    last; each of them gets the figure. Empty when the figure has a single subject."""
    ends = [(s, e, c) for s, e, c in mentions if sentence[0] <= s and e <= token_start]
    last = next((i for i in range(len(ends) - 1, -1, -1) if ends[i][2] == codes), None)
    if last is None or not _TOGETHER_AFTER.match(doc.masked, ends[last][1]) \
            or re.search(r"[;:]", doc.masked[ends[last][1]:token_start]):
        return []
    group = [ends[last]]
    for s, e, c in reversed(ends[:last]):
        if not _JOINED.fullmatch(doc.masked, e, group[0][0]):
            break
        group.insert(0, (s, e, c))
    return [c for _, _, c in group] if len(group) > 1 else []


#: A bracket saying which old province an area is: "khu vực phía nam thành phố (địa bàn Quảng Nam cũ) hiện có ...".
_AREA_IN_BRACKET = re.compile(r"^\(\s*(?:địa bàn|khu vực|thuộc|tức là|tức|vùng)\s*(?:của\s*)?(?:tỉnh|thành phố)?\s*$")
_PAIRED = re.compile(r"\s*(?:\(\s*cũ\s*\)\s*)?(?:và|,|hoặc|với)\s*(?:tỉnh|thành phố)?\s*")
#: Between a part of a province and its name: "các xã miền núi phía tây của (tỉnh) ...".
#: Only a part when so qualified ("các xã thuộc tỉnh Kon Tum (cũ)" is all of the old province).
_OWNER_OF_PART = re.compile(r"[^\d#%,;.()]{0,40}?(?:" + lx.PART_QUALIFIER + r")[^\d#%,;.()]{0,30}(?<![\w])(?:của|thuộc)"
                            r"\s*(?:tỉnh|thành phố)?\s*")
#: The same right after a part that names its lie itself: "khu vực ven biển | của Thái Bình (cũ)".
_OWNER_OF_QUALIFIED = re.compile(r"[^\d#%;.()]{0,30}(?<![\w])(?:của|thuộc)\s*(?:tỉnh|thành phố)?\s*")
_SOME_PARTS = re.compile(r"một số|một vài|vài|nhiều|phần lớn|đa số|hầu hết|số ít|nửa|riêng")


#: A sentence opening on a part of the province set against the rest: "Tuy nhiên, tại các huyện vùng cao ...".
_CONTRASTED_PART = re.compile(r"(?:^|[.!?;]\s*)\s*(?:tuy nhiên|nhưng|song|trong khi đó)\s*,?\s*(?:(?:tại|ở)\s*)?[^.;:]{0,60}$")


def _subject_events(doc: _Doc, lo: int, hi: int, mentions, districts, facilities,
                    topic: bool = False) -> list[tuple[int, str, dict | None]]:
    """Subjects named in doc[lo:hi], as (end, kind, codes). With ``topic`` (earlier sentences of the paragraph),
    only places that can be the paragraph's topic: not compared with, not in brackets, not the article's cues."""
    events: list[tuple[int, str, dict | None]] = []
    inside = lambda pos, spans: any(s <= pos < e for s, e in spans)  # noqa: E731

    def carried(s: int) -> bool:
        before = doc.masked[max(lo, s - 40):s]
        if not topic:
            # "Ở Đồng Tháp (hợp nhất với Tiền Giang), tỷ lệ ... đạt 94,1%": a bracket closed before the figure
            opening = before.rfind("(")
            # ("khu vực phía nam (địa bàn Quảng Nam cũ)" is that province's; "xã Quảng Trực (khu vực Đắk Nông cũ)"
            # stays the commune)
            bracket = s - len(before) + opening
            return opening < 0 or before.rfind(")") > opening or ")" not in doc.masked[s:hi] \
                or (bool(_AREA_IN_BRACKET.search(before[opening:]))
                    and not any(e <= bracket and not doc.masked[e:bracket].strip() for _, e in districts + facilities))
        return not _COMPARED_BEFORE.search(before) and before.count("(") <= before.count(")")

    listed = _listed_mentions(doc, mentions, lo, hi)

    def paired(s: int, e: int) -> bool:
        """Named with another province ("khi tỉnh Hà Nam và tỉnh Ninh Bình sắp xếp ..."): neither is the topic."""
        return any((e2 <= s and _PAIRED.fullmatch(doc.masked, e2, s)) or (s2 >= e and _PAIRED.fullmatch(doc.masked, e, s2))
                   for s2, e2, _ in mentions if (s2, e2) != (s, e))

    left = doc.masked[lo:hi]
    # (a part set apart, "riêng khu vực ven biển ...", is no topic for the sentences after it)
    parts = list(lx.LOCAL_SUBJECT.finditer(left))
    local = [m for m in parts
             if not (topic and (_SOME_PARTS.search(m.group(0)) or re.search(r"riêng\s*$", left[:m.start()])
                                or _CONTRASTED_PART.search(left[:m.start()])))]
    # "Ở các xã miền núi phía tây của Ninh Thuận (cũ) như Phước Hà, ...": the province owns the subject, is not it
    owner = lambda s: any(_OWNER_OF_PART.fullmatch(doc.masked, lo + m.end(), s) or (  # noqa: E731
        re.search(lx.PART_QUALIFIER, m.group(0)) and _OWNER_OF_QUALIFIED.fullmatch(doc.masked, lo + m.end(), s))
        for m in parts)
    for s, e, codes in mentions:
        if lo <= s < hi and not inside(s, facilities) and not inside(s, districts) and s not in listed and carried(s) \
                and not (topic and paired(s, e)) and not owner(s):
            events.append((e, "province", codes))
    for s, e in districts:
        # (a unit set apart, "Riêng đặc khu Côn Đảo có 1 trạm y tế", is no topic for the sentences after it)
        # (nor is one set against the rest, "Tuy nhiên, tại các huyện vùng cao Đà Bắc, Mai Châu, ...")
        if lo <= s and e <= hi and carried(s) and not (topic and (
                re.search(r"riêng\s*$", doc.masked[max(lo, s - 8):s]) or _CONTRASTED_PART.search(doc.masked[lo:s]))):
            events.append((e, "district", None))
    for s, e in facilities:
        if lo <= s and e <= hi and carried(s):
            events.append((e, "facility", None))
    for m in lx.NATIONAL_CUES.finditer(left):
        if not lx.RANKING_BEFORE_NATIONAL.search(left[:m.start()]) and not lx.ALONG_WITH_NATIONAL.search(left[:m.start()]):
            if ";" in left[m.end():] and lx.COMPARED_WITH_NATIONAL.search(left[:m.start()]):
                continue  # "thấp hơn bình quân toàn quốc (95,1%); tỷ lệ tiêm chủng ... đạt 98,1%"
            if not topic and lx.COMPARED_WITH_NATIONAL.search(left[:m.start()]) and "," in left[m.end():] \
                    and any(kind == "province" and end <= lo + m.start() for end, kind, _ in events):
                continue  # "Huế là địa phương duy nhất vượt mức bình quân cả nước ..., với 16,9 bác sĩ/vạn dân"
            if topic and (lx.COMPARED_WITH_NATIONAL.search(left[:m.start()]) or not carried(lo + m.start())):
                continue
            events.append((lo + m.end(), "national", None))
    for m in lx.GROUP_SUBJECT.finditer(left):
        if not topic:
            events.append((lo + m.end(), "group", None))
    for m in lx.FOREIGN_SUBJECT.finditer(left):
        if carried(lo + m.start()):
            events.append((lo + m.end(), "foreign", None))
    for m in _ARTICLE_CUES.finditer(left):
        events.append((lo + m.end(), "article", None))
    for m in local:  # (not "... ở một số xã miền núi chưa đáp ứng yêu cầu" as a topic: where problems are)
        # ("của huyện Mèo Vạc": named, a district span; "Riêng đặc khu Côn Đảo có 1 trạm y tế": set apart all the same)
        # (nor are named examples after a part qualified by its lie: "các xã vùng cao Mường Nhé, Nậm Pồ")
        if m.group(0).startswith("riêng") or re.search(lx.PART_QUALIFIER, m.group(0)) \
                or not re.match(rf"\s*[{_UPPER}]", doc.nfc[lo + m.end():lo + m.end() + 3]):
            events.append((lo + m.end(), "district", None))
    facility = lx.UNNAMED_FACILITY.search(left) or lx.FACILITY_SUBJECT.match(left)
    if facility and not topic:
        events.append((lo + facility.end(), "facility", None))
    return events


def _listed_mentions(doc: _Doc, mentions, lo: int, token_start: int) -> set[int]:
    """Starts of province names that are not a subject of the figure at `token_start`: a list of names given as
    examples ("người bệnh đến từ các tỉnh lân cận như Hậu Giang, Sóc Trăng, Vĩnh Long; số lượt điều trị nội trú
    đạt ..."), or a list of names closed by a semicolon before the figure."""
    inside = [(s, e) for s, e, _ in mentions if lo <= s < token_start]
    groups: list[list[tuple[int, int]]] = []
    for s, e in inside:
        if groups and re.fullmatch(r"\s*(?:,|và|hoặc)\s*", doc.masked[groups[-1][-1][1]:s]):
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
    out: set[int] = set()
    for group in groups:
        examples = lx.EXAMPLES_BEFORE.search(doc.masked, max(lo, group[0][0] - 40), group[0][0])
        if examples and len(group) == 1 and re.fullmatch(r"[^\d%#,;()]{0,20}\(?\s*", doc.masked[group[0][1]:token_start]):
            # "thấp như Bình Phước 7,1 bác sĩ/vạn dân", "các tỉnh khác như Hà Giang (69,3 tuổi)": the example's own
            # figure follows it
            examples = None
        closed = len(group) >= 2 and ";" in doc.masked[group[-1][1]:token_start]
        if examples or closed:
            out.update(s for s, _ in group)
    return out


#: A meeting's venue after its date ("Ngày 9/1, tại Hà Nội, ..."), and a news agency's dateline ("Hà Nội (TTXVN) -").
_VENUE_BEFORE = re.compile(r"(?:ngày|sáng|chiều|tối)\s*[#\d]{1,2}(?:\s*/\s*[#\d]{1,2}){0,2}\s*,?\s*tại\s*$")
#: (national news is datelined from the capital; a provincial dateline usually names the article's province)
_CAPITAL = 1
_DATELINE_AFTER = re.compile(r"\s*\(\s*(?:ttxvn|vna|tttxvn|chinhphu\.vn|vtv|qdnd|tto|tn|dân trí|vnexpress)[^)]{0,20}\)\s*[-–—:]")


#: Lines above a headline in a scraped page: breadcrumbs ("Trang chủ / Xã hội / Y tế"), dates and times, bylines.
_NOT_A_TITLE = re.compile(r"trang chủ|[|!]|.*(?:\s[/»>|›]\s)|.*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|.*\d{1,2}:\d\d"
                          r"|.*ảnh:|cập nhật|đăng ngày|thứ\s*(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|tin tức")


#: A province's own bodies acting: "HĐND tỉnh Bắc Giang", "UBND tỉnh X", "Sở Y tế tỉnh X", "Tỉnh ủy X", "BHXH tỉnh X".
#: (a provincial newspaper is named after its province: "BÁO NAM ĐỊNH ĐIỆN TỬ", "Báo Thái Bình")
_INSTITUTION_BEFORE = re.compile(r"(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|sở y tế|tỉnh ủy|tỉnh uỷ"
                                 r"|thành ủy|bhxh|bảo hiểm xã hội|cdc|(?<![\w])báo(?:\s*điện tử)?)\s*(?:tỉnh|thành phố)?"
                                 r"\s*(?:khóa\s*[ivxlc]+\s*)?$")
_COMPARISON_AROUND = re.compile(r"(?:trong khi|so với|hơn|bằng|như|với)\s*(?:tỉnh|thành phố)?\s*$")
_NEIGHBOUR_AFTER = re.compile(r"\s*(?:liền kề|lân cận|láng giềng|bên cạnh)")


_SITE_NAME = re.compile(r"\S+(?:\s+\S+)?|(?:Báo|Tạp chí|Cổng|Trang)\s+\S+(?:\s+\S+){0,3}")


def _title(doc: _Doc) -> tuple[int, int] | None:
    """The headline: the first of the top paragraphs that is not a breadcrumb, a date or time line, a photo caption
    or an all-capitals banner ("SỞ Y TẾ TỈNH LÀO CAI"); the first paragraph when none is."""
    for a, b in doc.paragraphs[:6]:
        line = doc.nfc[a:b].strip()
        # (a site's name on its own line, "VnExpress", "Báo Lạng Sơn", is no headline)
        if line and len(line.split()) <= 40 and not _NOT_A_TITLE.match(line.lower()) and not line.isupper() \
                and not _SITE_NAME.fullmatch(line):
            return a, b
    return doc.paragraphs[0] if doc.paragraphs else None


def _article_province(doc: _Doc, mentions, facilities, districts=(), successor=None) -> dict | None:
    """The province an article is about: the one named in its title, else one named more than once and clearly
    more than any other (half as much again as the next; a ward or a facility named after a province, "phường Hải
    Dương", does not count). In a post-merger article, places that belong to one 2025 unit count together: in one about
    Thành phố Đà Nẵng, "Quảng Nam (cũ)" is part of the article's place, not a rival (`successor` maps a
    (geography, code) pair to its 2025 unit). A text that names several provinces about equally, none in its
    title ("Tại TP.HCM ... Ở Bình Dương ..."), has no province of its own (None)."""
    scores: dict[tuple, float] = {}
    counts: dict[tuple, int] = {}
    old_only: dict[tuple, bool] = {}
    titled: set[tuple] = set()
    institutional: set[tuple] = set()
    title = doc.title
    first_line_end = title[1] if title else 0
    for s, e, codes in mentions:
        if any(a <= s < b for a, b in facilities) or any(
                a < s < b and lx.DISTRICT_CUES.fullmatch(doc.match, a, s) for a, b in districts):
            continue
        if _VENUE_BEFORE.search(doc.masked, max(0, s - 40), s) or (
                _DATELINE_AFTER.match(doc.match, e) and codes.get("2025", codes.get("pre2025")) == _CAPITAL):
            continue  # "Ngày 9/1, tại Hà Nội, Bộ Y tế tổ chức ...", "Hà Nội (TTXVN) -": where, not what about
        key = tuple(sorted(codes.items()))
        in_title = bool(title) and title[0] <= s < title[1]
        weight = 3.0 if in_title else 1.0
        if in_title:
            titled.add(key)
        if re.search(r"(?:tỉnh|thành phố|tp\.?|sở y tế)\s*$", doc.match[max(0, s - 15):s]):
            weight += 1.0
        if _INSTITUTION_BEFORE.search(doc.match, max(0, s - 40), s):
            weight += 2.0  # "HĐND tỉnh Bắc Giang khai mạc kỳ họp": the province whose bodies act
            institutional.add(key)
        if _COMPARISON_AROUND.search(doc.match, max(0, s - 25), s) or _NEIGHBOUR_AFTER.match(doc.match, e):
            weight /= 2  # "trong khi tỉnh Bắc Ninh liền kề đã đạt ...": set against, not the subject
        scores[key] = scores.get(key, 0.0) + weight - s * 1e-9
        counts[key] = counts.get(key, 0) + 1
        marked_old = bool(re.match(r"\s*\(\s*cũ\s*\)", doc.match[e:e + 8]))
        old_only[key] = old_only.get(key, True) and marked_old
    if not scores:
        return None
    top = max(scores, key=scores.get)
    # one place under its old and new codes ("Vĩnh Long", "Vĩnh Long (cũ)"), or the old provinces merged into
    # one 2025 unit, count as one place
    families: dict[tuple, set] = {}

    def family(key: tuple) -> set:
        if key not in families:
            families[key] = {successor(g, c) for g, c in key} if successor else set(key)
        return families[key]

    same = lambda a, b: bool(family(a) & family(b))  # noqa: E731
    ours = sum(v for k, v in scores.items() if same(k, top))
    others = [sum(v for k2, v in scores.items() if same(k2, k)) for k in scores if not same(k, top)]
    named = sum(v for k, v in counts.items() if same(k, top))
    if others and not any(same(k, top) for k in titled) and (
            ours < 1.5 * max(others) or (named < 2 and not any(same(k, top) for k in institutional))):
        return None
    if successor and old_only.get(top):  # named only as "X (cũ)": the article is about the unit X is now part of
        return {"2025": successor(*top[0])}
    if successor and "2025" not in dict(top):
        # "tỉnh Hưng Yên mới ... hợp nhất tỉnh Thái Bình và tỉnh Hưng Yên": the new unit, named, over its old parts
        unit = next((k for k in sorted(scores, key=scores.get, reverse=True) if same(k, top) and "2025" in dict(k)), None)
        if unit:
            return dict(unit)
    return dict(top)


def infer_published(text: str) -> date | None:
    """The publication date printed near the top of an article ("28/02/2024 1:38:16 CH"), if any: the first date
    that is not one end of a span of dates ("Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2026)") nor before 2000."""
    head = nfc(text)[:600]
    for m in _PUBLISHED_RE.finditer(head):
        d, mo, y = (m.group("d") or m.group("d2") or m.group("d3"), m.group("m") or m.group("m2") or m.group("m3"),
                    m.group("y") or m.group("y2") or m.group("y3"))
        if int(y) < 2000 or _DATE_SPAN_AFTER.match(head, m.end()) or _DATE_SPAN_BEFORE.search(head, 0, m.start()) \
                or _CREATED_BEFORE.search(head, max(0, m.start() - 20), m.start()):
            continue
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            continue
    dateline = _MONTH_DATELINE.search(head)  # "Hà Nội, tháng 6 năm 2024": the first of that month
    return date(int(dateline.group("y")), int(dateline.group("m")), 1) if dateline and 1 <= int(dateline.group("m")) <= 12 \
        else None


#: A dateline naming only the month: "Hà Nội, tháng 6 năm 2024" (a line of its own, a place before it).
_MONTH_DATELINE = re.compile(r"^[^\d\n,]{2,40},\s*tháng\s*(?P<m>\d{1,2})\s*(?:năm|/)\s*(?P<y>(?:19|20)\d\d)[ \t.]*$", re.M | re.I)
#: When a page or data set was first created ("Ngày tạo: 05/03/2021 | Cập nhật lần cuối: 18/02/2025"): not when
#: what it shows was published.
_CREATED_BEFORE = re.compile(r"(?:ngày|khởi)\s*tạo\s*:?\s*$", re.I)
_DATE_SPAN_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
_DATE_SPAN_BEFORE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[-–]\s*$")


def _geography(info: SourceInfo, doc: _Doc, mentions) -> str:
    if info.geography:
        return info.geography
    if info.published:
        return "2025" if info.published.isoformat() >= MERGER_DATE else "pre2025"
    if _MERGER_CUES.search(doc.match):
        return "2025"
    if any("2025" not in codes and not _OLD_AFTER.match(doc.match, e) for _, e, codes in mentions):
        return "pre2025"  # "Bình Phước", "Thừa Thiên Huế" named plainly: written before the merger
    if any(y.year >= 2026 and not y.target and not re.search(r"[-–]", doc.match[y.pos:y.end]) for y in doc.years):
        return "2025"  # (a period "2021-2030" says nothing of when it was written)
    return "pre2025"


_CITY_PREFIX = re.compile(r"thành phố\s+")
_CITY_CUE = re.compile(r"(?:thành phố|tp\.?)\s*")


def _is_city(registry: Registry, codes: dict) -> bool:
    """Is this province-level unit a centrally run city ("Thành phố ..." in the 2025 registry) by its own name?"""
    new, old = codes.get("2025"), codes.get("pre2025")
    if new is None and old is not None:
        new = registry.successor(registry.unit("pre2025", old)).code
    if new is None or (old is not None and old != new):
        return False  # e.g. Sóc Trăng, now part of Thành phố Cần Thơ, was never a city itself
    return registry.unit("2025", new).name.startswith("Thành phố")


_OLD_AFTER = re.compile(r"\s*(?:\(\s*cũ\s*\)|cũ(?![\w]))")
_NEW_AFTER = re.compile(r"\s*(?:\(\s*mới\s*\)|mới(?![\w]))")


_BEFORE_MERGER = re.compile(r"trước\s*(?:khi\s*)?(?:hợp nhất|sáp nhập)\s*,[^.!?\n;]{0,80}$")


def _era(doc: _Doc, start: int, end: int, codes: dict, old_only: frozenset[str]) -> dict:
    """The codes of a province name, narrowed to one map when the name says which: "(cũ)" or a name used only
    before 2025 ("Thừa Thiên Huế") the pre-2025 unit, "mới" the merged one."""
    if "pre2025" in codes and (_OLD_AFTER.match(doc.match, end) or doc.match[start:end] in old_only
                               or _BEFORE_MERGER.search(doc.match, max(0, start - 100), start)):
        return {"pre2025": codes["pre2025"]}  # (also "Trước hợp nhất, năm 2024 Hải Phòng đạt 15,6 bác sĩ/vạn dân")
    if "2025" in codes and _NEW_AFTER.match(doc.match, end):
        return {"2025": codes["2025"]}
    return codes


def figure_id(source: str, indicator: str, quote: str, occurrence: int) -> str:
    """A stable id: the same figure keeps it when the source is edited elsewhere."""
    return hashlib.sha1(f"{source}|{indicator}|{quote}|{occurrence}".encode()).hexdigest()[:12]


#: A top-level section heading of a report: "II. KẾ HOẠCH NĂM 2026", "Phần III - PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025".
#: "II. KẾ HOẠCH NĂM 2026", "Phần III - ...", and the articles of a resolution, "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm
#: 2025" (a line of its own in the source).
# (a lone "i)", "v)", "x)" is a letter of a list "h) ... i) ... k)", and a heading does not close with ";" or ",")
_SECTION_HEADING = re.compile(r"^[ \t]*(?:(?:phần\s+)?(?:[ivx]{2,4}\s*[.)\-–:]|[ivx]\s*[.\-–:])|điều\s+\d{1,2}\s*[.)\-–:])"
                              r"\s+(?P<title>[^\n]{3,120})(?<![;,])$", re.M)


#: Any numbered line, and a numbered line that is a heading (short, no sentence end): "3. Tầm nhìn đến năm 2050".
_NUMBERED_LINE = re.compile(r"^[ \t]*(?:(?:phần\s+)?[ivx]{1,4}|điều\s+\d{1,2}|\d{1,2}|[a-zđ](?=\)))\s*[.)\-–:]\s+"
                            r"(?P<title>[^\n]{3,120})$", re.M)
_SUBSECTION_HEADING = re.compile(r"[ \t]*(?:\d{1,2}\s*[.)]|[a-zđ]\))\s+[^\n.;]{3,80}?:?[ \t]*")


def _sections(doc: _Doc) -> list[tuple[int, int, int | None]]:
    """Sections under headings as (start, end, year of the plan the heading names, or None): first the numbered
    subsections that name a plan and its year ("3. Tầm nhìn đến năm 2050"), up to the next numbered line, then the
    top-level sections ("II. KẾ HOẠCH NĂM 2026", "Điều 2. Mục tiêu ...")."""

    def plan_year(m: re.Match) -> int | None:
        title = doc.masked[m.start("title"):m.end("title")]
        return _title_year(doc, m) if lx.HEADING_TARGET.search(title) and not lx.RESULTS_HEADING.search(title) else None

    out = []
    numbered = list(_NUMBERED_LINE.finditer(doc.lines))  # ("3. Tầm nhìn đến năm 2050", "b) Tầm nhìn đến năm 2050")
    for i, m in enumerate(numbered):
        year = plan_year(m) if _SUBSECTION_HEADING.fullmatch(doc.lines, m.start(), m.end()) else None
        if year and not re.search(r"\d", doc.masked[m.start("title"):m.end("title")]):
            out.append((m.end(), numbered[i + 1].start() if i + 1 < len(numbered) else len(doc.match), year))
    heads = _top_headings(doc)
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(doc.match)
        out.append((m.end(), end, plan_year(m)))
    return out


#: An article of a resolution flattened into the text after it: "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2026 1. Mục
#: tiêu tổng quát: ..." (its title ends with its year).
_INLINE_ARTICLE = re.compile(r"^[ \t]*điều\s+\d{1,2}\s*[.:]\s+(?P<title>[^\n]{3,100}?(?:19|20)\d\d)(?=[ \t]+\S)", re.M)


def _top_headings(doc: _Doc) -> list[re.Match]:
    """Top-level headings on lines of their own in the source ("II. KẾ HOẠCH NĂM 2026", "Điều 2. Mục tiêu ..."), and
    articles of a resolution whose text runs on after their title on the same line."""
    if doc.headings is None:
        heads = {m.start(): m for m in _INLINE_ARTICLE.finditer(doc.lines)}
        heads.update({m.start(): m for m in _SECTION_HEADING.finditer(doc.lines)})
        doc.headings = [heads[k] for k in sorted(heads)]
    return doc.headings


def _reviewed_year(doc: _Doc, pos: int) -> int | None:
    """The year a top-level section on results names ("Điều 1. Đánh giá tình hình thực hiện kế hoạch ... năm 2024"),
    for the section holding `pos`: a target named in it without a year is that year's."""
    heads = _top_headings(doc)
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(doc.match)
        if m.end() <= pos < end:
            return _title_year(doc, m) if lx.RESULTS_HEADING.search(doc.masked, m.start("title"), m.end("title")) else None
    return None


def _title_year(doc: _Doc, heading: re.Match) -> int | None:
    """The latest year a heading's title names."""
    years = [y.year for y in doc.years if heading.start("title") <= y.pos < heading.end("title") and y.year]
    return max(years) if years else None


def _target_section(doc: _Doc, sections, pos: int) -> int | None:
    """The plan year of the target section holding `pos`, if any."""
    return next((year for start, end, year in sections if start <= pos < end), None)


#: A line of links to other articles: "| Tin liên quan: ... | ... |", "Xem thêm: ...", "Đọc thêm: ...".
_RELATED_LINKS = re.compile(r"^[ \t|]*(?:tin liên quan|xem thêm|đọc thêm|có thể bạn quan tâm|tin cùng chuyên mục"
                            r"|bài liên quan|tin khác)\s*:[^\n]*", re.M)


#: a heading alone on its line over a list of the site's other articles: "Tin cùng chuyên mục"
_LINKS_HEADING = re.compile(r"^[ \t|*#]*(?:tin liên quan|tin cùng chuyên mục|bài liên quan|(?:các\s*)?tin khác|xem thêm|đọc thêm"
                            r"|tin mới|tin đã đưa)\s*:?[ \t|]*$", re.M)
#: "toàn tỉnh", "HĐND tỉnh", "của tỉnh": the province spoken of without its name
_UNNAMED_PROVINCE = re.compile(r"\b(?:toàn|của|hđnd|ubnd|tỉnh ủy|trên địa bàn|chủ tịch)\s+tỉnh\b")


#: A line of a list of links: "» Bắc Kạn: 98,2% trạm y tế có bác sĩ làm việc (28/12/2024)", "- Ra mắt ... (02/07/2025)".
_LINK_LINE = re.compile(r"[ \t]*(?:[»›•·\-–*]|\|)?[^\n]*\(\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*\)[ \t|]*"
                        r"|[ \t]*[»›][^\n]*")


def _link_lists(doc: _Doc) -> list[tuple[int, int]]:
    """The lines of the lists of links under a heading of their own ("Tin liên quan:" / "Tin cùng chuyên mục"):
    headlines of other articles, their figures none of this one's."""
    spans = []
    for heading in _LINKS_HEADING.finditer(doc.match):
        pos = heading.end() + 1
        while pos < len(doc.match):
            end = doc.match.find("\n", pos)
            end = len(doc.match) if end < 0 else end
            if not _LINK_LINE.fullmatch(doc.match, pos, end):
                break
            spans.append((pos, end))
            pos = end + 1
    return spans


def _province_of_site(doc: _Doc, mentions) -> dict | None:
    """The province of a provincial paper's page that never names it ("toàn tỉnh", "HĐND tỉnh", twice at least):
    the one province the headlines of the site's other articles, listed at the foot, open with ("Tin cùng chuyên
    mục" / "Thái Bình: Khánh thành Trạm Y tế xã ..."), if they open with just one."""
    heading = _LINKS_HEADING.search(doc.match)
    if not heading:
        return None
    unnamed = [m for m in _UNNAMED_PROVINCE.finditer(doc.match, 0, heading.start())
               if not re.match(rf"\s+[{_UPPER}]", doc.nfc[m.end():m.end() + 3])]
    if len(unnamed) < 2:
        return None
    opening = {tuple(sorted(codes.items())) for s, e, codes in mentions
               if s > heading.end() and re.fullmatch(r"[ \t|*•-]*", doc.match[doc.match.rfind("\n", 0, s) + 1:s])
               and re.match(r"\s*:", doc.match[e:e + 3])}
    return dict(next(iter(opening))) if len(opening) == 1 else None


_AREA_CUE = re.compile(r"khu vực\s")
_UNIT_KINDS_BEFORE = re.compile(r"(?:[\d#]+|các)\s+(?:xã|phường|thị trấn)(?:\s*,\s*(?:xã|phường|thị trấn))*\s*(?:,|và)\s*$")


def extract_text(text: str, info: SourceInfo, registry: Registry | None = None) -> list[Figure]:
    """Read every health-indicator figure of one source text.

    Parameters
    ----------
    text : str
        The source text (any Unicode normal form, old or new tone placement, stray HTML/Markdown).
    info : SourceInfo
        Name, publication date, province (portals) and geography of the source; missing fields are inferred.
    registry : Registry, optional
        The province registry (default: data/reference/).

    Returns
    -------
    list of Figure
        Figures in text order; district- and facility-level figures have ``scope`` set and no province.
    """
    registry = registry or load_registry()
    doc = _prepare(text)
    doc.title = _title(doc)
    # a date printed near the top dates the document: its map, its deadlines and its relative years ("năm nay",
    # "năm qua"), as a reader takes them; a sidecar's date wins
    published = info.published or infer_published(doc.nfc)
    # "thành phố Cần Thơ" / "Thành phố Huế": the name after "thành phố" is looked up without the prefix
    mentions = registry.find_mentions(doc.nfc, _CITY_PREFIX.sub(lambda m: " " * len(m.group(0)), doc.match))
    # "thành phố Hải Phòng (cũ)" is the pre-merger unit, "Thành phố Hải Phòng mới" the new one, whatever the
    # document's map
    mentions = [(s, e, _era(doc, s, e, codes, registry.old_only_forms)) for s, e, codes in mentions]
    # a province's name running on into a longer proper name is not the province: "vùng Đồng Tháp Mười"
    starts = {s for s, _, _ in mentions}
    mentions = [(s, e, c) for s, e, c in mentions
                if not (re.match(rf"[ \t]+[{_UPPER}][^\W{_UPPER}]", doc.nfc[e:e + 4]) and len(doc.nfc[s:e].split()) >= 2
                        and not any(e < s2 <= e + 2 for s2 in starts))]
    districts = _entity_spans(doc, lx.DISTRICT_CUES)
    facilities = _entity_spans(doc, lx.FACILITY_CUES, _FACILITY_NAME)
    # "thành phố Cần Thơ" names a province-level city; "thành phố Sóc Trăng" (the capital of a province that is
    # not a city) and "huyện/xã/phường + name" stay district-level even when the name is a province's
    districts = [d for d in districts
                 if not (_CITY_CUE.match(doc.match, d[0])
                         and any(d[0] <= s < d[1] and e <= d[1] and _is_city(registry, c) for s, e, c in mentions))
                 # "khu vực Bình Thuận (cũ)" is the old province; "có 93 xã, phường và đặc khu Hoàng Sa" lists kinds of
                 # units, no subject
                 and not (_AREA_CUE.match(doc.match, d[0]) and any(d[0] < s < d[1] for s, _, _ in mentions))
                 and not _UNIT_KINDS_BEFORE.search(doc.match, max(0, d[0] - 30), d[0])]
    info = SourceInfo(info.name, published, info.province, info.geography)
    geography = _geography(info, doc, mentions)
    if info.province:
        unit = registry.resolve(info.province, geography)
        article = {unit.geography: unit.code}
    else:
        # on the 2025 map the old provinces of one merged unit are parts of it; before 2025 they were rivals
        article = _article_province(doc, mentions, facilities, districts,
                                    (lambda g, c: registry.successor(registry.unit(g, c)).code) if geography == "2025" else None)
        article = article or _province_of_site(doc, mentions)
    # a text about the country: no province of its own, the country named ("cả nước", "toàn quốc"); what it says
    # of no one in particular ("Theo Bộ Y tế, mục tiêu đến năm 2030 là ...") is the country's
    national_text = article is None and not info.province and bool(lx.NATIONAL_CUES.search(doc.masked))
    _reached_deadlines(doc, published)
    report_year = _report_year(doc, published)
    plan_year = _plan_year(doc)
    doc.relative = _relative_years(doc.masked, published, doc.brackets, doc.years, doc.paragraphs)

    def name_of(codes: dict | None) -> tuple[str | None, int | None, str | None]:
        if not codes:
            return None, None, None
        g = geography if geography in codes else next(iter(codes))
        return registry.unit(g, codes[g]).name, codes[g], g

    figures: list[Figure] = []
    seen: dict[tuple[str, str], int] = {}
    rows = _tables(doc, mentions) + _flat_tables(doc) + _inline_flat_tables(doc) + _delimited_rows(doc) + _year_list_rows(doc)
    tokens = _tokens(doc.masked)
    places: dict[int, dict] = {}  # number start -> codes of the place a "lần lượt" list gives it
    respectively = _respectively(doc, tokens, mentions, places)
    shared = _shared_denominator(doc)
    previous: tuple[_Token, str, int, tuple[int, int]] | None = None  # last figure: token, indicator, quote start
    figure_starts: list[int] = []  # every figure read so far (a sentence's subject stands before its first one)
    links = [(m.start(), m.end()) for m in _RELATED_LINKS.finditer(doc.match)] + _link_lists(doc)
    sections = _sections(doc)
    for i, token in enumerate(tokens):
        if any(a <= token.start < b for a, b in links):
            continue  # "| Tin liên quan: ... đạt 78% |": headlines of other articles
        sentence = _span_of(doc.sentences, token.start)
        paragraph = _span_of(doc.paragraphs, token.start)
        row = next((r for r in rows if r.start <= token.start < r.end), None)
        column_kind = column_year = None
        if row:  # a table cell: the row label and the column header say what it is
            in_table = _table_figure(token, row)
            if not in_table:
                continue
            indicator, column_kind, column_year = in_table
            q_start, q_end = row.start, row.end
            token.value = round(token.value * row.scale, 6)
        else:
            if not token.pct and _GAP_TO_AVERAGE_BEFORE.search(
                    doc.masked, _clause_start(doc.masked, sentence[0], token.start), token.start):
                continue  # "thấp hơn bình quân cả nước gần 6 tuổi"
            if token.start in respectively:
                found = respectively[token.start]
            elif token.start in shared and not token.pct and not token.word:
                found = shared[token.start]
            else:
                # ("số dược sĩ đại học đạt 2,5/vạn dân": a value carrying its denominator takes the nearest noun)
                carried = _ratio_without_unit(token, doc, sentence, paragraph) \
                    if _DENOMINATOR_AFTER.match(doc.masked, token.end, token.end + 30) else None
                found = (carried or _classify(token, doc, sentence) or _range_end(token, previous, doc, sentence)
                         or _subset(token, previous, doc, sentence)
                         or _bracketed(token, previous, doc, sentence)
                         or _next_of_list(token, previous, sentence, places)
                         or _compared(token, previous, doc, sentence, mentions)
                         or _comparison_opening(token, previous, doc, sentence, mentions)
                         or _earlier_time(token, previous, doc, sentence)
                         or _continued(token, previous, doc, sentence)
                         or _ratio_without_unit(token, doc, sentence, paragraph)
                         or _label_after_places(token, doc, sentence, mentions, places)
                         or _listed_in_brackets(token, previous, doc, sentence, mentions, places)
                         or _after_name(token, previous, doc, sentence, mentions)
                         or _named_after_label(token, previous, doc, sentence, mentions)
                         or _ranked_item(token, doc, paragraph, mentions)
                         or _lifespan_in_context(token, doc, sentence, mentions)
                         or _label_of_next(token, tokens[i + 1] if i + 1 < len(tokens) else None, doc, sentence)
                         or _share_of_fraction(token, tokens[i - 1] if i else None, doc, sentence))
            if not found:
                continue
            indicator, q_start, q_end = found
            indicator = _ratio_of_count(token, indicator, previous, doc, sentence)
            if (_unit_of(indicator) == "per_10k" and token.value > 200) or (token.pct and token.value > 100):
                continue  # "... 2,4 dược sĩ/vạn dân và 2.597 điều dưỡng": no ratio runs that high, no share over 100%
            if _part_of_previous(token, indicator, previous, doc, sentence):
                continue  # "9.800 giường bệnh, trong đó 2.000 giường bệnh tư nhân": a part, not another total
            if indicator in lx.STOCK_INDICATORS and not _stock_stated(token, doc, sentence):
                continue  # "nâng cấp 48 trạm y tế": not the province's stations
            if _unit_of(indicator) == "count" and _per_period(token, doc, sentence):
                continue  # "mỗi ngày tiếp nhận khoảng 1.200 lượt khám": a rate, not the count of a year
            if _unit_of(indicator) == "per_10k" and _YEARLY_STEP_AFTER.match(doc.masked, q_end):
                continue  # "tăng chỉ khoảng 0,3 - 0,5 bác sĩ/vạn dân mỗi năm": a yearly step, not a level
            previous = (token, indicator, q_start, sentence)
        if _unit_of(indicator) == "count" and english_thousands(token.raw) and (not row or row.scale == 1.0):
            token.value = english_thousands(token.raw)  # "3,926 giường bệnh": a count is a whole number
        qualifier = _qualifier(token, doc)
        if row and not qualifier and row.estimated and any(
                estimated and a <= token.start < b for (a, b), estimated in zip(row.cells, row.estimated)):
            qualifier = "approx"  # a cell of an "Ước thực hiện" column
        if qualifier and q_start == token.start:
            q_start = max(0, token.start - 30) + _qualifier_start(doc.masked[max(0, token.start - 30):token.start])
        heading = None if row else _heading(doc, paragraph)
        kind = column_kind or _kind(token, doc, sentence)
        if kind == "actual" and not column_kind and _heading_kind(doc, heading) == "target" \
                and not _NOW.search(doc.masked[sentence[0]:token.start]):
            kind = "target"  # "- Tỷ lệ tham gia BHYT: 95%" under "Chỉ tiêu kế hoạch năm 2025"
        if kind == "actual" and not column_kind and not row and _target_paragraph(token, doc, sentence, paragraph):
            kind = "target"  # "Phấn đấu đến năm 2030, ... đạt 22 bác sĩ/vạn dân. Tỷ lệ bao phủ BHYT đạt trên 95%."
        if kind == "actual" and not column_kind and not row and _under_tasks_lead(token, doc, sentence, paragraph):
            kind = "target"  # "... tập trung vào bốn nhiệm vụ:" / "Thứ hai, nâng tỷ lệ bao phủ BHYT lên 95%"
        year = column_year or _year(token, q_end, kind, doc, sentence, paragraph, report_year, heading)
        if kind == "target" and year is None and figures and figures[-1].kind == "actual" and figures[-1].year \
                and (_bracket_after(figures[-1].end, token.start, doc) or sentence[0] <= figures[-1].start):
            # "11,5 (KH 11)" in a report of 2023: the plan of the same year; so is a target set against an actual
            # in its sentence ("đạt 94,1%, ... chưa đạt chỉ tiêu được giao theo Quyết định số 546/QĐ-TTg (94,25%)")
            year = figures[-1].year
        if year and not row and _undated_change_start(token, q_end, doc, sentence):
            continue  # "tăng từ 28,6 lên 31,2 giường/vạn dân" in a paragraph of 2024: 28,6 is of an unknown earlier year
        section = None if row or column_kind else _target_section(doc, sections, token.start)
        if section and kind == "actual" and not any(sentence[0] <= y.pos < token.start for y in doc.years):
            kind, year = "target", section  # "II. KẾ HOẠCH NĂM 2026 / 1. Các chỉ tiêu chủ yếu / ... đạt 13,2"
        if kind == "target" and year is None:  # "II. KẾ HOẠCH NĂM 2026 / ... phấn đấu khám cho 4 triệu lượt người",
            # "Điều 1. Đánh giá tình hình thực hiện kế hoạch năm 2024 / ... vượt chỉ tiêu ... (93,75%)", "NGHỊ QUYẾT /
            # Về kế hoạch ... năm 2025 / ... phấn đấu 100% trạm y tế ..."
            year = section or _reviewed_year(doc, token.start) or plan_year
        if kind == "target" and year is None and token.continues:
            # "Tính đến ngày 31/12/2024, ... đạt 92,8% (năm 2023: 91,7%). / Tuy vậy, kết quả này vẫn chưa đạt chỉ tiêu
            # ... (93,6%)": the year the paragraph before reports on
            before = _span_of(doc.paragraphs, token.continues.start)
            stated = [y for y in doc.years if before[0] <= y.pos < token.continues.start and not y.comparison
                      and y.until is None and not y.target]
            year = max(stated, key=lambda y: y.pos).year if stated else None
        if kind == "actual" and year and published and year > published.year:
            kind = "target"
        scope, codes = _scope(token.start, token.end, doc, sentence, mentions, districts, facilities,
                              None if row else q_end, None if row else paragraph, figure_starts, geography)
        if row and row.places:
            place = row.places[next(j for j, (a, b) in enumerate(row.cells) if a <= token.start < b)]
            if place:
                scope, codes = "province", place
        tier_end = _commune_level_whole(doc, indicator, sentence, token.start, districts) \
            if scope == "district" and not row else None
        if tier_end:  # the subject is sought after the tier's words
            scope, codes = _scope(token.start, token.end, doc, (tier_end, sentence[1]), mentions, districts,
                                  facilities, q_end, paragraph, figure_starts, geography)
        figure_starts.append(token.start)
        if token.start in places:
            scope, codes = "province", places[token.start]
        joint = _joint_subjects(doc, mentions, codes, sentence, token.start) if scope == "province" and not row else []
        if scope == "article" and national_text:
            province, code, g = NATIONAL, None, None
            scope = "national"
        elif scope == "article":
            province, code, g = name_of(article)
            scope = "province"
        elif scope == "province":
            province, code, g = name_of(codes)
        elif scope == "national":
            province, code, g = NATIONAL, None, None
        elif scope in ("group", "foreign"):
            continue  # a threshold over a set of units, or another country's figure: not a figure of ours
        else:
            province, code, g = None, None, None
        quote = doc.nfc[q_start:q_end].strip(" ,;:.")
        occurrence = seen.get((indicator, quote), 0)
        seen[(indicator, quote)] = occurrence + 1
        figure = Figure(
            source=info.name, province=province, indicator=indicator, value=token.value,
            unit=_unit_of(indicator), year=year, kind=kind, qualifier=qualifier, quote=quote, scope=scope,
            geography=g, province_code=code, start=q_start, end=q_end,
            figure_id=figure_id(info.name, indicator, quote, occurrence),
        )
        for other in joint[:-1]:  # "Bà Rịa - Vũng Tàu và Đà Nẵng cùng đạt 76,7 tuổi": each of them, the same figure
            province, code, g = name_of(other)
            figures.append(replace(figure, province=province, province_code=code, geography=g,
                                   figure_id=figure_id(info.name, indicator + ":" + (province or ""), quote, 0)))
        figures.append(figure)
    return _without_repeats(_without_restated_headline(figures, doc))


#: Indicators of the communes' health stations: "Riêng tuyến xã, hiện 100% trạm y tế có bác sĩ" is the province's.
_COMMUNE_LEVEL = {"stations_with_doctor_pct", "communes_national_standard_pct", "health_stations"}
_COMMUNE_TIER = re.compile(r"(?<![\w])(?:riêng\s+)?(?:tuyến|cấp)\s+(?:xã|cơ sở)(?![\w])")


def _commune_level_whole(doc: _Doc, indicator: str, sentence, token_start: int, districts) -> int | None:
    """A station indicator said of the commune tier ("tuyến xã", "cấp cơ sở") with no named district or commune in
    between: the tier is where the indicator lives, not a part of the province. Returns where the tier's words end."""
    if indicator not in _COMMUNE_LEVEL:
        return None
    tier = list(_COMMUNE_TIER.finditer(doc.masked, sentence[0], token_start))
    if not tier or any(tier[-1].start() <= s < token_start for s, _ in districts) \
            or lx.LOCAL_SUBJECT.search(doc.masked, tier[-1].end(), token_start):
        return None
    return tier[-1].end()


def _without_repeats(figures: list[Figure]) -> list[Figure]:
    """A figure stated again in the same document (the prose, then its table; a summary at the end) is one
    figure: its first statement is kept."""
    seen: set[tuple] = set()
    dated: set[tuple] = set()
    out = []
    for f in figures:
        key = (f.province, f.scope, f.indicator, f.value, f.year, f.kind)
        if f.scope in ("province", "national") and (key in seen or (f.year is None and key[:4] + key[5:] in dated)):
            continue  # (restated without its year: "Chỉ tiêu 35 giường bệnh/vạn dân không khó" after "Đến năm 2030: ...")
        seen.add(key)
        if f.year is not None:
            dated.add(key[:4] + key[5:])
        out.append(f)
    return out


def _without_restated_headline(figures: list[Figure], doc: _Doc) -> list[Figure]:
    """A headline that restates a figure of the body ("Lào Cai: 100% trạm y tế xã có bác sĩ" over "... 100% trạm
    đã có bác sĩ làm việc") is the same figure once: the body's copy, with its context, is kept."""
    if not doc.paragraphs or doc.paragraphs[0][1] - doc.paragraphs[0][0] > 200 or len(doc.paragraphs) < 2:
        return figures
    title_end = doc.paragraphs[0][1]

    def key(f: Figure) -> tuple:
        return f.province, f.scope, f.indicator, f.value, f.year, f.kind

    body = {key(f) for f in figures if f.start >= title_end}
    return [f for f in figures if f.start >= title_end or key(f) not in body]


def _qualifier_start(before: str) -> int:
    """Where the qualifier word before a number starts (the quote then includes it)."""
    trimmed = before.rstrip(" :")
    for _, pattern in lx.QUALIFIERS:
        q = pattern.search(trimmed + " ")
        if q:
            return q.start()
    m = re.search(r"(?:\S+\s+)?\S+\s*$", trimmed)
    return m.start() if m else len(before)


_UNITS = {r.indicator: r.unit for r in lx.RULES}


def _unit_of(indicator: str) -> str:
    return _UNITS[indicator]
