"""Analysis algorithms: areas + potential yield, claim check, buffer overlaps.

Thin wrappers over plugin/core. Every result is computed first and written only at the end, so a
cancelled run leaves no partial output. Algorithm ids are public: vraem:areayield, vraem:claimcheck,
vraem:bufferoverlap.
"""

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProject,
)

from ..core import claims, field_types, overlap, schemas, yields
from ..core.definitions import area_units, distance_units
from ..core.areas import compute_areas, zone_is_approximate
from ..i18n import tr
from .base import ANY_GEOMETRY, DOUBLE, INTEGER, POLYGONS, VECTOR, VraemAlgorithm

def _project(context):
    return context.project() or QgsProject.instance()


def _write(sink, features, feedback):
    for feature in features:
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user; nothing was written."))
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(tr("The output could not be written."))


def _table_feature(fields, values):
    feature = QgsFeature(fields)
    feature.setAttributes(list(values))
    return feature


class AnalysisAlgorithm(VraemAlgorithm):
    def group_id(self):
        return "analysis"

    def group_name(self):
        return tr("Analysis")


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
            "Outputs: a table with one row per feature (area in ha and km², area inside the zone, group, "
            "district, potential leaf and HCl tonnes per year), a summary table (total, inside the zone, per "
            "group, per district) and the totals as numbers. Invalid geometries are repaired and counted; "
            "features without geometry are counted with 0 ha. Results are potential and indicative.\n\n"
            "The per-feature table may be skipped: with no zone, districts or grouping, a GeoPackage, Shapefile, "
            "GeoJSON or FlatGeobuf layer is then read straight from its file, several times faster on "
            "national-scale layers.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API name)
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
        approximate = zone_is_approximate(zone_layer)
        districts = self.parameterAsUncheckedSource(parameters, self.DISTRICTS, context)
        district_field = self.parameterAsString(parameters, self.DISTRICT_FIELD, context) or None
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context) or None
        project = _project(context)
        key = yields.SET_KEYS[self.parameterAsEnum(parameters, self.PARAMETER_SET, context)]
        pset = yields.get_set(key, project=project)

        # Skipping the per-feature table leaves only totals: the engine may then read a plain file
        # layer straight from its file, several times faster on national-scale layers.
        rows_wanted = self.OUTPUT not in parameters or bool(self.parameterAsOutputLayer(parameters, self.OUTPUT,
                                                                                         context))
        measured = source if rows_wanted else (self._unfiltered_input_layer(parameters, context) or source)
        summary = compute_areas(measured, zone=zone, districts=districts, district_field=district_field,
                                group_field=group_field, feedback=feedback, project=project,
                                zone_approximate=approximate, keep_rows=rows_wanted)
        total = yields.potential_yield(summary.total_ha, pset)
        feedback.pushInfo(tr("Measured on ellipsoid {ellipsoid}; {n} features, {ha:,.2f} ha.")
                          .format(ellipsoid=summary.ellipsoid, n=summary.feature_count, ha=summary.total_ha))
        feedback.pushInfo(tr("Potential cocaine HCl {low:,.2f}–{high:,.2f} t/yr (central {central:,.2f}) with {label}:")
                          .format(low=total.hcl_t[0], central=total.hcl_t[1], high=total.hcl_t[2], label=pset.label))
        for line in total.range_basis:
            feedback.pushInfo(line)

        group_type = field_types.STRING
        if group_field:
            group_type = source.fields().field(group_field).type()
        row_fields = schemas.area_rows().fields(kinds={"group": group_type})
        results = {}
        sink, sink_id = None, None
        if rows_wanted:
            sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, row_fields,
                                                 Qgis.WkbType.NoGeometry, source.sourceCrs())

        def row_features():
            for row in summary.rows:
                estimate = yields.potential_yield(row.area_ha, pset)
                yield _table_feature(row_fields, [row.fid, row.area_ha, row.area_km2, row.inside_zone_ha, row.group,
                                                  row.district, *estimate.leaf_t, *estimate.hcl_t, row.repaired,
                                                  row.null_geometry])

        if sink is not None:
            _write(sink, row_features(), feedback)
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
                    yield _table_feature(summary_fields, [scope, name, hectares, hectares / 100.0, *estimate.leaf_t,
                                                          *estimate.hcl_t, pset.key, " | ".join(pset.sources),
                                                          " | ".join(estimate.range_basis)])

            _write(summary_sink, summary_features(), feedback)
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


    def _unfiltered_input_layer(self, parameters, context):
        """The input layer itself when Processing applies nothing to its features (selection, feature
        limit, filter), so that reading it directly reads the same; else None."""
        value = parameters.get(self.INPUT)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            # any flag (e.g. its own invalid-geometry check) changes what is read: keep the source
            if (value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", "")
                    or bool(value.flags)):
                return None
        return self.parameterAsVectorLayer(parameters, self.INPUT, context)


