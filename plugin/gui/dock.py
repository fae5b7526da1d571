"""The VRAEM Analyst dock panel: a thin client of plugin/core that runs every computation in a QgsTask.

Sections: Layers, Areas & yield (live), Buffer overlaps, Claim check, Export. Layers are always held
by id and looked up in the project when needed, so a layer removed while the dock is open never leaves
a stale reference; every signal connected here is disconnected in cleanup().
"""

import csv
import io
import os

from qgis.core import Qgis, QgsApplication, QgsFeedback, QgsProject, QgsVectorLayer
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsDockWidget,
    QgsDoubleSpinBox,
    QgsFieldComboBox,
    QgsMapLayerComboBox,
)
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import (
    areas, atomic, claims, districts, download, overlap, plans, plausibility, project_storage, reference, report, yields,
)
from ..core.errors import VraemError
from ..core.project_state import DockState, read_state, write_state
from ..core.snapshot import LayerSnapshot
from ..i18n import tr
from ..settings import VraemSettings
from . import figures
from .custom_set_dialog import CustomSetDialog
from .tasks import FunctionTask, TaskRunner
from .widgets import make_table, zoom_to_feature

AREAS = "areas"
OVERLAP = "overlap"


class _Section:
    """Widgets of one result section: table, progress bar, status label."""

    def __init__(self, parent, name, with_progress=True):
        self.view, self.model, self.proxy = make_table(parent, f"Vraem{name}Table")
        # Every widget here must go into a layout: a collapsible group box shows its children again
        # when it expands, and an orphan would then paint over the box's title.
        self.progress = None
        self.running = False
        if with_progress:
            self.progress = QProgressBar(parent)
            self.progress.setObjectName(f"Vraem{name}Progress")
            self.progress.setRange(0, 100)
            self.progress.setVisible(False)
        self.status = QLabel(parent)
        self.status.setObjectName(f"Vraem{name}Status")
        self.status.setWordWrap(True)


