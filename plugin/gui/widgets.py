"""Small widget helpers shared by the dock's sections."""

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView

from ..core.names import default_label_field
from ..i18n import tr
from .table_model import ResultTableModel, TotalsLastProxyModel


def make_table(parent, object_name):
    """A sortable QTableView over a ResultTableModel; returns (view, model, proxy)."""
    model = ResultTableModel(parent=parent)
    proxy = TotalsLastProxyModel(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the engine's order until a header is clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Size columns from the first rows only: measuring 2,000 rows would freeze the window for a second.
    view.horizontalHeader().setResizeContentsPrecision(100)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(120)
    return view, model, proxy


def zoom_to_feature(canvas, layer_id, feature_id, project=None):
    """Zoom the canvas to one feature, transformed to the canvas CRS. False when it is gone."""
    project = project or QgsProject.instance()
    layer = project.mapLayer(layer_id) if layer_id else None
    if layer is None or feature_id is None or canvas is None:
        return False
    feature = layer.getFeature(int(feature_id))
    if not feature.isValid() or not feature.hasGeometry():
        return False
    rectangle = QgsRectangle(feature.geometry().boundingBox())
    destination = canvas.mapSettings().destinationCrs()
    if layer.crs().isValid() and destination.isValid() and layer.crs() != destination:
        transform = QgsCoordinateTransform(layer.crs(), destination, project.transformContext())
        try:
            rectangle = transform.transformBoundingBox(rectangle)
        except Exception:  # QgsCsException: outside the destination CRS area
            return False
    if rectangle.isEmpty():
        rectangle.grow(max(abs(rectangle.xMinimum()), 1.0) * 1e-4)
    else:
        rectangle.scale(1.5)
    canvas.setExtent(rectangle)
    canvas.refresh()
    return True


def set_combo_data(combo, value):
    """Select the item whose data is `value` (nothing changes when there is none)."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def narrow(combo):
    """Let long layer or parameter-set names shrink with the dock instead of widening it."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def layer_id(combo):
    """Id of a layer picker's layer, "" for none."""
    layer = combo.currentLayer()
    return layer.id() if layer is not None else ""


def unique_layer_name(project, name):
    """`name`, or `name (2)`, `name (3)`… when a layer of the project already has it."""
    taken = {layer.name() for layer in project.mapLayers().values()}
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def label_field_combo(parent, object_name):
    """The *Label field* picker of a result table: which field names its rows (empty: feature ids only)."""
    combo = QgsFieldComboBox(parent)
    combo.setObjectName(object_name)
    combo.setAllowEmptyFieldName(True)
    combo.setToolTip(tr("The field that names each feature in the table, its CSV and copy"))
    return combo


def follow_layer(combo, layer, keep_field=""):
    """Point a label field picker at `layer`, on `keep_field` when the layer has it, else on its default."""
    combo.setLayer(layer)
    names = layer.fields().names() if layer is not None else []
    combo.setField(keep_field if keep_field in names else default_label_field(names))
