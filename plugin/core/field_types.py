"""Attribute types for QgsField on every QGIS the plugin supports.

QGIS 3.38 moved QgsField to QMetaType.Type (the only choice on Qt6 / QGIS 4); 3.34 and 3.36 still
take QVariant.Type. metadata.txt promises 3.34, so the choice is made once, here.
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType, QVariant

if Qgis.QGIS_VERSION_INT >= 33800:
    STRING, INT, LONG, DOUBLE, BOOL = (QMetaType.Type.QString, QMetaType.Type.Int, QMetaType.Type.LongLong,
                                       QMetaType.Type.Double, QMetaType.Type.Bool)
else:  # Qt5 only: QVariant.Type does not exist on Qt6, where QGIS is always >= 3.38
    STRING, INT, LONG, DOUBLE, BOOL = QVariant.String, QVariant.Int, QVariant.LongLong, QVariant.Double, QVariant.Bool

if Qgis.QGIS_VERSION_INT >= 33800:
    DATETIME = QMetaType.Type.QDateTime
else:
    DATETIME = QVariant.DateTime
