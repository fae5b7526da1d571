"""Areas & yield section: live ellipsoidal areas of a polygon layer (or its selection) and potential yield.

The chosen layer is watched: a burst of selection clicks or edits gives one debounced computation in a task."""

from dataclasses import dataclass

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QVBoxLayout

from ...core import areas, plausibility, reference, yields
from ...core.errors import VraemError
from ...core.snapshot import LayerSnapshot
from ...i18n import tr
from .. import figures
from ..custom_set_dialog import CustomSetDialog
from ..tasks import FunctionTask
from ..widgets import follow_layer, label_field_combo, layer_id
from .base import Section

AREAS = "areas"  # task slot


@dataclass
class AreasState:
    area_layer_id: str = ""
    selected_only: bool = False
    parameter_set: str = ""
    label_field: str = ""


class AreasSection(Section):
    def __init__(self, context, parent=None):
        super().__init__(context, tr("Areas && yield"), "VraemAreasGroup", parent)
        self.parameter_sets = {}
        self._last_result = None
        self._watched = None  # (layer id, [(signal, slot)]) of the layer whose changes trigger a run
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(self.settings.debounce_ms)
        self.debounce.timeout.connect(self.run)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setObjectName("VraemAreaLayerCombo")
        self.layer_combo.setFilters(Qgis.LayerFilter.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        form.addRow(tr("Polygon layer"), self.layer_combo)
        self.label_combo = label_field_combo(self, "VraemAreaLabelFieldCombo")
        form.addRow(tr("Label field"), self.label_combo)
        self.selected_only_check = QCheckBox(tr("Selected features only"), self)
        self.selected_only_check.setObjectName("VraemSelectedOnlyCheck")
        form.addRow(self.selected_only_check)
        pset_row = QHBoxLayout()
        self.parameter_set_combo = QComboBox(self)
        self.parameter_set_combo.setObjectName("VraemParameterSetCombo")
        pset_row.addWidget(self.parameter_set_combo, 1)
        pset_row.addWidget(self.button(tr("Custom…"), "VraemEditCustomSetButton", self.edit_custom_set,
                                       tr("Define your own yield parameters (saved in the project)")))
        form.addRow(tr("Parameter set"), pset_row)
        layout.addLayout(form)
        self.make_results("Areas")
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        self.cancel_button = self.button(tr("Cancel"), "VraemAreasCancelButton", self.cancel)
        self.cancel_button.setEnabled(False)
        run_row.addWidget(self.button(tr("Refresh"), "VraemAreasRefreshButton", self.run))
        run_row.addWidget(self.cancel_button)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.results)

        self.layer_combo.layerChanged.connect(self._on_layer_changed)
        self.selected_only_check.toggled.connect(self._on_choice_changed)
        self.label_combo.fieldChanged.connect(self._on_choice_changed)
        self.parameter_set_combo.currentIndexChanged.connect(self._on_choice_changed)

    @property
    def last_result(self):
        """(summary, pset) of the last finished run, None before any or once forgotten."""
        return self._last_result

    @last_result.setter
    def last_result(self, result):
        if result is self._last_result:
            return  # e.g. None again: nothing changed, nothing to refresh
        self._last_result = result
        self.result_changed.emit()

    # -- state

    def default_state(self):
        return AreasState(parameter_set=self.settings.default_parameter_set)

    def to_state(self):
        return AreasState(area_layer_id=layer_id(self.layer_combo), selected_only=self.selected_only_check.isChecked(),
                          parameter_set=self.parameter_set_combo.currentData() or "",
                          label_field=self.label_combo.currentField())

    def from_state(self, state):
        project = QgsProject.instance()
        self.layer_combo.setLayer(project.mapLayer(state.area_layer_id) if state.area_layer_id else None)
        follow_layer(self.label_combo, self.layer_combo.currentLayer(), state.label_field)
        self.selected_only_check.setChecked(state.selected_only)
        self.reload_parameter_sets(state.parameter_set or self.settings.default_parameter_set)

    def restored(self):
        self._watch_layer(self.layer_combo.currentLayer())
        self.schedule(immediately=True)

    # -- project and layer events

    def layers_will_be_removed(self, layer_ids):
        if self._watched is not None and self._watched[0] in layer_ids:
            self._unwatch_layer()
        self.drop_rows_of(layer_ids)
        current = self.layer_combo.currentLayer()
        if current is None or current.id() in layer_ids:
            self.set_idle()
            self.cancel_button.setEnabled(False)

    def layers_removed(self, _layer_ids):
        """A picker whose layer was removed shows another one without saying so: follow it."""
        current = self.layer_combo.currentLayer()
        if (current.id() if current is not None else None) != self.watched_layer_id():
            self._on_layer_changed(current)
        else:
            self.save()

    def project_clearing(self):
        self._unwatch_layer()
        self.debounce.stop()

    def project_cleared(self):
        self.clear_results()
        self.last_result = None

    def cleanup(self):
        self.debounce.stop()
        self._unwatch_layer()

    # -- parameter sets

    def reload_parameter_sets(self, wanted=None):
        wanted = wanted or self.parameter_set_combo.currentData() or self.settings.default_parameter_set
        try:
            self.parameter_sets = yields.parameter_sets(QgsProject.instance())
        except VraemError as error:
            self.parameter_sets = {}
            self.status.setText(str(error))
        combo = self.parameter_set_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("No yield (areas only)"), "")
        for key, pset in self.parameter_sets.items():
            combo.addItem(pset.label, key)
            combo.setItemData(combo.count() - 1, figures.parameter_set_tooltip(pset), Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else (1 if combo.count() > 1 else 0))
        combo.blockSignals(False)

    def current_parameter_set(self):
        return self.parameter_sets.get(self.parameter_set_combo.currentData() or "")

    def edit_custom_set(self):
        base = self.parameter_sets.get(yields.CUSTOM_KEY) or self.current_parameter_set()
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
            self.notifier.error(error)
            return
        self.reload_parameter_sets(yields.CUSTOM_KEY)
        self.save()
        self.schedule(immediately=True)

    # -- following the layer

    def _on_layer_changed(self, layer):
        if self.context.closed:
            return
        self._watch_layer(layer)
        self.label_combo.blockSignals(True)  # one run for the new layer, not one more for its label field
        follow_layer(self.label_combo, layer)
        self.label_combo.blockSignals(False)
        self.save()
        self.schedule(immediately=True)

    def _on_choice_changed(self, *_args):
        self.save()
        self.schedule(immediately=True)

    def watched_layer_id(self):
        """Id of the layer whose changes trigger a run, None when none is watched."""
        return self._watched[0] if self._watched is not None else None

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
        watched_id, pairs = self._watched
        self._watched = None
        if QgsProject.instance().mapLayer(watched_id) is None:
            return  # the layer is gone, and its connections with it
        for signal, slot in pairs:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                continue  # already disconnected

    def _on_selection_changed(self, *_args):
        if self.selected_only_check.isChecked():
            self.schedule()

    def _on_features_changed(self, *_args):
        self.schedule()

    # -- the run

    def schedule(self, immediately=False):
        """Debounce: a burst of selection clicks or edits gives one computation."""
        if self.context.quiet:
            return
        if not self.settings.live_update and not immediately:
            return
        self.debounce.setInterval(0 if immediately else self.settings.debounce_ms)
        self.debounce.start()

    def cancel(self):
        self.runner.cancel(AREAS, discard=False)

    def forget_result(self):
        super().forget_result()
        self.last_result = None

    def _clear(self, message):
        """Empty the table and say why; nothing is running afterwards. Returns None (no task)."""
        self.show_failure(message)
        self.cancel_button.setEnabled(False)

    def run(self):
        """Start (or restart) the area computation for the current layer/selection/parameter set."""
        self.debounce.stop()
        self.runner.cancel(AREAS)
        layer = self.layer_combo.currentLayer()
        if layer is None:
            return self._clear(tr("Choose a polygon layer."))
        selected_only = self.selected_only_check.isChecked()
        if selected_only and layer.selectedFeatureCount() == 0:
            return self._clear(tr("No feature is selected in '{name}'.").format(name=layer.name()))
        project = QgsProject.instance()
        zone_choice = reference.zone_choice(project)
        zone = zone_choice.layer if zone_choice.layer is not None and zone_choice.layer.id() != layer.id() else None
        if zone_choice.skipped:
            self.notifier.warn(zone_choice.note)  # a figure measured without the expected zone must never be silent
        pset = self.current_parameter_set()
        source_id, layer_name = layer.id(), layer.name()

        try:
            # Taken here, on the main thread: the worker never touches the live layers.
            layer_snapshot = LayerSnapshot(layer)
            zone_snapshot = LayerSnapshot(zone) if zone is not None else None
        except VraemError as error:
            self.notifier.error(error)
            return self._clear(str(error))

        def work(feedback):
            collector = figures.AreaRowCollector()
            summary = areas.compute_areas(layer_snapshot, zone=zone_snapshot, selected_only=selected_only,
                                          feedback=feedback, project=project, on_row=collector)
            return summary, collector.largest()

        def done(task, result, error):
            self._done(task, result, error, source_id, layer_name, selected_only, pset, zone_choice.note)

        task = FunctionTask(tr("VRAEM areas of {name}").format(name=layer_name), work, done,
                            layer_ids=[source_id] + ([zone.id()] if zone is not None else []))
        task.setDependentLayers([layer] + ([zone] if zone is not None else []))
        self.show_running(task, self.cancel_button)
        self.status.setText(tr("Computing areas of '{name}'…").format(name=layer_name))
        return self.runner.start(AREAS, task)

    def _done(self, task, result, error, source_id, layer_name, selected_only, pset, zone_note):
        if not self.runner.is_current(AREAS, task):
            return
        self.set_idle()
        self.cancel_button.setEnabled(False)
        if task.cancelled:
            self.show_failure(tr("Cancelled; no figures are shown."))
            return
        if error is not None or result is None:
            message = error or tr("The areas could not be computed.")
            self.show_failure(message)
            self.notifier.warn(message)
            return
        summary, feature_rows = result

        estimate = None
        if pset is not None:
            try:
                estimate = yields.potential_yield(summary.total_ha, pset)
            except VraemError as error:  # a custom set that cannot give a yield: areas only
                self.notifier.error(error)
                pset = None
        labels = self._labels(source_id, [row.fid for row in feature_rows])
        columns, rows, details = figures.area_rows(summary, feature_rows, source_id, layer_name, selected_only, pset,
                                                   labels, zone_note)
        self.last_result = (summary, pset)
        self.model.set_result(columns, rows, details)
        text = tr("{n} features, {ha:,.2f} ha ({km2:,.4f} km²)").format(
            n=summary.feature_count, ha=summary.total_ha, km2=summary.total_km2)
        if estimate is not None:
            text += "\n" + tr("Potential cocaine HCl: {low:,.2f}–{high:,.2f} t/yr (central {central:,.2f}); "
                              "indicative").format(low=estimate.hcl_t[0], central=estimate.hcl_t[1],
                                                   high=estimate.hcl_t[2])
            coca = plausibility.check_coca_polygons(summary)
            text += "".join("\n" + line for line in coca.lines())
            if coca.implausible:
                self.notifier.warn(" ".join(coca.warnings))
        for message in summary.messages:
            text += "\n" + message
        self.status.setText(text + "\n" + zone_note)

    def _labels(self, source_id, fids):
        """{fid: label} of the listed features, None when no label field is chosen."""
        field_name = self.label_combo.currentField()
        if not field_name:
            return None
        return figures.feature_labels(QgsProject.instance().mapLayer(source_id), field_name, fids)

    def label_field(self):
        """The field naming the features of the measured layer ("" for none): the atlas names pages by it."""
        return self.label_combo.currentField()

    # -- figures

    def figures_title(self):
        return tr("Areas & yield")

    def table_notes(self):
        if self.last_result is None or not self.last_result[1]:
            return []
        area, pset = self.last_result
        return [tr("The range is bounded by:")] + yields.potential_yield(area.total_ha, pset).range_basis

    def estimate(self):
        """(area summary, potential yield or None) of the last run, (None, None) before any."""
        if self.last_result is None:
            return None, None
        area, pset = self.last_result
        return area, (yields.potential_yield(area.total_ha, pset) if pset is not None else None)
