"""The plugin class: it only wires actions, menu, toolbar, dock, Processing provider (and the widget
its dialogs show for a parameter set) and expression functions, and unload() undoes each of them."""

import os

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsGui
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction

from . import expressions
from .i18n import install_translator, remove_translator, tr
from .paths import RESOURCES_DIR, help_path

MENU = "&VRAEM Analyst"


class VraemAnalystPlugin:
    # `interface`: the QgisInterface QGIS hands to classFactory (None under qgis_process); tests pass
    # their own, so it is an argument rather than qgis.utils.iface.
    def __init__(self, interface):
        self.iface = interface
        self.translator = None
        self.provider = None
        self.dock = None
        self.options_factory = None
        self.parameter_set_widgets = None
        self.toolbar = None
        self.actions = []
        self.menu_title = MENU
        self.reads_projects = False

    # Processing is wired on its own so that qgis_process (no iface, no GUI) gets it too.
    def initProcessing(self):
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is None:
            from .processing.provider import VraemProvider

            provider = VraemProvider()
            # The registry refuses (and deletes) a second 'vraem' provider; keep only one we own,
            # so that unload() never removes a provider registered by someone else.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider
        expressions.register()
        # Saved projects refer to the bundled GeoPackage by a token resolved to this install's folder.
        from .core import reference

        reference.install_path_handlers()
        # A project saved in another language shows the bundled layers in this one (qgis_process too).
        if not self.reads_projects:
            QgsProject.instance().readProject.connect(self._bring_project_to_current_language)
            self.reads_projects = True

    @staticmethod
    def _bring_project_to_current_language(*_args):
        from .core import reference

        reference.bring_project_to_current_language(QgsProject.instance())

    def initGui(self):
        self.initProcessing()
        self.menu_title = tr("&VRAEM Analyst")
        icon = QIcon(os.path.join(RESOURCES_DIR, "icon.svg"))
        self.toolbar = self.iface.addToolBar(tr("VRAEM Analyst"))
        self.toolbar.setObjectName("VraemAnalystToolbar")

        from .gui.dock import VraemDock

        self.dock = VraemDock(self.iface, self.iface.mainWindow())
        self.dock.hide()
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

        toggle = self.dock.toggleViewAction()
        toggle.setIcon(icon)
        toggle.setText(tr("VRAEM Analyst panel"))
        toggle.setObjectName("VraemAnalystToggleDock")
        self._add_action(toggle, toolbar=True)

        add_layers = QAction(QIcon(os.path.join(RESOURCES_DIR, "icons", "layers.svg")),
                             tr("Add VRAEM layers"), self.iface.mainWindow())
        add_layers.setObjectName("VraemAnalystAddLayers")
        add_layers.triggered.connect(lambda _checked=False: self.dock.layers.add_reference_layers())
        self._add_action(add_layers, toolbar=True)

        from .gui.options import VraemOptionsFactory

        self.options_factory = VraemOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

        from .gui.processing_widgets import ParameterSetWidgetFactory

        factory = ParameterSetWidgetFactory()
        # like the provider: keep only a factory the registry took, so unload() removes nobody else's
        if QgsGui.processingGuiRegistry().addParameterWidgetFactory(factory):
            self.parameter_set_widgets = factory

        help_action = QAction(tr("VRAEM Analyst help"), self.iface.mainWindow())
        help_action.setObjectName("VraemAnalystHelp")
        help_action.triggered.connect(self.show_help)
        self._add_action(help_action, toolbar=False)

    def _add_action(self, action, toolbar):
        self.iface.addPluginToMenu(self.menu_title, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def show_help(self):
        QDesktopServices.openUrl(QUrl.fromLocalFile(help_path()))

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_title, action)
            if action.parent() is not self.dock:  # the dock's toggle action goes with the dock
                action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar = None
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.parameter_set_widgets is not None:
            QgsGui.processingGuiRegistry().removeParameterWidgetFactory(self.parameter_set_widgets)  # deletes it
            self.parameter_set_widgets = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        expressions.unregister()
        if self.reads_projects:
            QgsProject.instance().readProject.disconnect(self._bring_project_to_current_language)
            self.reads_projects = False
        from .core import reference
        from .core.report import styles as report_styles

        reference.remove_path_handlers()
        report_styles.unregister_fonts()
        remove_translator(self.translator)
        self.translator = None
