"""vraem:exportreport — the map sheet (PDF, PNG) and its figures (CSV) in one run.

Thin: it measures with plugin/core (areas, yields, overlap), builds the figures and hands them to
plugin/core/report. The layout lives in a private QgsProject, so the user's project is not touched.
"""

import os

from qgis.core import (
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProject,
)

from ...core import reference, trends, yields
from ...core.air import picture as air_picture
from ...core.air import profiles as air_profiles
from ...core.definitions import export_formats
from ...core.errors import VraemError
from ...core.names import default_label_field
from ...core.report import air_page
from ...core.report import export as report_export
from ...core.report import figures as report_figures
from ...core.report import sheet as report_sheet
from ...core.report import styles as report_styles
from ...paths import DATA_GPKG
from ..air.flight_tracks import picture_layers
from ..base import ANY_GEOMETRY, DOUBLE, INTEGER, NO_THREADING, POINTS, POLYGONS, parameter_set_widget_metadata
from .common import ReportsAlgorithm

BUNDLED_ZONE = f"{DATA_GPKG}|layername=zone"
BUNDLED_PLAN = f"{DATA_GPKG}|layername=eradication_plan_sample"
BUNDLED_TOWNS = f"{DATA_GPKG}|layername=towns"


class ExportReportAlgorithm(ReportsAlgorithm):
    NAME = "exportreport"
    INPUT = "INPUT"
    ZONE = "ZONE"
    PARAMETER_SET = "PARAMETER_SET"
    BUFFER_SOURCE = "BUFFER_SOURCE"
    BUFFER_DISTANCE = "BUFFER_DISTANCE"
    BUFFER_TARGET = "BUFFER_TARGET"
    TEMPLATE = "TEMPLATE"
    TITLE = "TITLE"
    AUTHOR = "AUTHOR"
    DPI = "DPI"
    TRENDS = "TRENDS"
    ATLAS = "ATLAS"
    ATLAS_NAME_FIELD = "ATLAS_NAME_FIELD"
    AIR_TRACKS = "AIR_TRACKS"
    AIR_TIME_FIELD = "AIR_TIME_FIELD"
    AIR_TRACK_FIELD = "AIR_TRACK_FIELD"
    AIR_PROFILE = "AIR_PROFILE"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_PNG = "OUTPUT_PNG"
    OUTPUT_CSV = "OUTPUT_CSV"

    def display_name(self):
        return self.tr("Export VRAEM report (PDF, PNG, CSV)")

    def help(self):
        return self.tr(
            "Measures the polygons of the analysed layer (ellipsoidal areas, part inside the zone), their "
            "potential coca leaf and cocaine yield (low, central, high) and the area inside buffers around "
            "the buffer source, then writes the VRAEM map sheet as PDF and PNG and the figures as CSV. "
            "By default it uses the bundled approximate zone, the SAMPLE eradication plan and the towns. "
            "All yields are potential and indicative; the sheet names the sources that bound the low–high "
            "range.\n\n"
            "Trends page: adds a second page with the coca area of Peru and the VRAEM and the hectares "
            "eradicated per year (2004–2024, 2018 methodology break marked, gaps where nothing was published, "
            "VRAEM share), with the analysed area drawn against them (vector chart; needs matplotlib). The "
            "PNG then has one image per page (report.png, report_2.png), unless it is an atlas.\n\n"
            "Atlas: one page per analysed feature instead of one sheet, named and ordered by the page name "
            "field (default: the sector name or another name field). Each page shows that feature's area, "
            "part inside the zone, yield range, part inside the buffers (when the buffers overlap the "
            "analysed polygons) and warnings, with the feature outlined and the others faint. A PNG atlas "
            "gives one numbered image per page (report_001.png…; the PNG output is the first). With the trends "
            "or air picture page, the PDF holds the atlas pages and then each of those pages once; the PNG "
            "images are the atlas pages only.")

    def flags(self):
        # Layouts are QGraphicsScenes: build and export them on the main thread.
        return super().flags() | NO_THREADING

    def initAlgorithm(self, config=None):
        polygon = [POLYGONS]
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("Analysed polygons (eradication plan, coca fields)"), polygon, BUNDLED_PLAN))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ZONE, self.tr("Zone"), polygon, BUNDLED_ZONE))
        sets = QgsProcessingParameterEnum(
            self.PARAMETER_SET, self.tr("Yield parameter set"), options=list(yields.SET_KEYS),
            defaultValue="vraem")
        sets.setUsesStaticStrings(True)  # PARAMETER_SET=national on the command line, in models
        sets.setMetadata(parameter_set_widget_metadata())  # dialogs show the sets' translated labels
        self.addParameter(sets)
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.BUFFER_SOURCE, self.tr("Buffer around (towns, crossings...)"),
            [ANY_GEOMETRY], BUNDLED_TOWNS, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER_DISTANCE, self.tr("Buffer distance (ground kilometres)"), DOUBLE, 5.0,
            minValue=0.001, maxValue=1000.0))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.BUFFER_TARGET, self.tr("Polygons to overlap with the buffers (default: analysed polygons)"),
            polygon, optional=True))
        template = QgsProcessingParameterEnum(
            self.TEMPLATE, self.tr("Sheet size"), options=list(report_sheet.TEMPLATES), defaultValue="A4")
        template.setUsesStaticStrings(True)
        self.addParameter(template)
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.AUTHOR, self.tr("Author"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("Resolution (dots per inch)"), INTEGER,
            200, minValue=report_export.MIN_DPI, maxValue=report_export.MAX_DPI))
        self.addParameter(QgsProcessingParameterBoolean(
            self.TRENDS, self.tr("Add the trends page (coca area and eradication by year)"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ATLAS, self.tr("One page per analysed feature (atlas)"), False))
        self.addParameter(QgsProcessingParameterField(
            self.ATLAS_NAME_FIELD, self.tr("Atlas page name field (default: the sector name or another name field)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.AIR_TRACKS, self.tr("Air picture page: position fixes (optional)"), [POINTS], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AIR_TIME_FIELD, self.tr("Air picture page: time field"), parentLayerParameterName=self.AIR_TRACKS,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.AIR_TRACK_FIELD, self.tr("Air picture page: track field"), parentLayerParameterName=self.AIR_TRACKS,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.AIR_PROFILE, self.tr("Air picture page: aircraft profile of the reach rings"), "c206"))
        formats = {item.key: item for item in export_formats()}
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Report (PDF)"), formats["pdf"].file_filter))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PNG, self.tr("Report (PNG)"), formats["png"].file_filter))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, self.tr("Figures (CSV)"), self.tr("CSV files (*.csv)")))

    def run_algorithm(self, parameters, context, feedback):
        analysed = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        zone = self.parameterAsVectorLayer(parameters, self.ZONE, context)
        if analysed is None or zone is None:
            raise VraemError(self.tr("The analysed layer and the zone are required."))
        buffer_source = self.parameterAsVectorLayer(parameters, self.BUFFER_SOURCE, context)
        buffer_target = self.parameterAsVectorLayer(parameters, self.BUFFER_TARGET, context) or analysed
        distance_km = self.parameterAsDouble(parameters, self.BUFFER_DISTANCE, context)
        set_key = self.parameterAsEnumString(parameters, self.PARAMETER_SET, context) or "vraem"
        template = self.parameterAsEnumString(parameters, self.TEMPLATE, context) or "A4"
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        outputs = {key: self.parameterAsFileOutput(parameters, key, context)
                   for key in (self.OUTPUT_PDF, self.OUTPUT_PNG, self.OUTPUT_CSV)}
        atlas = self.parameterAsBoolean(parameters, self.ATLAS, context)

        project = context.project() or QgsProject.instance()
        for layer in (analysed, zone, buffer_source, buffer_target):
            if layer is not None and project.mapLayer(layer.id()) is None:
                report_styles.mark_bundled_layer(layer)  # "Towns", not the file name "vraem"; the zone is approximate
        feedback.pushInfo(reference.checked_zone_note(zone))  # an empty zone would give a silent 0
        feedback.pushInfo(self.tr("Measuring areas…"))
        figures = report_figures.compute_figures(
            analysed, zone, set_key, buffer_source=buffer_source, buffer_target=buffer_target,
            buffer_km=distance_km, project=project, feedback=feedback)
        if feedback.isCanceled():
            return {}
        report_figures.write_figures_csv(figures, outputs[self.OUTPUT_CSV])
        feedback.setProgress(60)

        # The sheet is built in a private project: Processing never adds layouts to the user's project.
        sheet_project = QgsProject()
        sheet_project.setTransformContext(context.transformContext())
        def styled(layer, role):
            # a layer of the user's project keeps the user's style; one loaded from a file gets ours
            in_project = context.project() is not None and context.project().mapLayer(layer.id()) is not None
            return layer if in_project else report_styles.styled_for_report(layer, role)

        shown = [styled(buffer_source, "towns")] if buffer_source is not None else []
        shown += [styled(analysed, "plan"), styled(zone, "zone")]
        overview = [zone, report_styles.countries_layer()]
        pset = yields.get_set(set_key, project=project)
        atlas_field, pages = None, None
        if atlas:
            feedback.pushInfo(self.tr("Measuring each atlas page's feature…"))
            atlas_field = (self.parameterAsString(parameters, self.ATLAS_NAME_FIELD, context)
                           or default_label_field(analysed.fields().names()) or None)
            pages = report_figures.page_figures(analysed, zone, pset, project=project, feedback=feedback,
                                                analysis=figures)
        layout = report_sheet.create_layout(sheet_project, report_sheet.SheetSpec(
            figures, shown, overview_layers=overview, focus_layers=[analysed],
            analysed=analysed.name(), parameter_set=pset.label,
            title=self.parameterAsString(parameters, self.TITLE, context) or None,
            author=self.parameterAsString(parameters, self.AUTHOR, context) or None, template=template,
            atlas_layer=analysed if atlas else None, atlas_name_field=atlas_field, atlas_figures=pages))
        if self.parameterAsBoolean(parameters, self.TRENDS, context):
            if trends.available():
                analysed_ha = figures.row("analysed_ha")
                current = [trends.CurrentFigure(analysed.name(), analysed_ha.value)] if analysed_ha else []
                # the picture reads its SVG when the pages are exported: a Processing temporary file
                report_sheet.add_trends_page(
                    layout, QgsProcessingUtils.generateTempFilename("vraem_trends.svg", context), current=current)
            else:
                feedback.pushWarning(trends.unavailable_message())
        fixes = self.parameterAsVectorLayer(parameters, self.AIR_TRACKS, context)
        if fixes is not None:
            self._add_air_page(layout, sheet_project, parameters, context, feedback, fixes, zone)
        # the exports report their progress (an atlas: per page) from 60 to 80 and 80 to 100, and stop on cancel
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        steps.setCurrentStep(3)
        feedback.pushInfo(self.tr("Writing the PDF…"))
        report_export.export_layout(layout, outputs[self.OUTPUT_PDF], dpi, steps)
        steps.setCurrentStep(4)
        feedback.pushInfo(self.tr("Writing the PNG…"))
        report_export.export_layout(layout, outputs[self.OUTPUT_PNG], dpi, steps)
        # an atlas writes name_001.png…, never the name itself: the output is its first page
        outputs[self.OUTPUT_PNG] = report_export.export_paths(layout, outputs[self.OUTPUT_PNG])[0]
        feedback.setProgress(100)
        for row in figures.rows:
            value = " ".join(filter(None, (row.display_value(), row.unit)))  # a count has no unit
            feedback.pushInfo("{label}: {value}".format(label=row.label, value=value))
            if row.key.startswith("hcl_t_") and row.note:
                feedback.pushInfo("  " + row.note)  # which yield and conversion (and sources) bound it
        return {key: os.path.abspath(path) for key, path in outputs.items()}

    def _add_air_page(self, layout, sheet_project, parameters, context, feedback, fixes, zone):
        """The Air picture page: the fixes' tracks against `zone`, reach rings of the chosen profile."""
        time_field = self.parameterAsString(parameters, self.AIR_TIME_FIELD, context)
        if not time_field:
            raise VraemError(self.tr("The air picture page needs the time field of the position fixes."))
        profile = air_profiles.get_profile(self.parameterAsString(parameters, self.AIR_PROFILE, context) or "c206",
                                           context.project())
        feedback.pushInfo(self.tr("Reading the flight tracks…"))
        air = air_picture.analyse_fixes(fixes, time_field,
                                        self.parameterAsString(parameters, self.AIR_TRACK_FIELD, context) or None,
                                        zone=zone, feedback=feedback, project=sheet_project)
        tracks, events = picture_layers(air, fixes.name())
        rings = air_page.reach_rings_layer(air.results, profile)
        countries = report_styles.countries_layer()
        made = [layer for layer in (tracks, events, rings, countries) if layer is not None]
        for layer in made:
            sheet_project.addMapLayer(layer, False)  # they must live as long as the layout
        air_page.add_air_page(layout, sheet_project, air.results, [events, tracks, rings, zone, countries],
                              [tracks, zone])
