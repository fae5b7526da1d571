"""The VRAEM Analyst dock panel: a host of section panels (plugin/gui/sections/), one per concern.

The dock builds the sections, passes the project's signals on to them and saves/restores each
section's slice of the project state. Sections hold layers by id and look them up when needed, so a
layer removed while the dock is open never leaves a stale reference; every signal connected here is
disconnected in cleanup().
"""

from qgis.core import QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QComboBox, QScrollArea, QVBoxLayout, QWidget

from ..core import project_storage
from ..core.errors import VraemError
from ..core.project_state import read_state, write_state
from ..i18n import tr
from ..settings import VraemSettings
from .notifier import Notifier
from .sections import air, areas, base, claim, export, layers, overlaps, trends
from .tasks import TaskRunner
from .widgets import narrow


class VraemDock(QgsDockWidget):
    def __init__(self, interface, parent=None):
        super().__init__(tr("VRAEM Analyst"), parent)
        self.setObjectName("VraemAnalystDock")
        self.iface = interface
        self.runner = TaskRunner()
        self.context = base.DockContext(interface, VraemSettings(), self.runner, Notifier(interface))

        scroll = QScrollArea(self)
        scroll.setObjectName("VraemScrollArea")
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.layers = layers.LayersSection(self.context, body)
        self.areas = areas.AreasSection(self.context, body)
        self.overlap = overlaps.OverlapSection(self.context, body)
        self.claim = claim.ClaimSection(self.context, self.areas, body)
        self.air = air.AirSection(self.context, body)
        self.trends = trends.TrendsSection(self.context, self.areas, self.claim, body)
        self.export = export.ExportSection(self.context, self.areas, self.overlap, self.claim, body, air_section=self.air)
        self.sections = (self.layers, self.areas, self.overlap, self.claim, self.trends, self.air, self.export)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        for section in self.sections:
            layout.addWidget(section)
            section.state_changed.connect(self.save_state)
        layout.addStretch(1)
        for combo in body.findChildren(QComboBox):
            narrow(combo)
        scroll.setWidget(body)
        self.setWidget(scroll)

        project = QgsProject.instance()
        connect = self.context.connect
        connect(project.layersWillBeRemoved, self._on_layers_will_be_removed)
        connect(project.layersRemoved, self._on_layers_removed)
        connect(project.readProject, self._on_project_read)
        connect(project.aboutToBeCleared, self._on_project_clearing)
        connect(project.cleared, self._on_project_cleared)
        connect(project.writeMapLayer, self._store_created_layer)
        self.restore_state()

    @property
    def connections(self):
        """(signal, slot) pairs connected outside the dock, by the dock and its sections."""
        return self.context.connections

    @property
    def loading_project(self):
        """True between a project being cleared and the next one being read (or ready when new)."""
        return self.context.loading_project

    # ------------------------------------------------------------------------------------------
    # state saved with the project

    def save_state(self):
        if self.context.quiet:
            return
        project = QgsProject.instance()
        for section in self.sections:
            state = section.to_state()
            if state is not None:
                write_state(project, state)

    def restore_state(self):
        project = QgsProject.instance()
        self.context.restoring = True
        try:
            for section in self.sections:
                defaults = section.default_state()
                if defaults is not None:
                    section.from_state(read_state(project, defaults))
        finally:
            self.context.restoring = False
        for section in self.sections:
            section.restored()

    # ------------------------------------------------------------------------------------------
    # project signals, passed on to the sections

    def _on_layers_will_be_removed(self, layer_ids):
        layer_ids = set(layer_ids)
        # Workers read snapshots, not the layers: their answers only need discarding.
        self.runner.release_layers(layer_ids)
        for section in self.sections:
            section.layers_will_be_removed(layer_ids)

    def _on_layers_removed(self, layer_ids):
        if self.context.closed or self.context.loading_project:
            return
        for section in self.sections:
            section.layers_removed(set(layer_ids))

    def _on_project_clearing(self):
        self.context.loading_project = True
        self.runner.cancel_all()
        for section in self.sections:
            section.project_clearing()

    def _on_project_cleared(self):
        for section in self.sections:
            section.project_cleared()
        # A project being read restores in readProject; a new empty project is ready once control returns.
        QTimer.singleShot(0, self._end_loading)

    def _end_loading(self):
        if self.context.loading_project:
            self.context.loading_project = False
            self.restore_state()

    def _on_project_read(self, *_args):
        self.context.loading_project = False
        self.restore_state()

    def _store_created_layer(self, layer, element, _document):
        """A layer the plugin made is kept in the project's GeoPackage when the project is saved."""
        try:
            project_storage.store_layer(QgsProject.instance(), layer, element)
        except VraemError as error:
            self.context.notifier.error(error)

    # ------------------------------------------------------------------------------------------

    def cleanup(self):
        """Stop the tasks and disconnect every signal this dock connected outside itself."""
        self.context.closed = True
        for widget in self.findChildren(QWidget):
            widget.blockSignals(True)  # the layer pickers keep following the project until deleted
        self.runner.cancel_all()
        for section in self.sections:
            section.cleanup()
        self.context.disconnect_all()
