"""Notebook parameters -> validated pages: what the province and overview notebooks display, section by section.

The notebooks stay thin: they set parameters, call :func:`province_page` or :func:`overview_page` once, and
display one method per section. Every number shown comes from data/ through these objects.
"""

from __future__ import annotations

import datetime as dt
import os
import html
import subprocess
from dataclasses import dataclass
from functools import cached_property

import pandas as pd
from IPython.display import HTML, Markdown

from . import REPO_ROOT, __version__
from .dataset import directory_fingerprint, edition_figures
from .errors import VnHealthError
from .i18n import check_lang, t
from .norms import Reference, assess, check_norm_set, load_reference, meets, pick_norm
from .plots import GEO_FILES, choropleth, coverage_heatmap, figure_html, gap_chart, status_heatmap, trend_chart
from .provinces import NATIONAL, Registry, Unit, load_registry
from .report import (_CMP, MAIN_INDICATORS, coverage_matrix, linear_projection, peer_table, trend_series, escape_markdown, format_norm, format_value, headline_sentences,
                     indicator_name, indicator_table, instrument_name, latest_actuals, reported_as, status_counts,
                     status_matrix)

DEFAULT_NORM_SET = "NQ20-2017"
YEAR_RANGE = (1990, 2100)


def validate_year(year) -> int | None:
    """A reference year, or None for "latest available"; anything else raises naming the parameter."""
    if year is None or (isinstance(year, str) and year.strip().lower() in ("", "none", "latest")):
        return None
    try:
        value = int(str(year).strip())
    except ValueError:
        raise VnHealthError(f"parameter year: {year!r} is not a year", "give a year such as 2025, or omit it for the latest") from None
    if not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        raise VnHealthError(f"parameter year: {value} is outside {YEAR_RANGE[0]}–{YEAR_RANGE[1]}", "give a year such as 2025")
    return value


def _table_html(df: pd.DataFrame) -> HTML:
    return HTML('<div class="vnhealth-table">' + df.to_html(index=False, escape=True, border=0, na_rep="—",
                                                             classes="table vnhealth") + "</div>")


def _data_stamp() -> str:
    commit = ""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                                text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    fingerprint = directory_fingerprint(REPO_ROOT / "data")[:12]
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"{when}; data fingerprint {fingerprint}" + (f"; commit {commit}" if commit else "") + f"; vnhealth {__version__}"


