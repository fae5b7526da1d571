"""vraem:areayield — ellipsoidal areas of polygons (per feature, zone, district, group) and potential yield."""

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...core import field_types, plausibility, reference, schemas, yields
from ...core.areas import compute_areas, no_rows
from ...core.measuring import zone_is_approximate
from ...core.totals import measure_total
from ...i18n import tr
from ..base import POLYGONS, VECTOR
from .common import AnalysisAlgorithm, joined_features, joined_fields, project_of, table_feature


class AreaYieldAlgorithm(AnalysisAlgorithm):
    NAME = "areayield"
    INPUT = "INPUT"
    ZONE = "ZONE"
    DISTRICTS = "DISTRICTS"
    DISTRICT_FIELD = "DISTRICT_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    PARAMETER_SET = "PARAMETER_SET"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def display_name(self):
        return tr("Areas and potential yield")

    def help(self):
        return tr(
            "Measures the polygons of a layer on the ellipsoid (the project's, WGS84 when it has none) "
            "whatever their CRS, and estimates the potential coca leaf and cocaine HCl production.\n\n"
            "Input polygons: the fields or plots to measure (selected features only when that box is ticked).\n"
            "Zone: optional polygon layer; the part of each feature inside it is measured too.\n"
            "Districts and District name field: optional; areas are split per district.\n"
            "Group by field: optional (e.g. plan_year, status); totals per value.\n"
            "Yield parameters: VRAEM or national leaf yields with their sources, or the custom set saved in the "
            "project. Cocaine low = lowest published leaf yield ÷ highest kg leaf per kg HCl, high = highest "
            "yield ÷ lowest factor, central = the cited central pair; the log, the summary table and "
            "RANGE_BASIS name the sources that bound the range.\n\n"
            "Outputs: the input features with their attributes, then the area in ha and km², area inside the zone, "
            "group, district and potential leaf and HCl tonnes per year (field names of at most 10 characters, "
            "so a Shapefile keeps them), a summary table (total, inside the zone, per "
            "group, per district) and the totals as numbers. Invalid geometries are repaired and counted; "
            "features without geometry are counted with 0 ha. Results are potential and indicative.\n\n"
            "The per-feature table may be skipped: with no zone, districts or grouping, a GeoPackage, Shapefile, "
            "GeoJSON or FlatGeobuf layer is then read straight from its file, several times faster on "
            "national-scale layers.")

    def initAlgorithm(self, config=None):
        polygon = [POLYGONS]
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, tr("Input polygons"), polygon))
        self.addParameter(QgsProcessingParameterFeatureSource(self.ZONE, tr("Zone"), polygon, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(self.DISTRICTS, tr("Districts"), polygon,
                                                              optional=True))
        self.addParameter(QgsProcessingParameterField(self.DISTRICT_FIELD, tr("District name field"),
                                                      parentLayerParameterName=self.DISTRICTS, optional=True))
        self.addParameter(QgsProcessingParameterField(self.GROUP_FIELD, tr("Group by field"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.PARAMETER_SET, tr("Yield parameters"),
                                                     options=list(yields.set_labels().values()), defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Areas per feature"),
                                                            VECTOR, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Area and yield summary"),
                                                            VECTOR, optional=True,
                                                            createByDefault=True))
        for name, label in (("TOTAL_HA", tr("Total area (ha)")), ("TOTAL_KM2", tr("Total area (km²)")),
                            ("INSIDE_ZONE_HA", tr("Area inside the zone (ha)")),
                            ("LEAF_T_LOW", tr("Potential leaf, low (t/yr)")),
                            ("LEAF_T_CENTRAL", tr("Potential leaf, central (t/yr)")),
                            ("LEAF_T_HIGH", tr("Potential leaf, high (t/yr)")),
                            ("HCL_T_LOW", tr("Potential cocaine HCl, low (t/yr)")),
                            ("HCL_T_CENTRAL", tr("Potential cocaine HCl, central (t/yr)")),
                            ("HCL_T_HIGH", tr("Potential cocaine HCl, high (t/yr)")),
                            ("FEATURES", tr("Features measured")), ("REPAIRED", tr("Geometries repaired")),
                            ("NULL_GEOMETRIES", tr("Features without geometry"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("RANGE_BASIS", tr("What bounds the low–high range")))

    def run_algorithm(self, parameters, context, feedback):
        source = self.parameterAsUncheckedSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        zone = self.parameterAsUncheckedSource(parameters, self.ZONE, context)
        zone_layer = self.parameterAsVectorLayer(parameters, self.ZONE, context)
        if zone_layer is not None:
            feedback.pushInfo(reference.checked_zone_note(zone_layer))  # an empty zone would give a silent 0
        approximate = zone_is_approximate(zone_layer)
        districts = self.parameterAsUncheckedSource(parameters, self.DISTRICTS, context)
        district_field = self.parameterAsString(parameters, self.DISTRICT_FIELD, context) or None
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context) or None
        project = project_of(context)
        key = yields.SET_KEYS[self.parameterAsEnum(parameters, self.PARAMETER_SET, context)]
        pset = yields.get_set(key, project=project)

        rows_wanted = bool(self.destinationOf(parameters, self.OUTPUT, context))
        if rows_wanted or zone is not None or districts is not None or group_field:
            summary = compute_areas(source, zone=zone, districts=districts, district_field=district_field,
                                    group_field=group_field, feedback=feedback, project=project,
                                    on_row=None if rows_wanted else no_rows, zone_approximate=approximate)
        else:
            # Totals only: a plain file layer may then be read straight from its file, several times
            # faster on national-scale layers.
            measured = self.unfiltered_layer(parameters, self.INPUT, context) or source
            summary = measure_total(measured, feedback=feedback, project=project)
        total = yields.potential_yield(summary.total_ha, pset)
        feedback.pushInfo(tr("Measured on ellipsoid {ellipsoid}; {n} features, {ha:,.2f} ha.")
                          .format(ellipsoid=summary.ellipsoid, n=summary.feature_count, ha=summary.total_ha))
        feedback.pushInfo(tr("Potential cocaine HCl {low:,.2f}–{high:,.2f} t/yr (central {central:,.2f}) with {label}:")
                          .format(low=total.hcl_t[0], central=total.hcl_t[1], high=total.hcl_t[2], label=pset.label))
        for line in total.range_basis:
            feedback.pushInfo(line)
        coca = plausibility.check_coca_polygons(summary)
        for warning in coca.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(coca.assumption)

        group_type = field_types.STRING
        if group_field:
            group_type = source.fields().field(group_field).type()
        row_fields = joined_fields(source, schemas.area_rows().fields(kinds={"group": group_type}))
        results = {}
        sink, sink_id = None, None
        if rows_wanted:
            sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, row_fields,
                                                 source.wkbType(), source.sourceCrs())

        def row_features():
            values_by_fid = {}
            for row in summary.rows:
                estimate = yields.potential_yield(row.area_ha, pset)
                values_by_fid[row.fid] = [row.fid, row.area_ha, row.area_km2, row.inside_zone_ha, row.group,
                                          row.district, *estimate.leaf_t, *estimate.hcl_t, row.repaired,
                                          row.null_geometry]
            return joined_features(source, row_fields, values_by_fid)

        if sink is not None:
            self.write_features(sink, sink_id, row_features(), feedback)
            results[self.OUTPUT] = sink_id

        summary_fields = schemas.area_summary().fields()
        summary_sink, summary_id = self.parameterAsSink(parameters, self.SUMMARY, context, summary_fields,
                                                        Qgis.WkbType.NoGeometry, source.sourceCrs())
        if summary_sink is not None:
            scopes = [(tr("total"), tr("all features"), summary.total_ha)]
            if summary.inside_zone_ha is not None:
                scopes.append((tr("zone"), tr("inside the zone"), summary.inside_zone_ha))
            scopes += [(tr("group"), str(name), ha) for name, ha in summary.by_group.items()]
            scopes += [(tr("district"), str(name), ha) for name, ha in sorted(summary.by_district.items())]

            def summary_features():
                for scope, name, hectares in scopes:
                    estimate = yields.potential_yield(hectares, pset)
                    yield table_feature(summary_fields, [scope, name, hectares, hectares / 100.0, *estimate.leaf_t,
                                                          *estimate.hcl_t, pset.key, " | ".join(pset.sources),
                                                          " | ".join(estimate.range_basis)])

            self.write_features(summary_sink, summary_id, summary_features(), feedback)
            results[self.SUMMARY] = summary_id

        results.update({
            "TOTAL_HA": summary.total_ha, "TOTAL_KM2": summary.total_km2,
            "INSIDE_ZONE_HA": summary.inside_zone_ha,
            "LEAF_T_LOW": total.leaf_t[0], "LEAF_T_CENTRAL": total.leaf_t[1], "LEAF_T_HIGH": total.leaf_t[2],
            "HCL_T_LOW": total.hcl_t[0], "HCL_T_CENTRAL": total.hcl_t[1], "HCL_T_HIGH": total.hcl_t[2],
            "FEATURES": summary.feature_count, "REPAIRED": summary.repaired,
            "NULL_GEOMETRIES": summary.null_geometries, "RANGE_BASIS": "\n".join(total.range_basis),
        })
        return results
