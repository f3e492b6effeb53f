"""Write the notebook templates in notebooks/ (thin: parameters, one call into vnhealth, one call per section).

Run after editing this file: ``python tools/make_notebooks.py``. The templates are committed without outputs.
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parents[1] / "notebooks"


def code(source, *tags):
    cell = new_code_cell(source)
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def province():
    return new_notebook(cells=[
        new_markdown_cell("# Province report\n\nOne provincial-level unit against the national norms. "
                          "Run with papermill: `papermill notebooks/province.ipynb out.ipynb -p province \"Cà Mau\"`."),
        code('from typing import Optional\n\n'
             'province: str = "Vĩnh Long"  # unit name, alias or code, old or new ("Hậu Giang", "TP.HCM", "92")\n'
             'norm_set: str = "NQ20-2017"  # norm set id from data/reference/norm_sets.csv\n'
             'year: Optional[int] = None  # reference year, e.g. 2025; None shows every year\n'
             'lang: str = "en"  # language of the page: en or vi\n'
             'geography: str = "2025"  # map: 2025 (34 units) or pre2025 (63 provinces)\n'
             'indicator: Optional[str] = None  # show one indicator id only, e.g. doctors_per_10k; None shows all',
             "parameters", "remove-cell"),
        code("from vnhealth.analysis import province_page\n\n"
             "page = province_page(province=province, norm_set=norm_set, year=year, lang=lang, geography=geography,\n"
             "                     indicator=indicator)\n"
             "page.intro()", "remove-input"),
        new_markdown_cell("## Headlines"),
        code("page.headlines()", "remove-input"),
        new_markdown_cell("## Indicators"),
        code("page.table()", "remove-input"),
        new_markdown_cell("## Gap to the norm"),
        code("page.chart()", "remove-input"),
        new_markdown_cell("## Trends"),
        code("page.trends()", "remove-input"),
        new_markdown_cell("## Peers"),
        code("page.peers()", "remove-input"),
        new_markdown_cell("## Provenance\n\nEvery figure above, with the exact fragment of the source it was read from."),
        code("page.provenance()", "remove-input"),
        code("page.footer()", "remove-input"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                 "language_info": {"name": "python"}})


def overview():
    return new_notebook(cells=[
        new_markdown_cell("# Vietnam's provincial health indicators against the national norms"),
        code('norm_set: str = "NQ20-2017"  # norm set id from data/reference/norm_sets.csv\n'
             'lang: str = "en"  # language of the page: en or vi\n'
             'geography: str = "2025"  # map: 2025 (34 units) or pre2025 (63 provinces)', "parameters", "remove-cell"),
        code("from vnhealth.analysis import overview_page\n\n"
             "page = overview_page(norm_set=norm_set, lang=lang, geography=geography)\n"
             "page.intro()", "remove-input"),
        new_markdown_cell("## Every unit with data"),
        code("page.units_table()", "remove-input"),
        new_markdown_cell("## Status against the norm"),
        code("page.status_summary()", "remove-input"),
        code("page.status_heatmap()", "remove-input"),
        new_markdown_cell("## Maps"),
        code("page.maps(\"2025\")", "remove-input"),
        code("page.maps(\"pre2025\")", "remove-input"),
        new_markdown_cell("## Coverage: which indicator, for which year, exists where"),
        code("page.coverage()", "remove-input"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                 "language_info": {"name": "python"}})


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    nbformat.write(province(), HERE / "province.ipynb")
    nbformat.write(overview(), HERE / "overview.ipynb")
    print("wrote", HERE / "province.ipynb", HERE / "overview.ipynb")
