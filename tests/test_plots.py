"""Charts never draw missing data as zero, and carry title, units, years and a source line."""

import matplotlib.colors as mcolors
import pandas as pd

from vnhealth.plots import choropleth, coverage_heatmap, status_heatmap

SQUARE = {"type": "Polygon", "coordinates": [[[105, 10], [106, 10], [106, 11], [105, 11], [105, 10]]]}
OTHER = {"type": "Polygon", "coordinates": [[[107, 12], [108, 12], [108, 13], [107, 13], [107, 12]]]}


def test_map_hatches_a_unit_without_data_instead_of_colouring_it_as_zero():
    fig, alt = choropleth([(SQUARE, 12.0), (OTHER, None)], "Doctors", "per 10,000", 10.0, "norm ≥ 10", "2025")
    ax = fig.axes[0]
    no_data, with_data = ax.collections[0], ax.collections[1]
    assert mcolors.to_hex(no_data.get_facecolor()[0]) == "#eeeeee" and no_data.get_hatch() == "////"
    assert len(with_data.get_paths()) == 1  # only the unit with a figure is coloured
    assert "1 with a figure" in alt and "hatched as no data" in alt
    texts = " ".join(t.get_text() for t in fig.texts)
    assert "Source" in texts and "CC BY-SA 4.0" in texts


def test_heatmaps_mark_missing_cells_no_data():
    matrix = pd.DataFrame({"doctors_per_10k": ["met", "no data"]}, index=["Vĩnh Long", "Cà Mau"])
    fig, alt = status_heatmap(matrix, {"doctors_per_10k": "Doctors"}, "Resolution 20-NQ/TW", "2025")
    assert "1 no data" in alt and "1 met" in alt
    assert "2025" in fig.axes[0].get_title(loc="left")
    coverage = pd.DataFrame({"doctors_per_10k": ["2025", ""]}, index=["Vĩnh Long", "Cà Mau"])
    fig, alt = coverage_heatmap(coverage, {"doctors_per_10k": "Doctors"})
    assert "1 cells have data" in alt
    assert "no data" in fig.axes[0].get_title(loc="left")
