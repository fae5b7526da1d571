"""Shared base for every VRAEM Processing algorithm: translated names, groups and help."""

from qgis.core import QgsProcessingAlgorithm

from ..i18n import tr


class VraemAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, and implement display_name(), group_id()/group_name() and help()."""

    NAME = ""

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return self.display_name()

    def group(self):
        return self.group_name()

    def groupId(self):  # noqa: N802
        return self.group_id()

    def shortHelpString(self):  # noqa: N802
        return self.help()

    def display_name(self):
        raise NotImplementedError

    def group_id(self):
        raise NotImplementedError

    def group_name(self):
        raise NotImplementedError

    def help(self):
        raise NotImplementedError
