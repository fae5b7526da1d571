"""What every dock section shares: the context it runs in and the collapsible box it lives in."""

from qgis.core import QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton

from ...core import project_storage
from ...i18n import tr
from ..widgets import ResultsPanel, unique_layer_name, zoom_to_feature


def _earlier_run_not_recomputed():
    return tr("The table of the earlier run could not be recomputed; its layers on the map are unchanged.")


class DockContext:
    """Shared by the dock and its sections: interface, preferences, task runner, notifier and the dock's phase.

    While `restoring` (state being put back into the widgets), `loading_project` (between a project being
    cleared and read) or `closed` (after cleanup), widget changes are not user choices: nothing is saved
    and nothing is computed."""

    def __init__(self, interface, settings, runner, notifier):
        self.iface = interface
        self.settings = settings
        self.runner = runner
        self.notifier = notifier
        self.restoring = False
        self.loading_project = False
        self.closed = False
        self.connections = []  # (signal, slot) outside the dock: disconnected when the dock closes

    def connect(self, signal, slot):
        signal.connect(slot)
        self.connections.append((signal, slot))

    def disconnect(self, signal, slot):
        signal.disconnect(slot)
        self.connections.remove((signal, slot))

    def disconnect_all(self):
        for signal, slot in self.connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                continue  # already disconnected
        self.connections = []

    @property
    def quiet(self):
        return self.restoring or self.loading_project or self.closed

    def canvas(self):
        return self.iface.mapCanvas() if self.iface is not None and hasattr(self.iface, "mapCanvas") else None


