"""The VRAEM Analyst dock panel (placeholder until the dock issue fills it in)."""

from qgis.gui import QgsDockWidget

from ..i18n import tr


class VraemDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("VRAEM Analyst"), parent)
        self.setObjectName("VraemAnalystDock")
        self.iface = iface

    def add_reference_layers(self):
        """Add the VRAEM reference layers to the current project."""

    def cleanup(self):
        """Disconnect from the project and layers before the dock is deleted."""
