"""Stand-in plugin used when the real one fails to import: QGIS keeps running and says why."""

from qgis.core import Qgis, QgsMessageLog

from .i18n import tr


class BrokenPlugin:
    def __init__(self, interface, error):
        self.iface = interface
        self.error = error

    def initGui(self):
        message = tr("VRAEM Analyst could not start: {error}").format(error=self.error)
        QgsMessageLog.logMessage(message, "VRAEM Analyst", Qgis.MessageLevel.Critical)
        if self.iface is not None:
            self.iface.messageBar().pushMessage("VRAEM Analyst", message, Qgis.MessageLevel.Critical, 0)

    def unload(self):
        """Nothing was wired, so nothing to undo."""
