"""Trends section: the published series (coca area of Peru and the VRAEM, eradication, VRAEM share) with
the current analysis drawn against it — the Areas & yield total and a checked claim's area.

The chart is plugin/core/trends.py's, drawn into matplotlib's Qt canvas. matplotlib is optional: without it
the section says so in one line and the rest of the dock works. The chart's artists are rebuilt whenever a
result it shows changes; the canvas paints them only when it is on screen."""

from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout

from ...core import trends
from ...i18n import tr
from .base import Section

try:  # backend_qtagg follows the Qt binding already imported (PyQt5 under QGIS 3, PyQt6 under QGIS 4)
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
except ImportError:  # pragma: no cover - exercised by a test in a process without matplotlib
    FigureCanvasQTAgg = None


class TrendsSection(Section):
    def __init__(self, context, areas, claim, parent=None):
        super().__init__(context, tr("Trends"), "VraemTrendsGroup", parent, collapsed=True)
        self.areas = areas
        self.claim = claim
        self.canvas = None
        layout = QVBoxLayout(self)
        if FigureCanvasQTAgg is None or not trends.available():
            self.message = QLabel(trends.unavailable_message(), self)
            self.message.setObjectName("VraemTrendsUnavailable")
            self.message.setWordWrap(True)
            layout.addWidget(self.message)
            return
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure(figsize=(5.0, 6.6), dpi=90))
        self.canvas.setParent(self)
        self.canvas.setObjectName("VraemTrendsCanvas")
        self.canvas.setMinimumHeight(560)
        layout.addWidget(self.canvas)
        areas.result_changed.connect(self.refresh)
        claim.result_changed.connect(self.refresh)
        self.refresh()

    def current_figures(self):
        """The current analysis as CurrentFigures: the Areas & yield total, a checked claim's area."""
        current = []
        summary, _estimate = self.areas.estimate()
        if summary is not None:
            current.append(trends.CurrentFigure(tr("Areas & yield"), summary.total_ha))
        check = self.claim.last_check
        if check is not None:
            current.append(trends.CurrentFigure(tr("Claim check"), check.hectares, check.year))
        return current

    def refresh(self):
        if self.context.closed:
            return
        figure = self.canvas.figure
        area_axes, _share_axes = trends.draw_trends(figure, current=self.current_figures())
        # The dock is narrow: the title goes to the top of the figure and the legend between it and the
        # chart, so neither covers the lines; the break's note wraps within the panel.
        figure.suptitle(area_axes.get_title(), fontsize=10, y=0.99)
        area_axes.set_title("")
        area_axes.legend(loc="lower left", bbox_to_anchor=(0.0, 1.01), ncol=2, fontsize=7, frameon=False)
        for text in area_axes.texts:
            text.set_wrap(True)
        figure.subplots_adjust(left=0.14, right=0.97, top=0.81, bottom=0.15)
        self.canvas.draw_idle()
