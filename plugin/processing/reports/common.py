"""The reports group."""

from ...i18n import tr
from ..base import VraemAlgorithm


class ReportsAlgorithm(VraemAlgorithm):
    def group_id(self):
        return "reports"

    def group_name(self):
        return tr("Reports")
