"""Editor for the project's custom yield parameter set."""

from qgis.gui import QgsDoubleSpinBox
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..core.errors import VraemError
from ..core.yields import CUSTOM_KEY, ParameterSet
from ..i18n import tr


def _spin(value, maximum, decimals=0):
    spin = QgsDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(0.0, maximum)
    spin.setClearValue(value)
    spin.setValue(value)
    return spin


class CustomSetDialog(QDialog):
    """Edit low/central/high leaf yield and the leaf → HCl factor; `parameter_set()` gives the result."""

    def __init__(self, base, parent=None):
        super().__init__(parent)
        self.setObjectName("VraemCustomSetDialog")
        self.setWindowTitle(tr("Custom yield parameters"))
        layout = QFormLayout(self)
        self.label_edit = QLineEdit(base.label if base.key == "custom" else tr("Custom (saved in the project)"))
        self.low_spin = _spin(base.leaf_low, 100000)
        self.central_spin = _spin(base.leaf_central, 100000)
        self.high_spin = _spin(base.leaf_high, 100000)
        self.factor_spin = _spin(base.leaf_per_hcl, 100000, 1)
        # the published spread of the conversion bounds the cocaine range (low yield ÷ highest factor…)
        self.factor_low_spin = _spin(base.leaf_per_hcl_low, 100000, 1)
        self.factor_high_spin = _spin(base.leaf_per_hcl_high, 100000, 1)
        self.source_edit = QLineEdit("; ".join(base.sources) if base.key == "custom" else "")
        self.source_edit.setPlaceholderText(tr("Where these figures come from"))
        layout.addRow(tr("Name"), self.label_edit)
        layout.addRow(tr("Low leaf yield (kg/ha/yr)"), self.low_spin)
        layout.addRow(tr("Central leaf yield (kg/ha/yr)"), self.central_spin)
        layout.addRow(tr("High leaf yield (kg/ha/yr)"), self.high_spin)
        layout.addRow(tr("Leaf per cocaine HCl (kg/kg)"), self.factor_spin)
        layout.addRow(tr("Lowest leaf per cocaine HCl (kg/kg)"), self.factor_low_spin)
        layout.addRow(tr("Highest leaf per cocaine HCl (kg/kg)"), self.factor_high_spin)
        layout.addRow(tr("Source"), self.source_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def parameter_set(self):
        sources = [part.strip() for part in self.source_edit.text().split(";") if part.strip()]
        return ParameterSet(key=CUSTOM_KEY, label=self.label_edit.text().strip() or tr("Custom (saved in the project)"),
                            leaf_low=self.low_spin.value(), leaf_central=self.central_spin.value(),
                            leaf_high=self.high_spin.value(), leaf_per_hcl=self.factor_spin.value(),
                            leaf_per_hcl_low=self.factor_low_spin.value(),
                            leaf_per_hcl_high=self.factor_high_spin.value(), sources=sources or [tr("user-defined")])

    def _check_and_accept(self):
        try:
            self.parameter_set().validate()
        except VraemError as error:
            self.message.setText(str(error))
            return
        self.accept()