class VraemDock(QgsDockWidget):
    def __init__(self, interface, parent=None):
        super().__init__(tr("VRAEM Analyst"), parent)
        self.setObjectName("VraemAnalystDock")
        self.iface = interface
        self.settings = VraemSettings()
        self.runner = TaskRunner()
        self._connections = []  # (signal, slot): disconnected in cleanup()
        self._watched = None  # (layer id, [(signal, slot)]) of the layer whose changes trigger live areas
        self._restoring = False
        self._loading_project = False
        self._closed = False
        self._parameter_sets = {}
        self.layout_name = ""
        self._layout_atlas = ("", "")  # (atlas layer id, page-name field) the layout was built with
        self.export_progress = None  # the QProgressDialog while a layout export runs
        self.last_area_result = None  # (summary, pset) of the last finished area run
        self.last_overlap_result = None  # (OverlapResult, source name, distance text)
        self.overlap_layer_id = ""
        self.last_claim = None

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(self.settings.debounce_ms)
        self.debounce.timeout.connect(self.run_areas)

        self._build_ui()
        project = QgsProject.instance()
        self._connect(project.layersWillBeRemoved, self._on_layers_will_be_removed)
        self._connect(project.layersRemoved, self._on_layers_removed)
        self._connect(project.readProject, self._on_project_read)
        self._connect(project.aboutToBeCleared, self._on_project_clearing)
        self._connect(project.cleared, self._on_project_cleared)
        self._connect(project.writeMapLayer, self._store_created_layer)
        self.restore_state()  # also fills the parameter sets

    # ------------------------------------------------------------------------------------------
    # construction

    def _connect(self, signal, slot):
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _build_ui(self):
        scroll = QScrollArea(self)
        scroll.setObjectName("VraemScrollArea")
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_layers_section(body))
        layout.addWidget(self._build_areas_section(body))
        layout.addWidget(self._build_overlap_section(body))
        layout.addWidget(self._build_claim_section(body))
        layout.addWidget(self._build_export_section(body))
        layout.addStretch(1)
        for combo in body.findChildren(QComboBox):
            self._narrow(combo)
        scroll.setWidget(body)
        self.setWidget(scroll)

    def _group(self, parent, title, name, collapsed=False):
        box = QgsCollapsibleGroupBox(title, parent)
        box.setObjectName(name)
        box.setCollapsed(collapsed)
        # Expanding shows every child again, idle progress bars included: hide those again.
        box.collapsedStateChanged.connect(self._sync_progress_bars)
        return box

    def _sync_progress_bars(self, *_args):
        for section in (getattr(self, "areas", None), getattr(self, "overlap", None)):
            if section is not None and section.progress is not None:
                section.progress.setVisible(section.running)

    def _button(self, parent, text, name, slot, tooltip=""):
        button = QPushButton(text, parent)
        button.setObjectName(name)
        if tooltip:
            button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    def _build_layers_section(self, parent):
        box = self._group(parent, tr("Layers"), "VraemLayersGroup")
        grid = QGridLayout(box)
        buttons = [
            self._button(box, tr("Add VRAEM layers"), "VraemAddLayersButton", self.add_reference_layers,
                         tr("Zone, districts, towns and border crossings, with their sources")),
            self._button(box, tr("Build zone…"), "VraemBuildZoneButton",
                         lambda: self.build_zone(),
                         tr("Build the VRAEM zone from a district boundary layer")),
            self._button(box, tr("Download districts…"), "VraemDownloadButton",
                         lambda: self.download_districts(),
                         tr("Download district boundaries and build the zone from them")),
            self._button(box, tr("New plan…"), "VraemNewPlanButton", lambda: self.new_plan(),
                         tr("Create an empty eradication plan layer")),
            self._button(box, tr("Load plan…"), "VraemImportPlanButton",
                         lambda: self.import_plan(),
                         tr("Import an eradication plan (GeoPackage, Shapefile, GeoJSON, KML, CSV with WKT); fields are matched "
                            "to the plan schema by name")),
        ]
        for number, button in enumerate(buttons):
            grid.addWidget(button, number // 2, number % 2)
        return box

    def _build_areas_section(self, parent):
        box = self._group(parent, tr("Areas && yield"), "VraemAreasGroup")
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.area_layer_combo = QgsMapLayerComboBox(box)
        self.area_layer_combo.setObjectName("VraemAreaLayerCombo")
        self.area_layer_combo.setFilters(Qgis.LayerFilter.PolygonLayer)
        self.area_layer_combo.setAllowEmptyLayer(True)
        self.area_layer_combo.setLayer(None)
        form.addRow(tr("Polygon layer"), self.area_layer_combo)
        self.selected_only_check = QCheckBox(tr("Selected features only"), box)
        self.selected_only_check.setObjectName("VraemSelectedOnlyCheck")
        form.addRow(self.selected_only_check)
        pset_row = QHBoxLayout()
        self.parameter_set_combo = QComboBox(box)
        self.parameter_set_combo.setObjectName("VraemParameterSetCombo")
        pset_row.addWidget(self.parameter_set_combo, 1)
        pset_row.addWidget(self._button(box, tr("Custom…"), "VraemEditCustomSetButton", self.edit_custom_set,
                                        tr("Define your own yield parameters (saved in the project)")))
        form.addRow(tr("Parameter set"), pset_row)
        layout.addLayout(form)
        self.areas = _Section(box, "Areas")
        run_row = QHBoxLayout()
        run_row.addWidget(self.areas.progress, 1)
        self.area_cancel_button = self._button(box, tr("Cancel"), "VraemAreasCancelButton", self.cancel_areas)
        self.area_cancel_button.setEnabled(False)
        run_row.addWidget(self._button(box, tr("Refresh"), "VraemAreasRefreshButton", self.run_areas))
        run_row.addWidget(self.area_cancel_button)
        layout.addLayout(run_row)
        layout.addWidget(self.areas.status)
        layout.addWidget(self.areas.view)
        self.areas.view.doubleClicked.connect(lambda index: self._zoom_from(self.areas, index))

        self.area_layer_combo.layerChanged.connect(self._on_area_layer_changed)
        self.selected_only_check.toggled.connect(self._on_area_choice_changed)
        self.parameter_set_combo.currentIndexChanged.connect(self._on_area_choice_changed)
        return box

    def _build_overlap_section(self, parent):
        box = self._group(parent, tr("Buffer overlaps"), "VraemOverlapGroup")
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.overlap_source_combo = QgsMapLayerComboBox(box)
        self.overlap_source_combo.setObjectName("VraemOverlapSourceCombo")
        self.overlap_source_combo.setFilters(Qgis.LayerFilter.VectorLayer)
        self.overlap_source_combo.setAllowEmptyLayer(True)
        self.overlap_source_combo.setLayer(None)
        form.addRow(tr("Buffer around"), self.overlap_source_combo)
        distance_row = QHBoxLayout()
        self.overlap_distance_spin = QgsDoubleSpinBox(box)
        self.overlap_distance_spin.setObjectName("VraemOverlapDistanceSpin")
        self.overlap_distance_spin.setDecimals(3)
        self.overlap_distance_spin.setRange(0.0, 1.0e7)
        self.overlap_unit_combo = QComboBox(box)
        self.overlap_unit_combo.setObjectName("VraemOverlapUnitCombo")
        self.overlap_unit_combo.addItem(tr("m"), "m")
        self.overlap_unit_combo.addItem(tr("km"), "km")
        distance_row.addWidget(self.overlap_distance_spin, 1)
        distance_row.addWidget(self.overlap_unit_combo)
        form.addRow(tr("Ground distance"), distance_row)
        self.overlap_target_combo = QgsMapLayerComboBox(box)
        self.overlap_target_combo.setObjectName("VraemOverlapTargetCombo")
        self.overlap_target_combo.setFilters(Qgis.LayerFilter.VectorLayer)
        self.overlap_target_combo.setAllowEmptyLayer(True)
        self.overlap_target_combo.setLayer(None)
        form.addRow(tr("Overlapping layer"), self.overlap_target_combo)
        self.overlap_dissolve_check = QCheckBox(tr("Dissolve buffers (count each overlap once)"), box)
        self.overlap_dissolve_check.setObjectName("VraemOverlapDissolveCheck")
        form.addRow(self.overlap_dissolve_check)
        layout.addLayout(form)
        self.overlap = _Section(box, "Overlap")
        row = QHBoxLayout()
        row.addWidget(self.overlap.progress, 1)
        self.overlap_run_button = self._button(box, tr("Run"), "VraemOverlapRunButton", self.run_overlap)
        self.overlap_cancel_button = self._button(box, tr("Cancel"), "VraemOverlapCancelButton", self.cancel_overlap)
        self.overlap_cancel_button.setEnabled(False)
        row.addWidget(self.overlap_run_button)
        row.addWidget(self.overlap_cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.overlap.status)
        layout.addWidget(self.overlap.view)
        self.overlap.view.doubleClicked.connect(lambda index: self._zoom_from(self.overlap, index))
        for combo in (self.overlap_source_combo, self.overlap_target_combo):
            combo.layerChanged.connect(self.save_state)
        self.overlap_distance_spin.valueChanged.connect(self.save_state)
        self.overlap_unit_combo.currentIndexChanged.connect(self.save_state)
        self.overlap_dissolve_check.toggled.connect(self.save_state)
        return box

    def _build_claim_section(self, parent):
        box = self._group(parent, tr("Claim check"), "VraemClaimGroup", collapsed=True)
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.claim_kind_combo = QComboBox(box)
        self.claim_kind_combo.setObjectName("VraemClaimKindCombo")
        for key, label in claims.claim_kinds().items():
            self.claim_kind_combo.addItem(label, key)
            # the panel is narrow: the whole label on hover
            self.claim_kind_combo.setItemData(self.claim_kind_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        form.addRow(tr("Claim"), self.claim_kind_combo)
        self.claim_year_spin = QSpinBox(box)
        self.claim_year_spin.setObjectName("VraemClaimYearSpin")
        self.claim_year_spin.setRange(1900, 2100)  # any year: the check names the nearest years with data
        self.claim_year_spin.setValue(2024)
        self.claim_year_spin.setToolTip(tr("Year of the published coca area (bundled series, with its source)"))
        form.addRow(tr("Year"), self.claim_year_spin)
        area_row = QHBoxLayout()
        self.claim_area_spin = QgsDoubleSpinBox(box)
        self.claim_area_spin.setObjectName("VraemClaimAreaSpin")
        self.claim_area_spin.setDecimals(2)
        self.claim_area_spin.setRange(0.0, 1.0e9)
        self.claim_unit_combo = QComboBox(box)
        self.claim_unit_combo.setObjectName("VraemClaimUnitCombo")
        self.claim_unit_combo.addItem(tr("ha"), "ha")
        self.claim_unit_combo.addItem(tr("km²"), "km2")
        self.claim_unit_combo.addItem(tr("mi²"), "mi2")
        area_row.addWidget(self.claim_area_spin, 1)
        area_row.addWidget(self.claim_unit_combo)
        area_row.addWidget(self._button(box, tr("Use result"), "VraemClaimUseAreaButton", self.use_area_result,
                                        tr("Take the area from the Areas & yield result")))
        form.addRow(tr("Claimed area"), area_row)
        self.claim_tonnes_spin = QgsDoubleSpinBox(box)
        self.claim_tonnes_spin.setObjectName("VraemClaimTonnesSpin")
        self.claim_tonnes_spin.setDecimals(2)
        self.claim_tonnes_spin.setRange(0.0, 1.0e7)
        self.claim_tonnes_spin.setSuffix(" " + tr("t"))
        form.addRow(tr("Claimed cocaine"), self.claim_tonnes_spin)
        layout.addLayout(form)
        layout.addWidget(self._button(box, tr("Check claim"), "VraemClaimCheckButton", self.run_claim))
        self.claim = _Section(box, "Claim", with_progress=False)  # the check is instant
        self.claim.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.claim.status)
        layout.addWidget(self.claim.view)
        self.claim_area_spin.valueChanged.connect(self.save_state)
        self.claim_unit_combo.currentIndexChanged.connect(self.save_state)
        self.claim_tonnes_spin.valueChanged.connect(self.save_state)
        self.claim_kind_combo.currentIndexChanged.connect(self._claim_kind_changed)
        self.claim_kind_combo.currentIndexChanged.connect(self.save_state)
        self.claim_year_spin.valueChanged.connect(self.save_state)
        self._claim_kind_changed()
        return box

    def _claim_kind_changed(self, *_args):
        """A typed area for the first kind, a year of the published series for the others."""
        by_year = claims.KINDS[self.claim_kind_combo.currentData() or claims.AREA][0] is not None
        self.claim_year_spin.setEnabled(by_year)
        self.claim_area_spin.setEnabled(not by_year)
        self.claim_unit_combo.setEnabled(not by_year)

    def _build_export_section(self, parent):
        box = self._group(parent, tr("Export"), "VraemExportGroup", collapsed=True)
        layout = QVBoxLayout(box)
        form = QFormLayout()
        format_row = QHBoxLayout()
        self.export_format_combo = QComboBox(box)
        self.export_format_combo.setObjectName("VraemExportFormatCombo")
        self.export_format_combo.addItem(tr("PDF"), "pdf")
        self.export_format_combo.addItem(tr("PNG image"), "png")
        self.export_dpi_spin = QSpinBox(box)
        self.export_dpi_spin.setObjectName("VraemExportDpiSpin")
        self.export_dpi_spin.setRange(72, 1200)
        self.export_dpi_spin.setSuffix(" " + tr("dpi"))
        format_row.addWidget(self.export_format_combo, 1)
        format_row.addWidget(self.export_dpi_spin)
        form.addRow(tr("Format"), format_row)
        self.atlas_check = QCheckBox(tr("One page per feature (atlas)"), box)
        self.atlas_check.setObjectName("VraemAtlasCheck")
        self.atlas_check.setToolTip(tr("One page per feature of a polygon layer (plan sectors, districts), "
                                       "each named after the chosen field. A PDF gets one page per feature; "
                                       "a PNG export writes one numbered image per page (name_001.png…)."))
        form.addRow(self.atlas_check)
        self.atlas_layer_combo = QgsMapLayerComboBox(box)
        self.atlas_layer_combo.setObjectName("VraemAtlasLayerCombo")
        self.atlas_layer_combo.setFilters(Qgis.LayerFilter.PolygonLayer)
        self.atlas_layer_combo.setAllowEmptyLayer(True)
        self.atlas_layer_combo.setLayer(None)
        self.atlas_layer_combo.setToolTip(tr("The eradication plan or a district layer: one page per feature"))
        form.addRow(tr("Atlas layer"), self.atlas_layer_combo)
        self.atlas_field_combo = QgsFieldComboBox(box)
        self.atlas_field_combo.setObjectName("VraemAtlasFieldCombo")
        self.atlas_field_combo.setAllowEmptyFieldName(True)
        self.atlas_field_combo.setToolTip(tr("The field that names each page (its subtitle and order)"))
        form.addRow(tr("Page name"), self.atlas_field_combo)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self._button(box, tr("Create layout"), "VraemCreateLayoutButton", self.create_layout,
                                   tr("Build the VRAEM print layout and open it in the layout designer")))
        row.addWidget(self._button(box, tr("Export…"), "VraemExportLayoutButton", self.export_layout_dialog))
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self._button(box, tr("Figures as CSV…"), "VraemExportCsvButton", self.export_csv_dialog))
        row.addWidget(self._button(box, tr("Copy figures"), "VraemCopyButton", self.copy_figures,
                                   tr("Copy every result table to the clipboard (tab-separated)")))
        layout.addLayout(row)
        self.export_status = QLabel(box)
        self.export_status.setObjectName("VraemExportStatus")
        self.export_status.setWordWrap(True)
        layout.addWidget(self.export_status)
        self.export_format_combo.currentIndexChanged.connect(self.save_state)
        self.export_dpi_spin.valueChanged.connect(self.save_state)
        self.atlas_check.toggled.connect(self._on_atlas_toggled)
        self.atlas_layer_combo.layerChanged.connect(self._on_atlas_layer_changed)
        self.atlas_field_combo.fieldChanged.connect(self.save_state)
        self.atlas_layer_combo.setEnabled(False)  # not _on_atlas_toggled: saving now would wipe the project's state
        self.atlas_field_combo.setEnabled(False)
        return box

    def _on_atlas_toggled(self, checked):
        self.atlas_layer_combo.setEnabled(checked)
        self.atlas_field_combo.setEnabled(checked)
        self.save_state()

    def _on_atlas_layer_changed(self, layer):
        if self._closed:
            return
        self.atlas_field_combo.setLayer(layer)
        if not self._restoring:
            self.atlas_field_combo.setField(self.default_page_name_field(layer))
        self.save_state()

    @staticmethod
    def default_page_name_field(layer):
        """`sector_name` of an eradication plan, else the layer's display field ("" when it is none)."""
        if not isinstance(layer, QgsVectorLayer):
            return ""
        names = layer.fields().names()
        if "sector_name" in names:
            return "sector_name"
        return layer.displayField() if layer.displayField() in names else ""

    @staticmethod
    def _narrow(combo):
        """Let long layer or parameter-set names shrink with the dock instead of widening it."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    @staticmethod
    def _set_combo_data(combo, value):
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # ------------------------------------------------------------------------------------------
    # messages

    def _push(self, message, level, duration):
        bar = self.iface.messageBar() if self.iface is not None and hasattr(self.iface, "messageBar") else None
        if bar is not None:
            bar.pushMessage(tr("VRAEM Analyst"), message, level, duration)

    def warn(self, message):
        self._push(message, Qgis.MessageLevel.Warning, 8)

    def inform(self, message):
        self._push(message, Qgis.MessageLevel.Success, 5)

    # ------------------------------------------------------------------------------------------
    # state saved with the project

    def current_state(self):
        def layer_id(combo):
            layer = combo.currentLayer()
            return layer.id() if layer is not None else ""

        return DockState(
            area_layer_id=layer_id(self.area_layer_combo),
            selected_only=self.selected_only_check.isChecked(),
            parameter_set=self.parameter_set_combo.currentData() or "",
            overlap_source_id=layer_id(self.overlap_source_combo),
            overlap_target_id=layer_id(self.overlap_target_combo),
            overlap_distance=self.overlap_distance_spin.value(),
            overlap_unit=self.overlap_unit_combo.currentData() or "km",
            overlap_dissolve=self.overlap_dissolve_check.isChecked(),
            claim_area=self.claim_area_spin.value(),
            claim_area_unit=self.claim_unit_combo.currentData() or "ha",
            claim_tonnes=self.claim_tonnes_spin.value(),
            claim_kind=self.claim_kind_combo.currentData() or claims.AREA,
            claim_year=self.claim_year_spin.value(),
            export_dpi=self.export_dpi_spin.value(),
            export_format=self.export_format_combo.currentData() or "pdf",
            atlas_enabled=self.atlas_check.isChecked(),
            atlas_layer_id=layer_id(self.atlas_layer_combo),
            atlas_name_field=self.atlas_field_combo.currentField() or "",
        )

    def save_state(self, *_args):
        if self._restoring or self._loading_project or self._closed:
            return
        write_state(QgsProject.instance(), self.current_state())

    def default_state(self):
        """What a project that never saved a choice shows: the plugin's settings (plugin/settings.py)."""
        settings = self.settings
        return DockState(parameter_set=settings.default_parameter_set,
                         overlap_distance=settings.default_buffer_distance,
                         overlap_unit=settings.default_distance_unit, claim_area_unit=settings.default_claim_unit,
                         export_dpi=settings.export_dpi, export_format=settings.export_format)

    def restore_state(self):
        project = QgsProject.instance()
        state = read_state(project, self.default_state())
        self._restoring = True
        try:
            self.area_layer_combo.setLayer(project.mapLayer(state.area_layer_id) if state.area_layer_id else None)
            self.selected_only_check.setChecked(state.selected_only)
            self.reload_parameter_sets(state.parameter_set or self.settings.default_parameter_set)
            self.overlap_source_combo.setLayer(
                project.mapLayer(state.overlap_source_id) if state.overlap_source_id else None)
            self.overlap_target_combo.setLayer(
                project.mapLayer(state.overlap_target_id) if state.overlap_target_id else None)
            self.overlap_distance_spin.setValue(state.overlap_distance)
            self._set_combo_data(self.overlap_unit_combo, state.overlap_unit)
            self.overlap_dissolve_check.setChecked(state.overlap_dissolve)
            self.claim_area_spin.setValue(state.claim_area)
            self._set_combo_data(self.claim_unit_combo, state.claim_area_unit)
            self.claim_tonnes_spin.setValue(state.claim_tonnes)
            self._set_combo_data(self.claim_kind_combo, state.claim_kind)
            self.claim_year_spin.setValue(state.claim_year)
            self.export_dpi_spin.setValue(state.export_dpi)
            self._set_combo_data(self.export_format_combo, state.export_format)
            atlas_layer = project.mapLayer(state.atlas_layer_id) if state.atlas_layer_id else None
            self.atlas_layer_combo.setLayer(atlas_layer)
            self.atlas_field_combo.setLayer(atlas_layer)
            self.atlas_field_combo.setField(state.atlas_name_field if atlas_layer is not None
                                            and state.atlas_name_field in atlas_layer.fields().names()
                                            else self.default_page_name_field(atlas_layer))
            self.atlas_check.setChecked(state.atlas_enabled)
        finally:
            self._restoring = False
        self._watch_layer(self.area_layer_combo.currentLayer())
        self.schedule_areas(immediately=True)

    def _on_project_clearing(self):
        self._loading_project = True
        self.runner.cancel_all()
        self._unwatch_layer()
        self.debounce.stop()

    def _on_project_cleared(self):
        for section in (self.areas, self.overlap, self.claim):
            section.model.clear()
            section.status.clear()
            self._set_idle(section)
        self.last_area_result = self.last_overlap_result = self.last_claim = None
        self.layout_name = ""
        self.overlap_layer_id = ""
        # A project being read restores in readProject; a new empty project is ready once control returns.
        QTimer.singleShot(0, self._end_loading)

    def _end_loading(self):
        if self._loading_project:
            self._loading_project = False
            self.restore_state()

    def _on_project_read(self, *_args):
        self._loading_project = False
        self.restore_state()

    # ------------------------------------------------------------------------------------------
    # layers

    def add_reference_layers(self):
        canvas = self._canvas()
        canvas_was_empty = canvas is not None and not canvas.layers()
        try:
            added = reference.add_reference_layers(QgsProject.instance())
        except VraemError as error:
            self.warn(str(error))
            return None
        self._zoom_to_zone(added)
        if canvas_was_empty and "zone" in added:
            self._zoom_again_once_the_canvas_takes_the_layers(canvas, added["zone"].id())
        self.inform(tr("{n} VRAEM layers added.").format(n=len(added)))
        return added

    def _canvas(self):
        return self.iface.mapCanvas() if self.iface is not None and hasattr(self.iface, "mapCanvas") else None

    def _zoom_again_once_the_canvas_takes_the_layers(self, canvas, zone_id):
        """QGIS zooms an empty canvas to the full extent of its first layers (here: the continent,
        for the context countries) when its layer-tree bridge hands them over, which is queued after
        they are added: zoom to the zone again once that has happened."""
        def zoom():
            zone = QgsProject.instance().mapLayer(zone_id)
            if not self._closed and zone is not None:
                self._zoom_to_zone({"zone": zone})

        def on_layers_changed():
            canvas.layersChanged.disconnect(on_layers_changed)
            self._connections.remove(pair)
            QTimer.singleShot(0, zoom)  # after the bridge's own zoom, which follows this signal

        pair = (canvas.layersChanged, on_layers_changed)
        canvas.layersChanged.connect(on_layers_changed)
        self._connections.append(pair)

    def _zoom_to_zone(self, layers):
        """Show the whole zone (with a margin) in the canvas, whatever CRS the canvas draws in."""
        canvas = self._canvas()
        if canvas is None:
            return False

        extent = reference.zone_extent(layers, canvas.mapSettings().destinationCrs(), margin=0.1)
        if extent.isNull() or extent.isEmpty():
            return False
        canvas.setExtent(extent)
        canvas.refresh()
        return True

    # The Layers buttons call plugin/core directly: they must work without the optional Python
    # Processing plugin (the same tools are also in the Processing toolbox under 'vraem').

    def _choose(self, title, label, items):
        """Let the user pick one of [(text, value)]; None when cancelled or nothing to pick."""
        if not items:
            return None
        if len(items) == 1:
            return items[0][1]
        texts = [text for text, _ in items]
        text, ok = QInputDialog.getItem(self, title, label, texts, 0, False)
        return items[texts.index(text)][1] if ok and text in texts else None

    def _add_built_layers(self, layers):
        project = QgsProject.instance()
        added = [layer for layer in layers if layer is not None and layer.isValid()]
        for layer in added:
            if layer.providerType() == "memory":
                project_storage.mark_created(layer)  # kept in the project's GeoPackage when the project is saved
            project.addMapLayer(layer)
        return added

    def _store_created_layer(self, layer, element, _document):
        try:
            project_storage.store_layer(QgsProject.instance(), layer, element)
        except VraemError as error:
            self.warn(str(error))

    def build_zone(self, layer=None):
        """Build the zone from a district boundary layer of the project (in a task)."""
        if layer is None:
            polygons = [(candidate.name(), candidate.id()) for candidate in QgsProject.instance().mapLayers().values()
                        if isinstance(candidate, QgsVectorLayer)
                        and candidate.geometryType() == Qgis.GeometryType.Polygon]
            if not polygons:
                self.warn(tr("Add a district boundary layer (polygons) first, or download one."))
                return None
            layer_id = self._choose(tr("Build zone"), tr("District boundary layer"), polygons)
            layer = QgsProject.instance().mapLayer(layer_id) if layer_id else None
            if layer is None:
                return None

        try:
            snapshot = LayerSnapshot(layer)  # the worker reads this, never the live layer
        except VraemError as error:
            self.warn(str(error))
            return None
        return self._run_zone_task(tr("VRAEM zone from {name}").format(name=layer.name()),
                                   lambda feedback: districts.build_zone_from_districts(snapshot, feedback), [layer])

    def download_districts(self, source=None):
        """Download district boundaries (checksum, cache) and build the zone from them (in a task)."""
        if source is None:
            try:
                sources = download.load_sources()
            except VraemError as error:
                self.warn(str(error))
                return None
            source = self._choose(tr("Download districts"), tr("Source"),
                                  [(tr("{name} — licence: {licence}").format(name=item.name, licence=item.licence), item)
                                   for item in sources])
            if source is None:
                return None
        # the licence and attribution travel with the data: say them before anything is fetched
        self._push(tr("{name}: licence {licence}; attribution: {attribution}").format(
            name=source.name, licence=source.licence, attribution=source.attribution), Qgis.MessageLevel.Info, 10)
        return self._run_zone_task(tr("Downloading {name}").format(name=source.name),
                                   lambda feedback: download.build_from_source(source, feedback), [])

    def _run_zone_task(self, description, build, inputs):
        main_thread = QgsApplication.instance().thread()

        def work(feedback):
            result = build(feedback)
            for layer in (result.zone_layer, result.district_layer):
                if layer is not None:
                    layer.moveToThread(main_thread)  # created in this worker; the project is in the main thread
            return result

        def done(task, result, error):
            if not self.runner.is_current("zone", task):
                return
            if task.cancelled:
                return
            if error is not None or result is None:
                self.warn(error or tr("The zone could not be built."))
                return
            self._add_built_layers([result.district_layer, result.zone_layer])
            message = tr("Zone built: {ha:,.0f} ha, {n} districts matched.").format(ha=result.area_m2 / 1e4,
                                                                                   n=len(result.matched))
            if result.unmatched:
                message += " " + tr("Not found: {codes}").format(codes=", ".join(result.unmatched))
            self.inform(message)

        task = FunctionTask(description, work, done, layer_ids=[layer.id() for layer in inputs])
        if inputs:
            task.setDependentLayers(inputs)
        return self.runner.start("zone", task)

    def new_plan(self, path=None):
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("New eradication plan"),
                                                  os.path.join(self.settings.last_export_dir, "plan.gpkg"),
                                                  tr("GeoPackage (*.gpkg)"))
            if not path:
                return None
        try:
            layer = plans.new_plan(path, QgsProject.instance().crs() if QgsProject.instance().crs().isValid()
                                   else "EPSG:4326")
        except VraemError as error:
            self.warn(str(error))
            return None
        self._add_built_layers([layer])
        self.inform(tr("New plan created: {path}").format(path=path))
        return layer

    def import_plan(self, path=None):
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Load eradication plan"), self.settings.last_export_dir,
                                                  tr("Vector files (*.gpkg *.shp *.geojson *.json *.kml *.csv)"))
            if not path:
                return None
        try:
            layer = plans.import_plan(path)
        except VraemError as error:
            self.warn(str(error))
            return None
        self._add_built_layers([layer])
        self.inform(tr("Plan loaded: {n} features.").format(n=layer.featureCount()))
        return layer

    def _on_layers_will_be_removed(self, layer_ids):
        layer_ids = set(layer_ids)
        # Workers read snapshots, not the layers: their answers only need discarding.
        self.runner.release_layers(layer_ids)
        if self._watched is not None and self._watched[0] in layer_ids:
            self._unwatch_layer()
        for section in (self.areas, self.overlap):
            if any(row.layer_id in layer_ids for row in section.model.rows):
                section.model.clear()
                section.status.setText(tr("The layer of these results was removed."))
        if self.overlap_layer_id in layer_ids:
            self.overlap_layer_id = ""
        if self.area_layer_combo.currentLayer() is None or self.area_layer_combo.currentLayer().id() in layer_ids:
            self._set_idle(self.areas)
            self.area_cancel_button.setEnabled(False)
        if not self.runner.running(OVERLAP):
            self._set_idle(self.overlap)
            self.overlap_run_button.setEnabled(True)
            self.overlap_cancel_button.setEnabled(False)

    def _on_layers_removed(self, _layer_ids):
        """A picker whose layer was removed shows another one without saying so: follow it."""
        if self._closed or self._loading_project:
            return
        current = self.area_layer_combo.currentLayer()
        watched = self._watched[0] if self._watched is not None else None
        if (current.id() if current is not None else None) != watched:
            self._on_area_layer_changed(current)
        else:
            self.save_state()

    # ------------------------------------------------------------------------------------------
    # areas & yield

    def reload_parameter_sets(self, wanted=None):
        wanted = wanted or self.parameter_set_combo.currentData() or self.settings.default_parameter_set
        try:
            self._parameter_sets = yields.parameter_sets(QgsProject.instance())
        except VraemError as error:
            self._parameter_sets = {}
            self.areas.status.setText(str(error))
        combo = self.parameter_set_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("No yield (areas only)"), "")
        for key, pset in self._parameter_sets.items():
            combo.addItem(pset.label, key)
            combo.setItemData(combo.count() - 1, "\n".join(pset.sources), Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else (1 if combo.count() > 1 else 0))
        combo.blockSignals(False)

    def current_parameter_set(self):
        return self._parameter_sets.get(self.parameter_set_combo.currentData() or "")

    def edit_custom_set(self):
        base = self._parameter_sets.get(yields.CUSTOM_KEY) or self.current_parameter_set()
        if base is None:
            base = yields.ParameterSet(key=yields.CUSTOM_KEY, label="", leaf_low=2000.0, leaf_central=3000.0,
                                       leaf_high=4000.0)
        dialog = CustomSetDialog(base, self)
        if dialog.exec() != CustomSetDialog.DialogCode.Accepted:
            return
        self.save_custom_set(dialog.parameter_set())

    def save_custom_set(self, pset):
        try:
            yields.save_custom_set(QgsProject.instance(), pset)
        except VraemError as error:
            self.warn(str(error))
            return
        self.reload_parameter_sets(yields.CUSTOM_KEY)
        self.save_state()
        self.schedule_areas(immediately=True)

    def _on_area_layer_changed(self, layer):
        if self._closed:
            return
        self._watch_layer(layer)
        self.save_state()
        self.schedule_areas(immediately=True)

    def _on_area_choice_changed(self, *_args):
        self.save_state()
        self.schedule_areas(immediately=True)

    def _watch_layer(self, layer):
        self._unwatch_layer()
        if layer is None:
            return
        # dataChanged alone misses edits still in the edit buffer: listen to each kind of change.
        changes = (layer.dataChanged, layer.featureAdded, layer.featuresDeleted, layer.geometryChanged,
                   layer.afterRollBack, layer.subsetStringChanged, layer.crsChanged)
        pairs = [(layer.selectionChanged, self._on_selection_changed)]
        pairs += [(signal, self._on_features_changed) for signal in changes]
        for signal, slot in pairs:
            signal.connect(slot)
        self._watched = (layer.id(), pairs)

    def _unwatch_layer(self):
        if self._watched is None:
            return
        layer_id, pairs = self._watched
        self._watched = None
        if QgsProject.instance().mapLayer(layer_id) is None:
            return  # the layer is gone, and its connections with it
        for signal, slot in pairs:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                continue  # already disconnected

    def _on_selection_changed(self, *_args):
        if self.selected_only_check.isChecked():
            self.schedule_areas()

    def _on_features_changed(self, *_args):
        self.schedule_areas()

    def schedule_areas(self, immediately=False):
        """Debounce: a burst of selection clicks or edits gives one computation."""
        if self._restoring or self._loading_project or self._closed:
            return
        if not self.settings.live_update and not immediately:
            return
        self.debounce.setInterval(0 if immediately else self.settings.debounce_ms)
        self.debounce.start()

    def cancel_areas(self):
        self.runner.cancel(AREAS, discard=False)

    def _clear_areas(self, message):
        """Empty the areas table and say why; nothing is running afterwards. Returns None (no task)."""
        self.areas.model.clear()
        self.areas.status.setText(message)
        self._set_idle(self.areas)
        self.area_cancel_button.setEnabled(False)
        self.last_area_result = None

    def run_areas(self):
        """Start (or restart) the area computation for the current layer/selection/parameter set."""
        self.debounce.stop()
        self.runner.cancel(AREAS)
        layer = self.area_layer_combo.currentLayer()
        if layer is None:
            return self._clear_areas(tr("Choose a polygon layer."))
        selected_only = self.selected_only_check.isChecked()
        if selected_only and layer.selectedFeatureCount() == 0:
            return self._clear_areas(tr("No feature is selected in '{name}'.").format(name=layer.name()))
        project = QgsProject.instance()
        zone_choice = reference.zone_choice(project)
        zone = zone_choice.layer if zone_choice.layer is not None and zone_choice.layer.id() != layer.id() else None
        if zone_choice.skipped:
            self.warn(zone_choice.note)  # a figure measured without the expected zone must never be silent
        pset = self.current_parameter_set()
        layer_id, layer_name = layer.id(), layer.name()

        try:
            # Taken here, on the main thread: the worker never touches the live layers.
            layer_snapshot = LayerSnapshot(layer)
            zone_snapshot = LayerSnapshot(zone) if zone is not None else None
        except VraemError as error:
            self.warn(str(error))
            return self._clear_areas(str(error))

        def work(feedback):
            collector = figures.AreaRowCollector()
            summary = areas.compute_areas(layer_snapshot, zone=zone_snapshot, selected_only=selected_only,
                                          feedback=feedback, project=project, keep_rows=False, on_row=collector)
            return summary, collector.largest()

        def done(task, result, error):
            self._areas_done(task, result, error, layer_id, layer_name, selected_only, pset, zone_choice.note)

        task = FunctionTask(tr("VRAEM areas of {name}").format(name=layer_name), work, done,
                            layer_ids=[layer_id] + ([zone.id()] if zone is not None else []))
        task.setDependentLayers([layer] + ([zone] if zone is not None else []))
        self._show_running(self.areas, task, self.area_cancel_button)
        self.areas.status.setText(tr("Computing areas of '{name}'…").format(name=layer_name))
        return self.runner.start(AREAS, task)

    @staticmethod
    def _set_idle(section):
        section.running = False
        if section.progress is not None:
            section.progress.setVisible(False)

    def _show_running(self, section, task, cancel_button):
        section.running = True
        section.progress.setValue(0)
        section.progress.setVisible(True)
        cancel_button.setEnabled(True)
        task.progressChanged.connect(lambda value: section.progress.setValue(int(value)))

    def _areas_done(self, task, result, error, layer_id, layer_name, selected_only, pset, zone_note):
        if not self.runner.is_current(AREAS, task):
            return
        self._set_idle(self.areas)
        self.area_cancel_button.setEnabled(False)
        if task.cancelled:
            self.areas.status.setText(tr("Cancelled."))
            return
        if error is not None or result is None:
            self.areas.model.clear()
            self.last_area_result = None
            message = error or tr("The areas could not be computed.")
            self.areas.status.setText(message)
            self.warn(message)
            return
        summary, feature_rows = result

        estimate = None
        if pset is not None:
            try:
                estimate = yields.potential_yield(summary.total_ha, pset)
            except VraemError as error:  # a custom set that cannot give a yield: areas only
                self.warn(str(error))
                pset = None
        columns, rows = figures.area_rows(summary, feature_rows, layer_id, layer_name, selected_only, pset)
        self.last_area_result = (summary, pset)
        self.areas.model.set_result(columns, rows)
        text = tr("{n} features, {ha:,.2f} ha ({km2:,.4f} km²)").format(
            n=summary.feature_count, ha=summary.total_ha, km2=summary.total_km2)
        if estimate is not None:
            text += "\n" + tr("Potential cocaine HCl: {low:,.2f}–{high:,.2f} t/yr (central {central:,.2f}); "
                              "indicative").format(low=estimate.hcl_t[0], central=estimate.hcl_t[1],
                                                   high=estimate.hcl_t[2])
            coca = plausibility.check_coca_polygons(summary)
            text += "".join("\n" + line for line in coca.lines())
            if coca.implausible:
                self.warn(" ".join(coca.warnings))
        for message in summary.messages:
            text += "\n" + message
        self.areas.status.setText(text + "\n" + zone_note)

    def use_area_result(self):
        if self.last_area_result is None:
            self.warn(tr("Compute an area first (Areas & yield)."))
            return
        self._set_combo_data(self.claim_unit_combo, "ha")
        self.claim_area_spin.setValue(self.last_area_result[0].total_ha)

    # ------------------------------------------------------------------------------------------
    # buffer overlaps

    def distance_m(self):
        factor = 1000.0 if self.overlap_unit_combo.currentData() == "km" else 1.0
        return self.overlap_distance_spin.value() * factor

    def run_overlap(self):
        source = self.overlap_source_combo.currentLayer()
        target = self.overlap_target_combo.currentLayer()
        if source is None or target is None:
            self.warn(tr("Choose the layer to buffer and the overlapping layer."))
            return None
        distance = self.distance_m()
        if distance <= 0:
            self.warn(tr("The buffer distance must be more than 0."))
            return None
        dissolve = self.overlap_dissolve_check.isChecked()
        project = QgsProject.instance()
        source_id, target_id = source.id(), target.id()
        distance_text = tr("{value:g} {unit}").format(value=self.overlap_distance_spin.value(),
                                                      unit=self.overlap_unit_combo.currentText())

        try:
            # Taken here, on the main thread: the worker never touches the live layers.
            source_snapshot, target_snapshot = LayerSnapshot(source), LayerSnapshot(target)
        except VraemError as error:
            self.warn(str(error))
            return None
        main_thread = QgsApplication.instance().thread()
        target_crs = target.crs()
        layer_name = tr("Overlap {target} within {distance} of {source}").format(
            target=target.name(), distance=distance_text, source=source.name())

        def work(feedback):
            result = overlap.buffer_overlap(source_snapshot, distance, target_snapshot, dissolve=dissolve,
                                            feedback=feedback, project=project, keep_geometries=True)
            layer = figures.overlap_layer(result, target_crs, layer_name)
            result.pieces = []  # the geometries now live in the layer
            layer.moveToThread(main_thread)  # created in this worker; the project lives in the main thread
            return result, layer

        def done(task, result, error):
            self._overlap_done(task, result, error, source_id, target_id, distance_text, dissolve)

        task = FunctionTask(tr("VRAEM buffer overlap"), work, done, layer_ids=[source_id, target_id])
        task.setDependentLayers([source, target])
        self._show_running(self.overlap, task, self.overlap_cancel_button)
        self.overlap_run_button.setEnabled(False)
        self.overlap.status.setText(tr("Buffering '{source}' by {distance}…").format(source=source.name(),
                                                                                     distance=distance_text))
        return self.runner.start(OVERLAP, task)

    def cancel_overlap(self):
        self.runner.cancel(OVERLAP, discard=False)

    def _overlap_done(self, task, result, error, source_id, target_id, distance_text, dissolve):
        if not self.runner.is_current(OVERLAP, task):
            return
        self._set_idle(self.overlap)
        self.overlap_cancel_button.setEnabled(False)
        self.overlap_run_button.setEnabled(True)
        if task.cancelled:
            self.overlap.status.setText(tr("Cancelled; nothing was added to the project."))
            return
        if error is not None or result is None:
            message = error or tr("The overlap could not be computed.")
            self.overlap.status.setText(message)
            self.warn(message)
            return
        project = QgsProject.instance()
        source, target = project.mapLayer(source_id), project.mapLayer(target_id)
        if source is None or target is None:
            self.overlap.status.setText(tr("A layer was removed during the run; nothing was added."))
            return
        result, layer = result
        columns, rows, status = figures.overlap_rows(result, source, target, distance_text, dissolve)
        self.last_overlap_result = (result, source.name(), distance_text)
        self.overlap.model.set_result(columns, rows)
        if layer.featureCount() > 0:
            self._add_built_layers([layer])
            self.overlap_layer_id = layer.id()
        self.overlap.status.setText(status)

    # ------------------------------------------------------------------------------------------
    # claim check

    def run_claim(self):
        unit = self.claim_unit_combo.currentData() or "ha"
        kind = self.claim_kind_combo.currentData() or claims.AREA
        area_text = f"{self.claim_area_spin.value():,.2f} {self.claim_unit_combo.currentText()}"
        try:
            if claims.KINDS[kind][0] is None:
                check = claims.check_kind(kind, self.claim_tonnes_spin.value(),
                                          hectares=claims.to_hectares(self.claim_area_spin.value(), unit))
            else:
                check = claims.check_kind(kind, self.claim_tonnes_spin.value(), year=self.claim_year_spin.value())
                area_text = check.area_source
        except VraemError as error:
            self.claim.model.clear()
            self.claim.status.setText(str(error))
            self.warn(str(error))
            self.last_claim = None
            return None
        columns, rows = figures.claim_rows(check, area_text)
        self.claim.model.set_result(columns, rows)
        self.claim.status.setText(figures.claim_verdict_text(check))
        self.last_claim = check
        return check

    # ------------------------------------------------------------------------------------------
    # export

    def figure_tables(self):
        """(title, model) of every non-empty result table, in display order."""
        tables = [(tr("Areas & yield"), self.areas.model), (tr("Buffer overlaps"), self.overlap.model),
                  (tr("Claim check"), self.claim.model)]
        return [(title, model) for title, model in tables if model.rowCount() > 0]

    def figures_text(self, delimiter):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        for title, model in self.figure_tables():
            header, body = model.as_table()
            writer.writerow([title])
            writer.writerow(header)
            writer.writerows(body)
            writer.writerows([line] for line in self._table_notes(model))
            writer.writerow([])
        return buffer.getvalue()

    def _table_notes(self, model):
        """What the figures of a table rest on, written under it: the sources bounding the range."""
        if model is self.areas.model and self.last_area_result is not None and self.last_area_result[1]:
            area, pset = self.last_area_result
            return [tr("The range is bounded by:")] + yields.potential_yield(area.total_ha, pset).range_basis
        if model is self.claim.model and self.last_claim is not None:
            check = self.last_claim
            lines = [check.area_source] + figures.production_lines(check) + [check.fixed_factor_text]
            if check.production is not None:
                lines += check.production.estimate.range_basis
            return [line for line in lines if line]
        return []

    def copy_figures(self):
        text = self.figures_text("\t")
        if not text:
            self.warn(tr("There are no figures to copy yet."))
            return ""
        QApplication.clipboard().setText(text)
        self.export_status.setText(tr("Figures copied to the clipboard."))
        return text

    def export_csv(self, path):
        text = self.figures_text(",")
        if not text:
            self.warn(tr("There are no figures to export yet."))
            return False
        try:
            atomic.write_text(path, text, inputs=atomic.project_files())
        except VraemError as error:
            self.warn(str(error))
            return False
        self.export_status.setText(tr("Figures saved to {path}").format(path=path))
        return True

    def export_csv_dialog(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Save figures as CSV"),
                                              os.path.join(self.settings.last_export_dir, "vraem_figures.csv"),
                                              tr("CSV files (*.csv)"))
        if path:
            self.settings.last_export_dir = os.path.dirname(path)
            self.export_csv(path)

    def atlas_choice(self):
        """(coverage layer, page-name field or None) when the atlas option is on, else (None, None)."""
        if not self.atlas_check.isChecked():
            return None, None
        layer = self.atlas_layer_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            raise VraemError(tr("Choose the polygon layer whose features make the atlas pages."))
        return layer, self.atlas_field_combo.currentField() or None

    def _layout(self, create=True):
        project = QgsProject.instance()
        atlas_layer, name_field = self.atlas_choice()
        atlas_key = (atlas_layer.id() if atlas_layer is not None else "", name_field or "")
        layout = project.layoutManager().layoutByName(self.layout_name) if self.layout_name else None
        if layout is not None and atlas_key != self._layout_atlas:
            layout = None  # the atlas choice changed since: build a sheet that follows it
        if layout is None and create:
            figures_sheet, layers, overview = self._report_inputs(project)
            if atlas_layer is not None and atlas_layer not in layers:
                layers.insert(0, atlas_layer)  # each page shows its own feature
            layout = report.create_layout(project, figures_sheet, layers, overview, atlas_layer=atlas_layer,
                                          atlas_name_field=name_field)
            self.layout_name = layout.name()
            self._layout_atlas = atlas_key
        return layout

    def _report_inputs(self, project):
        """(figures, layers, overview layers) of the sheet from the dock's latest results."""
        area, estimate = None, None
        if self.last_area_result is not None:
            area, pset = self.last_area_result
            estimate = yields.potential_yield(area.total_ha, pset) if pset is not None else None
        overlap_result, overlap_label = None, None
        if self.last_overlap_result is not None:
            overlap_result, source_name, distance_text = self.last_overlap_result
            overlap_label = tr("Within {distance} of {layer}").format(distance=distance_text, layer=source_name)
        zone_choice = reference.zone_choice(project)
        zone = zone_choice.layer
        zone_approximate = zone is None or areas.zone_is_approximate(zone)
        caveats = report.default_caveats(zone_approximate)
        if zone is None or zone_choice.skipped:
            caveats.append(zone_choice.note)  # the sheet says which zone it used when it is not the expected one
        sheet = report.figures_from_results(area=area, yields=estimate, overlap=overlap_result,
                                            overlap_label=overlap_label, caveats=caveats,
                                            zone_approximate=zone_approximate)
        layers = [self.area_layer_combo.currentLayer(), project.mapLayer(self.overlap_layer_id)
                  if self.overlap_layer_id else None, self.overlap_source_combo.currentLayer()]
        layers.append(zone)
        seen, unique = set(), []
        for layer in layers:
            if layer is not None and layer.id() not in seen:
                seen.add(layer.id())
                unique.append(layer)
        overview = [reference.find_layer(project, "countries"), zone]
        return sheet, unique, [layer for layer in overview if layer is not None]

    def create_layout(self):
        try:
            layout = self._layout()
        except VraemError as error:
            self.warn(str(error))
            return None
        if self.iface is not None and hasattr(self.iface, "openLayoutDesigner"):
            self.iface.openLayoutDesigner(layout)
        self.export_status.setText(tr("Layout '{name}' created.").format(name=layout.name()))
        return layout

    def export_layout(self, path, feedback=None):
        """Export the layout to PDF/PNG (an atlas: one page per feature); True when written.

        Layout rendering must happen in the main thread (QGraphicsScene), so instead of a task a
        window-modal progress dialog reports the progress and its Cancel button cancels `feedback`
        (a new QgsFeedback by default). A cancelled export leaves no file behind.
        """
        try:
            layout = self._layout()
            outputs = report.export_paths(layout, path)
        except VraemError as error:
            self.warn(str(error))
            return False
        feedback = feedback or QgsFeedback()
        dialog = self._export_progress_dialog(feedback)
        error_text, pages = None, None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = report.export_layout(layout, path, self.export_dpi_spin.value(), feedback)
            pages = result if isinstance(result, int) else None
        except VraemError as error:
            error_text = str(error)
        finally:
            QApplication.restoreOverrideCursor()
            self._close_export_progress(dialog, feedback)
        if feedback.isCanceled():
            # report.export_layout writes beside the target and removes its files on cancel
            message = tr("Export cancelled; no file was written.")
            self.export_status.setText(message)
            self._push(message, Qgis.MessageLevel.Info, 5)
            return False
        if error_text is not None:
            self.warn(error_text)
            return False
        if pages is not None and len(outputs) > 1:
            message = tr("Exported {n} atlas pages as images: {first} … {last}").format(
                n=pages, first=outputs[0], last=outputs[-1])
        elif pages is not None:
            message = tr("Exported {n} atlas pages to {path}").format(n=pages, path=path)
        else:
            message = tr("Exported to {path}").format(path=path)
        self.export_status.setText(message)
        self.inform(message)
        return True

    def _export_progress_dialog(self, feedback):
        dialog = QProgressDialog(tr("Exporting the layout…"), tr("Cancel"), 0, 100, self)
        dialog.setObjectName("VraemExportProgress")
        dialog.setWindowTitle(tr("Export layout"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(feedback.cancel)
        feedback.progressChanged.connect(self._on_export_progress)
        self.export_progress = dialog
        dialog.setValue(0)
        dialog.show()
        return dialog

    def _on_export_progress(self, value):
        # A window-modal QProgressDialog processes events in setValue: the Cancel click gets through.
        if self.export_progress is not None:
            self.export_progress.setValue(int(value))

    def _close_export_progress(self, dialog, feedback):
        feedback.progressChanged.disconnect(self._on_export_progress)
        dialog.canceled.disconnect(feedback.cancel)  # closing a progress dialog emits canceled
        self.export_progress = None
        dialog.hide()
        dialog.deleteLater()

    def export_layout_dialog(self):
        kind = self.export_format_combo.currentData() or "pdf"
        file_filter = tr("PDF files (*.pdf)") if kind == "pdf" else tr("PNG images (*.png)")
        path, _ = QFileDialog.getSaveFileName(self, tr("Export layout"),
                                              os.path.join(self.settings.last_export_dir, "vraem_report." + kind),
                                              file_filter)
        if path:
            if not path.lower().endswith("." + kind):
                path += "." + kind
            self.settings.last_export_dir = os.path.dirname(path)
            self.export_layout(path)

    # ------------------------------------------------------------------------------------------

    def _zoom_from(self, section, proxy_index):
        row = section.model.row_at(section.proxy.mapToSource(proxy_index).row())
        if row is None or row.feature_id is None:
            return False
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        return zoom_to_feature(canvas, row.layer_id, row.feature_id)

    def cleanup(self):
        """Stop the tasks and disconnect every signal this dock connected outside itself."""
        self._closed = True
        self.debounce.stop()
        for widget in self.findChildren(QWidget):
            widget.blockSignals(True)  # the layer pickers keep following the project until deleted
        self.runner.cancel_all()
        self._unwatch_layer()
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                continue  # already disconnected
        self._connections = []
