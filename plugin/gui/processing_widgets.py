"""The widget Processing dialogs (algorithm, batch, modeler) show for a yield parameter-set enum.

Such a parameter keeps its keys (vraem, national, custom) as static strings, so that qgis_process,
processing.run and saved models name the set by key; QGIS's own enum widget would show those keys
as they are. This one shows each key by its translated label and still gives Processing the key.
The parameter's metadata (plugin/processing/base.py, parameter_set_widget_metadata) names it twice:
"widget_type", for QGIS's registry of widget factories, where main.py registers ParameterSetWidgetFactory;
and "class", ParameterSetDialogWidget, which QGIS 3's Python dialogs build directly (see there why).
"""

from qgis.core import QgsProcessingParameters
from qgis.gui import (
    QgsAbstractProcessingParameterWidgetWrapper,
    QgsGui,
    QgsProcessingParameterWidgetFactoryInterface,
)
from qgis.PyQt.QtWidgets import QComboBox

from ..core import yields
from ..processing.base import PARAMETER_SET_WIDGET
from .widgets import set_combo_data


class ParameterSetWidgetWrapper(QgsAbstractProcessingParameterWidgetWrapper):
    """A combo box of the parameter's keys, each shown by its label in the user's language."""

    def createWidget(self):
        combo = QComboBox()
        labels = yields.set_labels()  # translated now, in the language QGIS runs in
        for key in self.parameterDefinition().options():
            combo.addItem(labels.get(key, key), key)
        combo.setToolTip(self.parameterDefinition().toolTip())
        combo.currentIndexChanged.connect(lambda _index: self.widgetValueHasChanged.emit(self))
        return combo

    # The combo box is always fetched with wrappedWidget(): PyQGIS hands the widget to the dialog as a new
    # object (createWrappedWidget), and a Python reference kept from createWidget() is then dead.
    def setWidgetValue(self, value, context):
        # a key, or the default for nothing or an unknown value: as Processing reads the parameter
        key = QgsProcessingParameters.parameterAsEnumString(self.parameterDefinition(), value, context)
        set_combo_data(self.wrappedWidget(), key)

    def widgetValue(self):
        return self.wrappedWidget().currentData()


class ParameterSetWidgetFactory(QgsProcessingParameterWidgetFactoryInterface):
    """Registered in QgsGui.processingGuiRegistry() by the plugin (main.py), removed on unload."""

    def parameterType(self):
        return PARAMETER_SET_WIDGET

    def createWidgetWrapper(self, parameter, dialog_type):
        return ParameterSetWidgetWrapper(parameter, dialog_type)


class ParameterSetDialogWidget:
    """What QGIS 3's Processing dialogs build for the parameter from its metadata "class".

    Those dialogs (Python) ask the registry for a widget through PyQGIS, which hands back a wrapper
    written in Python without its Python half (qgis/QGIS#67401; QGIS 3.40.6 has it, #67491 fixes it): the
    algorithm and batch dialogs get the wrapper built here instead. The modeler gets QGIS's own modeler
    widget (value, model input, expression, algorithm output), whose value widget QGIS builds from the
    registry in C++, which keeps it whole. It is a class because those dialogs only instantiate classes
    named in the metadata; QGIS 4's dialogs read "widget_type" alone (qgis/QGIS#67068).
    """

    def __new__(cls, parameter, dialog, *_cell, **_metadata):  # the batch table cell, the other metadata
        from processing.gui.wrappers import DIALOG_MODELER, DIALOG_STANDARD, dialogTypes

        dialog_type = dialogTypes.get(type(dialog).__name__, DIALOG_STANDARD)  # as Processing tells them apart
        if dialog_type == DIALOG_MODELER:
            widget = QgsGui.processingGuiRegistry().createModelerParameterWidget(
                dialog.model, dialog.childId, parameter, dialog.context)
        else:
            widget = ParameterSetWidgetWrapper(parameter, dialog_type)
        widget.setDialog(dialog)
        return widget
