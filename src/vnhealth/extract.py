"""Vietnamese source text -> health indicator figures with provenance (value, unit, year, kind, qualifier, quote).

How a text is read:

1. It is normalised (NFC; a *match form* that is lower case, with canonical tone placement and markup blanked,
   and exactly as long as the NFC text so offsets map back to quotes).
2. Numbers that are never figures are *masked* (their digits become ``#``): dates, times, document numbers,
   money, phone numbers, durations and anniversaries, equipment specs, ages, the denominators of ratios
   ("1 vạn dân"), ranks, codes and years.
3. Every remaining number is a candidate. It becomes a figure only if an indicator phrase from
   :mod:`vnhealth.lexicon` stands right after it or labels it from the left.
4. Context words give the rest: the year (same clause, else the sentence, else the paragraph, else relative to
   the publication date, else the year the document reports on), actual vs target, the qualifier, and who the
   figure is about (the article's province, the country, another province, or a district/facility, which is
   kept apart).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date

from . import lexicon as lx
from .numbers import NUMBER_PATTERN, NUMBER_WORDS, parse_quantity
from .provinces import MERGER_DATE, NATIONAL, Registry, load_registry
from .textnorm import match_form, nfc

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
    r"\b\d+(?:\s*/\s*\d{2,4})?\s*[/\-]\s*[a-zđ]{1,6}(?:\s*[\-/]\s*[a-zđ0-9]{1,8})*",
    r"(?:nghị quyết|quyết định|thông tư|nghị định|chỉ thị|kế hoạch|công văn|luật|điều|khoản|chương|văn bản"
    r"|đề án|hướng dẫn|tờ trình|báo cáo|công điện|kết luận|quy định)\s*(?:số\s*)?\d+",
    # money
    r"\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|usd|vnđ|vnd|euro|đô la|\$)",
    r"\d[\d.,]*\s*(?:tỷ|tỉ)(?!\s*lệ)\b",
    # phone numbers
    r"(?:điện thoại|đt|sđt|hotline|đường dây nóng|fax|tổng đài)\s*:?\s*[\d\s.()+\-]{4,}",
    r"\b(?:0\d{2,3}[\s.]?\d{3,4}[\s.]?\d{3,4}|1[89]00\s?\d{3,4}|\+84[\d\s.]{8,})\b",
    # durations, anniversaries, repetitions
    r"kỷ niệm\s*\d+",
    r"\b\d+\s*(?:năm|tháng|tuần|ngày|giờ|phút|nhiệm kỳ|khóa|lần|đợt|buổi|kỳ)(?![\w])",
    # equipment specs and physical units
    r"\b\d[\d.,]*\s*(?:lá|lát(?:\s*cắt)?|tesla|mev|kv|ma|kênh|inch|mm|cm|kg|mg|ml|km|m2|m²|ha|mét|tầng|dãy|m)(?![\w])",
    # ages
    r"(?:dưới|trên|từ|đủ|tròn|ngoài|độ tuổi|lứa tuổi|đến|tới)\s*\d+(?:\s*(?:-|–|đến|tới)\s*\d+)?\s*tuổi",
    r"\b\d+\s*(?:-|–|đến|tới)\s*\d+\s*tuổi",
    r"\b\d+\s*tuổi\s*trở lên",
    # denominators of ratios
    r"(?:/|trên|cho|mỗi)\s*(?:1|một)?\s*(?:vạn|10\.000|10 000|10000|100\.000|1\.000)\s*(?:dân|người|trẻ)",
    # ranks, ordinals, codes, list numbering
    r"(?:thứ|top|hạng|xếp thứ|đứng thứ|một trong|trong số|lần thứ|khóa|số|nhóm|tốp)\s*\d+",
    r"\b[a-zđ]+\s?-\s?\d+",
    r"\b[a-zđ]+\d+[a-zđ0-9]*\b",
    r"\b\d+[a-zđ]+\b",
    r"(?:(?<=\n)|^)[ \t]*\d{1,2}[.)][ \t]",
]
_MASK_RE = re.compile("|".join(f"(?:{m})" for m in _MASKS))
_LIFE_EXPECTANCY_NEAR = re.compile(r"tuổi thọ|sống khỏe|tuổi\s*$")
_YEAR_RE = re.compile(
    r"(?:(?P<kw>năm|giai đoạn|đến|tới|từ|trước|sau|cuối|đầu|trong|hết|vào|nhiệm kỳ|tầm nhìn)\s*(?:năm\s*)?)?"
    r"(?<![\d#.,/])(?P<y1>(?:19[5-9]|20\d)\d)(?:\s*[-–]\s*(?:năm\s*)?(?P<y2>(?:19[5-9]|20\d)\d))?(?![\d#]|[.,]\d)"
)
_YEAR_NOT_A_YEAR_AFTER = re.compile(r"^\s*(?:%|lượt|giường|bác|người|trạm|cơ sở|ca\b|triệu|nghìn|ngàn|bệnh)")
_TARGET_YEAR_BEFORE = re.compile(r"(?:phấn đấu|mục tiêu|kế hoạch|dự kiến|định hướng|chỉ tiêu|tầm nhìn)[^.;]{0,20}$")
_COMPARISON_BEFORE = re.compile(r"(?:so với|cùng kỳ|hơn)\s*(?:cùng kỳ\s*)?(?:năm\s*)?$")
_NOW = re.compile(r"đến nay|hiện nay|hiện tại|hiện có|tới nay|đến thời điểm này")
_THIS_YEAR = re.compile(r"năm nay|năm này")
_LAST_YEAR = re.compile(r"(?<![#\d]\s)(?<![#\d])(?:năm qua|năm vừa qua|năm trước|năm ngoái)")
_ARTICLE_CUES = re.compile(r"toàn tỉnh|tỉnh ta|toàn thành phố|thành phố ta|trên địa bàn|toàn ngành|ngành y tế|sở y tế|tỉnh(?=\s*[,.;:]|\s+(?:đã|đạt|có|hiện|là))")
_MERGER_CUES = re.compile(r"sau sáp nhập|sau hợp nhất|sau sắp xếp|sau khi sáp nhập|sau khi hợp nhất|34 tỉnh|tỉnh mới")
_ABBREVIATIONS = {"tp", "tt", "pgs", "gs", "ts", "bs", "ths", "ck", "ck1", "ck2", "ncs", "st", "p", "q", "tx", "bsck", "ths.bs"}

_NUM = NUMBER_PATTERN
_TOKEN_RE = re.compile(
    rf"(?<![\w#.,/\-])(?P<num>{_NUM})(?![\w#]|[.,]\d)(?P<mult>\s*(?:nghìn|ngàn|triệu))?(?![\w])(?P<pct>\s*(?:%|phần trăm))?"
)
_RANGE_RE = re.compile(
    rf"(?P<from>từ\s*)?(?<![\w#.,/\-])(?P<a>{_NUM})\s*(?:%\s*)?(?:-|–|đến|tới)\s*(?P<b>{_NUM})(?![\w#]|[.,]\d)"
    rf"(?P<mult>\s*(?:nghìn|ngàn|triệu))?(?P<pct>\s*(?:%|phần trăm))?"
)
_FRACTION_RE = re.compile(r"(?<![\w#./])(?P<a>\d+)\s*/\s*(?P<b>\d+)(?![\w#/])")
_WORD_RE = re.compile(r"(?<![\w])(?P<word>" + "|".join(NUMBER_WORDS) + r")(?![\w])")
_PUBLISHED_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|ngày\s*(?P<d2>\d{1,2})\s*tháng\s*(?P<m2>\d{1,2})\s*năm\s*(?P<y2>(?:19|20)\d\d)"
)


def _mask(text: str) -> str:
    """Replace the digits of every non-figure number with '#', keeping the text's length."""

    def repl(m: re.Match) -> str:
        s = m.group(0)
        if "tuổi" in s or re.search(r"\d\s*năm", s):
            # "đạt 74,5 tuổi" / "73,7 năm" are life expectancies, not ages or durations
            before = text[max(0, m.start() - 50):m.start()]
            if _LIFE_EXPECTANCY_NEAR.search(before):
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


