"""The 'vraem' Processing provider: every computation of the plugin as an algorithm."""

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import RESOURCES_DIR


def all_algorithms():
    """One instance of each algorithm; each group (a package, one module per algorithm) lists its own in ALGORITHMS."""
    from . import air, analysis, layers, reports

    classes = layers.ALGORITHMS + analysis.ALGORITHMS + reports.ALGORITHMS + air.ALGORITHMS
    return [cls() for cls in classes]


class VraemProvider(QgsProcessingProvider):
    def id(self):
        return "vraem"

    def name(self):
        return tr("VRAEM Analyst")

    def longName(self):
        return tr("VRAEM Analyst: zone, areas, potential yield, buffer overlaps, air picture and reports")

    def icon(self):
        return QIcon(os.path.join(RESOURCES_DIR, "icon.svg"))

    def loadAlgorithms(self):
        for algorithm in all_algorithms():
            self.addAlgorithm(algorithm)
