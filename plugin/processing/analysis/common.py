"""What the analysis algorithms share: their group and the writing of result tables."""

from qgis.core import (
    QgsFeature,
    QgsProject,
)

from ...i18n import tr
from ..base import VraemAlgorithm


def project_of(context):
    return context.project() or QgsProject.instance()


def table_feature(fields, values):
    feature = QgsFeature(fields)
    feature.setAttributes(list(values))
    return feature


class AnalysisAlgorithm(VraemAlgorithm):
    def group_id(self):
        return "analysis"

    def group_name(self):
        return tr("Analysis")
