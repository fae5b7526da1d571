"""The plugin's page in QGIS Settings ▸ Options: the preferences of plugin/settings.py (a new project's
dock defaults) and the district download sources of plugin/core/download.py."""

import json
import os

from qgis.gui import QgsDoubleSpinBox, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QSpinBox

from ..core import download, yields
from ..core.definitions import distance_units
from ..core.report import export as report_export
from ..i18n import tr
from ..paths import RESOURCES_DIR
from ..settings import VraemSettings
from .widgets import set_combo_data


class VraemOptionsFactory(QgsOptionsWidgetFactory):
    def __init__(self):
        super().__init__(tr("VRAEM Analyst"), QIcon(os.path.join(RESOURCES_DIR, "icon.svg")))
        self.setObjectName("VraemAnalystOptionsFactory")

    def createWidget(self, parent):
        return VraemOptionsPage(parent)


class VraemOptionsPage(QgsOptionsPageWidget):
    """Shows the stored preferences; apply() (the dialog's OK) writes them."""

    def __init__(self, parent=None, settings=None):
        super().__init__(parent)
        self.setObjectName("VraemAnalystOptionsPage")
        self.settings = settings or VraemSettings()
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Defaults of a new project's VRAEM Analyst panel:"), self))

        self.parameter_set_combo = QComboBox(self)
        for key, label in yields.set_labels().items():
            if key != yields.CUSTOM_KEY:  # a custom set lives in one project
                self.parameter_set_combo.addItem(label, key)
        set_combo_data(self.parameter_set_combo, self.settings.default_parameter_set)
        form.addRow(tr("Parameter set"), self.parameter_set_combo)

        self.distance_spin = QgsDoubleSpinBox(self)
        self.distance_spin.setRange(0.0, 1.0e7)
        self.distance_spin.setDecimals(2)
        self.distance_spin.setValue(self.settings.default_buffer_distance)
        form.addRow(tr("Buffer distance"), self.distance_spin)
        self.unit_combo = QComboBox(self)
        for unit in distance_units():
            self.unit_combo.addItem(unit.name, unit.key)
        set_combo_data(self.unit_combo, self.settings.default_distance_unit)
        form.addRow(tr("Distance unit"), self.unit_combo)

        self.dpi_spin = QSpinBox(self)
        self.dpi_spin.setRange(report_export.MIN_DPI, report_export.MAX_DPI)
        self.dpi_spin.setValue(self.settings.export_dpi)
        form.addRow(tr("Export resolution (dpi)"), self.dpi_spin)

        self.sources_edit = QPlainTextEdit(self)
        self.sources_edit.setPlainText(_sources_text(download.load_sources()))
        self.sources_edit.setToolTip(tr("A JSON list of sources: id, name, url, sha256, licence, attribution"))
        form.addRow(tr("District download sources"), self.sources_edit)
        restore = QPushButton(tr("Restore the default sources"), self)
        restore.clicked.connect(
            lambda: self.sources_edit.setPlainText(_sources_text(download.DEFAULT_SOURCES)))
        form.addRow("", restore)
        self.sources_problem = QLabel(self)
        self.sources_problem.setWordWrap(True)
        form.addRow("", self.sources_problem)

    def sources(self):
        """The edited sources, or None (and the reason shown under them) when the text is not valid."""
        try:
            items = json.loads(self.sources_edit.toPlainText())
            sources = [download.DistrictSource.from_dict(item) for item in items]
        except (ValueError, KeyError, TypeError):
            sources = []
        if not sources:
            self.sources_problem.setText(tr("The sources are not a valid JSON list; they were not changed."))
            return None
        self.sources_problem.clear()
        return sources

    def apply(self):
        self.settings.default_parameter_set = self.parameter_set_combo.currentData()
        self.settings.default_buffer_distance = self.distance_spin.value()
        self.settings.default_distance_unit = self.unit_combo.currentData()
        self.settings.export_dpi = self.dpi_spin.value()
        sources = self.sources()
        if sources is not None:  # never replace working sources with a broken list
            download.save_sources(sources)


def _sources_text(sources):
    return json.dumps([source.to_dict() for source in sources], indent=2, ensure_ascii=False)