@dataclass
class ProvincePage:
    """One 2025 unit's page: figures reported for it or for the provinces merged into it."""

    unit: Unit
    requested: Unit
    norm_set: str
    year: int | None
    lang: str
    registry: Registry
    ref: Reference
    geography: str = "2025"
    indicator: str | None = None

    @cached_property
    def figures(self) -> pd.DataFrame:
        """This unit's figures (of `year` and `indicator` if set), assessed against the norm set."""
        figures = edition_figures(self.geography, self.registry)
        mine = figures[figures.unit_code == self.unit.code]
        if self.indicator:
            mine = mine[mine.indicator == self.indicator]
        if self.year is not None:
            mine = mine[mine.year == self.year]
        return assess(mine.reset_index(drop=True), self.norm_set, self.ref)

    @property
    def instrument(self) -> str:
        return instrument_name(self.norm_set, self.lang, self.ref)

    def title(self) -> str:
        return self.unit.name

    def intro(self) -> Markdown:
        """Which unit, which geography, which norm set, and how old provinces map into the unit."""
        lang = self.lang
        if self.geography == "pre2025":
            successor = self.registry.successor(self.unit)
            if lang == "vi":
                text = (f"**{self.unit.name}** là tỉnh, thành phố theo bản đồ 63 tỉnh có hiệu lực đến ngày 30/6/2025; "
                        f"từ ngày 1/7/2025 thuộc **{successor.name}**. Trang này chỉ trình bày số liệu báo cáo cho "
                        f"chính địa bàn này. Chuẩn so sánh: **{self.instrument}**.")
            else:
                text = (f"**{self.unit.name}** is a province of the 63-province map in force until 30 June 2025; since "
                        f"1 July 2025 it has been part of **{successor.name}**. This page shows only figures reported "
                        f"for this territory. Norm set: **{self.instrument}**.")
            return Markdown(text)
        olds = [u.name for u in self.registry.predecessors(self.unit)]
        reported = sorted(set(self.figures.province) - {self.unit.name}) if len(self.figures) else []
        if lang == "vi":
            lines = [f"**{self.unit.name}** là đơn vị hành chính cấp tỉnh từ ngày 1/7/2025 (Nghị quyết 202/2025/QH15), "
                     f"hợp nhất từ: {', '.join(olds)}. Trang này trình bày theo bản đồ 34 đơn vị năm 2025.",
                     f"Chuẩn so sánh: **{self.instrument}**."]
            if reported:
                lines.append("Số liệu báo cáo dưới tên tỉnh cũ được giữ nguyên tên: " + ", ".join(reported) + ".")
        else:
            lines = [f"**{self.unit.name}** has been a provincial-level unit since 1 July 2025 (Resolution 202/2025/QH15), "
                     f"formed from: {', '.join(olds)}. This page follows the 34-unit map of 2025.",
                     f"Norm set: **{self.instrument}**."]
            if reported:
                lines.append("Figures reported under a pre-2025 province keep that name: " + ", ".join(reported) + ".")
        if self.requested.key != self.unit.key:
            lines.append(("Bạn đã chọn " if lang == "vi" else "You asked for ") + f"{self.requested.name} "
                         + (f"(tỉnh trước 2025), nay thuộc {self.unit.name}." if lang == "vi"
                            else f"(a pre-2025 province), now part of {self.unit.name}."))
        if self.year is not None:
            lines.append((f"Chỉ hiển thị số liệu năm {self.year}." if lang == "vi" else f"Only figures for {self.year} are shown."))
        return Markdown("\n\n".join(lines))

    def headlines(self) -> Markdown:
        """Sentences for the latest actual figure of each indicator and the plans the sources state."""
        f = self.figures
        latest = latest_actuals(f[f.origin != "derived"])
        plans = f[(f.kind == "target") & (f.origin == "source text")]
        chosen = pd.concat([latest, plans]).sort_values(["indicator", "kind"])
        sentences = headline_sentences(chosen, self.lang, self.ref, self.norm_set)
        if not sentences:
            return Markdown(t("no_headline", self.lang, unit=self.unit.name))
        return Markdown("\n".join(f"- {escape_markdown(s)}" for s in sentences))

    def table(self) -> HTML:
        if self.figures.empty:
            return HTML(f"<p>{html.escape(t('no data', self.lang))}</p>")
        return _table_html(indicator_table(self.figures, self.lang, self.ref))

    def chart(self) -> HTML:
        if self.figures.empty:
            return HTML(f"<p>{html.escape(t('no data', self.lang))}</p>")
        names = {i: indicator_name(i, self.lang, self.ref) for i in self.figures.indicator.unique()}
        fig, alt = gap_chart(self.figures, self.unit.name, self.instrument, self.lang, names)
        return HTML(figure_html(fig, alt))

    def provenance(self) -> HTML:
        """Every figure with the exact fragment of its source (escaped: shown, never interpreted)."""
        parts = []
        for r in self.figures.itertuples():
            name = html.escape(indicator_name(r.indicator, self.lang, self.ref))
            value = html.escape(format_value(float(r.value), r.unit, self.lang, r.qualifier))
            year = t("year_not_stated", self.lang) if pd.isna(r.year) else str(r.year)
            note = ""
            flag = r.plausibility_vi if self.lang == "vi" else r.plausibility
            if flag:
                note += f" — <strong>⚠ {html.escape(t('check', self.lang))}</strong>: {html.escape(flag)}"
            if r.review_status == "corrected":
                note += (f" — {t('corrected', self.lang)}: {t('machine', self.lang)} {html.escape(str(r.machine_value))}"
                        f" ({html.escape(str(r.machine_year))}, {html.escape(str(r.machine_indicator))})")
            if r.origin == "source text":
                evidence = f"<blockquote lang='vi'>{html.escape(r.quote)}</blockquote>"
                how = html.escape(t(r.review_status, self.lang))
            elif r.origin == "reference table":
                evidence = f"<blockquote>{html.escape(r.citation)}{' — ' + html.escape(r.note) if r.note else ''}</blockquote>"
                how = html.escape(t("reference_table", self.lang))
            else:
                evidence = f"<blockquote>{html.escape(r.note_vi if self.lang == 'vi' else r.note)}</blockquote>"
                how = html.escape(t("derived", self.lang))
            parts.append(
                f"<div class='vnhealth-provenance'><p><strong>{name}</strong>: {value} ({html.escape(year)}, "
                f"{html.escape(t(r.kind, self.lang))}) — {html.escape(reported_as(r, self.lang))} — "
                f"<code>{html.escape(r.source)}</code>, {t('figure_id', self.lang).lower()} <code>{r.figure_id}</code>, "
                f"{how}{note}</p>{evidence}</div>"
            )
        return HTML("\n".join(parts) or f"<p>{html.escape(t('no data', self.lang))}</p>")

    def trends(self) -> HTML:
        """Series of two or more years: chart with national series, norm and a labelled linear projection."""
        series = trend_series(self.figures)
        if not series:
            return HTML(f"<p>{html.escape(t('no_trend', self.lang))}</p>")
        sentences, projections = [], {}
        national = self.ref.national[self.ref.national.preferred]
        for place, indicator, group in series:
            name = indicator_name(indicator, self.lang, self.ref)
            years, values = [int(y) for y in group.year], [float(v) for v in group.value]
            norm = pick_norm(self.ref.norms, self.norm_set, indicator, years[-1])
            unit = group.unit.iloc[0]
            common = dict(place=place, indicator=name[0].lower() + name[1:], first=format_value(values[0], unit, self.lang),
                          last=format_value(values[-1], unit, self.lang), y0=years[0], y1=years[-1], n=len(years),
                          instrument=self.instrument)
            if norm is None:
                sentences.append(t("trend_no_norm", self.lang, **common))
                continue
            projected = linear_projection(years, values, int(norm.target_year))
            projections[(place, indicator)] = (int(norm.target_year), projected, float(norm.target), norm.comparator)
            verdict = t("on_track" if meets(projected, norm.comparator, float(norm.target)) else "off_track", self.lang)
            sentences.append(t("trend_sentence", self.lang, projected=format_value(projected, unit, self.lang),
                               target_year=int(norm.target_year), verdict=verdict, comparator=_CMP[norm.comparator],
                               target=format_value(float(norm.target), unit, self.lang), **common))
        names = {i: indicator_name(i, self.lang, self.ref) for _, i, _ in series}
        fig, alt = trend_chart(series, national, projections, names, self.unit.name, self.instrument, self.lang)
        text = "".join(f"<p>{html.escape(s)}</p>" for s in sentences)
        return HTML(text + figure_html(fig, alt))

    def peers(self) -> HTML:
        """The unit against the other units of its region that have a figure for the same year."""
        table = self.registry.units_2025 if self.geography == "2025" else self.registry.provinces_pre2025
        region = table.set_index("code").loc[self.unit.code, "region_id"]
        region_units = list(table[table.region_id == region].code)
        everything = assess(edition_figures(self.geography, self.registry), self.norm_set, self.ref)
        table = peer_table(everything, self.unit.code, region_units, self.lang, self.ref)
        region_name = self.registry.regions.set_index("region_id").loc[region, "name_vi" if self.lang == "vi" else "name_en"]
        head = (f"<p>{html.escape(('Vùng: ' if self.lang == 'vi' else 'Region: ') + region_name)}. "
                + html.escape("Thứ hạng chỉ tính giữa các đơn vị có số liệu cùng năm." if self.lang == "vi"
                              else "Ranks count only units with a figure for the same year.") + "</p>")
        if table.empty:
            return HTML(head + f"<p>{html.escape(t('no data', self.lang))}</p>")
        return HTML(head + _table_html(table).data)

    def footer(self) -> Markdown:
        return Markdown(("Dựng lúc " if self.lang == "vi" else "Built ") + escape_markdown(_data_stamp()) + ".")


