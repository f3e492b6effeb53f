"""Assessed figures -> charts (matplotlib / seaborn), each with a title, units, data years and a source line.

Missing data is never drawn as zero: a unit without a figure is left blank and hatched, and a chart says so.
"""

from __future__ import annotations

import base64
import textwrap
import html
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.colors import ListedColormap  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from .i18n import t  # noqa: E402
from .norms import MET, NO_DATA, NO_NORM, NOT_MET  # noqa: E402
from .numbers import format_number  # noqa: E402

STATUS_COLOURS = {MET: "#1a9850", NOT_MET: "#f46d43", NO_NORM: "#bdbdbd", NO_DATA: "#ffffff"}
NATIONAL_COLOUR = "#4d4d4d"
NORM_COLOUR = "#2166ac"
SOURCE_LINE = {"en": "Source: vnhealth, figures extracted from the sources listed on the Sources page; norms: {norms}.",
               "vi": "Nguồn: vnhealth, số liệu trích từ các nguồn ở trang Nguồn; chuẩn: {norms}."}

sns.set_theme(style="whitegrid", context="notebook", font="DejaVu Sans")


def figure_html(fig: plt.Figure, alt: str) -> str:
    """A chart as an inline PNG ``<img>`` with alt text (works offline, no extra files)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode()
    return (f'<figure class="vnhealth-chart"><img src="data:image/png;base64,{data}" alt="{html.escape(alt)}" '
            f'style="max-width:100%"/></figure>')


def _source_note(fig: plt.Figure, lang: str, norms: str, ax=None) -> None:
    """The source line: under a chart, or (for heatmaps with long rotated labels) beside it, wrapped."""
    text = SOURCE_LINE[lang].format(norms=norms) if norms else SOURCE_LINE[lang].split(";")[0] + "."
    if ax is None:
        fig.text(0.01, -0.05, text, fontsize=8, color="#555555", ha="left", va="top")
    else:
        ax.text(1.01, 0.0, textwrap.fill(text, 34), transform=ax.transAxes, fontsize=7.5, color="#555555",
                ha="left", va="bottom")


def gap_chart(assessed: pd.DataFrame, unit_name: str, instrument: str, lang: str = "en",
              names: dict[str, str] | None = None) -> tuple[plt.Figure, str]:
    """Small multiples, one panel per indicator: the unit's figures (by year), the norm and the national value.

    Returns the figure and its alt text.
    """
    names = names or {}
    panels = [(ind, g) for ind, g in assessed.groupby("indicator", sort=False)]
    comparable = lambda g: g.norm_target.notna().any() or g.national_value.notna().any()  # noqa: E731
    panels.sort(key=lambda p: (not comparable(p[1]), p[0].startswith("other:"), p[0]))
    if any(comparable(g) for _, g in panels):
        panels = [p for p in panels if comparable(p[1])]  # figures with nothing to compare stay in the table
    panels = panels[:10]
    fig, axes = plt.subplots(len(panels), 1, figsize=(8.5, 1.3 * len(panels) + 1.3), squeeze=False)
    alt_parts = []
    for ax, (indicator, group) in zip(axes[:, 0], panels):
        unit = group.unit.iloc[0]
        suffix = "%" if unit == "pct" else ""
        xs = []
        norms: dict[float, set] = {}  # one line per target value, labelled with every year it applies to
        for i, r in enumerate(group.sort_values("value").itertuples()):
            year = t("year_not_stated", lang) if pd.isna(r.year) else str(r.year)
            colour = STATUS_COLOURS[r.status] if r.status in (MET, NOT_MET) else "#636363"
            face = colour if r.kind == "actual" else "white"
            ax.scatter([r.value], [0], s=90, color=face, edgecolor=colour, linewidth=2, zorder=3)
            place = "" if r.province == unit_name else f"{r.province} "  # figures of an old province say so
            label = f"{place}{format_number(r.value, lang)}{suffix} ({year})"
            # neighbours alternate above and below the axis so that close values do not print over each other
            ax.annotate(label, (r.value, 0), xytext=(0, 9 if i % 2 == 0 else -24), textcoords="offset points",
                        ha="center", fontsize=8)
            xs.append(float(r.value))
            alt_parts.append(f"{names.get(indicator, indicator)} {label}")
            if not pd.isna(r.norm_target):
                norms.setdefault(float(r.norm_target), set()).add(int(r.norm_year))
            if not pd.isna(r.national_value):
                # the diamond is explained by the legend ("national, same year"); no label to collide with others
                ax.scatter([r.national_value], [0], marker="D", s=45, color=NATIONAL_COLOUR, zorder=3)
                xs.append(float(r.national_value))
        for target, years in norms.items():
            ax.axvline(target, color=NORM_COLOUR, linestyle="--", linewidth=1.2, zorder=2)
            ax.annotate(f"{t('norm', lang)} {', '.join(map(str, sorted(years)))}: {format_number(target, lang)}{suffix}",
                        (target, 0), xytext=(3, -14), textcoords="offset points", fontsize=7.5, color=NORM_COLOUR)
            xs.append(target)
        lo, hi = min(xs), max(xs)
        pad = (hi - lo) * 0.25 or max(abs(hi) * 0.15, 1)
        left, right = lo - pad, hi + pad
        if unit == "pct":  # a share cannot leave 0-100: keep the axis honest
            left, right = max(0.0, left), min(102.0, right)
        ax.set_xlim(left, right)
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: format_number(v, lang, 1 if abs(v) < 100 else 0)))
        ax.set_ylim(-1, 1)
        ax.set_yticks([])
        ax.set_title(f"{names.get(indicator, indicator)} ({t('unit_' + unit, lang)})", fontsize=9, loc="left")
        ax.tick_params(axis="x", labelsize=8)
    fig.suptitle(f"{unit_name}: {'số liệu so với chuẩn' if lang == 'vi' else 'figures against the norm'} ({instrument})",
                 fontsize=11, x=0.01, y=0.995, ha="left")
    legend = [Patch(color=STATUS_COLOURS[MET], label=t(MET, lang)), Patch(color=STATUS_COLOURS[NOT_MET], label=t(NOT_MET, lang)),
              Patch(color="#636363", label=t(NO_NORM, lang)),
              plt.Line2D([], [], color=NORM_COLOUR, linestyle="--", label=f"{t('norm', lang)} ({instrument})"),
              plt.Line2D([], [], color=NATIONAL_COLOUR, marker="D", linestyle="", label=t("national", lang)),
              plt.Line2D([], [], color="#636363", marker="o", markerfacecolor="white", linestyle="", label=t("target", lang))]
    fig.tight_layout(rect=(0, 0.04, 1, 0.95))
    fig.legend(handles=legend, loc="lower center", fontsize=7.5, ncol=6, frameon=False, bbox_to_anchor=(0.5, -0.02))
    _source_note(fig, lang, instrument)
    alt = (f"{unit_name}: " + "; ".join(alt_parts)) if alt_parts else unit_name
    return fig, alt


def status_heatmap(matrix: pd.DataFrame, column_names: dict[str, str], instrument: str, years: str,
                   lang: str = "en") -> tuple[plt.Figure, str]:
    """Unit x indicator, coloured met / not met / no norm / no data (blank and hatched, never zero)."""
    order = [MET, NOT_MET, NO_NORM, NO_DATA]
    codes = matrix.replace({s: i for i, s in enumerate(order)}).astype(float)
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(matrix) + 3.2))
    cmap = ListedColormap([STATUS_COLOURS[s] for s in order])
    sns.heatmap(codes, cmap=cmap, vmin=-0.5, vmax=3.5, cbar=False, linewidths=0.6, linecolor="#dddddd", ax=ax,
                xticklabels=[column_names.get(c, c) for c in matrix.columns], yticklabels=list(matrix.index))
    for i, unit in enumerate(matrix.index):
        for j, col in enumerate(matrix.columns):
            if matrix.iloc[i, j] == NO_DATA:
                ax.add_patch(plt.Rectangle((j, i), 1, 1, fill=False, hatch="///", edgecolor="#cccccc", linewidth=0))
    ax.set_xlabel("")
    ax.set_ylabel("")
    plt.setp(ax.get_xticklabels(), rotation=35, ha="right", fontsize=8)
    ax.set_title(("Trạng thái so với chuẩn" if lang == "vi" else "Status against the norm")
                 + f" — {instrument} ({t('latest', lang)}: {years})", fontsize=11, loc="left")
    handles = [Patch(facecolor=STATUS_COLOURS[s], edgecolor="#999999", hatch="///" if s == NO_DATA else None,
                     label=t(s, lang)) for s in order]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.grid(False)
    _source_note(fig, lang, instrument, ax)
    counts = {s: int((matrix == s).to_numpy().sum()) for s in order}
    alt = ((f"Bản đồ nhiệt {len(matrix)} đơn vị × {len(matrix.columns)} chỉ tiêu: " if lang == "vi" else
            f"Heatmap of {len(matrix)} units by {len(matrix.columns)} indicators: ")
           + ", ".join(f"{n} {t(s, lang)}" for s, n in counts.items()))
    return fig, alt


def coverage_heatmap(matrix: pd.DataFrame, column_names: dict[str, str], lang: str = "en") -> tuple[plt.Figure, str]:
    """Unit x indicator: how many years of actual figures exist, annotated with the years; blank = none."""
    counts = matrix.map(lambda s: len(s.split(", ")) if s else float("nan"))
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(matrix) + 3.2))
    sns.heatmap(counts, mask=counts.isna(), cmap="Blues", vmin=0, vmax=max(3, counts.max().max() if counts.notna().any().any() else 3),
                annot=matrix.to_numpy(), fmt="", cbar=False, linewidths=0.6, linecolor="#dddddd", ax=ax,
                annot_kws={"fontsize": 7.5, "color": "#08306b"},
                xticklabels=[column_names.get(c, c) for c in matrix.columns], yticklabels=list(matrix.index))
    for i in range(len(matrix.index)):
        for j in range(len(matrix.columns)):
            if not matrix.iloc[i, j]:
                ax.add_patch(plt.Rectangle((j, i), 1, 1, fill=False, hatch="///", edgecolor="#dddddd", linewidth=0))
    ax.set_xlabel("")
    ax.set_ylabel("")
    plt.setp(ax.get_xticklabels(), rotation=35, ha="right", fontsize=8)
    ax.set_title("Năm có số liệu thực hiện (gạch chéo: không có số liệu; ?: không nêu năm)" if lang == "vi"
                 else "Years with an actual figure (hatched: no data; ?: year not stated)", fontsize=11, loc="left")
    ax.grid(False)
    _source_note(fig, lang, "", ax)
    filled = int((matrix != "").to_numpy().sum())
    alt = (f"Ma trận độ phủ {len(matrix)} đơn vị × {len(matrix.columns)} chỉ tiêu: {filled} ô có số liệu" if lang == "vi"
           else f"Coverage matrix of {len(matrix)} units by {len(matrix.columns)} indicators: {filled} cells have data")
    return fig, alt


# --- maps ------------------------------------------------------------------------------------------------
GEO_FILES = {"2025": "provinces-34-2025.geojson", "pre2025": "provinces-63-pre2025.geojson"}
ATTRIBUTION = "Boundaries: Open Development Vietnam (CC BY-SA 4.0) via TaliaCao/Vietnam-Shape-Map"
#: label positions of the archipelagos (longitude, latitude), shown because the boundary files include them
ARCHIPELAGOS = {"en": [(111.9, 16.9, "Hoàng Sa archipelago"), (114.0, 9.2, "Trường Sa archipelago")],
                "vi": [(111.9, 16.9, "Quần đảo Hoàng Sa"), (114.0, 9.2, "Quần đảo Trường Sa")]}


def _rings(geometry: dict):
    if geometry["type"] == "Polygon":
        yield from geometry["coordinates"][:1]
    elif geometry["type"] == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield polygon[0]


def choropleth(features: list[tuple[dict, float | None]], title: str, unit_label: str, norm: float | None,
               norm_label: str, years_note: str, lang: str = "en", cmap: str = "YlGnBu") -> tuple[plt.Figure, str]:
    """A map of units coloured by value; units with no figure are hatched grey, never coloured as zero.

    `features` pairs each GeoJSON feature's geometry with its value (None = no data).
    """
    from matplotlib.collections import PatchCollection
    from matplotlib.colors import Normalize
    from matplotlib.patches import Polygon

    values = [v for _, v in features if v is not None]
    fig, ax = plt.subplots(figsize=(6.2, 8.2))
    lo, hi = (min(values + ([norm] if norm else [])), max(values + ([norm] if norm else []))) if values else (0, 1)
    if lo == hi:
        lo, hi = lo - max(abs(lo) * 0.05, 1), hi + max(abs(hi) * 0.05, 1)
    if "%" in unit_label:  # a share stays within 0-100 on the scale too
        lo, hi = max(0.0, lo), min(100.0, hi)
    norm_scale = Normalize(vmin=lo, vmax=hi)
    colormap = plt.get_cmap(cmap)
    with_data, without = [], []
    for geometry, value in features:
        for ring in _rings(geometry):
            patch = Polygon(ring, closed=True)
            (with_data if value is not None else without).append((patch, value))
    if without:
        ax.add_collection(PatchCollection([p for p, _ in without], facecolor="#eeeeee", edgecolor="#bbbbbb",
                                          hatch="////", linewidth=0.3))
    if with_data:
        ax.add_collection(PatchCollection([p for p, _ in with_data], facecolor=[colormap(norm_scale(v)) for _, v in with_data],
                                          edgecolor="#555555", linewidth=0.3))
    ax.autoscale_view()
    ax.set_aspect(1.04)
    ax.set_axis_off()
    for x, y, text in ARCHIPELAGOS[lang]:
        ax.annotate(text, (x, y), fontsize=6.5, color="#555555", ha="center")
    ax.set_title(title, fontsize=10, loc="left")
    sm = plt.cm.ScalarMappable(norm=norm_scale, cmap=colormap)
    cbar = fig.colorbar(sm, ax=ax, orientation="horizontal", fraction=0.035, pad=0.02)
    cbar.set_label(unit_label, fontsize=8)
    if norm is not None:
        cbar.ax.axvline(norm, color="#b2182b", linewidth=2)
        cbar.ax.annotate(norm_label, (norm, 1.2), xycoords=("data", "axes fraction"), fontsize=7, color="#b2182b",
                         ha="center")
    handles = [Patch(facecolor="#eeeeee", edgecolor="#bbbbbb", hatch="////", label=t(NO_DATA, lang))]
    ax.legend(handles=handles, loc="lower left", fontsize=7.5, frameon=False)
    fig.text(0.01, 0.005, f"{years_note}\n{SOURCE_LINE[lang].split(';')[0]}.\n{ATTRIBUTION}", fontsize=6.5,
             color="#555555", va="bottom")
    n = len({id(g) for g, v in features if v is not None})
    alt = (f"{title}: bản đồ {len(features)} đơn vị, {n} đơn vị có số liệu ({years_note}); các đơn vị khác gạch chéo là không có số liệu"
           if lang == "vi" else
           f"{title}: map of {len(features)} units, {n} with a figure ({years_note}); the others are hatched as no data")
    return fig, alt


def trend_chart(series: list[tuple[str, str, pd.DataFrame]], national: pd.DataFrame, projections: dict,
                names: dict[str, str], unit_name: str, instrument: str, lang: str = "en") -> tuple[plt.Figure, str]:
    """One panel per series: the unit's values by year, the national series, the norm targets and a plainly
    labelled linear projection to the target year (dotted)."""
    fig, axes = plt.subplots(len(series), 1, figsize=(10, 2.4 * len(series) + 0.8), squeeze=False)
    alt = []
    for ax, (place, indicator, group) in zip(axes[:, 0], series):
        unit = group.unit.iloc[0]
        years = [int(y) for y in group.year]
        ax.plot(years, group.value, marker="o", color="#2166ac", label=place)
        nat = national[national.indicator == indicator].sort_values("year")
        if len(nat):
            ax.plot(nat.year, nat.value, marker="D", color=NATIONAL_COLOUR, linestyle="-", linewidth=1,
                    label=t("national", lang).split(" (")[0])
        projection = projections.get((place, indicator))
        if projection:
            target_year, projected, target, comparator = projection
            ax.plot([years[-1], target_year], [group.value.iloc[-1], projected], linestyle=":", color="#2166ac",
                    label=f"{t('projection', lang)} ({len(years)} points)" if lang == "en" else f"{t('projection', lang)} ({len(years)} điểm)")
            ax.hlines(target, target_year - 0.35, target_year + 0.35, color="#b2182b", linewidth=3, zorder=3,
                      label=f"{t('norm', lang)} {target_year} ({instrument}): {format_number(target, lang)}")
        ax.set_title(f"{names.get(indicator, indicator)} — {place} ({t('unit_' + unit, lang)})", fontsize=9, loc="left")
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        alt.append(f"{names.get(indicator, indicator)} {place}: " + ", ".join(
            f"{y} {format_number(v, lang)}" for y, v in zip(years, group.value)))
    fig.suptitle(f"{unit_name}: {'xu hướng' if lang == 'vi' else 'trends'}", fontsize=11, x=0.01, ha="left")
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    _source_note(fig, lang, instrument)
    return fig, "; ".join(alt)
