"""Export a set of clippings: PDF reports, coverage figures, CSV and ZIP bundles.

Modules: `selection` (which clippings), `coverage` (counts by day/outlet/theme, shared
with the GUI's dashboard), `report` (the PDF), `charts`, `fonts`, `markup` (text to
reportlab paragraph markup with highlights), `csv` and `bundle`.
"""