def resolve_unit(province, registry: Registry | None = None, geography: str = "2025") -> tuple[Unit, Unit]:
    """(requested unit, the unit whose page shows it) for a name, alias or code, old or new.

    On the 2025 map a pre-2025 province leads to its successor's page; on the pre-2025 map a name resolves to
    the old province, and a merged 2025 unit is refused with the provinces it was formed from.
    """
    registry = registry or load_registry()
    if province is None or str(province).strip() == "":
        raise VnHealthError("parameter province is empty", "give a province or city name, alias or code, e.g. \"Vĩnh Long\"")
    if geography == "2025":
        requested = registry.resolve(str(province))
        return requested, registry.successor(requested)
    if geography != "pre2025":
        raise VnHealthError(f"parameter geography: unknown value {geography!r}", "use 2025 (34 units) or pre2025 (63 provinces)")
    requested = _resolve_pre2025(str(province), registry)
    return requested, requested


def _resolve_pre2025(name: str, registry: Registry) -> Unit:
    try:
        return registry.resolve(name, "pre2025")
    except VnHealthError:
        unit = registry.resolve(name)  # raises naming the province when it is unknown everywhere
        olds = ", ".join(u.name for u in registry.predecessors(unit))
        raise VnHealthError(f"parameter province: {unit.name} is a 2025 unit, not on the pre-2025 map",
                            f"it was formed from: {olds}; or build with --geography 2025") from None


