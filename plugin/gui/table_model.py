"""Result tables: a plain model of rows (with units in headers, short tooltips, a totals row and the
result's full provenance as *details*) and a sorting proxy that keeps the totals row at the bottom
whatever the sort order."""

import textwrap
from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QFont

from ..core.definitions import format_number

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2
# Header titles wrap at about this many characters: "Potential cocaine HCl (t/yr)" on one line would make
# its column three times wider than its figures.
HEADER_WIDTH = 10


@dataclass
class ResultRow:
    values: dict
    tooltip: str = ""
    layer_id: str = ""
    feature_id: object = None  # a feature id to zoom to, when the row is one feature
    is_total: bool = False
    tooltips: dict = field(default_factory=dict)  # column key -> tooltip, overrides `tooltip`


def _as_int(flags):
    """Qt5 flags convert with int(); Qt6 (Python enum) flags carry .value."""
    return flags.value if hasattr(flags, "value") else int(flags)


def header_lines(column):
    """A column's header as shown in the table: the title wrapped on words, the unit on a line of its own."""
    lines = textwrap.wrap(column.title, HEADER_WIDTH, break_long_words=False) or [column.title]
    if column.unit:
        lines.append(f"({column.unit})")
    return "\n".join(lines)


def cell_text(value, decimals):
    """A cell's text: a number formatted, "–" for one that could not be computed (NaN), text as is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else str(value)
    if value != value:  # NaN: a figure that could not be computed
        return "–"
    return format_number(value, decimals)


class ResultTableModel(QAbstractTableModel):
    def __init__(self, columns=(), parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows = []
        self.details = []  # lines: what the figures rest on (sources, parameters, ellipsoid, zone used)

    def set_result(self, columns, rows, details=()):
        """Show a result; its details go with it and are forgotten with it."""
        self.beginResetModel()
        self.columns = list(columns)
        self.rows = list(rows)
        self.details = [line for line in details if line]
        self.endResetModel()

    def clear(self):
        self.set_result(self.columns, [])

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = row.values.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, column.decimals)
        if role == SORT_ROLE:
            return value if isinstance(value, (int, float)) else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltips.get(column.key) or row.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return _as_int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return _as_int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == TOTAL_ROLE:
            return row.is_total
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return header_lines(self.columns[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].header()
        return None

    def row_at(self, row):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def as_table(self):
        """Headers and display strings (numbers unformatted), e.g. for CSV and the clipboard."""
        header = [column.header() for column in self.columns]
        body = [[row.values.get(column.key, "") for column in self.columns] for row in self.rows]
        return header, body

    def as_rounded_table(self):
        """Headers and values rounded to the decimals the dock shows, without thousands separators
        (CSV and the clipboard: "43.13", not 43.132445999999995 nor "1,831")."""
        header = [column.header() for column in self.columns]
        body = [[rounded_value(row.values.get(column.key, ""), column.decimals) for column in self.columns]
                for row in self.rows]
        return header, body


def rounded_value(value, decimals):
    """A number as plain text with `decimals` places; anything else as as_table() gives it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return value
    return f"{value:.{decimals}f}"


class TotalsLastProxyModel(QSortFilterProxyModel):
    """Sorts on the raw values (not the formatted text) and keeps the totals row last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left, right):
        # Read the rows directly rather than through data(): a sort makes ~20,000 comparisons.
        model = self.sourceModel()
        left_row, right_row = model.rows[left.row()], model.rows[right.row()]
        if left_row.is_total or right_row.is_total:
            # With a descending sort Qt inverts the comparison; answer so the total still ends last.
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            if left_row.is_total and right_row.is_total:
                return False
            return right_row.is_total if ascending else left_row.is_total
        key = model.columns[left.column()].key
        left_value, right_value = left_row.values.get(key), right_row.values.get(key)
        left_number = isinstance(left_value, (int, float)) and not isinstance(left_value, bool)
        right_number = isinstance(right_value, (int, float)) and not isinstance(right_value, bool)
        if left_number and right_number:
            return left_value < right_value
        if left_number != right_number:
            return left_number  # numbers before text and blanks
        return str(left_value or "") < str(right_value or "")
