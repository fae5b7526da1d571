"""vraem:bufferoverlap — what of a target layer lies within a ground distance of a source layer."""

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ...core import overlap, schemas
from ...core.definitions import distance_units
from ...i18n import plural, tr
from ..base import ANY_GEOMETRY, DOUBLE, VECTOR
from .common import AnalysisAlgorithm, joined_feature, joined_features, joined_fields, project_of, table_feature


def touched_targets(result, target, fields):
    """The target features the buffers touch, with their attributes and geometry then their figures, in
    feature id order (the order a file layer is read in)."""
    def values(row):
        return [row.fid, ",".join(map(str, row.source_fids)), row.target_ha, row.overlap_ha, row.overlap_pct,
                row.points_within, row.length_km, row.target_length_km]

    if any(row.feature is None for row in result.targets):
        # measured inside PostGIS: the rows name the table's keys, joined by reading the layer
        return joined_features(target, fields, {row.fid: values(row) for row in result.targets})
    # measured here: the engine kept each touched feature as it read it, so the layer is not read again
    return (joined_feature(fields, row.feature, values(row)) for row in sorted(result.targets, key=lambda row: row.fid))


class BufferOverlapAlgorithm(AnalysisAlgorithm):
    NAME = "bufferoverlap"
    SOURCE = "SOURCE"
    DISTANCE = "DISTANCE"
    UNIT = "UNIT"
    TARGET = "TARGET"
    DISSOLVE = "DISSOLVE"
    OUTPUT = "OUTPUT"
    TARGETS = "TARGETS"
    SOURCES = "SOURCES"

    def display_name(self):
        return tr("Buffer overlaps")

    def help(self):
        return tr(
            "Buffers the features of a source layer (points, lines or polygons) by a true ground distance "
            "and measures what they overlap in a target layer.\n\n"
            "Source: the features to buffer (e.g. towns, border crossings, roads).\n"
            "Distance and Distance unit: ground distance in metres or kilometres, whatever the layers' CRS "
            "(geodesic circles on the WGS84 ellipsoid, correct in UTM zones 17S, 18S and 19S).\n"
            "Target: polygons (area and % of each feature inside), points (count inside) or lines (length "
            "inside).\n"
            "Dissolve buffers: one overlap piece per target feature instead of one per target and buffer. "
            "Totals never count an overlap twice, dissolved or not.\n\n"
            "Outputs: the overlap geometries (target CRS) with their figures, the target features touched with "
            "their attributes and geometry then their overlap figures (field names of at most 10 characters), a "
            "table per source buffer, and the totals as numbers. Areas are ellipsoidal, in ha.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.SOURCE, tr("Source (features to buffer)"),
                                                              [ANY_GEOMETRY]))
        self.addParameter(QgsProcessingParameterNumber(self.DISTANCE, tr("Distance"),
                                                       DOUBLE, defaultValue=3.0,
                                                       minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(self.UNIT, tr("Distance unit"),
                                                     options=[unit.name for unit in distance_units()],
                                                     defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(self.TARGET, tr("Target (features to measure)"),
                                                              [ANY_GEOMETRY]))
        self.addParameter(QgsProcessingParameterBoolean(self.DISSOLVE, tr("Dissolve buffers"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Overlaps"),
                                                            ANY_GEOMETRY))
        self.addParameter(QgsProcessingParameterFeatureSink(self.TARGETS, tr("Overlap per target feature"),
                                                            VECTOR, optional=True,
                                                            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SOURCES, tr("Overlap per source buffer"),
                                                            VECTOR, optional=True,
                                                            createByDefault=False))
        for name, label in (("OVERLAP_HA", tr("Total area inside the buffers (ha)")),
                            ("POINTS_WITHIN", tr("Points inside the buffers")),
                            ("LENGTH_KM", tr("Length inside the buffers (km)")),
                            ("TARGETS_TOUCHED", tr("Target features touched")),
                            ("BUFFERS_HA", tr("Area of the buffers, dissolved (ha)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def run_algorithm(self, parameters, context, feedback):
        source = self.parameterAsUncheckedSource(parameters, self.SOURCE, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SOURCE))
        target = self.parameterAsUncheckedSource(parameters, self.TARGET, context)
        if target is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TARGET))
        factor = distance_units()[self.parameterAsEnum(parameters, self.UNIT, context)].factor
        distance_m = self.parameterAsDouble(parameters, self.DISTANCE, context) * factor
        dissolve = self.parameterAsBoolean(parameters, self.DISSOLVE, context)
        result = overlap.buffer_overlap(source, distance_m, target, dissolve=dissolve, feedback=feedback,
                                        project=project_of(context), keep_geometries=True)
        feedback.pushInfo(plural(result.targets_touched, tr("{n} target feature touched by buffers of {m:,.0f} m."),
                                 tr("{n} target features touched by buffers of {m:,.0f} m."))
                          .format(n=result.targets_touched, m=result.distance_m))

        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, overlap.overlap_fields(),
                                             overlap.result_wkb_type(result), target.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        self.write_features(sink, sink_id, overlap.overlap_features(result), feedback)
        results = {self.OUTPUT: sink_id}

        target_fields = joined_fields(target, schemas.overlap_targets().fields(
            "target_fid", "source_ids", "target_ha", "overlap_ha", "overlap_pc", "points_in", "length_km",
            "target_km"))
        target_sink, target_id = self.parameterAsSink(parameters, self.TARGETS, context, target_fields,
                                                      target.wkbType(), target.sourceCrs())
        if target_sink is not None:
            self.write_features(target_sink, target_id, touched_targets(result, target, target_fields), feedback)
            results[self.TARGETS] = target_id

        source_fields = schemas.overlap_sources().fields()
        source_sink, source_id = self.parameterAsSink(parameters, self.SOURCES, context, source_fields,
                                                      Qgis.WkbType.NoGeometry)
        if source_sink is not None:
            self.write_features(source_sink, source_id, (table_feature(source_fields, [
                row.fid, row.buffer_ha, row.targets, row.overlap_ha, row.points_within, row.length_km])
                for row in result.sources), feedback)
            results[self.SOURCES] = source_id

        results.update({"OVERLAP_HA": result.total_overlap_ha, "POINTS_WITHIN": result.total_points_within,
                        "LENGTH_KM": result.total_length_km, "TARGETS_TOUCHED": result.targets_touched,
                        "BUFFERS_HA": result.buffers_union_ha})
        return results
