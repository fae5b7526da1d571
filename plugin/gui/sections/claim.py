"""Claim check section: a claimed cocaine figure against an area (typed, or a year's published one)."""

from dataclasses import dataclass

from qgis.gui import QgsDoubleSpinBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QSpinBox, QVBoxLayout

from ...core import claims
from ...core.definitions import DOCK_AREA_UNIT_KEYS, area_units
from ...core.errors import VraemError
from ...i18n import tr
from .. import figures
from ..widgets import set_combo_data
from .base import Section


@dataclass
class ClaimState:
    claim_area_unit: str  # no default here: a new project's comes from the settings
    claim_area: float = 0.0
    claim_tonnes: float = 0.0
    claim_kind: str = claims.AREA
    claim_year: int = 2024


class ClaimSection(Section):
    def __init__(self, context, areas, parent=None):
        super().__init__(context, tr("Claim check"), "VraemClaimGroup", parent, collapsed=True)
        self.areas = areas  # "Use result" takes its area
        self._last_check = None

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("VraemClaimKindCombo")
        for key, label in claims.claim_kinds().items():
            self.kind_combo.addItem(label, key)
            # the panel is narrow: the whole label on hover
            self.kind_combo.setItemData(self.kind_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        form.addRow(tr("Claim"), self.kind_combo)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("VraemClaimYearSpin")
        self.year_spin.setRange(1900, 2100)  # any year: the check names the nearest years with data
        self.year_spin.setValue(2024)
        self.year_spin.setToolTip(tr("Year of the published coca area (bundled series, with its source)"))
        form.addRow(tr("Year"), self.year_spin)
        area_row = QHBoxLayout()
        self.area_spin = QgsDoubleSpinBox(self)
        self.area_spin.setObjectName("VraemClaimAreaSpin")
        self.area_spin.setDecimals(2)
        self.area_spin.setRange(0.0, 1.0e9)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("VraemClaimUnitCombo")
        for unit in area_units():
            if unit.key in DOCK_AREA_UNIT_KEYS:
                self.unit_combo.addItem(unit.label, unit.key)
        area_row.addWidget(self.area_spin, 1)
        area_row.addWidget(self.unit_combo)
        area_row.addWidget(self.button(tr("Use result"), "VraemClaimUseAreaButton", self.use_area_result,
                                       tr("Take the area from the Areas & yield result")))
        form.addRow(tr("Claimed area"), area_row)
        self.tonnes_spin = QgsDoubleSpinBox(self)
        self.tonnes_spin.setObjectName("VraemClaimTonnesSpin")
        self.tonnes_spin.setDecimals(2)
        self.tonnes_spin.setRange(0.0, 1.0e7)
        self.tonnes_spin.setSuffix(" " + tr("t"))
        form.addRow(tr("Claimed cocaine"), self.tonnes_spin)
        layout.addLayout(form)
        layout.addWidget(self.button(tr("Check claim"), "VraemClaimCheckButton", self.run))
        self.make_results("Claim", with_progress=False)  # the check is instant
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.area_spin.valueChanged.connect(self.save)
        self.unit_combo.currentIndexChanged.connect(self.save)
        self.tonnes_spin.valueChanged.connect(self.save)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_combo.currentIndexChanged.connect(self.save)
        self.year_spin.valueChanged.connect(self.save)
        self._kind_changed()

    def _kind_changed(self, *_args):
        """A typed area for the first kind, a year of the published series for the others."""
        by_year = claims.KINDS[self.kind_combo.currentData() or claims.AREA][0] is not None
        self.year_spin.setEnabled(by_year)
        self.area_spin.setEnabled(not by_year)
        self.unit_combo.setEnabled(not by_year)

    @property
    def last_check(self):
        """The ClaimCheck of the last successful check, None before any or after a refused one."""
        return self._last_check

    @last_check.setter
    def last_check(self, check):
        if check is self._last_check:
            return  # e.g. None again: nothing changed, nothing to refresh
        self._last_check = check
        self.result_changed.emit()

    # -- state

    def default_state(self):
        return ClaimState(claim_area_unit=self.settings.default_claim_unit)

    def to_state(self):
        return ClaimState(claim_area=self.area_spin.value(),
                          claim_area_unit=self.unit_combo.currentData() or self.settings.default_claim_unit,
                          claim_tonnes=self.tonnes_spin.value(), claim_kind=self.kind_combo.currentData() or claims.AREA,
                          claim_year=self.year_spin.value())

    def from_state(self, state):
        self.area_spin.setValue(state.claim_area)
        set_combo_data(self.unit_combo, state.claim_area_unit)
        self.tonnes_spin.setValue(state.claim_tonnes)
        set_combo_data(self.kind_combo, state.claim_kind)
        self.year_spin.setValue(state.claim_year)

    def project_cleared(self):
        self.clear_results()
        self.last_check = None

    def forget_result(self):
        super().forget_result()
        self.last_check = None

    # -- the check

    def use_area_result(self):
        if self.areas.last_result is None:
            self.notifier.warn(tr("Compute an area first (Areas & yield)."))
            return
        set_combo_data(self.unit_combo, "ha")
        self.area_spin.setValue(self.areas.last_result[0].total_ha)

    def run(self):
        unit = self.unit_combo.currentData() or "ha"
        kind = self.kind_combo.currentData() or claims.AREA
        area_text = f"{self.area_spin.value():,.2f} {self.unit_combo.currentText()}"
        try:
            if claims.KINDS[kind][0] is None:
                check = claims.check_kind(kind, self.tonnes_spin.value(),
                                          hectares=claims.to_hectares(self.area_spin.value(), unit))
            else:
                check = claims.check_kind(kind, self.tonnes_spin.value(), year=self.year_spin.value())
                area_text = check.area_source
        except VraemError as error:
            self.show_failure(str(error))
            self.notifier.error(error)
            return None
        columns, rows, details = figures.claim_rows(check, area_text)
        self.model.set_result(columns, rows, details)
        self.status.setText(figures.claim_verdict_text(check))
        self.last_check = check
        return check

    # -- figures

    def figures_title(self):
        return tr("Claim check")

    def table_notes(self):
        check = self.last_check
        if check is None:
            return []
        lines = [check.area_source] + figures.production_lines(check) + [check.fixed_factor_text]
        if check.production is not None:
            lines += check.production.estimate.range_basis
        return [line for line in lines if line]
