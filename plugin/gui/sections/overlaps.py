"""Buffer overlaps section: what of one layer lies within a ground distance of another (in a task)."""

from dataclasses import dataclass

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDoubleSpinBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QVBoxLayout

from ...core import overlap
from ...core.definitions import distance_units
from ...core.errors import VraemError
from ...core.snapshot import LayerSnapshot
from ...i18n import tr
from .. import figures
from ..tasks import FunctionTask
from ..widgets import follow_layer, label_field_combo, layer_id, set_combo_data
from .base import Section

OVERLAP = "overlap"  # task slot


@dataclass
class OverlapState:
    overlap_distance: float  # no default here: a new project's come from the settings
    overlap_unit: str
    overlap_source_id: str = ""
    overlap_target_id: str = ""
    overlap_dissolve: bool = False
    overlap_label_field: str = ""
    overlap_layer_id: str = ""  # the result layer of the last run: a re-run replaces it, after a reopen too


class OverlapSection(Section):
    def __init__(self, context, parent=None):
        super().__init__(context, tr("Buffer overlaps"), "VraemOverlapGroup", parent)
        self.last_result = None  # (OverlapResult, source name, distance text)
        self.layer_id = ""  # the result layer added to the project

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.source_combo = self._layer_combo("VraemOverlapSourceCombo")
        form.addRow(tr("Buffer around"), self.source_combo)
        distance_row = QHBoxLayout()
        self.distance_spin = QgsDoubleSpinBox(self)
        self.distance_spin.setObjectName("VraemOverlapDistanceSpin")
        self.distance_spin.setDecimals(3)
        self.distance_spin.setRange(0.0, 1.0e7)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("VraemOverlapUnitCombo")
        for unit in distance_units():
            self.unit_combo.addItem(unit.label, unit.key)
        distance_row.addWidget(self.distance_spin, 1)
        distance_row.addWidget(self.unit_combo)
        form.addRow(tr("Ground distance"), distance_row)
        self.target_combo = self._layer_combo("VraemOverlapTargetCombo")
        form.addRow(tr("Overlapping layer"), self.target_combo)
        self.label_combo = label_field_combo(self, "VraemOverlapLabelFieldCombo")
        form.addRow(tr("Label field"), self.label_combo)
        self.dissolve_check = QCheckBox(tr("Dissolve buffers (count each overlap once)"), self)
        self.dissolve_check.setObjectName("VraemOverlapDissolveCheck")
        form.addRow(self.dissolve_check)
        layout.addLayout(form)
        self.make_results("Overlap")
        self.add_run_controls(layout, "Overlap")
        self.source_combo.layerChanged.connect(self.save)
        self.target_combo.layerChanged.connect(self._on_target_changed)
        self.label_combo.fieldChanged.connect(self.save)
        self.distance_spin.valueChanged.connect(self.save)
        self.unit_combo.currentIndexChanged.connect(self.save)
        self.dissolve_check.toggled.connect(self.save)

    def _on_target_changed(self, layer):
        if not self.context.restoring:
            follow_layer(self.label_combo, layer)
        self.save()

    def _layer_combo(self, name):
        combo = QgsMapLayerComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(Qgis.LayerFilter.VectorLayer)
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        return combo

    # -- state

    def default_state(self):
        return OverlapState(overlap_distance=self.settings.default_buffer_distance,
                            overlap_unit=self.settings.default_distance_unit)

    def to_state(self):
        return OverlapState(overlap_source_id=layer_id(self.source_combo), overlap_target_id=layer_id(self.target_combo),
                            overlap_distance=self.distance_spin.value(),
                            overlap_unit=self.unit_combo.currentData() or self.settings.default_distance_unit,
                            overlap_dissolve=self.dissolve_check.isChecked(),
                            overlap_label_field=self.label_combo.currentField(),
                            overlap_layer_id=self.layer_id)

    def from_state(self, state):
        project = QgsProject.instance()
        self.source_combo.setLayer(project.mapLayer(state.overlap_source_id) if state.overlap_source_id else None)
        self.target_combo.setLayer(project.mapLayer(state.overlap_target_id) if state.overlap_target_id else None)
        follow_layer(self.label_combo, self.target_combo.currentLayer(), state.overlap_label_field)
        self.distance_spin.setValue(state.overlap_distance)
        set_combo_data(self.unit_combo, state.overlap_unit)
        self.dissolve_check.setChecked(state.overlap_dissolve)
        self.layer_id = state.overlap_layer_id if project.mapLayer(state.overlap_layer_id) is not None else ""

    def restored(self):
        if not self.layer_id:  # no earlier run whose layer the project shows
            return
        # the table is not saved with the project, its layer is: recomputed from the saved inputs when they are here
        if self.source_combo.currentLayer() is None or self.target_combo.currentLayer() is None:
            self.status.setText(tr("The overlap layer on the map is from an earlier run; press Run to show its table."))
        else:
            self.recompute_earlier_run(lambda: self._start(self._earlier_run_done))

    # -- project and layer events

    def layers_will_be_removed(self, layer_ids):
        self.drop_rows_of(layer_ids)
        if self.layer_id in layer_ids:
            self.layer_id = ""
        if not self.runner.running(OVERLAP):
            self.set_idle()
            self.run_button.setEnabled(True)
            self.cancel_button.setEnabled(False)

    def project_cleared(self):
        self.clear_results()
        self.last_result = None
        self.layer_id = ""
        self.result_changed.emit()

    # -- the run

    def distance_m(self):
        factors = {unit.key: unit.factor for unit in distance_units()}
        return self.distance_spin.value() * factors.get(self.unit_combo.currentData(), 1.0)

    def run(self):
        return self._start(self._done)

    def _start(self, on_done):
        """Start the overlap task on the chosen inputs; on_done(task, result, error, source_id, target_id,
        distance_text, dissolve) takes its answer. The task, or None when the inputs are refused."""
        source = self.source_combo.currentLayer()
        target = self.target_combo.currentLayer()
        if source is None or target is None:
            return self._refuse(tr("Choose the layer to buffer and the overlapping layer."))
        distance = self.distance_m()
        if distance <= 0:
            return self._refuse(tr("The buffer distance must be more than 0."))
        dissolve = self.dissolve_check.isChecked()
        project = QgsProject.instance()
        source_id, target_id = source.id(), target.id()
        distance_text = tr("{value:g} {unit}").format(value=self.distance_spin.value(), unit=self.unit_combo.currentText())

        try:
            # Taken here, on the main thread: the worker never touches the live layers.
            source_snapshot, target_snapshot = LayerSnapshot(source), LayerSnapshot(target)
        except VraemError as error:
            self.notifier.error(error)
            self.show_failure(str(error))
            return None
        main_thread = QgsApplication.instance().thread()
        target_crs = target.crs()
        layer_name = tr("Within {distance} of {source} – {target}").format(
            target=target.name(), distance=distance_text, source=source.name())

        def work(feedback):
            result = overlap.buffer_overlap(source_snapshot, distance, target_snapshot, dissolve=dissolve,
                                            feedback=feedback, project=project, keep_geometries=True)
            layer = figures.overlap_layer(result, target_crs, layer_name)
            result.release_kept()  # the geometries now live in the layer
            layer.moveToThread(main_thread)  # created in this worker; the project lives in the main thread
            return result, layer

        def done(task, result, error):
            on_done(task, result, error, source_id, target_id, distance_text, dissolve)

        task = FunctionTask(tr("VRAEM buffer overlap"), work, done, layer_ids=[source_id, target_id])
        task.setDependentLayers([source, target])
        self.show_running(task, self.cancel_button)
        self.run_button.setEnabled(False)
        self.status.setText(tr("Buffering '{source}' by {distance}…").format(source=source.name(),
                                                                            distance=distance_text))
        return self.runner.start(OVERLAP, task)

    def cancel(self):
        self.runner.cancel(OVERLAP, discard=False)

    def _refuse(self, message):
        """Inputs that cannot run: said in the message bar and the status, with no earlier result left."""
        self.notifier.warn(message)
        self.show_failure(message)

    def forget_result(self):
        super().forget_result()
        self.last_result = None

    def _done(self, task, result, error, source_id, target_id, distance_text, dissolve):
        """A run's answer: its table, and its layer in place of the previous run's."""
        live = self.finish_run(OVERLAP, task, result, error, [source_id, target_id],
                               tr("The overlap could not be computed."))
        if live is None:
            return
        result, layer = result
        if layer.featureCount() > 0:
            self.replace_created_layers([self.layer_id], [layer])
            self.layer_id = layer.id()
            self.save()
        self._show(result, *live, distance_text, dissolve)

    def _earlier_run_done(self, task, result, error, source_id, target_id, distance_text, dissolve):
        """The recomputed table of the run whose layer the reopened project shows: that layer stays, the new one
        is dropped, so the project is as it was opened."""
        live = self.finish_earlier_run(OVERLAP, task, result, error, [source_id, target_id])
        if live is not None:
            self._show(result[0], *live, distance_text, dissolve)

    def _show(self, result, source, target, distance_text, dissolve):
        """The figures of an overlap result: table, status and the result the report reads."""
        field_name = self.label_combo.currentField()
        labels = (figures.feature_labels(target, field_name, [item.fid for item in result.targets])
                  if field_name else None)
        columns, rows, status, details = figures.overlap_rows(result, source, target, distance_text, dissolve, labels)
        self.last_result = (result, source.name(), distance_text)
        self.model.set_result(columns, rows, details)
        self.status.setText(status)
        self.result_changed.emit()

    # -- figures

    def figures_title(self):
        return tr("Buffer overlaps")

    def report_layers(self, project):
        """The result layer (when one was added) and the buffered layer, for the sheet."""
        return [project.mapLayer(self.layer_id) if self.layer_id else None, self.source_combo.currentLayer()]
