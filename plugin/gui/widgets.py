"""Small widget helpers shared by the dock's sections."""

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QFontMetrics
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.names import default_label_field
from ..i18n import tr
from .table_model import ResultTableModel, TotalsLastProxyModel

# Rows a result table shows without scrolling, in the dock and (at least) in its own window.
VISIBLE_ROWS = 10


def make_table(parent, object_name):
    """A sortable QTableView over a ResultTableModel; returns (view, model, proxy)."""
    model = ResultTableModel(parent=parent)
    proxy = TotalsLastProxyModel(parent)
    proxy.setSourceModel(model)
    view = table_view(parent, object_name, proxy)
    return view, model, proxy


class ResultHeader(QHeaderView):
    """A horizontal header whose sections are as wide as their (wrapped) text, plus the sort arrow where
    it is shown. Qt widens every section of a sortable header by the section's own height for the arrow:
    a three-line header would gain some 60 px per column and push the table into horizontal scrolling."""

    def __init__(self, parent):
        super().__init__(Qt.Orientation.Horizontal, parent)
        # a stretched last section is never narrower than the default size (100 px): let it fit its contents
        self.setDefaultSectionSize(self.minimumSectionSize())

    def sectionSizeFromContents(self, logical_index):
        size = super().sectionSizeFromContents(logical_index)
        text = self.model().headerData(logical_index, Qt.Orientation.Horizontal) if self.model() is not None else None
        if text:
            style = self.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            # only the sorted section shows the arrow (the header resizes when another one is sorted)
            sorted_here = self.isSortIndicatorShown() and self.sortIndicatorSection() == logical_index
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self) if sorted_here else 0
            font = self.font()
            font.setBold(True)  # some styles draw the sorted section bold: leave it room
            content = QFontMetrics(font).size(0, str(text)).width()
            size.setWidth(min(size.width(), content + 4 * margin + arrow))
        return size


def table_view(parent, object_name, proxy):
    """A read-only, sortable view of a result proxy, columns sized to their contents, VISIBLE_ROWS high."""
    view = QTableView(parent)
    view.setObjectName(object_name)
    view.setHorizontalHeader(ResultHeader(view))
    view.setModel(proxy)
    # Enabling sorting sorts by the header's indicator: give it the proxy's order (none at first: the
    # engine's order is kept until a header is clicked), so a second view never re-sorts the first.
    view.horizontalHeader().setSortIndicator(proxy.sortColumn(), proxy.sortOrder())
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Size columns from the first rows only: measuring 2,000 rows would freeze the window for a second.
    header.setResizeContentsPrecision(100)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    # headers wrap onto up to three lines (table_model.header_lines)
    header_height = 3 * view.fontMetrics().height() + 8
    view.setMinimumHeight(VISIBLE_ROWS * view.verticalHeader().defaultSectionSize() + header_height)
    return view


def close_buttons(dialog):
    """A button box with *Close* in the plugin's language (Qt's own translations may not be installed)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
    buttons.rejected.connect(dialog.close)
    return buttons


class ResultsPanel(QWidget):
    """A result table with room to read it: VISIBLE_ROWS high with wrapped headers, *Details…* (what the
    figures rest on, as selectable text) and *Open in a window* (the same table, live, in a resizable
    window of its own); both are also on the table's context menu. Every section's table is one."""

    def __init__(self, parent, name, title):
        super().__init__(parent)
        self.setObjectName(f"Vraem{name}Results")
        self.title = title
        self.view, self.model, self.proxy = make_table(self, f"Vraem{name}Table")
        self.window = None
        self.details_dialog = None
        self.details_action = self._action(tr("Details…"), f"Vraem{name}DetailsAction", self.show_details,
                                           tr("Where these figures come from: sources, parameters, how they "
                                              "were measured"))
        self.window_action = self._action(tr("Open in a window"), f"Vraem{name}WindowAction", self.open_window,
                                          tr("Show this table in a window of its own, as large as you like"))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions([self.details_action, self.window_action])
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        for action in (self.details_action, self.window_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.model.modelReset.connect(self._result_changed)
        self._result_changed()

    def _screen_area(self):
        return (self.screen() or QApplication.primaryScreen()).availableGeometry()

    def _fit_window(self):
        """Make the window as wide as every column's contents (no sideways scrolling), within the screen."""
        if self.window is None or not self.window.isVisible():
            return
        view = self.window.findChild(QTableView)
        header = view.horizontalHeader()
        columns = sum(max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
                      for column in range(header.count()))
        around = self.window.width() - view.viewport().width()  # margins, frame, vertical scroll bar
        wanted = max(columns + around + 2, 480)
        if wanted > self.window.width():
            self.window.resize(min(wanted, self._screen_area().width()), self.window.height())

    def _action(self, text, name, slot, tooltip):
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tooltip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def details_text(self):
        return "\n".join(self.model.details)

    def _result_changed(self):
        self.details_action.setEnabled(bool(self.model.details))
        if self.details_dialog is not None:
            self.details_dialog.findChild(QPlainTextEdit).setPlainText(self.details_text())

    def show_details(self):
        """The result's full provenance in a window whose text can be selected and copied."""
        if self.details_dialog is None:
            dialog = QDialog(self)
            dialog.setObjectName(f"{self.objectName()}DetailsDialog")
            dialog.setWindowTitle(tr("Details: {section}").format(section=self.title))
            text = QPlainTextEdit(dialog)
            text.setReadOnly(True)
            text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            buttons = close_buttons(dialog)
            copy = QPushButton(tr("Copy"), dialog)
            copy.clicked.connect(lambda _checked=False: QApplication.clipboard().setText(text.toPlainText()))
            buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
            layout = QVBoxLayout(dialog)
            layout.addWidget(text)
            layout.addWidget(buttons)
            dialog.resize(640, 420)
            self.details_dialog = dialog
        self.details_dialog.findChild(QPlainTextEdit).setPlainText(self.details_text())
        self.details_dialog.show()
        self.details_dialog.raise_()
        return self.details_dialog

    def open_window(self):
        """The same table (same rows, sorting and double-click zoom) in a resizable window."""
        if self.window is None:
            window = QDialog(self)
            window.setObjectName(f"{self.objectName()}Window")
            window.setWindowTitle(tr("VRAEM Analyst: {section}").format(section=self.title))
            view = table_view(window, f"{self.view.objectName()}InWindow", self.proxy)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addAction(self.details_action)
            view.doubleClicked.connect(self.view.doubleClicked)  # the section zooms from the same proxy
            details = QToolButton(window)
            details.setDefaultAction(self.details_action)
            buttons = close_buttons(window)
            buttons.addButton(details, QDialogButtonBox.ButtonRole.ActionRole)
            layout = QVBoxLayout(window)
            layout.addWidget(view)
            layout.addWidget(buttons)
            self.window = window
        view = self.window.findChild(QTableView)
        self.window.resize(self.window.width(), min(view.minimumHeight() + 120, self._screen_area().height()))
        self.window.show()
        self.window.raise_()
        self._fit_window()
        QTimer.singleShot(0, self._fit_window)  # fonts and margins settle once the window is on screen
        return self.window


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