class ClaimCheckAlgorithm(AnalysisAlgorithm):
    NAME = "claimcheck"
    CLAIM_KIND = "CLAIM_KIND"
    YEAR = "YEAR"
    AREA = "AREA"
    AREA_UNIT = "AREA_UNIT"
    TONNES = "TONNES"
    OUTPUT = "OUTPUT"
    UNIT_KEYS = [unit.key for unit in area_units()]
    KIND_KEYS = list(claims.KINDS)

    def display_name(self):
        return tr("Check a cocaine claim")

    def help(self):
        return tr(
            "Checks a claim such as \"100 square miles eradicated, 300 tons of cocaine avoided\" or \"over "
            "150 tonnes of cocaine are smuggled out each year\".\n\n"
            "Claim kind: [0] tonnes for the area given (Area and Area unit); [1] or [2] tonnes for Peru's or "
            "the VRAEM's published coca area of Year; [3] or [4] tonnes per year, also compared with the "
            "potential production of Peru's (national yields) or the VRAEM's (VRAEM yields) published coca "
            "area of Year, low to high.\n"
            "Year: the year of the published coca-area series (bundled, with its source); a year without a "
            "published figure is refused with the nearest years that have one.\n"
            "Area and Area unit: the claimed area (hectares, square kilometres, square miles or acres), for "
            "kind [0].\n"
            "Claimed cocaine: tonnes of cocaine HCl claimed (more than 0).\n\n"
            "The claim's implied kg of cocaine per hectare is compared with every published ratio bundled "
            "with the plugin (UNODC, US government ONDCP, Peruvian government), giving the tonnes each "
            "reference would give for the same area, and a verdict: above every published ratio, within "
            "the published range, or below every published ratio. A ratio equal to the fixed factor CORAH "
            "applies since 2023 is flagged: computed with a fixed factor, not an independent estimate.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API name)
        kinds = claims.claim_kinds()
        self.addParameter(QgsProcessingParameterEnum(self.CLAIM_KIND, tr("Claim kind"),
                                                     options=[kinds[key] for key in self.KIND_KEYS],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, tr("Year of the published coca area"),
                                                       INTEGER, optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.AREA, tr("Claimed area"),
                                                       DOUBLE, optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.AREA_UNIT, tr("Area unit"),
                                                     options=[unit.name for unit in area_units()],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(self.TONNES, tr("Claimed cocaine (tonnes)"), DOUBLE))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Comparison with published ratios"),
                                                            VECTOR, optional=True,
                                                            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("HECTARES", tr("Claimed area (ha)")))
        self.addOutput(QgsProcessingOutputString("AREA_SOURCE", tr("Source of the published area")))
        self.addOutput(QgsProcessingOutputNumber("IMPLIED_KG_PER_HA", tr("Implied kg of cocaine per ha")))
        self.addOutput(QgsProcessingOutputNumber("MIN_KG_PER_HA", tr("Lowest published ratio (kg/ha)")))
        self.addOutput(QgsProcessingOutputNumber("MAX_KG_PER_HA", tr("Highest published ratio (kg/ha)")))
        self.addOutput(QgsProcessingOutputString("VERDICT", tr("Verdict")))
        self.addOutput(QgsProcessingOutputString("VERDICT_CODE", tr("Verdict code (above/within/below)")))
        self.addOutput(QgsProcessingOutputString("FIXED_FACTOR", tr("Fixed factor the claim equals (empty: none)")))
        for name, label in (("POTENTIAL_T_LOW", tr("Potential production, low (t/yr)")),
                            ("POTENTIAL_T_CENTRAL", tr("Potential production, central (t/yr)")),
                            ("POTENTIAL_T_HIGH", tr("Potential production, high (t/yr)"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("PRODUCTION_VERDICT", tr("Verdict against the potential production")))
        self.addOutput(QgsProcessingOutputString("PRODUCTION_VERDICT_CODE",
                                                 tr("Production verdict code (above/within/below)")))

    def run_algorithm(self, parameters, context, feedback):
        kind = self.KIND_KEYS[self.parameterAsEnum(parameters, self.CLAIM_KIND, context)]
        tonnes = self.parameterAsDouble(parameters, self.TONNES, context)
        year, hectares = None, None
        if claims.KINDS[kind][0] is None:
            if parameters.get(self.AREA) in (None, ""):
                raise QgsProcessingException(tr("Give the claimed area (AREA) for this claim kind."))
            unit = self.UNIT_KEYS[self.parameterAsEnum(parameters, self.AREA_UNIT, context)]
            hectares = claims.to_hectares(self.parameterAsDouble(parameters, self.AREA, context), unit)
        else:
            if parameters.get(self.YEAR) in (None, ""):
                raise QgsProcessingException(tr("Give the year (YEAR) of the published coca area."))
            year = self.parameterAsInt(parameters, self.YEAR, context)
        check = claims.check_kind(kind, tonnes, hectares=hectares, year=year)
        if check.area_source:
            feedback.pushInfo(check.area_source)
        feedback.pushInfo(tr("{ha:,.0f} ha and {t:,.1f} t imply {kg:.1f} kg/ha: {verdict}.")
                          .format(ha=check.hectares, t=check.claimed_tonnes, kg=check.implied_kg_per_ha,
                                  verdict=check.verdict))
        if check.fixed_factor is not None:
            feedback.pushWarning(check.fixed_factor_text)
        results = {"HECTARES": check.hectares, "AREA_SOURCE": check.area_source,
                   "IMPLIED_KG_PER_HA": check.implied_kg_per_ha,
                   "MIN_KG_PER_HA": check.min_kg_per_ha, "MAX_KG_PER_HA": check.max_kg_per_ha,
                   "VERDICT": check.verdict, "VERDICT_CODE": check.verdict_code,
                   "FIXED_FACTOR": check.fixed_factor_text,
                   "POTENTIAL_T_LOW": None, "POTENTIAL_T_CENTRAL": None, "POTENTIAL_T_HIGH": None,
                   "PRODUCTION_VERDICT": "", "PRODUCTION_VERDICT_CODE": ""}
        if check.production is not None:
            estimate = check.production.estimate
            feedback.pushInfo(tr("{t:,.1f} t/yr is {verdict} of {ha:,.0f} ha: {low:,.1f}–{high:,.1f} t/yr "
                                 "(central {central:,.1f}) with {label}.").format(
                t=check.claimed_tonnes, verdict=check.production.verdict, ha=check.hectares,
                low=estimate.hcl_t[0], high=estimate.hcl_t[2], central=estimate.hcl_t[1], label=estimate.label))
            for line in estimate.range_basis:
                feedback.pushInfo(line)
            results.update({"POTENTIAL_T_LOW": estimate.hcl_t[0], "POTENTIAL_T_CENTRAL": estimate.hcl_t[1],
                            "POTENTIAL_T_HIGH": estimate.hcl_t[2], "PRODUCTION_VERDICT": check.production.verdict,
                            "PRODUCTION_VERDICT_CODE": check.production.verdict_code})
        fields = schemas.claim_comparisons().fields()
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, Qgis.WkbType.NoGeometry)
        if sink is not None:
            _write(sink, (_table_feature(fields, [c.ratio.estimator, c.ratio.year, c.ratio.kg_hcl_per_ha,
                                                  c.tonnes_at_ratio, c.claim_over_reference, c.ratio.basis,
                                                  c.ratio.source]) for c in check.comparisons), feedback)
            results[self.OUTPUT] = sink_id
        return results


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
            "Outputs: the overlap geometries (target CRS) with their figures, a table per target feature, a "
            "table per source buffer, and the totals as numbers. Areas are ellipsoidal, in ha.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API name)
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
                                        project=_project(context), keep_geometries=True)
        feedback.pushInfo(tr("{n} target features touched by buffers of {m:,.0f} m.")
                          .format(n=result.targets_touched, m=result.distance_m))

        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT, context, overlap.overlap_fields(),
                                             overlap.result_wkb_type(result), target.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        overlap.write_overlaps(result, sink, feedback)
        results = {self.OUTPUT: sink_id}

        target_fields = schemas.overlap_targets().fields("target_fid", "source_fids", "target_ha", "overlap_ha",
                                                         "overlap_pct", "points_in", "length_km", "target_km")
        target_sink, target_id = self.parameterAsSink(parameters, self.TARGETS, context, target_fields,
                                                      Qgis.WkbType.NoGeometry)
        if target_sink is not None:
            _write(target_sink, (_table_feature(target_fields, [
                row.fid, ",".join(str(f) for f in row.source_fids), row.target_ha, row.overlap_ha, row.overlap_pct,
                row.points_within, row.length_km, row.target_length_km]) for row in result.targets), feedback)
            results[self.TARGETS] = target_id

        source_fields = schemas.overlap_sources().fields()
        source_sink, source_id = self.parameterAsSink(parameters, self.SOURCES, context, source_fields,
                                                      Qgis.WkbType.NoGeometry)
        if source_sink is not None:
            _write(source_sink, (_table_feature(source_fields, [
                row.fid, row.buffer_ha, row.targets, row.overlap_ha, row.points_within, row.length_km])
                for row in result.sources), feedback)
            results[self.SOURCES] = source_id

        results.update({"OVERLAP_HA": result.total_overlap_ha, "POINTS_WITHIN": result.total_points_within,
                        "LENGTH_KM": result.total_length_km, "TARGETS_TOUCHED": result.targets_touched,
                        "BUFFERS_HA": result.buffers_union_ha})
        return results


ALGORITHMS = [AreaYieldAlgorithm, ClaimCheckAlgorithm, BufferOverlapAlgorithm]