@dataclass
class _YearMention:
    pos: int
    end: int
    year: int
    target: bool
    comparison: bool


@dataclass
class _Doc:
    nfc: str
    match: str
    masked: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    years: list[_YearMention] = field(default_factory=list)


# --- structure -----------------------------------------------------------------------------------------
def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: a line is a paragraph unless it is a hard-wrapped continuation."""
    spans: list[list[int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        if spans:
            prev = text[spans[-1][0]:spans[-1][1]].rstrip()
            if prev and prev[-1] not in ".!?:;|" and stripped[0].islower():
                spans[-1][1] = end
                continue
        spans.append([start, end])
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


def _year_mentions(text: str) -> list[_YearMention]:
    found = []
    for m in _YEAR_RE.finditer(text):
        kw = m.group("kw")
        if not kw and not m.group("y2"):
            continue
        if kw == "nhiệm kỳ" or (kw == "từ" and not m.group("y2")):
            continue
        if _YEAR_NOT_A_YEAR_AFTER.match(text[m.end():m.end() + 12]):
            continue
        before = text[max(0, m.start() - 40):m.start()]
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
        r"(?<![\d#.,])(?:19[5-9]|20\d)\d(?![\d#]|[.,]\d)(?!\s*(?:%|lượt|giường|bác|người|trạm|cơ sở|triệu|nghìn|ngàn))",
        lambda m: "#" * len(m.group(0)),
        out,
    )


def _prepare(text: str) -> _Doc:
    text_nfc = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    match = match_form(text_nfc)
    masked = _mask(match)
    years = _year_mentions(masked)
    masked = _mask_years(masked, years)
    doc = _Doc(text_nfc, match, masked, years=years)
    doc.paragraphs = _paragraphs(text_nfc)
    doc.sentences = _sentences(text_nfc, doc.paragraphs)
    return doc


# --- number tokens ---------------------------------------------------------------------------------------
def _tokens(masked: str) -> list[_Token]:
    tokens: list[_Token] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _RANGE_RE.finditer(masked):
        if not free(m.start("a"), m.end()):
            continue
        start = m.start("from") if m.group("from") else m.start("a")
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
            tokens.append(_Token(m.start(), m.end(), parse_quantity(m.group("num"), mult), bool(m.group("pct"))))
            taken.append((m.start(), m.end()))
    for m in _WORD_RE.finditer(masked):
        if free(m.start(), m.end()):
            tokens.append(_Token(m.start(), m.end(), float(NUMBER_WORDS[m.group("word")]), False, word=True))
    return sorted(tokens, key=lambda t: t.start)


def _span_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return pos, pos


def _clause_start(masked: str, sentence_start: int, pos: int) -> int:
    cut = masked.rfind(";", sentence_start, pos)
    return cut + 1 if cut >= 0 else sentence_start


# --- classification ------------------------------------------------------------------------------------
def _classify(token: _Token, doc: _Doc, sentence: tuple[int, int]) -> tuple[str, int, int] | None:
    """(indicator, quote start, quote end) for a number token, or None when no rule claims it."""
    masked = doc.masked
    clause_start = _clause_start(masked, sentence[0], token.start)
    left = masked[clause_start:token.start]
    right = masked[token.end:sentence[1]]
    sentence_text = masked[sentence[0]:sentence[1]]
    if lx.CHANGE_BEFORE.search(left) or re.search(r"(?:cao|thấp|nhiều|ít)\s*hơn\s*$", left):
        return None

    def unit_ok(rule: lx.Rule) -> bool:
        if token.fraction and not rule.fraction_ok:
            return False
        if rule.fraction_ok and not token.fraction:
            return False
        if token.word and not rule.words_ok:
            return False
        return token.pct == (rule.unit == "pct")

    for c in lx.COMPILED:
        if c.right and unit_ok(c.rule):
            m = c.right.match(right)
            if m and (not c.sentence or c.sentence.search(sentence_text)):
                return c.rule.indicator, token.start, token.end + m.end()
    best: tuple[int, lx.CompiledRule, int] | None = None
    for c in lx.COMPILED:
        if c.left and unit_ok(c.rule) and not token.word:
            m = c.left.search(left)
            if not m:
                continue
            end = token.end
            if c.right_after_left:
                m2 = c.right_after_left.match(right)
                if not m2:
                    continue
                end = token.end + m2.end()
            if best is None or m.start() > best[0]:
                best = (m.start(), c, end)
    if best:
        return best[1].rule.indicator, clause_start + best[0], best[2]
    return None


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
    left = doc.masked[sentence[0]:token.start]
    cues = list(lx.TARGET_CUES.finditer(left))
    if cues and not lx.ACHIEVED_BEFORE_CUE.search(left[:cues[-1].start()]):
        return "target"
    return "actual"


def _relative_year(text: str, published: date | None) -> int | None:
    if not published:
        return None
    if _THIS_YEAR.search(text):
        return published.year
    if _LAST_YEAR.search(text):
        return published.year if published.month >= 11 else published.year - 1
    return None


def _year(token: _Token, end: int, kind: str, doc: _Doc, sentence, paragraph, published, report_year) -> int | None:
    masked = doc.masked
    usable = [y for y in doc.years if not y.comparison]
    # 1. right after the figure, same clause, nothing in between ("10,6 bác sĩ/vạn dân năm 2025")
    for y in usable:
        if end <= y.pos < sentence[1] and not re.search(r"[,;.:(]", masked[end:y.pos]) and y.pos - end < 25:
            return y.year
    # 2. earlier in the sentence, 3. earlier in the paragraph (a target year does not carry to an actual)
    in_sentence = [y for y in usable if sentence[0] <= y.pos < token.start]
    if in_sentence:
        return in_sentence[-1].year
    in_paragraph = [y for y in usable if paragraph[0] <= y.pos < token.start and (kind == "target" or not y.target)]
    if in_paragraph:
        return in_paragraph[-1].year
    # 4. relative to the publication date
    before = masked[paragraph[0]:token.start]
    relative = _relative_year(masked[sentence[0]:token.start], published) or _relative_year(before, published)
    if relative:
        return relative
    if kind == "target" or _NOW.search(masked[sentence[0]:token.start]):
        return None
    # 5. the year the document reports on
    return report_year


def _report_year(doc: _Doc, published: date | None) -> int | None:
    for y in doc.years:
        if y.target or y.comparison:
            continue
        if published and y.year > published.year:
            continue
        return y.year
    return None


# --- who a figure is about --------------------------------------------------------------------------------
def _entity_spans(doc: _Doc, cue: re.Pattern) -> list[tuple[int, int]]:
    """Spans like "huyện Bình Xuyên" / "Bệnh viện Trung ương Huế": a cue word followed by capitalised words."""
    spans = []
    for m in cue.finditer(doc.match):
        pos = m.end()
        words = re.match(r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\.?\s?)+", doc.nfc[pos:pos + 80])
        if words and words.group(0).strip():
            spans.append((m.start(), pos + len(words.group(0).rstrip())))
    return spans


def _scope(token_start: int, doc: _Doc, sentence, mentions, districts, facilities) -> tuple[str, dict | None]:
    """('article'|'national'|'province'|'district'|'facility', codes) by the nearest subject before the figure."""
    events: list[tuple[int, str, dict | None]] = []
    lo = sentence[0]
    inside = lambda pos, spans: any(s <= pos < e for s, e in spans)  # noqa: E731
    for s, e, codes in mentions:
        if lo <= s < token_start and not inside(s, facilities) and not inside(s, districts):
            events.append((e, "province", codes))
    for s, e in districts:
        if lo <= s and e <= token_start:
            events.append((e, "district", None))
    for s, e in facilities:
        if lo <= s and e <= token_start:
            events.append((e, "facility", None))
    left = doc.masked[lo:token_start]
    for m in lx.NATIONAL_CUES.finditer(left):
        if not lx.RANKING_BEFORE_NATIONAL.search(left[:m.start()]):
            events.append((lo + m.end(), "national", None))
    for m in _ARTICLE_CUES.finditer(left):
        events.append((lo + m.end(), "article", None))
    if not events:
        return "article", None
    _, kind, codes = max(events, key=lambda e: e[0])
    return kind, codes


def _article_province(doc: _Doc, mentions, facilities) -> dict | None:
    scores: dict[tuple, float] = {}
    first_line_end = doc.paragraphs[0][1] if doc.paragraphs else 0
    for s, e, codes in mentions:
        if any(a <= s < b for a, b in facilities):
            continue
        key = tuple(sorted(codes.items()))
        weight = 3.0 if s < first_line_end else 1.0
        if re.search(r"(?:tỉnh|thành phố|tp\.?|sở y tế)\s*$", doc.match[max(0, s - 15):s]):
            weight += 1.0
        scores[key] = scores.get(key, 0.0) + weight - s * 1e-9
    if not scores:
        return None
    return dict(max(scores, key=scores.get))


def infer_published(text: str) -> date | None:
    """The publication date printed near the top of an article ("28/02/2024 1:38:16 CH"), if any."""
    m = _PUBLISHED_RE.search(nfc(text)[:600])
    if not m:
        return None
    d, mo, y = (m.group("d") or m.group("d2"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _geography(info: SourceInfo, doc: _Doc, mentions) -> str:
    if info.geography:
        return info.geography
    if info.published:
        return "2025" if info.published.isoformat() >= MERGER_DATE else "pre2025"
    if _MERGER_CUES.search(doc.match):
        return "2025"
    if any(y.year >= 2026 and not y.target for y in doc.years):
        return "2025"
    return "pre2025"


def figure_id(source: str, indicator: str, quote: str, occurrence: int) -> str:
    """A stable id: the same figure keeps it when the source is edited elsewhere."""
    return hashlib.sha1(f"{source}|{indicator}|{quote}|{occurrence}".encode()).hexdigest()[:12]


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
    published = info.published or infer_published(doc.nfc)
    mentions = registry.find_mentions(doc.nfc, doc.match)
    districts = _entity_spans(doc, lx.DISTRICT_CUES)
    facilities = _entity_spans(doc, lx.FACILITY_CUES)
    # a district cue that names a province-level unit ("thành phố Cần Thơ") is a province mention, not a district
    districts = [d for d in districts if not any(d[0] <= s < d[1] and e <= d[1] for s, e, _ in mentions)]
    info = SourceInfo(info.name, published, info.province, info.geography)
    geography = _geography(info, doc, mentions)
    if info.province:
        unit = registry.resolve(info.province, geography)
        article = {unit.geography: unit.code}
    else:
        article = _article_province(doc, mentions, facilities)
    report_year = _report_year(doc, published)

    def name_of(codes: dict | None) -> tuple[str | None, int | None, str | None]:
        if not codes:
            return None, None, None
        g = geography if geography in codes else next(iter(codes))
        return registry.unit(g, codes[g]).name, codes[g], g

    figures: list[Figure] = []
    seen: dict[tuple[str, str], int] = {}
    for token in _tokens(doc.masked):
        sentence = _span_of(doc.sentences, token.start)
        paragraph = _span_of(doc.paragraphs, token.start)
        found = _classify(token, doc, sentence)
        if not found:
            continue
        indicator, q_start, q_end = found
        qualifier = _qualifier(token, doc)
        if qualifier and q_start == token.start:
            q_start = max(0, token.start - 30) + _qualifier_start(doc.masked[max(0, token.start - 30):token.start])
        kind = _kind(token, doc, sentence)
        year = _year(token, q_end, kind, doc, sentence, paragraph, published, report_year)
        if kind == "actual" and year and published and year > published.year:
            kind = "target"
        scope, codes = _scope(token.start, doc, sentence, mentions, districts, facilities)
        if scope == "article":
            province, code, g = name_of(article)
            scope = "province"
        elif scope == "province":
            province, code, g = name_of(codes)
        elif scope == "national":
            province, code, g = NATIONAL, None, None
        else:
            province, code, g = None, None, None
        quote = doc.nfc[q_start:q_end].strip(" ,;:.")
        occurrence = seen.get((indicator, quote), 0)
        seen[(indicator, quote)] = occurrence + 1
        figures.append(
            Figure(
                source=info.name, province=province, indicator=indicator, value=token.value,
                unit=_unit_of(indicator), year=year, kind=kind, qualifier=qualifier, quote=quote, scope=scope,
                geography=g, province_code=code, start=q_start, end=q_end,
                figure_id=figure_id(info.name, indicator, quote, occurrence),
            )
        )
    return figures


def _qualifier_start(before: str) -> int:
    m = re.search(r"(?:\S+\s+)?\S+\s*$", before.rstrip(" :"))
    for _, pattern in lx.QUALIFIERS:
        q = pattern.search(before.rstrip(" :") + " ")
        if q:
            return q.start()
    return m.start() if m else len(before)


_UNITS = {r.indicator: r.unit for r in lx.RULES}


def _unit_of(indicator: str) -> str:
    return _UNITS[indicator]