def validate_indicator(indicator, ref: Reference) -> str | None:
    """An indicator id to focus on, or None for all; an unknown id raises naming it and listing the known ones."""
    if indicator is None or str(indicator).strip() in ("", "None"):
        return None
    known = list(ref.indicators.id) + list(ref.other_indicators.id)
    if indicator not in known:
        raise VnHealthError(f"parameter indicator: unknown indicator {indicator!r}",
                            f"use one of: {', '.join(ref.indicators.id)} (see data/reference/indicators.csv)")
    return indicator


def province_page(province="Vĩnh Long", norm_set: str = DEFAULT_NORM_SET, year=None, lang: str = "en",
                  geography: str = "2025", indicator: str | None = None) -> ProvincePage:
    """Validate the notebook's parameters and build the page (raises VnHealthError naming a bad parameter)."""
    registry, ref = load_registry(), load_reference()
    check_lang(lang)
    check_norm_set(norm_set, ref)
    year = validate_year(year)
    indicator = validate_indicator(indicator, ref)
    requested, unit = resolve_unit(province, registry, geography)
    # Fault injection for the build's failure-isolation tests: VNHEALTH_FAIL_UNITS="96,92" makes these fail.
    if str(unit.code) in os.environ.get("VNHEALTH_FAIL_UNITS", "").split(","):
        raise RuntimeError(f"deliberate failure for {unit.name} (VNHEALTH_FAIL_UNITS)")
    return ProvincePage(unit, requested, norm_set, year, lang, registry, ref, geography, indicator)


