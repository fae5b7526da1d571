"""vraem:downloaddistricts — district boundaries downloaded (checksum, cache) and the zone built from them."""

from qgis.core import QgsProcessingException, QgsProcessingOutputString, QgsProcessingParameterBoolean, QgsProcessingParameterEnum

from ...core import download
from ...i18n import tr
from .common import ZoneBuildingAlgorithm


class DownloadDistrictsAlgorithm(ZoneBuildingAlgorithm):
    NAME = "downloaddistricts"
    SOURCE = "SOURCE"
    FORCE = "FORCE"
    LICENCE = "LICENCE"

    def display_name(self):
        return tr("Download district boundaries and build VRAEM zone")

    def help(self):
        lines = [tr("Downloads district boundaries through QGIS's network settings (proxy included), checks "
                    "the sha256 checksum, caches the file in your QGIS profile and builds the zone from it. "
                    "Sources:")]
        for source in download.load_sources():
            lines.append(f"• {download.source_name(source)} — {source.licence} — {source.attribution}")
        return "\n".join(lines)

    def initAlgorithm(self, config=None):
        names = [f"{download.source_name(source)} ({source.licence})" for source in download.load_sources()]
        self.addParameter(QgsProcessingParameterEnum(self.SOURCE, tr("Source"), options=names, defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(self.FORCE, tr("Download again even if cached"),
                                                        defaultValue=False))
        self.add_zone_outputs()
        self.addOutput(QgsProcessingOutputString(self.LICENCE, tr("Licence and attribution")))

    def run_algorithm(self, parameters, context, feedback):
        sources = download.load_sources()
        index = self.parameterAsEnum(parameters, self.SOURCE, context)
        if index < 0 or index >= len(sources):
            raise QgsProcessingException(tr("Unknown source."))
        source = sources[index]
        feedback.pushInfo(tr("Licence: {licence}. Attribution: {attribution}").format(
            licence=source.licence, attribution=source.attribution))
        result = download.build_from_source(source, feedback, self.parameterAsBoolean(parameters, self.FORCE, context))
        outputs = self.zone_results(parameters, context, feedback, result)
        outputs[self.LICENCE] = f"{source.licence} — {source.attribution}"
        return outputs
