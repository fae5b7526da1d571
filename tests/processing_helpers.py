"""What tests of Processing algorithms share."""

from qgis.core import QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    """Everything an algorithm tells the user or writes to its log."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def setProgressText(self, text):
        self.lines.append(text)

    def reportError(self, error, fatalError=False):
        self.lines.append(error)

    def pushWarning(self, warning):
        self.lines.append(warning)

    def pushInfo(self, info):
        self.lines.append(info)

    def pushCommandInfo(self, info):
        self.lines.append(info)

    def pushDebugInfo(self, info):
        self.lines.append(info)

    def pushConsoleInfo(self, info):
        self.lines.append(info)