@dataclass
class OverviewPage:
    """The book's front page: every unit with data, status heatmap and coverage matrix."""

    norm_set: str
    lang: str
    registry: Registry
    ref: Reference
    geography: str = "2025"

    @cached_property
    def figures(self) -> pd.DataFrame:
        return assess(edition_figures(self.geography, self.registry), self.norm_set, self.ref)

    @property
    def provincial(self) -> pd.DataFrame:
        return self.figures[self.figures.unit_name != NATIONAL]

    @property
    def units(self) -> list[str]:
        codes = sorted(int(c) for c in self.provincial.unit_code.dropna().unique())
        return [self.registry.unit(self.geography, c).name for c in codes]

    @property
    def instrument(self) -> str:
        return instrument_name(self.norm_set, self.lang, self.ref)

    def intro(self) -> Markdown:
        f = self.figures
        n_sources = f.source.nunique()
        if self.geography == "pre2025":
            text = (f"**vnhealth** đối chiếu các chỉ tiêu y tế mà các tỉnh, thành công bố với chuẩn quốc gia. Ấn bản "
                    f"này theo **bản đồ 63 tỉnh** có hiệu lực đến ngày 30/6/2025: {len(f)} số liệu từ {n_sources} nguồn "
                    f"cho {len(self.units)} tỉnh; số liệu về các đơn vị sáp nhập từ ngày 1/7/2025 không thể chia lại "
                    f"cho tỉnh cũ nên không có ở đây. Chuẩn so sánh: **{self.instrument}**. Dựng lúc "
                    f"{escape_markdown(_data_stamp())}.") if self.lang == "vi" else (
                    f"**vnhealth** lines up the health figures that Vietnam's provinces publish against the national "
                    f"norms. This edition follows the **63-province map** in force until 30 June 2025: {len(f)} figures "
                    f"from {n_sources} sources for {len(self.units)} provinces; figures about units merged on 1 July "
                    f"2025 cannot be split back into old provinces and are left out. Norm set: **{self.instrument}**. "
                    f"Built {escape_markdown(_data_stamp())}.")
        elif self.lang == "vi":
            text = (f"**vnhealth** đối chiếu các chỉ tiêu y tế mà các tỉnh, thành công bố với chuẩn quốc gia. "
                    f"Sách này trình bày {len(f)} số liệu trích từ {n_sources} nguồn cho {len(self.units)} đơn vị "
                    f"(theo bản đồ 34 đơn vị từ ngày 1/7/2025; số liệu của tỉnh cũ được xếp vào đơn vị kế thừa và "
                    f"giữ tên như khi báo cáo). Chuẩn so sánh: **{self.instrument}** "
                    f"({escape_markdown(self._norm_title())}). Dựng lúc {escape_markdown(_data_stamp())}.")
        else:
            text = (f"**vnhealth** lines up the health figures that Vietnam's provinces publish against the national "
                    f"norms. This edition holds {len(f)} figures read from {n_sources} sources for {len(self.units)} "
                    f"units, organised by the 34 provincial-level units in force since 1 July 2025 (a figure reported "
                    f"for a pre-2025 province appears under its successor, named as reported). Norm set: "
                    f"**{self.instrument}** ({escape_markdown(self._norm_title())}). Built {escape_markdown(_data_stamp())}.")
        return Markdown(text)

    def _norm_title(self) -> str:
        row = self.ref.norm_sets[self.ref.norm_sets.norm_set == self.norm_set].iloc[0]
        title = row.title_vi if self.lang == "vi" and isinstance(row.title_vi, str) and row.title_vi else row.title_en
        return str(title)

    def units_table(self) -> HTML:
        """Every unit with data: latest actual value of each indicator, its year, the norm and the status."""
        latest = latest_actuals(self.provincial)
        lang = self.lang
        rows = []
        for r in latest.sort_values(["unit_code", "indicator"]).itertuples():
            rows.append({
                t("unit_col", lang): r.unit_name,
                t("reported_as", lang): r.province,
                t("indicator", lang): indicator_name(r.indicator, lang, self.ref),
                t("value", lang): format_value(float(r.value), r.unit, lang, r.qualifier),
                t("year", lang): t("year_not_stated", lang) if pd.isna(r.year) else str(r.year),
                t("norm", lang): format_norm(r, lang),
                t("status", lang): t(r.status, lang),
            })
        return _table_html(pd.DataFrame(rows))

    def _column_names(self) -> dict[str, str]:
        return {i: indicator_name(i, self.lang, self.ref) for i in MAIN_INDICATORS}

    def status_heatmap(self) -> HTML:
        matrix = status_matrix(self.provincial, self.units)
        latest = latest_actuals(self.provincial)
        years = sorted({str(y) for y in latest.year.dropna()})
        years_text = f"{years[0]}–{years[-1]}" if len(years) > 1 else (years[0] if years else "—")
        fig, alt = status_heatmap(matrix, self._column_names(), self.instrument, years_text, self.lang)
        return HTML(figure_html(fig, alt))

    def status_summary(self) -> Markdown:
        counts = status_counts(status_matrix(self.provincial, self.units))
        return Markdown(", ".join(f"{t(k, self.lang)}: {v}" for k, v in counts.items()))

    def maps(self, geography: str = "2025",
             indicators=("doctors_per_10k", "beds_per_10k", "insurance_coverage_pct", "immunisation_full_u1_pct")) -> HTML:
        """Choropleths of the latest actual figure per unit on one map. On the 2025 map a merged unit is
        coloured only by figures about its whole territory (reported for it, re-based, or for an unchanged
        province); figures of the pre-2025 provinces go on the 63-province map."""
        import json

        from . import DATA_DIR

        if self.geography == "pre2025" and geography == "2025":
            return HTML("")  # the pre-2025 edition draws the 63-province map only
        geo = json.loads((DATA_DIR / "geo" / GEO_FILES[geography]).read_text(encoding="utf-8"))
        f = self.provincial[(self.provincial.kind == "actual") & self.provincial.year.notna()]
        if self.geography == "pre2025":
            f, key = f, "unit_code"
        elif geography == "2025":
            whole = f.geography.eq("2025") | f.unit_code.map(lambda c: len(self.registry.predecessors(self.registry.unit("2025", int(c)))) == 1)
            f, key = f[whole], "unit_code"
        else:
            f, key = f[f.geography == "pre2025"], "province_code"
        parts = []
        for indicator in indicators:
            latest = f[f.indicator == indicator].sort_values("year").groupby(key).tail(1)
            values = {int(k): float(v) for k, v in zip(latest[key], latest.value)}
            features = []
            for feature in geo["features"]:
                unit = self.registry.resolve(feature["properties"]["ten_tinh"], geography)
                features.append((feature["geometry"], values.get(unit.code)))
            norm = pick_norm(self.ref.norms, self.norm_set, indicator, int(latest.year.max()) if len(latest) else 2025)
            years = sorted({int(y) for y in latest.year})
            years_text = t("map_years", self.lang, years=(f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]))) \
                if years else t("no data", self.lang)
            name = indicator_name(indicator, self.lang, self.ref)
            unit = self.ref.indicators.set_index("id").loc[indicator, "unit"]
            fig, alt = choropleth(
                features, t("map_title", self.lang, indicator=name, map=t(f"map_{geography}", self.lang)),
                t(f"unit_{unit}", self.lang), None if norm is None else float(norm.target),
                "" if norm is None else t("norm_on_scale", self.lang, value=f"{_CMP[norm.comparator]} {format_value(float(norm.target), unit, self.lang)} ({norm.target_year})"),
                years_text, self.lang)
            parts.append(figure_html(fig, alt))
        return HTML('<div class="vnhealth-maps">' + "".join(parts) + "</div>")

    def coverage(self) -> HTML:
        matrix = coverage_matrix(self.provincial, self.units)
        fig, alt = coverage_heatmap(matrix, self._column_names(), self.lang)
        return HTML(figure_html(fig, alt))


def overview_page(norm_set: str = DEFAULT_NORM_SET, lang: str = "en", geography: str = "2025") -> OverviewPage:
    """Validate the overview's parameters and build it."""
    ref = load_reference()
    check_lang(lang)
    check_norm_set(norm_set, ref)
    if geography not in ("2025", "pre2025"):
        raise VnHealthError(f"parameter geography: unknown value {geography!r}", "use 2025 (34 units) or pre2025 (63 provinces)")
    return OverviewPage(norm_set, lang, load_registry(), ref, geography)
