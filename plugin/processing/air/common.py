"""What the air-picture algorithms share: their group, the fixes parameters, the run from fixes to
the air picture (plugin/core/air/picture) and the output helpers."""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProject,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ...core.air.picture import DEFAULT_MAX_SPEED_KT, analyse_fixes
from ...i18n import plural, tr
from ..base import DOUBLE, POINTS, POLYGONS, VraemAlgorithm


class AirAlgorithm(VraemAlgorithm):
    def group_id(self):
        return "air"

    def group_name(self):
        return tr("Air picture")

    def add_fixes_parameters(self, input_name, label, optional=False):
        self.addParameter(QgsProcessingParameterFeatureSource(input_name, label, [POINTS],
                                                              optional=optional))
        self.addParameter(QgsProcessingParameterField("TIME_FIELD", tr("Time field (date-time, ISO 8601 text or "
                                                                       "epoch seconds)"),
                                                      parentLayerParameterName=input_name, optional=optional))
        self.addParameter(QgsProcessingParameterField("TRACK_FIELD", tr("Track field (fixes grouped into tracks)"),
                                                      parentLayerParameterName=input_name, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONE", tr("Zone (default: the project's zone, else the bundled approximate zone)"), [POLYGONS],
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_SPEED_KT", tr("Suspect fix above (knots, faster than any light aircraft)"), DOUBLE,
            DEFAULT_MAX_SPEED_KT, minValue=1.0))

    def add_stop_parameters(self):
        self.addParameter(QgsProcessingParameterNumber("STOP_MINUTES", tr("Ground stop: at least (minutes)"),
                                                       DOUBLE, 5.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterNumber("STOP_RADIUS_M", tr("Ground stop: within (metres)"),
                                                       DOUBLE, 500.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "AERODROMES", tr("Aerodromes (default: the bundled aerodromes)"), [POINTS], optional=True))

    def air_picture(self, parameters, context, feedback, input_name, aerodromes=None, settings=None):
        """AirPicture of the fixes of `input_name` with the fields, zone and speed limit of
        add_fixes_parameters; aerodromes ([Place], default bundled) name the stops."""
        source = self.parameterAsSource(parameters, input_name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, input_name))
        picture = analyse_fixes(
            source, self.parameterAsString(parameters, "TIME_FIELD", context),
            self.parameterAsString(parameters, "TRACK_FIELD", context) or None,
            zone=self.parameterAsSource(parameters, "ZONE", context), aerodromes=aerodromes, settings=settings,
            max_speed_kt=self.parameterAsDouble(parameters, "MAX_SPEED_KT", context), feedback=feedback,
            project=context.project() or QgsProject.instance())
        reading = picture.reading
        counts = plural(len(picture.results), tr("{tracks} track from {fixes} fixes."),
                        tr("{tracks} tracks from {fixes} fixes.")).format(tracks=len(picture.results), fixes=reading.fixes)
        feedback.pushInfo(" ".join(filter(None, (counts, reading.left_out_text()))))
        return picture


def fields_of(*specs):
    fields = QgsFields()
    for name, kind in specs:
        fields.append(QgsField(name, kind))
    return fields


def utc(seconds):
    """QDateTime (UTC) of epoch seconds; None stays None (a NULL attribute)."""
    if seconds is None:
        return None
    return QDateTime.fromMSecsSinceEpoch(int(round(seconds * 1000.0)), Qt.TimeSpec.UTC)


def feature_of(fields, geometry, values):
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(geometry)
    feature.setAttributes(list(values))
    return feature


def point(lon, lat):
    return QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
