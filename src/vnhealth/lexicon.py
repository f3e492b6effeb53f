"""Vietnamese indicator phrases -> indicator ids: the extraction rules, written for the language.

Every pattern runs on the *match form* of a text (lower case, tone placement canonical, markup blanked) in
which numbers that are not figures (dates, document numbers, money, ages, durations, denominators such as the
"1" of "1 vạn dân") have had their digits replaced by ``#``. A rule fires in one of two ways:

- ``right``: the phrase follows the number ("10,6 **bác sĩ/vạn dân**", "95% **dân số tham gia BHYT**");
- ``left``: a label precedes the number, separated only by words without digits (a masked year or "dưới 1
  tuổi" may sit in between: "**tỷ lệ tham gia BHYT** toàn tỉnh năm 2024 đạt 94,09%"); when several labels precede
  a number the one nearest to it wins. The same labels read table rows and "A và B lần lượt là X và Y".

A right phrase may name the place between its noun and its verb ("92,6% dân số toàn tỉnh đã ...", "61% số xã
của tỉnh X đạt ..."), but not a subgroup ("100% người thuộc hộ nghèo ..."). Count labels on the left need a colon
right before the number ("- Số trạm y tế: 124"). ``unit`` is what the number must carry: ``pct`` needs a percent
sign, the others must not have one. A rule may be vetoed by words in its phrase (a population subgroup, "tỷ lệ học
sinh tham gia BHYT"; a free or screening campaign, "khám sàng lọc cho 500 lượt") and may need an earlier mention in
the paragraph (the abbreviated "84% số xã đạt tiêu chí" after "Bộ tiêu chí quốc gia về y tế", "100% trạm có bác sĩ"
after "trạm y tế", "tỷ lệ bao phủ" after "bảo hiểm y tế").

The context words below decide kind (target cues), scope (national, district, facility, part-of-province cues,
sets of units, foreign countries and a subgroup as a clause's topic), qualifiers, whether a count of a stock
(stations, facilities, beds) is stated as a total (not an increment or an agreement's partners), which numbers are
no figures at all (a survey's sample, a worked example, a percentage of a plan) and which words refer back to the figure before ("tỷ lệ
này").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- phrase building blocks ----------------------------------------------------------------------------
DOCTOR = r"bác\s*s[ĩỹi]"
BED = r"giường(?:\s*bệnh)?(?:\s*viện)?(?:\s*(?:kế hoạch|thực kê))?"
INSURANCE = r"(?:bhyt|bảo hiểm y tế)"
#: "/vạn dân", "/1 vạn dân", "trên 10.000 dân", "/10.000 người" (denominator digits are masked as #).
PER_10K = r"\s*(?:/|trên|cho|mỗi|\s)\s*(?:#+\s*|một\s+|mỗi\s+)?(?:vạn|##[.,\s]?###)\s*(?:dân(?:\s*số)?|người(?:\s*dân)?)"
#: The denominator before the count: "(bình quân|cứ|mỗi) 1 vạn dân (thì|chỉ)? có ..." (digits masked as #), and the
#: counts listed after it share it: "cứ 10.000 dân có 11 bác sĩ, 2,9 dược sĩ và 35 giường bệnh".
_RATIO_NOUN = r"(?:bác\s*s[ĩỹi]|dược\s*s[ĩỹi](?:\s*đại học)?|điều dưỡng(?:\s*viên)?|giường(?:\s*bệnh)?)"
PER_10K_FIRST = (r"(?:(?<![\w])(?:#+\s*|một\s+|mỗi\s+)(?:vạn|##[.,\s]?###)|(?<![\w#.,])##[.,]###)\s*(?:dân(?:\s*số)?|người(?:\s*dân)?)"
                 r"\s*(?:thì\s*|chỉ\s*|mới\s*)?có\s*"
                 r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ)?\s*\d+(?:[.,]\d+)?\s*" + _RATIO_NOUN + r"\s*(?:,|và|cùng)\s*)*"
                 r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ|chưa đến)\s*)?(?=$)")
STATION = (r"(?:trạm y tế|tyt)(?:\s*(?:xã|cấp xã|tuyến xã|xã,\s*phường,\s*thị trấn|xã/phường/thị trấn|xã,\s*phường,\s*đặc khu"
           r"|xã,\s*phường))?")
#: "trạm" on its own, referring back to stations named earlier ("100% trạm có bác sĩ"; not "trạm trưởng").
STATION_SHORT = r"trạm(?!\s*(?:y tế|trưởng|xá))"
COMMUNE = r"(?:xã|xã,\s*phường,\s*thị trấn|xã/phường/thị trấn|xã,\s*phường|đơn vị\s*(?:hành chính\s*)?cấp xã|xã, phường, đặc khu)"
NATIONAL_STANDARD = (r"(?:(?:bộ\s*)?(?:tiêu chí|chuẩn)\s*(?:(?:quốc gia|qg)\s*(?:về\s*)?y tế|y tế (?:quốc gia|qg))"
                     r"|(?<![\w])(?:btcqg|bộ tcqg|tcqg)\s*(?:về\s*)?y tế"
                     # ("Tỷ lệ xã đạt Bộ tiêu chí QG", not that of new rural areas)
                     r"|(?<=đạt )bộ tiêu chí\s*(?:quốc gia|qg)(?!\s*(?:về\s*)?(?:nông thôn|giáo dục|văn hóa|môi trường)))"
                     r"(?:\s*(?:xã|cấp xã))?")  # ("BTCQG về y tế")
#: Where, between the noun and the verb of a right phrase: "92% dân số toàn tỉnh đã ...", "61% số xã của tỉnh X
#: đạt ...", "dân số trên địa bàn tham gia ..." (a place named after "của"/"thuộc" says who the figure is about).
#: Only places: "100% người thuộc hộ nghèo được cấp thẻ BHYT" is a subgroup, not the population.
WHOSE = (r"(?:\s*(?:toàn tỉnh|toàn thành phố|trên địa bàn(?:\s*(?:tỉnh|thành phố))?"
         r"|(?:của|thuộc|trong)\s*(?:toàn\s*)?(?:tỉnh|thành phố|huyện|quận|thị xã|cả nước|toàn quốc)[^\d%;#.,()]{0,25}?"
         r"(?:\s*\(\s*cũ\s*\))?))?")
#: Words allowed between a label and its number: no digit, no percent sign, no clause break; a masked year or age
#: may sit in between ("tỷ lệ tiêm chủng đầy đủ toàn tỉnh năm 2023 đạt 91,2%", "... cho trẻ dưới 1 tuổi đạt"), so may the
#: number of vaccines ("được tiêm đầy đủ 8 loại vắc xin đạt 95,2%"), and
#: so may a genitive phrase ("tỷ lệ hài lòng của người bệnh tại các bệnh viện công lập xấp xỉ 94%").
FILL = (r"(?:[^\d%;#]|(?<=năm )####|(?:(?<=dưới )|(?<=[<≤] ))#{1,2}(?= tuổi)|(?<= )#{1,2}(?= (?:loại|mũi))"
        # a period: "Tỷ lệ bao phủ bảo hiểm y tế 5 tháng đầu năm 2025 đạt 94,6%"
        r"|(?<![\d#.,])[\d#]{1,2}(?= tháng)|(?<=quý )(?:[ivx]{1,3}|[\d#])\s*/\s*####"
        # a cut-off date: "tỷ lệ tham gia BHYT: tính đến ngày 31/12/2023 đạt 93,8%"
        r"|(?<=ngày )#{1,2}/#{1,2}/#{2,4}|(?<=tháng )#{1,2}/#{4}|(?<=tháng )#{1,2}(?![\d#/%])"
        # a decision's number: "giao cho tỉnh tại Quyết định số 546/QĐ-TTg là 93,6%"
        r"|(?:quyết định|nghị quyết|kế hoạch|công văn)\s*(?:số\s*)?#{1,5}/[\w/\-đ]+){0,70}?")
FILL_SHORT = r"[^\d%;#]{0,25}?"


#: Parts of the population: "tỷ lệ học sinh, sinh viên tham gia BHYT", "bao phủ BHYT hộ cận nghèo", "người cao tuổi
#: được quản lý sức khỏe" are not the province's coverage.
SUBGROUP = (r"học sinh|sinh viên|hộ nghèo|cận nghèo|hộ gia đình|người cao tuổi|dân tộc thiểu số|trẻ em|trẻ dưới"
            r"|người lao động|doanh nghiệp|người có công|cựu chiến binh|nông, lâm|diêm nghiệp|nhóm đối tượng"
            r"|người khuyết tật|phụ nữ|người thuộc|cán bộ|công chức|người bệnh|bệnh nhân|người mắc|người nhiễm")
#: Free, charity and screening campaigns: their "lượt khám" are not the province's outpatient visits.
CAMPAIGN = r"miễn phí|tình nguyện|thiện nguyện|từ thiện|nhân đạo|sàng lọc|tầm soát|khám sức khỏe|cấp thuốc"


@dataclass(frozen=True)
class Rule:
    """One way of writing one indicator."""

    indicator: str
    unit: str  # per_10k | pct | count | years
    right: str | None = None
    left: str | None = None
    #: the right phrase is required even when the label matched on the left (e.g. "... gần 2,2 triệu lượt")
    right_after_left: str | None = None
    #: the sentence must contain this too (e.g. "xanh - sạch - đẹp")
    sentence: str | None = None
    #: number words ("hai bệnh viện") are accepted for this rule
    words_ok: bool = False
    #: fractions ("3/3 chỉ tiêu") are accepted for this rule
    fraction_ok: bool = False
    #: the figure is not this indicator when these words stand in its phrase (from a "tỷ lệ" opening it to its end):
    #: a subgroup of the population, a free or screening campaign, another vaccine
    veto: str | None = None
    #: the paragraph before the number must contain this (an abbreviated phrase, "84% số xã đạt tiêu chí", refers
    #: back to what an earlier sentence named in full, "xã đạt Bộ tiêu chí quốc gia về y tế")
    before: str | None = None

    def compiled(self) -> "CompiledRule":
        flags = re.UNICODE
        return CompiledRule(
            self,
            re.compile(r"^\s*(?:" + self.right + ")", flags) if self.right else None,
            re.compile("(?:" + self.left + ")" + FILL + r"$", flags) if self.left else None,
            re.compile(r"^\s*(?:" + self.right_after_left + ")", flags) if self.right_after_left else None,
            re.compile(self.sentence, flags) if self.sentence else None,
            re.compile(self.left, flags) if self.left else None,
            re.compile(self.before, flags) if self.before else None,
            re.compile(self.veto, flags) if self.veto else None,
        )


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    right: re.Pattern | None
    left: re.Pattern | None
    right_after_left: re.Pattern | None
    sentence: re.Pattern | None
    #: the ``left`` label alone (for "tỷ lệ A và tỷ lệ B lần lượt là X và Y")
    label: re.Pattern | None = None
    before: re.Pattern | None = None
    veto: re.Pattern | None = None


#: The whole a share is taken of, named with the units: "100% trong (tổng) số 216 trạm y tế xã có bác sĩ".
OF_TOTAL = r"(?:trong\s*(?:tổng\s*)?số\s*[\d#][\d#.,]*\s*)?"

RULES: list[Rule] = [
    # --- ratios per 10,000 people ----------------------------------------------------------------------
    Rule("doctors_per_10k", "per_10k", right=DOCTOR + r"(?:\s*(?:đa khoa|y khoa))?" + PER_10K,
         left=r"(?:số\s*)?" + DOCTOR + PER_10K),
    Rule("beds_per_10k", "per_10k", right=BED + PER_10K, left=BED + PER_10K),
    # the denominator first: "bình quân 1 vạn dân có 9,2 bác sĩ", "cứ 10.000 dân thì có 30 giường bệnh"
    Rule("doctors_per_10k", "per_10k", left=PER_10K_FIRST, right_after_left=DOCTOR + r"(?!\s*(?:y học\s*)?gia đình)(?!\s*(?:hoặc|hay)\s*y\s*s[ĩỹi])"),
    Rule("beds_per_10k", "per_10k", left=PER_10K_FIRST, right_after_left=BED + r"(?!\s*/)"),
    Rule("pharmacists_per_10k", "per_10k", left=PER_10K_FIRST, right_after_left=r"dược\s*s[ĩỹi]"),
    Rule("nurses_per_10k", "per_10k", left=PER_10K_FIRST, right_after_left=r"điều dưỡng"),
    Rule("pharmacists_per_10k", "per_10k", right=r"dược\s*s[ĩỹi](?:\s*đại học)?" + PER_10K,
         left=r"dược\s*s[ĩỹi](?:\s*đại học)?" + PER_10K),
    Rule("nurses_per_10k", "per_10k", right=r"điều dưỡng(?:\s*viên)?" + PER_10K, left=r"điều dưỡng(?:\s*viên)?" + PER_10K),
    # --- percentages ------------------------------------------------------------------------------------
    Rule("insurance_coverage_pct", "pct",
         right=r"(?:trở lên\s*)?(?:(?:dân số|người dân|số dân|dân cư|người)" + WHOSE + r"\s*)?(?:đã\s*|được\s*)?"
               r"(?:tham gia|có thẻ|được cấp thẻ|được bao phủ|có)\s*" + INSURANCE,
         left=r"(?:tham gia|bao phủ|độ bao phủ|diện bao phủ|có thẻ)\s*" + INSURANCE + r"(?:\s*toàn dân)?"
              r"|t[ỷỉ] lệ\s*(?:bao phủ\s*)?" + INSURANCE,
         # (a benefit level is no coverage: "có thẻ BHYT đi khám đúng tuyến được hưởng 100% mức hưởng")
         veto=SUBGROUP + r"|mức hưởng|được hưởng"),
    # the count of the insured, then their share: "Số người tham gia bảo hiểm y tế năm 2024 là 1.761.100 người, đạt
    # 93,5% dân số"
    Rule("insurance_coverage_pct", "pct",
         left=r"(?:tham gia|có thẻ)\s*" + INSURANCE + r"(?:[^\d%;#]|####){0,30}?\d[\d.,]*(?:\s*(?:triệu|nghìn|ngàn))?"
              r"\s*(?:người|lượt người)(?:\s*dân)?\s*,?\s*(?:đạt|bằng|chiếm)\s*(?:tỷ lệ\s*)?(?:bao phủ\s*)?(?=$)",
         right_after_left=r"(?:tổng\s*)?(?:dân số|số dân)", veto=SUBGROUP),
    # a bare "BHYT:" label of an infographic line, its value a share of the population ("... | BHYT: 94,6% dân số")
    Rule("insurance_coverage_pct", "pct", left=r"(?<![\w])" + INSURANCE + r"\s*:(?=\s*$)",
         right_after_left=r"(?:dân số|người dân|dân)(?![\w])", veto=SUBGROUP),
    # "Về bảo hiểm y tế, tỷ lệ bao phủ của An Giang đạt 90,2%": "bao phủ" alone once the insurance was named
    Rule("insurance_coverage_pct", "pct", left=r"(?:t[ỷỉ] lệ|độ|diện|mức)\s*bao phủ(?!\s*(?:" + INSURANCE + "))",
         before=INSURANCE, veto=SUBGROUP + r"|vắc xin|vaccine|tiêm|nước sạch|rừng|internet|sóng|điện"),
    Rule("immunisation_full_u1_pct", "pct",
         right=r"(?:số\s*)?trẻ(?:\s*em)?(?:\s*dưới\s*#+\s*tuổi)?\s*(?:được\s*)?(?:tiêm chủng|tiêm|miễn dịch)\s*(?:đầy đủ|đủ)",
         left=r"(?:tiêm chủng|miễn dịch|tiêm)\s*(?:đầy đủ|đủ liều|đủ mũi|mở rộng|thiết yếu)|(?<![\w])tcđđ(?![\w])"
              r"|trẻ(?:\s*em)?\s*dưới\s*#+\s*tuổi\s*(?:được\s*)?(?:tiêm chủng|tiêm|miễn dịch)[^\d%;#]{0,40}?",
         veto=r"covid|sars|uốn ván|phụ nữ|người lớn|học sinh"),
    Rule("satisfaction_pct", "pct",
         right=r"(?:(?:người dân|người bệnh|bệnh nhân|người sử dụng dịch vụ|khách hàng)[^\d%;#.,]{0,25}?)?hài lòng",
         left=r"hài lòng", veto=r"hành chính|thủ tục|dịch vụ công|cải cách|nhân viên|cán bộ|viên chức|người lao động"
               # (inpatients and outpatients counted apart: neither is the whole)
               r"|(?:người bệnh|bệnh nhân)\s*(?:điều trị\s*)?(?:nội trú|ngoại trú)"),
    Rule("health_managed_pct", "pct",
         right=r"(?:dân số|người dân|dân cư)" + WHOSE + r"\s*(?:đã\s*)?(?:được\s*)?(?:lập hồ sơ\s*(?:[^\d%;#]{0,20}?và\s*)?)?(?:theo dõi,?\s*)?quản lý sức khỏe",
         left=r"(?:được\s*)?quản lý sức khỏe(?!\s*điện tử)", veto=SUBGROUP),
    Rule("stations_with_doctor_pct", "pct",
         right=r"(?:số\s*)?" + OF_TOTAL + r"(?:" + STATION + "|" + COMMUNE + r")" + WHOSE
               + r"\s*(?:đã\s*)?có\s*(?:ít nhất\s*(?:một|#)\s*)?" + DOCTOR
               + r"(?!\s*(?:y học\s*)?gia đình)(?!\s*(?:hoặc|hay)\s*y\s*s[ĩỹi])",
         left=STATION + r"[^\d%;#]{0,30}?có\s*(?:ít nhất\s*(?:một|#)\s*)?" + DOCTOR + r"(?!\s*(?:y học\s*)?gia đình)(?!\s*(?:hoặc|hay)\s*y\s*s[ĩỹi])"
              r"|" + COMMUNE + r"\s*có\s*" + DOCTOR + r"(?!\s*(?:y học\s*)?gia đình)(?!\s*(?:hoặc|hay)\s*y\s*s[ĩỹi])"),
    # "toàn tỉnh có 159 trạm y tế, 100% trạm có bác sĩ làm việc": "trạm" alone after the stations were named
    Rule("stations_with_doctor_pct", "pct",
         right=r"(?:số\s*)?" + STATION_SHORT + r"\s*(?:đã\s*)?có\s*(?:ít nhất\s*(?:một|#)\s*)?" + DOCTOR + r"(?!\s*(?:y học\s*)?gia đình)(?!\s*(?:hoặc|hay)\s*y\s*s[ĩỹi])",
         left=STATION_SHORT + r"[^\d%;#]{0,30}?có\s*(?:ít nhất\s*(?:một|#)\s*)?" + DOCTOR + r"(?!\s*(?:y học\s*)?gia đình)(?!\s*(?:hoặc|hay)\s*y\s*s[ĩỹi])",
         before=STATION),
    # (a station meeting the standard stands for its commune: "99% trạm y tế xã đạt chuẩn quốc gia về y tế xã")
    Rule("communes_national_standard_pct", "pct",
         right=r"(?:số\s*)?" + OF_TOTAL + r"(?:" + COMMUNE + "|" + STATION + ")" + WHOSE
               + r"\s*(?:đã\s*)?(?:được công nhận\s*)?(?:duy trì\s*)?đạt\s*" + NATIONAL_STANDARD,
         left=r"đạt\s*" + NATIONAL_STANDARD + r"|" + NATIONAL_STANDARD),
    Rule("communes_national_standard_pct", "pct",
         right=r"(?:số\s*)?" + COMMUNE + WHOSE + r"\s*(?:đã\s*)?(?:được công nhận\s*)?(?:duy trì\s*)?đạt\s*(?:bộ\s*)?"
               r"(?:tiêu chí|chuẩn)(?![\w])(?!\s*(?:quốc gia|y tế|nông thôn|ntm|số|về|thứ|[#\d]))",
         before=NATIONAL_STANDARD),
    # --- other health indicators (reported as other:<name>) ---------------------------------------------
    Rule("other:hospitals_with_emr_pct", "pct", right=r"(?:các\s*)?bệnh viện", sentence=r"bệnh án điện tử"),
    Rule("other:stations_with_telemedicine_pct", "pct", right=STATION + r"[^%;#\d]{0,40}?từ xa"),
    Rule("other:facilities_green_clean_pct", "pct", right=r"(?:các\s*)?cơ sở y tế",
         sentence=r"xanh\s*[-–,]\s*sạch\s*[-–,]\s*đẹp"),
    Rule("other:primary_care_paid_by_insurance_pct", "pct",
         right=r"(?:người dân|dân số)[^%;#\d]{0,80}?(?:chăm sóc[^%;#\d]{0,20}?ban đầu|khám chữa bệnh ban đầu)"
               r"[^%;#\d]{0,60}?" + INSURANCE + r"\s*(?:chi trả|thanh toán)"),
    Rule("other:communes_with_family_doctor_pct", "pct", right=r"(?:số\s*)?(?:" + COMMUNE + "|" + STATION + ")",
         sentence=r"bác\s*s[ĩỹi] gia đình|y học gia đình"),
    Rule("other:ehealth_record_pct", "pct", right=r"(?:dân số|người dân)[^%;#\d]{0,30}?hồ sơ sức khỏe điện tử"),
    Rule("other:people_with_ehealth_book", "count", right=r"người(?:\s*dân)?[^%;#\d]{0,30}?sổ sức khỏe điện tử"),
    Rule("other:people_with_ehealth_record", "count", right=r"người(?:\s*dân)?[^%;#\d]{0,30}?hồ sơ sức khỏe điện tử"),
    Rule("other:socioeconomic_health_targets_met", "count",
         right=r"chỉ tiêu\s*(?:phát triển\s*)?kinh tế\s*[-–]?\s*xã hội", fraction_ok=True),
    Rule("other:basic_health_targets_met", "count", right=r"chỉ tiêu\s*(?:y tế\s*)?(?:cơ bản|chuyên môn)",
         fraction_ok=True),
    Rule("other:health_targets_met", "count", right=r"chỉ tiêu(?!\s*kinh tế)", fraction_ok=True),
    # --- counts -----------------------------------------------------------------------------------------
    Rule("total_beds", "count", right=BED + r"(?!\s*/)(?!" + PER_10K + ")",
         left=r"(?:tổng số|số)\s*giường(?:\s*bệnh)?(?:\s*(?:kế hoạch|thực kê))?"),
    Rule("other:stations_without_doctor", "count", right=STATION + r"\s*(?:chưa|không)\s*có\s*" + DOCTOR, words_ok=True),
    # "7 trạm y tế chưa có tủ lạnh ..." counts stations lacking something, not the stations of the province
    # a count label needs a colon before its number ("- Số trạm y tế: 124"): "số trạm y tế có bác sĩ là 120" is not it
    Rule("health_stations", "count", right=STATION + r"(?!\s*có\s*bác)(?!\s*(?:chưa|không)\s*(?:có|đạt|được))",
         left=r"(?:tổng\s*)?số(?:\s*lượng)?\s*" + STATION + r"\s*(?:công lập\s*)?:(?=[ \t]*$)", words_ok=True),
    Rule("facilities", "count", right=r"cơ sở\s*(?:khám(?:\s*bệnh)?\s*,?\s*chữa bệnh|kcb|y tế)",
         left=r"(?:tổng\s*)?số(?:\s*lượng)?\s*cơ sở\s*(?:khám(?:\s*bệnh)?\s*,?\s*chữa bệnh|kcb|y tế)\s*(?:công lập\s*)?:"
              r"(?=[ \t]*$)", words_ok=True),
    # "mạng lưới khám bệnh, chữa bệnh của ngành gồm 126 cơ sở": the network named, "cơ sở" alone after the number
    Rule("facilities", "count",
         left=r"mạng lưới\s*(?:cơ sở\s*)?(?:khám(?:\s*bệnh)?\s*,?\s*chữa bệnh|kcb|y tế)[^\d%;#]{0,30}?(?:gồm|có)\s*"
              r"(?:(?:tổng số|tổng cộng|khoảng|gần|hơn|trên)\s*)?(?=$)",
         right_after_left=r"cơ sở(?![\w])(?!\s*(?:vật chất|hạ tầng|dữ liệu))"),
    # "58 bệnh viện và trung tâm y tế công lập", "34 bệnh viện, trung tâm y tế công lập": hospitals and health
    # centres counted together are the facilities (each counted apart, "19 bệnh viện và 24 trung tâm y tế", are not)
    Rule("facilities", "count",
         right=r"bệnh viện\s*(?:,|và|cùng)\s*(?:các\s*)?trung tâm y tế(?:\s*(?:tuyến\s*)?(?:huyện|khu vực|cấp huyện))?"
               r"(?!\s*(?:xã|phường))"),
    Rule("other:hospitals", "count", right=r"bệnh viện", words_ok=True),
    Rule("inpatient_admissions", "count",
         right=r"(?:lượt\s*)?(?:người bệnh\s*|bệnh nhân\s*|người\s*)?(?:điều trị\s*)?nội trú",
         left=r"nội trú", right_after_left=r"lượt|người bệnh|bệnh nhân"),
    Rule("outpatient_visits", "count",
         right=r"lượt\s*(?:người\s*)?(?:khám(?:\s*bệnh)?(?:\s*,)?(?:\s*chữa bệnh)?|kcb)(?!\s*nội trú)",
         left=r"(?:khám\s*,?\s*chữa bệnh|khám bệnh|kcb)(?:\s*ngoại trú)?|(?<![\w])khám(?=\s*cho)",
         right_after_left=r"lượt",
         veto=CAMPAIGN + "|" + INSURANCE),
    Rule("life_expectancy_years", "years", left=r"tuổi thọ(?:\s*(?:trung bình|bình quân))?",
         veto=r"nam giới|nữ giới|thành thị|nông thôn"),
    Rule("other:healthy_life_years", "years", left=r"(?:số năm sống khỏe|tuổi thọ khỏe mạnh)"),
    Rule("other:doctors", "count", right=DOCTOR + r"(?!" + PER_10K + r")(?!\s*/)(?!\s*(?:y học\s*)?gia đình)(?!\s*(?:hoặc|hay)\s*y\s*s[ĩỹi])(?!\s*cơ hữu)"),
]

COMPILED = [r.compiled() for r in RULES]

#: A count noun whose ratio label may stand on the left: "Số bác sĩ/vạn dân đạt 16 bác sĩ" is the ratio.
RATIO_OF_COUNT = {"other:doctors": "doctors_per_10k", "total_beds": "beds_per_10k"}
#: "19 bác sĩ, 4 dược sĩ đại học, 33 điều dưỡng và 35 giường bệnh trên vạn dân": counts sharing one denominator.
_RATIO_NUM = r"(?<![\w#.,/])\d+(?:[.,]\d+)?"
_RATIO_NOUNS = (r"(?P<doctors>" + DOCTOR + r")|(?P<pharmacists>dược\s*s[ĩỹi](?:\s*đại học)?)"
                r"|(?P<nurses>điều dưỡng(?:\s*viên)?)|(?P<beds>giường(?:\s*bệnh)?)")
#: A ratio's noun, then its value with no unit: "số bác sĩ đạt 13,1; giường bệnh đạt 35,2" (after "12,8 bác sĩ/vạn
#: dân" stated before).
RATIO_NOUN_BEFORE = re.compile(r"(?:(?<![\w])số\s*)?(?:" + _RATIO_NOUNS + r")\s*(?:(?:đạt|là|lên|ở mức|:)\s*)+"
                               r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s*)?$")
#: The same noun further back, when the value carries the denominator: "tỷ lệ dược sĩ đại học của cả nước đạt
#: 3,1/vạn dân".
RATIO_NOUN_FAR_BEFORE = re.compile(r"(?:(?<![\w])số\s*)?(?:" + _RATIO_NOUNS + r")[^\d#%;.,()]{0,40}?"
                                   r"(?<![\w])(?:đạt|là|lên|ở mức|chỉ|mới|chỉ có|:)\s*"
                                   r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s*)?$")
#: A ratio named by its density alone: "mật độ bác sĩ của tỉnh vẫn thấp hơn tỉnh Hải Dương (12,3)".
DENSITY_LABEL = re.compile(r"mật độ\s*(?:" + _RATIO_NOUNS + r")")
#: After a ratio's value, the next ratio of a "và" pair closing with the denominator they share.
SHARED_WITH_NEXT = re.compile(r"\s*và\s*(?:số\s*)?(?:" + _RATIO_NOUNS + r")\s*(?:đạt|là)?\s*(?:khoảng\s*)?\d+(?:[.,]\d+)?"
                              + PER_10K)
#: The noun right before a value carrying the denominator: "điều dưỡng 19,8/vạn dân".
RATIO_NOUN_RIGHT_BEFORE = re.compile(r"(?:(?<![\w])số\s*)?(?:" + _RATIO_NOUNS + r")\s*$")
RATIO_ITEM = re.compile(r"(?P<num>" + _RATIO_NUM + r")\s*(?:" + _RATIO_NOUNS + r")")
RATIO_NOUN_INDICATOR = {"doctors": "doctors_per_10k", "pharmacists": "pharmacists_per_10k",
                        "nurses": "nurses_per_10k", "beds": "beds_per_10k"}
_PLAIN_ITEM = _RATIO_NUM + r"\s*(?:" + _RATIO_NOUNS.replace("?P<doctors>", "").replace("?P<pharmacists>", "")\
    .replace("?P<nurses>", "").replace("?P<beds>", "") + r")"
SHARED_DENOMINATOR = re.compile(_PLAIN_ITEM + r"(?:\s*(?:,|và)\s*" + _PLAIN_ITEM + r")+(?=" + PER_10K + r")")

#: The indicator ids the extractor reports without the ``other:`` prefix (judged on held-out documents).
LISTED_INDICATORS = sorted({r.indicator for r in RULES if not r.indicator.startswith("other:")} | {
    "pharmacists_per_10k", "nurses_per_10k"})

# --- context words ------------------------------------------------------------------------------------
#: "kế hoạch" (plan), but not "giường (bệnh) kế hoạch" (the authorised beds, a stock).
PLAN = r"(?<!giường )(?<!giường bệnh )kế hoạch(?!\s*(?:đánh giá|nêu|nhận định|chỉ rõ|cho biết|thống kê)(?![\w]))(?!\s*h[oó][aá])"
#: Words that make a figure a target (phấn đấu, mục tiêu, chỉ tiêu giao/đề ra, kế hoạch, tầm nhìn, ...); not the
#: "giường kế hoạch" (a hospital's authorised beds, a stock), nor "chỉ tiêu" naming indicators as a topic ("Về các
#: chỉ tiêu chuyên môn, năm 2024 toàn tỉnh đạt ...").
TARGET_CUES = re.compile(
    r"phấn đấu|(?<!chương trình )mục tiêu|(?<!về )(?<!về các )(?<!các )(?<!những )(?<!ở )chỉ tiêu"
    r"(?!\s*(?:kinh tế|y tế cơ bản|chuyên môn))"
    # "Các chỉ tiêu: số bác sĩ/vạn dân 11,5 ...": the indicators listed, not targets
    r"|(?<!về )(?<!ngoài )(?:các|những)\s+chỉ tiêu(?!\s*(?:kinh tế|y tế cơ bản|chuyên môn))(?!\s*(?:chủ yếu\s*|chính\s*|cơ bản\s*)?:)"
    # ("Ngoài các chỉ tiêu trên, số dược sĩ đạt 3,2/vạn dân": the indicators above, no target)
    r"(?!\s*(?:nêu\s*)?trên(?![\w]))"
    r"|" + PLAN + r"(?!\s*số)|tầm nhìn|dự kiến"
    r"|định hướng|đặt ra|hướng tới|đề ra|(?:đến|tới) năm\s*####|nhằm đạt|cần đạt|phải đạt|sẽ đạt|đề nghị|yêu cầu"
    # ("Năm nay, phải đưa tỷ lệ dân số được quản lý sức khỏe lên ít nhất 90%")
    r"|(?:phải|cần)\s*(?:đưa|nâng|tăng)"
    # "Năm nay, chúng tôi cố gắng nâng tỷ lệ trạm có bác sĩ lên ít nhất 95%"
    r"|(?:cố gắng|nỗ lực|quyết tâm)\s*(?:nâng|đưa|tăng|đạt)"
    # "HĐND tỉnh giao ngành Y tế 4 chỉ tiêu: ..." (who sets them, then "giao")
    r"|(?:quốc hội|chính phủ|bộ y tế|hđnd|ubnd|hội đồng nhân dân|tỉnh ủy|thành ủy)(?:\s*(?:tỉnh|thành phố))?\s*(?:đã\s*)?giao(?![\w])"
)
#: A target word right before the number names the target itself: "đạt 91,2%, chưa đạt mục tiêu 95% đề ra",
#: "chưa đạt chỉ tiêu đề ra là 92%", "cao hơn mục tiêu đề ra (85%)"
#: (a colon instead introduces results: "hoàn thành chỉ tiêu giao: 14,5 bác sĩ/vạn dân" is actual).
#: The target's year or period may stand between: "vượt chỉ tiêu đề ra cho năm 2025 là 92%", "trong khi chỉ tiêu cả
#: năm là 95%".
TARGET_YEAR_BETWEEN = (r"(?:(?:cho|của)\s*(?:tỉnh|thành phố)\s*)?"
                       r"(?:(?:cho|của|trong)?\s*(?:cả\s*)?năm\s*(?:####|nay)?\s*)?")
#: Who sets a target, named between the target word and its verb: "vượt chỉ tiêu Chính phủ giao là 94%".
TARGET_SETTER = (r"(?:của\s*)?(?:quốc hội|chính phủ|thủ tướng(?: chính phủ)?|bộ y tế|trung ương|(?:hđnd|ubnd|hội đồng nhân dân"
                 r"|(?:ủy|uỷ) ban nhân dân)(?:\s*(?:tỉnh|thành phố))?|nghị quyết|cấp trên"
                 r"|đại hội(?:\s*(?:đảng bộ(?:\s*(?:tỉnh|thành phố))?|lần thứ|[ivxlc]+(?![\w])))*|tỉnh ủy|thành ủy"
                 r"|tỉnh|thành phố)")
TARGET_RIGHT_BEFORE = re.compile(
    r"(?:mục tiêu|" + PLAN + r"|chỉ tiêu)\s*(?:chung\s*)?(?:(?:cho|của|trong)?\s*(?:cả\s*năm|năm\s*(?:####|nay))\s*)?"
    r"(?:(?:" + TARGET_SETTER + r")(?:\s*" + TARGET_SETTER + r")?\s*(?:đề ra|đặt ra|giao)?"
    r"|đề ra|đặt ra|được giao|giao)?\s*" + TARGET_YEAR_BETWEEN
    + r"(?:là|ở mức|\()?\s*$")
#: A bracket opened by a target word holds the target: "38 giường bệnh/vạn dân (chỉ tiêu: 37 giường)", "đạt 94,2%
#: (kế hoạch 93,5%)" (even after an achieved verb, which the target word would otherwise join: "đạt và vượt kế hoạch").
TARGET_IN_BRACKET = re.compile(r"\(\s*(?:mục tiêu|" + PLAN + r"|chỉ tiêu|kh(?![\w]))[^()\d%#;]{0,30}?(?:\s*năm\s*####)?\s*:?\s*$")
#: A figure stated as what a target requires, the target named right after it: "bảo đảm đến cuối năm 2025 tỷ lệ bao
#: phủ bảo hiểm y tế đạt 96,5% theo chỉ tiêu HĐND tỉnh giao", "đạt 12 bác sĩ/vạn dân theo kế hoạch" ("đã đạt 95% như
#: kế hoạch" reports an achievement: "như"/"đúng" do not count, nor an achieved verb before the figure).
TARGET_AFTER = re.compile(r"[^.;,\d#%]{0,25}?(?<![\w])theo\s*(?:chỉ tiêu|kế hoạch|mục tiêu)(?![\w])")
#: A clause that sets a target for the figure just stated, ending right before a bare number: "...; năm nay chúng
#: tôi phấn đấu đạt 95,5%", ", mục tiêu năm 2026 là 96%", "; tầm nhìn đến năm 2045 đạt 76 tuổi" (a masked year may
#: sit inside).
#: "đạt 96%, vượt mục tiêu 1%": the number after an exceeded target is a difference.
#: ("vượt kế hoạch: 11,2 bác sĩ/vạn dân" with a colon introduces the results.)
#: (One of the same magnitude as the figure is the target itself: "88,6%, cao hơn mục tiêu 85%".)
BEYOND_TARGET = re.compile(
    r"(?:vượt|hơn|so với)\s*(?:mức\s*)?(?:kế hoạch|mục tiêu|chỉ tiêu)\s*(?:đề ra|đặt ra|được giao|giao)?\s*"
    + TARGET_YEAR_BETWEEN + r"(?:là|ở mức|\()?\s*$")
TARGET_CLAUSE = re.compile(
    r"(?:phấn đấu|mục tiêu|" + PLAN + r"|dự kiến|chỉ tiêu|tầm nhìn|(?:đến|tới)\s*năm\s*####"
    # ("...; năm 2026 nâng lên 92%": the same measure raised in a later year)
    r"|(?<![\w])năm\s*(?:####|tới|sau)\s*(?:sẽ\s*)?(?:nâng|tăng|đưa)(?=\s*lên))(?:[^\d%;#.]|(?<=năm )####){0,25}?"
    r"(?:(?:sẽ\s*)?(?:đạt|lên|tăng lên)|là|ở mức|:)?\s*(?:(?:khoảng|gần|hơn|trên|từ|tối thiểu|ít nhất)\s*)?$")
#: The actual set against a target just stated: "kế hoạch 11, thực hiện 11,4", "chỉ tiêu giao 32, ước thực hiện 33,1".
ACTUAL_CLAUSE = re.compile(r"(?:ước\s*)?(?:thực hiện|thực tế|kết quả)\s*(?:đạt\s*)?(?:là|được|:)?\s*$")
#: An achieved verb after the last target word makes the figure an actual again: "Chỉ tiêu duy nhất chưa đạt là
#: tỷ lệ người dân được quản lý sức khỏe, mới đạt 78,3%", "mục tiêu đề ra là 95%, nhưng đến nay chỉ đạt 90%".
#: So does a target said to be (not) reached: "Chỉ tiêu duy nhất chưa đạt là tiêm chủng: tỷ lệ ... đạt 93,5%".
ACHIEVED_AFTER_CUE = re.compile(
    r"(?<![\w])(?:(?:mới|chỉ|đã|vẫn|mới chỉ|chưa|không|đều|cùng)\s*đạt(?!\s*(?:mục tiêu|kế hoạch|chỉ tiêu))|đạt được|ước đạt"
    r"|đạt và vượt|đạt\s*(?:như sau|cụ thể)|đạt\s*kết quả"
    # "Chỉ tiêu duy nhất chưa hoàn thành là bao phủ bảo hiểm y tế: ... đạt 93,9%"
    r"|(?:chưa|không|đã)\s*hoàn thành)")
#: Words that make an "achieved" word prospective again: "dự kiến hoàn thành mục tiêu 100% ...".
PROSPECTIVE_BEFORE = re.compile(r"(?:dự kiến|phấn đấu|sẽ|nhằm|(?<![\w])để|cần|phải|kế hoạch|mục tiêu|tập trung|quyết tâm|nỗ lực"
                                r"|(?:đề nghị|yêu cầu|chỉ đạo)[^.;:\d#%]{0,40}?)\s*$")
#: Words before a target cue that turn it into a report of what was achieved ("đạt và vượt kế hoạch").
ACHIEVED_BEFORE_CUE = re.compile(r"(?:đạt|vượt|hoàn thành|thực hiện được|so với|cao hơn|thấp hơn|bằng)[^.;]{0,35}$")
#: A heading over a bullet list that reports results even though it names targets ("Kết quả thực hiện chỉ tiêu
#: 9 tháng năm 2025"), as opposed to a target heading ("Chỉ tiêu kế hoạch năm 2025", "Mục tiêu đến năm 2030").
HEADING_TARGET = re.compile(
    r"phấn đấu|mục tiêu|" + PLAN + r"(?!\s*số)|dự kiến|định hướng|(?:đến|tới) năm\s*####|phương hướng"
    r"|nhiệm vụ\s*(?:trọng tâm\s*)?năm\s*####|nhiệm vụ\s*(?:trọng tâm|chủ yếu)"
    r"|chỉ tiêu\s*(?:kế hoạch|giao|được giao|đề ra|phấn đấu)|^\s*(?:các\s*)?chỉ tiêu\s*(?:chủ yếu\s*)?năm\s*####\s*:?\s*$")
#: ("phấn đấu thực hiện các chỉ tiêu chủ yếu:" is a target heading: what is to be done, not what was)
RESULTS_HEADING = re.compile(r"kết quả|đạt được|đã đạt|ước (?:đạt|thực hiện)|tình hình thực hiện"
                             r"|(?<!phấn đấu )(?<!sẽ )(?<!cần )(?<!để )(?<!nhằm )(?<!quyết tâm )hoàn thành"
                             r"|điểm lại|nhìn lại"
                             r"|(?<!phấn đấu )(?<!sẽ )(?<!cần )thực hiện (?:các |một số )?chỉ tiêu")
#: Qualifiers directly before a number, as whole words ("cả nước đạt" is not "ước đạt", "mức độ" not "độ").
QUALIFIERS = [
    ("approx", re.compile(r"(?<![\w])(?:gần|khoảng|xấp xỉ|ước(?:\s*(?:đạt|tính|khoảng))?|chừng|(?<!mật )(?<!nhiệt )độ)\s*$")),
    ("over", re.compile(r"(?<!đạt và )(?<![\w])(?:hơn|trên|vượt|tối thiểu|ít nhất|từ|không dưới|không ít hơn)\s*$"
                        r"|[≥⩾]\s*$")),
    ("under", re.compile(r"(?<![\w])(?:dưới|chưa đến|chưa tới|chưa đạt|không quá|không vượt quá|tối đa)\s*$"
                         r"|[≤⩽]\s*$")),
]
OVER_AFTER = re.compile(r"^\s*%?\s*trở lên")
#: A number right after these is a change, not a level ("tăng 12%", "giảm 3 điểm").
CHANGE_BEFORE = re.compile(r"(?:tăng|giảm|thêm|bổ sung|tăng thêm|giảm thêm|chênh lệch|chênh nhau|chênh)\s*(?:bình quân\s*)?"
                           r"(?:(?:gần|khoảng|hơn|trên)\s*)?$")
#: A percentage of a plan ("mới bằng 58,4% kế hoạch năm", "đạt 87,3% chỉ tiêu") is progress toward it, not a level.
PLAN_SHARE_AFTER = re.compile(r"[ \t]*(?:kế hoạch|chỉ tiêu)(?![\w])")
#: "mỗi xã, phường có 1 trạm y tế": a number per unit, not a total.
DISTRIBUTIVE_BEFORE = re.compile(r"(?:mỗi|từng)\s+(?!vạn\s*(?:dân|người))[^;.\d#%]{0,30}?(?:có|được|cần|phải có|quy mô)\s*$")
#: Counts of a stock (stations, facilities, beds) are the province's total only when the text states what there
#: is: "toàn tỉnh có 159 trạm y tế", "gồm ...", "với tổng số 15.420 giường bệnh", "lên 9.800 giường", "- Số trạm y
#: tế: 124", "sau sắp xếp còn 148 trạm y tế", "kiện toàn 130 trạm y tế" (the whole network,
#: reorganised). A count that is the object of an action or part of another phrase is a subset: "nâng cấp 48 trạm y
#: tế", "cơ sở vật chất của 27 trạm y tế đã xuống cấp", "và 21 trạm y tế đã xuống cấp".
STOCK_INDICATORS = ("health_stations", "facilities", "total_beds")
#: A list of stocks after one such verb continues over commas, "và", "tại", "trong đó (có)": "có 102 trạm y tế và
#: 58 cơ sở khám bệnh", "14.820 giường bệnh tại 67 cơ sở", "có 197 cơ sở, trong đó có 16 bệnh viện và 172 trạm y tế".
STOCK_CUE = (r"(?:(?<![\w])(?:có|gồm|với|là|đạt|lên|tới|quy mô|còn|kiện toàn|quản lý|tiếp nhận)|:|tổng số|tổng cộng"
             # what a reorganisation results in: "được sắp xếp thành 65 trạm y tế xã, phường"
             r"|(?<![\w])(?<!hoàn )thành(?=\s*$)|tương đương|tương ứng)")
_STOCK_QUALIFIERS = r"(?:(?:tổng số|tổng cộng|khoảng|gần|hơn|trên|xấp xỉ|chừng|tất cả|là|lên|tới|đến)\s*)*"
STOCK_INTRODUCED = re.compile(STOCK_CUE + r"\s*" + _STOCK_QUALIFIERS + "$")
_IN_CLAUSE = r"(?:[^;.:]|[.,:](?=[#\d]))"  # "11.022 giường" does not end the clause
#: A count of a stock that is not what there is: an increment ("đưa vào hoạt động thêm 5 bệnh viện với tổng quy mô
#: 5.500 giường", unless a new total follows: "có thêm 2 bệnh viện, nâng tổng số giường lên 9.800"), or the partners
#: of an agreement ("ký hợp đồng khám, chữa bệnh BHYT với 312 cơ sở y tế").
STOCK_NOT_STATED = re.compile(r"(?<![\w])(?:thêm|bổ sung|xây mới|xây dựng mới|mở mới)(?![\w])(?![^;.]*(?:nâng|lên))"
                              r"|(?:hợp đồng|ký kết|liên kết)[^.;\d#%]{0,40}?với\s*$")
STOCK_LIST = re.compile(STOCK_CUE + _IN_CLAUSE + r"*?[#\d]" + _IN_CLAUSE
                        + r"*(?:,|(?<![\w])(?:và|cùng|tại|trong đó(?:\s*có)?))\s*" + _STOCK_QUALIFIERS + "$")
#: "Toàn tỉnh có 241 trạm y tế xã, trong đó 86,3% có bác sĩ làm việc": a share of the stations just counted.
SUBSET_BEFORE = re.compile(r"(?:trong đó|trong số (?:này|đó)|(?:với|gồm)\s*)\s*(?:có\s*)?$")
SUBSET_WITH_DOCTOR = re.compile(r"\s*(?:(?:số\s*)?trạm\s*)?(?:đã\s*)?có\s*(?:ít nhất\s*(?:một|#)\s*)?" + DOCTOR
                                + r"(?!\s*(?:y học\s*)?gia đình)(?!\s*(?:hoặc|hay)\s*y\s*s[ĩỹi])(?!" + PER_10K + ")")
#: "A và B lần lượt là/đạt X và Y": the labels before pair up with the numbers after, in order.
RESPECTIVELY = re.compile(r"lần lượt\s*(?:(?:chỉ|mới|cũng|đều)\s*)?(?:là|đạt|ở mức|chiếm|đạt được)?"
                          r"|(?<!\()(?<!\( )tương ứng\s*(?:là|đạt|ở mức)?(?=\s*\d[^;.]{0,30}?(?:và|,)\s*\d)")  # ("số giường bệnh/vạn dân tương ứng là 31,5 và 28,7")
#: National scope ("cả nước", "toàn quốc"), unless it ranks the province ("một trong 7 địa phương trong cả nước").
NATIONAL_CUES = re.compile(
    # ("bình quân chung sáu tỉnh": the average of a set, not the country's)
    # ("để đạt mục tiêu quốc gia đến năm 2030 là 19 bác sĩ/vạn dân": the country's target)
    r"(?<!chương trình )mục tiêu\s*(?:chung\s*)?quốc gia|cả nước|toàn quốc|(?:bình quân|trung bình) chung(?!\s*(?:của\s*)?(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
    r"|\d+|#+)?\s*(?:tỉnh|địa phương|vùng|khu vực))|quốc gia có|việt nam (?:có|đạt|là)|(?:của|người|ở) việt nam"
    # the country's health sector given its targets: "Năm 2025, Quốc hội giao ngành y tế 3 chỉ tiêu: ..."
    r"|(?:quốc hội|chính phủ)\s*giao\s*(?:cho\s*)?(?:ngành y tế|bộ y tế)")
#: "Hòa chung với cả nước, tỉnh ..." / "cùng với cả nước": the country is not the subject of what follows.
ALONG_WITH_NATIONAL = re.compile(r"(?:hòa chung|hòa cùng|chung tay|cùng|như)\s*(?:với\s*)?$")
#: "thấp hơn bình quân toàn quốc (95,1%); tỷ lệ tiêm chủng đạt ...": the country as the object of a comparison is the
#: subject only up to the end of its clause.
COMPARED_WITH_NATIONAL = re.compile(r"(?:hơn|so với|bằng|tương đương(?:\s*với)?|ngang(?:\s*với)?|(?<![\w])vượt(?:\s*qua)?)\s*(?:mức\s*)?(?:bình quân|trung bình)?\s*(?:chung\s*)?(?:của\s*)?$")
#: A national figure named after the number: "thấp hơn mức 94,2% của cả nước", "87% (bình quân cả nước)".
NATIONAL_AFTER = re.compile(r"\s*\)?\s*(?:của|bình quân|trung bình"
                            # a target set for the country: "mục tiêu 15 bác sĩ/vạn dân mà Quốc hội đặt ra cho cả nước"
                            r"|(?:(?:vào\s*)?năm\s*####\s*)?(?:mà|do|được)\s*(?:quốc hội|chính phủ|thủ tướng(?: chính phủ)?|bộ y tế"
                            r"|bộ chính trị|(?:quyết định|nghị quyết)\s*(?:số\s*)?#+/[\w/\-đ]+"
                            r"(?:\s*ngày\s*[#\d]{1,2}\s*/\s*[#\d]{1,2}\s*/\s*[#\d]{4})?)\s*"
                            r"(?:đặt ra|đề ra|giao|xác định)\s*(?:cho)?)\s*(?:chung\s*)?(?:của\s*)?(?:cả nước|toàn quốc)")
#: The country as the field of a ranking is no subject: "tỉnh thứ 5 trong cả nước", and a superlative, "TP HCM có
#: tuổi thọ cao nhất cả nước với 76,6 tuổi", "đứng đầu toàn quốc".
RANKING_BEFORE_NATIONAL = re.compile(
    r"(?:(?:địa phương|tỉnh|tỉnh, thành|tỉnh thành|đơn vị|thứ)\s*(?:#+\s*)?(?:trong|trên|của|so với)"
    r"|(?:(?:cao|thấp|nhiều|ít|tốt|lớn|nhỏ) nhất|đứng đầu|dẫn đầu|đứng cuối)\s*(?:(?:trong|trên|của)\s*)?"
    # ("đứng thứ 2 cả nước", "xếp hạng 5/63 toàn quốc")
    r"|(?:thứ|hạng)\s*#+(?:\s*/\s*#+)?\s*(?:(?:trong|trên|của|so với)\s*)?)\s*$")
#: Sub-provincial subjects without a name: the district or commune the text is about ("tỷ lệ bao phủ BHYT toàn
#: huyện đạt 98,6%", "trạm y tế của huyện có bác sĩ", "xã mình có 98% trẻ ...", "phường này đạt ...", "một huyện vùng
#: cao như Bảo Lâm"), and a part
#: of the province ("tại một số trung tâm y tế tuyến huyện còn dưới 85%", "ở nhiều xã vùng cao chỉ đạt 70%", "riêng các
#: trạm y tế có ...").
#: (A name after the level word makes a named district, read elsewhere: "của huyện Mèo Vạc".)
#: ("xã hội" is society, "bản thân" oneself, "làng nghề" a craft village: not places of a level)
_LOCAL_LEVEL = r"(?:huyện|quận|thị xã|xã(?!\s*hội)|phường|thị trấn|thôn|bản(?!\s*(?:thân|đồ|sao|tin))|làng(?!\s*nghề))"
#: Words that make an area a part of a province: "ven biển", "miền núi", "phía tây".
PART_QUALIFIER = (r"miền núi|vùng cao|vùng sâu|vùng xa|biên giới|ven biển|hải đảo|khó khăn|núi đá|núi(?![\w])"
                  r"|phía (?:bắc|nam|đông|tây)")
LOCAL_SUBJECT = re.compile(
    r"(?<![\w])(?:toàn|của|trong|thuộc|cả)\s+" + _LOCAL_LEVEL + r"(?![\w])(?!\s*(?:,\s*)?(?:phường|thị trấn|đặc khu))"
    r"|(?<![\w])" + _LOCAL_LEVEL + r"\s+(?:mình|tôi|em|này|nhà|đó|ấy)(?![\w])"
    # "Một huyện vùng cao như Bảo Lâm chỉ có khoảng 4 bác sĩ/vạn dân": one district, named or not, as an example
    r"|(?<![\w])(?:một|mỗi|có)\s+" + _LOCAL_LEVEL + r"\s+(?:vùng cao|vùng sâu|biên giới|miền núi|nghèo|đặc biệt khó khăn)(?![\w])"
    r"|(?<![\w])(?:tại|ở|của|trong)\s+(?:một số|một vài|vài|nhiều|phần lớn|đa số|hầu hết|số ít|nửa)\s+(?:các\s+)?"
    r"(?:" + _LOCAL_LEVEL + r"|địa phương|đơn vị|bệnh viện|trung tâm|cơ sở|trạm|vùng|khu vực|khoa)(?![\w])"
    # "một số huyện ngoại thành như Sóc Sơn, Ba Vì chỉ có ...", "Khu vực 11 huyện miền núi trước đây hiện mới có ..."
    r"|(?<![\w])(?:một số|một vài|nhiều|phần lớn|đa số|hầu hết)\s+(?:các\s+)?(?:huyện|quận|thị xã|xã|phường)(?![\w])"
    r"|(?<![\w])khu vực\s+(?:(?:\d+|#+)\s+)?(?:các\s+)?(?:huyện|quận|thị xã|xã|phường)(?![\w])"
    # "riêng khu vực ven biển của Thái Bình (cũ) mới đạt khoảng 6 bác sĩ/vạn dân": a part of the province by its lie
    r"|(?<![\w])(?:khu vực|vùng|(?:các|những|hai|ba|bốn|năm|#+|\d+)\s+(?:xã|huyện|trạm(?:\s*y tế)?))\s+(?:" + PART_QUALIFIER
    + r")(?![\w])"
    # "Riêng các trạm y tế có 1.290 giường lưu": one kind of facility set apart from the whole
    r"|(?<![\w])riêng\s+(?:các\s+|những\s+)?(?:trạm|bệnh viện|trung tâm|cơ sở|phòng khám|tuyến|khối|đặc khu)(?![\w])"
    # "riêng hai huyện miền núi An Lão và Vĩnh Thạnh vẫn dưới 6 bác sĩ/vạn dân"
    r"|(?<![\w])riêng\s+(?:hai|ba|bốn|năm|#+|\d+)\s+(?:huyện|quận|thị xã|xã|phường)(?![\w])"
    r"|(?<![\w])(?:ở|tại)\s+(?:các|những)\s+(?:huyện|quận|thị xã|xã)(?![\w])(?!\s*,)"
    # "các huyện miền núi cao như Kỳ Sơn, Tương Dương chỉ đạt 5 - 6 bác sĩ/vạn dân": a kind of district
    r"|(?<![\w])(?:các|những)\s+(?:huyện|quận|thị xã|xã|phường)\s+(?:miền núi|vùng cao|vùng sâu|vùng xa|biên giới"
    r"|nghèo|khó khăn|đặc biệt khó khăn|ven biển|hải đảo|ngoại thành|nông thôn|đồng bào)(?![\w])")
#: A value right after a province's (or the country's) name takes the indicator of the paragraph's last figure: "Trong
#: đó, khu vực tỉnh
#: Bình Phước (cũ) đạt 94,1%", "... thấp hơn Thành phố Hồ Chí Minh (93,4%) và Tây Ninh (93,0%)", "Tiền Giang 91,3%",
#: "Hà Giang chỉ có 8,7", "Bình quân cả nước cùng thời điểm đạt 94,2%".
VALUE_AFTER_NAME = re.compile(
    r"\s*(?:\(\s*cũ\s*\))?\s*(?:cùng (?:thời điểm|kỳ|năm)\s*)?"
    # ("Hà Giang (nay thuộc tỉnh Tuyên Quang) chưa đến 8", "Tỉnh Lâm Đồng lân cận năm 2024 đạt 93,1%", "Hà Nam dẫn
    # đầu với 94,1%", "Kon Tum, chỉ 67,2 tuổi")
    r"(?:\(\s*(?:nay|trước đây|trước là)[^()\d%]{0,40}\)\s*)?(?:(?:lân cận|láng giềng|bên cạnh)\s*)?(?:năm\s*####\s*)?,?\s*"
    # ("Tuyên Quang, sau khi hợp nhất với Hà Giang, cũng đạt 96,4%", "TP HCM - địa phương đông dân nhất ... - mới đạt")
    r"(?:(?:sau|trước)\s*khi\s*(?:hợp nhất|sáp nhập|sắp xếp)[^,\d%#;]{0,40},\s*|[-–]\s*[^\d%#;–-]{3,80}?\s*[-–]\s*)?"
    r"(?:\(|:|(?:(?:chỉ|mới|cũng|vẫn|đã|đều|lần lượt|riêng"
    # ("Lai Châu dẫn đầu cả nước với 98,8%")
    r"|(?:dẫn đầu|đứng đầu|cao nhất|thấp nhất)(?:\s*(?:cả nước|toàn quốc|khu vực|vùng|miền|trong vùng|cả vùng))?)\s*)*"
    r"(?:đạt|là|ở mức|với|chiếm|có|vượt lên|lên)?\s*)?"
    # ("Thành phố Cần Thơ có tỷ lệ thấp nhất, 91,2%")
    r"(?:(?:có\s*)?(?:tỷ lệ|mức)\s*(?:cao|thấp)\s*nhất\s*(?:,|:|là|với)?\s*)?"
    r"(?:(?:khoảng|gần|xấp xỉ|hơn|trên|dưới|chưa đến|chưa tới)\s*)?$")
#: A noun right after a bare number says what it counts ("có tới 12 tỉnh", "ghi nhận 327 viên chức"): not a value
#: set against the figure before it.
COUNTED_AFTER = re.compile(r"[ \t]*(?:tỉnh|thành phố|địa phương|huyện|xã|người|đơn vị|bệnh viện|cơ sở|trạm|viên chức"
                           r"|cán bộ|nhân viên|ca|lượt|chỉ tiêu|quốc gia|nước|trung tâm|điểm|khoa|phòng khám|tập thể|cá nhân"
                           r"|kỹ thuật|dự án|đề án|trường|buổi|lần)(?![\w])")
#: Words introducing examples: provinces listed after them ("các tỉnh lân cận như Hậu Giang, Sóc Trăng") are not the
#: subject of a later clause.
EXAMPLES_BEFORE = re.compile(r"(?:như|chẳng hạn|ví dụ|kể cả|bao gồm|gồm)\s*:?\s*$")
#: One facility as the subject, named only by its kind: "(Giám đốc Trung tâm Y tế huyện cho biết) trung tâm hiện có
#: 150 giường bệnh", "bệnh viện đã có 500 giường" (not "các bệnh viện có ...", the province's hospitals together).
UNNAMED_FACILITY = re.compile(
    r"(?<![\w])(?<!các )(?<!những )(?<!nhiều )(?<!số )(?<!giường )(?:trung tâm(?:\s*y tế)?|bệnh viện|phòng khám)"
    r"(?:\s*(?:huyện|quận|thị xã|tỉnh|thành phố))?(?![\w])\s*(?:(?:hiện nay|hiện|nay|đã|vừa|cũng)\s*)*(?:có|đạt)\s*$")
#: Sub-provincial subjects: "huyện Bình Xuyên", "thị xã ...": their figures are kept apart.
DISTRICT_CUES = re.compile(r"(?:huyện(?:\s*đảo)?|thị xã|quận|thành phố|tp\.?|xã|phường|thị trấn|đặc khu|khu vực)\s+(?=\S)")
FACILITY_CUES = re.compile(
    r"(?:bệnh viện|trung tâm y tế|viện|phòng khám|trạm y tế|bệnh xá|trạm xá|quân y viện)\s+(?=\S)")
#: A set of units as the subject: "9 tỉnh dưới 10 bác sĩ/vạn dân", "có tới 12 tỉnh đạt trên 35 giường", "nhiều địa
#: phương miền núi vẫn chưa đạt 10 bác sĩ/vạn dân", "các đơn vị có tỷ lệ hài lòng dưới 90%": a threshold that the
#: units of the set pass or miss, not a figure of any of them.
GROUP_SUBJECT = re.compile(
    r"(?:(?<![\w#/.,])(?<!trong\s)\d+|(?<![\w])(?:nhiều|một số|không ít|hàng chục))\s+(?:tỉnh(?:,\s*thành(?:\s*phố)?)?|địa phương|quốc gia)"
    # "Nơi 18 bác sĩ, nơi chưa đầy 10 bác sĩ trên một vạn dân": some places, none named
    r"|(?<![\w])nơi(?=\s*(?:(?:hơn|trên|chưa đến|chưa đầy|chưa tới|dưới|chỉ|gần|khoảng|đạt|có)\s*)*$)"
    # "Bình quân chung sáu tỉnh chỉ khoảng 10,3": the average over a set of provinces
    r"|(?<![\w])(?:bình quân|trung bình)\s*(?:chung\s*)?(?:của\s*)?(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s+"
    r"(?:tỉnh|địa phương)(?![\w])"
    r"(?![\w])(?!\s*(?:,\s*)?(?:phường|thị trấn|thành phố))"
    r"|(?<![\w])các\s+(?:tỉnh(?:,\s*thành(?:\s*phố)?)?|địa phương|đơn vị|quốc gia|bệnh viện)\s+có(?![\w])"
    # "Tuổi thọ trung bình của người dân các tỉnh trong vùng dao động từ 72,6 đến 74,3 tuổi": a spread over a set
    r"|(?<![\w])(?:các|những)\s+(?:tỉnh(?:,\s*thành(?:\s*phố)?)?|địa phương)\s+(?:trong|thuộc|của)\s+(?:vùng|khu vực)(?![\w])"
    # "có 5 huyện, thị xã có tỷ lệ bao phủ dưới 90%": a count of districts passing or missing a threshold
    r"|(?<![\w#/.,])\d+\s+(?:huyện|quận|thị xã|xã|phường)(?:\s*,\s*(?:thị xã|thành phố|quận|thị trấn|phường))*"
    r"(?![\w])[^\d#%;.]{0,60}?(?:dưới|trên|chưa đến|chưa tới|chưa đạt|không đạt)\s*$"
    # a region's average: "Bình quân toàn vùng năm 2023 đạt 11,3 bác sĩ/vạn dân", "cả vùng", "trung bình khu vực"
    r"|(?<![\w])(?:toàn|cả)\s+vùng(?![\w])|(?<![\w])(?:bình quân|trung bình)\s+(?:chung\s+)?(?:của\s+)?(?:vùng|khu vực)(?![\w])"
    # a region by name: "năm 2024 vùng Đồng bằng sông Cửu Long ... bình quân chỉ khoảng 9,6 bác sĩ/vạn dân"
    # ("trung tâm y tế của vùng Bắc Trung Bộ", "thấp nhất vùng Tây Nguyên": a complement, no subject)
    r"|(?<![\w])(?<!của )(?<!nhất )(?<!trong )(?<!thuộc )(?<!các tỉnh )(?:vùng|khu vực)\s+(?:đồng bằng sông (?:cửu long|hồng)|đbscl|đbsh|tây nguyên|đông nam bộ"
    r"|trung du (?:và )?miền núi phía bắc|miền núi phía bắc|bắc trung bộ|duyên hải|nam trung bộ|tây bắc|đông bắc"
    r"|miền (?:tây|trung|đông))(?![\w])")
#: Another country, or the world, as the subject ("thấp hơn Singapore (khoảng 25 bác sĩ/vạn dân)", "WHO khuyến nghị
#: tối thiểu 10 bác sĩ/vạn dân"): not a Vietnamese figure.
FOREIGN_SUBJECT = re.compile(
    r"(?<![\w])(?:singapore|malaysia|thái lan|indonesia|philippines|lào(?!\s*cai)|campuchia|trung quốc|nhật bản"
    r"|hàn quốc|hoa kỳ|ấn độ|myanmar|brunei|các nước|(?<!trực tiếp )(?<!đầu tư )(?<!vốn )nước ngoài|thế giới|who|oecd"
    r"|asean)(?![\w])")

#: A count per day, week or month is a rate, not the year's count: "dự kiến mỗi ngày tiếp nhận khoảng 1.200 lượt khám",
#: "bình quân hằng ngày khám cho 3.000 lượt người", "trung bình 450 lượt khám/ngày".
PER_PERIOD_BEFORE = re.compile(r"(?<![\w])(?:mỗi|hằng|hàng|một|mỗi một)\s*(?:ngày|tuần|tháng)(?![\w])(?!\s*(?:#|qua|đầu|cuối))"
                               r"[^.;\d#%]{0,40}$")
PER_PERIOD_AFTER = re.compile(r"[^.;,\d#%]{0,20}?(?:/\s*(?:ngày|tuần|tháng)|(?:mỗi|một|trong một|hằng|hàng)\s*"
                              r"(?:ngày|tuần|tháng))(?![\w])")
#: One facility as the subject of a sentence, named only by its kind (an earlier sentence named it): "Bệnh viện có
#: quy mô 500 giường bệnh", "Theo Giám đốc bệnh viện, đơn vị hiện có ...", "Trung tâm này đang điều trị ...".
FACILITY_SUBJECT = re.compile(
    r"^[\s\"“]*(?:(?:theo|còn|ngoài ra|hiện nay|hiện|năm ####)[^,;.]{0,60},\s*)?"
    r"(?:bệnh viện|trung tâm(?:\s*y tế)?|phòng khám|đơn vị)(?:\s*(?:này|mới|đó|trên))?"
    r"\s*(?:(?:hiện|hiện nay|nay|đã|đang|vừa|sẽ|cũng|được)\s*)*(?:có|đạt|gồm|tiếp nhận|khám|điều trị|được|với)(?![\w])")

#: The size of a survey's sample, not a count of patients or visits: "lấy ý kiến của 6.450 người bệnh nội trú",
#: "khảo sát 1.200 người dân".
SAMPLE_BEFORE = re.compile(r"(?:lấy ý kiến|khảo sát|phỏng vấn|điều tra|thăm dò)(?:\s*(?:của|với|đối với|trên|được))?"
                           r"\s*(?:(?:khoảng|gần|hơn|trên|tổng cộng)\s*)?$")
#: A worked example or a hypothesis, not a figure: "Nói cách khác, 10 bác sĩ/vạn dân tương đương ...", "Giả sử tỉnh đạt
#: 12 bác sĩ/vạn dân thì ...", "Ví dụ, 95% dân số tham gia BHYT nghĩa là ...".
EXAMPLE_BEFORE = re.compile(r"(?<![\w])(?:nói cách khác|ví dụ|chẳng hạn|giả sử|giả định|lấy ví dụ)(?![\w])")
#: A part of the population named as the topic of the clause: "Đối với nhóm học sinh, sinh viên, tỷ lệ tham gia BHYT
#: đạt 99,1%" (the rule's subgroup veto words then apply right after these words).
SUBGROUP_TOPIC = re.compile(r"(?<![\w])(?:đối với|riêng|với|ở|trong|tại)\s+(?:(?:các|những|nhóm|khối|đối tượng)\s+)*")
#: An anaphor naming the indicator of the figure just stated: "; hiện tỷ lệ này của toàn tỉnh mới đạt 91,3%",
#: "chỉ số này năm 2023 là 9,1".
ANAPHOR = re.compile(r"(?<![\w])(?:t[ỷỉ] lệ|chỉ số|con số|mức|chỉ tiêu)\s+(?:này|đó|trên|nói trên)(?![\w])")
