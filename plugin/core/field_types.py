"""Attribute types for QgsField, named once: QMetaType.Type (QGIS 3.38 and later, the only choice on
Qt6 / QGIS 4; QVariant.Type is gone there)."""

from qgis.PyQt.QtCore import QMetaType

STRING, INT, LONG, DOUBLE, BOOL = (QMetaType.Type.QString, QMetaType.Type.Int, QMetaType.Type.LongLong,
                                   QMetaType.Type.Double, QMetaType.Type.Bool)
DATETIME = QMetaType.Type.QDateTime
