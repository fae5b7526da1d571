"""Processing algorithms for reference layers, the zone and eradication plans (thin callers of core)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core import districts, download, plans, reference
from ..i18n import tr
from .base import NO_THREADING, POLYGONS, VraemAlgorithm


class _LayersAlgorithm(VraemAlgorithm):
    def group_id(self):
        return "layers"

    def group_name(self):
        return tr("Reference layers and zone")


def _write_sink(algorithm, parameters, context, feedback, name, layer):
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, layer.fields(), layer.wkbType(),
                                              layer.crs())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    algorithm.write_features(sink, dest_id, layer.getFeatures(), feedback)
    return dest_id


class AddReferenceLayersAlgorithm(_LayersAlgorithm):
    NAME = "addreferencelayers"

    def display_name(self):
        return tr("Add VRAEM layers")

    def help(self):
        return tr("Adds the VRAEM group to the project: the approximate zone, district capitals, towns, "
                  "border crossings, the SAMPLE eradication plan and context countries, styled and labelled. "
                  "Running it again re-uses the group.")

    def flags(self):
        # It changes the project's layer tree, which must happen on the main thread.
        return super().flags() | NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addOutput(QgsProcessingOutputMultipleLayers("LAYERS", tr("Reference layers")))
        self.addOutput(QgsProcessingOutputString("GROUP", tr("Layer-tree group")))

    def run_algorithm(self, parameters, context, feedback):
        project = context.project()
        if project is None:
            raise QgsProcessingException(tr("There is no project to add the layers to."))
        layers = reference.add_reference_layers(project)
        feedback.pushInfo(tr("The zone is APPROXIMATE (Thiessen cells of district capitals); the eradication "
                             "plan is a SAMPLE (synthetic)."))
        return {"LAYERS": [layer.id() for layer in layers.values()], "GROUP": reference.GROUP_NAME}


class BuildZoneAlgorithm(_LayersAlgorithm):
    NAME = "buildzone"

    def display_name(self):
        return tr("Build VRAEM zone from district boundaries")

    def help(self):
        return tr("Finds the 79 VRAEM districts in any polygon layer of Peruvian districts (by UBIGEO field, "
                  "or by names with province and department) and dissolves them into the zone. Reports the "
                  "districts that were not found. The input layer is never modified.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", tr("District boundaries"), [POLYGONS]))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_ZONE", tr("VRAEM zone"), POLYGONS))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_DISTRICTS", tr("VRAEM districts"), POLYGONS))
        self.addOutput(QgsProcessingOutputNumber("AREA_M2", tr("Zone area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("MATCHED", tr("Districts matched")))
        self.addOutput(QgsProcessingOutputString("UNMATCHED", tr("Districts not matched (UBIGEO)")))
        self.addOutput(QgsProcessingOutputString("UNMATCHED_NAMES", tr("Districts not matched (names)")))
        self.addOutput(QgsProcessingOutputString("METHOD", tr("Matching method")))

    def run_algorithm(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        result = districts.build_zone_from_districts(layer, feedback)
        return _zone_outputs(self, parameters, context, feedback, result)


def _zone_outputs(algorithm, parameters, context, feedback, result):
    zone_id = _write_sink(algorithm, parameters, context, feedback, "OUTPUT_ZONE", result.zone_layer)
    districts_id = _write_sink(algorithm, parameters, context, feedback, "OUTPUT_DISTRICTS", result.district_layer)
    feedback.pushInfo(tr("Zone area: {km2:,.1f} km² ({ha:,.0f} ha), ellipsoidal").format(
        km2=result.area_m2 / 1e6, ha=result.area_m2 / 1e4))
    if result.unmatched:
        feedback.pushWarning(tr("{n} VRAEM districts were not found: {codes}").format(
            n=len(result.unmatched), codes="; ".join(result.unmatched_names())))
    return {"OUTPUT_ZONE": zone_id, "OUTPUT_DISTRICTS": districts_id, "AREA_M2": result.area_m2,
            "MATCHED": len(result.matched), "UNMATCHED": ", ".join(result.unmatched),
            "UNMATCHED_NAMES": "; ".join(result.unmatched_names()),
            "METHOD": f"{result.match_method}:{result.match_field or ''}"}


class DownloadDistrictsAlgorithm(_LayersAlgorithm):
    NAME = "downloaddistricts"

    def display_name(self):
        return tr("Download district boundaries and build VRAEM zone")

    def help(self):
        lines = [tr("Downloads district boundaries through QGIS's network settings (proxy included), checks "
                    "the sha256 checksum, caches the file in your QGIS profile and builds the zone from it. "
                    "Sources:")]
        for source in download.load_sources():
            lines.append(f"• {source.name} — {source.licence} — {source.attribution}")
        return "\n".join(lines)

    def initAlgorithm(self, config=None):  # noqa: N802
        names = [f"{source.name} ({source.licence})" for source in download.load_sources()]
        self.addParameter(QgsProcessingParameterEnum("SOURCE", tr("Source"), options=names, defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean("FORCE", tr("Download again even if cached"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_ZONE", tr("VRAEM zone"), POLYGONS))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_DISTRICTS", tr("VRAEM districts"), POLYGONS))
        self.addOutput(QgsProcessingOutputNumber("AREA_M2", tr("Zone area (m²)")))
        self.addOutput(QgsProcessingOutputNumber("MATCHED", tr("Districts matched")))
        self.addOutput(QgsProcessingOutputString("UNMATCHED", tr("Districts not matched (UBIGEO)")))
        self.addOutput(QgsProcessingOutputString("UNMATCHED_NAMES", tr("Districts not matched (names)")))
        self.addOutput(QgsProcessingOutputString("METHOD", tr("Matching method")))
        self.addOutput(QgsProcessingOutputString("LICENCE", tr("Licence and attribution")))

    def run_algorithm(self, parameters, context, feedback):
        sources = download.load_sources()
        index = self.parameterAsEnum(parameters, "SOURCE", context)
        if index < 0 or index >= len(sources):
            raise QgsProcessingException(tr("Unknown source."))
        source = sources[index]
        feedback.pushInfo(tr("Licence: {licence}. Attribution: {attribution}").format(
            licence=source.licence, attribution=source.attribution))
        result = download.build_from_source(source, feedback,
                                            self.parameterAsBoolean(parameters, "FORCE", context))
        outputs = _zone_outputs(self, parameters, context, feedback, result)
        outputs["LICENCE"] = f"{source.licence} — {source.attribution}"
        return outputs


class NewPlanAlgorithm(_LayersAlgorithm):
    NAME = "newplan"

    def display_name(self):
        return tr("New eradication plan")

    def help(self):
        return tr("Creates an empty eradication-plan layer in a GeoPackage with the documented schema: "
                  "sector_id, sector_name, plan_year, status (planned, in progress, eradicated, suspended), "
                  "agency, target_ha, notes; its form has a value map and constraints. An existing layer of "
                  "the same name is never overwritten.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterString(
            "LAYER_NAME", tr("Layer name"), defaultValue=plans.DEFAULT_LAYER_NAME))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("CRS"), defaultValue="EPSG:4326"))
        self.addOutput(QgsProcessingOutputVectorLayer("LAYER", tr("Eradication plan")))

    def run_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        name = self.parameterAsString(parameters, "LAYER_NAME", context) or plans.DEFAULT_LAYER_NAME
        crs = self.parameterAsCrs(parameters, "CRS", context)
        layer = plans.new_plan(path, crs=crs, layer_name=name)
        source = layer.source()
        return {"OUTPUT": path, "LAYER": source}


class ImportPlanAlgorithm(_LayersAlgorithm):
    NAME = "importplan"

    def display_name(self):
        return tr("Load eradication plan")

    def help(self):
        return tr("Imports an eradication plan from GeoPackage, Shapefile, GeoJSON, KML or CSV with a WKT "
                  "column and maps its fields to the plan schema. Field map: 'sector_id=CODE;status=ESTADO' "
                  "(fields not given are recognised by name). The source file is only read.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Plan file")))
        self.addParameter(QgsProcessingParameterString("FIELD_MAP", tr("Field map (schema=source;...)"),
                                                       optional=True, defaultValue=""))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Eradication plan"), POLYGONS))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Sectors")))

    def run_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        text = self.parameterAsString(parameters, "FIELD_MAP", context) or ""
        field_map = {}
        for item in text.split(";"):
            if not item.strip():
                continue
            if "=" not in item:
                raise QgsProcessingException(tr("Field map entries look like schema_field=source_field: {item}")
                                             .format(item=item))
            target, source = item.split("=", 1)
            field_map[target.strip()] = source.strip()
        layer = plans.import_plan(path, field_map=field_map, feedback=feedback)
        dest_id = _write_sink(self, parameters, context, feedback, "OUTPUT", layer)
        return {"OUTPUT": dest_id, "COUNT": layer.featureCount()}


ALGORITHMS = [AddReferenceLayersAlgorithm, BuildZoneAlgorithm, DownloadDistrictsAlgorithm, NewPlanAlgorithm,
              ImportPlanAlgorithm]