class Section(QgsCollapsibleGroupBox):
    """One section of the dock. Subclasses build their widgets and override the hooks they need."""

    # A choice saved with the project changed: the dock writes the state.
    state_changed = pyqtSignal()
    # The section's latest result changed (or was forgotten): views drawn from it refresh.
    result_changed = pyqtSignal()

    def __init__(self, context, title, name, parent=None, collapsed=False):
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setCollapsed(collapsed)
        self.context = context
        self.notifier = context.notifier
        self.settings = context.settings
        self.runner = context.runner
        self.progress = None
        self.running = False
        # Expanding shows every child again, an idle progress bar included: hide it again.
        self.collapsedStateChanged.connect(self._sync_progress_bar)

    # -- hooks called by the dock

    def default_state(self):
        """This section's slice of the project state as a new project has it (None: it saves nothing)."""
        return None

    def from_state(self, state):
        """Put a saved state into the widgets (signals do not save or compute meanwhile)."""

    def to_state(self):
        return None

    def restored(self):
        """Called once every section has its state back."""

    def layers_will_be_removed(self, layer_ids):
        """Forget results and runs about these layers (the runner already discarded their tasks)."""

    def layers_removed(self, layer_ids):
        """The layers are gone; layer pickers may now show others."""

    def project_clearing(self):
        """The project is about to be cleared (its tasks are already cancelled)."""

    def project_cleared(self):
        """The project was cleared: forget every result."""

    def cleanup(self):
        """The dock closes: stop timers and disconnect from layers."""

    # -- widget helpers

    def button(self, text, name, slot, tooltip=""):
        button = QPushButton(text, self)
        button.setObjectName(name)
        if tooltip:
            button.setToolTip(tooltip)
        # clicked(bool) would hand `checked` to the action as its first argument
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def save(self, *_args):
        """Slot for widgets whose value is saved with the project."""
        self.state_changed.emit()

    def make_results(self, name, with_progress=True):
        """The result panel (`results`: the table with *Details…* and *Open in a window*; its view, model
        and proxy), its status label and, for runs, its progress bar.

        Every widget made here must go into a layout: a collapsible group box shows its children again
        when it expands, and an orphan would then paint over the box's title."""
        self.results = ResultsPanel(self, name, self.title().replace("&&", "&"))
        self.view, self.model, self.proxy = self.results.view, self.results.model, self.results.proxy
        self.view.doubleClicked.connect(self.zoom_from)
        if with_progress:
            self.progress = QProgressBar(self)
            self.progress.setObjectName(f"Vraem{name}Progress")
            self.progress.setRange(0, 100)
            self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName(f"Vraem{name}Status")
        self.status.setWordWrap(True)

    def add_run_controls(self, layout, name):
        """Below the inputs of a section whose run is a cancellable task (make_results first): the progress
        bar with Run and Cancel, then the status and the result panel. finish_run expects these buttons."""
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        self.run_button = self.button(tr("Run"), f"Vraem{name}RunButton", self.run)
        self.cancel_button = self.button(tr("Cancel"), f"Vraem{name}CancelButton", self.cancel)
        self.cancel_button.setEnabled(False)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.results)

    def clear_results(self):
        self.model.clear()
        self.status.clear()
        self.set_idle()

    def forget_result(self):
        """Drop the shown result (table and details); sections that keep their latest result drop it too."""
        self.model.clear()

    def show_failure(self, message):
        """A run refused, failed or cancelled: the status says why and no earlier result stays on show,
        so no figure can be read as this run's."""
        self.forget_result()
        self.status.setText(message)
        self.set_idle()

    def set_idle(self):
        self.running = False
        if self.progress is not None:
            self.progress.setVisible(False)

    def show_running(self, task, cancel_button):
        # The previous result no longer answers the inputs: a run that then fails leaves nothing stale.
        self.forget_result()
        self.running = True
        self.progress.setValue(0)
        self.progress.setVisible(True)
        cancel_button.setEnabled(True)
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))

    def _sync_progress_bar(self, *_args):
        if self.progress is not None:
            self.progress.setVisible(self.running)

    def finish_run(self, slot, task, result, error, layer_ids, failed_text):
        """End of a run's task in a section with run_button and cancel_button: the run's layers (by layer_ids)
        when its result is to be shown, else None with the reason in the status (an answer to an older run,
        cancelled, failed, or a layer removed meanwhile)."""
        if not self.runner.is_current(slot, task):
            return None
        self.set_idle()
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(True)
        if task.cancelled:
            self.show_failure(tr("Cancelled; nothing was added to the project."))
            return None
        if error is not None or result is None:
            message = error or failed_text
            self.show_failure(message)
            self.notifier.warn(message)
            return None
        layers = [QgsProject.instance().mapLayer(one) for one in layer_ids]
        if None in layers:
            self.show_failure(tr("A layer was removed during the run; nothing was added."))
            return None
        return layers

    # -- after a reopen: the saved result layers are on the map, the table is not saved with them

    def recompute_earlier_run(self, start):
        """Recompute, from the restored inputs, the table of the run whose layers the reopened project shows.

        start(): the section's run with a done step that shows the figures and keeps the saved layers (the project
        stays as it was opened); returns the task, or None when it refused the inputs (with its reason in the
        message bar)."""
        task = start()
        if task is None:
            message = _earlier_run_not_recomputed()
            self.show_failure(message)
            self.notifier.warn(message)
        else:
            self.status.setText(tr("Recomputing the table of the earlier run…"))
        return task

    def finish_earlier_run(self, slot, task, result, error, layer_ids):
        """finish_run for the task of recompute_earlier_run: a failure says that the saved layers stay as they are."""
        if error is not None:
            error = tr("The table of the earlier run could not be recomputed: {error} Its layers on the map are "
                       "unchanged.").format(error=error)
        return self.finish_run(slot, task, result, error, layer_ids, _earlier_run_not_recomputed())

    @staticmethod
    def add_created_layers(layers):
        """Add the valid layers the plugin made to the project; a memory layer is marked to be kept in the
        project's GeoPackage when the project is saved (plugin/core/project_storage.py)."""
        project = QgsProject.instance()
        added = [layer for layer in layers if layer is not None and layer.isValid()]
        for layer in added:
            if layer.providerType() == "memory":
                project_storage.mark_created(layer)
            project.addMapLayer(layer)
        return added

    def replace_created_layers(self, previous_ids, layers):
        """Add a run's layers in place of the section's previous ones of the same name (a re-run); a name another
        layer already has gets a number, so the Layers panel never lists two alike. Returns the layers added."""
        project = QgsProject.instance()
        names = {layer.name() for layer in layers if layer is not None}
        for previous in (project.mapLayer(one) for one in previous_ids if one):
            if previous is not None and previous.name() in names:
                project.removeMapLayer(previous.id())
        for layer in layers:
            if layer is not None:
                layer.setName(unique_layer_name(project, layer.name()))
        return self.add_created_layers(layers)

    def drop_rows_of(self, layer_ids):
        """Clear the results when they are about one of `layer_ids`."""
        if any(row.layer_id in layer_ids for row in self.model.rows):
            self.model.clear()
            self.status.setText(tr("The layer of these results was removed."))

    def zoom_from(self, proxy_index):
        """Zoom the canvas to the feature of a double-clicked row; False for a totals row or a gone feature."""
        row = self.model.row_at(self.proxy.mapToSource(proxy_index).row())
        if row is None or row.feature_id is None:
            return False
        return zoom_to_feature(self.context.canvas(), row.layer_id, row.feature_id)

    # -- figures for the export section

    def figures_title(self):
        """Title of this section's table in copied/exported figures."""
        return ""

    def table_notes(self):
        """Lines written under the table: what its figures rest on."""
        return []
